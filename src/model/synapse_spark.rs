//! Attached Synapse Spark pool (`type: synapsespark`), reference §8. Attach only.

use super::common::{
    CREATED_ON, DESCRIPTION, ID, IDENTITY, LOCATION_IGNORED, PROVISIONING_ERRORS,
    PROVISIONING_STATE, SCHEMA, TAGS, TYPE, name,
};
use super::{Field, Ty};

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
    Field::new("scale_settings", Ty::AnyMap).read_only().doc("Scale settings", "Set by Azure from the pool."),
    Field::new("auto_pause_settings", Ty::AnyMap).read_only().doc("Auto-pause settings", "Set by Azure from the pool."),
    ID,
    PROVISIONING_STATE,
    PROVISIONING_ERRORS,
    CREATED_ON,
];
