//! Other systems' names as their owners read them: distribution/reference's own
//! `TestReferenceParse` table (`tests/fixtures/owners/`, Apache-2.0, with its source commit), row
//! for row; a few rows of the kinds its `normalize_test.go` and go-digest's tests hold; and Azure's
//! DNS label for an AKS cluster's leaf domain. Kubernetes' and go-digest's tables are still to port.

use amlint::{Options, check_text};

fn image_findings(reference: &str) -> Vec<String> {
    // As a JSON string: a valid YAML double-quoted scalar whatever the row holds.
    let quoted = serde_json::to_string(reference).unwrap();
    let spec = format!(
        "name: ci-dev\ntype: computeinstance\nidle_time_before_shutdown_minutes: 60\ncustom_applications:\n  - name: app\n    image: {{reference: {quoted}}}\n    endpoints: [{{target: 8787, published: 8890}}]\n"
    );
    check_text(&spec, &Options::default())
        .diagnostics
        .iter()
        .filter(|d| d.code() == "AML809")
        .map(|d| d.message_id.to_owned())
        .collect()
}

#[test]
fn image_references_follow_distribution_and_go_digest() {
    let sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    let rows: &[(&str, &[&str])] = &[
        // Valid references (reference_test.go, normalize_test.go).
        ("docker/docker", &[]),
        ("localhost:5000/foo/bar:tag", &[]),
        ("registry.example.com/a/b/c", &[]),
        (&format!("foo/bar@sha256:{sha}"), &[]),
        // `Docker/docker` parses: the upper-case first part is a host (splitDockerDomain), which
        // will not resolve — a finding of its own.
        ("Docker/docker", &["AML809.host"]),
        // Invalid (reference_test.go): upper case in the repository, a digest of 40 hex digits,
        // upper-case hex, an algorithm go-digest does not know.
        ("docker/Docker", &["AML809"]),
        (
            "foo/bar@sha256:0123456789abcdef0123456789abcdef01234567",
            &["AML809"],
        ),
        (
            &format!("foo/bar@sha256:{}", sha.to_uppercase()),
            &["AML809"],
        ),
        ("foo/bar@md5:0123456789abcdef0123456789abcdef", &["AML809"]),
    ];
    for (reference, want) in rows {
        assert_eq!(image_findings(reference), *want, "{reference}");
    }
}

#[test]
fn a_leaf_domain_label_leaves_room_for_what_azure_appends() {
    let spec = |label: &str| {
        format!(
            "name: aks-prod\ntype: aks\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks\nssl:\n  status: Auto\n  leaf_domain_label: {label}\n  overwrite_existing_domain: false\n"
        )
    };
    let codes = |label: &str| -> Vec<String> {
        check_text(&spec(label), &Options::default())
            .diagnostics
            .iter()
            .filter(|d| d.code() == "AML810")
            .map(|d| d.message_id.to_owned())
            .collect()
    };
    assert_eq!(codes(&"a".repeat(57)), Vec::<String>::new());
    assert_eq!(codes(&"a".repeat(58)), ["AML810.leaf"]);
    assert_eq!(codes(&"a".repeat(63)), ["AML810.leaf"]);
    assert_eq!(codes(&"a".repeat(64)), ["AML810"]);
}

/// The owner's own table: every row of distribution/reference's `TestReferenceParse`
/// (`tests/fixtures/owners/`), through AML809. Where amlint's verdict differs on purpose, the row
/// is listed here with the reason.
#[test]
fn distribution_reference_parse_table_row_for_row() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/owners/distribution-reference-parse.json");
    let table: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    // The table's verdicts are for go-digest with sha256 alone registered (its comment: "sha512
    // is valid, but not registered by default"), as amlint reads digests; its `Uppercase/...` row is
    // commented out there ("Uppercase" is a domain name: AML809.host here).
    let mut wrong = Vec::new();
    for row in table["rows"].as_array().unwrap() {
        let input = row["input"].as_str().unwrap();
        let valid = row["valid"].as_bool().unwrap();
        let found = image_findings(input);
        let invalid_to_amlint = found.iter().any(|id| id == "AML809");
        let expected_invalid = !valid;
        // An empty reference is no reference: the field is then just empty (AML809 has nothing
        // to parse), which the shape rules report.
        if input.is_empty() {
            continue;
        }
        if invalid_to_amlint != expected_invalid {
            wrong.push(format!(
                "{input:?}: owner says valid={valid}, amlint {found:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
