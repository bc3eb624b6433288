//! Compute instance (`type: computeinstance`), reference §2 and §9.

use super::common::{
    CREATED_ON, DESCRIPTION, ENABLE_NODE_PUBLIC_IP, ID, IDENTITY, LOCATION_IGNORED,
    NETWORK_SETTINGS, PROVISIONING_ERRORS, PROVISIONING_STATE, RESOURCE_ID, SCHEMA,
    SSH_PUBLIC_ACCESS_ENABLED, TAGS, TYPE, name,
};
use super::{DefaultValue, EnumSpec, Field, Ty};

const SSH_SETTINGS: &[Field] = &[
    Field::new("ssh_key_value", Ty::Str).doc(
        "SSH public key",
        "RSA public key, single-line (ssh-rsa ...) or multi-line PEM. Needs ssh_public_access_enabled: true.",
    ),
    Field::new("admin_username", Ty::Str).read_only().doc("Admin user name", "Always azureuser; set by Azure."),
    Field::new("ssh_port", Ty::Str).read_only().doc("SSH port", "Set by Azure."),
    Field::new("$schema", Ty::Str).read_only().doc("Schema", "Ignored."),
];

const CREATE_ON_BEHALF_OF: &[Field] = &[
    Field::new("user_tenant_id", Ty::Str).doc(
        "User tenant ID",
        "Tenant (GUID) of the user the instance is for.",
    ),
    Field::new("user_object_id", Ty::Str).doc(
        "User object ID",
        "Object ID (GUID) of the user the instance is for.",
    ),
    Field::new("$schema", Ty::Str)
        .read_only()
        .doc("Schema", "Ignored."),
];

static ACTION: EnumSpec = EnumSpec {
    values: &["start", "stop"],
    aliases: &[],
};
static STATE: EnumSpec = EnumSpec {
    values: &["enabled", "disabled"],
    aliases: &[],
};
static FREQUENCY: EnumSpec = EnumSpec {
    values: &["minute", "hour", "day", "week", "month"],
    aliases: &[],
};
static WEEK_DAY: EnumSpec = EnumSpec {
    values: &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ],
    aliases: &[],
};

static WEEK_DAY_ITEM: Ty = Ty::Enum(&WEEK_DAY);

const START_TIME: Field = Field::new("start_time", Ty::Str).doc(
    "Start time",
    "yyyy-MM-ddTHH:mm:ss, quoted so YAML keeps it a string.",
);
const TIME_ZONE: Field = Field::new("time_zone", Ty::Str)
    .default(DefaultValue::Str("UTC"))
    .doc(
        "Time zone",
        "Windows time zone name, e.g. UTC or W. Europe Standard Time.",
    );

const CRON_TRIGGER: &[Field] = &[
    Field::new("type", Ty::Str)
        .required()
        .doc("Trigger type", "cron"),
    Field::new("expression", Ty::Str).required().doc(
        "Cron expression",
        "Five fields: minute hour day-of-month month day-of-week (Sunday is 0).",
    ),
    START_TIME,
    TIME_ZONE,
];

const RECURRENCE_SCHEDULE: &[Field] = &[
    Field::new(
        "hours",
        Ty::List(&Ty::Int {
            min: Some(0),
            max: Some(23),
        }),
    )
    .doc("Hours", "Hours of the day, 0-23, as a list."),
    Field::new(
        "minutes",
        Ty::List(&Ty::Int {
            min: Some(0),
            max: Some(59),
        }),
    )
    .doc("Minutes", "Minutes of the hour, 0-59, as a list."),
    Field::new("week_days", Ty::List(&WEEK_DAY_ITEM))
        .doc("Week days", "Days of the week, e.g. [monday, friday]."),
];

const RECURRENCE_TRIGGER: &[Field] = &[
    Field::new("type", Ty::Str)
        .required()
        .doc("Trigger type", "recurrence"),
    Field::new("frequency", Ty::Enum(&FREQUENCY))
        .required()
        .doc("Frequency", "minute, hour, day, week or month."),
    Field::new(
        "interval",
        Ty::Int {
            min: Some(1),
            max: None,
        },
    )
    .required()
    .doc("Interval", "Every how many frequency units."),
    Field::new("schedule", Ty::Object(RECURRENCE_SCHEDULE))
        .doc("Schedule", "When in the period to run."),
    START_TIME,
    TIME_ZONE,
];

const SCHEDULE: &[Field] = &[
    Field::new("action", Ty::Enum(&ACTION))
        .required()
        .doc("Action", "start or stop."),
    Field::new("state", Ty::Enum(&STATE))
        .default(DefaultValue::Str("enabled"))
        .doc("State", "enabled or disabled."),
    Field::new(
        "trigger",
        Ty::Tagged {
            tag: "type",
            variants: &[("cron", CRON_TRIGGER), ("recurrence", RECURRENCE_TRIGGER)],
        },
    )
    .required()
    .doc(
        "Trigger",
        "When the action runs: a cron expression or a recurrence.",
    ),
    Field::new("schedule_id", Ty::Str)
        .read_only()
        .doc("Schedule ID", "Set by Azure."),
    Field::new("provisioning_state", Ty::Str)
        .read_only()
        .doc("Provisioning state", "Set by Azure."),
];

const SCHEDULES: &[Field] = &[
    Field::new("compute_start_stop", Ty::List(&Ty::Object(SCHEDULE))).doc(
        "Start/stop schedules",
        "At most four schedules per compute instance.",
    ),
];

const SCRIPT: &[Field] = &[
    Field::new("path", Ty::Str).doc("Path", "Script path in the workspace file share."),
    Field::new("command", Ty::Str).doc("Command", "Command or arguments to run the script with."),
    Field::new(
        "timeout_minutes",
        Ty::Int {
            min: Some(1),
            max: None,
        },
    )
    .doc("Timeout (minutes)", "An integer number of minutes."),
];

const SETUP_SCRIPTS: &[Field] = &[
    Field::new("creation_script", Ty::Object(SCRIPT)).doc(
        "Creation script",
        "Runs once, when the instance is provisioned.",
    ),
    Field::new("startup_script", Ty::Object(SCRIPT)).doc("Startup script", "Runs at every start."),
];

static APP_TYPE: EnumSpec = EnumSpec {
    values: &["docker"],
    aliases: &[],
};

const PORT_DOC: &str = "Strictly between 1025 and 65535: Azure rejects 1025 and 65535 themselves.";

const ENDPOINT: &[Field] = &[
    Field::new(
        "target",
        Ty::Int {
            min: Some(1026),
            max: Some(65534),
        },
    )
    .required()
    .doc("Target port", PORT_DOC),
    Field::new(
        "published",
        Ty::Int {
            min: Some(1026),
            max: Some(65534),
        },
    )
    .required()
    .doc("Published port", PORT_DOC),
];

const IMAGE: &[Field] = &[Field::new("reference", Ty::Str)
    .doc("Image reference", "Docker image, e.g. ghcr.io/org/app:1.0.")];

// az ml 1.35.2 builds each of these objects with every field below marked required, and fails
// without them ("EndpointsSettings.__init__() missing 1 required keyword-only argument: 'target'").
const BIND_MOUNT: &[Field] = &[
    Field::new("source", Ty::Str)
        .required()
        .doc("Source", "Path on the instance."),
    Field::new("target", Ty::Str)
        .required()
        .doc("Target", "Path in the container."),
];

const CUSTOM_APPLICATION: &[Field] = &[
    Field::new("name", Ty::Str)
        .required()
        .doc("Name", "Unique across the instance's applications."),
    Field::new("type", Ty::Enum(&APP_TYPE))
        .default(DefaultValue::Str("docker"))
        .doc("Type", "Only docker."),
    Field::new("image", Ty::Object(IMAGE)).doc("Image", "The container image."),
    Field::new("endpoints", Ty::List(&Ty::Object(ENDPOINT)))
        .required()
        .doc("Endpoints", "Ports the application serves."),
    Field::new("environment_variables", Ty::AnyMap)
        .doc("Environment variables", "Name/value pairs."),
    Field::new("bind_mounts", Ty::List(&Ty::Object(BIND_MOUNT)))
        .doc("Bind mounts", "Folders shared with the container."),
];

pub(crate) const FIELDS: &[Field] = &[
    SCHEMA,
    name(
        "3 to 24 letters, digits and hyphens; starts with a letter; a letter must follow the last hyphen.",
    ),
    TYPE,
    DESCRIPTION,
    Field::new("size", Ty::Str)
        .create_only()
        .default(DefaultValue::Str("Standard_DS3_v2"))
        // `ComputeDefaults.VMSIZE` when the spec has none (reference §2).
        .sent_when_left_out(DefaultValue::Str("STANDARD_DS3_V2"))
        .doc(
            "Virtual machine size",
            "Cannot be changed after creation; availability depends on the region.",
        ),
    LOCATION_IGNORED,
    TAGS,
    RESOURCE_ID,
    Field::new("create_on_behalf_of", Ty::Object(CREATE_ON_BEHALF_OF))
        .create_only()
        .doc(
            "Assign to another user",
            "Both the user's tenant ID and object ID.",
        ),
    SSH_PUBLIC_ACCESS_ENABLED,
    Field::new("ssh_settings", Ty::Object(SSH_SETTINGS))
        .doc("SSH settings", "The public key for SSH access."),
    NETWORK_SETTINGS,
    ENABLE_NODE_PUBLIC_IP,
    IDENTITY,
    Field::new(
        "idle_time_before_shutdown_minutes",
        Ty::Int {
            min: Some(15),
            max: Some(4320),
        },
    )
    // `if self.idle_time_before_shutdown_minutes:` in `_to_rest_object`: 0 sends no idle
    // shutdown (or the deprecated ISO field, when that is set).
    .zero_means_unset()
    .doc(
        "Idle shutdown (minutes)",
        "Shut down after this many idle minutes: 15 minutes to 3 days (4320).",
    ),
    Field::new("idle_time_before_shutdown", Ty::Str).doc(
        "Idle shutdown (ISO 8601, deprecated)",
        "Deprecated ISO 8601 duration such as PT30M; use idle_time_before_shutdown_minutes.",
    ),
    Field::new("schedules", Ty::Object(SCHEDULES))
        .doc("Schedules", "Start and stop the instance on a schedule."),
    Field::new("setup_scripts", Ty::Object(SETUP_SCRIPTS))
        .doc("Setup scripts", "Scripts run at creation and at startup."),
    Field::new(
        "custom_applications",
        Ty::List(&Ty::Object(CUSTOM_APPLICATION)),
    )
    .doc(
        "Custom applications",
        "Docker applications served from the instance.",
    ),
    Field::new("enable_sso", Ty::Bool)
        .default(DefaultValue::Bool(true))
        // `enable_sso: bool = True` in the entity's constructor, sent as it is.
        .sent_when_left_out(DefaultValue::Bool(true))
        .doc("Single sign-on", "Let the assigned user sign in with SSO."),
    Field::new("enable_root_access", Ty::Bool)
        .default(DefaultValue::Bool(true))
        // `enable_root_access: bool = True` in the entity's constructor, sent as it is.
        .sent_when_left_out(DefaultValue::Bool(true))
        .doc("Root access", "Allow sudo on the instance."),
    Field::new("release_quota_on_stop", Ty::Bool)
        .default(DefaultValue::Bool(false))
        // `release_quota_on_stop: bool = False` in the entity's constructor, sent as it is.
        .sent_when_left_out(DefaultValue::Bool(false))
        .doc(
            "Release quota on stop",
            "Give the vCPU quota back while the instance is stopped.",
        ),
    Field::new("enable_os_patching", Ty::Bool)
        .default(DefaultValue::Bool(false))
        // `enable_os_patching: bool = False` in the entity's constructor, sent as it is.
        .sent_when_left_out(DefaultValue::Bool(false))
        .doc("OS patching", "Patch the OS automatically."),
    ID,
    PROVISIONING_STATE,
    PROVISIONING_ERRORS,
    CREATED_ON,
    Field::new("state", Ty::Str)
        .read_only()
        .doc("State", "Set by Azure."),
    Field::new("services", Ty::List(&Ty::AnyMap))
        .read_only()
        .doc("Services", "Set by Azure."),
    Field::new("last_operation", Ty::AnyMap)
        .read_only()
        .doc("Last operation", "Set by Azure."),
    Field::new("os_image_metadata", Ty::AnyMap)
        .read_only()
        .doc("OS image metadata", "Set by Azure."),
];
