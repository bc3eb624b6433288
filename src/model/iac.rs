//! Where each field of the field tables stands in the other forms a compute is declared in: the
//! ARM resource `Microsoft.MachineLearningServices/workspaces/computes` (what an ARM template,
//! the JSON `bicep build` writes and a REST `PUT` body hold) and Terraform azurerm's resource for
//! the kind. Declared once, read both ways: a reader of ARM or Terraform puts each value at
//! amlint's field, so a rule is written once and fires on every input, and a spec can be
//! projected onto the ARM resource (Azure Policy's aliases name these ARM paths).
//!
//! Paths are dot-separated keys. `[]` steps into every item of a list; `name{variant}` is the
//! variant of a field whose `tag` selects its fields (a schedule's `trigger{cron}`). ARM paths
//! start at the resource (`properties.properties.vmSize`); a REST body is the resource without
//! its `name` and `type`. Terraform paths start at the resource block; a nested block is a step
//! like a key (`scale_settings.max_node_count`), as in HCL (a plan writes such a block as a list
//! of one object).
//!
//! Sources name the reference's tags (`docs/reference/azure-compute-rules.md` §0) and sections:
//! REST is the ARM swagger, SDK-entity azure-ai-ml's `_to_rest_object` (what `az ml` sends), TF
//! terraform-provider-azurerm's resource schemas. Data only: the readers convert.

/// How a value is written in the other form, compared with amlint's field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The same value.
    Same,
    /// amlint's whole seconds; an ISO 8601 duration there (`120` ↔ `PT2M`, `PT120S`).
    Seconds,
    /// amlint's whole minutes; an ISO 8601 duration there (`30` ↔ `PT30M`).
    Minutes,
    /// amlint's whole minutes; minutes followed by `m` there (`5` ↔ `5m`).
    MinutesWithM,
    /// An enumeration spelt differently: pairs of amlint's value and the other one. Reading
    /// compares the other spelling as Azure does for that field (see the entry's sources); where
    /// two pairs share amlint's value, projecting uses the first.
    Values(&'static [(&'static str, &'static str)]),
    /// amlint's boolean as a word there: the word for `true`, the word for `false`. Any other
    /// word (`NotSpecified`) states nothing.
    Switch(&'static str, &'static str),
    /// The boolean's negation (`local_auth_enabled` = not `disableLocalAuth`).
    Not,
    /// amlint's list of objects whose field `resource_id` the path names; a mapping keyed by
    /// those IDs there (`userAssignedIdentities: {"<id>": {}}`).
    KeysOf,
    /// amlint's mapping of names to values; names to `{type: local, value}` there.
    EnvironmentVariables,
    /// The keys of the object at the path that no other entry of the kind maps.
    OtherKeys,
    /// The compute's name: an ARM child resource's name ends with it (`workspace/compute`,
    /// `[format('{0}/{1}', ...)]`); a REST body has none (it is in the URL).
    LastNameSegment,
    /// Terraform: `true` when the block the path names is written, `false` when it is not.
    BlockPresent,
}

/// One amlint field and where it stands in ARM and Terraform.
#[derive(Debug, Clone, Copy)]
pub struct Mapping {
    /// amlint's field path (`min_instances`, `ssh_settings.admin_username`).
    pub field: &'static str,
    /// The ARM path and how the value is written there; `None` where ARM has no place for it.
    pub arm: Option<(&'static str, Form)>,
    /// The Terraform argument and how it is written; `None` where the kind's resource has none.
    pub terraform: Option<(&'static str, Form)>,
    /// Where each side is stated.
    pub sources: &'static str,
}

/// A fact only the ARM resource (or Terraform) states: no field of amlint's tables holds it,
/// so a reader puts it at `name` for the rules about IaC inputs.
#[derive(Debug)]
pub struct IacOnly {
    /// The name in amlint's tree, snake_case like the fields.
    pub name: &'static str,
    pub arm: (&'static str, Form),
    pub terraform: Option<(&'static str, Form)>,
    pub sources: &'static str,
}

/// The forms of one compute kind.
#[derive(Debug)]
pub struct Forms {
    /// `properties.computeType` of the ARM resource.
    pub compute_type: &'static str,
    /// Terraform azurerm's resource type, where there is one.
    pub terraform: Option<&'static str>,
    pub fields: &'static [Mapping],
    /// amlint fields with no place in the ARM resource, and why.
    pub no_arm_form: &'static [(&'static str, &'static str)],
    pub iac_only: &'static [IacOnly],
}

impl Forms {
    /// The entry for amlint's field path.
    #[must_use]
    pub fn by_field(&self, field: &str) -> Option<&'static Mapping> {
        self.fields.iter().find(|m| m.field == field)
    }

    /// The entries whose ARM path is `path`, in table order (a reader takes the first that
    /// accepts the value).
    pub fn by_arm<'p>(&self, path: &'p str) -> impl Iterator<Item = &'static Mapping> + 'p {
        let fields: &'static [Mapping] = self.fields;
        fields
            .iter()
            .filter(move |m| m.arm.is_some_and(|(p, _)| p == path))
    }

    /// The entries whose Terraform path is `path`, in table order.
    pub fn by_terraform<'p>(&self, path: &'p str) -> impl Iterator<Item = &'static Mapping> + 'p {
        let fields: &'static [Mapping] = self.fields;
        fields
            .iter()
            .filter(move |m| m.terraform.is_some_and(|(p, _)| p == path))
    }
}

const SCHEMA_NO_ARM: (&str, &str) = (
    "$schema",
    "a hint for editors; az ml sends nothing for it (SDK-schema)",
);

const NAME: Mapping = Mapping {
    field: "name",
    arm: Some(("name", Form::LastNameSegment)),
    terraform: Some(("name", Form::Same)),
    sources: "REST (the compute's name is the last segment of the resource ID), TF",
};
const DESCRIPTION: Mapping = Mapping {
    field: "description",
    arm: Some(("properties.description", Form::Same)),
    terraform: Some(("description", Form::Same)),
    sources: "REST Compute.description, SDK-entity, TF",
};
const TAGS: Mapping = Mapping {
    field: "tags",
    arm: Some(("tags", Form::Same)),
    terraform: Some(("tags", Form::Same)),
    sources: "REST ComputeResource.tags, SDK-entity, TF",
};
const LOCATION: Mapping = Mapping {
    field: "location",
    arm: Some(("location", Form::Same)),
    terraform: Some(("location", Form::Same)),
    // TF writes its `location` to `properties.computeLocation` and the workspace's to ARM's.
    sources: "REST ComputeResource.location, SDK-entity (sent as the resource's location), TF",
};
/// The kinds whose `location` az ml ignores: ARM's `location` is where the resource lives, which
/// every resource states (the workspace's region); it says nothing the field would.
const LOCATION_IGNORED: (&str, &str) = (
    "location",
    "ARM's location is the resource's, the workspace's region, which every template states; az ml ignores the field for this kind and uses that region (SDK-entity, §0)",
);
const RESOURCE_ID: Mapping = Mapping {
    field: "resource_id",
    arm: Some(("properties.resourceId", Form::Same)),
    terraform: None,
    sources: "REST Compute.resourceId, SDK-entity",
};

/// The identity's types, as ARM spells them (`snake_to_pascal` in azure-ai-ml) and Terraform.
const IDENTITY_TYPES: &[(&str, &str)] = &[
    ("system_assigned", "SystemAssigned"),
    ("user_assigned", "UserAssigned"),
    (
        "system_assigned,user_assigned",
        "SystemAssigned,UserAssigned",
    ),
    ("none", "None"),
];
const TF_IDENTITY_TYPES: &[(&str, &str)] = &[
    ("system_assigned", "SystemAssigned"),
    ("user_assigned", "UserAssigned"),
    (
        "system_assigned,user_assigned",
        "SystemAssigned, UserAssigned",
    ),
];
const IDENTITY_TYPE: Mapping = Mapping {
    field: "identity.type",
    arm: Some(("identity.type", Form::Values(IDENTITY_TYPES))),
    terraform: Some(("identity.type", Form::Values(TF_IDENTITY_TYPES))),
    sources: "REST ManagedServiceIdentity, SDK-entity (_to_compute_rest_object), TF",
};
const IDENTITY_IDS: Mapping = Mapping {
    field: "identity.user_assigned_identities[].resource_id",
    arm: Some(("identity.userAssignedIdentities", Form::KeysOf)),
    terraform: Some(("identity.identity_ids", Form::Same)),
    sources: "REST ManagedServiceIdentity.userAssignedIdentities, SDK-entity, TF",
};

/// `disableLocalAuth`, on every kind's `Compute` (x-ms-mutability read, create).
const DISABLE_LOCAL_AUTH: IacOnly = IacOnly {
    name: "disable_local_auth",
    arm: ("properties.disableLocalAuth", Form::Same),
    terraform: Some(("local_auth_enabled", Form::Not)),
    sources: "REST Compute.disableLocalAuth, TF local_auth_enabled, PSRule Azure.ML.DisableLocalAuth",
};
const DISABLE_LOCAL_AUTH_NO_TF: IacOnly = IacOnly {
    terraform: None,
    ..DISABLE_LOCAL_AUTH
};

/// A shared row for a kind Terraform has no resource for.
const fn arm_only(mapping: Mapping) -> Mapping {
    Mapping {
        terraform: None,
        ..mapping
    }
}

const fn kind_type(amlint: &'static [(&'static str, &'static str)]) -> Mapping {
    Mapping {
        field: "type",
        arm: Some(("properties.computeType", Form::Values(amlint))),
        // The resource type selects the kind.
        terraform: None,
        sources: "REST Compute.computeType (discriminator), SDK-entity",
    }
}

const NETWORK_SUBNET: Mapping = Mapping {
    field: "network_settings.subnet",
    arm: Some(("properties.properties.subnet.id", Form::Same)),
    terraform: Some(("subnet_resource_id", Form::Same)),
    sources: "REST ResourceId, SDK-entity (a full subnet ID), TF, §2",
};
const VNET_NAME_NO_ARM: (&str, &str) = (
    "network_settings.vnet_name",
    "az ml builds subnet.id from it and the subnet's name (SDK-entity get_subnet_str)",
);
const NODE_PUBLIC_IP: Mapping = Mapping {
    field: "enable_node_public_ip",
    arm: Some(("properties.properties.enableNodePublicIp", Form::Same)),
    terraform: Some(("node_public_ip_enabled", Form::Same)),
    sources: "REST, SDK-entity, TF",
};

/// Compute cluster, reference §3.
pub static AML_COMPUTE: Forms = Forms {
    compute_type: "AmlCompute",
    terraform: Some("azurerm_machine_learning_compute_cluster"),
    fields: &[
        NAME,
        kind_type(&[("amlcompute", "AmlCompute")]),
        DESCRIPTION,
        LOCATION,
        Mapping {
            field: "size",
            arm: Some(("properties.properties.vmSize", Form::Same)),
            terraform: Some(("vm_size", Form::Same)),
            sources: "REST AmlComputeProperties.vmSize, SDK-entity, TF, §3",
        },
        Mapping {
            field: "tier",
            arm: Some((
                "properties.properties.vmPriority",
                Form::Values(&[("dedicated", "Dedicated"), ("low_priority", "LowPriority")]),
            )),
            // TF compares them case-sensitively (StringInSlice, ignoreCase false).
            terraform: Some((
                "vm_priority",
                Form::Values(&[("dedicated", "Dedicated"), ("low_priority", "LowPriority")]),
            )),
            sources: "REST VmPriority, SDK-entity (snake_to_pascal), TF, §3",
        },
        Mapping {
            field: "min_instances",
            arm: Some((
                "properties.properties.scaleSettings.minNodeCount",
                Form::Same,
            )),
            terraform: Some(("scale_settings.min_node_count", Form::Same)),
            sources: "REST ScaleSettings, SDK-entity, TF, §3",
        },
        Mapping {
            field: "max_instances",
            arm: Some((
                "properties.properties.scaleSettings.maxNodeCount",
                Form::Same,
            )),
            terraform: Some(("scale_settings.max_node_count", Form::Same)),
            sources: "REST ScaleSettings, SDK-entity, TF, §3",
        },
        Mapping {
            field: "idle_time_before_scale_down",
            arm: Some((
                "properties.properties.scaleSettings.nodeIdleTimeBeforeScaleDown",
                Form::Seconds,
            )),
            terraform: Some((
                "scale_settings.scale_down_nodes_after_idle_duration",
                Form::Seconds,
            )),
            sources: "REST ScaleSettings (format duration), SDK-entity (to_iso_duration_format), TF, §3",
        },
        TAGS,
        RESOURCE_ID,
        Mapping {
            field: "ssh_public_access_enabled",
            arm: Some((
                "properties.properties.remoteLoginPortPublicAccess",
                Form::Switch("Enabled", "Disabled"),
            )),
            terraform: Some(("ssh_public_access_enabled", Form::Same)),
            sources: "REST RemoteLoginPortPublicAccess (NotSpecified: unset), SDK-entity, TF, §3",
        },
        Mapping {
            field: "ssh_settings.admin_username",
            arm: Some((
                "properties.properties.userAccountCredentials.adminUserName",
                Form::Same,
            )),
            terraform: Some(("ssh.admin_username", Form::Same)),
            sources: "REST UserAccountCredentials, SDK-entity (_to_user_account_credentials), TF",
        },
        Mapping {
            field: "ssh_settings.admin_password",
            arm: Some((
                "properties.properties.userAccountCredentials.adminUserPassword",
                Form::Same,
            )),
            terraform: Some(("ssh.admin_password", Form::Same)),
            sources: "REST UserAccountCredentials, SDK-entity, TF",
        },
        Mapping {
            field: "ssh_settings.ssh_key_value",
            arm: Some((
                "properties.properties.userAccountCredentials.adminUserSshPublicKey",
                Form::Same,
            )),
            terraform: Some(("ssh.key_value", Form::Same)),
            sources: "REST UserAccountCredentials, SDK-entity, TF",
        },
        NETWORK_SUBNET,
        NODE_PUBLIC_IP,
        IDENTITY_TYPE,
        IDENTITY_IDS,
    ],
    no_arm_form: &[SCHEMA_NO_ARM, VNET_NAME_NO_ARM],
    iac_only: &[
        DISABLE_LOCAL_AUTH,
        IacOnly {
            name: "os_type",
            arm: ("properties.properties.osType", Form::Same),
            terraform: None,
            sources: "REST AmlComputeProperties.osType (Linux, Windows), SDK-entity (always Linux), §3",
        },
        IacOnly {
            name: "isolated_network",
            arm: ("properties.properties.isolatedNetwork", Form::Same),
            terraform: None,
            sources: "REST AmlComputeProperties.isolatedNetwork, §3",
        },
        IacOnly {
            name: "virtual_machine_image",
            arm: ("properties.properties.virtualMachineImage.id", Form::Same),
            terraform: None,
            sources: "REST VirtualMachineImage (Windows only), §3",
        },
        IacOnly {
            name: "property_bag",
            arm: ("properties.properties.propertyBag", Form::Same),
            terraform: None,
            sources: "REST AmlComputeProperties.propertyBag, §3",
        },
    ],
};

const WEEK_DAYS: &[(&str, &str)] = &[
    ("monday", "Monday"),
    ("tuesday", "Tuesday"),
    ("wednesday", "Wednesday"),
    ("thursday", "Thursday"),
    ("friday", "Friday"),
    ("saturday", "Saturday"),
    ("sunday", "Sunday"),
];

/// A path under one start/stop schedule.
macro_rules! schedule {
    ($field:literal, $arm:literal, $form:expr) => {
        Mapping {
            field: concat!("schedules.compute_start_stop[].", $field),
            arm: Some((
                concat!("properties.properties.schedules.computeStartStop[].", $arm),
                $form,
            )),
            terraform: None,
            sources: "REST ComputeStartStopSchedule, SDK-entity (_schedule.py), §9.1",
        }
    };
}

/// A path under one setup script.
macro_rules! script {
    ($script:literal, $rest:literal) => {
        [
            Mapping {
                field: concat!("setup_scripts.", $script, ".path"),
                arm: Some((
                    concat!(
                        "properties.properties.setupScripts.scripts.",
                        $rest,
                        ".scriptData"
                    ),
                    Form::Same,
                )),
                terraform: None,
                sources: "REST ScriptReference, SDK-entity (_setup_scripts.py), §9.2",
            },
            Mapping {
                field: concat!("setup_scripts.", $script, ".command"),
                arm: Some((
                    concat!(
                        "properties.properties.setupScripts.scripts.",
                        $rest,
                        ".scriptArguments"
                    ),
                    Form::Same,
                )),
                terraform: None,
                sources: "REST ScriptReference, SDK-entity (_setup_scripts.py), §9.2",
            },
            Mapping {
                field: concat!("setup_scripts.", $script, ".timeout_minutes"),
                arm: Some((
                    concat!(
                        "properties.properties.setupScripts.scripts.",
                        $rest,
                        ".timeout"
                    ),
                    Form::MinutesWithM,
                )),
                terraform: None,
                sources: "REST ScriptReference, SDK-entity (_setup_scripts.py), §9.2",
            },
        ]
    };
}

const CREATION_SCRIPT: [Mapping; 3] = script!("creation_script", "creationScript");
const STARTUP_SCRIPT: [Mapping; 3] = script!("startup_script", "startupScript");

/// A path under one custom application.
macro_rules! application {
    ($field:literal, $arm:literal, $form:expr) => {
        Mapping {
            field: concat!("custom_applications[].", $field),
            arm: Some((
                concat!("properties.properties.customServices[].", $arm),
                $form,
            )),
            terraform: None,
            sources: "REST CustomService, SDK-entity (_custom_applications.py), §9.3",
        }
    };
}

/// A compute instance flag azure-ai-ml writes by its wire name.
macro_rules! flag {
    ($field:literal, $arm:literal) => {
        Mapping {
            field: $field,
            arm: Some((concat!("properties.properties.", $arm), Form::Same)),
            terraform: None,
            sources: "REST ComputeInstanceProperties, SDK-entity (compute_instance.py), §2",
        }
    };
}

/// Compute instance, reference §2 and §9.
pub static COMPUTE_INSTANCE: Forms = Forms {
    compute_type: "ComputeInstance",
    terraform: Some("azurerm_machine_learning_compute_instance"),
    fields: &[
        NAME,
        kind_type(&[("computeinstance", "ComputeInstance")]),
        DESCRIPTION,
        Mapping {
            field: "size",
            arm: Some(("properties.properties.vmSize", Form::Same)),
            terraform: Some(("virtual_machine_size", Form::Same)),
            sources: "REST ComputeInstanceProperties.vmSize, SDK-entity, TF, §2",
        },
        TAGS,
        RESOURCE_ID,
        Mapping {
            field: "create_on_behalf_of.user_tenant_id",
            arm: Some((
                "properties.properties.personalComputeInstanceSettings.assignedUser.tenantId",
                Form::Same,
            )),
            terraform: Some(("assign_to_user.tenant_id", Form::Same)),
            sources: "REST AssignedUser, SDK-entity, TF, §2",
        },
        Mapping {
            field: "create_on_behalf_of.user_object_id",
            arm: Some((
                "properties.properties.personalComputeInstanceSettings.assignedUser.objectId",
                Form::Same,
            )),
            terraform: Some(("assign_to_user.object_id", Form::Same)),
            sources: "REST AssignedUser, SDK-entity, TF, §2",
        },
        Mapping {
            field: "ssh_public_access_enabled",
            arm: Some((
                "properties.properties.sshSettings.sshPublicAccess",
                Form::Switch("Enabled", "Disabled"),
            )),
            // TF sends Enabled when the `ssh` block is written, Disabled when it is not.
            terraform: Some(("ssh", Form::BlockPresent)),
            sources: "REST ComputeInstanceSshSettings.sshPublicAccess, SDK-entity, TF (expandComputeSSHSetting), §2",
        },
        Mapping {
            field: "ssh_settings.ssh_key_value",
            arm: Some((
                "properties.properties.sshSettings.adminPublicKey",
                Form::Same,
            )),
            terraform: Some(("ssh.public_key", Form::Same)),
            sources: "REST ComputeInstanceSshSettings.adminPublicKey, SDK-entity, TF, §2",
        },
        NETWORK_SUBNET,
        NODE_PUBLIC_IP,
        IDENTITY_TYPE,
        IDENTITY_IDS,
        Mapping {
            field: "idle_time_before_shutdown_minutes",
            arm: Some((
                "properties.properties.idleTimeBeforeShutdown",
                Form::Minutes,
            )),
            // No argument: terraform-provider-azurerm issue 20973.
            terraform: None,
            sources: "SDK-entity (PT{n}M), REST (2025-12-01 model), PSRule Azure.ML.ComputeIdleShutdown, §2",
        },
        Mapping {
            field: "idle_time_before_shutdown",
            arm: Some(("properties.properties.idleTimeBeforeShutdown", Form::Same)),
            terraform: None,
            sources: "SDK-entity (sent as written when the minutes are not given), §2",
        },
        schedule!(
            "action",
            "action",
            Form::Values(&[("start", "Start"), ("stop", "Stop")])
        ),
        schedule!(
            "state",
            "status",
            Form::Values(&[("enabled", "Enabled"), ("disabled", "Disabled")])
        ),
        schedule!(
            "trigger{cron}.type",
            "triggerType",
            Form::Values(&[("cron", "Cron")])
        ),
        schedule!("trigger{cron}.expression", "cron.expression", Form::Same),
        schedule!("trigger{cron}.start_time", "cron.startTime", Form::Same),
        schedule!("trigger{cron}.time_zone", "cron.timeZone", Form::Same),
        schedule!(
            "trigger{recurrence}.type",
            "triggerType",
            Form::Values(&[("recurrence", "Recurrence")])
        ),
        schedule!(
            "trigger{recurrence}.frequency",
            "recurrence.frequency",
            Form::Values(&[
                ("minute", "Minute"),
                ("hour", "Hour"),
                ("day", "Day"),
                ("week", "Week"),
                ("month", "Month"),
            ])
        ),
        schedule!(
            "trigger{recurrence}.interval",
            "recurrence.interval",
            Form::Same
        ),
        schedule!(
            "trigger{recurrence}.schedule.hours",
            "recurrence.schedule.hours",
            Form::Same
        ),
        schedule!(
            "trigger{recurrence}.schedule.minutes",
            "recurrence.schedule.minutes",
            Form::Same
        ),
        schedule!(
            "trigger{recurrence}.schedule.week_days",
            "recurrence.schedule.weekDays",
            Form::Values(WEEK_DAYS)
        ),
        schedule!(
            "trigger{recurrence}.start_time",
            "recurrence.startTime",
            Form::Same
        ),
        schedule!(
            "trigger{recurrence}.time_zone",
            "recurrence.timeZone",
            Form::Same
        ),
        CREATION_SCRIPT[0],
        CREATION_SCRIPT[1],
        CREATION_SCRIPT[2],
        STARTUP_SCRIPT[0],
        STARTUP_SCRIPT[1],
        STARTUP_SCRIPT[2],
        application!("name", "name", Form::Same),
        application!("type", "image.type", Form::Values(&[("docker", "docker")])),
        application!("image.reference", "image.reference", Form::Same),
        application!("endpoints[].target", "endpoints[].target", Form::Same),
        application!("endpoints[].published", "endpoints[].published", Form::Same),
        application!(
            "environment_variables",
            "environmentVariables",
            Form::EnvironmentVariables
        ),
        application!("bind_mounts[].source", "volumes[].source", Form::Same),
        application!("bind_mounts[].target", "volumes[].target", Form::Same),
        flag!("enable_sso", "enableSSO"),
        flag!("enable_root_access", "enableRootAccess"),
        flag!("release_quota_on_stop", "releaseQuotaOnStop"),
        flag!("enable_os_patching", "enableOSPatching"),
    ],
    no_arm_form: &[SCHEMA_NO_ARM, VNET_NAME_NO_ARM, LOCATION_IGNORED],
    iac_only: &[
        DISABLE_LOCAL_AUTH,
        IacOnly {
            name: "application_sharing_policy",
            arm: ("properties.properties.applicationSharingPolicy", Form::Same),
            terraform: None,
            sources: "REST ComputeInstanceProperties (Personal, Shared), SDK-entity (always Shared), §2",
        },
        IacOnly {
            name: "compute_instance_authorization_type",
            arm: (
                "properties.properties.computeInstanceAuthorizationType",
                Form::Same,
            ),
            terraform: Some(("authorization_type", Form::Same)),
            sources: "REST ComputeInstanceProperties (personal), SDK-entity, TF, §2",
        },
    ],
};

/// Kubernetes compute, reference §5.
pub static KUBERNETES: Forms = Forms {
    compute_type: "Kubernetes",
    terraform: None,
    fields: &[
        arm_only(NAME),
        kind_type(&[("kubernetes", "Kubernetes")]),
        arm_only(DESCRIPTION),
        RESOURCE_ID,
        Mapping {
            field: "namespace",
            arm: Some(("properties.properties.namespace", Form::Same)),
            terraform: None,
            sources: "REST KubernetesProperties.namespace, SDK-entity, §5",
        },
        Mapping {
            field: "properties",
            arm: Some(("properties.properties", Form::OtherKeys)),
            terraform: None,
            sources: "REST KubernetesProperties, SDK-entity (KubernetesProperties(self.properties)), §5",
        },
        arm_only(IDENTITY_TYPE),
        arm_only(IDENTITY_IDS),
        arm_only(TAGS),
    ],
    no_arm_form: &[SCHEMA_NO_ARM, LOCATION_IGNORED],
    iac_only: &[DISABLE_LOCAL_AUTH_NO_TF],
};

/// Attached virtual machine, reference §6.
pub static VIRTUAL_MACHINE: Forms = Forms {
    compute_type: "VirtualMachine",
    terraform: None,
    fields: &[
        arm_only(NAME),
        kind_type(&[("virtualmachine", "VirtualMachine")]),
        arm_only(DESCRIPTION),
        RESOURCE_ID,
        Mapping {
            field: "ssh_settings.admin_username",
            arm: Some((
                "properties.properties.administratorAccount.username",
                Form::Same,
            )),
            terraform: None,
            sources: "REST VirtualMachineSshCredentials, SDK-entity, §6",
        },
        Mapping {
            field: "ssh_settings.admin_password",
            arm: Some((
                "properties.properties.administratorAccount.password",
                Form::Same,
            )),
            terraform: None,
            sources: "REST VirtualMachineSshCredentials, SDK-entity, §6",
        },
        Mapping {
            field: "ssh_settings.ssh_port",
            arm: Some(("properties.properties.sshPort", Form::Same)),
            terraform: None,
            sources: "REST VirtualMachineSchemaProperties.sshPort, SDK-entity, §6",
        },
        arm_only(TAGS),
    ],
    no_arm_form: &[
        SCHEMA_NO_ARM,
        LOCATION_IGNORED,
        (
            "ssh_settings.ssh_private_key_file",
            "a path az ml reads when the spec is submitted; ARM holds the key itself, administratorAccount.privateKeyData (SDK-entity, REST, §6)",
        ),
    ],
    iac_only: &[DISABLE_LOCAL_AUTH_NO_TF],
};

/// Attached Synapse Spark pool, reference §8.
pub static SYNAPSE_SPARK: Forms = Forms {
    compute_type: "SynapseSpark",
    terraform: Some("azurerm_machine_learning_synapse_spark"),
    fields: &[
        NAME,
        kind_type(&[("synapsespark", "SynapseSpark")]),
        DESCRIPTION,
        Mapping {
            field: "resource_id",
            arm: Some(("properties.resourceId", Form::Same)),
            terraform: Some(("synapse_spark_pool_id", Form::Same)),
            sources: "REST Compute.resourceId, SDK-entity, TF, §8",
        },
        IDENTITY_TYPE,
        IDENTITY_IDS,
        TAGS,
    ],
    no_arm_form: &[SCHEMA_NO_ARM, LOCATION_IGNORED],
    iac_only: &[DISABLE_LOCAL_AUTH],
};

/// AKS inference cluster, reference §4: amlint's fields are its REST properties in snake_case.
pub static AKS: Forms = Forms {
    compute_type: "AKS",
    terraform: Some("azurerm_machine_learning_inference_cluster"),
    fields: &[
        NAME,
        kind_type(&[("aks", "AKS")]),
        DESCRIPTION,
        LOCATION,
        TAGS,
        Mapping {
            field: "resource_id",
            arm: Some(("properties.resourceId", Form::Same)),
            terraform: Some(("kubernetes_cluster_id", Form::Same)),
            sources: "REST Compute.resourceId, TF, §4",
        },
        Mapping {
            field: "size",
            arm: Some(("properties.properties.agentVmSize", Form::Same)),
            // TF attaches an existing AKS cluster only.
            terraform: None,
            sources: "REST AKSSchemaProperties.agentVmSize, §4",
        },
        Mapping {
            field: "agent_count",
            arm: Some(("properties.properties.agentCount", Form::Same)),
            terraform: None,
            sources: "REST AKSSchemaProperties.agentCount, §4",
        },
        Mapping {
            field: "cluster_purpose",
            arm: Some((
                "properties.properties.clusterPurpose",
                Form::Values(&[
                    ("production", "FastProd"),
                    ("production", "DenseProd"),
                    ("dev_test", "DevTest"),
                ]),
            )),
            terraform: Some((
                "cluster_purpose",
                Form::Values(&[
                    ("production", "FastProd"),
                    ("production", "DenseProd"),
                    ("dev_test", "DevTest"),
                ]),
            )),
            sources: "REST ClusterPurpose, TF, §4",
        },
        Mapping {
            field: "load_balancer_type",
            arm: Some((
                "properties.properties.loadBalancerType",
                Form::Values(&[
                    ("public_ip", "PublicIp"),
                    ("internal_load_balancer", "InternalLoadBalancer"),
                ]),
            )),
            terraform: None,
            sources: "REST LoadBalancerType, §4",
        },
        Mapping {
            field: "load_balancer_subnet",
            arm: Some(("properties.properties.loadBalancerSubnet", Form::Same)),
            terraform: None,
            sources: "REST AKSSchemaProperties.loadBalancerSubnet, §4",
        },
        Mapping {
            field: "network_settings.subnet_id",
            arm: Some((
                "properties.properties.aksNetworkingConfiguration.subnetId",
                Form::Same,
            )),
            terraform: None,
            sources: "REST AksNetworkingConfiguration, §4",
        },
        Mapping {
            field: "network_settings.service_cidr",
            arm: Some((
                "properties.properties.aksNetworkingConfiguration.serviceCidr",
                Form::Same,
            )),
            terraform: None,
            sources: "REST AksNetworkingConfiguration, §4",
        },
        Mapping {
            field: "network_settings.dns_service_ip",
            arm: Some((
                "properties.properties.aksNetworkingConfiguration.dnsServiceIP",
                Form::Same,
            )),
            terraform: None,
            sources: "REST AksNetworkingConfiguration, §4",
        },
        Mapping {
            field: "network_settings.docker_bridge_cidr",
            arm: Some((
                "properties.properties.aksNetworkingConfiguration.dockerBridgeCidr",
                Form::Same,
            )),
            terraform: None,
            sources: "REST AksNetworkingConfiguration, §4",
        },
        Mapping {
            field: "ssl.status",
            arm: Some((
                "properties.properties.sslConfiguration.status",
                Form::Values(&[
                    ("disabled", "Disabled"),
                    ("enabled", "Enabled"),
                    ("auto", "Auto"),
                ]),
            )),
            // TF derives it from which of the others are set.
            terraform: None,
            sources: "REST SslConfiguration, TF (derived), §4",
        },
        Mapping {
            field: "ssl.cert",
            arm: Some(("properties.properties.sslConfiguration.cert", Form::Same)),
            terraform: Some(("ssl.cert", Form::Same)),
            sources: "REST SslConfiguration, TF, §4",
        },
        Mapping {
            field: "ssl.key",
            arm: Some(("properties.properties.sslConfiguration.key", Form::Same)),
            terraform: Some(("ssl.key", Form::Same)),
            sources: "REST SslConfiguration, TF, §4",
        },
        Mapping {
            field: "ssl.cname",
            arm: Some(("properties.properties.sslConfiguration.cname", Form::Same)),
            terraform: Some(("ssl.cname", Form::Same)),
            sources: "REST SslConfiguration, TF, §4",
        },
        Mapping {
            field: "ssl.leaf_domain_label",
            arm: Some((
                "properties.properties.sslConfiguration.leafDomainLabel",
                Form::Same,
            )),
            terraform: Some(("ssl.leaf_domain_label", Form::Same)),
            sources: "REST SslConfiguration, TF, §4",
        },
        Mapping {
            field: "ssl.overwrite_existing_domain",
            arm: Some((
                "properties.properties.sslConfiguration.overwriteExistingDomain",
                Form::Same,
            )),
            terraform: Some(("ssl.overwrite_existing_domain", Form::Same)),
            sources: "REST SslConfiguration, TF, §4",
        },
    ],
    no_arm_form: &[SCHEMA_NO_ARM],
    iac_only: &[DISABLE_LOCAL_AUTH_NO_TF],
};

/// An attach kind of reference §7: name, type, description and resource ID, and its own fields.
macro_rules! attached {
    ($type:literal, $amlint:literal, [$($field:expr),* $(,)?], $no_arm:expr) => {
        Forms {
            compute_type: $type,
            terraform: None,
            fields: &[
                arm_only(NAME),
                kind_type(&[($amlint, $type)]),
                arm_only(DESCRIPTION),
                RESOURCE_ID,
                $($field,)*
            ],
            no_arm_form: $no_arm,
            iac_only: &[DISABLE_LOCAL_AUTH_NO_TF],
        }
    };
}

const fn attach_field(field: &'static str, arm: &'static str) -> Mapping {
    Mapping {
        field,
        arm: Some((arm, Form::Same)),
        terraform: None,
        sources: "REST, §7",
    }
}

/// Attached HDInsight cluster, reference §7.
pub static HDINSIGHT: Forms = attached!(
    "HDInsight",
    "hdinsight",
    [
        attach_field("address", "properties.properties.address"),
        attach_field(
            "ssh_settings.admin_username",
            "properties.properties.administratorAccount.username"
        ),
        attach_field(
            "ssh_settings.admin_password",
            "properties.properties.administratorAccount.password"
        ),
        attach_field(
            "ssh_settings.ssh_key_value",
            "properties.properties.administratorAccount.publicKeyData"
        ),
        attach_field("ssh_settings.ssh_port", "properties.properties.sshPort"),
    ],
    &[
        SCHEMA_NO_ARM,
        (
            "ssh_settings.ssh_private_key_file",
            "a path; ARM holds the key itself, administratorAccount.privateKeyData (REST, §7)",
        ),
    ]
);

/// Attached Azure Databricks workspace, reference §7.
pub static DATABRICKS: Forms = attached!(
    "Databricks",
    "databricks",
    [
        attach_field("workspace_url", "properties.properties.workspaceUrl"),
        attach_field(
            "access_token",
            "properties.properties.databricksAccessToken"
        ),
    ],
    &[SCHEMA_NO_ARM]
);

/// Attached Data Lake Analytics account, reference §7.
pub static DATA_LAKE_ANALYTICS: Forms = attached!(
    "DataLakeAnalytics",
    "datalakeanalytics",
    [attach_field(
        "data_lake_store_account_name",
        "properties.properties.dataLakeStoreAccountName"
    )],
    &[SCHEMA_NO_ARM]
);
