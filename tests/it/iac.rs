//! The mapping between amlint's fields, the ARM resource and Terraform (`model::iac`) is complete
//! against the field tables, names only fields that exist, spells every enumeration's values,
//! cites sources the reference has, and is what docs/iac.md shows.

use std::collections::BTreeSet;

use amlint::Kind;
use amlint::model::iac::{Form, Forms};
use amlint::model::{Field, Ty};

/// Every leaf path of a kind's fields in the mapping's syntax (`a.b`, `list[].c`,
/// `tagged{variant}.d`), with its field, leaving out what Azure sets (`read_only`).
fn leaves(fields: &'static [Field], prefix: &str, out: &mut Vec<(String, &'static Field)>) {
    for field in fields {
        if field.read_only {
            continue;
        }
        let path = format!("{prefix}{}", field.name);
        match &field.ty {
            Ty::Object(inner) => leaves(inner, &format!("{path}."), out),
            Ty::List(Ty::Object(inner)) => leaves(inner, &format!("{path}[]."), out),
            Ty::Tagged { variants, .. } => {
                for (variant, inner) in *variants {
                    leaves(inner, &format!("{path}{{{variant}}}."), out);
                }
            }
            _ => out.push((path, field)),
        }
    }
}

fn leaves_of(kind: Kind) -> Vec<(String, &'static Field)> {
    let mut out = Vec::new();
    leaves(kind.fields(), "", &mut out);
    out
}

#[test]
fn every_field_has_an_arm_form_or_says_why_not() {
    for &kind in Kind::ALL {
        let forms = kind.forms();
        for (path, _) in leaves_of(kind) {
            let mapped = forms.by_field(&path).is_some_and(|m| m.arm.is_some());
            let marked = forms.no_arm_form.iter().any(|(p, _)| *p == path);
            assert!(
                mapped != marked,
                "{kind}: `{path}` must be mapped to an ARM path or marked as having none, not both"
            );
        }
    }
}

#[test]
fn the_mapping_names_only_fields_of_its_kind_once() {
    for &kind in Kind::ALL {
        let forms = kind.forms();
        let paths: BTreeSet<String> = leaves_of(kind).into_iter().map(|(p, _)| p).collect();
        let mut seen = BTreeSet::new();
        let named = forms
            .fields
            .iter()
            .map(|m| m.field)
            .chain(forms.no_arm_form.iter().map(|(p, _)| *p));
        for field in named {
            assert!(
                paths.contains(field),
                "{kind}: `{field}` is no field of the kind"
            );
            assert!(seen.insert(field), "{kind}: `{field}` is named twice");
        }
        for only in forms.iac_only {
            assert!(
                !paths.iter().any(|p| p == only.name),
                "{kind}: `{}` is a field; map it instead",
                only.name
            );
            assert!(
                forms.by_arm(only.arm.0).next().is_none(),
                "{kind}: `{}` is mapped to a field too",
                only.arm.0
            );
        }
        for mapping in forms.fields {
            assert!(
                !mapping.sources.trim().is_empty(),
                "{kind}: `{}` has no sources",
                mapping.field
            );
        }
    }
}

/// Two fields share an ARM path only where az ml sends either there: the compute instance's idle
/// shutdown, in minutes or as the deprecated ISO 8601 text (a reader takes the first that accepts
/// the value, so the minutes come first), and a schedule's `triggerType`, whose value says which
/// variant of the trigger it is.
#[test]
fn arm_paths_are_one_fields_but_the_idle_shutdowns_and_the_trigger_type() {
    for &kind in Kind::ALL {
        let forms = kind.forms();
        let mut seen = BTreeSet::new();
        for mapping in forms.fields {
            let Some((path, _)) = mapping.arm else {
                continue;
            };
            if !seen.insert(path) {
                assert_eq!(kind, Kind::ComputeInstance);
                assert!(
                    [
                        "properties.properties.idleTimeBeforeShutdown",
                        "properties.properties.schedules.computeStartStop[].triggerType"
                    ]
                    .contains(&path),
                    "{kind}: `{path}` is mapped twice"
                );
            }
        }
        let mut tf_seen = BTreeSet::new();
        for mapping in forms.fields {
            if let Some((path, _)) = mapping.terraform {
                assert!(
                    tf_seen.insert(path),
                    "{kind}: Terraform's `{path}` is mapped twice"
                );
                assert!(
                    forms.terraform.is_some(),
                    "{kind} has no Terraform resource"
                );
            }
        }
    }
    let first: Vec<_> = Kind::ComputeInstance
        .forms()
        .by_arm("properties.properties.idleTimeBeforeShutdown")
        .map(|m| m.field)
        .collect();
    assert_eq!(
        first,
        [
            "idle_time_before_shutdown_minutes",
            "idle_time_before_shutdown"
        ]
    );
    let tf: Vec<_> = Kind::AmlCompute
        .forms()
        .by_terraform("scale_settings.max_node_count")
        .map(|m| m.field)
        .collect();
    assert_eq!(tf, ["max_instances"]);
}

/// A value spelt differently has every value of amlint's enumeration, and only those; `type`
/// names the kind, a tagged variant's `type` the variant.
#[test]
fn every_enumeration_is_spelt_whole() {
    for &kind in Kind::ALL {
        let leaves = leaves_of(kind);
        for mapping in kind.forms().fields {
            for (terraform, place) in [(false, mapping.arm), (true, mapping.terraform)] {
                let Some((_, Form::Values(pairs))) = place else {
                    continue;
                };
                let ours: BTreeSet<&str> = pairs.iter().map(|(a, _)| *a).collect();
                let field = leaves
                    .iter()
                    .find(|(p, _)| p == mapping.field)
                    .map(|(_, f)| *f)
                    .unwrap();
                let mut expected: BTreeSet<&str> = match &field.ty {
                    Ty::Enum(spec) | Ty::List(Ty::Enum(spec)) => {
                        spec.values.iter().copied().collect()
                    }
                    _ if mapping.field == "type" => [kind.type_name()].into(),
                    _ => {
                        let variant = mapping
                            .field
                            .split('{')
                            .nth(1)
                            .and_then(|v| v.split('}').next());
                        let variant = variant.unwrap_or_else(|| {
                            panic!("{kind}: `{}` is no enumeration", mapping.field)
                        });
                        [variant].into()
                    }
                };
                // Terraform's identity has no `none`: the block is left out.
                if terraform && mapping.field == "identity.type" {
                    expected.remove("none");
                }
                assert_eq!(ours, expected, "{kind}: `{}`", mapping.field);
            }
        }
    }
}

#[test]
fn kinds_are_found_by_their_arm_and_terraform_names() {
    for &kind in Kind::ALL {
        let forms = kind.forms();
        assert_eq!(Kind::from_compute_type(forms.compute_type), Some(kind));
        assert_eq!(
            Kind::from_compute_type(&forms.compute_type.to_ascii_lowercase()),
            Some(kind)
        );
        if let Some(resource) = forms.terraform {
            assert_eq!(Kind::from_terraform(resource), Some(kind));
        }
    }
    assert_eq!(Kind::from_compute_type("DataFactory"), None);
    assert_eq!(Kind::from_terraform("azurerm_linux_virtual_machine"), None);
}

/// Every source the mapping cites is a tag of the reference's sources table or one of its
/// sections.
#[test]
fn every_source_of_the_mapping_is_in_the_reference() {
    let reference = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs/reference/azure-compute-rules.md"),
    )
    .unwrap();
    let table = &reference[..reference.find("\n## 1.").unwrap()];
    let section = regex::Regex::new(r"§(\d+)").unwrap();
    let tag = regex::Regex::new(r"\b(SEED|DOC-[a-z0-9-]+|SDK-[a-z]+|REST|TF|CLI|PSRule|ISSUES)\b")
        .unwrap();
    let cited = |kind: Kind, sources: &str| {
        let tags: Vec<_> = tag.captures_iter(sources).collect();
        assert!(!tags.is_empty(), "{kind}: `{sources}` names no source");
        for found in tags {
            assert!(
                table.contains(&format!("| {} |", &found[1])),
                "{kind}: no source `{}` in the reference",
                &found[1]
            );
        }
        for found in section.captures_iter(sources) {
            assert!(
                reference.contains(&format!("\n## {}.", &found[1])),
                "{kind}: the reference has no §{}",
                &found[1]
            );
        }
    };
    for &kind in Kind::ALL {
        let forms = kind.forms();
        for mapping in forms.fields {
            cited(kind, mapping.sources);
        }
        for (_, why) in forms.no_arm_form {
            cited(kind, why);
        }
        for only in forms.iac_only {
            cited(kind, only.sources);
        }
    }
}

fn form_text(form: Form) -> String {
    match form {
        Form::Same => String::new(),
        Form::Seconds => "seconds ↔ ISO 8601 duration".to_owned(),
        Form::Minutes => "minutes ↔ ISO 8601 duration".to_owned(),
        Form::MinutesWithM => "minutes ↔ `{n}m`".to_owned(),
        Form::Values(pairs) => pairs
            .iter()
            .map(|(a, b)| format!("`{a}` ↔ `{b}`"))
            .collect::<Vec<_>>()
            .join(", "),
        Form::Switch(on, off) => format!("`true` ↔ `{on}`, `false` ↔ `{off}`"),
        Form::Not => "negated".to_owned(),
        Form::KeysOf => "the IDs are the keys of a mapping".to_owned(),
        Form::EnvironmentVariables => "`name: value` ↔ `name: {type: local, value}`".to_owned(),
        Form::OtherKeys => "the keys no other row maps".to_owned(),
        Form::LastNameSegment => "the name's last `/` segment; a REST body's URL".to_owned(),
        Form::BlockPresent => "`true` when the block is written".to_owned(),
    }
}

fn side(place: Option<(&str, Form)>) -> String {
    match place {
        None => "—".to_owned(),
        Some((path, form)) => {
            let how = form_text(form);
            if how.is_empty() {
                format!("`{path}`")
            } else {
                format!("`{path}` ({how})")
            }
        }
    }
}

fn table(kind: Kind, forms: &Forms) -> String {
    let mut out = format!(
        "### `{kind}` — ARM `computeType: {}`, Terraform `{}`\n\n| amlint field | ARM path | Terraform argument |\n|---|---|---|\n",
        forms.compute_type,
        forms.terraform.unwrap_or("—")
    );
    for mapping in forms.fields {
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            mapping.field,
            side(mapping.arm),
            side(mapping.terraform)
        ));
    }
    for (field, why) in forms.no_arm_form {
        out.push_str(&format!("| `{field}` | none: {why} | — |\n"));
    }
    for only in forms.iac_only {
        out.push_str(&format!(
            "| (IaC only: `{}`) | {} | {} |\n",
            only.name,
            side(Some(only.arm)),
            side(only.terraform)
        ));
    }
    out
}

/// docs/iac.md's tables are the mapping's own; `AMLINT_UPDATE=1` rewrites them.
#[test]
fn the_mapping_tables_in_the_docs_are_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/iac.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let (start, end) = ("<!-- mapping:start -->\n", "<!-- mapping:end -->");
    let (Some(from), Some(to)) = (text.find(start), text.find(end)) else {
        panic!("docs/iac.md has no mapping markers");
    };
    let tables: Vec<String> = Kind::ALL.iter().map(|&k| table(k, k.forms())).collect();
    let current = format!(
        "{}{start}{}\n{}",
        &text[..from],
        tables.join("\n"),
        &text[to..]
    );
    if std::env::var_os("AMLINT_UPDATE").is_some() {
        std::fs::write(&path, &current).unwrap();
    } else {
        assert!(
            current == text,
            "docs/iac.md's tables are stale: run `AMLINT_UPDATE=1 cargo test --test it iac`"
        );
    }
}
