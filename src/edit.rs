//! Editing a compute that exists (issue #31): the state an edit form starts from, made from the
//! compute as its YAML or `az ml compute show -o json` gives it, and the spec to hand
//! `az ml compute update`: only what changed that the command can change. Plain data in and out;
//! `previous` (the compute as it is) lets `validate` report AML901/AML902 on the way.

use serde_json::{Map, Value};

use crate::kind::Kind;
use crate::model::{Field, Mutability, Ty};
use crate::rules::deployed::updatable_by_cli;

/// The kind a spec names by `type`.
fn kind_of(spec: &Value) -> Option<Kind> {
    Kind::from_type(spec.get("type")?.as_str()?)
}

/// An edit form's starting state: the fields of the compute's kind as they are, without what Azure
/// sets (`id`, `provisioning_state`, `az ml compute show`'s `resourceGroup` and the like, which the
/// form does not edit) and without secrets (a form asks for a secret again rather than holding
/// one). A spec of no known kind is left as it is, secrets aside.
#[must_use]
pub fn edit_state(existing: &Value) -> Value {
    match (kind_of(existing), existing) {
        (Some(kind), Value::Object(map)) => Value::Object(kept(kind.fields(), map)),
        (None, Value::Object(map)) => Value::Object(
            map.iter()
                .filter(|(key, _)| !crate::model::is_secret_key(key))
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect(),
        ),
        _ => Value::Object(Map::new()),
    }
}

/// A field's value as an edit form holds it: an object without what Azure sets or a secret.
fn editable(field: &Field, value: &Value) -> Value {
    match (&field.ty, value) {
        (Ty::Object(inner), Value::Object(nested)) => Value::Object(kept(inner, nested)),
        _ => value.clone(),
    }
}

fn kept(fields: &'static [Field], map: &Map<String, Value>) -> Map<String, Value> {
    let mut out = Map::new();
    for (key, value) in map {
        let Some(field) = crate::model::find(fields, key) else {
            continue;
        };
        if field.read_only || field.secret {
            continue;
        }
        let value = match (&field.ty, value) {
            (Ty::Object(inner), Value::Object(nested)) => Value::Object(kept(inner, nested)),
            (Ty::List(Ty::Object(inner)), Value::Array(items)) => Value::Array(
                items
                    .iter()
                    .map(|item| match item {
                        Value::Object(nested) => Value::Object(kept(inner, nested)),
                        other => other.clone(),
                    })
                    .collect(),
            ),
            _ => value.clone(),
        };
        out.insert(field.name.to_owned(), value);
    }
    out
}

/// What to give `az ml compute update` for the change from `existing` to `current`: `name` and
/// `type`, and each field the command can change (tags, node counts, scale-down time, identity)
/// whose value changed. Nothing else: what it cannot change is for `validate` with `previous` to
/// report (AML901, AML902), and no secret is ever included. For a kind the command does not
/// update, `name` and `type` alone.
#[must_use]
pub fn update_spec(existing: &Value, current: &Value) -> Value {
    let mut out = Map::new();
    for key in ["name", "type"] {
        if let Some(value) = current.get(key).or_else(|| existing.get(key)) {
            out.insert(key.to_owned(), value.clone());
        }
    }
    let Some(kind) = kind_of(current).or_else(|| kind_of(existing)) else {
        return Value::Object(out);
    };
    if !updatable_by_cli(kind) {
        return Value::Object(out);
    }
    for field in kind.fields() {
        if field.mutability != Some(Mutability::Updatable) || field.secret {
            continue;
        }
        let Some(value) = current.get(field.name) else {
            continue;
        };
        // Compared as the form holds them: without what Azure sets (an identity's principal).
        let value = editable(field, value);
        if existing
            .get(field.name)
            .map(|before| editable(field, before))
            != Some(value.clone())
        {
            out.insert(field.name.to_owned(), value);
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn shown() -> Value {
        // `az ml compute show -o json` for a cluster (azure-ai-ml's dump: snake_case fields,
        // what Azure sets, the resource group).
        json!({
            "id": "/subscriptions/0/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/computes/cpu-cluster",
            "idle_time_before_scale_down": 120,
            "location": "westeurope",
            "max_instances": 4,
            "min_instances": 0,
            "name": "cpu-cluster",
            "network_settings": { "private_ip_address": "10.0.0.4", "subnet": "default", "vnet_name": "vnet" },
            "provisioning_state": "Succeeded",
            "resourceGroup": "rg",
            "size": "STANDARD_DS3_V2",
            "ssh_public_access_enabled": false,
            "ssh_settings": { "admin_username": "azureuser", "admin_password": "hunter2-Secret" },
            "tier": "dedicated",
            "type": "amlcompute",
            "identity": { "type": "system_assigned", "principal_id": "p", "tenant_id": "t" }
        })
    }

    #[test]
    fn an_edit_form_starts_from_the_compute_without_what_azure_sets_or_secrets() {
        let state = edit_state(&shown());
        assert_eq!(state["name"], "cpu-cluster");
        assert_eq!(state["size"], "STANDARD_DS3_V2");
        assert_eq!(
            state["network_settings"],
            json!({ "subnet": "default", "vnet_name": "vnet" })
        );
        assert_eq!(state["identity"], json!({ "type": "system_assigned" }));
        for gone in ["id", "provisioning_state", "resourceGroup"] {
            assert!(state.get(gone).is_none(), "{gone}");
        }
        assert_eq!(
            state["ssh_settings"],
            json!({ "admin_username": "azureuser" })
        );
        assert!(!state.to_string().contains("hunter2"));
        assert_eq!(edit_state(&json!("text")), json!({}));
    }

    #[test]
    fn the_update_holds_only_what_changed_that_update_can_change() {
        let existing = shown();
        let mut current = edit_state(&existing);
        current["max_instances"] = json!(8);
        current["tags"] = json!({ "team": "ml" });
        current["size"] = json!("Standard_NC4as_T4_v3");
        current["ssh_settings"] =
            json!({ "admin_username": "azureuser", "admin_password": "new-Secret-1" });
        let update = update_spec(&existing, &current);
        assert_eq!(
            update,
            json!({ "name": "cpu-cluster", "type": "amlcompute", "max_instances": 8, "tags": { "team": "ml" } })
        );
        assert!(!update.to_string().contains("Secret"));
        // Nothing changed: name and type alone.
        assert_eq!(
            update_spec(&existing, &edit_state(&existing)),
            json!({ "name": "cpu-cluster", "type": "amlcompute" })
        );
    }

    #[test]
    fn a_kind_update_does_not_take_gets_name_and_type_alone() {
        let existing =
            json!({ "name": "vm", "type": "virtualmachine", "resource_id": "x", "tags": {} });
        let current = json!({ "name": "vm", "type": "virtualmachine", "resource_id": "x", "tags": { "a": "b" } });
        assert_eq!(
            update_spec(&existing, &current),
            json!({ "name": "vm", "type": "virtualmachine" })
        );
    }
}
