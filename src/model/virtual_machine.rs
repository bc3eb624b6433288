//! Attached virtual machine (`type: virtualmachine`), reference §6. Attach only.

use super::common::{
    CREATED_ON, DESCRIPTION, ID, LOCATION_IGNORED, PROVISIONING_ERRORS, PROVISIONING_STATE, SCHEMA,
    TAGS, TYPE, name,
};
use super::{DefaultValue, Field, Ty};

const SSH_SETTINGS: &[Field] = &[
    Field::new("admin_username", Ty::Str)
        .required()
        .doc("Admin user name", "User name on the VM."),
    Field::new("admin_password", Ty::Str)
        .secret()
        .doc("Admin password", "Required when ssh_private_key_file is not given. Prefer a key."),
    Field::new("ssh_private_key_file", Ty::Str).doc(
        "Private key file",
        "Path of the private key, read when the spec is submitted (relative to the current directory).",
    ),
    Field::new("ssh_port", Ty::Int { min: Some(1), max: Some(65535) }).default(DefaultValue::Int(22)).doc("SSH port", "1-65535."),
];

pub(crate) const FIELDS: &[Field] = &[
    SCHEMA,
    name("2 to 16 letters, digits and hyphens; starts with a letter; ends with a letter or digit."),
    TYPE,
    DESCRIPTION,
    Field::new("resource_id", Ty::Str).required().doc(
        "Resource ID",
        "ARM ID of the virtual machine (Microsoft.Compute/virtualMachines).",
    ),
    // az ml 1.35.2 cannot attach a VM without it: building the request fails with "cannot access
    // local variable 'properties' where it is not associated with a value" (observed).
    Field::new("ssh_settings", Ty::Object(SSH_SETTINGS))
        .required()
        .doc("SSH settings", "How Azure ML signs in to the VM."),
    LOCATION_IGNORED,
    TAGS,
    Field::new("compute_location", Ty::Str)
        .read_only()
        .doc("Compute location", "Set by Azure."),
    ID,
    PROVISIONING_STATE,
    PROVISIONING_ERRORS,
    CREATED_ON,
];
