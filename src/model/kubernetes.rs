//! Kubernetes / Azure Arc compute (`type: kubernetes`), reference §5. Attach only.

use super::common::{
    CREATED_ON, DESCRIPTION, ID, IDENTITY, LOCATION_IGNORED, PROVISIONING_ERRORS,
    PROVISIONING_STATE, SCHEMA, TAGS, TYPE, name,
};
use super::{DefaultValue, Field, Ty};

pub(crate) const FIELDS: &[Field] = &[
    SCHEMA,
    name("2 to 16 letters, digits and hyphens; starts with a letter; ends with a letter or digit."),
    TYPE,
    DESCRIPTION,
    Field::new("resource_id", Ty::Str).required().doc(
        "Resource ID",
        "ARM ID of the Arc-connected cluster (Microsoft.Kubernetes/connectedClusters) or AKS cluster.",
    ),
    Field::new("namespace", Ty::Str)
        .default(DefaultValue::Str("default"))
        .doc("Namespace", "Must exist in the cluster before attaching."),
    Field::new("properties", Ty::AnyMap).doc("Properties", "Passed through to Azure (instance types and more)."),
    IDENTITY,
    LOCATION_IGNORED,
    TAGS,
    ID,
    PROVISIONING_STATE,
    PROVISIONING_ERRORS,
    CREATED_ON,
];
