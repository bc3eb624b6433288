//! Checks with context (`rules/deployed.rs`): what counts as a change, what does not, and that no
//! change shows a secret.

use std::sync::Arc;

use amlint::context::Context;
use amlint::report::File;
use amlint::{ContextFile, Locale, Options, check_text};

fn options(files: &[(ContextFile, &str)], paired: bool) -> Options {
    let mut context = Context::new();
    for (kind, text) in files {
        context.add(*kind, "old.yml", text, Locale::En).unwrap();
    }
    if paired {
        context = context.paired();
    }
    Options {
        context: Some(Arc::new(context)),
        ..Options::default()
    }
}

/// `(code, pointer)` of every finding of the context rules (AML9xx).
fn changes(old: &str, new: &str) -> Vec<(String, String)> {
    findings(&options(&[(ContextFile::Previous, old)], false), new)
}

fn findings(options: &Options, new: &str) -> Vec<(String, String)> {
    check_text(new, options)
        .diagnostics
        .iter()
        .filter(|d| d.code().starts_with("AML9"))
        .map(|d| (d.code().to_owned(), d.pointer.clone()))
        .collect()
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

#[test]
fn the_same_value_in_another_spelling_is_no_change() {
    let old = "name: cpu\ntype: amlcompute\nlocation: westeurope\nsize: STANDARD_DS3_V2\ntier: dedicated\n\
               max_instances: 4\nssh_public_access_enabled: true\nnetwork_settings:\n  vnet_name: vnet\n  subnet: default\n";
    let new = "name: CPU\ntype: AmlCompute\nlocation: West Europe\nsize: Standard_DS3_v2\ntier: Dedicated\n\
               max_instances: \"4\"\nssh_public_access_enabled: yes\nnetwork_settings:\n  \
               subnet: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/VNET/subnets/default\n";
    assert_eq!(changes(old, new), pairs(&[]));
}

#[test]
fn what_the_earlier_state_does_not_say_is_unknown_not_changed() {
    let old = "name: ci\ntype: computeinstance\n";
    let new = "name: ci\ntype: computeinstance\nsize: Standard_NC4as_T4_v3\nssh_public_access_enabled: true\n\
               network_settings:\n  vnet_name: vnet\n  subnet: default\n";
    assert_eq!(changes(old, new), pairs(&[]));
    // What the spec leaves out is compared as azure-ai-ml sends it: an instance without `size`
    // is sent as STANDARD_DS3_V2 (not the NC4as_T4_v3 it is); for the other fields the client
    // sends nothing and the service decides, so they stay unknown.
    assert_eq!(changes(new, old), pairs(&[("AML901", "/size")]));
}

#[test]
fn what_the_client_fills_in_is_compared() {
    let gpu = "name: gpu\ntype: amlcompute\nsize: Standard_NC4as_T4_v3\nenable_node_public_ip: false\nmin_instances: 0\nmax_instances: 4\ntier: low_priority\n";
    // Left out: size (sent as STANDARD_DS3_V2: a CPU size over a GPU cluster), the public IPs
    // (sent as true), max_instances (sent as 1: an update az ml compute update can apply),
    // tier (not sent: the service keeps it).
    let new = "name: gpu\ntype: amlcompute\nmin_instances: 0\n";
    assert_eq!(
        changes(gpu, new),
        pairs(&[("AML901", "/size"), ("AML901", "/enable_node_public_ip")])
    );
    let options = options(&[(ContextFile::Previous, gpu)], false);
    let report = check_text(new, &options);
    let size = report
        .diagnostics
        .iter()
        .find(|d| d.pointer == "/size")
        .unwrap();
    let message = size.message(Locale::En);
    assert!(
        message.contains("leaves `size` out") && message.contains("STANDARD_DS3_V2"),
        "{message}"
    );
    // Written as it is deployed, nothing is left to say.
    let kept =
        "name: gpu\ntype: amlcompute\nsize: Standard_NC4as_T4_v3\nenable_node_public_ip: false\n";
    assert_eq!(changes(gpu, kept), pairs(&[]));
}

#[test]
fn each_kind_of_change_is_told_apart() {
    let old = "name: cpu\ntype: amlcompute\nlocation: westeurope\nsize: Standard_DS3_v2\nmax_instances: 4\n\
               tier: dedicated\ntags:\n  team: a\nnetwork_settings:\n  vnet_name: vnet\n  subnet: a\n";
    let new = "name: cpu\ntype: amlcompute\nlocation: northeurope\nsize: Standard_NC4as_T4_v3\nmax_instances: 8\n\
               tier: low_priority\ntags:\n  team: b\nnetwork_settings:\n  vnet_name: vnet\n  subnet: b\n";
    assert_eq!(
        changes(old, new),
        pairs(&[
            ("AML901", "/location"),
            // CPU to GPU: the virtual machine type changes.
            ("AML901", "/size"),
            ("AML902", "/tier"),
            ("AML901", "/network_settings/subnet"),
        ])
    );
    // A cluster's size within one type can change, but not by `az ml compute update`.
    let bigger = old.replace("Standard_DS3_v2", "Standard_DS4_v2");
    assert_eq!(changes(old, &bigger), pairs(&[("AML902", "/size")]));
}

#[test]
fn kinds_that_update_refuses_report_every_change() {
    let old = "name: vm1\ntype: virtualmachine\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1\ntags:\n  team: a\n";
    let new = old.replace("team: a", "team: b");
    assert_eq!(changes(old, &new), pairs(&[("AML902", "/tags")]));
    let report = check_text(&new, &options(&[(ContextFile::Previous, old)], false));
    let finding = report.diagnostics.iter().find(|d| d.code() == "AML902");
    let message = finding.map(|d| d.message(Locale::En)).unwrap_or_default();
    assert!(
        message.contains("does not update this kind of compute (attached virtual machine)"),
        "{message}"
    );
}

#[test]
fn diff_pairs_whatever_the_names_and_a_new_name_or_type_is_a_change() {
    let old = "name: cpu\ntype: amlcompute\nmax_instances: 4\n";
    let renamed = "name: cpu2\ntype: amlcompute\nmax_instances: 4\n";
    let paired = options(&[(ContextFile::Previous, old)], true);
    assert_eq!(findings(&paired, renamed), pairs(&[("AML901", "/name")]));
    // Without pairing, another name is another compute: a create.
    assert_eq!(changes(old, renamed), pairs(&[]));
    let retyped = "name: cpu\ntype: computeinstance\n";
    assert_eq!(changes(old, retyped), pairs(&[("AML901", "/type")]));
}

#[test]
fn no_change_shows_a_secret() {
    let old = "name: cpu\ntype: amlcompute\ndescription: https://x.blob.core.windows.net/c?sv=2022&sig=OLDSIGNATUREabc123\n\
               ssh_settings:\n  admin_username: azureuser\n  admin_password: Old-Passw0rd-42\n";
    let new = "name: cpu\ntype: amlcompute\ndescription: https://x.blob.core.windows.net/c?sv=2022&sig=NEWSIGNATUREdef456\n\
               ssh_settings:\n  admin_username: azureuser\n  admin_password: New-Passw0rd-43\n";
    let options = options(&[(ContextFile::Previous, old)], false);
    assert_eq!(
        findings(&options, new),
        pairs(&[
            ("AML902", "/description"),
            ("AML902", "/ssh_settings/admin_password"),
        ])
    );
    let files = [File {
        label: "new.yml".into(),
        text: new.into(),
        report: check_text(new, &options),
    }];
    let out = crate::support::every_output(&files);
    for secret in [
        "OLDSIGNATURE",
        "NEWSIGNATURE",
        "Old-Passw0rd",
        "New-Passw0rd",
    ] {
        assert!(!out.contains(secret), "{secret} shown");
    }
}

/// A region's size list speaks for instances and clusters; an AKS cluster's node size it does not
/// list is still judged by the built-in table (the production vCPU minimum), never passed silently.
#[test]
fn a_size_list_leaves_aks_sizes_to_the_table() {
    let sizes = r#"[{"name": "Standard_DS3_v2", "v_cp_us": 4}]"#;
    let options = options(&[(ContextFile::Sizes, sizes)], false);
    let aks = "name: aks-prod\ntype: aks\nsize: Standard_D2s_v3\nagent_count: 3\n";
    let codes: Vec<&str> = check_text(aks, &options)
        .diagnostics
        .iter()
        .map(|d| d.code())
        .collect();
    assert!(codes.contains(&"AML703"), "{codes:?}");
    let cluster = "name: cpu\ntype: amlcompute\nsize: Standard_D2s_v3\nmax_instances: 2\n";
    assert_eq!(findings(&options, cluster), pairs(&[("AML905", "/size")]));
}
