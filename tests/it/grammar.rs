//! Other systems' names as their owners read them. The owners' own test tables, row for row, in
//! `tests/fixtures/owners/` (each with its repository, path, commit and licence, Apache-2.0):
//! distribution/reference's `reference_test.go` and `normalize_test.go` and go-digest's digest
//! tests through AML809, Kubernetes' `validation_test.go` (RFC 1123 labels and subdomains, label
//! keys and values) through AML805 and AML806, its `quantity_test.go` through AML806. Where amlint
//! reports something else on purpose, the row says what and why (`amlint`). Also a few rows of
//! amlint's own, and Azure's DNS label for an AKS cluster's leaf domain.

use amlint::{Options, check_text};

fn image_findings(reference: &str) -> Vec<String> {
    findings(&image_spec(reference), "AML809")
}

/// The message ids of a rule's findings on a spec.
fn findings(spec: &str, code: &str) -> Vec<String> {
    check_text(spec, &Options::default())
        .diagnostics
        .iter()
        .filter(|d| d.code() == code)
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

/// Where an owner's table is run: the spec that puts a row's input where the rule reads it, the
/// rule, and what amlint reports for an input the owner refuses.
struct Place {
    code: &'static str,
    refused: &'static str,
    spec: fn(&str) -> String,
}

/// A value as a JSON string: a valid YAML double-quoted scalar whatever the row holds (spaces,
/// backslashes, non-ASCII), read back as exactly that text.
fn quoted(value: &str) -> String {
    serde_json::to_string(value).unwrap()
}

fn image_spec(reference: &str) -> String {
    format!(
        "name: ci-dev\ntype: computeinstance\nidle_time_before_shutdown_minutes: 60\ncustom_applications:\n  - name: app\n    image: {{reference: {}}}\n    endpoints: [{{target: 8787, published: 8890}}]\n",
        quoted(reference)
    )
}

fn kubernetes_spec(namespace: &str, properties: &str) -> String {
    format!(
        "name: k8s-compute\ntype: kubernetes\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc\nnamespace: {}\nproperties: {properties}\n",
        quoted(namespace)
    )
}

const IMAGE: Place = Place {
    code: "AML809",
    refused: "AML809",
    spec: image_spec,
};

/// Runs every row of a fixture in `tests/fixtures/owners/` through amlint at its table's place and
/// expects the owner's verdict: no finding for an input the owner accepts, the place's finding for
/// one it refuses — or, where the row has an `amlint` override, exactly the findings it names, for
/// the reason it gives (an override that agrees with the owner is stale and fails too). Returns
/// how many rows ran.
fn owners_table(fixture: &str, place: impl Fn(&str) -> Place) -> usize {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/owners")
        .join(fixture);
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    // Where the rows come from, and under which licence.
    let source = &doc["source"];
    assert!(
        source["repository"]
            .as_str()
            .is_some_and(|r| r.starts_with("github.com/")),
        "{fixture}: source.repository"
    );
    assert!(
        source["path"].is_string() || source["paths"].is_array(),
        "{fixture}: source.path"
    );
    assert!(
        source["commit"]
            .as_str()
            .is_some_and(|c| c.len() == 40 && c.bytes().all(|b| b.is_ascii_hexdigit())),
        "{fixture}: source.commit"
    );
    assert!(
        doc["licence"]
            .as_str()
            .is_some_and(|l| l.starts_with("Apache-2.0")),
        "{fixture}: licence"
    );
    let mut rows = 0;
    let mut wrong = Vec::new();
    for table in doc["tables"].as_array().unwrap() {
        let test = table["test"].as_str().unwrap();
        let place = place(test);
        for row in table["rows"].as_array().unwrap() {
            let input = row["input"].as_str().unwrap();
            let valid = row["valid"].as_bool().unwrap();
            let owner: Vec<String> = if valid {
                Vec::new()
            } else {
                vec![place.refused.to_owned()]
            };
            let expected = match row.get("amlint") {
                None => owner,
                Some(over) => {
                    let findings: Vec<String> = over["findings"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|f| f.as_str().unwrap().to_owned())
                        .collect();
                    let reason = over["reason"].as_str().unwrap_or_default();
                    if findings == owner || reason.trim().is_empty() {
                        wrong.push(format!(
                            "{test} {input:?}: override without a difference or a reason"
                        ));
                    }
                    findings
                }
            };
            let found = findings(&(place.spec)(input), place.code);
            if found != expected {
                wrong.push(format!(
                    "{test} {input:?}: owner says valid={valid}, expected {expected:?}, amlint {found:?}"
                ));
            }
            rows += 1;
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {rows} rows of {fixture}:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    rows
}

/// distribution/reference's `TestReferenceParse` (`reference.Parse`) and the tables of its
/// `normalize_test.go` (`ParseNormalizedNamed`, `ParseAnyReference`, `ParseDockerRef`, which
/// Docker runs on what it is told to pull), through AML809.
#[test]
fn distribution_reference_tables_row_for_row() {
    assert!(owners_table("distribution-reference-parse.json", |_| IMAGE) > 40);
    assert!(owners_table("distribution-reference-normalize.json", |_| IMAGE) > 150);
}

/// go-digest's digest tables, each digest after a repository (`app@<digest>`), through AML809.
#[test]
fn go_digest_tables_row_for_row() {
    let place = |_: &str| Place {
        spec: |digest| image_spec(&format!("app@{digest}")),
        ..IMAGE
    };
    assert!(owners_table("go-digest.json", place) > 20);
}

/// Kubernetes' `validation_test.go`: RFC 1123 labels at `namespace`, subdomains as instance type
/// names, qualified names as node selector keys, label values as their values (AML805, AML806).
#[test]
fn kubernetes_validation_tables_row_for_row() {
    let place = |test: &str| match test {
        "TestIsDNS1123Label" => Place {
            code: "AML805",
            refused: "AML805",
            spec: |name| kubernetes_spec(name, "{}"),
        },
        "TestIsDNS1123Subdomain" => Place {
            code: "AML805",
            refused: "AML805.instance_type",
            spec: |name| {
                kubernetes_spec(
                    "azureml",
                    &format!("{{instanceTypes: {{{}: {{}}}}}}", quoted(name)),
                )
            },
        },
        "TestIsQualifiedName" => Place {
            code: "AML806",
            refused: "AML806.label_key",
            spec: |key| {
                kubernetes_spec(
                    "azureml",
                    &format!(
                        "{{instanceTypes: {{small: {{nodeSelector: {{{}: pool}}}}}}}}",
                        quoted(key)
                    ),
                )
            },
        },
        "TestIsValidLabelValue" => Place {
            code: "AML806",
            refused: "AML806.label_value",
            spec: |value| {
                kubernetes_spec(
                    "azureml",
                    &format!(
                        "{{instanceTypes: {{small: {{nodeSelector: {{agentpool: {}}}}}}}}}",
                        quoted(value)
                    ),
                )
            },
        },
        other => panic!("no place for {other}"),
    };
    assert!(owners_table("kubernetes-validation.json", place) > 150);
}

/// Kubernetes' `quantity_test.go`: every quantity its tests parse or refuse, as an instance type's
/// CPU request (AML806).
#[test]
fn kubernetes_quantity_tables_row_for_row() {
    let place = |_: &str| Place {
        code: "AML806",
        refused: "AML806",
        spec: |quantity| {
            kubernetes_spec(
                "azureml",
                &format!(
                    "{{instanceTypes: {{small: {{resources: {{requests: {{cpu: {}}}}}}}}}}}",
                    quoted(quantity)
                ),
            )
        },
    };
    assert!(owners_table("kubernetes-quantity.json", place) > 400);
}
