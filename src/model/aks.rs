//! AKS inference cluster (`type: aks`), an amlint kind with snake_case names of the REST
//! properties (reference §4). `az ml` v2 cannot submit it; the studio, REST and ARM can.

use super::common::{DESCRIPTION, SCHEMA, TAGS, TYPE, name};
use super::{DefaultValue, EnumSpec, Field, Ty};

pub(crate) static CLUSTER_PURPOSE: EnumSpec = EnumSpec {
    values: &["production", "dev_test"],
    aliases: &[
        ("fastprod", "production"),
        ("denseprod", "production"),
        ("devtest", "dev_test"),
    ],
};

pub(crate) static LOAD_BALANCER_TYPE: EnumSpec = EnumSpec {
    values: &["public_ip", "internal_load_balancer"],
    aliases: &[
        ("publicip", "public_ip"),
        ("internalloadbalancer", "internal_load_balancer"),
    ],
};

static SSL_STATUS: EnumSpec = EnumSpec {
    values: &["disabled", "enabled", "auto"],
    aliases: &[],
};

const NETWORK_SETTINGS: &[Field] = &[
    Field::new("subnet_id", Ty::Str).doc("Subnet ID", "ARM ID of the subnet the nodes join."),
    Field::new("service_cidr", Ty::Str).doc(
        "Service CIDR",
        "Kubernetes service address range, e.g. 10.0.0.0/16; must not overlap the subnet.",
    ),
    Field::new("dns_service_ip", Ty::Str).doc(
        "DNS service IP",
        "IP address of the cluster DNS service; must lie inside service_cidr.",
    ),
    Field::new("docker_bridge_cidr", Ty::Str).doc(
        "Docker bridge CIDR",
        "Docker bridge address range, e.g. 172.17.0.1/16; must not overlap the others.",
    ),
];

const SSL: &[Field] = &[
    Field::new("status", Ty::Enum(&SSL_STATUS)).doc(
        "SSL status",
        "enabled (your certificate: cert, key, cname), auto (a Microsoft certificate: leaf_domain_label) or disabled.",
    ),
    Field::new("cert", Ty::Str).doc("Certificate", "PEM certificate data."),
    Field::new("key", Ty::Str).secret().doc("Key", "PEM private key data."),
    Field::new("cname", Ty::Str).doc("CNAME", "Domain name the certificate is for."),
    Field::new("leaf_domain_label", Ty::Str).doc("Leaf domain label", "Label of the Microsoft-provided domain."),
    Field::new("overwrite_existing_domain", Ty::Bool)
        .doc("Overwrite existing domain", "Replace a domain with the same leaf label."),
];

pub(crate) const FIELDS: &[Field] = &[
    SCHEMA,
    name("2 to 16 letters, digits and hyphens (newer AKS docs allow 3 to 24); starts with a letter; ends with a letter or digit."),
    TYPE,
    DESCRIPTION,
    Field::new("location", Ty::Str).create_only().doc("Region", "Region of the cluster."),
    TAGS,
    Field::new("resource_id", Ty::Str).doc(
        "Existing AKS cluster",
        "ARM ID of an existing AKS cluster to attach (Microsoft.ContainerService/managedClusters). Not with size.",
    ),
    Field::new("size", Ty::Str).create_only().doc("Virtual machine size", "Node size of a new cluster. Cannot be changed later."),
    Field::new("agent_count", Ty::Int { min: Some(1), max: None })
        .doc("Number of nodes", "Nodes of a new cluster; nodes x vCPUs must be at least 12 for production."),
    Field::new("cluster_purpose", Ty::Enum(&CLUSTER_PURPOSE))
        .default(DefaultValue::Str("production"))
        .doc("Cluster purpose", "production or dev_test (REST: FastProd, DenseProd, DevTest)."),
    Field::new("load_balancer_type", Ty::Enum(&LOAD_BALANCER_TYPE))
        .default(DefaultValue::Str("public_ip"))
        .doc("Load balancer", "public_ip or internal_load_balancer."),
    Field::new("load_balancer_subnet", Ty::Str)
        .doc("Load balancer subnet", "Subnet of an internal load balancer."),
    Field::new("network_settings", Ty::Object(NETWORK_SETTINGS))
        .doc("Network configuration", "Advanced networking: an existing subnet and address ranges."),
    Field::new("ssl", Ty::Object(SSL)).doc("SSL configuration", "HTTPS for the scoring endpoint."),
];
