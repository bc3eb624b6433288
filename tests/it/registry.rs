//! The registry checks itself: codes, docs, messages, and every rule's examples.

use amlint::report::File;
use amlint::{
    FILE_SEPARATOR, FileReport, Locale, Options, RULES, Rule, Severity, check_files, check_text,
};

/// Rules whose failing input cannot be written as an inline example; each has its own test.
const GENERATED_FIXTURES: &[&str] = &["AML005", "AML016"];

/// The context a rule's examples are checked with (`rules/deployed.rs`).
/// The options a rule's examples are checked with: its declared context, if any.
pub(crate) fn options(rule: &Rule) -> Options {
    let mut context = amlint::context::Context::new();
    for (file, text) in rule.context {
        context
            .add(*file, "previous.yml", text, Locale::En)
            .unwrap_or_else(|e| panic!("{}: context {file:?}: {e}", rule.code));
    }
    Options {
        context: (!rule.context.is_empty()).then(|| std::sync::Arc::new(context)),
        ..Options::default()
    }
}

fn check_example(rule: &Rule, text: &str) -> Vec<FileReport> {
    let options = options(rule);
    if rule.input == amlint::Input::Arm {
        return vec![amlint::check_arm_text(text, None, &options)];
    }
    if rule.input == amlint::Input::Terraform {
        let module = amlint::TerraformModule::default();
        return vec![amlint::check_terraform_text(text, &module, &options)];
    }
    let mut files: Vec<File> = text
        .split(FILE_SEPARATOR)
        .enumerate()
        .map(|(i, t)| File {
            label: format!("file{}.yml", i + 1),
            text: t.to_owned(),
            report: check_text(t, &options),
        })
        .collect();
    check_files(&mut files);
    files.into_iter().map(|f| f.report).collect()
}

fn codes(reports: &[FileReport]) -> Vec<String> {
    reports
        .iter()
        .flat_map(|r| {
            r.diagnostics
                .iter()
                .map(|d| format!("{} {}", d.code(), d.message(Locale::En)))
        })
        .collect()
}

#[test]
fn codes_are_unique_sorted_and_well_formed() {
    for pair in RULES.windows(2) {
        assert!(
            pair[0].code < pair[1].code,
            "{} must come before {}",
            pair[0].code,
            pair[1].code
        );
    }
    for rule in RULES {
        assert!(
            rule.code.len() == 6
                && rule.code.starts_with("AML")
                && rule.code[3..].bytes().all(|b| b.is_ascii_digit()),
            "{}",
            rule.code
        );
        assert!(
            rule.name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{} name {}",
            rule.code,
            rule.name
        );
        assert!(
            !rule.name.starts_with("no-") && !rule.name.starts_with("disallow"),
            "{}: name the problem",
            rule.code
        );
        assert_eq!(amlint::by_code(rule.code), Some(*rule));
        assert_eq!(amlint::by_code(rule.name), Some(*rule));
        assert!(!rule.kinds.is_empty(), "{} applies to no kind", rule.code);
    }
    let mut names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), RULES.len(), "rule names must be unique");
}

#[test]
fn every_rule_is_documented_with_sources() {
    for rule in RULES {
        let docs = rule.docs();
        assert!(docs.len() > 80, "{} needs real docs", rule.code);
        assert!(
            docs.contains("Sources:"),
            "{} must cite its sources",
            rule.code
        );
    }
}

fn assert_example_fires(rule: &Rule) {
    let reports = check_example(rule, rule.invalid);
    let found: Vec<_> = reports
        .iter()
        .flat_map(|r| &r.diagnostics)
        .filter(|d| d.rule == rule)
        .collect();
    assert!(
        !found.is_empty(),
        "{}'s invalid example does not trigger it; got {:?}",
        rule.code,
        codes(&reports)
    );
    for d in found {
        let message = d.message(Locale::En);
        assert!(
            !message.contains('{'),
            "{}: unfilled placeholder in {message:?}",
            rule.code
        );
        assert_eq!(d.severity, rule.severity);
    }
}

fn assert_example_clean(rule: &Rule) {
    let reports = check_example(rule, rule.valid);
    let all = codes(&reports);
    assert!(
        reports
            .iter()
            .flat_map(|r| &r.diagnostics)
            .all(|d| d.rule != rule),
        "{}'s valid example still triggers it: {all:?}",
        rule.code
    );
    assert!(
        reports
            .iter()
            .flat_map(|r| &r.diagnostics)
            .all(|d| d.severity != Severity::Error),
        "{}'s valid example has errors: {all:?}",
        rule.code
    );
}

#[test]
fn every_rule_has_a_failing_and_a_passing_example() {
    for rule in RULES {
        if GENERATED_FIXTURES.contains(&rule.code) {
            continue;
        }
        assert_example_fires(rule);
        assert_example_clean(rule);
    }
}

#[test]
fn oversized_input_is_refused_without_reading_it() {
    let big = format!(
        "name: cpu-cluster\ntype: amlcompute\ndescription: \"{}\"\n",
        "x".repeat(amlint::MAX_BYTES)
    );
    let report = check_text(&big, &Options::default());
    assert_eq!(report.diagnostics.len(), 1);
    assert_eq!(report.diagnostics[0].code(), "AML005");
    let report = amlint::check_bytes(
        big.as_bytes(),
        &Options {
            max_bytes: 64,
            ..Options::default()
        },
    );
    assert_eq!(report.diagnostics[0].code(), "AML005");
    assert_example_clean(amlint::by_code("AML005").unwrap());
}

fn read_doc(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// Every source a rule cites can be opened: a section of the reference, a row of the service
/// errors, a source tag of the reference's table; nothing outside the repository's docs.
#[test]
fn every_cited_source_resolves() {
    let reference = read_doc("docs/reference/azure-compute-rules.md");
    let errors = read_doc("docs/reference/service-errors.md");
    let sources = &reference[..reference.find("\n## 1.").unwrap()];
    let section = regex::Regex::new(r"§(\d+)").unwrap();
    let row = regex::Regex::new(r"service-errors ((?:#\d+(?:, )?)+)").unwrap();
    let number = regex::Regex::new(r"#(\d+)").unwrap();
    let tag = regex::Regex::new(
        r"\b(SEED|DOC-[a-z0-9-]+|SDK-[a-z]+|REST|TF|CLI|PSRule|SCHEMA-2021|ISSUES)\b",
    )
    .unwrap();
    for rule in RULES {
        let docs = rule.docs();
        let cited = &docs[docs.find("Sources:").unwrap()..];
        assert!(
            !cited.contains("user-expectations"),
            "{}: cites a file outside the repository",
            rule.code
        );
        for found in section.captures_iter(cited) {
            let heading = format!("\n## {}.", &found[1]);
            assert!(
                reference.contains(&heading),
                "{}: the reference has no §{}",
                rule.code,
                &found[1]
            );
        }
        for list in row.captures_iter(cited) {
            for found in number.captures_iter(&list[1]) {
                let line = format!("\n| {} |", &found[1]);
                assert!(
                    errors.contains(&line),
                    "{}: service-errors has no #{}",
                    rule.code,
                    &found[1]
                );
            }
        }
        for found in tag.captures_iter(cited) {
            let name = &found[1];
            // A tag of the sources table, or the start of one (`DOC-aks` of `DOC-aks-v1`).
            assert!(
                sources.contains(&format!("| {name}")),
                "{}: no source `{name}` in the reference",
                rule.code
            );
        }
    }
}

/// The reference names where every source can be found, and nothing only this project had.
#[test]
fn the_reference_names_no_files_outside_the_repository() {
    let reference = read_doc("docs/reference/azure-compute-rules.md");
    assert!(
        !reference.contains("beside this file"),
        "the reference points at a file that is not here"
    );
}

/// AKS names are disputed in two directions; the finding names the source that disputes each.
#[test]
fn aks_name_lengths_name_the_source_that_disputes_them() {
    let message = |name: &str| {
        let spec = format!("name: {name}\ntype: aks\nsize: Standard_D4s_v3\nagent_count: 3\n");
        let report = check_text(&spec, &Options::default());
        let found: Vec<String> = report
            .diagnostics
            .iter()
            .filter(|d| d.code() == "AML203")
            .map(|d| d.message(Locale::En))
            .collect();
        found.join("\n")
    };
    assert!(message("aks-inference-west").contains("studio form allows at most 16"));
    assert!(message("ak").contains("newer AKS docs ask for at least 3"));
    assert_eq!(message("aks-west"), "");
}

/// How the Dutch docs name the sources the English cite by tag (docs/rules.nl.md's intro says
/// what they are), longest first.
const DUTCH_SOURCES: &[(&str, &str)] = &[
    ("Engelse studio-artikel (2021)", "DOC-studio-2021"),
    ("YAML-naslag van reken-exemplaren", "DOC-yaml-ci"),
    ("YAML-naslag van amlcompute", "DOC-yaml-aml"),
    ("YAML-naslag van Kubernetes", "DOC-yaml-k8s"),
    ("YAML-naslag van VM's", "DOC-yaml-vm"),
    ("artikel over reken-exemplaren", "DOC-ci"),
    ("artikel over rekenclusters", "DOC-cluster"),
    ("artikel over resourcenamen", "DOC-names"),
    ("AKS-artikel van 2020", "DOC-aks-2020"),
    ("AKS-artikel v1", "DOC-aks-v1"),
    ("documentatiefragment", "DOC-inc"),
    ("studio-artikel", "SEED"),
];

/// Every rule has documentation in every language, which cites the same sources as the English:
/// the same sections, service errors and source tags (in Dutch, named as `DUTCH_SOURCES` says).
#[test]
fn every_rule_is_documented_in_every_language_with_the_same_sources() {
    let citation = regex::Regex::new(
        r"§\d+(?:\.\d+)?|#\d+|\b(?:SEED|DOC-[a-z0-9-]+|SDK-[a-z]+|REST|TF|CLI|PSRule)\b",
    )
    .unwrap();
    let cited = |docs: &str, label: &str| -> Vec<String> {
        let mut sources = docs[docs
            .find(label)
            .unwrap_or_else(|| panic!("no {label:?} in {docs}"))..]
            .to_owned();
        for (dutch, tag) in DUTCH_SOURCES {
            sources = sources.replace(dutch, tag);
        }
        let mut found: Vec<String> = citation
            .find_iter(&sources)
            .map(|m| m.as_str().to_owned())
            .collect();
        found.sort();
        found.dedup();
        found
    };
    for locale in Locale::ALL.iter().filter(|l| **l != Locale::En) {
        let all = amlint::catalog::rule_docs(*locale);
        for rule in RULES {
            let docs = all
                .iter()
                .find(|(code, _)| *code == rule.code)
                .map(|(_, docs)| *docs)
                .unwrap_or_else(|| panic!("{} has no {locale:?} docs", rule.code));
            assert!(docs.len() > 60, "{} {locale:?}: real docs", rule.code);
            // A string continuation written `\\` leaves a backslash and the indent in the text.
            assert!(
                !docs.contains("\\\n"),
                "{} {locale:?}: a `\\` before a line break",
                rule.code
            );
            assert_eq!(
                cited(docs, "Bronnen:"),
                cited(&rule.docs(), "Sources:"),
                "{} {locale:?} cites other sources",
                rule.code
            );
        }
    }
}
