//! AKS inference clusters: create versus attach, sizing, networking, SSL (AML7xx).

use crate::messages::{Arg, Join};
use crate::span::Span;
use std::net::Ipv4Addr;

use super::Scope;
use crate::kind::Kind;
use crate::model::aks::{CLUSTER_PURPOSE, LOAD_BALANCER_TYPE};
use crate::rule::{Enforcement, declare_rules, dutch};
use crate::yaml::Node;

const AKS: &[Kind] = &[Kind::Aks];

declare_rules! {
    /// An AKS spec either attaches an existing cluster (`resource_id`) or creates a new one of a
    /// `size`, not both: the studio form offers "Create new" or "Use existing", and the size of an
    /// existing cluster is its own. A node count beside `resource_id` is no conflict: the REST
    /// API's own example attaches a cluster with `agentCount` and the service answers with it.
    ///
    /// Sources: SEED (Kubernetes-service row), reference §4; the REST API's example
    /// `Compute/createOrUpdate/AKSCompute.json` (2024-04-01: `resourceId` with `agentCount: 4`).
    pub(crate) static AKS_CREATE_AND_ATTACH = {
        code: "AML701", name: "aks-create-and-attach", severity: crate::Severity::Error, kinds: AKS,
        enforcement: Enforcement::Schema(&["not"]),
        invalid: "name: aks-prod\ntype: aks\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks\nsize: Standard_D3_v2\nagent_count: 3\n",
        valid: "name: aks-prod\ntype: aks\nsize: Standard_D3_v2\nagent_count: 3\n",
        message: "`resource_id` attaches an existing cluster, but `size` describes a new one; use one or the other",
        dutch: dutch! {
            docs: "Een AKS-specificatie koppelt een bestaand cluster (`resource_id`) of maakt een nieuw cluster van een `size`, niet allebei: het formulier in de studio biedt \"Nieuwe maken\" of \"Bestaande gebruiken\", en een bestaand cluster heeft zijn eigen grootte. Een aantal knooppunten naast `resource_id` is geen conflict: het eigen voorbeeld van de REST API koppelt een cluster met `agentCount` en de service antwoordt ermee.\n\n\
                  Bronnen: studio-artikel (rij Kubernetes-service), naslag §4; het voorbeeld van de REST API `Compute/createOrUpdate/AKSCompute.json` (2024-04-01: `resourceId` met `agentCount: 4`).",
            message: "`resource_id` koppelt een bestaand cluster, maar `size` beschrijft een nieuw cluster; gebruik het een of het ander",
        },
    }

    /// An AKS spec says neither which cluster to attach (`resource_id`) nor how to create one
    /// (both `size` and `agent_count`).
    ///
    /// Sources: SEED (Kubernetes-service row), reference §4.
    pub(crate) static AKS_NEITHER_CREATE_NOR_ATTACH = {
        code: "AML702", name: "aks-neither-create-nor-attach", severity: crate::Severity::Error, kinds: AKS,
        enforcement: Enforcement::Schema(&["anyOf"]),
        invalid: "name: aks-prod\ntype: aks\nsize: Standard_D3_v2\n",
        valid: "name: aks-prod\ntype: aks\nsize: Standard_D3_v2\nagent_count: 3\n",
        message: "the AKS spec needs `{missing}`",
        variants: &[
            ("neither", "the AKS spec needs `resource_id` (to attach a cluster), or `size` and `agent_count` (to create one)"),
        ],
        dutch: dutch! {
            docs: "Een AKS-specificatie zegt niet welk cluster moet worden gekoppeld (`resource_id`), noch hoe er een moet worden gemaakt (zowel `size` als `agent_count`).\n\n\
                  Bronnen: studio-artikel (rij Kubernetes-service), naslag §4.",
            message: "de AKS-specificatie vereist `{missing}`",
            variants: &[
                ("neither", "de AKS-specificatie vereist `resource_id` (om een cluster te koppelen), of `size` en `agent_count` (om er een te maken)"),
            ],
        },
    }

    /// A production AKS cluster with fewer than 12 vCPUs in all: "The number of nodes multiplied by
    /// the virtual machine's number of cores (vCPUs) must be greater than or equal to 12." A
    /// cluster without `cluster_purpose` is a production cluster. Needs the size's vCPU count from
    /// amlint's size table (AML305 says when a size is not in it).
    ///
    /// Sources: SEED ("Aantal knooppunten"), reference §4 (DOC-aks-2020, TF docs, DP100#43), §11
    /// item 4.
    pub(crate) static AKS_PRODUCTION_VCPUS = {
        code: "AML703", name: "aks-production-vcpus", severity: crate::Severity::Error, kinds: AKS,
        enforcement: Enforcement::Semantic,
        invalid: "name: aks-prod\ntype: aks\nsize: Standard_D3_v2\nagent_count: 2\n",
        valid: "name: aks-prod\ntype: aks\nsize: Standard_D3_v2\nagent_count: 3\n",
        message: "{nodes} node(s) of {size} ({vcpus} vCPUs each) give {total} vCPUs; a production cluster needs at least 12: use {needed} or more nodes, or `cluster_purpose: dev_test`",
        dutch: dutch! {
            docs: "Een AKS-productiecluster met in totaal minder dan 12 vCPU's. Het studio-artikel zegt: \"Het aantal knooppunten vermenigvuldigd met het aantal kernen (vCPU's) van de virtuele machine moet groter zijn dan of gelijk zijn aan 12.\" Een cluster zonder `cluster_purpose` is een productiecluster. Heeft het aantal vCPU's van de grootte uit de groottetabel van amlint nodig (AML305 meldt wanneer een grootte er niet in staat).\n\n\
                  Bronnen: studio-artikel (\"Aantal knooppunten\"), naslag §4 (AKS-artikel van 2020, TF-documentatie, DP100#43), §11 punt 4.",
            message: "`agent_count: {nodes}` met {size} ({vcpus} vCPU's per knooppunt) geeft {total} vCPU's; een productiecluster heeft er ten minste 12 nodig: gebruik {needed} of meer knooppunten, of `cluster_purpose: dev_test`",
        },
    }

    /// A production AKS cluster with fewer than 3 nodes. The newest AKS docs (2022) say a
    /// production cluster "must contain at least 3 nodes"; the REST API allows fewer, so this is a
    /// warning.
    ///
    /// Sources: reference §4 (DOC-aks-v1), §11 item 4.
    pub(crate) static AKS_PRODUCTION_NODES = {
        code: "AML704", name: "aks-production-nodes", severity: crate::Severity::Warning, kinds: AKS,
        enforcement: Enforcement::Semantic,
        invalid: "name: aks-prod\ntype: aks\nsize: Standard_D16s_v3\nagent_count: 1\n",
        valid: "name: aks-prod\ntype: aks\nsize: Standard_D4s_v3\nagent_count: 3\n",
        message: "a production cluster should have at least 3 nodes; this one has {nodes}",
        dutch: dutch! {
            docs: "Een AKS-productiecluster met minder dan 3 knooppunten. Volgens de nieuwste AKS-documentatie (2022) moet een productiecluster ten minste 3 knooppunten hebben (\"must contain at least 3 nodes\"); de REST API staat er minder toe, dus dit is een waarschuwing.\n\n\
                  Bronnen: naslag §4 (AKS-artikel v1), §11 punt 4.",
            message: "een productiecluster hoort ten minste 3 knooppunten te hebben; dit cluster heeft er {nodes}",
        },
    }

    /// A dev-test AKS cluster with fewer than 2 vCPUs in all; the docs recommend at least 2.
    ///
    /// Sources: reference §4 (DOC-aks-2020), §11 item 4.
    pub(crate) static AKS_DEV_TEST_VCPUS = {
        code: "AML705", name: "aks-dev-test-vcpus", severity: crate::Severity::Info, kinds: AKS,
        enforcement: Enforcement::Semantic,
        invalid: "name: aks-dev\ntype: aks\ncluster_purpose: dev_test\nsize: Standard_DS1_v2\nagent_count: 1\n",
        valid: "name: aks-dev\ntype: aks\ncluster_purpose: dev_test\nsize: Standard_DS2_v2\nagent_count: 1\n",
        message: "{total} vCPU(s) in all; at least 2 are recommended for a dev-test cluster",
        dutch: dutch! {
            docs: "Een AKS-ontwikkel-/testcluster met in totaal minder dan 2 vCPU's; de documentatie raadt er ten minste 2 aan.\n\n\
                  Bronnen: naslag §4 (AKS-artikel van 2020), §11 punt 4.",
            message: "het cluster heeft in totaal {total} vCPU; voor een ontwikkel-/testcluster worden er ten minste 2 aanbevolen",
        },
    }

    /// SSL with your own certificate (`cert`, `key`, `cname`) and with a Microsoft certificate
    /// (`leaf_domain_label`, `overwrite_existing_domain`) at once. Pick one.
    ///
    /// Sources: reference §4 (TF `ConflictsWith`).
    pub(crate) static SSL_CERT_WITH_LEAF_LABEL = {
        code: "AML706", name: "ssl-cert-with-leaf-label", severity: crate::Severity::Error, kinds: AKS,
        enforcement: Enforcement::Schema(&["not"]),
        invalid: "name: aks-prod\ntype: aks\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks\nssl:\n  cname: ml.contoso.com\n  cert: cert.pem\n  leaf_domain_label: contoso-ml\n",
        valid: "name: aks-prod\ntype: aks\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks\nssl:\n  status: auto\n  leaf_domain_label: contoso-ml\n",
        message: "SSL uses your own certificate ({own}) and a Microsoft certificate ({managed}) at once; choose one",
        dutch: dutch! {
            docs: "SSL tegelijk met uw eigen certificaat (`cert`, `key`, `cname`) en met een Microsoft-certificaat (`leaf_domain_label`, `overwrite_existing_domain`). Kies er één.\n\n\
                  Bronnen: naslag §4 (TF `ConflictsWith`).",
            message: "SSL gebruikt tegelijk uw eigen certificaat ({own}) en een Microsoft-certificaat ({managed}); kies er één",
        },
    }

    /// SSL settings that cannot work: `status: enabled` needs `cert`, `key` and `cname`;
    /// `status: auto` needs `leaf_domain_label`.
    ///
    /// Sources: reference §4 (REST `sslConfiguration`, TF status derivation).
    pub(crate) static SSL_INCOMPLETE = {
        code: "AML707", name: "ssl-incomplete", severity: crate::Severity::Error, kinds: AKS,
        enforcement: Enforcement::Schema(&["if", "then"]),
        invalid: "name: aks-prod\ntype: aks\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks\nssl:\n  status: auto\n",
        valid: "name: aks-prod\ntype: aks\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks\nssl:\n  status: auto\n  leaf_domain_label: contoso-ml\n",
        message: "`ssl.status: {status}` needs {missing}",
        dutch: dutch! {
            docs: "SSL-instellingen die niet kunnen werken: `status: enabled` vereist `cert`, `key` en `cname`; `status: auto` vereist `leaf_domain_label`.\n\n\
                  Bronnen: naslag §4 (REST `sslConfiguration`, afleiding van de status in TF).",
            message: "`ssl.status: {status}` vereist {missing}",
        },
    }

    /// `service_cidr` or `docker_bridge_cidr` is not an IPv4 CIDR range (`10.0.0.0/16`), or
    /// `dns_service_ip` is not an IPv4 address.
    ///
    /// Sources: reference §4 (REST patterns for `serviceCidr`, `dockerBridgeCidr`, `dnsServiceIP`).
    pub(crate) static ADDRESS_INVALID = {
        code: "AML708", name: "address-invalid", severity: crate::Severity::Error, kinds: AKS,
        enforcement: Enforcement::Schema(&["pattern"]),
        invalid: "name: aks-prod\ntype: aks\nsize: Standard_D3_v2\nagent_count: 3\nnetwork_settings:\n  subnet_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aks\n  service_cidr: 10.0.0.0/33\n  dns_service_ip: 10.0.0.10\n  docker_bridge_cidr: 172.17.0.1/16\n",
        valid: "name: aks-prod\ntype: aks\nsize: Standard_D3_v2\nagent_count: 3\nnetwork_settings:\n  subnet_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aks\n  service_cidr: 10.0.0.0/16\n  dns_service_ip: 10.0.0.10\n  docker_bridge_cidr: 172.17.0.1/16\n",
        message: "`{field}` is `{value}`, not {expected}",
        dutch: dutch! {
            docs: "`service_cidr` of `docker_bridge_cidr` is geen IPv4-CIDR-bereik (`10.0.0.0/16`), of `dns_service_ip` is geen IPv4-adres.\n\n\
                  Bronnen: naslag §4 (REST-patronen voor `serviceCidr`, `dockerBridgeCidr`, `dnsServiceIP`).",
            message: "`{field}` is `{value}`, niet {expected}",
        },
    }

    /// `dns_service_ip` lies outside `service_cidr`. "DNS IP must be within service CIDR."
    ///
    /// Sources: reference §4 (REST `aksNetworkingConfiguration` descriptions).
    pub(crate) static DNS_IP_OUTSIDE_SERVICE_CIDR = {
        code: "AML709", name: "dns-ip-outside-service-cidr", severity: crate::Severity::Error, kinds: AKS,
        enforcement: Enforcement::Semantic,
        invalid: "name: aks-prod\ntype: aks\nsize: Standard_D3_v2\nagent_count: 3\nnetwork_settings:\n  subnet_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aks\n  service_cidr: 10.0.0.0/16\n  dns_service_ip: 10.1.0.10\n  docker_bridge_cidr: 172.17.0.1/16\n",
        valid: "name: aks-prod\ntype: aks\nsize: Standard_D3_v2\nagent_count: 3\nnetwork_settings:\n  subnet_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aks\n  service_cidr: 10.0.0.0/16\n  dns_service_ip: 10.0.0.10\n  docker_bridge_cidr: 172.17.0.1/16\n",
        message: "`dns_service_ip` {ip} is outside `service_cidr` {cidr}",
        dutch: dutch! {
            docs: "`dns_service_ip` ligt buiten `service_cidr`. \"DNS IP must be within service CIDR.\"\n\n\
                  Bronnen: naslag §4 (beschrijvingen in REST `aksNetworkingConfiguration`).",
            message: "`dns_service_ip` {ip} ligt buiten `service_cidr` {cidr}",
        },
    }

    /// `docker_bridge_cidr` overlaps `service_cidr`. The Docker bridge "must not overlap" the
    /// service range (nor any subnet).
    ///
    /// Sources: reference §4 (REST `dockerBridgeCidr` description).
    pub(crate) static ADDRESS_RANGES_OVERLAP = {
        code: "AML710", name: "address-ranges-overlap", severity: crate::Severity::Error, kinds: AKS,
        enforcement: Enforcement::Semantic,
        invalid: "name: aks-prod\ntype: aks\nsize: Standard_D3_v2\nagent_count: 3\nnetwork_settings:\n  subnet_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aks\n  service_cidr: 10.0.0.0/16\n  dns_service_ip: 10.0.0.10\n  docker_bridge_cidr: 10.0.128.1/17\n",
        valid: "name: aks-prod\ntype: aks\nsize: Standard_D3_v2\nagent_count: 3\nnetwork_settings:\n  subnet_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aks\n  service_cidr: 10.0.0.0/16\n  dns_service_ip: 10.0.0.10\n  docker_bridge_cidr: 172.17.0.1/16\n",
        message: "`docker_bridge_cidr` {bridge} overlaps `service_cidr` {cidr}",
        dutch: dutch! {
            docs: "`docker_bridge_cidr` overlapt met `service_cidr`. De Docker-bridge mag niet overlappen met het servicebereik of met een subnet (\"must not overlap\").\n\n\
                  Bronnen: naslag §4 (beschrijving van REST `dockerBridgeCidr`).",
            message: "`docker_bridge_cidr` {bridge} overlapt met `service_cidr` {cidr}",
        },
    }

    /// Advanced networking needs all four settings: `subnet_id`, `service_cidr`, `dns_service_ip`
    /// and `docker_bridge_cidr`.
    ///
    /// Sources: reference §4 (REST `aksNetworkingConfiguration`; studio "Advanced" form).
    pub(crate) static AKS_NETWORK_INCOMPLETE = {
        code: "AML711", name: "aks-network-incomplete", severity: crate::Severity::Error, kinds: AKS,
        enforcement: Enforcement::Schema(&["required"]),
        invalid: "name: aks-prod\ntype: aks\nsize: Standard_D3_v2\nagent_count: 3\nnetwork_settings:\n  subnet_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aks\n",
        valid: "name: aks-prod\ntype: aks\nsize: Standard_D3_v2\nagent_count: 3\nnetwork_settings:\n  subnet_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aks\n  service_cidr: 10.0.0.0/16\n  dns_service_ip: 10.0.0.10\n  docker_bridge_cidr: 172.17.0.1/16\n",
        message: "advanced networking also needs {missing}",
        dutch: dutch! {
            docs: "Geavanceerde netwerkconfiguratie vereist alle vier de instellingen: `subnet_id`, `service_cidr`, `dns_service_ip` en `docker_bridge_cidr`.\n\n\
                  Bronnen: naslag §4 (REST `aksNetworkingConfiguration`; formulier \"Advanced\" in de studio).",
            message: "voor geavanceerde netwerkconfiguratie is ook {missing} nodig",
        },
    }

    /// `load_balancer_subnet` only applies to an internal load balancer; with `public_ip` (the
    /// default) it is ignored.
    ///
    /// Sources: reference §4 (REST `loadBalancerType`, `loadBalancerSubnet`).
    pub(crate) static LOAD_BALANCER_SUBNET_WITHOUT_INTERNAL = {
        code: "AML712", name: "load-balancer-subnet-without-internal", severity: crate::Severity::Warning, kinds: AKS,
        enforcement: Enforcement::Semantic,
        invalid: "name: aks-prod\ntype: aks\nsize: Standard_D3_v2\nagent_count: 3\nload_balancer_subnet: scoring\n",
        valid: "name: aks-prod\ntype: aks\nsize: Standard_D3_v2\nagent_count: 3\nload_balancer_type: internal_load_balancer\nload_balancer_subnet: scoring\n",
        message: "`load_balancer_subnet` is ignored unless `load_balancer_type` is internal_load_balancer",
        dutch: dutch! {
            docs: "`load_balancer_subnet` geldt alleen voor een interne load balancer; met `public_ip` (de standaardwaarde) wordt het genegeerd.\n\n\
                  Bronnen: naslag §4 (REST `loadBalancerType`, `loadBalancerSubnet`).",
            message: "`load_balancer_subnet` wordt genegeerd, tenzij `load_balancer_type` internal_load_balancer is",
        },
    }
}

/// An IPv4 range `a.b.c.d/n` (or a single address, `/32`).
fn parse_cidr(text: &str) -> Option<(u32, u32)> {
    // As strict as the REST pattern: no spaces, no sign, no leading zero in the prefix.
    let (addr, prefix) = match text.split_once('/') {
        Some((a, p)) => {
            let plain = (1..=2).contains(&p.len())
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p == "0" || !p.starts_with('0'));
            (a, p.parse::<u32>().ok().filter(|p| plain && *p <= 32)?)
        }
        None => (text, 32),
    };
    let addr: Ipv4Addr = addr.parse().ok()?;
    let mask = if prefix == 0 {
        0
    } else {
        u32::MAX << (32 - prefix)
    };
    Some((u32::from(addr) & mask, mask))
}

pub(crate) fn check(ctx: &mut Scope<'_>) {
    check_source_and_size(ctx);
    check_ssl(ctx);
    check_network(ctx);
    if let Some((_, node)) = ctx.str(&["load_balancer_subnet"]) {
        let internal = ctx
            .str(&["load_balancer_type"])
            .and_then(|(t, _)| LOAD_BALANCER_TYPE.canonical(t))
            == Some("internal_load_balancer");
        if !internal {
            ctx.emit(ctx.at(
                &LOAD_BALANCER_SUBNET_WITHOUT_INTERNAL,
                "/load_balancer_subnet",
                node.span,
            ));
        }
    }
}

fn check_source_and_size(ctx: &mut Scope<'_>) {
    // Presence decides create versus attach, whatever the values' types (those are AML102's).
    let attach = ctx.get(&["resource_id"]).is_some();
    let has_size = ctx.get(&["size"]).is_some();
    let has_count = ctx.get(&["agent_count"]).is_some();
    let size = ctx.str(&["size"]);
    let count = ctx.int(&["agent_count"]);
    let type_span = ctx.key_span(&["type"]);
    // A count beside `resource_id` is the attached cluster's own (the REST API's example).
    if attach && has_size {
        let span = ctx.key_span(&["resource_id"]);
        ctx.emit(ctx.at(&AKS_CREATE_AND_ATTACH, "/resource_id", span));
    } else if !(attach || has_size && has_count) {
        let diagnostic = ctx.at(&AKS_NEITHER_CREATE_NOR_ATTACH, "", type_span);
        ctx.emit(match (has_size, has_count) {
            (true, false) => diagnostic.arg("missing", Arg::code("agent_count")),
            (false, true) => diagnostic.arg("missing", Arg::code("size")),
            _ => diagnostic.variant("AML702.neither"),
        });
    }
    let purpose = ctx
        .str(&["cluster_purpose"])
        .map_or(Some("production"), |(p, _)| CLUSTER_PURPOSE.canonical(p));
    let facts = size.map(|(s, _)| ctx.vm_size(s));
    let known = facts.and_then(|f| f.cores().zip(f.name()));
    let Some(((nodes, count_node), ((vcpus, _), size_name))) = count.zip(known) else {
        if let (Some("production"), Some((nodes, node))) = (purpose, count)
            && nodes < 3
        {
            ctx.emit(
                ctx.at(&AKS_PRODUCTION_NODES, "/agent_count", node.span)
                    .arg("nodes", nodes),
            );
        }
        return;
    };
    let total = nodes.saturating_mul(i64::from(vcpus));
    let at = |rule| {
        ctx.at(rule, "/agent_count", count_node.span)
            .arg("nodes", nodes)
            .arg("size", size_name)
            .arg("vcpus", vcpus)
            .arg("total", total)
    };
    let mut found = Vec::new();
    match purpose {
        Some("production") => {
            if total < 12 {
                let needed = (12 + i64::from(vcpus) - 1) / i64::from(vcpus);
                found.push(at(&AKS_PRODUCTION_VCPUS).arg("needed", needed));
            }
            if nodes < 3 {
                found.push(at(&AKS_PRODUCTION_NODES));
            }
        }
        Some("dev_test") if total < 2 => found.push(at(&AKS_DEV_TEST_VCPUS)),
        _ => {}
    }
    found.into_iter().for_each(|d| ctx.emit(d));
}

fn check_ssl(ctx: &mut Scope<'_>) {
    let Some(ssl) = ctx.get(&["ssl"]).filter(|n| n.as_map().is_some()) else {
        return;
    };
    let has = |key: &str| ssl.get(key).is_some();
    let own = ["cert", "key", "cname"]
        .into_iter()
        .filter(|k| has(k))
        .collect::<Vec<_>>();
    let managed = ["leaf_domain_label", "overwrite_existing_domain"]
        .into_iter()
        .filter(|k| has(k))
        .collect::<Vec<_>>();
    let span = ctx.key_span(&["ssl"]);
    if !own.is_empty() && !managed.is_empty() {
        ctx.emit(
            ctx.at(&SSL_CERT_WITH_LEAF_LABEL, "/ssl", span)
                .arg("own", Arg::codes(own, Join::Comma))
                .arg("managed", Arg::codes(managed, Join::Comma)),
        );
    }
    let status = ssl
        .get("status")
        .and_then(Node::as_str)
        .map(str::to_ascii_lowercase);
    let missing: Vec<&str> = match status.as_deref() {
        Some("enabled") => ["cert", "key", "cname"]
            .into_iter()
            .filter(|k| !has(k))
            .collect(),
        Some("auto") => ["leaf_domain_label"]
            .into_iter()
            .filter(|k| !has(k))
            .collect(),
        _ => Vec::new(),
    };
    if !missing.is_empty() {
        let diagnostic = ctx
            .at(&SSL_INCOMPLETE, "/ssl", span)
            .arg("status", status.unwrap_or_default())
            .arg("missing", Arg::codes(missing, Join::Comma));
        ctx.emit(diagnostic);
    }
}

fn check_network(ctx: &mut Scope<'_>) {
    let Some(settings) = ctx
        .get(&["network_settings"])
        .filter(|n| n.as_map().is_some())
    else {
        return;
    };
    let fields = [
        "subnet_id",
        "service_cidr",
        "dns_service_ip",
        "docker_bridge_cidr",
    ];
    let missing: Vec<&str> = fields
        .into_iter()
        .filter(|k| settings.get(k).is_none())
        .collect();
    if !missing.is_empty() {
        let diagnostic = ctx.at_key(&AKS_NETWORK_INCOMPLETE, &["network_settings"]);
        ctx.emit(diagnostic.arg("missing", Arg::codes(missing, Join::Comma)));
    }
    let service = address(ctx, "service_cidr", Address::Range);
    let dns = address(ctx, "dns_service_ip", Address::Single);
    let bridge = address(ctx, "docker_bridge_cidr", Address::Range);
    let Some(service) = service else {
        return;
    };
    if let Some(dns) = dns.filter(|dns| dns.net & service.mask != service.net) {
        let path = ["network_settings", "dns_service_ip"];
        let diagnostic = ctx
            .at_path(&DNS_IP_OUTSIDE_SERVICE_CIDR, &path, dns.span)
            .arg("ip", dns.text)
            .arg("cidr", service.text);
        ctx.emit(diagnostic);
    }
    // Two ranges overlap when they agree on the bits of the shorter prefix.
    let common = |other: &Read<'_>| service.mask & other.mask;
    if let Some(bridge) = bridge.filter(|b| service.net & common(b) == b.net & common(b)) {
        let path = ["network_settings", "docker_bridge_cidr"];
        let diagnostic = ctx
            .at_path(&ADDRESS_RANGES_OVERLAP, &path, bridge.span)
            .arg("bridge", bridge.text)
            .arg("cidr", service.text);
        ctx.emit(diagnostic);
    }
}

/// What an address field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Address {
    /// One IPv4 address.
    Single,
    /// An IPv4 CIDR range.
    Range,
}

/// An address as read: network bits and mask (all ones for one address), with its text and
/// place, so findings can quote and point at it.
struct Read<'a> {
    net: u32,
    mask: u32,
    text: &'a str,
    span: Span,
}

/// The address at `network_settings.<key>`, reporting it when it is not one.
fn address<'a>(ctx: &mut Scope<'a>, key: &str, kind: Address) -> Option<Read<'a>> {
    let path = ["network_settings", key];
    let (text, node) = ctx.str(&path)?;
    let parsed = match kind {
        Address::Single => text
            .parse::<Ipv4Addr>()
            .ok()
            .map(|a| (u32::from(a), u32::MAX)),
        Address::Range => parse_cidr(text),
    };
    let Some((net, mask)) = parsed else {
        let expected = match kind {
            Address::Single => "address.ip",
            Address::Range => "address.cidr",
        };
        let diagnostic = ctx
            .at_path(&ADDRESS_INVALID, &path, node.span)
            .arg("field", Arg::code(key))
            .arg("value", text)
            .arg("expected", Arg::Word(expected));
        ctx.emit(diagnostic);
        return None;
    };
    Some(Read {
        net,
        mask,
        text,
        span: node.span,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidrs_parse_like_the_rest_pattern() {
        assert_eq!(parse_cidr("10.0.0.0/16"), Some((0x0A00_0000, 0xFFFF_0000)));
        assert!(parse_cidr("10.0.0.0/33").is_none());
        assert!(parse_cidr("10.0.0/16").is_none());
        assert!(parse_cidr("10.0.0.0/").is_none());
        assert_eq!(parse_cidr("0.0.0.0/0"), Some((0, 0)));
    }
}
