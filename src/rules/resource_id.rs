//! Azure resource IDs and URLs that point at other resources (AML8xx).

use super::{Scope, is_template};
use crate::kind::Kind;
use crate::messages::{Arg, Join};
use crate::rule::{Enforcement, declare_rules, dutch};
use crate::rules::instance::is_guid;
use crate::yaml::{Node, pointer_push};

const ALL: &[Kind] = Kind::ALL;

declare_rules! {
    /// A resource ID that is not an Azure Resource Manager ID:
    /// `/subscriptions/<GUID>/resourceGroups/<group>/providers/<Namespace>/<type>/<name>`. Applies to
    /// `resource_id`, subnet IDs and user-assigned identity IDs. Template placeholders such as
    /// `<SUBSCRIPTION_ID>` are accepted, as the official examples use them.
    ///
    /// Sources: reference §2 (SDK ARM-id regex), §4–§8 (resource ids), §0 (CLI attach).
    pub(crate) static RESOURCE_ID_MALFORMED = {
        code: "AML801", name: "resource-id-malformed", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Schema(&["pattern"]),
        invalid: "name: vm-attached\ntype: virtualmachine\nresource_id: dsvm-westeurope\n",
        valid: "name: vm-attached\ntype: virtualmachine\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/dsvm\nssh_settings:\n  admin_username: azureuser\n  ssh_private_key_file: ./keys/dsvm\n",
        message: "`{field}` is not an Azure resource ID: {problem}",
        dutch: dutch! {
            docs: "Een resource-id die geen Azure Resource Manager-id is: `/subscriptions/<GUID>/resourceGroups/<group>/providers/<Namespace>/<type>/<name>`. Geldt voor `resource_id`, subnet-id's en id's van door de gebruiker toegewezen identiteiten. Tijdelijke aanduidingen uit sjablonen zoals `<SUBSCRIPTION_ID>` worden geaccepteerd, zoals de officiële voorbeelden ze gebruiken.\n\n\
                  Bronnen: naslag §2 (ARM-id-regex van de SDK), §4–§8 (resource-id's), §0 (CLI attach).",
            message: "`{field}` is geen Azure-resource-id: {problem}",
        },
    }

    /// A resource ID of the wrong resource type: an attached VM must be
    /// `Microsoft.Compute/virtualMachines`, a Kubernetes compute an Arc-connected or AKS cluster, a
    /// Spark pool `Microsoft.Synapse/workspaces/.../bigDataPools`, a subnet
    /// `Microsoft.Network/virtualNetworks/.../subnets`, an identity
    /// `Microsoft.ManagedIdentity/userAssignedIdentities`, and so on.
    ///
    /// Sources: reference §4–§8 (resource id rows), §5 (REST example), §8 (examples).
    pub(crate) static RESOURCE_ID_WRONG_TYPE = {
        code: "AML802", name: "resource-id-wrong-type", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: vm-attached\ntype: virtualmachine\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/disks/dsvm-os\n",
        valid: "name: vm-attached\ntype: virtualmachine\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/dsvm\nssh_settings:\n  admin_username: azureuser\n  ssh_private_key_file: ./keys/dsvm\n",
        message: "this resource ID points to {found}; expected {expected}",
        dutch: dutch! {
            docs: "Een resource-id van het verkeerde resourcetype: een gekoppelde VM moet `Microsoft.Compute/virtualMachines` zijn, Kubernetes-rekenkracht een met Arc verbonden cluster of een AKS-cluster, een Spark-pool `Microsoft.Synapse/workspaces/.../bigDataPools`, een subnet `Microsoft.Network/virtualNetworks/.../subnets`, een identiteit `Microsoft.ManagedIdentity/userAssignedIdentities`, enzovoort.\n\n\
                  Bronnen: naslag §4–§8 (rijen over resource-id's), §5 (REST-voorbeeld), §8 (voorbeelden).",
            message: "deze resource-id verwijst naar {found}; verwacht: {expected}",
        },
    }

    /// A Databricks `workspace_url` that is not an `https://` URL of an Azure Databricks
    /// workspace (`https://adb-<id>.<n>.azuredatabricks.net`).
    ///
    /// Sources: reference §7 (REST `workspaceUrl`).
    pub(crate) static WORKSPACE_URL_INVALID = {
        code: "AML803", name: "workspace-url-invalid", severity: crate::Severity::Warning, kinds: &[Kind::Databricks],
        enforcement: Enforcement::Semantic,
        invalid: "name: dbx\ntype: databricks\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Databricks/workspaces/dbx\nworkspace_url: adb-1234567890123456.7.azuredatabricks.net\naccess_token: ${{secrets.DATABRICKS_TOKEN}}\n",
        valid: "name: dbx\ntype: databricks\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Databricks/workspaces/dbx\nworkspace_url: https://adb-1234567890123456.7.azuredatabricks.net\naccess_token: ${{secrets.DATABRICKS_TOKEN}}\n",
        message: "`workspace_url` `{value}` is not an https:// Azure Databricks URL",
        dutch: dutch! {
            docs: "Een Databricks-`workspace_url` die geen `https://`-URL van een Azure Databricks-werkruimte is (`https://adb-<id>.<n>.azuredatabricks.net`).\n\n\
                  Bronnen: naslag §7 (REST `workspaceUrl`).",
            message: "`workspace_url` `{value}` is geen https://-URL van Azure Databricks",
        },
    }

    /// A resource ID that still holds template placeholders such as `<SUBSCRIPTION_ID>` or
    /// `${{ vars.RG }}`. Fine in a template (the official examples are written so), but the spec
    /// cannot be submitted until they are filled in.
    ///
    /// Sources: reference §0 (placeholders load fine), §8 (examples).
    pub(crate) static RESOURCE_ID_PLACEHOLDER = {
        code: "AML804", name: "resource-id-placeholder", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: vm-attached\ntype: virtualmachine\nresource_id: /subscriptions/<SUBSCRIPTION_ID>/resourceGroups/<RESOURCE_GROUP>/providers/Microsoft.Compute/virtualMachines/dsvm\n",
        valid: "name: vm-attached\ntype: virtualmachine\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/dsvm\nssh_settings:\n  admin_username: azureuser\n  ssh_private_key_file: ./keys/dsvm\n",
        message: "`{field}` still holds template placeholders; fill them in before submitting",
        dutch: dutch! {
            docs: "Een resource-id die nog tijdelijke aanduidingen uit een sjabloon bevat, zoals `<SUBSCRIPTION_ID>` of `${{ vars.RG }}`. Prima in een sjabloon (de officiële voorbeelden zijn zo geschreven), maar de specificatie kan pas worden ingediend als ze zijn ingevuld.\n\n\
                  Bronnen: naslag §0 (tijdelijke aanduidingen laden zonder problemen), §8 (voorbeelden).",
            message: "`{field}` bevat nog tijdelijke aanduidingen uit een sjabloon; vul ze in voordat u indient",
        },
    }
}

/// Resource types a field accepts, as `Namespace/type[/subtype]` (compared case-insensitively).
fn expected_types(kind: Kind, field: &str) -> &'static [&'static str] {
    match (kind, field) {
        (Kind::Kubernetes, "resource_id") => &[
            "Microsoft.Kubernetes/connectedClusters",
            "Microsoft.ContainerService/managedClusters",
        ],
        (Kind::VirtualMachine, "resource_id") => &["Microsoft.Compute/virtualMachines"],
        (Kind::SynapseSpark, "resource_id") => &["Microsoft.Synapse/workspaces/bigDataPools"],
        (Kind::Aks, "resource_id") => &["Microsoft.ContainerService/managedClusters"],
        (Kind::HdInsight, "resource_id") => &["Microsoft.HDInsight/clusters"],
        (Kind::Databricks, "resource_id") => &["Microsoft.Databricks/workspaces"],
        (Kind::DataLakeAnalytics, "resource_id") => &["Microsoft.DataLakeAnalytics/accounts"],
        (_, "identity") => &["Microsoft.ManagedIdentity/userAssignedIdentities"],
        (_, "subnet") => &["Microsoft.Network/virtualNetworks/subnets"],
        _ => &[],
    }
}

/// The resource type (`Namespace/type/subtype`) of an ARM ID; `Err` names what is wrong.
pub(crate) fn parse_arm_id(id: &str) -> Result<String, &'static str> {
    let parts: Vec<&str> = id
        .strip_prefix('/')
        .ok_or("resource_id.prefix")?
        .split('/')
        .collect();
    let segment = |i: usize| parts.get(i).copied().unwrap_or_default();
    if !segment(0).eq_ignore_ascii_case("subscriptions") {
        return Err("resource_id.prefix");
    }
    if !(is_guid(segment(1)) || is_template(segment(1))) {
        return Err("resource_id.subscription");
    }
    if !segment(2).eq_ignore_ascii_case("resourceGroups") || segment(3).is_empty() {
        return Err("resource_id.resource_group");
    }
    if !segment(4).eq_ignore_ascii_case("providers") || segment(5).is_empty() {
        return Err("resource_id.provider");
    }
    let rest = &parts[6.min(parts.len())..];
    if rest.is_empty() || !rest.len().is_multiple_of(2) || rest.iter().any(|s| s.is_empty()) {
        return Err("resource_id.pairs");
    }
    let types: Vec<&str> = rest.iter().step_by(2).copied().collect();
    Ok(format!("{}/{}", segment(5), types.join("/")))
}

/// Every resource ID of a spec: its text, node, pointer, and the field it stands for
/// (`resource_id`, `subnet`, `identity`).
pub(crate) fn ids<'a>(ctx: &Scope<'a>) -> Vec<(&'a str, &'a Node<'a>, String, &'static str)> {
    let mut found = Vec::new();
    if let Some((id, node)) = ctx.str(&["resource_id"]) {
        found.push((id, node, "/resource_id".to_owned(), "resource_id"));
    }
    if let Some((id, node)) = ctx
        .str(&["network_settings", "subnet"])
        .filter(|(s, _)| s.trim_start().starts_with('/'))
    {
        found.push((id, node, "/network_settings/subnet".to_owned(), "subnet"));
    }
    if let Some((id, node)) = ctx.str(&["network_settings", "subnet_id"]) {
        found.push((id, node, "/network_settings/subnet_id".to_owned(), "subnet"));
    }
    if let Some(list) = ctx
        .get(&["identity", "user_assigned_identities"])
        .and_then(Node::as_seq)
    {
        for (i, item) in list.iter().enumerate() {
            if let Some((id, node)) = item.get("resource_id").and_then(|n| Some((n.as_str()?, n))) {
                let at = pointer_push(
                    &pointer_push("/identity/user_assigned_identities", &i.to_string()),
                    "resource_id",
                );
                found.push((id, node, at, "identity"));
            }
        }
    }
    found
}

pub(crate) fn check(ctx: &mut Scope<'_>) {
    for (id, node, at, field) in ids(ctx) {
        check_id(ctx, id, node, at, field);
    }
    if let Some((url, node)) = ctx.str(&["workspace_url"]) {
        let host = url
            .strip_prefix("https://")
            .map(|rest| rest.split('/').next().unwrap_or_default());
        let ok = host.is_some_and(|h| {
            h.to_ascii_lowercase().ends_with(".azuredatabricks.net") && !h.contains(' ')
        });
        if !ok && !is_template(url) {
            ctx.emit(
                ctx.at(&WORKSPACE_URL_INVALID, "/workspace_url", node.span)
                    .arg("value", url),
            );
        }
    }
}

fn check_id(ctx: &mut Scope<'_>, id: &str, node: &Node<'_>, at: String, field: &str) {
    if is_template(id) || id.split('/').any(is_template) {
        ctx.emit(
            ctx.at(&RESOURCE_ID_PLACEHOLDER, at.clone(), node.span)
                .arg("field", Arg::code(field)),
        );
    }
    if is_template(id) {
        return;
    }
    match parse_arm_id(id) {
        Err(problem) => ctx.emit(
            ctx.at(&RESOURCE_ID_MALFORMED, at, node.span)
                .arg("field", Arg::code(field))
                .arg("problem", Arg::Word(problem)),
        ),
        Ok(found) => {
            let expected = expected_types(ctx.kind, field);
            let placeholder_type = found.split('/').any(is_template);
            if !expected.is_empty()
                && !placeholder_type
                && !expected.iter().any(|e| e.eq_ignore_ascii_case(&found))
            {
                let diagnostic = ctx
                    .at(&RESOURCE_ID_WRONG_TYPE, at, node.span)
                    .arg("found", Arg::code(found))
                    .arg("expected", Arg::codes(expected.iter().copied(), Join::Or));
                ctx.emit(diagnostic);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arm_ids_are_parsed_into_their_type() {
        assert_eq!(
            parse_arm_id(
                "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/ws/bigDataPools/pool"
            ),
            Ok("Microsoft.Synapse/workspaces/bigDataPools".to_owned())
        );
        assert!(parse_arm_id("/subscriptions/<SUBSCRIPTION_ID>/resourceGroups/<RG>/providers/Microsoft.Compute/virtualMachines/<VM>").is_ok());
        assert!(parse_arm_id("/subscriptions/123/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm").is_err());
        assert!(parse_arm_id("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines").is_err());
    }
}
