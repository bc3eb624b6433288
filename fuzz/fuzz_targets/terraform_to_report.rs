//! Any bytes, as a Terraform file (and as its module's other file and var file) and as a
//! Terraform plan: checked, then rendered in every format. Nothing may panic, and no output may
//! show a long secret the pipeline found.
#![no_main]

use amlint::report::{self, File, Format, Settings, Style};
use amlint::{Options, TerraformModule, check_terraform_plan_text, check_terraform_text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let texts = [text.clone()];
    let module = TerraformModule::new(&texts, &texts);
    let files = vec![
        File {
            label: "main.tf".to_owned(),
            text: text.clone(),
            report: check_terraform_text(&text, &module, &Options::default()),
        },
        File {
            label: "plan.json".to_owned(),
            text: text.clone(),
            report: check_terraform_plan_text(&text, &Options::default()),
        },
    ];
    let settings = Settings::default();
    let mut out = String::new();
    for format in Format::ALL {
        out.push_str(&report::render(*format, &files, &settings, Style::Ansi, true, 1));
    }
    for file in &files {
        for secret in &file.report.secrets.values {
            // As in `template_to_report`: long values only, not plain words.
            let word = secret.chars().all(|c| c.is_ascii_alphabetic() || c == '_');
            if secret.chars().count() >= 12 && secret.chars().all(|c| c.is_ascii_graphic()) && !word
            {
                assert!(!out.contains(secret.as_str()), "a secret is shown");
            }
        }
    }
});
