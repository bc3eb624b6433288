//! Generated files must match what the code generates. `AMLINT_UPDATE=1 cargo test` rewrites
//! them.

use std::process::Command;

fn assert_current(path: &str, args: &[&str]) {
    let output = Command::new(env!("CARGO_BIN_EXE_amlint"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let generated = String::from_utf8(output.stdout).unwrap();
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("AMLINT_UPDATE").is_some() {
        std::fs::write(&full, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&full).unwrap_or_default();
    assert!(
        committed == generated,
        "{path} is stale: run `AMLINT_UPDATE=1 cargo test --test it docs` and commit the result"
    );
}

#[test]
fn rules_reference_is_current() {
    assert_current("docs/rules.md", &["rules", "--format", "markdown"]);
}
