//! Fields shared by several kinds.

use super::{DefaultValue, EnumSpec, Field, Ty};

pub(crate) const SCHEMA: Field = Field::new("$schema", Ty::Str).doc(
    "Schema",
    "URL of the JSON Schema the file follows. Editors use it; az ml ignores it.",
);

pub(crate) const TYPE: Field = Field::new("type", Ty::Str)
    .required()
    .create_only()
    .doc("Type", "The compute kind. Compared case-insensitively.");

pub(crate) const DESCRIPTION: Field =
    Field::new("description", Ty::Str).doc("Description", "Free text shown in the studio.");

pub(crate) const TAGS: Field = Field::new("tags", Ty::StrMap).updatable().doc(
    "Tags",
    "Key/value pairs. Values must be strings: quote numbers and booleans.",
);

pub(crate) const LOCATION_IGNORED: Field = Field::new("location", Ty::Str).doc(
    "Location",
    "Azure region. Only compute clusters honour it; for this kind az ml warns and uses the workspace region.",
);

pub(crate) const RESOURCE_ID: Field = Field::new("resource_id", Ty::Str)
    .doc("Resource ID", "ARM resource ID of the compute to attach.");

/// Fields Azure fills in and `az ml` drops when they appear in a spec.
pub(crate) const ID: Field = Field::new("id", Ty::Str)
    .read_only()
    .doc("ID", "Set by Azure.");
pub(crate) const PROVISIONING_STATE: Field = Field::new("provisioning_state", Ty::Str)
    .read_only()
    .doc("Provisioning state", "Set by Azure.");
pub(crate) const PROVISIONING_ERRORS: Field = Field::new("provisioning_errors", Ty::Str)
    .read_only()
    .doc("Provisioning errors", "Set by Azure.");
pub(crate) const CREATED_ON: Field = Field::new("created_on", Ty::Str)
    .read_only()
    .doc("Created on", "Set by Azure.");

pub(crate) static IDENTITY_TYPE: EnumSpec = EnumSpec {
    values: &[
        "system_assigned",
        "user_assigned",
        "none",
        "system_assigned,user_assigned",
    ],
    aliases: &[
        ("systemassigned", "system_assigned"),
        ("userassigned", "user_assigned"),
        (
            "systemassigned,userassigned",
            "system_assigned,user_assigned",
        ),
        (
            "systemassigned, userassigned",
            "system_assigned,user_assigned",
        ),
        (
            "system_assigned, user_assigned",
            "system_assigned,user_assigned",
        ),
    ],
};

const USER_ASSIGNED_IDENTITY: &[Field] = &[
    Field::new("resource_id", Ty::Str).doc(
        "Resource ID",
        "ARM ID of a user-assigned managed identity (Microsoft.ManagedIdentity/userAssignedIdentities).",
    ),
    Field::new("client_id", Ty::Str).read_only().doc("Client ID", "Set by Azure."),
    Field::new("principal_id", Ty::Str).read_only().doc("Principal ID", "Set by Azure."),
    Field::new("tenant_id", Ty::Str).read_only().doc("Tenant ID", "Set by Azure."),
    Field::new("$schema", Ty::Str).read_only().doc("Schema", "Ignored."),
];

const IDENTITY_FIELDS: &[Field] = &[
    // az ml fails without it: `IdentityConfiguration.__init__() missing 1 required keyword-only
    // argument: 'type'` (azure-ai-ml 1.35.2, observed).
    Field::new("type", Ty::Enum(&IDENTITY_TYPE)).required().doc(
        "Identity type",
        "system_assigned, user_assigned, none, or both (not supported by clusters and Kubernetes per the docs).",
    ),
    Field::new("user_assigned_identities", Ty::List(&Ty::Object(USER_ASSIGNED_IDENTITY))).doc(
        "User-assigned identities",
        "Required when type is user_assigned.",
    ),
    Field::new("principal_id", Ty::Str).read_only().doc("Principal ID", "Set by Azure."),
    Field::new("tenant_id", Ty::Str).read_only().doc("Tenant ID", "Set by Azure."),
    Field::new("$schema", Ty::Str).read_only().doc("Schema", "Ignored."),
];

pub(crate) const IDENTITY: Field = Field::new("identity", Ty::Object(IDENTITY_FIELDS))
    .updatable()
    .doc(
        "Managed identity",
        "The managed identity the compute uses to reach other resources.",
    );

const NETWORK_SETTINGS_FIELDS: &[Field] = &[
    Field::new("vnet_name", Ty::Str).doc(
        "Virtual network",
        "Name of the virtual network. Leave it out when subnet is a full subnet ID.",
    ),
    Field::new("subnet", Ty::Str).doc(
        "Subnet",
        "Subnet name (with vnet_name) or full ARM subnet ID. Required when vnet_name is set.",
    ),
    Field::new("private_ip_address", Ty::Str)
        .read_only()
        .doc("Private IP address", "Set by Azure."),
    Field::new("public_ip_address", Ty::Str)
        .read_only()
        .doc("Public IP address", "Set by Azure."),
    Field::new("$schema", Ty::Str)
        .read_only()
        .doc("Schema", "Ignored."),
];

pub(crate) const NETWORK_SETTINGS: Field =
    Field::new("network_settings", Ty::Object(NETWORK_SETTINGS_FIELDS))
        .create_only()
        .doc(
            "Network settings",
            "Create the compute inside an existing virtual network.",
        );

pub(crate) const ENABLE_NODE_PUBLIC_IP: Field = Field::new("enable_node_public_ip", Ty::Bool)
    .create_only()
    .default(DefaultValue::Bool(true))
    // `enable_node_public_ip: bool = True` in the entity's constructor, sent as it is.
    .sent_when_left_out(DefaultValue::Bool(true))
    .doc(
        "Node public IP",
        "false creates nodes without public IP addresses; needs a subnet and a workspace with a private endpoint.",
    );

pub(crate) const SSH_PUBLIC_ACCESS_ENABLED: Field =
    Field::new("ssh_public_access_enabled", Ty::Bool)
        .create_only()
        .default(DefaultValue::Bool(false))
        .doc(
            "SSH access",
            "Open the SSH port. Cannot be changed after creation.",
        );

/// The name field, with the kind's length in the description.
pub(crate) const fn name(description: &'static str) -> Field {
    Field::new("name", Ty::Str)
        .required()
        .create_only()
        .doc("Compute name", description)
}
