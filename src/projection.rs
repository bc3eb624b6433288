//! A spec as the ARM resource `az ml compute create` sends: what Azure Policy evaluates.
//!
//! Each field goes where `model::iac` maps it, spelt as azure-ai-ml spells it in the request
//! (`_to_rest_object`): durations in ISO 8601 (`1800` → `PT30M`, as `isodate` writes a
//! `timedelta`), enumerations in their REST spelling, booleans as `Enabled`/`Disabled` where the
//! REST property is a word. A field the spec leaves out is sent with azure-ai-ml's client default
//! where it fills one in (`Field::sent`), and not at all otherwise; a zero duration is not sent
//! (azure-ai-ml tests it for truth). Lists (schedules, setup scripts, identities' IDs) are not
//! projected: no alias amlint resolves reads them.

use serde_json::{Map, Value as Json};

use crate::kind::Kind;
use crate::model::iac::Form;
use crate::model::{DefaultValue, Field};
use crate::yaml::{Node, Value};

/// The ARM resource type of a compute.
pub const COMPUTES: &str = "Microsoft.MachineLearningServices/workspaces/computes";

/// The ARM resource for a spec of `kind` whose tree is `root`.
#[must_use]
pub fn arm_resource(kind: Kind, root: &Node<'_>) -> Json {
    let mut resource = Map::new();
    resource.insert("type".into(), Json::from(COMPUTES));
    let forms = kind.forms();
    for mapping in forms.fields {
        let Some((path, form)) = mapping.arm else {
            continue;
        };
        if mapping.field.contains(['[', '{']) {
            continue;
        }
        let steps: Vec<&str> = mapping.field.split('.').collect();
        let found = root
            .get_path(&steps)
            .filter(|node| !matches!(node.value, Value::Null));
        let default = match found {
            Some(_) => None,
            // A spec without `type` is of the kind it is checked as (a form knows its kind).
            None if mapping.field == "type" => Some(Json::from(kind.type_name())),
            None => sent_default(kind.fields(), mapping.field),
        };
        let default = default.as_ref().map(Node::from_json);
        let Some(value) = found
            .or(default.as_ref())
            .and_then(|node| spell(form, node))
        else {
            continue;
        };
        let path = if form == Form::LastNameSegment {
            "name"
        } else {
            path
        };
        insert(&mut resource, path, value);
    }
    for fact in forms.iac_only {
        if let Some(node) = root.get(fact.name)
            && let Some(value) = spell(fact.arm.1, node)
        {
            insert(&mut resource, fact.arm.0, value);
        }
    }
    Json::Object(resource)
}

fn sent_default(fields: &[Field], name: &str) -> Option<Json> {
    let field = fields.iter().find(|f| f.name == name)?;
    Some(match field.sent? {
        DefaultValue::Bool(b) => Json::Bool(b),
        DefaultValue::Int(i) => Json::from(i),
        DefaultValue::Str(s) => Json::from(s),
    })
}

/// A value as the request spells it; `None` when nothing is sent for it.
fn spell(form: Form, node: &Node<'_>) -> Option<Json> {
    Some(match form {
        Form::Same | Form::LastNameSegment => node.to_json(),
        Form::Seconds => Json::from(iso_duration(node.as_int()?)?),
        Form::Minutes => {
            let minutes = node.as_int()?;
            if minutes == 0 {
                return None;
            }
            Json::from(format!("PT{minutes}M"))
        }
        Form::MinutesWithM => Json::from(format!("{}m", node.as_int()?)),
        Form::Values(pairs) => {
            let text = node.as_str()?;
            let spelt = pairs
                .iter()
                .find(|(ours, _)| ours.eq_ignore_ascii_case(text))
                .map_or(text, |(_, theirs)| theirs);
            Json::from(spelt)
        }
        Form::Switch(on, off) => Json::from(if node.as_bool()? { on } else { off }),
        Form::Not => Json::Bool(!node.as_bool()?),
        Form::KeysOf | Form::EnvironmentVariables | Form::OtherKeys | Form::BlockPresent => {
            return None;
        }
    })
}

/// Seconds as `isodate.duration_isoformat(timedelta(seconds=n))` writes them (azure-ai-ml's
/// `to_iso_duration_format`): days, then hours, minutes and seconds, zeros left out; `None` for
/// zero, which azure-ai-ml does not send.
#[must_use]
pub fn iso_duration(seconds: i64) -> Option<String> {
    if seconds <= 0 {
        return None;
    }
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    let (hours, minutes, secs) = (rest / 3600, rest % 3600 / 60, rest % 60);
    let mut out = String::from("P");
    if days > 0 {
        out.push_str(&format!("{days}D"));
    }
    if rest > 0 {
        out.push('T');
        for (n, unit) in [(hours, 'H'), (minutes, 'M'), (secs, 'S')] {
            if n > 0 {
                out.push_str(&format!("{n}{unit}"));
            }
        }
    }
    Some(out)
}

/// The seconds an ISO 8601 duration of days, hours, minutes and seconds stands for (`PT1H1S` is
/// 3,601); `None` for other text, and for years and months, whose length varies.
#[must_use]
pub fn iso_seconds(text: &str) -> Option<i64> {
    let rest = text.strip_prefix('P')?;
    let (date, time) = rest.split_once('T').unwrap_or((rest, ""));
    if rest.is_empty() || rest.ends_with('T') {
        return None;
    }
    let mut total: i64 = 0;
    for (part, units) in [
        (date, &[('D', 86_400), ('W', 604_800)][..]),
        (time, &[('H', 3600), ('M', 60), ('S', 1)][..]),
    ] {
        let mut number = String::new();
        for c in part.chars() {
            if c.is_ascii_digit() {
                number.push(c);
                continue;
            }
            let (_, factor) = units.iter().find(|(u, _)| *u == c)?;
            let n: i64 = number.parse().ok()?;
            total = total.checked_add(n.checked_mul(*factor)?)?;
            number.clear();
        }
        if !number.is_empty() {
            return None;
        }
    }
    Some(total)
}

fn insert(resource: &mut Map<String, Json>, path: &str, value: Json) {
    let mut steps = path.split('.').peekable();
    let mut map = resource;
    while let Some(step) = steps.next() {
        if steps.peek().is_none() {
            map.insert(step.to_owned(), value);
            return;
        }
        let entry = map
            .entry(step.to_owned())
            .or_insert_with(|| Json::Object(Map::new()));
        if !entry.is_object() {
            *entry = Json::Object(Map::new());
        }
        let Json::Object(inner) = entry else {
            return;
        };
        map = inner;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn durations_are_spelt_as_isodate_spells_them() {
        // What azure-ai-ml 1.35.2's to_iso_duration_format returns for these seconds.
        let cases = [
            (1, "PT1S"),
            (60, "PT1M"),
            (120, "PT2M"),
            (900, "PT15M"),
            (1800, "PT30M"),
            (3600, "PT1H"),
            (3601, "PT1H1S"),
            (86_399, "PT23H59M59S"),
            (86_400, "P1D"),
            (90_061, "P1DT1H1M1S"),
            (1_000_000_000, "P11574DT1H46M40S"),
        ];
        for (seconds, iso) in cases {
            assert_eq!(iso_duration(seconds).as_deref(), Some(iso), "{seconds}");
        }
        assert_eq!(iso_duration(0), None);
        for (seconds, iso) in cases {
            assert_eq!(iso_seconds(iso), Some(seconds), "{iso}");
        }
        for text in [
            "",
            "P",
            "PT",
            "P1Y",
            "P1M",
            "PT1.5S",
            "1S",
            "PT1X",
            "PT99999999999999999999S",
        ] {
            assert_eq!(iso_seconds(text), None, "{text}");
        }
    }

    #[test]
    fn a_cluster_is_sent_with_the_client_defaults() {
        let text = "name: gpu-cluster\ntype: amlcompute\nsize: Standard_NC6\ntier: low_priority\nidle_time_before_scale_down: 1800\nssh_public_access_enabled: false\ntags:\n  team: ml\n";
        let json = crate::read_document(text, &crate::Options::default()).unwrap_or_default();
        let resource = arm_resource(Kind::AmlCompute, &Node::from_json(&json));
        assert_eq!(resource["type"], json!(COMPUTES));
        assert_eq!(resource["name"], json!("gpu-cluster"));
        assert_eq!(resource["tags"], json!({"team": "ml"}));
        let props = &resource["properties"];
        assert_eq!(props["computeType"], json!("AmlCompute"));
        let inner = &props["properties"];
        assert_eq!(inner["vmSize"], json!("Standard_NC6"));
        assert_eq!(inner["vmPriority"], json!("LowPriority"));
        assert_eq!(inner["remoteLoginPortPublicAccess"], json!("Disabled"));
        let scale = &inner["scaleSettings"];
        assert_eq!(scale["nodeIdleTimeBeforeScaleDown"], json!("PT30M"));
        assert_eq!(scale["minNodeCount"], json!(0));
        assert!(scale["maxNodeCount"].is_i64(), "az ml sends its default");
    }

    /// A form's state leaves `type` out: the kind it is checked as is its compute type.
    #[test]
    fn a_spec_without_type_is_of_its_kind() {
        let json = json!({"name": "ci-alice", "size": "Standard_DS3_v2"});
        let resource = arm_resource(Kind::ComputeInstance, &Node::from_json(&json));
        assert_eq!(
            resource["properties"]["computeType"],
            json!("ComputeInstance")
        );
    }
}
