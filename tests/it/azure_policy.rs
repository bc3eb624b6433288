//! The organisation's Azure Policy definitions (`rules/azure_policy.rs`): every vendored definition
//! evaluated on a table of specs, each verdict derived from the policy's text and what az ml sends
//! for the spec (the reasoning is beside each row), and hostile policies.

use std::sync::Arc;

use amlint::context::Context;
use amlint::{ContextFile, Locale, Options, check_text};

const VENDORED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/azure_policy/vendored");

fn vendored(file: &str) -> String {
    let folder = if file.starts_with("Deny-") {
        "alz"
    } else {
        "azure-policy"
    };
    std::fs::read_to_string(format!("{VENDORED}/{folder}/{file}")).unwrap()
}

fn options(policies: &[&str]) -> Options {
    let mut context = Context::new();
    for (i, text) in policies.iter().enumerate() {
        context
            .add(
                ContextFile::Policy,
                &format!("policy{i}.json"),
                text,
                Locale::En,
            )
            .unwrap();
    }
    Options {
        context: Some(Arc::new(context)),
        ..Options::default()
    }
}

/// The policy findings (AML95x) of a spec: code, and whether the message says the evaluation
/// fails (AML953's variant).
fn verdicts(policy: &str, spec: &str) -> Vec<String> {
    check_text(spec, &options(&[policy]))
        .diagnostics
        .iter()
        .filter(|d| d.code().starts_with("AML95"))
        .map(|d| {
            let message = d.message(Locale::En);
            if d.code() == "AML953" && message.contains(" fails on ") {
                "AML953 fails".to_owned()
            } else {
                d.code().to_owned()
            }
        })
        .collect()
}

// What az ml sends for each (projection.rs; the client defaults in the field tables):
/// size STANDARD_DS3_V2, minNodeCount 0, maxNodeCount 4, nodeIdleTimeBeforeScaleDown PT2M; no
/// remoteLoginPortPublicAccess, subnet or disableLocalAuth.
const CLUSTER_DEFAULTS: &str = "name: cpu-cluster\ntype: amlcompute\n";
/// Standard_DS3_v2, 0 to 4 nodes, PT59S, remote login Disabled, a subnet.
const CLUSTER_LOCKED: &str = "name: cpu-cluster\ntype: amlcompute\nsize: Standard_DS3_v2\nmin_instances: 0\nmax_instances: 4\nidle_time_before_scale_down: 59\nssh_public_access_enabled: false\nnetwork_settings:\n  subnet: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/ml\n";
/// A GPU size outside the Landing Zones list, 2 to 20 nodes, PT30M, remote login Enabled.
const CLUSTER_BIG: &str = "name: gpu-cluster\ntype: amlcompute\nsize: Standard_NC24ads_A100_v4\nmin_instances: 2\nmax_instances: 20\nidle_time_before_scale_down: 1800\nssh_public_access_enabled: true\n";
/// 3,601 seconds: az ml sends PT1H1S.
const CLUSTER_HOUR: &str = "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nidle_time_before_scale_down: 3601\nssh_public_access_enabled: false\n";
/// size STANDARD_DS3_V2; no idle shutdown, no subnet.
const INSTANCE_DEFAULTS: &str = "name: ci-alice\ntype: computeinstance\n";
/// Idle shutdown after 30 minutes (PT30M) and a subnet.
const INSTANCE_IDLE: &str = "name: ci-alice\ntype: computeinstance\nidle_time_before_shutdown_minutes: 30\nnetwork_settings:\n  subnet: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/ml\n";
/// An AKS cluster created (no `resource_id`), and one attached.
const AKS_CREATED: &str = "name: scoring\ntype: aks\nsize: Standard_D3_v2\nagent_count: 3\n";
const AKS_ATTACHED: &str = "name: scoring\ntype: aks\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks\n";

#[test]
fn every_vendored_definition_gives_the_verdict_its_text_implies() {
    #[rustfmt::skip]
    let table: &[(&str, &str, &[&str], &str)] = &[
        // Deny unless vmSize is in allowedVmSizes (default list holds Standard_DS3_v2; `in`
        // compares without regard to case, so az ml's STANDARD_DS3_V2 is allowed).
        ("Deny-MachineLearning-Compute-VmSize.alz_policy_definition.json", CLUSTER_DEFAULTS, &[], "the client default size is listed"),
        ("Deny-MachineLearning-Compute-VmSize.alz_policy_definition.json", CLUSTER_BIG, &["AML950"], "an A100 size is not listed"),
        ("Deny-MachineLearning-Compute-VmSize.alz_policy_definition.json", INSTANCE_DEFAULTS, &[], "instances too, with the same default"),
        ("Deny-MachineLearning-Compute-VmSize.alz_policy_definition.json", AKS_CREATED, &[], "AKS is not in its computeType list"),
        // Deny AmlCompute when maxNodeCount > 10, minNodeCount > 0, or the idle time read by
        // int(last(split(replace(...)))) > 900.
        ("Deny-MachineLearning-ComputeCluster-Scale.alz_policy_definition.json", CLUSTER_DEFAULTS, &["AML952", "AML953 fails"], "4 and 0 pass; PT2M becomes '//2/', whose last part '' int() refuses: Azure denies"),
        ("Deny-MachineLearning-ComputeCluster-Scale.alz_policy_definition.json", CLUSTER_LOCKED, &[], "PT59S is read as 59"),
        ("Deny-MachineLearning-ComputeCluster-Scale.alz_policy_definition.json", CLUSTER_BIG, &["AML950"], "20 nodes > 10: anyOf stops before the idle time"),
        ("Deny-MachineLearning-ComputeCluster-Scale.alz_policy_definition.json", CLUSTER_HOUR, &["AML953"], "PT1H1S is read as 1 (passes); PT3601S would be denied"),
        ("Deny-MachineLearning-ComputeCluster-Scale.alz_policy_definition.json", INSTANCE_DEFAULTS, &[], "clusters only"),
        // Deny AmlCompute unless remoteLoginPortPublicAccess is Disabled.
        ("Deny-MachineLearning-ComputeCluster-RemoteLoginPortPublicAccess.alz_policy_definition.json", CLUSTER_DEFAULTS, &["AML950"], "not stated: exists false"),
        ("Deny-MachineLearning-ComputeCluster-RemoteLoginPortPublicAccess.alz_policy_definition.json", CLUSTER_LOCKED, &[], "ssh_public_access_enabled false is Disabled"),
        ("Deny-MachineLearning-ComputeCluster-RemoteLoginPortPublicAccess.alz_policy_definition.json", CLUSTER_BIG, &["AML950"], "Enabled"),
        // Deny clusters and instances without subnet.id (or an empty one).
        ("Deny-MachineLearning-Compute-SubnetId.alz_policy_definition.json", CLUSTER_DEFAULTS, &["AML950"], "no subnet"),
        ("Deny-MachineLearning-Compute-SubnetId.alz_policy_definition.json", CLUSTER_LOCKED, &[], "a subnet ID"),
        ("Deny-MachineLearning-Compute-SubnetId.alz_policy_definition.json", INSTANCE_IDLE, &[], "a subnet ID"),
        ("Deny-MachineLearning-Compute-SubnetId.alz_policy_definition.json", INSTANCE_DEFAULTS, &["AML950"], "no subnet"),
        // Deny AKS computes without resourceId: created rather than attached.
        ("Deny-MachineLearning-Aks.alz_policy_definition.json", AKS_CREATED, &["AML950"], "created"),
        ("Deny-MachineLearning-Aks.alz_policy_definition.json", AKS_ATTACHED, &[], "attached"),
        ("Deny-MachineLearning-Aks.alz_policy_definition.json", CLUSTER_DEFAULTS, &[], "not AKS"),
        // Audit clusters and instances whose disableLocalAuth is not true: no YAML field states it.
        ("DisableLocalAuth_Audit.json", CLUSTER_DEFAULTS, &["AML951"], "az ml cannot disable local auth"),
        ("DisableLocalAuth_Audit.json", INSTANCE_DEFAULTS, &["AML951"], "nor for instances"),
        ("DisableLocalAuth_Audit.json", AKS_ATTACHED, &[], "not a cluster or instance"),
        // Modify: Azure sets disableLocalAuth to true.
        ("DisableLocalAuth_Modify.json", CLUSTER_DEFAULTS, &["AML956"], "Azure will change it"),
        ("DisableLocalAuth_Modify.json", AKS_CREATED, &[], "not a cluster or instance"),
        // Audit instances without idleTimeBeforeShutdown.
        ("IdleShutdown_Audit.json", INSTANCE_DEFAULTS, &["AML951"], "no idle shutdown is sent"),
        ("IdleShutdown_Audit.json", INSTANCE_IDLE, &[], "PT30M is sent"),
        ("IdleShutdown_Audit.json", CLUSTER_DEFAULTS, &[], "instances only"),
        // Audit clusters and instances without subnet.id.
        ("Vnet_Audit.json", CLUSTER_DEFAULTS, &["AML951"], "no subnet"),
        ("Vnet_Audit.json", CLUSTER_LOCKED, &[], "a subnet"),
        // Audit instances whose image is not the latest: a property Azure sets after creation.
        ("ComputeInstanceUpdates_Audit.json", INSTANCE_DEFAULTS, &["AML955"], "only the deployed instance says"),
        ("ComputeInstanceUpdates_Audit.json", CLUSTER_DEFAULTS, &[], "instances only: decided before the unknown"),
    ];
    let mut wrong = Vec::new();
    for (file, spec, expected, why) in table {
        let got = verdicts(&vendored(file), spec);
        if got != *expected {
            wrong.push(format!(
                "{file} on {spec:?}: {got:?}, expected {expected:?} ({why})"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_vendored_definition_is_in_the_table() {
    let source = include_str!("azure_policy.rs");
    for folder in ["alz", "azure-policy"] {
        for entry in std::fs::read_dir(format!("{VENDORED}/{folder}")).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            assert!(
                source.contains(&format!("(\"{name}\"")),
                "{name} has no row"
            );
        }
    }
}

#[test]
fn assignment_parameters_narrow_the_defaults() {
    let mut context = Context::new();
    let mut given = serde_json::Map::new();
    given.insert(
        "allowedVmSizes".into(),
        serde_json::json!(["Standard_NC24ads_A100_v4"]),
    );
    given.insert("effect".into(), serde_json::json!("Audit"));
    context.set_policy_parameters(given);
    let vm_size = vendored("Deny-MachineLearning-Compute-VmSize.alz_policy_definition.json");
    context
        .add(ContextFile::Policy, "p.json", &vm_size, Locale::En)
        .unwrap();
    let options = Options {
        context: Some(Arc::new(context)),
        ..Options::default()
    };
    let codes = |spec: &str| -> Vec<String> {
        check_text(spec, &options)
            .diagnostics
            .iter()
            .filter(|d| d.code().starts_with("AML95"))
            .map(|d| d.code().to_owned())
            .collect()
    };
    assert_eq!(codes(CLUSTER_BIG), Vec::<String>::new());
    assert_eq!(codes(CLUSTER_DEFAULTS), ["AML951"]);
}

#[test]
fn a_finding_names_the_policy_and_points_at_the_field() {
    let report = check_text(
        CLUSTER_BIG,
        &options(&[&vendored(
            "Deny-MachineLearning-Compute-VmSize.alz_policy_definition.json",
        )]),
    );
    let finding = report
        .diagnostics
        .iter()
        .find(|d| d.code() == "AML950")
        .unwrap();
    assert_eq!(finding.pointer, "/size");
    let message = finding.message(Locale::En);
    assert!(message.contains("Limit allowed vm sizes"), "{message}");
    assert!(
        message.contains("vmSize notIn [\"Standard_D1_v2\""),
        "{message}"
    );
    assert!(
        !message.contains("computeType"),
        "the guards are left out: {message}"
    );
    let dutch = finding.message(Locale::Nl);
    assert!(dutch.starts_with("het beleid"), "{dutch}");
}

/// Policies that try to show what the spec holds, or to exhaust the evaluator.
#[test]
fn hostile_policies_show_no_secret_and_stay_bounded() {
    let secret = "Tr0ub4dor-and-3-more";
    let spec = format!(
        "name: cpu-cluster\ntype: amlcompute\nmax_instances: 2\ntags:\n  token: {secret}\nssh_settings:\n  admin_username: azureuser\n  admin_password: {secret}\n"
    );
    let policy = |value: &str| {
        format!(
            r#"{{"properties": {{"displayName": "hostile", "policyRule": {{"if": {{"value": "{value}", "equals": "x"}}, "then": {{"effect": "deny"}}}}}}}}"#
        )
    };
    let hostile = [
        policy("[int(field('tags')['token'])]"),
        policy("[json('{}')[field('tags')['token']]]"),
        policy("[parameters(field('tags')['token'])]"),
        policy("[substring(field('tags')['token'], 0, 99)]"),
        r#"{"if": {"field": "[concat('tags[', field('tags')['token'])]", "equals": 1}, "then": {"effect": "deny"}}"#.to_owned(),
        policy(&format!(
            "[{}'a'{}]",
            "concat(".repeat(200),
            ")".repeat(200)
        )),
        policy(&format!(
            "[length({})]",
            "createArray(".repeat(70) + &")".repeat(70)
        )),
        policy("[range(0, 100000)]"),
        // Within every per-function limit, beyond the evaluation's work budget.
        policy(&format!(
            "[concat({})]",
            vec!["string(length(range(0, 30000)))"; 150].join(", ")
        )),
    ];
    for text in &hostile {
        let report = check_text(&spec, &options(&[text]));
        for finding in &report.diagnostics {
            for locale in [Locale::En, Locale::Nl] {
                let message = finding.message(locale);
                assert!(!message.contains(secret), "{text}: {message}");
            }
        }
        assert!(
            report.diagnostics.iter().any(|d| d.code() == "AML952"),
            "{text}: the evaluation fails, and Azure denies"
        );
    }
    // JSON nested beyond serde_json's limit is no definition: an error, not a stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let mut context = Context::new();
    assert!(
        context
            .add(ContextFile::Policy, "deep.json", &deep, Locale::En)
            .is_err()
    );
}

#[test]
fn docs_list_every_alias_with_its_path() {
    let docs =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/policy.md")).unwrap();
    for alias in amlint::azure_policy::ALIASES {
        let row = format!("| `{}` | `{}`", alias.name, alias.path);
        assert!(docs.contains(&row), "docs/policy.md lacks {row}");
    }
    for code in [
        "AML950", "AML951", "AML952", "AML953", "AML954", "AML955", "AML956",
    ] {
        assert!(docs.contains(code), "docs/policy.md lacks {code}");
    }
}

/// The schema a form gets under the Landing Zones presets: what a Deny policy allows of a field
/// is in the field's schema, and a client default the policy denies is no default.
#[test]
fn schemas_are_narrowed_by_simple_deny_policies() {
    use amlint::schema::{Draft, for_kind, for_policies};
    let mut context = Context::new();
    let mut given = serde_json::Map::new();
    given.insert(
        "allowedVmSizes".into(),
        serde_json::json!(["Standard_NC4as_T4_v3", "Standard_D4s_v5"]),
    );
    context.set_policy_parameters(given);
    for file in [
        "Deny-MachineLearning-Compute-VmSize.alz_policy_definition.json",
        "Deny-MachineLearning-Compute-SubnetId.alz_policy_definition.json",
        "Deny-MachineLearning-ComputeCluster-Scale.alz_policy_definition.json",
        "DisableLocalAuth_Audit.json",
    ] {
        context
            .add(ContextFile::Policy, file, &vendored(file), Locale::En)
            .unwrap();
    }
    let cap = r#"{"properties": {"displayName": "cap", "policyRule": {"if": {"allOf": [
        {"field": "type", "equals": "Microsoft.MachineLearningServices/workspaces/computes"},
        {"field": "Microsoft.MachineLearningServices/workspaces/computes/scaleSettings.maxNodeCount", "greater": 6}]},
        "then": {"effect": "deny"}}}}"#;
    context
        .add(ContextFile::Policy, "cap.json", cap, Locale::En)
        .unwrap();
    let schema = for_policies(
        for_kind(amlint::Kind::AmlCompute, Draft::Draft07),
        amlint::Kind::AmlCompute,
        context.policies(),
    );
    let root = schema.as_value();
    let size = &root["properties"]["size"];
    assert_eq!(
        size["enum"],
        serde_json::json!(["Standard_NC4as_T4_v3", "Standard_D4s_v5"])
    );
    assert!(
        size.get("default").is_none(),
        "STANDARD_DS3_V2 is denied: {size}"
    );
    assert_eq!(
        root["properties"]["max_instances"]["maximum"],
        serde_json::json!(6)
    );
    let required = root["required"].as_array().unwrap();
    for field in ["size", "network_settings"] {
        assert!(
            required.iter().any(|r| r == field),
            "{field} in {required:?}"
        );
    }
    assert_eq!(
        root["properties"]["network_settings"]["required"],
        serde_json::json!(["subnet"])
    );
    // The Scale policy's anyOf and the Audit policy narrow nothing; an instance is not capped.
    let instance = for_policies(
        for_kind(amlint::Kind::ComputeInstance, Draft::Draft07),
        amlint::Kind::ComputeInstance,
        context.policies(),
    );
    assert!(instance.as_value()["properties"]["size"]["enum"].is_array());
    // A spec the policies allow still matches the narrowed schema; one they deny does not.
    let allowed = serde_json::json!({"name": "gpu", "type": "amlcompute", "size": "Standard_NC4as_T4_v3", "max_instances": 6,
        "network_settings": {"subnet": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/r/providers/Microsoft.Network/virtualNetworks/v/subnets/s"}});
    assert!(jsonschema::draft7::is_valid(root, &allowed));
    let mut denied = allowed.clone();
    denied["max_instances"] = serde_json::json!(8);
    assert!(!jsonschema::draft7::is_valid(root, &denied));
}

/// The simple setting `allowed-sizes` narrows the size field as a policy definition does: names
/// become the `enum` a `notIn` list gives, patterns a `pattern` that matches as `like` does
/// (without regard to case); a denied default goes and the size is required.
#[test]
fn allowed_sizes_settings_narrow_the_schema_as_definitions_do() {
    use amlint::schema::{Draft, for_kind, for_policies};
    let narrowed = |toml_text: &str| {
        let settings: amlint::azure_policy::PolicySettings = toml::from_str(toml_text).unwrap();
        let mut context = Context::new();
        context
            .add_policy_definitions("amlint.toml", settings.definitions(), Locale::En)
            .unwrap();
        let kind = amlint::Kind::AmlCompute;
        for_policies(for_kind(kind, Draft::Draft07), kind, context.policies())
            .as_value()
            .clone()
    };
    // Names: the same enum as the Landing Zones policy with the same list.
    let names = narrowed("allowed-sizes = [\"Standard_NC4as_T4_v3\", \"Standard_D4s_v5\"]\n");
    let size = &names["properties"]["size"];
    assert_eq!(
        size["enum"],
        serde_json::json!(["Standard_NC4as_T4_v3", "Standard_D4s_v5"])
    );
    assert_eq!(
        size["x-amlint-policy"],
        serde_json::json!(["amlint.toml: allowed-sizes"])
    );
    assert!(
        size.get("default").is_none(),
        "the default is denied: {size}"
    );
    // A list that allows the default keeps it, and the size stays optional.
    let with_default = narrowed("allowed-sizes = [\"Standard_DS3_v2\", \"Standard_D4s_v5\"]\n");
    assert_eq!(
        with_default["properties"]["size"]["default"],
        serde_json::json!("Standard_DS3_v2")
    );
    // Patterns: a pattern, case as `like` ignores it.
    let patterns = narrowed("allowed-sizes = [\"Standard_D*_v5\", \"Standard_NC4as_T4_v3\"]\n");
    assert!(patterns["properties"]["size"]["pattern"].is_string());
    assert!(patterns["properties"]["size"].get("enum").is_none());
    let required = patterns["required"].as_array().unwrap();
    assert!(required.iter().any(|r| r == "size"), "{required:?}");
    let spec = |size: &str| serde_json::json!({"name": "cpu", "type": "amlcompute", "size": size});
    for allowed in [
        "Standard_D4s_v5",
        "standard_d96ads_v5",
        "STANDARD_NC4AS_T4_V3",
    ] {
        assert!(
            jsonschema::draft7::is_valid(&patterns, &spec(allowed)),
            "{allowed}"
        );
    }
    for denied in [
        "Standard_DS3_v2",
        "Standard_D4s_v3",
        "Standard_NC4as_T4_v3x",
        "xStandard_D4s_v5",
    ] {
        assert!(
            !jsonschema::draft7::is_valid(&patterns, &spec(denied)),
            "{denied}"
        );
    }
    // An audit setting bounds nothing.
    let audit = narrowed("effect = \"audit\"\nallowed-sizes = [\"Standard_D4s_v5\"]\n");
    assert!(audit["properties"]["size"].get("enum").is_none());
}

mod generated {
    //! Random policy rules: whatever a definition holds, evaluation ends with a verdict (never a
    //! panic), gives the same verdict twice, and a failure names only text the policy wrote.

    use amlint::azure_policy::{Outcome, evaluate};
    use proptest::prelude::*;
    use serde_json::{Value, json};

    const FUNCTIONS: &[&str] = &[
        "concat",
        "split",
        "replace",
        "last",
        "first",
        "int",
        "string",
        "toLower",
        "if",
        "empty",
        "length",
        "substring",
        "contains",
        "equals",
        "not",
        "and",
        "or",
        "greater",
        "add",
        "div",
        "createArray",
        "union",
        "range",
        "json",
        "coalesce",
        "format",
        "padLeft",
        "take",
        "skip",
        "tryGet",
        "current",
        "resourceGroup",
        "nosuch",
        "parameters",
        "field",
    ];
    const FIELDS: &[&str] = &[
        "type",
        "name",
        "location",
        "tags",
        "tags['team']",
        "Microsoft.MachineLearningServices/workspaces/computes/vmSize",
        "Microsoft.MachineLearningServices/workspaces/computes/scaleSettings.nodeIdleTimeBeforeScaleDown",
        "Microsoft.MachineLearningServices/workspaces/computes/unknownAlias",
    ];
    const OPERATORS: &[&str] = &[
        "equals",
        "notEquals",
        "like",
        "notLike",
        "match",
        "contains",
        "in",
        "notIn",
        "containsKey",
        "less",
        "greaterOrEquals",
        "exists",
    ];

    fn expression() -> impl Strategy<Value = String> {
        let leaf = prop_oneof![
            "[a-zA-Z0-9 /'-]{0,8}".prop_map(|s| format!("'{}'", s.replace('\'', "''"))),
            (-5_i64..40_000).prop_map(|n| n.to_string()),
            prop::sample::select(FIELDS).prop_map(|f| format!("field('{f}')")),
            Just("parameters('p')".to_owned()),
        ];
        leaf.prop_recursive(4, 24, 3, |inner| {
            (
                prop::sample::select(FUNCTIONS),
                prop::collection::vec(inner, 0..4),
            )
                .prop_map(|(f, args)| format!("{f}({})", args.join(", ")))
        })
    }

    fn condition() -> impl Strategy<Value = Value> {
        let operand = prop_oneof![
            prop::sample::select(FIELDS).prop_map(|f| ("field", Value::from(f))),
            expression().prop_map(|e| ("value", Value::from(format!("[{e}]")))),
        ];
        let expected = prop_oneof![
            expression().prop_map(|e| Value::from(format!("[{e}]"))),
            any::<bool>().prop_map(Value::from),
            (0_i64..100).prop_map(Value::from),
            Just(json!(["a", "Standard_DS3_v2"])),
        ];
        let leaf = (operand, prop::sample::select(OPERATORS), expected).prop_map(
            |((key, value), op, expected)| {
                let mut leaf = serde_json::Map::new();
                leaf.insert(key.to_owned(), value);
                leaf.insert(op.to_owned(), expected);
                Value::Object(leaf)
            },
        );
        leaf.prop_recursive(3, 16, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(|m| json!({"allOf": m})),
                prop::collection::vec(inner.clone(), 0..4).prop_map(|m| json!({"anyOf": m})),
                inner.prop_map(|m| json!({"not": m})),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]
        #[test]
        fn any_rule_gets_a_verdict(rule in condition()) {
            let resource = json!({"type": "Microsoft.MachineLearningServices/workspaces/computes",
                "name": "cpu-cluster", "location": "westeurope", "tags": {"team": "ml"},
                "properties": {"computeType": "AmlCompute", "properties": {"vmSize": "STANDARD_DS3_V2",
                    "scaleSettings": {"nodeIdleTimeBeforeScaleDown": "PT2M"}}}});
            let mut parameters = serde_json::Map::new();
            parameters.insert("p".into(), json!(["x", 1]));
            let first = evaluate(&rule, &parameters, &resource);
            prop_assert_eq!(&first, &evaluate(&rule, &parameters, &resource));
            if let Outcome::Fails(failure) = first {
                let text = rule.to_string();
                let named = ["[]", "tags", "work", "count", "condition", "if", "allOf", "anyOf", "field", ""];
                prop_assert!(
                    text.contains(&failure.subject)
                        || text.contains(&failure.subject.replace('\'', "''"))
                        || named.contains(&failure.subject.as_str()),
                    "{} not in {}", failure.subject, text
                );
            }
        }
    }
}

/// A simple setting's finding says why, as the setting wrote it, and points at the field.
#[test]
fn a_simple_setting_finding_names_its_condition() {
    let settings: amlint::azure_policy::PolicySettings =
        toml::from_str("allowed-sizes = [\"Standard_D*_v5\", \"Standard_NC4as_T4_v3\"]\n").unwrap();
    let mut context = Context::new();
    context
        .add_policy_definitions("amlint.toml", settings.definitions(), Locale::En)
        .unwrap();
    let options = Options {
        context: Some(Arc::new(context)),
        ..Options::default()
    };
    let report = check_text(CLUSTER_BIG, &options);
    let finding = report
        .diagnostics
        .iter()
        .find(|d| d.code() == "AML950")
        .unwrap();
    assert_eq!(finding.pointer, "/size");
    let message = finding.message(Locale::En);
    assert!(
        message.contains("vmSize not like any of [\"Standard_D*_v5\",\"Standard_NC4as_T4_v3\"]"),
        "{message}"
    );
    let allowed = CLUSTER_BIG.replace("Standard_NC24ads_A100_v4", "Standard_D8s_v5");
    assert!(
        !check_text(&allowed, &options)
            .diagnostics
            .iter()
            .any(|d| d.code() == "AML950")
    );
}
