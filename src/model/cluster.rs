//! Compute cluster (`type: amlcompute`), reference §3.

use super::common::{
    CREATED_ON, DESCRIPTION, ENABLE_NODE_PUBLIC_IP, ID, IDENTITY, NETWORK_SETTINGS,
    PROVISIONING_ERRORS, PROVISIONING_STATE, RESOURCE_ID, SCHEMA, SSH_PUBLIC_ACCESS_ENABLED, TAGS,
    TYPE, name,
};
use super::{DefaultValue, EnumSpec, Field, Ty};

static TIER: EnumSpec = EnumSpec {
    values: &["dedicated", "low_priority"],
    aliases: &[],
};

const SSH_SETTINGS: &[Field] = &[
    Field::new("admin_username", Ty::Str).required().doc(
        "Admin user name",
        "User name for SSH; required whenever ssh_settings is given.",
    ),
    Field::new("admin_password", Ty::Str).secret().doc(
        "Admin password",
        "One of admin_password or ssh_key_value is required. Prefer a key.",
    ),
    Field::new("ssh_key_value", Ty::Str).doc(
        "SSH public key",
        "RSA public key, single-line (ssh-rsa ...) or multi-line PEM.",
    ),
];

pub(crate) const FIELDS: &[Field] = &[
    SCHEMA,
    name(
        "3 to 32 letters, digits and hyphens (the studio form allows 24 and asks for a letter after the last hyphen); starts with a letter; ends with a letter or digit.",
    ),
    TYPE,
    DESCRIPTION,
    Field::new("location", Ty::Str).create_only().doc(
        "Location",
        "Azure region; defaults to the workspace region. Cannot be changed after creation.",
    ),
    Field::new("size", Ty::Str)
        .default(DefaultValue::Str("Standard_DS3_v2"))
        // `vm_size=self.size if self.size else ComputeDefaults.VMSIZE`.
        .sent_when_left_out(DefaultValue::Str("STANDARD_DS3_V2"))
        .doc(
            "Virtual machine size",
            "Cannot be changed after creation; availability depends on the region.",
        ),
    Field::new("tier", Ty::Enum(&TIER))
        .default(DefaultValue::Str("dedicated"))
        .doc(
            "Virtual machine priority",
            "dedicated or low_priority (spelled exactly so; case does not matter).",
        ),
    Field::new(
        "min_instances",
        Ty::Int {
            min: Some(0),
            max: None,
        },
    )
    .updatable()
    .default(DefaultValue::Int(0))
    // `min_instances: Optional[int] = 0` in the entity's constructor.
    .sent_when_left_out(DefaultValue::Int(0))
    .doc(
        "Minimum nodes",
        "Nodes kept running when idle. 0 saves money.",
    ),
    Field::new(
        "max_instances",
        Ty::Int {
            min: Some(1),
            max: None,
        },
    )
    .updatable()
    .default(DefaultValue::Int(4))
    // `max_instances: Optional[int] = 4` in the entity's constructor (the YAML reference says 1).
    .sent_when_left_out(DefaultValue::Int(4))
    .doc(
        "Maximum nodes",
        "The cluster scales up to this many nodes. At least 1 and not below min_instances.",
    ),
    Field::new(
        "idle_time_before_scale_down",
        Ty::Int {
            min: Some(0),
            // az ml writes the seconds as an ISO 8601 duration through Python's `timedelta`,
            // which holds at most 999,999,999 days: beyond, it fails (OverflowError).
            max: Some(86_399_999_999_999),
        },
    )
    .updatable()
    .default(DefaultValue::Int(120))
    // `idle_time_before_scale_down: Optional[int] = 120`, sent as PT2M (0 sends nothing: AML303).
    .sent_when_left_out(DefaultValue::Int(120))
    .doc(
        "Idle seconds before scale down",
        "Seconds a node stays idle before it is released.",
    ),
    TAGS,
    RESOURCE_ID,
    SSH_PUBLIC_ACCESS_ENABLED,
    Field::new("ssh_settings", Ty::Object(SSH_SETTINGS))
        .doc("SSH settings", "Admin account for SSH access to the nodes."),
    NETWORK_SETTINGS,
    ENABLE_NODE_PUBLIC_IP,
    IDENTITY,
    ID,
    PROVISIONING_STATE,
    PROVISIONING_ERRORS,
    CREATED_ON,
];
