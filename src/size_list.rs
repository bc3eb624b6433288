//! The VM sizes a compute kind accepts, for a size picker (npm `sizes()`): from the built-in table
//! (`vm_sizes`), or from a region's `az ml compute list-sizes` output, with the filters the
//! studio's size table offers (CPU or GPU, family, least cores and memory, low priority, a search).

use crate::azure_policy::{self, Effect, Outcome};
use crate::context::{Assigned, Sizes};
use crate::kind::Kind;
use crate::projection;
use crate::vm_sizes::{MEMORY_GIB, SIZES};
use crate::yaml::Node;

/// One size as a picker lists it: the one type of the npm package's `sizes()` too (named
/// `SizeInfo` in its TypeScript declarations).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[cfg_attr(feature = "wasm", tsify(rename = "SizeInfo"))]
pub struct SizeOption {
    /// As Azure spells it (`Standard_DS3_v2`).
    pub name: String,
    /// The family as `list-sizes` names it (`standardDSv2Family`); for the built-in table, the
    /// series read from the name (`DSv2` for `Standard_DS3_v2`).
    pub family: String,
    /// vCPUs per node.
    pub vcpus: u32,
    /// GPUs per node (a GPU size when above 0).
    pub gpus: u32,
    /// Memory per node in GiB, as Azure's size pages and `list-sizes` (`memoryGB`) give it; `None`
    /// only when a `list-sizes` output leaves it out.
    pub memory_gb: Option<f64>,
    /// Whether low-priority capacity exists; `None` when `list-sizes` does not say.
    pub low_priority: Option<bool>,
    /// Retired by Azure: new computes of this size cannot be created (built-in table only).
    pub retired: bool,
}

/// CPU or GPU sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Processor {
    /// Sizes without GPUs.
    Cpu,
    /// Sizes with at least one GPU.
    Gpu,
}

/// What a picker narrows the list by; every field left out lets every size through.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SizeFilter {
    /// CPU or GPU sizes only.
    pub processor: Option<Processor>,
    /// Sizes of this family, compared without regard to case.
    pub family: Option<String>,
    /// At least this many vCPUs.
    pub min_cores: Option<u32>,
    /// At least this much memory in GB (sizes whose memory is unknown do not pass).
    pub min_memory_gb: Option<f64>,
    /// Only sizes offered as low priority.
    pub low_priority: bool,
    /// Sizes whose name contains this text, without regard to case.
    pub search: Option<String>,
    /// Retired sizes too (left out by default: they cannot be created).
    pub retired: bool,
}

impl SizeFilter {
    fn keeps(&self, size: &SizeOption) -> bool {
        let lower = |text: &str| text.to_ascii_lowercase();
        self.processor
            .is_none_or(|p| (p == Processor::Gpu) == (size.gpus > 0))
            && self
                .family
                .as_deref()
                .is_none_or(|f| size.family.eq_ignore_ascii_case(f))
            && self.min_cores.is_none_or(|n| size.vcpus >= n)
            && self
                .min_memory_gb
                .is_none_or(|gb| size.memory_gb.is_some_and(|m| m >= gb))
            && (!self.low_priority || size.low_priority == Some(true))
            && self
                .search
                .as_deref()
                .is_none_or(|s| lower(&size.name).contains(&lower(s.trim())))
            && (self.retired || !size.retired)
    }
}

/// Whether amlint knows `region` as an Azure region (AML807's table, any spelling it reads); if
/// not, the nearest it knows, when one is near. The built-in table holds no availability per region
/// (reference §10: that is `list-sizes --location`), so a region narrows no list: a picker can only
/// check it.
#[cfg(not(feature = "form"))]
#[cfg_attr(
    not(all(target_arch = "wasm32", feature = "wasm")),
    allow(dead_code, reason = "used by the npm package's `sizes`")
)]
pub(crate) fn known_region(region: &str) -> Result<(), Option<&'static str>> {
    crate::rules::region::known(region)
}

/// The compute type `list-sizes` names for a kind, for the kinds whose spec takes a VM size from
/// Azure ML's list (`size`): compute instances and clusters.
fn sized_type(kind: Kind) -> Option<&'static str> {
    match kind {
        Kind::ComputeInstance => Some("ComputeInstance"),
        Kind::AmlCompute => Some("AmlCompute"),
        _ => None,
    }
}

/// The sizes `kind` accepts that `filter` keeps, by name: those of `region` (a `list-sizes`
/// output) that it offers to the kind, else the built-in table's that Azure ML offers. Kinds whose
/// spec takes no size from that list (attached computes, Kubernetes) have none.
#[must_use]
pub fn offered(kind: Kind, region: Option<&Sizes>, filter: &SizeFilter) -> Vec<SizeOption> {
    let Some(compute_type) = sized_type(kind) else {
        return Vec::new();
    };
    let all: Vec<SizeOption> = match region {
        Some(sizes) => sizes
            .iter()
            .filter(|size| size.supports(compute_type) != Some(false))
            .map(|size| SizeOption {
                name: size.name.clone(),
                family: size.family.clone().unwrap_or_else(|| series(&size.name)),
                vcpus: size.vcpus,
                gpus: size.gpus,
                memory_gb: size.memory_gb,
                low_priority: size.low_priority,
                retired: false,
            })
            .collect(),
        None => SIZES
            .iter()
            .zip(MEMORY_GIB)
            .filter(|(size, _)| size.aml_supported)
            .map(|(size, (_, gib))| SizeOption {
                name: size.name.to_owned(),
                family: series(size.name),
                vcpus: size.vcpus,
                gpus: size.gpus,
                memory_gb: Some(*gib),
                low_priority: Some(size.low_priority),
                retired: size.retired,
            })
            .collect(),
    };
    all.into_iter().filter(|size| filter.keeps(size)).collect()
}

/// The sizes of `list` that the Deny policies among `policies` allow a `kind`, for a picker that
/// offers only those. A policy narrows the list when it denies some of its sizes and not others,
/// each evaluated on a spec of the kind with that size, as az ml sends it; a policy that denies all
/// of them or none is about other fields (a subnet required, a node cap), which `validate` reports.
#[must_use]
pub fn allowed(kind: Kind, list: Vec<SizeOption>, policies: &[Assigned]) -> Vec<SizeOption> {
    let resources: Vec<serde_json::Value> = list
        .iter()
        .map(|size| {
            let spec = serde_json::json!({"type": kind.type_name(), "size": size.name});
            projection::arm_resource(kind, &Node::from_json(&spec))
        })
        .collect();
    let mut keep = vec![true; list.len()];
    for policy in policies
        .iter()
        .filter(|p| p.resolved.effect == Effect::Deny)
    {
        let denied: Vec<bool> = resources
            .iter()
            .map(|resource| {
                let rule = &policy.definition.rule_if;
                matches!(
                    azure_policy::evaluate(rule, &policy.resolved.values, resource),
                    Outcome::Matches(_) | Outcome::Fails(_)
                )
            })
            .collect();
        if denied.contains(&true) && denied.contains(&false) {
            for (kept, denied) in keep.iter_mut().zip(denied) {
                *kept &= !denied;
            }
        }
    }
    list.into_iter()
        .zip(keep)
        .filter_map(|(size, kept)| kept.then_some(size))
        .collect()
}

/// The series a size's name says, as Azure's size pages name them: the name without `Standard_`,
/// its vCPU count and underscores (`Standard_DS3_v2` → `DSv2`, `Standard_NC24ads_A100_v4` →
/// `NCadsA100v4`).
fn series(name: &str) -> String {
    let rest = name
        .get(..9)
        .filter(|head| head.eq_ignore_ascii_case("Standard_"))
        .and_then(|_| name.get(9..))
        .unwrap_or(name);
    // The letters before the first digit, then what follows the vCPU count's digits.
    let letters: String = rest.chars().take_while(|c| !c.is_ascii_digit()).collect();
    let tail: String = rest
        .chars()
        .skip(letters.chars().count())
        .skip_while(char::is_ascii_digit)
        .filter(|c| *c != '_')
        .collect();
    format!("{letters}{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Context;
    use serde_json::json;

    #[test]
    fn regions_are_checked_against_aml807s_table() {
        assert_eq!(known_region("westeurope"), Ok(()));
        assert_eq!(known_region("West Europe"), Ok(()));
        assert_eq!(known_region("westeurop"), Err(Some("westeurope")));
        assert!(known_region("mars").is_err());
    }

    #[test]
    fn series_follow_azure_pages() {
        assert_eq!(series("Standard_DS3_v2"), "DSv2");
        assert_eq!(series("Standard_NC24ads_A100_v4"), "NCadsA100v4");
        assert_eq!(series("Standard_E4s_v3"), "Esv3");
        assert_eq!(series("Standard_NC6"), "NC");
    }

    #[test]
    fn the_built_in_table_for_clusters_and_instances() {
        let all = offered(Kind::AmlCompute, None, &SizeFilter::default());
        assert!(all.iter().any(|s| s.name == "Standard_DS3_v2"));
        // Burstable sizes are refused by Azure ML, retired ones cannot be created.
        assert!(
            all.iter()
                .all(|s| !s.name.starts_with("Standard_B") && !s.retired)
        );
        assert!(offered(Kind::Kubernetes, None, &SizeFilter::default()).is_empty());
        let gpu = SizeFilter {
            processor: Some(Processor::Gpu),
            min_cores: Some(24),
            search: Some(" nc ".into()),
            ..SizeFilter::default()
        };
        let found = offered(Kind::ComputeInstance, None, &gpu);
        assert!(!found.is_empty());
        assert!(
            found
                .iter()
                .all(|s| s.gpus > 0 && s.vcpus >= 24 && s.name.contains("NC"))
        );
        let retired = SizeFilter {
            retired: true,
            ..SizeFilter::default()
        };
        let with_retired = offered(Kind::AmlCompute, None, &retired);
        assert!(with_retired.iter().any(|s| s.retired));
        // NCv3 and NVv3 (retired 2025 and 2026) are left out unless retired sizes are asked for.
        for name in [
            "Standard_NC6s_v3",
            "Standard_NC24rs_v3",
            "Standard_NV12s_v3",
        ] {
            assert!(all.iter().all(|s| s.name != name), "{name}");
            assert!(
                with_retired.iter().any(|s| s.name == name && s.retired),
                "{name}"
            );
        }
        // Every size of the built-in table has its memory, and the memory filter reads it.
        assert!(all.iter().all(|s| s.memory_gb.is_some_and(|gb| gb > 0.0)));
        let ds3 = all.iter().find(|s| s.name == "Standard_DS3_v2");
        assert_eq!(ds3.and_then(|s| s.memory_gb), Some(14.0));
        let memory = SizeFilter {
            min_memory_gb: Some(400.0),
            processor: Some(Processor::Cpu),
            ..SizeFilter::default()
        };
        let big: Vec<String> = offered(Kind::AmlCompute, None, &memory)
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(big, ["Standard_E64s_v3", "Standard_HB120rs_v3"]);
    }

    #[test]
    fn policies_that_depend_on_the_size_narrow_the_list() {
        let vm_size = include_str!(
            "azure_policy/vendored/alz/Deny-MachineLearning-Compute-VmSize.alz_policy_definition.json"
        );
        let subnet = include_str!(
            "azure_policy/vendored/alz/Deny-MachineLearning-Compute-SubnetId.alz_policy_definition.json"
        );
        let mut parameters = serde_json::Map::new();
        parameters.insert(
            "allowedVmSizes".into(),
            json!([
                "Standard_DS3_v2",
                "standard_nc4as_t4_v3",
                "Standard_Nothing"
            ]),
        );
        let mut context = Context::new();
        context.set_policy_parameters(parameters);
        for (label, text) in [("size", vm_size), ("subnet", subnet)] {
            assert_eq!(
                context.add_policy_text(label, text, crate::Locale::En),
                Ok(1)
            );
        }
        let all = offered(Kind::AmlCompute, None, &SizeFilter::default());
        let names: Vec<String> = allowed(Kind::AmlCompute, all.clone(), context.policies())
            .into_iter()
            .map(|s| s.name)
            .collect();
        // The size policy keeps two; the subnet policy denies every size: it narrows nothing.
        assert_eq!(names, ["Standard_DS3_v2", "Standard_NC4as_T4_v3"]);
        let settings = crate::azure_policy::PolicySettings {
            allowed_sizes: Some(vec!["Standard_D*_v3".into()]),
            ..Default::default()
        };
        let mut simple = Context::new();
        let added =
            simple.add_policy_definitions("settings", settings.definitions(), crate::Locale::En);
        assert_eq!(added, Ok(1));
        let kept = allowed(Kind::AmlCompute, all, simple.policies());
        assert!(!kept.is_empty());
        assert!(
            kept.iter()
                .all(|s| s.name.starts_with("Standard_D") && s.name.ends_with("_v3"))
        );
    }

    #[test]
    fn a_regions_list_for_the_kind() {
        let mut context = Context::new();
        let listed = json!([
            {"name": "Standard_DS3_v2", "family": "standardDSv2Family", "v_cp_us": 4, "gpus": 0,
             "memory_gb": 14.0, "low_priority_capable": true,
             "supported_compute_types": ["AmlCompute", "ComputeInstance"]},
            {"name": "Standard_NC4as_T4_v3", "family": "Standard NCASv3_T4 Family", "v_cp_us": 4,
             "gpus": 1, "memory_gb": 28.0, "low_priority_capable": false,
             "supported_compute_types": ["AmlCompute"]},
        ]);
        assert_eq!(context.set_sizes(listed, crate::Locale::En), Ok(2));
        let region = context.sizes();
        let names = |kind, filter: &SizeFilter| -> Vec<String> {
            offered(kind, region, filter)
                .into_iter()
                .map(|s| s.name)
                .collect()
        };
        let all = SizeFilter::default();
        assert_eq!(
            names(Kind::AmlCompute, &all),
            ["Standard_DS3_v2", "Standard_NC4as_T4_v3"]
        );
        assert_eq!(names(Kind::ComputeInstance, &all), ["Standard_DS3_v2"]);
        let filter = SizeFilter {
            family: Some("standard ncasv3_t4 family".into()),
            min_memory_gb: Some(20.0),
            ..SizeFilter::default()
        };
        assert_eq!(names(Kind::AmlCompute, &filter), ["Standard_NC4as_T4_v3"]);
        let low = SizeFilter {
            low_priority: true,
            processor: Some(Processor::Cpu),
            ..SizeFilter::default()
        };
        assert_eq!(names(Kind::AmlCompute, &low), ["Standard_DS3_v2"]);
        let wrong = json!([{"name": "a", "v_cp_us": 2, "memory_gb": "lots"}]);
        assert!(Context::new().set_sizes(wrong, crate::Locale::En).is_err());
    }
}
