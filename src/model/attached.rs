//! Studio attach kinds without a CLI v2 type: HDInsight, Databricks, Data Lake Analytics
//! (reference §7). amlint names their REST properties in snake_case.

use super::common::{DESCRIPTION, SCHEMA, TYPE, name};
use super::{DefaultValue, Field, Ty};

const NAME_DOC: &str =
    "2 to 16 letters, digits and hyphens; starts with a letter; ends with a letter or digit.";

const HDINSIGHT_SSH: &[Field] = &[
    Field::new("admin_username", Ty::Str)
        .required()
        .doc("Admin user name", "SSH user of the cluster."),
    Field::new("admin_password", Ty::Str).secret().doc(
        "Admin password",
        "One of password, private key or public key is required. Prefer a key.",
    ),
    Field::new("ssh_private_key_file", Ty::Str).doc("Private key file", "Path of the private key."),
    Field::new("ssh_key_value", Ty::Str).doc("SSH public key", "Public key for the admin account."),
    Field::new(
        "ssh_port",
        Ty::Int {
            min: Some(1),
            max: Some(65535),
        },
    )
    .default(DefaultValue::Int(22))
    .doc("SSH port", "1-65535."),
];

pub(crate) const HDINSIGHT: &[Field] = &[
    SCHEMA,
    name(NAME_DOC),
    TYPE,
    DESCRIPTION,
    Field::new("resource_id", Ty::Str).required().doc(
        "Resource ID",
        "ARM ID of the HDInsight cluster (Microsoft.HDInsight/clusters).",
    ),
    Field::new("address", Ty::Str).required().doc(
        "Address",
        "Public IP address or host name of the master node.",
    ),
    Field::new("ssh_settings", Ty::Object(HDINSIGHT_SSH))
        .required()
        .doc("SSH settings", "How Azure ML signs in."),
];

pub(crate) const DATABRICKS: &[Field] = &[
    SCHEMA,
    name(NAME_DOC),
    TYPE,
    DESCRIPTION,
    Field::new("resource_id", Ty::Str).required().doc(
        "Resource ID",
        "ARM ID of the Databricks workspace (Microsoft.Databricks/workspaces).",
    ),
    Field::new("workspace_url", Ty::Str).doc(
        "Workspace URL",
        "e.g. https://adb-1234567890123456.7.azuredatabricks.net",
    ),
    Field::new("access_token", Ty::Str).required().secret().doc(
        "Access token",
        "Databricks personal access token. Better passed in at submit time than stored in a file.",
    ),
];

pub(crate) const DATA_LAKE_ANALYTICS: &[Field] = &[
    SCHEMA,
    name(NAME_DOC),
    TYPE,
    DESCRIPTION,
    Field::new("resource_id", Ty::Str).required().doc(
        "Resource ID",
        "ARM ID of the account (Microsoft.DataLakeAnalytics/accounts).",
    ),
    Field::new("data_lake_store_account_name", Ty::Str).doc(
        "Data Lake Store account",
        "Name of the default Data Lake Store account.",
    ),
];
