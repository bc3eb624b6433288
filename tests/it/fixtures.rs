//! Whole spec files: the shipped examples and equivalents of the official azureml-examples specs.

use crate::support::spec_files;

use amlint::{Options, Severity, check_bytes};

fn errors(bytes: &[u8]) -> Vec<String> {
    check_bytes(bytes, &Options::default())
        .diagnostics
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{} {}", d.code(), d.message(amlint::Locale::En)))
        .collect()
}

#[test]
fn official_examples_have_no_errors() {
    for (path, bytes) in spec_files("tests/fixtures/official") {
        assert_eq!(errors(&bytes), Vec::<String>::new(), "{path}");
    }
}

#[test]
fn valid_examples_have_no_errors_or_warnings() {
    for (path, bytes) in spec_files("examples/valid") {
        let report = check_bytes(&bytes, &Options::default());
        let serious: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity != Severity::Info)
            .map(|d| d.code())
            .collect();
        assert!(serious.is_empty(), "{path}: {serious:?}");
    }
}

#[test]
fn every_invalid_example_has_errors() {
    for (path, bytes) in spec_files("examples/invalid") {
        assert!(!errors(&bytes).is_empty(), "{path} should show errors");
    }
}

#[test]
fn every_kind_has_a_valid_and_an_invalid_example() {
    for folder in ["examples/valid", "examples/invalid"] {
        let kinds: Vec<amlint::Kind> = spec_files(folder)
            .iter()
            .flat_map(|(_, bytes)| check_bytes(bytes, &Options::default()).documents)
            .filter_map(|d| d.kind)
            .collect();
        for kind in amlint::Kind::ALL {
            assert!(kinds.contains(kind), "{folder} has no {kind} spec");
        }
    }
}

/// Service errors quoted in public issues, as specs: each must be caught before submission.
#[test]
fn real_azure_rejections_are_caught() {
    let cases: &[(&str, &str)] = &[
        // MicrosoftDocs/pipelines-azureml#19: "Numbers cannot be the ending of the name ..."
        ("name: cpu-cluster-1\ntype: computeinstance\n", "AML206"),
        // microsoft/AzureTRE#3661
        ("name: ci-40986653\ntype: computeinstance\n", "AML206"),
        // MicrosoftLearning/DP100 PR#50: 17 characters, "between 2 and 16"
        (
            "name: your-cluster-name-x\ntype: kubernetes\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/c\n",
            "AML202",
        ),
        // MicrosoftDocs/azure-docs#28600: underscore
        (
            "name: attached_vm\ntype: virtualmachine\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm\n",
            "AML204",
        ),
        // Azure/azure-cli#26674: "idle_time_before_scale_down": ["Unknown field."]
        (
            "name: ci-dev\ntype: computeinstance\nidle_time_before_scale_down: 120\n",
            "AML104",
        ),
        // DP100#43: nodes x vCPUs must be >= 12
        (
            "name: aks-prod\ntype: aks\nsize: Standard_D2_v2\nagent_count: 3\n",
            "AML703",
        ),
        // "Value 'LowPriority' passed is not in set ['low_priority', 'dedicated']"
        (
            "name: cpu-cluster\ntype: amlcompute\ntier: LowPriority\n",
            "AML103",
        ),
        // azure-ai-ml: "Subnet is required when vnet name is specified."
        (
            "name: cpu-cluster\ntype: amlcompute\nnetwork_settings: {vnet_name: v}\n",
            "AML401",
        ),
        // "Provided EnableNodePublicIp 'False' requires workspace private endpoint."
        (
            "name: ci-dev\ntype: computeinstance\nenable_node_public_ip: false\n",
            "AML404",
        ),
        // microsoft/az-deep-batch-score#4: "Standard_B2s ... is not a supported VM size"
        (
            "name: cpu-cluster\ntype: amlcompute\nsize: Standard_B2s\n",
            "AML306",
        ),
    ];
    for (spec, code) in cases {
        let report = amlint::check_text(spec, &Options::default());
        assert!(
            report.diagnostics.iter().any(|d| d.code() == *code),
            "{spec:?} should give {code}"
        );
    }
}

/// Names the service accepted are no errors: hashicorp/terraform-provider-azurerm's acceptance
/// tests create clusters named `CC-<digits>` and inference clusters named `AIC-<digits>` (digits
/// after the last `-`, which only a compute instance's name may not have: AML206). A `-` at the
/// end is still an error for them (AML207).
#[test]
fn names_azure_accepts_are_no_errors() {
    const CLUSTER: &str = "type: amlcompute\n";
    const AKS: &str = "type: aks\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks\n";
    const INSTANCE: &str = "type: computeinstance\n";
    let cases: &[(&str, &str, &[&str])] = &[
        ("CC-24011255", CLUSTER, &[]),
        ("cpu-cluster-1", CLUSTER, &[]),
        ("AIC-21120333", AKS, &[]),
        ("cpu-cluster-", CLUSTER, &["AML207"]),
        ("AIC-", AKS, &["AML207"]),
        ("ci-1", INSTANCE, &["AML206"]),
        ("ci-", INSTANCE, &["AML206"]),
    ];
    for (name, rest, expected) in cases {
        let spec = format!("name: {name}\n{rest}");
        let codes: Vec<String> = errors(spec.as_bytes())
            .iter()
            .map(|e| e[..6].to_owned())
            .collect();
        assert_eq!(codes, *expected, "{spec}");
    }
}

/// What `az ml` itself refuses before sending, observed with azure-ai-ml 1.35.2 (`load_compute`, the
/// request it then builds, and PyYAML 6 under it): each must be an error, as the severity policy
/// has it. `scripts/compare-az-ml.py` finds such cases.
fn synapse(line: &str) -> String {
    format!(
        "name: synapse-1\ntype: synapsespark\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/ws/bigDataPools/pool\n{line}\n"
    )
}

#[test]
fn synapse_pool_settings_are_dropped_with_a_warning_whatever_their_values() {
    // az ml accepts these (it does not check the values it drops); amlint says they have no effect.
    for line in [
        "auto_pause_settings: {delay_in_minutes: 15, auto_pause_enabled: true}",
        "auto_pause_settings: {delay_in_minutes: abc}",
        "scale_settings: {min_node_count: 1, max_node_count: 3, auto_scale_enabled: maybe}",
    ] {
        let report = check_bytes(synapse(line).as_bytes(), &Options::default());
        let codes: Vec<_> = report.diagnostics.iter().map(|d| d.code()).collect();
        assert!(
            !codes.is_empty() && codes.iter().all(|code| *code == "AML105"),
            "{line}: {codes:?}"
        );
    }
    assert_eq!(
        errors(synapse("scale_settings: {}").as_bytes()),
        Vec::<String>::new()
    );
}

#[test]
fn binary_text_is_read_as_az_ml_reads_it() {
    // PyYAML gives bytes, and az ml's fields turn them into text: `cpu-cluster` and 4 here.
    let spec = "name: !!binary Y3B1LWNsdXN0ZXI=\ntype: amlcompute\nmax_instances: !!binary NA==\n";
    assert_eq!(errors(spec.as_bytes()), Vec::<String>::new());
    let misnamed = "name: !!binary Y3B1LWNsdXN0ZXIt\ntype: amlcompute\n"; // cpu-cluster-
    assert!(
        errors(misnamed.as_bytes())
            .iter()
            .any(|e| e.starts_with("AML207"))
    );
}

#[test]
fn local_az_ml_rejections_are_errors() {
    let cases: &[(&str, &str)] = &[
        // "IdentityConfiguration.__init__() missing 1 required keyword-only argument: 'type'"
        (
            "name: cpu-cluster\ntype: amlcompute\nidentity: {user_assigned_identities: []}\n",
            "AML101",
        ),
        // "RecurrencePattern.__init__() missing 1 required keyword-only argument: 'minutes'"
        (
            "name: ci-dev\ntype: computeinstance\nschedules:\n  compute_start_stop:\n    - action: stop\n      trigger: {type: recurrence, frequency: day, interval: 1, schedule: {hours: [18]}}\n",
            "AML603",
        ),
        // "CustomApplications.__init__() missing 1 required keyword-only argument: 'image'"
        (
            "name: ci-dev\ntype: computeinstance\ncustom_applications:\n  - name: rstudio\n    endpoints: [{target: 8787, published: 8787}]\n",
            "AML613",
        ),
        // "RecurrenceTrigger.__init__() missing 1 required keyword-only argument: 'interval'"
        (
            "name: ci-dev\ntype: computeinstance\nschedules:\n  compute_start_stop:\n    - action: stop\n      trigger: {type: recurrence, frequency: day, schedule: {hours: [18], minutes: [0]}}\n",
            "AML101",
        ),
        // "CustomApplications.__init__() missing 1 required keyword-only argument: 'endpoints'",
        // and the same for an endpoint's ports and a bind mount's paths
        (
            "name: ci-dev\ntype: computeinstance\ncustom_applications:\n  - name: rstudio\n    image: {reference: ghcr.io/rocker-org/rstudio:4}\n",
            "AML101",
        ),
        (
            "name: ci-dev\ntype: computeinstance\ncustom_applications:\n  - name: rstudio\n    image: {reference: ghcr.io/rocker-org/rstudio:4}\n    endpoints: [{published: 8787}]\n",
            "AML101",
        ),
        (
            "name: ci-dev\ntype: computeinstance\ncustom_applications:\n  - name: rstudio\n    image: {reference: ghcr.io/rocker-org/rstudio:4}\n    endpoints: [{target: 8787, published: 8787}]\n    bind_mounts: [{target: /data}]\n",
            "AML101",
        ),
        // "VirtualMachineSshSettings.__init__() missing 1 required keyword-only argument: 'admin_username'"
        (
            "name: vm-attach\ntype: virtualmachine\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm\nssh_settings: {ssh_private_key_file: ~/.ssh/id_rsa}\n",
            "AML101",
        ),
        // As the request is built: "cannot access local variable 'properties' where it is not
        // associated with a value" (a VM without ssh_settings) ...
        (
            "name: vm-attach\ntype: virtualmachine\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm\n",
            "AML101",
        ),
        // ... "'NoneType' object has no attribute 'lower'" (network settings without a subnet) ...
        (
            "name: cpu-cluster\ntype: amlcompute\nnetwork_settings: {}\n",
            "AML406",
        ),
        // ... and "Subnet is required when vnet name is specified." (an empty subnet)
        (
            "name: cpu-cluster\ntype: amlcompute\nnetwork_settings: {vnet_name: v, subnet: ''}\n",
            "AML401",
        ),
        // "found character '\t' that cannot start any token"
        ("name: cpu-cluster\t\ntype: amlcompute\n", "AML001"),
        // "could not determine a constructor for the tag 'tag:yaml.org,2002:value'"
        (
            "name: cpu-cluster\ntype: amlcompute\ntags: {op: =}\n",
            "AML001",
        ),
        // A Spark pool's settings are dropped, but only after az ml has checked their shape:
        // "Invalid input type.", "Field may not be null.", "'list' object has no attribute
        // 'get'", "Unknown field."
        (&synapse("auto_pause_settings: abc"), "AML102"),
        (&synapse("scale_settings: null"), "AML102"),
        (&synapse("scale_settings: [1]"), "AML102"),
        (&synapse("auto_pause_settings: {delay: 15}"), "AML104"),
        // "Not a valid utf-8 string." (the bytes are FF FE FD)
        (
            "name: cpu-cluster\ntype: amlcompute\ndescription: !!binary //79\n",
            "AML001",
        ),
    ];
    for (spec, code) in cases {
        let found = errors(spec.as_bytes());
        assert!(
            found.iter().any(|e| e.starts_with(code)),
            "{spec:?} should give an error {code}: {found:?}"
        );
    }
}
