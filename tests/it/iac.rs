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

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/iac")
            .join(name),
    )
    .unwrap()
}

/// Each finding as `CODE@line:pointer`, with `(parameter)` when its value came from one.
fn findings(text: &str, parameters: Option<&str>) -> Vec<String> {
    let report = amlint::check_arm_text(text, parameters, &amlint::Options::default());
    codes(text, &report)
}

/// A report's findings as `CODE@line:pointer`, with `(parameter)` when a value came from one.
fn codes(text: &str, report: &amlint::FileReport) -> Vec<String> {
    report
        .diagnostics
        .iter()
        .map(|d| {
            let line = d
                .span
                .map_or(0, |s| text[..s.start as usize].lines().count().max(1));
            let parameter = match d.get("parameter").or_else(|| d.get("variable")) {
                Some(amlint::Arg::Code(p)) => format!(" ({p})"),
                _ => String::new(),
            };
            format!(
                "{}@{line}:{}/{}{parameter}",
                d.rule.code, d.document, d.pointer
            )
        })
        .collect()
}

/// The REST API's shapes (bodies written after its examples for every kind amlint has): read
/// without false errors. What they do get is real, and docs/iac.md explains it: `STANDARD_NC6`
/// is retired (AML306), SSO is turned off for an instance created for another user with a
/// custom application (AML612), and the example's instance type name `defaultInstanceType` is
/// no Kubernetes name (AML805). The AKS example attaches a cluster with its node count
/// (`resourceId` with `agentCount`), which is no conflict (AML701 is about a `size`). A
/// `DataFactory` compute has no kind in amlint.
#[test]
fn rest_bodies_are_read_as_the_compute_they_declare() {
    let cases: [(&str, &[&str]); 5] = [
        ("rest-amlcompute.json", &["AML512@4:0/", "AML306@7:0//size"]),
        ("rest-aks.json", &["AML512@4:0/"]),
        (
            "rest-computeinstance.json",
            &[
                "AML512@4:0/",
                "AML306@6:0//size",
                "AML612@24:0//create_on_behalf_of",
            ],
        ),
        (
            "rest-kubernetes.json",
            &[
                "AML512@3:0/",
                "AML805@8:0//properties/defaultInstanceType",
                "AML805@10:0//properties/instanceTypes/defaultInstanceType",
            ],
        ),
        ("rest-datafactory.json", &[]),
    ];
    for (name, expected) in cases {
        assert_eq!(findings(&fixture(name), None), expected, "{name}");
    }
    // As the REST API's example files hold a body: the request's parameters.
    let example = format!(
        "{{\"parameters\": {{\"computeName\": \"c\", \"api-version\": \"2025-09-01\", \"parameters\": {}}}}}",
        fixture("rest-amlcompute.json")
    );
    assert_eq!(
        findings(&example, None),
        ["AML512@4:0/", "AML306@7:0//size"]
    );
    let report = amlint::check_arm_text(
        &fixture("rest-computeinstance.json"),
        None,
        &amlint::Options::default(),
    );
    assert_eq!(report.documents.len(), 1);
    assert_eq!(report.documents[0].kind, Some(Kind::ComputeInstance));
}

/// A template's computes at any depth (a child resource, a copy loop), with parameters from
/// their defaults or a parameter file, variables and functions evaluated; a finding on a value
/// from a parameter names it; a resource whose condition is false is not deployed.
#[test]
fn templates_are_read_with_their_parameters() {
    let template = fixture("template.json");
    assert_eq!(
        findings(&template, None),
        [
            "AML301@37:0//min_instances (minNodeCount)",
            "AML302@37:0//min_instances (minNodeCount)",
            "AML502@41:0//ssh_settings",
            "AML504@43:0//ssh_settings/admin_password (adminPassword)",
            "AML505@43:0//ssh_settings/admin_password (adminPassword)",
            "AML512@57:1/",
            "AML512@57:2/",
        ]
    );
    let report = amlint::check_arm_text(&template, None, &amlint::Options::default());
    let kinds: Vec<_> = report.documents.iter().map(|d| d.kind).collect();
    assert_eq!(
        kinds,
        [
            Some(Kind::AmlCompute),
            Some(Kind::ComputeInstance),
            Some(Kind::ComputeInstance)
        ]
    );
    // The file sets minNodeCount to 0 and the workspace's name, which completes the instances'
    // names (`ci_bob` has an underscore), and takes the password from Key Vault.
    assert_eq!(
        findings(&template, Some(&fixture("template.parameters.json"))),
        [
            "AML502@41:0//ssh_settings",
            "AML512@57:1/",
            "AML204@53:2//name (instanceNames)",
            "AML512@57:2/",
        ]
    );
}

/// Resources written as symbolic names (Bicep's `languageVersion` 2.0), `existing` ones skipped,
/// and a nested deployment in the inner scope, given its parameters (amlint reads ARM's
/// enumerations ignoring case: `toLower('LOWPRIORITY')` is `low_priority`).
#[test]
fn symbolic_names_and_nested_deployments_are_read() {
    let template = fixture("nested.json");
    assert_eq!(
        findings(&template, None),
        [
            "AML512@21:0/",
            "AML107@24:0//max_instances (maxNodes)",
            "AML204@57:1//name (clusterName)",
            "AML512@59:1/",
        ]
    );
    let report = amlint::check_arm_text(&template, None, &amlint::Options::default());
    assert_eq!(report.documents.len(), 2);
}

/// The shapes of the quickstart templates (`Azure/azure-quickstart-templates`,
/// `quickstarts/microsoft.machinelearningservices/machine-learning-compute-create-*`): parameters
/// without values, a subnet that is `json('null')` unless three parameters are set, a parameter
/// that is never declared, `base64()`: no false errors. What they get is real, and what PSRule
/// reports on them too (docs/iac.md): the cluster's SSH port is open (credentials, no
/// `remoteLoginPortPublicAccess`, no subnet: AML502), the instance has no idle shutdown (AML610,
/// PSRule's Azure.ML.ComputeIdleShutdown) and, made for another user with a setup script, starts
/// without single sign-on (AML612).
#[test]
fn quickstart_shapes_get_no_false_errors() {
    assert_eq!(
        findings(&fixture("quickstart-shapes.json"), None),
        [
            "AML512@33:0/",
            "AML502@40:0//ssh_settings",
            "AML512@54:1/",
            "AML610@54:1/",
            "AML612@59:1//create_on_behalf_of"
        ]
    );
}

/// A secure parameter's value is a secret wherever it stands: its default in the template, and
/// where a compute uses it.
#[test]
fn secure_parameters_stay_secret() {
    let template = fixture("template.json");
    let report = amlint::check_arm_text(&template, None, &amlint::Options::default());
    let secret = "Sup3r-Secr3t-Passw0rd";
    assert!(report.secrets.hides(secret));
    let at = template.find(secret).unwrap();
    assert!(report.secrets.covers(at));
    for diagnostic in &report.diagnostics {
        for (_, arg) in &diagnostic.args {
            assert!(!format!("{arg:?}").contains(secret), "{diagnostic:?}");
        }
    }
}

/// What depends on the deployment (`reference()`, `resourceGroup()`, a parameter without a
/// value) is unknown, and never a finding: not a value's, nor one that needs it.
#[test]
fn unknown_values_are_never_false_errors() {
    assert_eq!(
        findings(&fixture("unknown.json"), None),
        Vec::<String>::new()
    );
    let report =
        amlint::check_arm_text(&fixture("unknown.json"), None, &amlint::Options::default());
    assert_eq!(report.documents.len(), 1);
}

/// Text that is no JSON is reported where the parser stopped; hostile templates end in a report,
/// bounded: nesting, copies, cyclic variables, expressions that double.
#[test]
fn broken_and_hostile_templates_end_in_a_report() {
    let broken = "{\n  \"resources\": [\n    { \"type\": }\n  ]\n}\n";
    assert_eq!(findings(broken, None), ["AML001@3:0/"]);
    let deep = format!(
        "{{\"resources\": {}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(
        findings(&deep, None)
            .iter()
            .all(|f| f.starts_with("AML001"))
    );
    let compute = |name: &str, extra: &str| {
        format!(
            "{{\"type\": \"Microsoft.MachineLearningServices/workspaces/computes\", \"name\": \"{name}\", {extra} \"properties\": {{\"computeType\": \"AmlCompute\", \"properties\": {{\"scaleSettings\": {{\"maxNodeCount\": 4}}}}}}}}"
        )
    };
    let copies = format!(
        "{{\"resources\": [{}]}}",
        compute(
            "ws/c[copyIndex()]",
            "\"copy\": {\"name\": \"c\", \"count\": 1000000},"
        )
    );
    let report = amlint::check_arm_text(&copies, None, &amlint::Options::default());
    assert_eq!(report.documents.len(), 800);
    let cyclic = format!(
        "{{\"variables\": {{\"a\": \"[variables('b')]\", \"b\": \"[variables('a')]\"}}, \"resources\": [{}]}}",
        compute("[concat('ws/', variables('a'))]", "")
    );
    assert_eq!(findings(&cyclic, None), ["AML512@1:0/"]);
    let mut doubling = String::from("{\"variables\": {\"v0\": \"xxxxxxxx\"");
    for i in 1..40 {
        doubling.push_str(&format!(
            ", \"v{i}\": \"[concat(variables('v{0}'), variables('v{0}'))]\"",
            i - 1
        ));
    }
    doubling.push_str(&format!(
        "}}, \"resources\": [{}]}}",
        compute("[concat('ws/', variables('v39'))]", "")
    ));
    let report = amlint::check_arm_text(&doubling, None, &amlint::Options::default());
    assert_eq!(report.documents.len(), 1);
}

/// amlint's field path of a spec's value, in the mapping's syntax, and whether the tables know it.
fn leaf_paths(
    fields: &'static [Field],
    value: &serde_json::Value,
    prefix: &str,
    indices: &[usize],
    out: &mut Vec<(String, Vec<usize>, serde_json::Value)>,
) -> bool {
    let Some(map) = value.as_object() else {
        return false;
    };
    for (key, value) in map {
        let Some(field) = fields.iter().find(|f| f.name == key.as_str()) else {
            return false;
        };
        if field.read_only {
            continue;
        }
        let path = format!("{prefix}{key}");
        let known = match (&field.ty, value) {
            (Ty::Object(inner), _) => leaf_paths(inner, value, &format!("{path}."), indices, out),
            (Ty::List(Ty::Object(inner)), serde_json::Value::Array(items)) => {
                items.iter().enumerate().all(|(i, item)| {
                    let mut at = indices.to_vec();
                    at.push(i);
                    leaf_paths(inner, item, &format!("{path}[]."), &at, out)
                })
            }
            (Ty::Tagged { tag, variants }, _) => {
                let chosen = value.get(*tag).and_then(|t| t.as_str()).and_then(|t| {
                    variants
                        .iter()
                        .find(|(name, _)| name.eq_ignore_ascii_case(t))
                });
                match chosen {
                    Some((name, inner)) => {
                        leaf_paths(inner, value, &format!("{path}{{{name}}}."), indices, out)
                    }
                    None => false,
                }
            }
            _ => {
                out.push((path, indices.to_vec(), value.clone()));
                true
            }
        };
        if !known {
            return false;
        }
    }
    true
}

/// Sets `value` at a dotted ARM path whose `[]` steps take `indices` in turn.
fn set_at(root: &mut serde_json::Value, path: &str, indices: &[usize], value: serde_json::Value) {
    let mut node = root;
    let mut indices = indices.iter();
    let steps: Vec<&str> = path.split('.').collect();
    for (i, step) in steps.iter().enumerate() {
        let last = i + 1 == steps.len();
        let (key, list) = match step.strip_suffix("[]") {
            Some(key) => (key, true),
            None => (*step, false),
        };
        if !node.is_object() {
            *node = serde_json::json!({});
        }
        let object = node.as_object_mut().unwrap();
        if list {
            let index = *indices.next().unwrap();
            let items = object.entry(key).or_insert_with(|| serde_json::json!([]));
            let items = items.as_array_mut().unwrap();
            while items.len() <= index {
                items.push(serde_json::json!({}));
            }
            node = &mut items[index];
        } else if last {
            match (object.get_mut(key), value.clone()) {
                (Some(serde_json::Value::Object(old)), serde_json::Value::Object(new)) => {
                    old.extend(new);
                }
                _ => {
                    object.insert(key.to_owned(), value.clone());
                }
            }
            return;
        } else {
            node = object.entry(key).or_insert_with(|| serde_json::json!({}));
        }
    }
}

/// A YAML spec as an ARM template's compute resource, through the mapping the other way round;
/// `None` where the spec holds what ARM has no place for (an unknown key, `vnet_name`, ...).
fn to_arm(yaml: &str) -> Option<String> {
    let spec = amlint::read_document(yaml, &amlint::Options::default())?;
    let kind = Kind::from_type(spec.get("type")?.as_str()?)?;
    let mut leaves = Vec::new();
    if !leaf_paths(kind.fields(), &spec, "", &[], &mut leaves) {
        return None;
    }
    let mut resource = serde_json::json!({
        "type": "Microsoft.MachineLearningServices/workspaces/computes",
        "apiVersion": "2025-09-01",
    });
    for (path, indices, value) in leaves {
        let mapping = kind.forms().by_field(&path)?;
        let (arm, form) = mapping.arm?;
        let value = match (form, &value) {
            (Form::Same, _) => value,
            (Form::Seconds, serde_json::Value::Number(n)) => serde_json::json!(format!("PT{n}S")),
            (Form::Minutes, serde_json::Value::Number(n)) => serde_json::json!(format!("PT{n}M")),
            (Form::MinutesWithM, serde_json::Value::Number(n)) => {
                serde_json::json!(format!("{n}m"))
            }
            (Form::Values(pairs), serde_json::Value::String(s)) => serde_json::json!(
                pairs
                    .iter()
                    .find(|(ours, _)| ours.eq_ignore_ascii_case(s))
                    .map_or(s.as_str(), |(_, theirs)| theirs)
            ),
            (Form::Values(pairs), serde_json::Value::Array(items)) => serde_json::Value::Array(
                items
                    .iter()
                    .map(|item| match item.as_str() {
                        Some(s) => serde_json::json!(
                            pairs
                                .iter()
                                .find(|(ours, _)| ours.eq_ignore_ascii_case(s))
                                .map_or(s, |(_, theirs)| theirs)
                        ),
                        None => item.clone(),
                    })
                    .collect(),
            ),
            (Form::Switch(on, off), serde_json::Value::Bool(b)) => {
                serde_json::json!(if *b { on } else { off })
            }
            (Form::KeysOf, serde_json::Value::String(id)) => serde_json::json!({ id.as_str(): {} }),
            (Form::EnvironmentVariables, serde_json::Value::Object(variables)) => {
                serde_json::Value::Object(
                    variables
                        .iter()
                        .map(|(k, v)| (k.clone(), serde_json::json!({"type": "local", "value": v})))
                        .collect(),
                )
            }
            (Form::OtherKeys, serde_json::Value::Object(_)) => value,
            (Form::LastNameSegment, serde_json::Value::String(name)) => {
                serde_json::json!(format!("ws/{name}"))
            }
            // A value of another type than the form's: as it is, for the rules to judge.
            _ => value,
        };
        set_at(&mut resource, arm, &indices, value);
    }
    Some(serde_json::to_string_pretty(&serde_json::json!({ "resources": [resource] })).unwrap())
}

/// Rules whose findings a template converted from a YAML spec cannot have, and why.
const YAML_ONLY: &[(&str, &str)] = &[
    (
        "AML012",
        "a kind az ml cannot submit; a template (or Terraform) does not go through az ml",
    ),
    (
        "AML003",
        "a YAML key written twice; a template's duplicate keys are not reported yet",
    ),
    (
        "AML004",
        "YAML 1.1 against 1.2 readings of a plain scalar; JSON has no plain scalars",
    ),
    (
        "AML103",
        "az ml's spelling of an enumeration (`low_priority`); ARM's is `LowPriority`",
    ),
    (
        "AML105",
        "a read-only field az ml drops; the conversion leaves it out",
    ),
    ("AML108", "an unquoted YAML timestamp; JSON has none"),
    (
        "AML109",
        "a value az ml takes in another spelling; the conversion writes ARM's own",
    ),
    (
        "AML406",
        "an empty `network_settings` az ml fails on; ARM has no such object",
    ),
    (
        "AML608",
        "both idle shutdown fields; ARM has one property for them",
    ),
];

/// A conversion test's tally: a YAML example and the same spec in another input form must give the
/// YAML rules' findings at the same places, but for the named exceptions; those of this form's
/// own list must each differ somewhere (or be taken out).
struct Conversion<'e> {
    exceptions: Vec<(&'e str, &'e str)>,
    own: &'e [(&'e str, &'e str)],
    needed: BTreeSet<String>,
    compared: usize,
    differ: Vec<String>,
}

impl<'e> Conversion<'e> {
    /// `inherited`: exceptions another form's test holds to differing; `own`: this form's.
    fn new(inherited: &[(&'e str, &'e str)], own: &'e [(&'e str, &'e str)]) -> Self {
        Conversion {
            exceptions: [inherited, own].concat(),
            own,
            needed: BTreeSet::new(),
            compared: 0,
            differ: Vec::new(),
        }
    }

    fn excepted(&self, code: &str) -> bool {
        self.exceptions.iter().any(|(c, _)| *c == code)
    }

    /// Compares `example`'s findings with `converted`'s (the text `shown` when they differ).
    /// Several files, suppression comments (which the other forms write otherwise) and files of
    /// several documents (a conversion takes the first) are not compared.
    fn compare(
        &mut self,
        label: &str,
        example: &str,
        converted: &[amlint::Diagnostic],
        shown: &str,
    ) {
        if example.contains(amlint::FILE_SEPARATOR) || example.contains("# amlint:") {
            return;
        }
        let yaml = amlint::check_text(example, &amlint::Options::default());
        if yaml.documents.len() > 1 {
            return;
        }
        self.compared += 1;
        let (yaml, other) = (
            yaml_rule_codes(&yaml.diagnostics),
            yaml_rule_codes(converted),
        );
        let differing: Vec<String> = yaml
            .symmetric_difference(&other)
            .map(|(code, _)| code.clone())
            .filter(|code| self.excepted(code))
            .collect();
        self.needed.extend(differing);
        let kept = |set: &BTreeSet<(String, String)>| -> BTreeSet<(String, String)> {
            set.iter()
                .filter(|(code, _)| !self.excepted(code))
                .cloned()
                .collect()
        };
        let (yaml, other) = (kept(&yaml), kept(&other));
        if yaml != other {
            self.differ.push(format!(
                "{label}: yaml {:?} converted {:?}\n{example}\n{shown}",
                yaml.difference(&other).collect::<Vec<_>>(),
                other.difference(&yaml).collect::<Vec<_>>()
            ));
        }
    }

    fn assert(self, at_least: usize) {
        assert!(
            self.compared >= at_least,
            "only {} examples compared",
            self.compared
        );
        assert!(
            self.differ.is_empty(),
            "{} differ:\n{}",
            self.differ.len(),
            self.differ.join("\n")
        );
        for (code, why) in self.own {
            assert!(
                self.needed.contains(*code),
                "{code} ({why}) differs in no example: take it out"
            );
        }
    }
}

/// The YAML rules' findings as `(code, pointer)`: what a converted input must give too (the rules
/// about what only a template or a Terraform file states are that input's own).
fn yaml_rule_codes(diagnostics: &[amlint::Diagnostic]) -> BTreeSet<(String, String)> {
    diagnostics
        .iter()
        .filter(|d| d.rule.input == amlint::Input::Yaml)
        .map(|d| (d.rule.code.to_owned(), d.pointer.clone()))
        .collect()
}

/// What the conversion tests convert: every YAML rule's failing and passing example, and the spec
/// files of examples/ and the official examples, as `(label, text)`.
fn conversion_corpus() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for folder in [
        "examples/valid",
        "examples/invalid",
        "tests/fixtures/official",
    ] {
        for entry in std::fs::read_dir(root.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "yml" || e == "yaml") {
                files.push((
                    path.display().to_string(),
                    std::fs::read_to_string(&path).unwrap(),
                ));
            }
        }
    }
    files.sort();
    amlint::RULES
        .iter()
        .filter(|rule| rule.context.is_empty() && rule.input == amlint::Input::Yaml)
        .flat_map(|rule| {
            [
                (rule.code.to_owned(), rule.invalid.to_owned()),
                (rule.code.to_owned(), rule.valid.to_owned()),
            ]
        })
        .chain(files)
        .collect()
}

/// Every rule example, converted into an ARM template, gets the same codes at the same places,
/// but for what ARM cannot say (`YAML_ONLY`, each needed) and the examples that hold what ARM has
/// no place for.
#[test]
fn rule_examples_as_templates_get_the_same_findings() {
    let mut conversion = Conversion::new(&[], YAML_ONLY);
    for (label, example) in conversion_corpus() {
        let Some(template) = to_arm(&example) else {
            continue;
        };
        let arm = amlint::check_arm_text(&template, None, &amlint::Options::default());
        conversion.compare(&label, &example, &arm.diagnostics, &template);
    }
    // Most convert (165 today); the others hold what ARM has no place for.
    conversion.assert(165);
}

/// Suppressions in a template's own comment syntax (`//`): a line's, and the next line's when
/// alone on its line; one that suppresses nothing is reported (AML014).
#[test]
fn suppressions_are_read_from_line_comments() {
    let text = r#"{
  "resources": [
    {
      "type": "Microsoft.MachineLearningServices/workspaces/computes",
      "name": "ws/cpu_cluster", // amlint: ignore[AML204]
      "properties": {
        // amlint: ignore[AML512]
        "computeType": "AmlCompute",
        "properties": {
          "scaleSettings": { "maxNodeCount": 4 } // amlint: ignore[AML301]
        }
      }
    }
  ]
}
"#;
    assert_eq!(findings(text, None), ["AML014@10:0/"]);
    let report = amlint::check_arm_text(text, None, &amlint::Options::default());
    let suppressed: Vec<_> = report.suppressed.iter().map(|d| d.rule.code).collect();
    assert_eq!(suppressed, ["AML204", "AML512"]);
}

/// What is read as a template by content: a JSON object, after any comments, that names a
/// deployment template's schema, a `computeType`, or an Azure ML resource among `resources`; an
/// az ml spec in JSON is not.
#[test]
fn templates_are_told_from_specs_by_content() {
    for template in [
        "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\"}",
        "// a comment\n/* and a block */\n{\"properties\": {\"computeType\": \"AmlCompute\"}}",
        "{\"resources\": [{\"type\": \"Microsoft.MachineLearningServices/workspaces/computes\"}]}",
    ] {
        assert!(amlint::looks_like_arm(template), "{template}");
    }
    for spec in [
        "{\"name\": \"cpu-cluster\", \"type\": \"amlcompute\"}",
        "name: cpu-cluster\ntype: amlcompute\n",
        "# computeType\nname: x\n",
    ] {
        assert!(!amlint::looks_like_arm(spec), "{spec}");
    }
}

/// A fix is kept where the template writes the value itself, in a field ARM spells as amlint
/// does; its edit is of the template's text, and `--fix` writes it there. A value an expression
/// computes gets no fix.
#[test]
fn literal_values_are_fixed_in_the_template() {
    let template = |max: &str| {
        format!(
            r#"{{
  "parameters": {{ "max": {{ "type": "int", "defaultValue": 2.5 }} }},
  "resources": [{{
    "type": "Microsoft.MachineLearningServices/workspaces/computes",
    "name": "ws/cpu-cluster",
    "properties": {{
      "computeType": "AmlCompute",
      "disableLocalAuth": true,
      "properties": {{ "scaleSettings": {{ "minNodeCount": 0, "maxNodeCount": {max} }} }}
    }}
  }}]
}}
"#
        )
    };
    let literal = template("2.5");
    let report = amlint::check_arm_text(&literal, None, &amlint::Options::default());
    let fix = report
        .diagnostics
        .iter()
        .find(|d| d.rule.code == "AML106")
        .and_then(|d| d.fix.as_deref())
        .expect("AML106 with a fix");
    assert_eq!(fix.edits.len(), 1);
    assert_eq!(&literal[fix.edits[0].span.range()], "2.5");
    assert_eq!(fix.edits[0].replacement, "2");
    assert!(
        fix.changes.is_empty(),
        "no JSON Patch of a spec for a template"
    );
    let fixed = amlint::apply::fix_text_as(
        &literal,
        amlint::InputForm::Auto,
        None,
        &amlint::Options::default(),
        false,
    );
    assert_eq!(fixed.fixed, 1);
    assert_eq!(fixed.text, template("2"));
    assert!(
        fixed
            .report
            .diagnostics
            .iter()
            .all(|d| d.rule.code != "AML106")
    );
    // A boolean written as text is spelt canonically by a fix where it is written, not where an
    // expression computes it.
    let flag = |value: &str| {
        template("2").replace(
            "\"properties\": { \"scaleSettings\"",
            &format!("\"properties\": {{ \"enableNodePublicIp\": {value}, \"scaleSettings\""),
        )
    };
    for (value, fixed) in [("\"true\"", true), ("\"[toLower('TRUE')]\"", false)] {
        let text = flag(value);
        let report = amlint::check_arm_text(&text, None, &amlint::Options::default());
        let finding = report.diagnostics.iter().find(|d| d.rule.code == "AML109");
        assert!(
            finding.is_some_and(|d| d.fix.is_some() == fixed),
            "{value}: {:?}",
            report.diagnostics
        );
    }
}

/// A Terraform plan (`terraform show -json`), shaped after the provider's acceptance-test
/// configurations: each resource change's `after` is read by the mapping's Terraform arguments
/// (blocks, which a plan writes as lists of one object, as objects), what `after_unknown` marks
/// is unknown (the cluster's subnet: no AML5xx about a missing subnet), deleted resources and
/// data sources are not checked, and `azapi_resource` bodies are REST bodies (an object, or
/// `jsonencode`'s string, whose findings point at the string). What they get is real:
/// local authentication left on (AML512), minimum above maximum (AML301, AML302), a password in
/// the plan (AML504, AML505), no idle shutdown for an instance (AML610: azurerm has no argument
/// for it) and `_` in a name (AML204). `CC-<digits>`, the acceptance tests' cluster name, gets
/// nothing: digits after the last `-` are refused for compute instances only (AML206).
#[test]
fn terraform_plans_are_read_as_the_computes_they_create() {
    let plan = fixture("terraform-plan.json");
    let report = amlint::check_terraform_plan_text(&plan, &amlint::Options::default());
    assert_eq!(
        codes(&plan, &report),
        [
            "AML512@31:0//disable_local_auth",
            "AML301@89:1//min_instances",
            "AML302@89:1//min_instances",
            "AML504@95:1//ssh_settings/admin_password",
            "AML505@95:1//ssh_settings/admin_password",
            "AML610@112:2/",
            "AML204@183:4//name",
        ]
    );
    let kinds: Vec<_> = report.documents.iter().map(|d| d.kind).collect();
    assert_eq!(
        kinds,
        [
            Some(Kind::AmlCompute),
            Some(Kind::AmlCompute),
            Some(Kind::ComputeInstance),
            Some(Kind::AmlCompute),
            Some(Kind::ComputeInstance),
        ]
    );
    // Sensitive values are secrets wherever they stand, and no finding quotes them.
    let secret = "Tf-Sup3r-Secr3t";
    assert!(report.secrets.hides(secret));
    assert!(report.secrets.covers(plan.find(secret).unwrap()));
    for diagnostic in &report.diagnostics {
        assert!(
            diagnostic.fix.is_none(),
            "a plan is Terraform's: {diagnostic:?}"
        );
        for (_, arg) in &diagnostic.args {
            assert!(!format!("{arg:?}").contains(secret), "{diagnostic:?}");
        }
    }
    // Read by content, as `--input auto` does, and not as an ARM template (its azapi bodies
    // hold `computeType`).
    assert!(amlint::InputForm::Auto.reads_as_terraform_plan(plan.as_bytes()));
    assert!(!amlint::InputForm::Auto.reads_as_arm(plan.as_bytes()));
    let auto = amlint::check_bytes_as(
        plan.as_bytes(),
        amlint::InputForm::Auto,
        None,
        &amlint::Options::default(),
    );
    assert_eq!(codes(&plan, &auto), codes(&plan, &report));
}

/// Without resource changes a plan's `planned_values` are read, child modules too; a value a
/// plan leaves out there is left out (only `resource_changes` say what is unknown).
#[test]
fn planned_values_are_read_through_child_modules() {
    let plan = r#"{"format_version": "1.2", "planned_values": {"root_module": {
  "resources": [{"mode": "managed", "type": "azurerm_machine_learning_synapse_spark", "name": "s",
    "values": {"name": "spark_pool", "local_auth_enabled": false, "synapse_spark_pool_id":
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/ws/bigDataPools/pool"}}],
  "child_modules": [{"resources": [{"mode": "managed", "type": "azurerm_machine_learning_compute_cluster", "name": "c",
    "values": {"name": "cpu", "vm_size": "Standard_DS3_v2", "local_auth_enabled": false,
      "scale_settings": [{"min_node_count": 3, "max_node_count": 2}]}}]}]}}}"#;
    let report = amlint::check_terraform_plan_text(plan, &amlint::Options::default());
    let kinds: Vec<_> = report.documents.iter().map(|d| d.kind).collect();
    assert_eq!(kinds, [Some(Kind::SynapseSpark), Some(Kind::AmlCompute)]);
    assert_eq!(
        codes(plan, &report),
        [
            "AML204@3:0//name",
            "AML301@7:1//min_instances",
            "AML302@7:1//min_instances"
        ]
    );
}

fn terraform_fixture(name: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/terraform")
            .join(name),
    )
    .unwrap()
}

/// A `.tf` fixture's module: its other `.tf` files and its `terraform.tfvars`, as the command
/// reads them beside it.
fn terraform_module(extra_var_files: &[&str]) -> amlint::TerraformModule {
    let mut var_files = vec![terraform_fixture("terraform.tfvars")];
    var_files.extend(extra_var_files.iter().map(|t| (*t).to_owned()));
    amlint::TerraformModule::new(&[terraform_fixture("variables.tf")], &var_files)
}

fn terraform_findings(text: &str, module: &amlint::TerraformModule) -> Vec<String> {
    let report = amlint::check_terraform_text(text, module, &amlint::Options::default());
    codes(text, &report)
}

/// The provider's acceptance-test configurations for the four resources (and an `azapi_resource`
/// with a `jsonencode`d body), read directly: blocks as objects, variables from their defaults
/// and `terraform.tfvars`, locals, templates, `substr()` unknown, references to other resources
/// unknown, `for_each` resources once with `each` unknown, a `count = 0` resource not at all:
/// no false errors. What they get is real or in docs/iac.md: local authentication left on
/// (AML512), no idle shutdown on an instance (AML610: azurerm has no argument for it), both
/// identities on an instance (AML510: the docs' word, which the tests' configuration contradicts).
/// The cluster's `CC-<digits>` name (from the variable `random`) gets nothing: digits after the
/// last `-` are refused for compute instances only (AML206).
#[test]
fn terraform_files_are_read_with_their_module() {
    let main = terraform_fixture("main.tf");
    assert_eq!(
        terraform_findings(&main, &terraform_module(&[])),
        [
            "AML512@5:0/",
            "AML610@56:2/",
            "AML610@73:3/",
            "AML510@79:3//identity/type",
            "AML610@144:7/",
        ]
    );
    let report =
        amlint::check_terraform_text(&main, &terraform_module(&[]), &amlint::Options::default());
    let kinds: Vec<_> = report.documents.iter().map(|d| d.kind).collect();
    assert_eq!(
        kinds,
        [
            Some(Kind::AmlCompute),
            Some(Kind::AmlCompute),
            Some(Kind::ComputeInstance),
            Some(Kind::ComputeInstance),
            Some(Kind::Aks),
            Some(Kind::SynapseSpark),
            Some(Kind::AmlCompute),
            Some(Kind::ComputeInstance),
        ]
    );
    // A var file read after terraform.tfvars wins (`*.tfvars` or `*.tfvars.json`); a finding on
    // its value names the variable.
    assert_eq!(
        terraform_findings(&main, &terraform_module(&["max_nodes = 0\n"])),
        terraform_findings(&main, &terraform_module(&["{\"max_nodes\": 0}\n"])),
    );
    assert_eq!(
        terraform_findings(&main, &terraform_module(&["max_nodes = 0\n"])),
        [
            "AML512@5:0/",
            "AML107@14:0//max_instances (max_nodes)",
            "AML610@56:2/",
            "AML610@73:3/",
            "AML510@79:3//identity/type",
            "AML107@134:6//max_instances (max_nodes)",
            "AML610@144:7/",
        ]
    );
}

/// `count = "0"` (a string, which Terraform converts to the number it spells), `0.0` and a
/// variable holding either create nothing: the resource is not checked. Another count is checked.
#[test]
fn a_count_of_zero_in_any_spelling_creates_nothing() {
    let resource = |count: &str| {
        format!(
            "variable \"n\" {{ default = \"0\" }}\nresource \"azurerm_machine_learning_compute_cluster\" \"a\" {{\n  count   = {count}\n  name    = \"abc_d\"\n  vm_size = \"STANDARD_DS2_V2\"\n}}\n"
        )
    };
    let module = amlint::TerraformModule::default();
    for count in ["0", "\"0\"", "0.0", "\"0.0\"", "var.n"] {
        let findings = terraform_findings(&resource(count), &module);
        assert!(findings.is_empty(), "count = {count}: {findings:?}");
    }
    for count in ["1", "\"1\"", "\"zero\""] {
        let findings = terraform_findings(&resource(count), &module);
        assert!(
            findings.iter().any(|f| f.starts_with("AML204")),
            "count = {count}: {findings:?}"
        );
    }
}

/// Terraform's own words and checks: `local_auth_enabled` (AML512 in its terms), `vm_priority`
/// compared case-sensitively (AML110, where ARM reads any case), strings for numbers and
/// booleans converted as Terraform converts them, `# amlint:` suppressions, a sensitive
/// variable's value kept secret, and a file that is not HCL reported where the parser stopped.
#[test]
fn terraform_words_checks_and_secrets() {
    let text = r#"variable "password" {
  type      = string
  sensitive = true
  default   = "Tf-Var-Secr3t-9"
}

resource "azurerm_machine_learning_compute_cluster" "cpu" {
  name                          = "cpu-cluster"
  location                      = "westeurope"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.ws.id
  vm_size                       = "Standard_DS3_v2"
  vm_priority                   = "lowpriority"
  local_auth_enabled            = true # amlint: ignore[AML999]
  node_public_ip_enabled        = "true"
  description                   = 42

  scale_settings {
    min_node_count                       = "0"
    max_node_count                       = "4"
    scale_down_nodes_after_idle_duration = "PT2M"
  }

  ssh {
    admin_username = "azureuser"
    admin_password = var.password
  }
}
"#;
    let module = amlint::TerraformModule::default();
    let report = amlint::check_terraform_text(text, &module, &amlint::Options::default());
    let messages: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| format!("{} {}", d.rule.code, d.message(amlint::Locale::En)))
        .collect();
    assert!(
        messages.iter().any(|m| m.starts_with(
            "AML110 Terraform compares `vm_priority` case-sensitively: write `LowPriority`"
        )),
        "{messages:#?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("AML512 `local_auth_enabled` is `true`")),
        "{messages:#?}"
    );
    assert!(
        messages.iter().any(|m| m.starts_with("AML015 ")),
        "{messages:#?}"
    );
    assert!(
        messages.iter().any(|m| m.starts_with("AML504 ")
            && m.ends_with("(the value comes from the variable `password`)")),
        "{messages:#?}"
    );
    // "0" and "4" are numbers to Terraform, "true" a boolean, 42 a string: no type findings.
    assert!(
        !messages.iter().any(|m| m.starts_with("AML102 ")),
        "{messages:#?}"
    );
    let secret = "Tf-Var-Secr3t-9";
    assert!(report.secrets.hides(secret));
    assert!(report.secrets.covers(text.find(secret).unwrap()));
    for diagnostic in &report.diagnostics {
        for (_, arg) in &diagnostic.args {
            assert!(!format!("{arg:?}").contains(secret), "{diagnostic:?}");
        }
    }
    // Not HCL: AML001 where the parser stopped.
    let broken = "resource \"azurerm_machine_learning_compute_cluster\" \"x\" {\n  name = \n}\n";
    let report = amlint::check_terraform_text(broken, &module, &amlint::Options::default());
    assert!(report.unreadable);
    assert_eq!(report.diagnostics[0].rule.code, "AML001");
    assert!(
        report.diagnostics[0]
            .message(amlint::Locale::En)
            .starts_with("HCL syntax error"),
        "{:?}",
        report.diagnostics[0].message(amlint::Locale::En)
    );
}

/// A JSON value as an HCL expression; `None` for a string HCL would read as a template.
fn hcl_value(value: &serde_json::Value) -> Option<String> {
    Some(match value {
        serde_json::Value::String(s) => {
            if s.contains("${") || s.contains("%{") {
                return None;
            }
            serde_json::to_string(s).ok()?
        }
        serde_json::Value::Array(items) => format!(
            "[{}]",
            items
                .iter()
                .map(hcl_value)
                .collect::<Option<Vec<_>>>()?
                .join(", ")
        ),
        serde_json::Value::Object(entries) => format!(
            "{{ {} }}",
            entries
                .iter()
                .map(|(k, v)| Some(format!(
                    "{} = {}",
                    serde_json::to_string(k).ok()?,
                    hcl_value(v)?
                )))
                .collect::<Option<Vec<_>>>()?
                .join(", ")
        ),
        other => other.to_string(),
    })
}

/// A YAML spec as a Terraform resource, through the mapping's Terraform arguments the other way
/// round; `None` where the spec holds what the kind's azurerm resource has no argument for (or
/// the kind has no resource).
fn to_tf(yaml: &str) -> Option<String> {
    let spec = amlint::read_document(yaml, &amlint::Options::default())?;
    let kind = Kind::from_type(spec.get("type")?.as_str()?)?;
    let resource_type = kind.forms().terraform?;
    let mut leaves = Vec::new();
    if !leaf_paths(kind.fields(), &spec, "", &[], &mut leaves) {
        return None;
    }
    let mut attributes = serde_json::json!({});
    // Blocks, and whether a `BlockPresent` field asked for one to be written or left out.
    let mut blocks: Vec<&str> = Vec::new();
    let mut present: Vec<(&str, bool)> = Vec::new();
    for (path, indices, value) in leaves {
        if path == "type" {
            continue;
        }
        let mapping = kind.forms().by_field(&path)?;
        let (argument, form) = mapping.terraform?;
        if !indices.is_empty() && !path.ends_with("[].resource_id") {
            return None;
        }
        if let Some((block, _)) = argument.split_once('.') {
            blocks.push(block);
        }
        let value = match (form, &value) {
            (Form::Same, _) => value,
            (Form::Seconds, serde_json::Value::Number(n)) => serde_json::json!(format!("PT{n}S")),
            (Form::Values(pairs), serde_json::Value::String(s)) => serde_json::json!(
                pairs
                    .iter()
                    .find(|(ours, _)| ours.eq_ignore_ascii_case(s))
                    .map_or(s.as_str(), |(_, theirs)| theirs)
            ),
            (Form::Not, serde_json::Value::Bool(b)) => serde_json::json!(!b),
            (Form::BlockPresent, serde_json::Value::Bool(b)) => {
                blocks.push(argument);
                present.push((argument, *b));
                continue;
            }
            (Form::BlockPresent, _) => return None,
            _ => value,
        };
        if path.ends_with("[].resource_id") {
            // `identity_ids`: the list of IDs.
            let list = attributes
                .pointer_mut(&format!("/{}", argument.replace('.', "/")))
                .and_then(serde_json::Value::as_array_mut);
            match list {
                Some(list) => list.push(value),
                None => set_at(&mut attributes, argument, &[], serde_json::json!([value])),
            }
            continue;
        }
        set_at(&mut attributes, argument, &[], value);
    }
    for (block, written) in present {
        let has = attributes.get(block).is_some();
        match (written, has) {
            (true, false) => set_at(&mut attributes, block, &[], serde_json::json!({})),
            (false, true) => return None,
            _ => {}
        }
    }
    let mut out = format!("resource \"{resource_type}\" \"example\" {{\n");
    for (key, value) in attributes.as_object()? {
        match value {
            serde_json::Value::Object(inner) if blocks.contains(&key.as_str()) => {
                out.push_str(&format!("  {key} {{\n"));
                for (k, v) in inner {
                    out.push_str(&format!("    {k} = {}\n", hcl_value(v)?));
                }
                out.push_str("  }\n");
            }
            _ => out.push_str(&format!("  {key} = {}\n", hcl_value(value)?)),
        }
    }
    out.push_str("}\n");
    Some(out)
}

/// Rules whose findings a Terraform resource converted from a YAML spec cannot have (beside
/// `YAML_ONLY`), and why.
const NOT_IN_TERRAFORM: &[(&str, &str)] = &[(
    "AML502",
    "SSH settings with public access unset: an instance's `ssh` block is the switch itself (azurerm sends Enabled when it is written)",
)];

/// Every rule example (and spec file of examples/ and the official examples) whose kind has an
/// azurerm resource, converted into a `.tf` resource, gets the same codes at the same places,
/// but for what the conversion cannot say (`YAML_ONLY`, `NOT_IN_TERRAFORM`, each needed) and the
/// examples that hold what the resource has no argument for.
#[test]
fn rule_examples_as_terraform_get_the_same_findings() {
    let mut conversion = Conversion::new(YAML_ONLY, NOT_IN_TERRAFORM);
    for (label, example) in conversion_corpus() {
        let Some(tf) = to_tf(&example) else {
            continue;
        };
        let report = amlint::check_terraform_text(
            &tf,
            &amlint::TerraformModule::default(),
            &amlint::Options::default(),
        );
        conversion.compare(&label, &example, &report.diagnostics, &tf);
    }
    // 86 today: the others are of kinds without an azurerm resource, or hold what the kind's
    // resource has no argument for (schedules, setup scripts, idle shutdown, ...).
    conversion.assert(86);
}

/// Fixes edit a `.tf` file where it writes the value itself, as HCL (JSON's scalars): a literal,
/// not a variable's value or a template; `--fix` checks the result again with the module.
#[test]
fn literal_values_are_fixed_in_terraform() {
    let text = |max: &str| {
        format!(
            r#"variable "max" {{
  default = 2.5
}}

resource "azurerm_machine_learning_compute_cluster" "cpu" {{
  name                          = "cpu-cluster"
  location                      = "westeurope"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.ws.id
  vm_size                       = "Standard_DS3_v2"
  vm_priority                   = "Dedicated"
  local_auth_enabled            = false

  scale_settings {{
    min_node_count                       = 0
    max_node_count                       = {max}
    scale_down_nodes_after_idle_duration = "PT2M"
  }}
}}
"#
        )
    };
    let module = amlint::TerraformModule::default();
    let literal = text("2.5");
    let report = amlint::check_terraform_text(&literal, &module, &amlint::Options::default());
    let fix = report
        .diagnostics
        .iter()
        .find(|d| d.rule.code == "AML106")
        .and_then(|d| d.fix.as_deref())
        .expect("AML106 with a fix");
    assert_eq!(fix.edits.len(), 1);
    assert_eq!(&literal[fix.edits[0].span.range()], "2.5");
    assert_eq!(fix.edits[0].replacement, "2");
    let fixed =
        amlint::apply::fix_terraform_text(&literal, &module, &amlint::Options::default(), false);
    assert_eq!(fixed.fixed, 1);
    assert_eq!(fixed.text, text("2"));
    assert!(
        fixed.report.diagnostics.is_empty(),
        "{:?}",
        fixed.report.diagnostics
    );
    // The variable's value is found, and not fixed where it is used.
    let from_variable = text("var.max");
    let report = amlint::check_terraform_text(&from_variable, &module, &amlint::Options::default());
    let finding = report
        .diagnostics
        .iter()
        .find(|d| d.rule.code == "AML106")
        .expect("AML106");
    assert!(finding.fix.is_none(), "{finding:?}");
    assert!(matches!(finding.get("variable"), Some(amlint::Arg::Code(v)) if v == "max"));
}

/// `azapi_resource` bodies in a `.tf` file, as an object (azapi 2.x) or `jsonencode`d (1.x), are
/// REST bodies read by the ARM paths, at the file's own places; a resource of another type is
/// not; a file-wide suppression before the first resource applies to every compute.
#[test]
fn azapi_bodies_in_terraform_are_rest_bodies() {
    let text = r#"# amlint: ignore-file[AML512]
resource "azapi_resource" "object" {
  type      = "Microsoft.MachineLearningServices/workspaces/computes@2024-10-01"
  name      = "cpu-object"
  parent_id = azapi_resource.workspace.id
  body = {
    properties = {
      computeType = "AmlCompute"
      properties = {
        vmSize        = "Standard_DS3_v2"
        scaleSettings = { minNodeCount = 3, maxNodeCount = 2 }
      }
    }
  }
}

resource "azapi_resource" "encoded" {
  type      = "Microsoft.MachineLearningServices/workspaces/computes@2023-10-01"
  name      = "ci_encoded"
  parent_id = azapi_resource.workspace.id
  body = jsonencode({
    properties = {
      computeType = "ComputeInstance"
      properties  = { vmSize = "Standard_DS3_v2", idleTimeBeforeShutdown = "PT30M" }
    }
  })
}

resource "azapi_resource" "workspace" {
  type = "Microsoft.MachineLearningServices/workspaces@2024-10-01"
  name = "ws_not_a_compute"
  body = { properties = { computeType = "AmlCompute" } }
}
"#;
    let report = amlint::check_terraform_text(
        text,
        &amlint::TerraformModule::default(),
        &amlint::Options::default(),
    );
    assert_eq!(
        codes(text, &report),
        [
            "AML301@11:0//min_instances",
            "AML302@11:0//min_instances",
            "AML204@19:1//name",
        ]
    );
    assert_eq!(report.suppressed.len(), 2, "{:?}", report.suppressed);
    let kinds: Vec<_> = report.documents.iter().map(|d| d.kind).collect();
    assert_eq!(kinds, [Some(Kind::AmlCompute), Some(Kind::ComputeInstance)]);
}

/// A key a template writes twice in one object, names compared without case as ARM compares
/// them, is AML003 at the later key, in the compute that holds it (outside every compute: the
/// file's first document); the reader takes the last value.
#[test]
fn duplicate_keys_in_templates_are_reported() {
    let text = r#"{
  "parameters": { "n": { "type": "int" }, "N": { "type": "int" } },
  "resources": [
    {
      "type": "Microsoft.MachineLearningServices/workspaces/computes",
      "name": "ws/cpu-cluster",
      "properties": {
        "computeType": "AmlCompute",
        "disableLocalAuth": true,
        "properties": {
          "scaleSettings": { "minNodeCount": 5, "maxNodeCount": 4, "minNodeCount": 0 }
        }
      }
    },
    {
      "type": "Microsoft.MachineLearningServices/workspaces/computes",
      "name": "ws/gpu-cluster",
      "properties": {
        "computeType": "AmlCompute",
        "disableLocalAuth": true,
        "disablelocalauth": true,
        "properties": { "scaleSettings": { "minNodeCount": 0, "maxNodeCount": 2 } }
      }
    }
  ]
}
"#;
    assert_eq!(
        findings(text, None),
        ["AML003@2:0/", "AML003@11:0/", "AML003@21:1/"]
    );
    let report = amlint::check_arm_text(text, None, &amlint::Options::default());
    let message = report.diagnostics[2].message(amlint::Locale::En);
    assert!(
        message.starts_with("`disablelocalauth` is written twice"),
        "{message}"
    );
}

/// Each finding as `CODE@line:text` of a `.bicep` file checked through `built`, the JSON the
/// Bicep CLI wrote: `text` is what the finding's span covers in the `.bicep` file.
fn bicep_findings(bicep: &str, built: &str) -> Vec<String> {
    let build = amlint::BicepBuild::Built(built.to_owned());
    let report = amlint::check_bicep_text(bicep, &build, &[], &amlint::Options::default());
    report
        .diagnostics
        .iter()
        .map(|d| {
            let span = d.span.unwrap();
            let line = bicep[..span.start as usize].lines().count().max(1);
            let line = if bicep[..span.start as usize].ends_with('\n') {
                line + 1
            } else {
                line
            };
            format!("{}@{line}:{}", d.rule.code, &bicep[span.range()])
        })
        .collect()
}

/// The JSON `bicep build` writes with symbolic names (`languageVersion` 2.0) lists resources in
/// its own order: a finding is placed by the resource's symbolic name (a nested resource's
/// `parent::child`), then along its ARM path key by key; a property the `.bicep` file does not
/// write itself (a spread, a module's resource) falls back to the declaration's name or the
/// file's start. Fixes are left out: the text checked is not the one written.
#[test]
fn bicep_findings_are_placed_by_symbolic_name_and_path() {
    let bicep = "\
resource ws 'Microsoft.MachineLearningServices/workspaces@2024-04-01' = {
  name: 'ws'
  resource inner 'computes@2024-04-01' = {
    name: 'inner'
    properties: { computeType: 'AmlCompute', disableLocalAuth: true, properties: { scaleSettings: { minNodeCount: 0, maxNodeCount: 2 } } }
  }
}

resource first 'Microsoft.MachineLearningServices/workspaces/computes@2024-04-01' = {
  parent: ws
  name: 'first'
  properties: {
    computeType: 'AmlCompute'
    disableLocalAuth: true
    properties: {
      scaleSettings: {
        minNodeCount: 4
        maxNodeCount: 2
      }
    }
  }
}

resource second 'Microsoft.MachineLearningServices/workspaces/computes@2024-04-01' = {
  parent: ws
  name: 'second'
  properties: union(base, { disableLocalAuth: true })
}

module more './more.bicep' = {
  name: 'more'
}
";
    let built = r#"{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "languageVersion": "2.0",
  "resources": {
    "more": {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "more",
      "properties": {
        "mode": "Incremental",
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "resources": [
            {
              "type": "Microsoft.MachineLearningServices/workspaces/computes",
              "apiVersion": "2024-04-01",
              "name": "ws/in_module",
              "properties": { "computeType": "AmlCompute", "disableLocalAuth": true }
            }
          ]
        }
      }
    },
    "second": {
      "type": "Microsoft.MachineLearningServices/workspaces/computes",
      "apiVersion": "2024-04-01",
      "name": "ws/second",
      "properties": { "computeType": "AmlCompute", "properties": { "vmPriority": "lowpriority", "scaleSettings": { "maxNodeCount": 2 } } }
    },
    "first": {
      "type": "Microsoft.MachineLearningServices/workspaces/computes",
      "apiVersion": "2024-04-01",
      "name": "ws/first",
      "properties": {
        "computeType": "AmlCompute",
        "disableLocalAuth": true,
        "properties": { "scaleSettings": { "minNodeCount": 4, "maxNodeCount": 2 } }
      }
    },
    "ws::inner": {
      "type": "Microsoft.MachineLearningServices/workspaces/computes",
      "apiVersion": "2024-04-01",
      "name": "ws/inner",
      "properties": { "computeType": "AmlCompute", "disableLocalAuth": true, "properties": { "scaleSettings": { "minNodeCount": 0, "maxNodeCount": 2.5 } } }
    },
    "ws": {
      "type": "Microsoft.MachineLearningServices/workspaces",
      "apiVersion": "2024-04-01",
      "name": "ws"
    }
  }
}"#;
    // The module's compute (`in_module`: AML204, AML304) at the start; `second`'s properties
    // come from `union(...)`: at the key that holds them.
    assert_eq!(
        bicep_findings(bicep, built),
        [
            "AML204@1:",
            "AML304@1:",
            "AML512@27:properties",
            "AML301@17:minNodeCount",
            "AML302@17:minNodeCount",
            "AML106@5:maxNodeCount",
        ]
    );
    let build = amlint::BicepBuild::Built(built.to_owned());
    let report = amlint::check_bicep_text(bicep, &build, &[], &amlint::Options::default());
    assert!(report.diagnostics.iter().all(|d| d.fix.is_none()));
}

/// A template is checked with each parameter file linked to it: a compute only one of them
/// deploys is a document of its own, a finding on a value a file gives names the file (one from
/// a default does not, and is reported once), a suppression used by any check is used, and the
/// secure values of every file are secrets.
#[test]
fn templates_are_checked_with_each_linked_parameter_file() {
    let template = r#"{
  "parameters": {
    "maxNodes": { "type": "int", "defaultValue": 4 },
    "count": { "type": "int", "defaultValue": 1 },
    "size": { "type": "string", "defaultValue": "Standard_DS3_v2" },
    "password": { "type": "secureString" }
  },
  "resources": [
    {
      "type": "Microsoft.MachineLearningServices/workspaces/computes",
      "name": "[format('ws/cluster{0}', copyIndex())]",
      "copy": { "name": "c", "count": "[parameters('count')]" },
      "properties": {
        "computeType": "AmlCompute",
        "disableLocalAuth": true,
        "properties": {
          "vmSize": "[parameters('size')]",
          "scaleSettings": { "minNodeCount": 0, "maxNodeCount": "[parameters('maxNodes')]" }, // amlint: ignore[AML107]
          "userAccountCredentials": { "adminUserName": "azureuser", "adminUserPassword": "[parameters('password')]" }
        }
      }
    }
  ]
}
"#;
    let dev =
        r#"{"parameters": {"maxNodes": {"value": 0}, "password": {"value": "Dev-Secret-6170"}}}"#;
    let prod = r#"{"parameters": {"count": {"value": 2}, "size": {"value": "Standard_NC6"}, "password": {"value": "Prod-Secret-6171"}}}"#;
    let options = amlint::Options::default();
    let report = amlint::check_arm_text_with(
        template,
        &[("dev.parameters.json", dev), ("prod.parameters.json", prod)],
        &options,
    );
    let found: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{}@{} {}",
                d.rule.code,
                d.document,
                d.message(amlint::Locale::En)
            )
        })
        .collect();
    assert_eq!(report.documents.len(), 2, "{found:#?}");
    // dev's 0 nodes (AML107) is suppressed, so the suppression is used: no AML014.
    assert!(found.iter().all(|f| !f.starts_with("AML014")), "{found:#?}");
    assert_eq!(report.suppressed.len(), 1, "{found:#?}");
    // prod's retired size, in both of its clusters, naming the file.
    let retired: Vec<&String> = found.iter().filter(|f| f.starts_with("AML306")).collect();
    assert_eq!(retired.len(), 2, "{found:#?}");
    assert!(
        retired.iter().all(|f| f
            .ends_with("(the value comes from the parameter `size` in `prod.parameters.json`)")),
        "{found:#?}"
    );
    for value in ["Dev-Secret-6170", "Prod-Secret-6171"] {
        assert!(report.secrets.hides(value), "{value}");
    }
    // One parameter file: as check_arm_text, no file named.
    let one = amlint::check_arm_text_with(template, &[("prod.parameters.json", prod)], &options);
    assert_eq!(
        one.diagnostics,
        amlint::check_arm_text(template, Some(prod), &options).diagnostics
    );
    assert!(
        one.diagnostics
            .iter()
            .all(|d| d.get("parameter_file").is_none())
    );
}
