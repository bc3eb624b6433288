//! Messages are the catalogs' business: rules hand over data, every id and word a rule can name
//! is in every catalog, and no argument is prose.

use amlint::report::File;
use amlint::{Arg, Diagnostic, Locale, RULES, check_files, check_text};

use crate::support::{rule_examples, spec_texts};

fn has(locale: Locale, id: &str) -> bool {
    amlint::catalog::messages(locale)
        .binary_search_by(|(key, _)| key.as_str().cmp(id))
        .is_ok()
}

#[test]
fn catalogs_are_sorted_and_hold_the_same_ids() {
    let english: Vec<String> = amlint::catalog::messages(Locale::En)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    for locale in Locale::ALL {
        let catalog = amlint::catalog::messages(*locale);
        for pair in catalog.windows(2) {
            assert!(
                pair[0].0 < pair[1].0,
                "{locale:?}: {} before {}",
                pair[0].0,
                pair[1].0
            );
        }
        let ids: Vec<String> = catalog.into_iter().map(|(id, _)| id).collect();
        assert_eq!(ids, english, "{locale:?} must hold exactly the English ids");
    }
}

#[test]
fn every_rule_has_a_message_and_every_message_a_rule() {
    for rule in RULES {
        assert!(has(Locale::En, rule.code), "{} has no message", rule.code);
    }
    for (id, _) in amlint::catalog::messages(Locale::En) {
        if id.starts_with("AML") {
            let code = id.split('.').next().unwrap_or_default();
            assert!(
                amlint::by_code(code).is_some(),
                "message {id} belongs to no rule"
            );
        }
    }
}

/// How many ids `pattern` finds in `files` (paths from the crate root); each must be in every
/// catalog, or it would render as its raw id.
fn ids_in_every_catalog(pattern: &str, files: &[std::path::PathBuf]) -> usize {
    let pattern = regex::Regex::new(pattern).unwrap();
    let mut named = 0;
    for path in files {
        let source = std::fs::read_to_string(path).unwrap();
        for found in pattern.captures_iter(&source) {
            let id = &found[1];
            named += 1;
            for locale in Locale::ALL {
                assert!(
                    has(*locale, id),
                    "{}: `{id}` is not in the {locale:?} catalog",
                    path.display()
                );
            }
        }
    }
    named
}

/// Every id the npm package's errors are worded by (`wasm.*`, the schema matcher's `schema.*`,
/// and the `cli.*` ones it shares) is in every catalog: nothing thrown to JS renders as a raw id.
#[test]
fn every_id_the_npm_package_throws_with_is_in_every_catalog() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let files: Vec<_> = [
        "src/wasm/mod.rs",
        "src/wasm/options.rs",
        "src/wasm/flat.rs",
        "src/schema/matches.rs",
    ]
    .iter()
    .map(|file| root.join(file))
    .collect();
    let named = ids_in_every_catalog(r#""((?:wasm|schema|cli)\.[a-z_.]+)""#, &files);
    assert!(
        named > 30,
        "the scan found only {named} ids: has the notation changed?"
    );
}

/// Every message id (`AML104.suggest`) and catalog word (`type.string`) written in the rules'
/// source, including those only rare inputs reach, is in every catalog. A missing one would
/// render as its raw id.
#[test]
fn every_id_and_word_the_rules_name_is_in_every_catalog() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    let files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    let named = ids_in_every_catalog(r#""(AML\d{3}\.[a-z_0-9]+|[a-z_]+\.[a-z_0-9]+)""#, &files);
    assert!(
        named > 50,
        "the scan found only {named} ids: has the notation changed?"
    );
}

/// Why an argument is not data, if it is not.
fn prose(d: &Diagnostic, name: &str, arg: &Arg, source: &str) -> Option<String> {
    match arg {
        Arg::Int(_) | Arg::Secret(_) => None,
        // Text from the spec is shown as written, so it stands in the spec.
        Arg::Value(text) => (!source.contains(text.as_str()))
            .then(|| format!("`{name}` = {text:?} is not text from the spec")),
        // amlint's and Azure's identifiers hold no words.
        Arg::Code(text) => text
            .contains(char::is_whitespace)
            .then(|| format!("`{name}` = {text:?} is no identifier")),
        Arg::Foreign(_) => (d.message_id != "AML001")
            .then(|| format!("`{name}`: only the parser's own message is quoted")),
        Arg::Word(key) => (!has(Locale::En, key)).then(|| format!("word `{key}` is in no catalog")),
        Arg::Phrase(key, args) => {
            if !has(Locale::En, key) {
                return Some(format!("phrase `{key}` is in no catalog"));
            }
            args.iter()
                .find_map(|(name, arg)| prose(d, name, arg, source))
        }
        Arg::List(items, _) => items.iter().find_map(|arg| prose(d, name, arg, source)),
    }
}

/// The `{name}`s of a template.
fn placeholders(template: &str) -> impl Iterator<Item = &str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
}

/// Every finding of every fixture, example and rule example: its message id is in every
/// catalog, every placeholder filled, every argument data, and its rule in the registry.
#[test]
fn findings_carry_data_not_text() {
    let mut texts = rule_examples();
    for folder in [
        "examples/valid",
        "examples/invalid",
        "tests/fixtures/bad",
        "tests/fixtures/official",
    ] {
        texts.extend(spec_texts(folder));
    }
    let mut files: Vec<File> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| File {
            label: format!("spec{i}.yml"),
            text: t.clone(),
            report: check_text(t, &Default::default()),
        })
        .collect();
    check_files(&mut files);
    let labels: Vec<String> = files.iter().map(|f| f.label.clone()).collect();
    let reports: Vec<_> = files.into_iter().map(|f| f.report).collect();
    let mut seen = 0;
    for (text, report) in texts.iter().zip(&reports) {
        for d in &report.diagnostics {
            seen += 1;
            assert!(
                RULES.iter().any(|r| std::ptr::eq(*r, d.rule)),
                "{} is not in RULES",
                d.code()
            );
            // Labels of other files are the run's, not the spec's.
            let source = format!("{text}\n{}", labels.join("\n"));
            for (name, arg) in &d.args {
                if let Some(problem) = prose(d, name, arg, &source) {
                    panic!("{} ({}): {problem}\n{text}", d.code(), d.message_id);
                }
            }
            for locale in Locale::ALL {
                assert!(
                    has(*locale, d.message_id),
                    "{} is not in {locale:?}",
                    d.message_id
                );
                let template = d.rule.template(*locale, d.message_id).unwrap();
                for name in placeholders(template) {
                    assert!(
                        d.get(name).is_some(),
                        "{}: no `{name}` for {template:?}",
                        d.message_id
                    );
                }
            }
        }
    }
    assert!(seen > 300, "only {seen} findings: are the fixtures there?");
}

/// Every catalog words each message with the same placeholders as English, and says it in its own
/// language: an entry identical to English is allowed only where the text is a name or a pattern
/// that is the same in every language.
#[test]
fn every_catalog_has_the_same_placeholders_and_translates_every_entry() {
    const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
        "cli.flags",
        "context.item",
        "context.source.file",
        "kind.databricks",
        "kind.datalakeanalytics",
        "place.file",
        "place.file_document",
        "severity.info",
        "type.null",
        "vm.cpu",
        "vm.gpu",
        "wasm.options.context",
    ];
    let placeholder = regex::Regex::new(r"\{([a-z_]+)\}").unwrap();
    let names = |text: &str| {
        let mut found: Vec<String> = placeholder
            .captures_iter(text)
            .map(|c| c[1].to_owned())
            .collect();
        found.sort();
        found.dedup();
        found
    };
    let english = amlint::catalog::messages(Locale::En);
    for locale in Locale::ALL.iter().filter(|l| **l != Locale::En) {
        for ((id, theirs), (_, ours)) in amlint::catalog::messages(*locale).iter().zip(&english) {
            assert_eq!(
                names(theirs),
                names(ours),
                "{locale:?} {id}: other placeholders"
            );
            assert!(
                theirs != ours || SAME_IN_EVERY_LANGUAGE.contains(&id.as_str()),
                "{locale:?} {id} is not translated: {theirs:?}"
            );
        }
    }
    assert!(
        Locale::ALL.len() > 1,
        "the command speaks more than English"
    );
}
