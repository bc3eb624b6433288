//! Any bytes, as a spec file: checked, then rendered in every format through the report edge.
//! Nothing may panic, and no output may show a secret the pipeline found.
#![no_main]

use amlint::report::{self, Baseline, File, Format, Settings, Style};
use amlint::{Options, check_bytes, check_files};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let report = check_bytes(data, &Options::default());
    let mut files = vec![File {
        label: "spec.yml".to_owned(),
        text: String::from_utf8_lossy(data).into_owned(),
        report,
    }];
    check_files(&mut files);
    let settings = Settings::default();
    let mut out = report::statistics(&files, amlint::Locale::En);
    for format in Format::ALL {
        out.push_str(&report::render(*format, &files, &settings, Style::Ansi, true, 1));
    }
    out.push_str(&report::github_summary(&files, &settings));
    out.push_str(&Baseline::write(&files, &settings));
    for secret in &files[0].report.secrets.values {
        // Short values (`u`) can stand in line numbers or words by chance; long ones cannot.
        // Bytes that are not text read as U+FFFD, which output also shows for control
        // characters: such a value can appear without its bytes being shown.
        // A plain word under a secret-looking key (`virtualmachine` under `tyaccountkeype`) can
        // be a word amlint's messages name anyway.
        let word = secret.chars().all(|c| c.is_ascii_alphabetic() || c == '_');
        if secret.len() >= 12 && !secret.contains('\u{FFFD}') && !word {
            assert!(!out.contains(secret.as_str()), "a secret is shown: {secret:?}");
        }
    }
});
