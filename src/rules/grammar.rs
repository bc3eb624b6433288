//! Values that are names in another system, held to that system's grammar where it would refuse
//! them (AML805–AML809): Kubernetes objects and resources, Azure regions, Azure network and
//! resource group names, container image references. `az ml` passes them on unchecked; the
//! other system refuses them later.

use super::{Scope, is_template};
use crate::kind::Kind;
use crate::rule::{Enforcement, declare_rules, dutch};
use crate::yaml::{Node, pointer_push};

declare_rules! {
    /// A Kubernetes object name the cluster would refuse. A `namespace` is an RFC 1123 label:
    /// at most 63 lower-case letters, digits and `-`, starting and ending with a letter or
    /// digit (`azureml`, not `AzureML` or `ml_jobs`). An instance type (a key of
    /// `properties.instanceTypes`, and `properties.defaultInstanceType`) is an object name:
    /// at most 253 lower-case letters, digits, `-` and `.`, starting and ending with a letter
    /// or digit. Azure ML creates these objects in the cluster when it attaches it or runs a
    /// job, and Kubernetes refuses other names.
    ///
    /// Sources: reference §5 (`namespace` must exist in the cluster; `properties`:
    /// `defaultInstanceType`, `instanceTypes`); Kubernetes object names and IDs (RFC 1123).
    pub(crate) static KUBERNETES_NAME_INVALID = {
        code: "AML805", name: "kubernetes-name-invalid", severity: crate::Severity::Error, kinds: &[Kind::Kubernetes],
        enforcement: Enforcement::Semantic,
        invalid: "name: k8s-compute\ntype: kubernetes\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc\nnamespace: AzureML_jobs\n",
        valid: "name: k8s-compute\ntype: kubernetes\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc\nnamespace: azureml-jobs\n",
        message: "namespace `{name}` is not a Kubernetes namespace name: at most 63 lower-case letters, digits and `-`, starting and ending with a letter or digit",
        variants: &[
            ("instance_type", "instance type `{name}` is not a Kubernetes object name: lower-case letters, digits, `-` and `.`, starting and ending with a letter or digit"),
        ],
        dutch: dutch! {
            docs: "Een Kubernetes-objectnaam die het cluster zou weigeren. Een `namespace` is een RFC 1123-label: hoogstens 63 kleine letters, cijfers en `-`, beginnend en eindigend met een letter of cijfer (`azureml`, niet `AzureML` of `ml_jobs`). Een instantietype (een sleutel van `properties.instanceTypes`, en `properties.defaultInstanceType`) is een objectnaam: hoogstens 253 kleine letters, cijfers, `-` en `.`, beginnend en eindigend met een letter of cijfer. Azure Machine Learning maakt deze objecten in het cluster wanneer het dat koppelt of een taak uitvoert, en Kubernetes weigert andere namen.\n\n\
                  Bronnen: reference §5 (`namespace` moet in het cluster bestaan; `properties`: `defaultInstanceType`, `instanceTypes`); Kubernetes-objectnamen en -id's (RFC 1123).",
            message: "naamruimte `{name}` is geen Kubernetes-naamruimtenaam: hoogstens 63 kleine letters, cijfers en `-`, beginnend en eindigend met een letter of cijfer",
            variants: &[
                ("instance_type", "instantietype `{name}` is geen Kubernetes-objectnaam: kleine letters, cijfers, `-` en `.`, beginnend en eindigend met een letter of cijfer"),
            ],
        },
    }

    /// An instance type's resources or node selector that Kubernetes would refuse. Requests and
    /// limits are quantities: a number with an optional suffix, binary (`Ki`, `Mi`, `Gi`, `Ti`,
    /// `Pi`, `Ei`), decimal (`n`, `u`, `m`, `k`, `M`, `G`, `T`, `P`, `E`) or an exponent
    /// (`1e3`) — `500m`, `2`, `4Gi`, not `4GB` or `2 cores`. Node selector keys are label keys
    /// (an optional DNS prefix and `/`, then at most 63 letters, digits, `-`, `_` and `.`,
    /// starting and ending with a letter or digit); values are empty or the same as a key's
    /// name part.
    ///
    /// Sources: reference §5 (`properties.instanceTypes{name:{nodeSelector, resources{requests,
    /// limits}}}`); Kubernetes resource quantities and label syntax.
    pub(crate) static KUBERNETES_RESOURCE_INVALID = {
        code: "AML806", name: "kubernetes-resource-invalid", severity: crate::Severity::Error, kinds: &[Kind::Kubernetes],
        enforcement: Enforcement::Semantic,
        invalid: "name: k8s-compute\ntype: kubernetes\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc\nnamespace: azureml\nproperties:\n  instanceTypes:\n    gpu-small:\n      nodeSelector:\n        agentpool: gpu pool\n      resources:\n        requests:\n          cpu: 2 cores\n          memory: 16GB\n",
        valid: "name: k8s-compute\ntype: kubernetes\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc\nnamespace: azureml\nproperties:\n  instanceTypes:\n    gpu-small:\n      nodeSelector:\n        agentpool: gpupool\n      resources:\n        requests:\n          cpu: \"2\"\n          memory: 16Gi\n",
        message: "`{value}` is not a Kubernetes quantity (such as `500m`, `2` or `4Gi`)",
        variants: &[
            ("label_key", "`{key}` is not a Kubernetes label key (an optional DNS prefix and `/`, then at most 63 letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit)"),
            ("label_value", "the value `{value}` of label `{key}` is not a Kubernetes label value (at most 63 letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit)"),
        ],
        dutch: dutch! {
            docs: "De resources of knooppuntselector van een instantietype die Kubernetes zou weigeren. Aanvragen en limieten zijn hoeveelheden: een getal met een optioneel achtervoegsel, binair (`Ki`, `Mi`, `Gi`, `Ti`, `Pi`, `Ei`), decimaal (`n`, `u`, `m`, `k`, `M`, `G`, `T`, `P`, `E`) of een exponent (`1e3`) — `500m`, `2`, `4Gi`, niet `4GB` of `2 cores`. Sleutels van de knooppuntselector zijn labelsleutels (een optioneel DNS-voorvoegsel en `/`, dan hoogstens 63 letters, cijfers, `-`, `_` en `.`, beginnend en eindigend met een letter of cijfer); waarden zijn leeg of zoals het naamdeel van een sleutel.\n\n\
                  Bronnen: reference §5 (`properties.instanceTypes{name:{nodeSelector, resources{requests, limits}}}`); Kubernetes-resourcehoeveelheden en labelsyntaxis.",
            message: "`{value}` is geen Kubernetes-hoeveelheid (zoals `500m`, `2` of `4Gi`)",
            variants: &[
                ("label_key", "`{key}` is geen Kubernetes-labelsleutel (een optioneel DNS-voorvoegsel en `/`, dan hoogstens 63 letters, cijfers, `-`, `_` en `.`, beginnend en eindigend met een letter of cijfer)"),
                ("label_value", "de waarde `{value}` van label `{key}` is geen Kubernetes-labelwaarde (hoogstens 63 letters, cijfers, `-`, `_` en `.`, beginnend en eindigend met een letter of cijfer)"),
            ],
        },
    }

    /// `location` is not the name of an Azure region amlint knows (`westeurope`, `eastus2`;
    /// display names such as `West Europe` are read too). Azure refuses a location it does not
    /// have ("The provided location ... is not available"). A warning: Azure opens new regions,
    /// and amlint's list may not know one yet.
    ///
    /// Sources: reference §3 (location: any region), §4 (region), §10 (`location` of the size
    /// list).
    pub(crate) static REGION_UNKNOWN = {
        code: "AML807", name: "region-unknown", severity: crate::Severity::Warning, kinds: &[Kind::AmlCompute, Kind::Aks],
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nlocation: westeuorpe\nmax_instances: 4\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nlocation: westeurope\nmax_instances: 4\n",
        message: "`{location}` is not an Azure region amlint knows; Azure refuses a location it does not have",
        variants: &[
            ("suggest", "`{location}` is not an Azure region amlint knows; did you mean `{suggestion}`?"),
        ],
        dutch: dutch! {
            docs: "`location` is geen naam van een Azure-regio die amlint kent (`westeurope`, `eastus2`; weergavenamen zoals `West Europe` worden ook gelezen). Azure weigert een locatie die het niet heeft (\"The provided location ... is not available\"). Een waarschuwing: Azure opent nieuwe regio's, en de lijst van amlint kent er misschien nog een niet.\n\n\
                  Bronnen: reference §3 (locatie: elke regio), §4 (regio), §10 (`location` van de groottelijst).",
            message: "`{location}` is geen Azure-regio die amlint kent; Azure weigert een locatie die het niet heeft",
            variants: &[
                ("suggest", "`{location}` is geen Azure-regio die amlint kent; bedoelde u `{suggestion}`?"),
            ],
        },
    }

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
                  Bronnen: reference §2 (network_settings: vnet_name, subnet, ARM-id), §3 (VNet in een andere resourcegroep), §4 (`loadBalancerSubnet`), §7 (`dataLakeStoreAccountName`); naamgevingsregels van Azure voor Microsoft.Network, Data Lake Store en resourcegroepen.",
            message: "`{name}` is geen naam voor een virtueel netwerk: 2–64 letters, cijfers, `_`, `.` en `-`, beginnend met een letter of cijfer en eindigend met een letter, cijfer of `_`",
            variants: &[
                ("data_lake_store", "`{name}` is geen naam voor een Data Lake Store-account: 3–24 kleine letters en cijfers"),
                ("resource_group", "`{name}` is geen naam voor een resourcegroep: 1–90 letters, cijfers, `_`, `.`, `-`, `(` en `)`, niet eindigend op `.`"),
                ("subnet", "`{name}` is geen subnetnaam: 1–80 letters, cijfers, `_`, `.` en `-`, beginnend met een letter of cijfer en eindigend met een letter, cijfer of `_`"),
            ],
        },
    }

    /// A custom application's `image.reference` that is not a container image reference:
    /// `[registry[:port]/]repository[:tag][@digest]`, the repository in lower case
    /// (`ghcr.io/org/rstudio:4.3`, `rocker/rstudio@sha256:...`), a digest as go-digest reads
    /// it (`sha256` with exactly 64 lower-case hex digits). Docker refuses
    /// to pull anything else ("invalid reference format"), and the application never starts. A
    /// first part with an upper-case letter (`Rocker/rstudio`) is read as a registry host
    /// (distribution/reference's `splitDockerDomain`), which will not resolve.
    ///
    /// Sources: reference §9.3 (`image.reference`: docker image reference, no check).
    pub(crate) static IMAGE_REFERENCE_INVALID = {
        code: "AML809", name: "image-reference-invalid", severity: crate::Severity::Error, kinds: &[Kind::ComputeInstance],
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-alice\ntype: computeinstance\nidle_time_before_shutdown_minutes: 60\ncustom_applications:\n  - name: rstudio\n    image:\n      reference: Rocker/RStudio:latest\n    endpoints:\n      - target: 8787\n        published: 8788\n",
        valid: "name: ci-alice\ntype: computeinstance\nidle_time_before_shutdown_minutes: 60\ncustom_applications:\n  - name: rstudio\n    image:\n      reference: rocker/rstudio:latest\n    endpoints:\n      - target: 8787\n        published: 8788\n",
        message: "`{value}` is not a container image reference (`[registry/]repository[:tag][@digest]`, the repository in lower case); Docker refuses it (\"invalid reference format\")",
        variants: &[
            ("host", "`{value}` names `{host}` as its registry: Docker reads a first part with an upper-case letter as a host name, which will not resolve; write the repository in lower case"),
        ],
        dutch: dutch! {
            docs: "Een `image.reference` van een aangepaste toepassing die geen verwijzing naar een containerinstallatiekopie is: `[register[:poort]/]opslagplaats[:tag][@digest]`, de opslagplaats in kleine letters (`ghcr.io/org/rstudio:4.3`, `rocker/rstudio@sha256:...`), een digest zoals go-digest die leest (`sha256` met precies 64 hexadecimale cijfers in kleine letters). Docker weigert al het andere op te halen (\"invalid reference format\"), en de toepassing start nooit. Een eerste deel met een hoofdletter (`Rocker/rstudio`) wordt gelezen als registerhost (`splitDockerDomain` van distribution/reference), en die wordt niet gevonden.\n\n\
                  Bronnen: reference §9.3 (`image.reference`: docker-verwijzing naar een installatiekopie, geen controle).",
            message: "`{value}` is geen verwijzing naar een containerinstallatiekopie (`[register/]opslagplaats[:tag][@digest]`, de opslagplaats in kleine letters); Docker weigert hem (\"invalid reference format\")",
            variants: &[
                ("host", "`{value}` noemt `{host}` als register: Docker leest een eerste deel met een hoofdletter als hostnaam, en die wordt niet gevonden; schrijf de opslagplaats in kleine letters"),
            ],
        },
    }

    /// A domain name of an AKS cluster's SSL settings that DNS cannot hold: `leaf_domain_label`
    /// is one DNS label (letters, digits and `-`, not starting or ending with `-`), the first
    /// part of the Microsoft-provided name, to which Azure appends six characters
    /// (`<label>######.<region>.cloudapp.azure.com`), so at most 57; `cname` is a host name
    /// (labels of at most 63, joined by `.`, at most 253 characters; a leading `*.` for a
    /// wildcard certificate).
    ///
    /// Sources: reference §4 (`sslConfiguration.{cname, leafDomainLabel}`); DNS names (RFC 1123);
    /// the v1 article on securing a web service (the six appended characters).
    pub(crate) static DNS_NAME_INVALID = {
        code: "AML810", name: "dns-name-invalid", severity: crate::Severity::Error, kinds: &[Kind::Aks],
        enforcement: Enforcement::Semantic,
        invalid: "name: aks-prod
type: aks
size: Standard_D4s_v3
agent_count: 3
ssl:
  status: auto
  leaf_domain_label: scoring_prod
",
        valid: "name: aks-prod
type: aks
size: Standard_D4s_v3
agent_count: 3
ssl:
  status: auto
  leaf_domain_label: scoring-prod
",
        message: "`{name}` is not a DNS label: at most 63 letters, digits and `-`, not starting or ending with `-`",
        variants: &[
            ("cname", "`{name}` is not a host name: DNS labels (letters, digits and `-`) joined by `.`, at most 253 characters"),
            ("leaf", "`{name}` is too long for a leaf domain label: Azure appends six characters (`<label>######.<region>.cloudapp.azure.com`), so at most {max}"),
        ],
        dutch: dutch! {
            docs: "Een domeinnaam in de SSL-instellingen van een AKS-cluster die DNS niet kan bevatten: `leaf_domain_label` is één DNS-label (letters, cijfers en `-`, niet beginnend of eindigend met `-`), het eerste deel van de door Microsoft geleverde naam, waaraan Azure zes tekens toevoegt (`<label>######.<region>.cloudapp.azure.com`), dus hoogstens 57; `cname` is een hostnaam (zulke labels, verbonden door `.`, hoogstens 253 tekens; een `*.` vooraan voor een jokertekencertificaat).\n\n\
                  Bronnen: reference §4 (`sslConfiguration.{cname, leafDomainLabel}`); DNS-namen (RFC 1123); het v1-artikel over het beveiligen van een webservice (de zes toegevoegde tekens).",
            message: "`{name}` is geen DNS-label: hoogstens 63 letters, cijfers en `-`, niet beginnend of eindigend met `-`",
            variants: &[
                ("cname", "`{name}` is geen hostnaam: DNS-labels (letters, cijfers en `-`) verbonden door `.`, hoogstens 253 tekens"),
                ("leaf", "`{name}` is te lang voor een leaf-domeinlabel: Azure voegt zes tekens toe (`<label>######.<region>.cloudapp.azure.com`), dus hoogstens {max}"),
            ],
        },
    }
}

pub(crate) fn check(ctx: &mut Scope<'_>) {
    kubernetes(ctx);
    region(ctx);
    network_names(ctx);
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
    images(ctx);
}

fn kubernetes(ctx: &mut Scope<'_>) {
    if ctx.kind != Kind::Kubernetes {
        return;
    }
    if let Some((namespace, node)) = ctx.str(&["namespace"]) {
        if !is_template(namespace) && !is_dns_label(namespace) {
            let finding = ctx
                .at(&KUBERNETES_NAME_INVALID, "/namespace", node.span)
                .arg("name", namespace);
            ctx.emit(finding);
        }
    }
    let instance_name = |ctx: &Scope<'_>, name: &str, at: String, span| {
        (!is_template(name) && !is_dns_subdomain(name)).then(|| {
            ctx.at(&KUBERNETES_NAME_INVALID, at, span)
                .variant("AML805.instance_type")
                .arg("name", name)
        })
    };
    let mut found = Vec::new();
    if let Some((name, node)) = ctx.str(&["properties", "defaultInstanceType"]) {
        found.extend(instance_name(
            ctx,
            name,
            "/properties/defaultInstanceType".into(),
            node.span,
        ));
    }
    let types = ctx
        .get(&["properties", "instanceTypes"])
        .and_then(Node::as_map);
    for entry in types.into_iter().flatten() {
        let Some(name) = entry.key.as_str() else {
            continue;
        };
        let at = pointer_push("/properties/instanceTypes", name);
        found.extend(instance_name(ctx, name, at.clone(), entry.key.span));
        for part in ["requests", "limits"] {
            let quantities = entry
                .value
                .get_path(&["resources", part])
                .and_then(Node::as_map);
            for quantity in quantities.into_iter().flatten() {
                let text = match &quantity.value.value {
                    crate::yaml::Value::Int(_) | crate::yaml::Value::Float(_) => continue,
                    _ => quantity.value.as_str(),
                };
                let Some(text) = text.filter(|t| !is_template(t) && !is_quantity(t)) else {
                    continue;
                };
                let key = quantity.key.as_str().unwrap_or_default();
                let pointer =
                    pointer_push(&pointer_push(&pointer_push(&at, "resources"), part), key);
                found.push(
                    ctx.at(&KUBERNETES_RESOURCE_INVALID, pointer, quantity.value.span)
                        .arg("value", text),
                );
            }
        }
        let selector = entry.value.get("nodeSelector").and_then(Node::as_map);
        for label in selector.into_iter().flatten() {
            let key = label.key.as_str().unwrap_or_default();
            let pointer = pointer_push(&pointer_push(&at, "nodeSelector"), key);
            if !is_label_key(key) {
                found.push(
                    ctx.at(
                        &KUBERNETES_RESOURCE_INVALID,
                        pointer.clone(),
                        label.key.span,
                    )
                    .variant("AML806.label_key")
                    .arg("key", key),
                );
            }
            if let Some(value) = label.value.as_str() {
                if !(is_template(value) || value.is_empty() || is_label_name(value)) {
                    found.push(
                        ctx.at(&KUBERNETES_RESOURCE_INVALID, pointer, label.value.span)
                            .variant("AML806.label_value")
                            .arg("key", key)
                            .arg("value", value),
                    );
                }
            }
        }
    }
    found.into_iter().for_each(|d| ctx.emit(d));
}

fn region(ctx: &mut Scope<'_>) {
    let Some((location, node)) = ctx.str(&["location"]) else {
        return;
    };
    if is_template(location) {
        return;
    }
    let wanted = region_name(location);
    if REGIONS.binary_search(&wanted.as_str()).is_ok() {
        return;
    }
    let finding = ctx
        .at(&REGION_UNKNOWN, "/location", node.span)
        .arg("location", location);
    let finding = super::suggest(finding, "AML807.suggest", &wanted, REGIONS.iter().copied());
    ctx.emit(finding);
}

fn network_names(ctx: &mut Scope<'_>) {
    let mut found = Vec::new();
    if let Some((name, node)) = ctx.str(&["network_settings", "vnet_name"]) {
        if !is_template(name) && !is_network_name(name, 2, 64) {
            found.push(
                ctx.at(
                    &RESOURCE_NAME_INVALID,
                    "/network_settings/vnet_name",
                    node.span,
                )
                .arg("name", name),
            );
        }
    }
    if let Some((name, node)) = ctx.str(&["load_balancer_subnet"]) {
        if !is_template(name) && !is_network_name(name, 1, 80) {
            found.push(
                ctx.at(&RESOURCE_NAME_INVALID, "/load_balancer_subnet", node.span)
                    .variant("AML808.subnet")
                    .arg("name", name),
            );
        }
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
    if let Some((label, node)) = ctx.str(&["ssl", "leaf_domain_label"]) {
        if !is_template(label) && !is_host_label(label) {
            found.push(
                ctx.at(&DNS_NAME_INVALID, "/ssl/leaf_domain_label", node.span)
                    .arg("name", label),
            );
        } else if !is_template(label) && label.len() > LEAF_LABEL_MAX {
            // Azure appends six characters to the label (`<label>######.<region>.cloudapp.azure.com`).
            found.push(
                ctx.at(&DNS_NAME_INVALID, "/ssl/leaf_domain_label", node.span)
                    .variant("AML810.leaf")
                    .arg("name", label)
                    .arg("max", LEAF_LABEL_MAX),
            );
        }
    }
    if let Some((cname, node)) = ctx.str(&["ssl", "cname"]) {
        let host = cname.strip_prefix("*.").unwrap_or(cname);
        let valid = host.len() <= 253 && host.split('.').all(is_host_label);
        if !(valid || is_template(cname)) {
            found.push(
                ctx.at(&DNS_NAME_INVALID, "/ssl/cname", node.span)
                    .variant("AML810.cname")
                    .arg("name", cname),
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

fn images(ctx: &mut Scope<'_>) {
    let apps = ctx.get(&["custom_applications"]).and_then(Node::as_seq);
    let mut found = Vec::new();
    for (i, app) in apps.into_iter().flatten().enumerate() {
        let Some(node) = app.get_path(&["image", "reference"]) else {
            continue;
        };
        let Some(reference) = node.as_str() else {
            continue;
        };
        if is_template(reference) {
            continue;
        }
        // Valid, but its upper-case first part names a registry host that will not resolve.
        let upper_host = reference.split_once('/').is_some_and(|(first, _)| {
            first.bytes().any(|c| c.is_ascii_uppercase()) && !first.contains(['.', ':'])
        });
        if is_image_reference(reference) && !upper_host {
            continue;
        }
        let at = pointer_push(
            &pointer_push(
                &pointer_push("/custom_applications", &i.to_string()),
                "image",
            ),
            "reference",
        );
        let finding = ctx
            .at(&IMAGE_REFERENCE_INVALID, at, node.span)
            .arg("value", reference);
        found.push(if is_image_reference(reference) {
            let host = reference.split_once('/').map_or("", |(first, _)| first);
            finding.variant("AML809.host").arg("host", host)
        } else {
            finding
        });
    }
    found.into_iter().for_each(|d| ctx.emit(d));
}

fn alnum_lower(c: u8) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit()
}

/// The longest `leaf_domain_label`: a DNS label holds 63 characters, and Azure appends six.
const LEAF_LABEL_MAX: usize = 57;

/// A region as Azure names it programmatically: `West Europe` is `westeurope`.
pub(crate) fn region_name(location: &str) -> String {
    location
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// RFC 1123 label: a Kubernetes namespace.
pub(crate) fn is_dns_label(text: &str) -> bool {
    let b = text.as_bytes();
    (1..=63).contains(&b.len())
        && b.first().copied().is_some_and(alnum_lower)
        && b.last().copied().is_some_and(alnum_lower)
        && b.iter().all(|c| alnum_lower(*c) || *c == b'-')
}

/// A DNS label in any case: letters, digits and `-`, not at either end, at most 63.
fn is_host_label(text: &str) -> bool {
    let b = text.as_bytes();
    (1..=63).contains(&b.len())
        && b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
}

/// RFC 1123 subdomain: most Kubernetes object names.
fn is_dns_subdomain(text: &str) -> bool {
    text.len() <= 253 && text.split('.').all(is_dns_label)
}

/// A label's name part (and a label value): at most 63 of `[A-Za-z0-9_.-]`, alphanumeric at
/// both ends.
fn is_label_name(text: &str) -> bool {
    let b = text.as_bytes();
    (1..=63).contains(&b.len())
        && b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
}

/// A label key: `[prefix/]name`, the prefix a DNS subdomain.
fn is_label_key(text: &str) -> bool {
    match text.split_once('/') {
        Some((prefix, name)) => is_dns_subdomain(prefix) && is_label_name(name),
        None => is_label_name(text),
    }
}

/// A Kubernetes quantity: `[+-]number[suffix]`, the number digits with at most one `.`.
fn is_quantity(text: &str) -> bool {
    let body = text.strip_prefix(['+', '-']).unwrap_or(text);
    let digits = body
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(body.len());
    let (number, suffix) = body.split_at(digits);
    let number_ok = number.chars().filter(|c| *c == '.').count() <= 1
        && number.chars().any(|c| c.is_ascii_digit());
    let exponent = |s: &str| {
        let rest = s.strip_prefix(['e', 'E'])?;
        let rest = rest.strip_prefix(['+', '-']).unwrap_or(rest);
        Some(!rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
    };
    number_ok
        && (matches!(
            suffix,
            "" | "Ki"
                | "Mi"
                | "Gi"
                | "Ti"
                | "Pi"
                | "Ei"
                | "n"
                | "u"
                | "m"
                | "k"
                | "M"
                | "G"
                | "T"
                | "P"
                | "E"
        ) || exponent(suffix) == Some(true))
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

/// A container image reference: `[registry[:port]/]path[:tag][@algorithm:digest]`.
fn is_image_reference(text: &str) -> bool {
    let (name, digest) = match text.split_once('@') {
        Some((name, digest)) => (name, Some(digest)),
        None => (text, None),
    };
    if let Some(digest) = digest {
        let Some((algorithm, hex)) = digest.split_once(':') else {
            return false;
        };
        let algorithm_ok = !algorithm.is_empty()
            && algorithm
                .bytes()
                .all(|c| alnum_lower(c) || matches!(c, b'+' | b'.' | b'_' | b'-'));
        // go-digest knows three algorithms, each with its exact length of lower-case hex
        // (`^[a-f0-9]{64}$` for sha256); any other is "unsupported digest algorithm".
        // sha256 alone, as distribution/reference's tests register it (sha512 only when imported).
        let length = match algorithm {
            "sha256" => 64,
            _ => return false,
        };
        let hex_ok = hex.len() == length
            && hex
                .bytes()
                .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c));
        if !algorithm_ok || !hex_ok {
            return false;
        }
    }
    // The tag is after the last `:` that follows the last `/` (a registry's port has a `/` after it).
    let last_slash = name.rfind('/').map_or(0, |at| at + 1);
    let (repository, tag) = match name[last_slash..].rfind(':') {
        Some(at) => (&name[..last_slash + at], Some(&name[last_slash + at + 1..])),
        None => (name, None),
    };
    if let Some(tag) = tag {
        let b = tag.as_bytes();
        let ok = (1..=128).contains(&b.len())
            && b.first()
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
            && b.iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'));
        if !ok {
            return false;
        }
    }
    let mut parts: Vec<&str> = repository.split('/').collect();
    // A first part with a `.` or `:`, `localhost`, or any upper-case letter is a registry host
    // (distribution/reference's `splitDockerDomain`: `Docker/docker` is valid, its host `Docker`).
    if parts.len() > 1 {
        let first = parts[0];
        if first.contains(['.', ':'])
            || first == "localhost"
            || first.bytes().any(|c| c.is_ascii_uppercase())
        {
            // A host name, or an IPv6 address in brackets (`[2001:db8::1]`), and a port.
            let (host_ok, port) = match first.strip_prefix('[') {
                Some(rest) => {
                    let Some((address, after)) = rest.split_once(']') else {
                        return false;
                    };
                    let ok = address.contains(':')
                        && address.bytes().all(|c| c.is_ascii_hexdigit() || c == b':');
                    (ok, after.strip_prefix(':').map_or(after, |port| port))
                }
                None => {
                    let (host, port) = first.split_once(':').unwrap_or((first, ""));
                    let ok = !host.is_empty()
                        && host.split('.').all(|l| {
                            !l.is_empty()
                                && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
                        });
                    (ok, port)
                }
            };
            if !host_ok
                || !port.bytes().all(|c| c.is_ascii_digit())
                || (first.starts_with('[') && !port.is_empty() && first.ends_with(']'))
            {
                return false;
            }
            parts.remove(0);
        }
        // The name without its host holds at most 255 characters (`NameTotalLengthMax`).
        if parts.iter().map(|p| p.len() + 1).sum::<usize>() > 256 {
            return false;
        }
    }
    !parts.is_empty() && parts.iter().all(|part| is_path_component(part))
}

/// A repository path component: lower-case letters and digits, separated by `.`, `_`, `__` or
/// runs of `-`.
fn is_path_component(part: &str) -> bool {
    let b = part.as_bytes();
    if !b.first().copied().is_some_and(alnum_lower) || !b.last().copied().is_some_and(alnum_lower) {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        if alnum_lower(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && !alnum_lower(b[i]) {
            i += 1;
        }
        let separator = &part[start..i];
        if !(separator == "."
            || separator == "_"
            || separator == "__"
            || separator.bytes().all(|c| c == b'-'))
        {
            return false;
        }
    }
    true
}

/// Azure's public and sovereign regions by their programmatic names, sorted (a test checks).
static REGIONS: &[&str] = &[
    "australiacentral",
    "australiacentral2",
    "australiaeast",
    "australiasoutheast",
    "austriaeast",
    "belgiumcentral",
    "brazilsouth",
    "brazilsoutheast",
    "canadacentral",
    "canadaeast",
    "centralindia",
    "centralus",
    "centraluseuap",
    "chilecentral",
    "chinaeast",
    "chinaeast2",
    "chinaeast3",
    "chinanorth",
    "chinanorth2",
    "chinanorth3",
    "eastasia",
    "eastus",
    "eastus2",
    "eastus2euap",
    "francecentral",
    "francesouth",
    "germanynorth",
    "germanywestcentral",
    "indonesiacentral",
    "israelcentral",
    "italynorth",
    "japaneast",
    "japanwest",
    "jioindiacentral",
    "jioindiawest",
    "koreacentral",
    "koreasouth",
    "malaysiawest",
    "mexicocentral",
    "newzealandnorth",
    "northcentralus",
    "northeurope",
    "norwayeast",
    "norwaywest",
    "polandcentral",
    "qatarcentral",
    "southafricanorth",
    "southafricawest",
    "southcentralus",
    "southeastasia",
    "southindia",
    "spaincentral",
    "swedencentral",
    "swedensouth",
    "switzerlandnorth",
    "switzerlandwest",
    "uaecentral",
    "uaenorth",
    "uksouth",
    "ukwest",
    "usdodcentral",
    "usdodeast",
    "usgovarizona",
    "usgovtexas",
    "usgovvirginia",
    "westcentralus",
    "westeurope",
    "westindia",
    "westus",
    "westus2",
    "westus3",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_are_sorted_for_binary_search() {
        assert!(REGIONS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn grammars_accept_and_refuse_what_their_systems_do() {
        for ok in ["azureml", "a", "ns-1", "0abc"] {
            assert!(is_dns_label(ok), "{ok}");
        }
        for bad in ["", "AzureML", "ml_jobs", "-a", "a-", &"a".repeat(64)] {
            assert!(!is_dns_label(bad), "{bad}");
        }
        assert!(is_dns_subdomain("gpu.small-1") && !is_dns_subdomain("gpu..small"));
        assert!(
            is_host_label("Scoring-01") && !is_host_label("scoring_prod") && !is_host_label("-a")
        );
        for ok in [
            "500m", "2", "4Gi", "1.5", "1e3", "+1", "0.5Ti", "100k", "1E-2",
        ] {
            assert!(is_quantity(ok), "{ok}");
        }
        for bad in ["4GB", "2 cores", "", "m", "1.2.3", "1e", "Gi", "1ki"] {
            assert!(!is_quantity(bad), "{bad}");
        }
        for ok in [
            "agentpool",
            "kubernetes.io/os",
            "node.kubernetes.io/instance-type",
            "a_b.c-d",
        ] {
            assert!(is_label_key(ok), "{ok}");
        }
        for bad in ["gpu pool", "/x", "Example.com/x", "a/", "-a"] {
            assert!(!is_label_key(bad), "{bad}");
        }
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
        for ok in [
            "rocker/rstudio:latest",
            "ghcr.io/org/rstudio:4.3",
            "localhost:5000/tools/app",
            "myregistry.azurecr.io/ml/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "ubuntu",
            "my__repo/a-b--c",
        ] {
            assert!(is_image_reference(ok), "{ok}");
        }
        for bad in [
            "Rocker/RStudio:latest",
            "rocker/rstudio:",
            "rocker rstudio",
            "rocker//rstudio",
            "rocker/rstudio@sha256:xyz",
            // go-digest: sha256 is exactly 64 lower-case hex digits.
            "rocker/rstudio@sha256:0123456789abcdef0123456789abcdef01234567",
            "rocker/rstudio@sha256:0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF",
            "rocker/rstudio@md5:0123456789abcdef0123456789abcdef",
            "-rocker/rstudio",
            "rocker/rstudio:-tag",
        ] {
            assert!(!is_image_reference(bad), "{bad}");
        }
    }
}
