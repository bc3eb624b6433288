//! Any bytes, as an earlier spec and a spec (split at the first NUL): the spec checked against
//! the earlier one, every output rendered, and its fixes applied. Nothing may panic; no output
//! may show a secret of either file; a file that read cleanly still reads after its safe fixes,
//! which leave nothing safe to fix and never change a secret.
#![no_main]

use std::sync::Arc;

use amlint::apply::fix_text;
use amlint::context::Context;
use amlint::report::{self, File, Format, Settings, Style};
use amlint::{Locale, Options, check_text, check_files, read_document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (previous, spec) = match data.iter().position(|b| *b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (&b""[..], data),
    };
    let (Ok(previous), Ok(spec)) = (std::str::from_utf8(previous), std::str::from_utf8(spec)) else {
        return;
    };
    let mut options = Options::default();
    let mut context = Context::new();
    let mut earlier_secrets = Vec::new();
    if !previous.is_empty() && context.add_previous_text("old.yml", previous, Locale::En).is_ok() {
        earlier_secrets = context.secrets().to_vec();
        options.context = Some(Arc::new(context.paired()));
    }
    let report = check_text(spec, &options);
    let secrets: Vec<String> = report
        .secrets
        .values
        .iter()
        .chain(&earlier_secrets)
        // Long, not from bytes that are not text (U+FFFD stands for control characters in output
        // too), and not a word: a secret that is a word amlint knows (`SystemAssigned`, under a
        // key like `privkey_x`) is in its messages and lists of allowed values anyway.
        .filter(|s| {
            s.len() >= 12
                && !s.contains('\u{FFFD}')
                && !s.chars().all(|c| c.is_ascii_alphabetic() || c == '_')
        })
        .cloned()
        .collect();
    let mut files = vec![File { label: "new.yml".to_owned(), text: spec.to_owned(), report }];
    check_files(&mut files);
    let settings = Settings::default();
    let mut out = String::new();
    for format in Format::ALL {
        out.push_str(&report::render(*format, &files, &settings, Style::Plain, true, 1));
    }
    for secret in &secrets {
        // A secret that is also written elsewhere in the spec as plain text is the author's.
        assert!(!out.contains(secret.as_str()), "a secret is shown: {secret:?}");
    }

    let readable = read_document(spec, &options).is_some()
        && !files[0].report.diagnostics.iter().any(|d| d.rule.code == "AML001");
    let fixed = fix_text(spec, &options, false);
    if readable && fixed.fixed > 0 {
        assert!(read_document(&fixed.text, &options).is_some(), "a safe fix broke the file");
        assert_eq!(fix_text(&fixed.text, &options, false).fixed, 0, "safe fixes do not converge");
        for secret in &files[0].report.secrets.values {
            if secret.len() >= 6 {
                assert_eq!(
                    spec.matches(secret.as_str()).count(),
                    fixed.text.matches(secret.as_str()).count(),
                    "a safe fix changed a secret"
                );
            }
        }
    }
    let _ = fix_text(spec, &options, true);
});
