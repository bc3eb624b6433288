//! `[policy]` in the config: presets of vendored definitions, the organisation's own definition
//! files, assignment parameters, and simple settings for teams without Azure Policy files. The
//! simple settings become policy definitions (`Settings::definitions`), evaluated by the same
//! engine as any other: one engine, one set of verdicts.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Value as Json, json};

use super::alias::COMPUTES;
use super::definition::Definition;
use crate::kind::Kind;

/// A set of vendored definitions with their default parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub enum Preset {
    /// Azure's built-in definitions for computes (local auth, idle shutdown, virtual network,
    /// image updates).
    #[serde(rename = "azure-builtin")]
    AzureBuiltin,
    /// The Azure Landing Zones library's `Deny-MachineLearning-*` definitions.
    #[serde(rename = "alz")]
    Alz,
}

macro_rules! vendored {
    ($folder:literal, $($file:literal),+ $(,)?) => {
        &[$(($file, include_str!(concat!("vendored/", $folder, "/", $file)))),+]
    };
}

impl Preset {
    /// The preset's definitions: file name and text.
    #[must_use]
    pub fn files(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Preset::AzureBuiltin => vendored!(
                "azure-policy",
                "ComputeInstanceUpdates_Audit.json",
                "DisableLocalAuth_Audit.json",
                "DisableLocalAuth_Modify.json",
                "IdleShutdown_Audit.json",
                "Vnet_Audit.json",
            ),
            Preset::Alz => vendored!(
                "alz",
                "Deny-MachineLearning-Aks.alz_policy_definition.json",
                "Deny-MachineLearning-Compute-SubnetId.alz_policy_definition.json",
                "Deny-MachineLearning-Compute-VmSize.alz_policy_definition.json",
                "Deny-MachineLearning-ComputeCluster-RemoteLoginPortPublicAccess.alz_policy_definition.json",
                "Deny-MachineLearning-ComputeCluster-Scale.alz_policy_definition.json",
            ),
        }
    }

    /// The preset's name in the config.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Preset::AzureBuiltin => "azure-builtin",
            Preset::Alz => "alz",
        }
    }
}

/// The effect of the simple settings.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum SimpleEffect {
    /// Azure would refuse the compute: an error.
    #[default]
    Deny,
    /// Azure would record it as non-compliant: a warning.
    Audit,
}

/// `[policy]`: which Azure Policy definitions each spec is evaluated against.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct PolicySettings {
    /// Vendored definitions to apply: `azure-builtin` (Azure's built-ins for computes), `alz`
    /// (the Azure Landing Zones library's `Deny-MachineLearning-*`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub preset: Vec<Preset>,
    /// Definition and policy-set files (JSON as Azure publishes them; globs relative to this
    /// file; a set after the definitions it names).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub definitions: Vec<String>,
    /// The assignment's parameter values, by parameter name (`allowedVmSizes = [...]`); a
    /// parameter left out keeps the definition's default.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(with = "BTreeMap<String, serde_json::Value>")]
    pub parameters: BTreeMap<String, Json>,
    /// The effect of the simple settings below: `deny` (errors, the default) or `audit`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<SimpleEffect>,
    /// VM sizes clusters and instances may use: names, or patterns with one `*` (`Standard_D*_v5`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_sizes: Option<Vec<String>>,
    /// The most nodes a cluster may scale to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_instances: Option<u32>,
    /// The most nodes a cluster may keep running when idle (`0`: scale to zero).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_instances: Option<u32>,
    /// The longest a cluster's nodes may idle before scaling down, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_idle_before_scale_down: Option<u32>,
    /// Compute instances must shut down when idle.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub require_idle_shutdown: bool,
    /// The longest a compute instance may idle before it shuts down, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_idle_shutdown_minutes: Option<u32>,
    /// Cluster nodes may have no public IP address.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_public_ip: bool,
    /// No public SSH access to clusters and instances.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_ssh: bool,
    /// Clusters and instances must be in a virtual network's subnet.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub require_subnet: bool,
    /// Computes must have a managed identity.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub require_identity: bool,
    /// Tags every compute must carry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub required_tags: Vec<String>,
    /// A pattern every compute's name must match, in Azure Policy's `match` syntax (`#` a digit,
    /// `?` a letter, `.` any character), without regard to case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_pattern: Option<String>,
    /// The regions computes may be created in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_locations: Option<Vec<String>>,
    /// The compute types that may be created (`amlcompute`, `computeinstance`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_kinds: Option<Vec<String>>,
}

fn alias(name: &str) -> String {
    format!("{COMPUTES}/{name}")
}

const CLUSTERS: &[&str] = &["AmlCompute"];
const CLUSTERS_AND_INSTANCES: &[&str] = &["AmlCompute", "ComputeInstance"];
const INSTANCES: &[&str] = &["ComputeInstance"];

impl PolicySettings {
    /// A value of `allowed-kinds` that names no compute type, if any: the config is wrong then.
    #[must_use]
    pub fn unknown_kind(&self) -> Option<&str> {
        self.allowed_kinds
            .iter()
            .flatten()
            .find(|k| Kind::from_type(k).is_none())
            .map(String::as_str)
    }

    /// The simple settings as policy definitions, named `amlint.toml: <setting>`.
    #[must_use]
    pub fn definitions(&self) -> Vec<Definition> {
        let mut out = Vec::new();
        let effect = self.effect.unwrap_or_default();
        let mut add = |setting: &str, types: &[&str], condition: Json| {
            let mut all = vec![json!({"field": "type", "equals": COMPUTES})];
            if !types.is_empty() {
                all.push(json!({"field": alias("computeType"), "in": types}));
            }
            all.push(condition);
            out.push(setting_definition(setting, json!({"allOf": all}), effect));
        };
        if let Some(sizes) = &self.allowed_sizes {
            let any: Vec<Json> = sizes
                .iter()
                .map(|s| json!({"field": alias("vmSize"), "like": s}))
                .collect();
            add(
                "allowed-sizes",
                CLUSTERS_AND_INSTANCES,
                json!({"not": {"anyOf": any}}),
            );
        }
        if let Some(max) = self.max_instances {
            let field = alias("scaleSettings.maxNodeCount");
            add(
                "max-instances",
                CLUSTERS,
                json!({"field": field, "greater": max}),
            );
        }
        if let Some(min) = self.min_instances {
            let field = alias("scaleSettings.minNodeCount");
            add(
                "min-instances",
                CLUSTERS,
                json!({"field": field, "greater": min}),
            );
        }
        if let Some(max) = self.max_idle_before_scale_down {
            let field = alias("scaleSettings.nodeIdleTimeBeforeScaleDown");
            let seconds = iso_seconds_expression(&format!("field('{field}')"));
            add(
                "max-idle-before-scale-down",
                CLUSTERS,
                json!({"allOf": [{"field": field, "exists": true}, {"value": format!("[{seconds}]"), "greater": max}]}),
            );
        }
        let shutdown = alias("idleTimeBeforeShutdown");
        if self.require_idle_shutdown {
            add(
                "require-idle-shutdown",
                INSTANCES,
                json!({"anyOf": [{"field": shutdown, "exists": false}, {"value": format!("[empty(field('{shutdown}'))]"), "equals": true}]}),
            );
        }
        if let Some(max) = self.max_idle_shutdown_minutes {
            let seconds = iso_seconds_expression(&format!("field('{shutdown}')"));
            add(
                "max-idle-shutdown-minutes",
                INSTANCES,
                json!({"allOf": [{"field": shutdown, "exists": true}, {"value": format!("[{seconds}]"), "greater": u64::from(max) * 60}]}),
            );
        }
        if self.no_public_ip {
            let field = alias("enableNodePublicIP");
            add(
                "no-public-ip",
                CLUSTERS,
                json!({"field": field, "notEquals": false}),
            );
        }
        if self.no_ssh {
            let field = alias("remoteLoginPortPublicAccess");
            add(
                "no-ssh",
                CLUSTERS,
                json!({"field": field, "notEquals": "Disabled"}),
            );
        }
        if self.require_subnet {
            let field = alias("subnet.id");
            add(
                "require-subnet",
                CLUSTERS_AND_INSTANCES,
                json!({"anyOf": [{"field": field, "exists": false}, {"value": format!("[empty(field('{field}'))]"), "equals": true}]}),
            );
        }
        if self.require_identity {
            add(
                "require-identity",
                &[],
                json!({"anyOf": [{"field": "identity.type", "exists": false}, {"field": "identity.type", "equals": "None"}]}),
            );
        }
        for tag in &self.required_tags {
            let field = format!("tags['{}']", tag.replace('\'', "''"));
            add(
                "required-tags",
                &[],
                json!({"field": field, "exists": false}),
            );
        }
        if let Some(pattern) = &self.name_pattern {
            add(
                "name-pattern",
                &[],
                json!({"field": "name", "notMatchInsensitively": pattern}),
            );
        }
        if let Some(locations) = &self.allowed_locations {
            add(
                "allowed-locations",
                &[],
                json!({"allOf": [{"field": "location", "exists": true}, {"field": "location", "notIn": locations}]}),
            );
        }
        if let Some(kinds) = &self.allowed_kinds {
            let types: Vec<&str> = kinds
                .iter()
                .filter_map(|k| Kind::from_type(k))
                .map(|k| k.forms().compute_type)
                .collect();
            add(
                "allowed-kinds",
                &[],
                json!({"field": alias("computeType"), "notIn": types}),
            );
        }
        out
    }
}

/// A simple setting as a definition: its effect is written in it, so no assignment parameter
/// meant for other definitions (`effect`) changes it.
fn setting_definition(setting: &str, rule_if: Json, effect: SimpleEffect) -> Definition {
    Definition {
        name: format!("amlint.toml: {setting}"),
        display_name: format!("amlint.toml: {setting}"),
        parameters: Vec::new(),
        rule_if,
        effect: json!(match effect {
            SimpleEffect::Deny => "Deny",
            SimpleEffect::Audit => "Audit",
        }),
        details: Json::Null,
    }
}

/// An ARM expression for the seconds of the ISO 8601 duration `value` holds, in every spelling
/// azure-ai-ml and the REST API write (`PT900S`, `PT15M`, `PT1H1S`, `P1DT2H`): days, hours,
/// minutes and seconds read apart. A policy that compares durations can use it as it is.
#[must_use]
pub fn iso_seconds_expression(value: &str) -> String {
    let part = |text: &str, unit: char| {
        format!(
            "if(contains({text}, '{unit}'), int(last(split(first(split({text}, '{unit}')), 'T'))), 0)"
        )
    };
    let after = |text: &str, unit: char| {
        format!("if(contains({text}, '{unit}'), last(split({text}, '{unit}')), {text})")
    };
    let date = format!("replace(first(split({value}, 'T')), 'P', '')");
    let time = format!("if(contains({value}, 'T'), last(split({value}, 'T')), '')");
    let days = format!("if(contains({date}, 'D'), int(first(split({date}, 'D'))), 0)");
    let hours = part(&time, 'H');
    let after_hours = after(&time, 'H');
    let minutes = part(&after_hours, 'M');
    let after_minutes = after(&after_hours, 'M');
    let seconds = part(&after_minutes, 'S');
    format!("add(mul({days}, 86400), add(mul({hours}, 3600), add(mul({minutes}, 60), {seconds})))")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::azure_policy::{Outcome, evaluate};

    #[test]
    fn the_duration_expression_reads_every_spelling() {
        let field = alias("scaleSettings.nodeIdleTimeBeforeScaleDown");
        let expression = format!("[{}]", iso_seconds_expression(&format!("field('{field}')")));
        for (iso, seconds) in [
            ("PT900S", 900),
            ("PT15M", 900),
            ("PT2M", 120),
            ("PT1H1S", 3601),
            ("PT23H59M59S", 86_399),
            ("P1D", 86_400),
            ("P1DT1H1M1S", 90_061),
        ] {
            let resource = json!({"properties": {"properties": {"scaleSettings": {"nodeIdleTimeBeforeScaleDown": iso}}}});
            let exactly = json!({"value": expression, "equals": seconds});
            assert!(
                matches!(
                    evaluate(&exactly, &serde_json::Map::new(), &resource),
                    Outcome::Matches(_)
                ),
                "{iso}"
            );
        }
    }

    #[test]
    fn presets_hold_definitions() {
        for preset in [Preset::AzureBuiltin, Preset::Alz] {
            for (file, text) in preset.files() {
                let read = Definition::read(text, file, &[]);
                assert!(read.is_ok_and(|d| d.len() == 1), "{file}");
            }
        }
    }
}
