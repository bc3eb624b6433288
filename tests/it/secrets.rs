//! No output ever shows a secret. Specs that hide random secrets in every odd place a careless
//! or hostile author could put one — through aliases, under misspelt keys, in broken YAML, in
//! values shaped like credentials — go through every output amlint has, and the secret must not
//! appear in any of them.

use std::process::Command;

use amlint::report::{Edge, File, Settings};
use amlint::source::Encoding;
use amlint::{Locale, Options, check_bytes, check_files};

/// A secret of 20 letters and digits that appears nowhere by chance.
fn secret(seed: u64) -> String {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..20)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let alphabet = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
            char::from(alphabet[usize::try_from(state % 55).unwrap()])
        })
        .collect()
}

/// Specs with `{S}` where the secret goes, as bytes (some are not UTF-8).
const CORPUS: &[(&str, &[u8])] = &[
    // A secret reused through an alias: as the name, the identity type, the tier, the size, the
    // description, and as a key (then it is in the pointer too).
    ("alias-name", b"ssh_settings:\n  admin_username: azureuser\n  admin_password: &p Hunter2-{S}\nname: *p\ntype: amlcompute\n"),
    ("alias-identity", b"ssh_settings:\n  admin_username: azureuser\n  admin_password: &p {S}\nname: cpu-cluster\ntype: amlcompute\nidentity:\n  type: *p\n"),
    ("alias-tier", b"ssh_settings:\n  admin_username: azureuser\n  admin_password: &p {S}\nname: cpu-cluster\ntype: amlcompute\ntier: *p\n"),
    ("alias-size", b"ssh_settings:\n  admin_username: azureuser\n  admin_password: &p {S}\nname: cpu-cluster\ntype: amlcompute\nsize: *p\n"),
    ("alias-description", b"ssh_settings:\n  admin_username: azureuser\n  admin_password: &p {S}\nname: cpu-cluster\ntype: amlcompute\ndescription: [*p]\n"),
    ("alias-key", b"ssh_settings:\n  admin_username: azureuser\n  admin_password: &p {S}\nname: cpu-cluster\ntype: amlcompute\n*p : 1\ntags:\n  *p : [1]\n"),
    ("alias-anchor-elsewhere", b"description: &p {S}\nname: cpu-cluster\ntype: amlcompute\nssh_settings:\n  admin_username: azureuser\n  admin_password: *p\nlocation: *p\n"),
    // Misspelt secret keys.
    ("misspelt-pasword", b"name: cpu-cluster\ntype: amlcompute\nssh_settings:\n  admin_username: azureuser\n  admin_pasword: {S}\n"),
    ("misspelt-passwd", b"name: cpu-cluster\ntype: amlcompute\nssh_settings:\n  admin_username: azureuser\n  admin_passwd: {S}\n"),
    ("misspelt-pwd", b"name: cpu-cluster\ntype: amlcompute\nadmin_pwd: {S}\n"),
    ("misspelt-token", b"name: dbx\ntype: databricks\nacess_tokn: {S}\n"),
    // Broken YAML around a secret.
    ("broken-flow", b"name: cpu-cluster\ntype: amlcompute\nssh_settings: {admin_username: u, admin_password: {S}, [}\n"),
    ("broken-block", b"name: cpu-cluster\ntype: amlcompute\nssh_settings:\n  admin_password: {S}\n  [broken\n"),
    ("latin1-on-the-line", b"name: cpu-cluster\ntype: amlcompute\nssh_settings:\n  admin_username: azureuser\n  admin_password: {S}\xe9\n"),
    ("nul-on-the-line", b"name: cpu-cluster\ntype: amlcompute\nssh_settings:\n  admin_username: azureuser\n  admin_password: {S}\x00\n"),
    ("tab-on-the-line", b"name: cpu-cluster\ntype: amlcompute\nssh_settings:\n  admin_username: azureuser\n  admin_password:\t{S}\n"),
    ("bad-tag", b"name: cpu-cluster\ntype: amlcompute\nssh_settings:\n  admin_username: azureuser\n  admin_password: !!int {S}\n"),
    // Secret-shaped values under keys that are not secret fields.
    ("sas-in-subnet", b"name: cpu-cluster\ntype: amlcompute\nnetwork_settings:\n  subnet: https://acct.blob.core.windows.net/c?sv=2022-11-02&sig={S}\n"),
    ("sas-in-resource-id", b"name: arc\ntype: kubernetes\nresource_id: /subscriptions/x/resourceGroups/rg?sig={S}\n"),
    ("sas-in-script", b"name: ci-dev\ntype: computeinstance\nsetup_scripts:\n  creation_script:\n    path: https://acct.blob.core.windows.net/s/setup.sh?se=2030&sig={S}\n    timeout_minutes: 0\n"),
    ("connection-string-in-tag", b"name: cpu-cluster\ntype: amlcompute\ntags:\n  conn: DefaultEndpointsProtocol=https;AccountName=a;AccountKey={S};EndpointSuffix=core.windows.net\n  n: 1\n"),
    ("private-key-body", b"name: ci-dev\ntype: computeinstance\nssh_public_access_enabled: true\nssh_settings:\n  ssh_key_value: b3BlbnNzaC1rZXktdjE{S}\n"),
    ("bearer-token", b"name: cpu-cluster\ntype: amlcompute\ndescription: 1\ntags:\n  auth: Bearer {S}\n  x: [1]\n"),
    ("two-documents", b"name: a\ntype: amlcompute\nssh_settings:\n  admin_username: u\n  admin_password: {S}\n---\nname: b\ntype: amlcompute\n"),
];

fn corpus(seed: u64) -> Vec<(String, String, Vec<u8>)> {
    CORPUS
        .iter()
        .enumerate()
        .map(|(i, (name, template))| {
            let secret = secret(seed + i as u64);
            let text = String::from_utf8_lossy(template).replace("{S}", &secret);
            // Templates that are not UTF-8 keep their bytes.
            let bytes = if std::str::from_utf8(template).is_ok() {
                text.into_bytes()
            } else {
                let mut bytes = Vec::new();
                let parts: Vec<&[u8]> = template.split(|b| *b == b'{').collect();
                for (at, part) in parts.iter().enumerate() {
                    if at > 0 {
                        let rest = part.strip_prefix(b"S}").unwrap();
                        bytes.extend_from_slice(secret.as_bytes());
                        bytes.extend_from_slice(rest);
                    } else {
                        bytes.extend_from_slice(part);
                    }
                }
                bytes
            };
            ((*name).to_owned(), secret, bytes)
        })
        .collect()
}

/// Everything the library turns a report into: every format, and every finding's text as the
/// npm package hands it over (message, params, pointer).
fn library_output(files: &[File]) -> String {
    let settings = Settings::default();
    let mut out = crate::support::every_output(files);
    for file in files {
        for encoding in [Encoding::Chars, Encoding::Utf16] {
            let edge = Edge::new(&file.text, &file.report.secrets, settings, encoding);
            for d in &file.report.diagnostics {
                let found = edge.finding(d);
                out.push_str(&format!(
                    "{} {} {:?}\n",
                    found.pointer, found.message, found.params
                ));
                out.push_str(&d.message(Locale::En));
                out.push_str(&format!("{:?}", d.params(Locale::En)));
            }
        }
    }
    out
}

#[test]
fn no_output_of_the_library_shows_a_secret() {
    for seed in [1, 2, 3] {
        let corpus = corpus(seed * 1000);
        let mut files: Vec<File> = corpus
            .iter()
            .map(|(name, _, bytes)| File {
                label: format!("{name}.yml"),
                text: String::from_utf8_lossy(bytes).into_owned(),
                report: check_bytes(bytes, &Options::default()),
            })
            .collect();
        check_files(&mut files);
        for ((name, secret, _), file) in corpus.iter().zip(&files) {
            assert!(
                !file.report.diagnostics.is_empty(),
                "{name}: no finding, so nothing was tried"
            );
            let out = library_output(std::slice::from_ref(file));
            assert!(
                !out.contains(secret.as_str()),
                "{name} shows its secret:\n{out}"
            );
        }
        // All files in one report too: the cross-file rules see every name.
        let out = library_output(&files);
        for (name, secret, _) in &corpus {
            assert!(
                !out.contains(secret.as_str()),
                "{name} shows its secret in the whole run"
            );
        }
    }
}

#[test]
fn no_output_of_the_command_shows_a_secret() {
    let corpus = corpus(7000);
    let dir = std::env::temp_dir().join(format!("amlint-secrets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, _, bytes) in &corpus {
        std::fs::write(dir.join(format!("{name}.yml")), bytes).unwrap();
    }
    let out = std::env::temp_dir().join(format!("amlint-secrets-out-{}", std::process::id()));
    std::fs::create_dir_all(&out).unwrap();
    let summary = out.join("step-summary.md");
    for format in amlint::report::Format::ALL {
        for color in ["never", "always"] {
            let output = Command::new(env!("CARGO_BIN_EXE_amlint"))
                .args([
                    "check",
                    "--isolated",
                    "--format",
                    format.name(),
                    "--color",
                    color,
                ])
                .arg(&dir)
                .arg("--report")
                .arg(format!("sarif={}", out.join("report.sarif").display()))
                .env("GITHUB_STEP_SUMMARY", &summary)
                .output()
                .unwrap();
            let stats = Command::new(env!("CARGO_BIN_EXE_amlint"))
                .args(["check", "--isolated", "--statistics", "-o"])
                .arg(out.join("stats.txt"))
                .arg(&dir)
                .output()
                .unwrap();
            let baseline = Command::new(env!("CARGO_BIN_EXE_amlint"))
                .args(["check", "--isolated", "--write-baseline"])
                .arg(out.join("baseline.json"))
                .arg(&dir)
                .output()
                .unwrap();
            // The preview of fixes shows the files' own lines: secrets masked, fixes that touch one
            // left out.
            let diff = Command::new(env!("CARGO_BIN_EXE_amlint"))
                .args(["check", "--isolated", "--diff", "--unsafe-fixes"])
                .arg(&dir)
                .output()
                .unwrap();
            let stdout = String::from_utf8_lossy(&output.stdout);
            assert!(stdout.contains("AML504"), "{}: {stdout}", format.name());
            let mut text = format!(
                "{stdout}{}{}{}{}{}",
                String::from_utf8_lossy(&output.stderr),
                String::from_utf8_lossy(&stats.stderr),
                String::from_utf8_lossy(&baseline.stderr),
                String::from_utf8_lossy(&diff.stdout),
                String::from_utf8_lossy(&diff.stderr),
            );
            // Every file the runs wrote: the reports, the baseline, the step summary.
            for entry in std::fs::read_dir(&out).unwrap() {
                text.push_str(&String::from_utf8_lossy(
                    &std::fs::read(entry.unwrap().path()).unwrap(),
                ));
            }
            assert!(!text.is_empty());
            for (name, secret, _) in &corpus {
                assert!(
                    !text.contains(secret.as_str()),
                    "{}: {name} shows its secret:\n{text}",
                    format.name()
                );
            }
        }
    }
    std::fs::remove_dir_all(&out).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
}
