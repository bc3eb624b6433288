//! Azure resource names (AML808) as Azure Resource Manager would refuse them: virtual networks,
//! subnets, resource groups, Data Lake Store accounts. `az ml` passes them on unchecked.

use super::dns::alnum_lower;
use super::{Scope, is_template};
use crate::kind::Kind;
use crate::rule::{Enforcement, declare_rules, dutch};

declare_rules! {
    /// An Azure resource name that Azure's naming rules refuse: a virtual network
    /// (`network_settings.vnet_name`: 2–64 letters, digits, `_`, `.` and `-`, starting with a
    /// letter or digit and ending with a letter, digit or `_`), a subnet given by name (1–80 of
    /// the same), or the resource group of a resource ID (1–90 letters, digits, `_`, `.`, `-`,
    /// `(` and `)`, not ending with `.`); an AKS `load_balancer_subnet` (a subnet name); a Data
    /// Lake Store account (`data_lake_store_account_name`: 3–24 lower-case letters and digits).
    /// `az ml` builds the subnet's ID from these names, and the service finds no such resource.
    ///
    /// Sources: reference §2 (network_settings: vnet_name, subnet, ARM ID), §3 (VNet in another
    /// resource group), §4 (`loadBalancerSubnet`), §7 (`dataLakeStoreAccountName`); Azure naming
    /// rules for Microsoft.Network, Data Lake Store and resource groups.
    pub(crate) static RESOURCE_NAME_INVALID = {
        code: "AML808", name: "resource-name-invalid", severity: crate::Severity::Error, kinds: &[Kind::ComputeInstance, Kind::AmlCompute, Kind::Kubernetes, Kind::VirtualMachine, Kind::SynapseSpark, Kind::Aks, Kind::HdInsight, Kind::Databricks, Kind::DataLakeAnalytics],
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nnetwork_settings:\n  vnet_name: vnet ml\n  subnet: default\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nnetwork_settings:\n  vnet_name: vnet-ml\n  subnet: default\n",
        message: "`{name}` is not a virtual network name: 2–64 letters, digits, `_`, `.` and `-`, starting with a letter or digit and ending with a letter, digit or `_`",
        variants: &[
            ("data_lake_store", "`{name}` is not a Data Lake Store account name: 3–24 lower-case letters and digits"),
            ("resource_group", "`{name}` is not a resource group name: 1–90 letters, digits, `_`, `.`, `-`, `(` and `)`, not ending with `.`"),
            ("subnet", "`{name}` is not a subnet name: 1–80 letters, digits, `_`, `.` and `-`, starting with a letter or digit and ending with a letter, digit or `_`"),
        ],
        dutch: dutch! {
            docs: "Een Azure-resourcenaam die de naamgevingsregels van Azure weigeren: een virtueel netwerk (`network_settings.vnet_name`: 2–64 letters, cijfers, `_`, `.` en `-`, beginnend met een letter of cijfer en eindigend met een letter, cijfer of `_`), een subnet dat bij naam is opgegeven (1–80 van dezelfde tekens), of de resourcegroep van een resource-id (1–90 letters, cijfers, `_`, `.`, `-`, `(` en `)`, niet eindigend op `.`); een `load_balancer_subnet` van AKS (een subnetnaam); een Data Lake Store-account (`data_lake_store_account_name`: 3–24 kleine letters en cijfers). `az ml` bouwt de id van het subnet uit deze namen, en de service vindt zo'n resource niet.\n\n\
                  Bronnen: naslag §2 (network_settings: vnet_name, subnet, ARM-id), §3 (VNet in een andere resourcegroep), §4 (`loadBalancerSubnet`), §7 (`dataLakeStoreAccountName`); naamgevingsregels van Azure voor Microsoft.Network, Data Lake Store en resourcegroepen.",
            message: "`{name}` is geen naam voor een virtueel netwerk: 2–64 letters, cijfers, `_`, `.` en `-`, beginnend met een letter of cijfer en eindigend met een letter, cijfer of `_`",
            variants: &[
                ("data_lake_store", "`{name}` is geen naam voor een Data Lake Store-account: 3–24 kleine letters en cijfers"),
                ("resource_group", "`{name}` is geen naam voor een resourcegroep: 1–90 letters, cijfers, `_`, `.`, `-`, `(` en `)`, niet eindigend op `.`"),
                ("subnet", "`{name}` is geen subnetnaam: 1–80 letters, cijfers, `_`, `.` en `-`, beginnend met een letter of cijfer en eindigend met een letter, cijfer of `_`"),
            ],
        },
    }
}

pub(crate) fn check(ctx: &mut Scope<'_>) {
    for (id, node, at, _) in super::resource_id::ids(ctx) {
        let group = id.split('/').nth(4).unwrap_or_default();
        let well_formed = super::resource_id::parse_arm_id(id).is_ok();
        if well_formed && !is_template(group) && !is_resource_group(group) {
            let finding = ctx
                .at(&RESOURCE_NAME_INVALID, at, node.span)
                .variant("AML808.resource_group")
                .arg("name", group);
            ctx.emit(finding);
        }
    }
    let mut found = Vec::new();
    if let Some((name, node)) = ctx.str(&["network_settings", "vnet_name"])
        && !is_template(name)
        && !is_network_name(name, 2, 64)
    {
        found.push(
            ctx.at(
                &RESOURCE_NAME_INVALID,
                "/network_settings/vnet_name",
                node.span,
            )
            .arg("name", name),
        );
    }
    if let Some((name, node)) = ctx.str(&["load_balancer_subnet"])
        && !is_template(name)
        && !is_network_name(name, 1, 80)
    {
        found.push(
            ctx.at(&RESOURCE_NAME_INVALID, "/load_balancer_subnet", node.span)
                .variant("AML808.subnet")
                .arg("name", name),
        );
    }
    if let Some((name, node)) = ctx.str(&["data_lake_store_account_name"]) {
        let b = name.as_bytes();
        let valid = (3..=24).contains(&b.len()) && b.iter().copied().all(alnum_lower);
        if !(valid || is_template(name)) {
            found.push(
                ctx.at(
                    &RESOURCE_NAME_INVALID,
                    "/data_lake_store_account_name",
                    node.span,
                )
                .variant("AML808.data_lake_store")
                .arg("name", name),
            );
        }
    }
    if let Some((name, node)) = ctx.str(&["network_settings", "subnet"]) {
        let bare = !name.trim_start().starts_with('/');
        if bare && !name.trim().is_empty() && !is_template(name) && !is_network_name(name, 1, 80) {
            found.push(
                ctx.at(
                    &RESOURCE_NAME_INVALID,
                    "/network_settings/subnet",
                    node.span,
                )
                .variant("AML808.subnet")
                .arg("name", name),
            );
        }
    }
    found.into_iter().for_each(|d| ctx.emit(d));
}

/// A virtual network (2–64) or subnet (1–80) name: letters, digits, `_`, `.`, `-`; starts with
/// a letter or digit, ends with a letter, digit or `_`.
fn is_network_name(text: &str, min: usize, max: usize) -> bool {
    let b = text.as_bytes();
    (min..=max).contains(&b.len())
        && b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last()
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'))
}

/// A resource group name: 1–90 letters (any script), digits, `_`, `.`, `-`, `(`, `)`; not
/// ending with `.`.
fn is_resource_group(text: &str) -> bool {
    (1..=90).contains(&text.chars().count())
        && !text.ends_with('.')
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | '(' | ')'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arm_names_follow_azure_naming_rules() {
        for ok in ["vnet-ml", "v_", "a.b-c_d", "ab"] {
            assert!(is_network_name(ok, 2, 64), "{ok}");
        }
        for bad in ["vnet ml", "-vnet", "vnet.", "a", &"a".repeat(65)] {
            assert!(!is_network_name(bad, 2, 64), "{bad}");
        }
        for ok in ["rg-ml", "rg_(prod)", "Prüfung", "a.b-c"] {
            assert!(is_resource_group(ok), "{ok}");
        }
        for bad in ["rg.", "rg ml", "", "rg/x", &"a".repeat(91)] {
            assert!(!is_resource_group(bad), "{bad}");
        }
    }
}
