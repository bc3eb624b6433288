//! Other systems' names as their owners read them: rows of the kinds distribution/reference's
//! `reference_test.go` and `normalize_test.go` and go-digest's tests hold (written here, not
//! copied; porting those tables whole is still to do), and Azure's DNS label for an AKS
//! cluster's leaf domain. Each row says what amlint reports for it.

use amlint::{Options, check_text};

fn image_findings(reference: &str) -> Vec<String> {
    let spec = format!(
        "name: ci-dev\ntype: computeinstance\nidle_time_before_shutdown_minutes: 60\ncustom_applications:\n  - name: app\n    image: {{reference: \"{reference}\"}}\n    endpoints: [{{target: 8787, published: 8890}}]\n"
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
