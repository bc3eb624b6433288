//! Any bytes, as an ARM template or REST body (and as its own parameter file): checked, then
//! rendered in every format. Nothing may panic, and no output may show a long secret the
//! pipeline found.
#![no_main]

use amlint::report::{self, File, Format, Settings, Style};
use amlint::{Options, check_arm_text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let report = check_arm_text(&text, Some(&text), &Options::default());
    let files = vec![File {
        label: "azuredeploy.json".to_owned(),
        text,
        report,
    }];
    let settings = Settings::default();
    let mut out = String::new();
    for format in Format::ALL {
        out.push_str(&report::render(*format, &files, &settings, Style::Ansi, true, 1));
    }
    for secret in &files[0].report.secrets.values {
        // Short values can stand in line numbers or words by chance; long ones cannot. A plain
        // word under a secret-looking key (`defaultInstapwdType: defaultInstanceType`) can be a
        // word amlint's own docs and messages name anyway, as in `text_to_report`.
        let word = secret.chars().all(|c| c.is_ascii_alphabetic() || c == '_');
        if secret.chars().count() >= 12 && secret.chars().all(|c| c.is_ascii_graphic()) && !word {
            assert!(!out.contains(secret.as_str()), "a secret is shown");
        }
    }
});
