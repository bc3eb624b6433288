//! Virtual network, public IP and location settings of instances and clusters (AML4xx).

use super::Scope;
use crate::kind::Kind;
use crate::messages::Arg;
use crate::rule::{Enforcement, declare_rules, dutch};
use crate::yaml::Node;

const NETWORKED: &[Kind] = &[Kind::ComputeInstance, Kind::AmlCompute];

declare_rules! {
    /// `network_settings.vnet_name` without `subnet`. `az ml` stops with "Subnet is required when
    /// vnet name is specified" — but only when it builds the request.
    ///
    /// Sources: reference §2 (observed ValidationError), §14 item 6.
    pub(crate) static VNET_WITHOUT_SUBNET = {
        code: "AML401", name: "vnet-without-subnet", severity: crate::Severity::Error, kinds: NETWORKED,
        enforcement: Enforcement::Schema(&["dependencies"]),
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nnetwork_settings:\n  vnet_name: ml-vnet\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nnetwork_settings:\n  vnet_name: ml-vnet\n  subnet: training\n",
        message: "`network_settings.vnet_name` is set without `subnet`; az ml fails with \"Subnet is required when vnet name is specified\"",
        dutch: dutch! {
            docs: "`network_settings.vnet_name` zonder `subnet`. `az ml` stopt met \"Subnet is required when vnet name is specified\" — maar pas wanneer het de aanvraag opbouwt.\n\n\
                  Bronnen: naslag §2 (ValidationError waargenomen), §14 punt 6.",
            message: "`network_settings.vnet_name` is ingesteld zonder `subnet`; az ml faalt met \"Subnet is required when vnet name is specified\"",
        },
    }

    /// `network_settings.subnet` is a bare subnet name but `vnet_name` is missing. `az ml` builds the
    /// subnet ID `.../virtualNetworks/None/subnets/<name>`, which does not exist. Give `vnet_name`,
    /// or the full subnet ID.
    ///
    /// Sources: reference §2 (observed), §14 item 6.
    pub(crate) static SUBNET_NAME_WITHOUT_VNET = {
        code: "AML402", name: "subnet-name-without-vnet", severity: crate::Severity::Error, kinds: NETWORKED,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nnetwork_settings:\n  subnet: training\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nnetwork_settings:\n  vnet_name: ml-vnet\n  subnet: training\n",
        message: "`network_settings.subnet` is the subnet name `{subnet}` but `vnet_name` is missing; az ml would build a subnet ID with `virtualNetworks/None`",
        dutch: dutch! {
            docs: "`network_settings.subnet` is een losse subnetnaam, maar `vnet_name` ontbreekt. `az ml` maakt de subnet-id `.../virtualNetworks/None/subnets/<name>`, die niet bestaat. Geef `vnet_name` op, of de volledige subnet-id.\n\n\
                  Bronnen: naslag §2 (waargenomen), §14 punt 6.",
            message: "`network_settings.subnet` is de subnetnaam `{subnet}`, maar `vnet_name` ontbreekt; az ml zou een subnet-id met `virtualNetworks/None` maken",
        },
    }

    /// `vnet_name` together with a full subnet ID. The YAML reference says: "Do not specify
    /// vnet_name if the subnet ID is specified"; the ID already names the network.
    ///
    /// Sources: reference §2 (DOC-yaml-ci).
    pub(crate) static VNET_WITH_SUBNET_ID = {
        code: "AML403", name: "vnet-with-subnet-id", severity: crate::Severity::Warning, kinds: NETWORKED,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nnetwork_settings:\n  vnet_name: ml-vnet\n  subnet: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/ml-vnet/subnets/training\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nnetwork_settings:\n  subnet: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/ml-vnet/subnets/training\n",
        message: "`vnet_name` must be left out when `subnet` is a full subnet ID",
        dutch: dutch! {
            docs: "`vnet_name` samen met een volledige subnet-id. De YAML-naslag zegt: \"Do not specify vnet_name if the subnet ID is specified\"; de id noemt het netwerk al.\n\n\
                  Bronnen: naslag §2 (YAML-naslag van reken-exemplaren).",
            message: "laat `vnet_name` weg wanneer `subnet` een volledige subnet-id is",
        },
    }

    /// `enable_node_public_ip: false` without a subnet. Nodes without public IPs must sit in a
    /// virtual network, and the workspace needs a private endpoint; otherwise the service answers
    /// "Provided EnableNodePublicIp 'False' requires workspace private endpoint."
    ///
    /// Sources: reference §2 (CLI recording, TF, DOC-ci), §3, §14 item 9; service-errors #13, #14
    /// (azurerm PR#21377).
    pub(crate) static PRIVATE_NODES_WITHOUT_SUBNET = {
        code: "AML404", name: "private-nodes-without-subnet", severity: crate::Severity::Warning, kinds: NETWORKED,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-private\ntype: computeinstance\nenable_node_public_ip: false\n",
        valid: "name: ci-private\ntype: computeinstance\nenable_node_public_ip: false\nnetwork_settings:\n  vnet_name: ml-vnet\n  subnet: training\n",
        message: "`enable_node_public_ip: false` needs a subnet in `network_settings` and a workspace with a private endpoint",
        dutch: dutch! {
            docs: "`enable_node_public_ip: false` zonder subnet. Knooppunten zonder openbaar IP-adres moeten in een virtueel netwerk staan, en de werkruimte heeft een privé-eindpunt nodig; anders antwoordt de service \"Provided EnableNodePublicIp 'False' requires workspace private endpoint.\"\n\n\
                  Bronnen: naslag §2 (CLI-opname, TF, artikel over reken-exemplaren), §3, §14 punt 9; servicefouten #13, #14 (azurerm PR#21377).",
            message: "`enable_node_public_ip: false` vereist een subnet in `network_settings` en een werkruimte met een privé-eindpunt",
        },
    }

    /// `location` is honoured only by compute clusters. For other kinds `az ml` logs "'Location'
    /// is not supported for compute type ... and will not be used" and uses the workspace region.
    ///
    /// Sources: reference §0 (SDK `begin_create_or_update`), §2, §14 item 10.
    pub(crate) static LOCATION_IGNORED = {
        code: "AML405", name: "location-ignored", severity: crate::Severity::Warning,
        kinds: &[Kind::ComputeInstance, Kind::Kubernetes, Kind::VirtualMachine, Kind::SynapseSpark],
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-dev\ntype: computeinstance\nlocation: westeurope\n",
        valid: "name: ci-dev\ntype: computeinstance\n",
        message: "`location` is ignored for type `{kind}`; az ml uses the workspace region",
        dutch: dutch! {
            docs: "`location` geldt alleen voor rekenclusters. Voor ander typeen logt `az ml` \"'Location' is not supported for compute type ... and will not be used\" en gebruikt het de regio van de werkruimte.\n\n\
                  Bronnen: naslag §0 (SDK `begin_create_or_update`), §2, §14 punt 10.",
            message: "`location` wordt genegeerd voor type `{kind}`; az ml gebruikt de regio van de werkruimte",
        },
    }

    /// `network_settings` without a `subnet` or `vnet_name` (empty, or with an empty `subnet`; with
    /// `vnet_name` it is AML401). `az ml` fails as it builds the request, before anything is sent:
    /// "'NoneType' object has no attribute 'lower'". Set the subnet (with `vnet_name`, or as a full
    /// ID), or leave `network_settings` out.
    ///
    /// Sources: reference §2, §3 (network settings); azure-ai-ml 1.35.2
    /// `ComputeOperations.begin_create_or_update` → `get_subnet_str`, observed.
    pub(crate) static NETWORK_SETTINGS_WITHOUT_SUBNET = {
        code: "AML406", name: "network-settings-without-subnet", severity: crate::Severity::Error, kinds: NETWORKED,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nnetwork_settings: {}\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\n",
        message: "`network_settings` has no `subnet`; az ml fails as it builds the request ('NoneType' object has no attribute 'lower'): set the subnet, or leave network_settings out",
        dutch: dutch! {
            docs: "`network_settings` zonder `subnet` of `vnet_name` (leeg, of met een lege `subnet`; met `vnet_name` is het AML401). `az ml` faalt bij het opbouwen van de aanvraag, voordat er iets wordt verzonden: \"'NoneType' object has no attribute 'lower'\". Stel het subnet in (met `vnet_name`, of als volledige id), of laat `network_settings` weg.\n\n\
                  Bronnen: naslag §2, §3 (netwerkinstellingen); azure-ai-ml 1.35.2 `ComputeOperations.begin_create_or_update` → `get_subnet_str`, waargenomen.",
            message: "`network_settings` heeft geen `subnet`; az ml faalt bij het opbouwen van de aanvraag ('NoneType' object has no attribute 'lower'): stel het subnet in, of laat network_settings weg",
        },
    }
}

/// Whether a subnet value is a full ARM ID rather than a name.
pub(crate) fn is_subnet_id(subnet: &str) -> bool {
    subnet.trim_start().starts_with('/')
}

pub(crate) fn check(ctx: &mut Scope<'_>) {
    vnet_and_subnet(ctx);
    private_nodes_without_subnet(ctx);
    location_ignored(ctx);
}

/// AML401, AML402, AML403 and AML406: one decision on the pair, so at most one of them.
fn vnet_and_subnet(ctx: &mut Scope<'_>) {
    let vnet = ctx.str(&["network_settings", "vnet_name"]);
    let subnet = subnet(ctx);
    let has_settings = ctx
        .get(&["network_settings"])
        .is_some_and(|n| n.as_map().is_some());
    match (vnet, subnet) {
        (Some((_, vnet_node)), None) => {
            ctx.emit(ctx.at(
                &VNET_WITHOUT_SUBNET,
                "/network_settings/vnet_name",
                vnet_node.span,
            ));
        }
        (None, Some((name, node))) if !is_subnet_id(name) => {
            ctx.emit(
                ctx.at(
                    &SUBNET_NAME_WITHOUT_VNET,
                    "/network_settings/subnet",
                    node.span,
                )
                .arg("subnet", name),
            );
        }
        (Some((_, vnet_node)), Some((id, _))) if is_subnet_id(id) => {
            ctx.emit(ctx.at(
                &VNET_WITH_SUBNET_ID,
                "/network_settings/vnet_name",
                vnet_node.span,
            ));
        }
        (None, None) if has_settings => {
            let span = ctx.key_span(&["network_settings"]);
            ctx.emit(ctx.at(&NETWORK_SETTINGS_WITHOUT_SUBNET, "/network_settings", span));
        }
        _ => {}
    }
}

fn private_nodes_without_subnet(ctx: &mut Scope<'_>) {
    let subnet = subnet(ctx);
    if ctx.bool(&["enable_node_public_ip"]) == Some(false) && subnet.is_none() {
        let span = ctx
            .get(&["enable_node_public_ip"])
            .map_or(ctx.root.span, |n| n.span);
        ctx.emit(ctx.at(
            &PRIVATE_NODES_WITHOUT_SUBNET,
            "/enable_node_public_ip",
            span,
        ));
    }
}

/// The subnet, if one is set: an empty one is none, as `az ml` tests it for truth.
fn subnet<'a>(ctx: &Scope<'a>) -> Option<(&'a str, &'a Node<'a>)> {
    ctx.str(&["network_settings", "subnet"])
        .filter(|(text, _)| !text.is_empty())
}

fn location_ignored(ctx: &mut Scope<'_>) {
    if let Some(location) = ctx.get(&["location"]) {
        let diagnostic = ctx
            .at(&LOCATION_IGNORED, "/location", location.span)
            .arg("kind", Arg::code(ctx.kind.type_name()));
        ctx.emit(diagnostic);
    }
}
