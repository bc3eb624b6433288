//! The VM sizes of one region, as `az ml compute list-sizes --location REGION -o json` writes
//! them (azure-ai-ml's `VmSizeSchema`: `name`, `v_cp_us`, `gpus`, `low_priority_capable`,
//! `supported_compute_types`, ...). The REST API's spellings (`vCPUs`, `lowPriorityCapable`,
//! `supportedComputeTypes`) and its `{"value": [...]}` envelope are read too, so `az rest` output
//! works. Keys amlint does not use are left alone: newer CLI versions add some.

use super::ContextError;
use crate::Locale;
use crate::text::compare_ignoring_case;
use serde_json::Value;

/// One size a region offers.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionSize {
    /// As the service spells it (`Standard_DS3_v2`).
    pub name: String,
    /// vCPUs per node.
    pub vcpus: u32,
    /// GPUs per node.
    pub gpus: u32,
    /// The family as the service names it (`standardDSv2Family`), when the file says.
    pub family: Option<String>,
    /// Memory per node in GB, when the file says.
    pub memory_gb: Option<f64>,
    /// Whether low-priority capacity exists; `None` when the file does not say.
    pub low_priority: Option<bool>,
    /// The compute types that may use it (`AmlCompute`, `ComputeInstance`); `None` when the file
    /// does not say.
    pub compute_types: Option<Vec<String>>,
}

impl RegionSize {
    /// Whether a compute of REST type `compute_type` may use it; `None` when the file does not
    /// say.
    #[must_use]
    pub fn supports(&self, compute_type: &str) -> Option<bool> {
        let types = self.compute_types.as_ref()?;
        Some(types.iter().any(|t| t.eq_ignore_ascii_case(compute_type)))
    }
}

/// The sizes of a region, sorted by name ignoring case.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sizes {
    sizes: Vec<RegionSize>,
}

impl Sizes {
    /// How many sizes.
    #[must_use]
    pub fn len(&self) -> usize {
        self.sizes.len()
    }

    /// Whether there are none (never, for a list that was read).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.sizes.is_empty()
    }

    /// Every size, by name.
    pub fn iter(&self) -> impl Iterator<Item = &RegionSize> + Clone {
        self.sizes.iter()
    }

    /// The size named `name`, ignoring case and surrounding spaces, as Azure compares them.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&RegionSize> {
        let name = crate::text::trim(name);
        self.sizes
            .binary_search_by(|size| compare_ignoring_case(&size.name, name))
            .ok()
            .and_then(|at| self.sizes.get(at))
    }

    pub(super) fn read(value: Value, locale: Locale) -> Result<Sizes, ContextError> {
        let items = match value {
            Value::Array(items) => items,
            Value::Object(mut envelope) => match envelope.remove("value") {
                Some(Value::Array(items)) => items,
                _ => return Err(ContextError::new(locale, "context.sizes.not_list", &[])),
            },
            _ => return Err(ContextError::new(locale, "context.sizes.not_list", &[])),
        };
        if items.is_empty() {
            return Err(ContextError::new(locale, "context.sizes.empty", &[]));
        }
        let mut sizes = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let size = read_size(item, locale).map_err(|e| e.in_item(index, locale))?;
            sizes.push(size);
        }
        sizes.sort_by(|a, b| compare_ignoring_case(&a.name, &b.name));
        sizes.dedup_by(|a, b| compare_ignoring_case(&a.name, &b.name).is_eq());
        Ok(Sizes { sizes })
    }
}

/// The first of `keys` the object has.
fn field<'v>(
    object: &'v serde_json::Map<String, Value>,
    keys: &[&'static str],
) -> Option<(&'static str, &'v Value)> {
    keys.iter()
        .find_map(|key| object.get(*key).map(|value| (*key, value)))
        .filter(|(_, value)| !value.is_null())
}

fn read_size(item: &Value, locale: Locale) -> Result<RegionSize, ContextError> {
    let object = item
        .as_object()
        .ok_or_else(|| ContextError::new(locale, "context.sizes.not_object", &[]))?;
    let wrong = |key: &str, id: &str| ContextError::new(locale, id, &[("key", key)]);
    let missing = |key: &'static str| ContextError::new(locale, "context.missing", &[("key", key)]);
    let name = match field(object, &["name"]) {
        Some((_, Value::String(name))) if !name.trim().is_empty() => name.trim().to_owned(),
        Some((key, _)) => return Err(wrong(key, "context.not_string")),
        None => return Err(missing("name")),
    };
    let count = |keys: &[&'static str]| -> Result<Option<u32>, ContextError> {
        match field(object, keys) {
            Some((key, value)) => value
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .map(Some)
                .ok_or_else(|| wrong(key, "context.not_integer")),
            None => Ok(None),
        }
    };
    let vcpus = count(&["v_cp_us", "vCPUs", "vcpus"])?.ok_or_else(|| missing("v_cp_us"))?;
    if vcpus == 0 {
        return Err(ContextError::new(locale, "context.sizes.no_vcpus", &[]));
    }
    let gpus = count(&["gpus", "GPUs"])?.unwrap_or(0);
    let family = match field(object, &["family"]) {
        Some((_, Value::String(family))) => Some(family.clone()),
        Some((key, _)) => return Err(wrong(key, "context.not_string")),
        None => None,
    };
    let memory_gb = match field(object, &["memory_gb", "memoryGB"]) {
        Some((key, value)) => Some(
            value
                .as_f64()
                .filter(|gb| *gb >= 0.0)
                .ok_or_else(|| wrong(key, "context.not_number"))?,
        ),
        None => None,
    };
    let low_priority = match field(object, &["low_priority_capable", "lowPriorityCapable"]) {
        Some((_, Value::Bool(flag))) => Some(*flag),
        Some((key, _)) => return Err(wrong(key, "context.not_boolean")),
        None => None,
    };
    let compute_types = match field(
        object,
        &["supported_compute_types", "supportedComputeTypes"],
    ) {
        Some((_, Value::Array(items))) => Some(
            items
                .iter()
                .map(|t| t.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| wrong("supported_compute_types", "context.not_strings"))?,
        ),
        // azure-ai-ml dumps the list through a string field: `"['AmlCompute', 'ComputeInstance']"`.
        Some((_, Value::String(text))) => Some(
            text.split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
        ),
        Some((key, _)) => return Err(wrong(key, "context.not_strings")),
        None => None,
    };
    Ok(RegionSize {
        name,
        vcpus,
        gpus,
        family,
        memory_gb,
        low_priority,
        compute_types,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn both_spellings_are_read_and_names_found_in_any_case() {
        let sizes = Sizes::read(
            json!([
                {"name": "Standard_DS3_v2", "v_cp_us": 4, "gpus": 0, "low_priority_capable": true,
                 "supported_compute_types": "['AmlCompute', 'ComputeInstance']", "family": "x"},
                {"name": "Standard_NC4as_T4_v3", "vCPUs": 4, "gpus": 1, "lowPriorityCapable": false,
                 "supportedComputeTypes": ["AmlCompute"]},
            ]),
            Locale::En,
        )
        .unwrap();
        let ds3 = sizes.get("STANDARD_DS3_V2").unwrap();
        assert_eq!(
            (ds3.vcpus, ds3.supports("computeinstance")),
            (4, Some(true))
        );
        let nc = sizes.get(" standard_nc4as_t4_v3 ").unwrap();
        assert_eq!(
            (nc.gpus, nc.low_priority, nc.supports("ComputeInstance")),
            (1, Some(false), Some(false))
        );
        assert!(sizes.get("Standard_D2_v2").is_none());
        let envelope = Sizes::read(json!({"value": [{"name": "a", "vCPUs": 2}]}), Locale::En);
        assert_eq!(envelope.map(|s| s.len()), Ok(1));
    }

    #[test]
    fn anything_else_is_an_error() {
        for value in [
            json!([]),
            json!({"sizes": []}),
            json!("Standard_DS3_v2"),
            json!([{"v_cp_us": 4}]),
            json!([{"name": "a"}]),
            json!([{"name": "a", "v_cp_us": "4"}]),
            json!([{"name": "a", "v_cp_us": -1}]),
            json!([{"name": "a", "v_cp_us": 0}]),
            json!([{"name": "a", "v_cp_us": 4, "low_priority_capable": "yes"}]),
            json!([{"name": "a", "v_cp_us": 4, "supported_compute_types": [1]}]),
            json!([3]),
        ] {
            assert!(Sizes::read(value.clone(), Locale::En).is_err(), "{value}");
        }
    }
}
