//! What only Terraform checks (AML110): its provider validates some arguments more strictly
//! than Azure reads them. The facts come from the Terraform readers (`arm::terraform`), beside
//! the spec, as the value is written.

use super::Scope;
use crate::kind::Kind;
use crate::messages::Arg;
use crate::rule::{Enforcement, declare_rules, dutch, iac_only};
use crate::yaml::Value;

declare_rules! {
    /// A compute cluster's `vm_priority` spelt in another case than `Dedicated` or
    /// `LowPriority`. Azure reads the REST `vmPriority` ignoring case, so an ARM template with
    /// `lowpriority` deploys, but terraform-provider-azurerm validates the argument with
    /// `StringInSlice(..., false)`, case-sensitively: `terraform plan` refuses the
    /// configuration ("expected vm_priority to be one of [Dedicated LowPriority]").
    ///
    /// Sources: reference §0 and §3 (TF `machine_learning_compute_cluster_resource.go`, the
    /// `vm_priority` schema).
    pub(crate) static VM_PRIORITY_CASE = {
        code: "AML110", name: "terraform-vm-priority-case", severity: crate::Severity::Error,
        kinds: &[Kind::AmlCompute],
        enforcement: Enforcement::Semantic,
        input: crate::rule::Input::Terraform,
        invalid: "resource \"azurerm_machine_learning_compute_cluster\" \"cpu\" {\n  name                          = \"cpu-cluster\"\n  location                      = \"westeurope\"\n  machine_learning_workspace_id = azurerm_machine_learning_workspace.ws.id\n  vm_size                       = \"Standard_DS3_v2\"\n  vm_priority                   = \"lowpriority\"\n  local_auth_enabled            = false\n\n  scale_settings {\n    min_node_count                       = 0\n    max_node_count                       = 4\n    scale_down_nodes_after_idle_duration = \"PT2M\"\n  }\n}\n",
        valid: "resource \"azurerm_machine_learning_compute_cluster\" \"cpu\" {\n  name                          = \"cpu-cluster\"\n  location                      = \"westeurope\"\n  machine_learning_workspace_id = azurerm_machine_learning_workspace.ws.id\n  vm_size                       = \"Standard_DS3_v2\"\n  vm_priority                   = \"LowPriority\"\n  local_auth_enabled            = false\n\n  scale_settings {\n    min_node_count                       = 0\n    max_node_count                       = 4\n    scale_down_nodes_after_idle_duration = \"PT2M\"\n  }\n}\n",
        message: iac_only!("Terraform compares `vm_priority` case-sensitively: write `{canonical}`, not `{value}`"),
        dutch: dutch! {
            docs: "De `vm_priority` van een rekencluster in een andere schrijfwijze dan `Dedicated` of `LowPriority`. Azure leest de REST-eigenschap `vmPriority` zonder op hoofdletters te letten, dus een ARM-sjabloon met `lowpriority` wordt geïmplementeerd, maar terraform-provider-azurerm controleert het argument met `StringInSlice(..., false)`, hoofdlettergevoelig: `terraform plan` weigert de configuratie (\"expected vm_priority to be one of [Dedicated LowPriority]\").\n\n\
                  Bronnen: naslag §0 en §3 (TF `machine_learning_compute_cluster_resource.go`, het schema van `vm_priority`).",
            message: "Terraform vergelijkt `vm_priority` hoofdlettergevoelig: schrijf `{canonical}`, niet `{value}`",
        },
    }
}

/// Terraform's spellings of `vm_priority` (`validation.StringInSlice`, ignoreCase false).
const VM_PRIORITIES: &[&str] = &["Dedicated", "LowPriority"];

pub(crate) fn check(ctx: &mut Scope<'_>) {
    // The npm package's form module reads no Terraform file: the check is left out of its code.
    if cfg!(feature = "form") {
        return;
    }
    let Some(facts) = ctx.facts else {
        return;
    };
    let Some(entry) = facts.entry("vm_priority") else {
        return;
    };
    let Value::Str(written) = entry.value.value else {
        return;
    };
    let Some(canonical) = VM_PRIORITIES
        .iter()
        .find(|v| v.eq_ignore_ascii_case(written) && **v != written)
    else {
        return;
    };
    let diagnostic = ctx
        .at(&VM_PRIORITY_CASE, "/tier", entry.value.span)
        .arg("value", written)
        .arg("canonical", Arg::code(*canonical));
    ctx.emit(diagnostic);
}
