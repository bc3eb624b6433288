//! Attached Synapse Spark pool (`type: synapsespark`), reference §8. Attach only.

use super::common::{
    CREATED_ON, DESCRIPTION, ID, IDENTITY, LOCATION_IGNORED, PROVISIONING_ERRORS,
    PROVISIONING_STATE, SCHEMA, TAGS, TYPE, name,
};
use super::{Field, Ty};

const SCALE_SETTINGS: &[Field] = &[
    Field::new(
        "min_node_count",
        Ty::Int {
            min: None,
            max: None,
        },
    )
    .read_only()
    .doc("Minimum nodes", "Set by Azure from the pool."),
    Field::new(
        "max_node_count",
        Ty::Int {
            min: None,
            max: None,
        },
    )
    .read_only()
    .doc("Maximum nodes", "Set by Azure from the pool."),
    Field::new("auto_scale_enabled", Ty::Bool)
        .read_only()
        .doc("Autoscale", "Set by Azure from the pool."),
    Field::new("$schema", Ty::Str)
        .read_only()
        .doc("Schema", "Ignored."),
];

const AUTO_PAUSE_SETTINGS: &[Field] = &[
    Field::new(
        "delay_in_minutes",
        Ty::Int {
            min: None,
            max: None,
        },
    )
    .read_only()
    .doc("Pause delay", "Set by Azure from the pool."),
    Field::new("auto_pause_enabled", Ty::Bool)
        .read_only()
        .doc("Auto-pause", "Set by Azure from the pool."),
    Field::new("$schema", Ty::Str)
        .read_only()
        .doc("Schema", "Ignored."),
];

pub(crate) const FIELDS: &[Field] = &[
    SCHEMA,
    name("2 to 16 letters, digits and hyphens; starts with a letter; ends with a letter or digit."),
    TYPE,
    DESCRIPTION,
    Field::new("resource_id", Ty::Str).required().doc(
        "Resource ID",
        "ARM ID of the Spark pool: .../Microsoft.Synapse/workspaces/<workspace>/bigDataPools/<pool>.",
    ),
    IDENTITY,
    LOCATION_IGNORED,
    TAGS,
    Field::new("node_family", Ty::Str).read_only().doc("Node family", "Set by Azure from the pool."),
    Field::new("node_size", Ty::Str).read_only().doc("Node size", "Set by Azure from the pool."),
    Field::new("node_count", Ty::Int { min: None, max: None }).read_only().doc("Node count", "Set by Azure from the pool."),
    Field::new("spark_version", Ty::Str).read_only().doc("Spark version", "Set by Azure from the pool."),
    // Not read-only themselves: az ml checks that each is a mapping of its own keys (null, a list
    // or an unknown key fails) and only then drops the values (azure-ai-ml 1.35.2, observed).
    Field::new("scale_settings", Ty::Object(SCALE_SETTINGS)).doc(
        "Scale settings",
        "Set by Azure from the pool; what is written here is dropped.",
    ),
    Field::new("auto_pause_settings", Ty::Object(AUTO_PAUSE_SETTINGS)).doc(
        "Auto-pause settings",
        "Set by Azure from the pool; what is written here is dropped.",
    ),
    ID,
    PROVISIONING_STATE,
    PROVISIONING_ERRORS,
    CREATED_ON,
];
