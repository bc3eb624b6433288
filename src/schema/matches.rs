//! Whether a value satisfies a schema, for the keywords amlint's schemas use. Form libraries ask
//! this of `if` conditions and `anyOf`/`oneOf` options (RJSF's `isValid`) to decide what to render;
//! the verdict on a whole spec always comes from the rules. `pattern` cannot be evaluated without a
//! regex engine, which the core leaves out, so it counts as satisfied: no condition uses it.

use serde_json::Value;

/// Whether `instance` satisfies `schema`; `root` resolves local `$ref`s.
#[must_use]
pub fn matches(schema: &Value, instance: &Value, root: &Value) -> bool {
    check(schema, instance, root, 0)
}

fn check(schema: &Value, instance: &Value, root: &Value, depth: usize) -> bool {
    let Some(keywords) = schema.as_object() else {
        return schema.as_bool().unwrap_or(true);
    };
    if depth > 32 {
        return true;
    }
    let sub = |s: &Value, i: &Value| check(s, i, root, depth + 1);
    keywords
        .iter()
        .all(|(keyword, value)| match keyword.as_str() {
            "$ref" => value
                .as_str()
                .and_then(|r| resolve(root, r))
                .is_none_or(|target| sub(target, instance)),
            "type" => match value {
                Value::String(t) => is_type(instance, t),
                Value::Array(types) => types
                    .iter()
                    .filter_map(Value::as_str)
                    .any(|t| is_type(instance, t)),
                _ => true,
            },
            "const" => instance == value,
            "enum" => value
                .as_array()
                .is_some_and(|options| options.contains(instance)),
            "required" => instance.as_object().is_none_or(|object| {
                value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .all(|key| object.contains_key(key))
            }),
            "properties" => instance.as_object().is_none_or(|object| {
                value
                    .as_object()
                    .into_iter()
                    .flatten()
                    .all(|(key, s)| object.get(key).is_none_or(|v| sub(s, v)))
            }),
            "additionalProperties" => instance.as_object().is_none_or(|object| {
                let declared = keywords.get("properties").and_then(Value::as_object);
                object
                    .iter()
                    .filter(|(key, _)| declared.is_none_or(|d| !d.contains_key(*key)))
                    .all(|(_, v)| sub(value, v))
            }),
            "items" => instance
                .as_array()
                .is_none_or(|items| items.iter().all(|item| sub(value, item))),
            "minItems" => count(instance.as_array().map(Vec::len), value, |n, m| n >= m),
            "maxItems" => count(instance.as_array().map(Vec::len), value, |n, m| n <= m),
            "minLength" => count(
                instance.as_str().map(|s| s.chars().count()),
                value,
                |n, m| n >= m,
            ),
            "maxLength" => count(
                instance.as_str().map(|s| s.chars().count()),
                value,
                |n, m| n <= m,
            ),
            "minimum" => number(instance, value, |n, m| n >= m),
            "maximum" => number(instance, value, |n, m| n <= m),
            "allOf" => list(value).iter().all(|s| sub(s, instance)),
            "anyOf" => list(value).iter().any(|s| sub(s, instance)),
            "oneOf" => list(value).iter().filter(|s| sub(s, instance)).count() == 1,
            "not" => !sub(value, instance),
            "if" => {
                let branch = if sub(value, instance) {
                    keywords.get("then")
                } else {
                    keywords.get("else")
                };
                branch.is_none_or(|s| sub(s, instance))
            }
            "dependencies" | "dependentRequired" => instance.as_object().is_none_or(|object| {
                value.as_object().into_iter().flatten().all(|(key, needs)| {
                    !object.contains_key(key)
                        || list(needs)
                            .iter()
                            .filter_map(Value::as_str)
                            .all(|k| object.contains_key(k))
                })
            }),
            _ => true,
        })
}

fn list(value: &Value) -> &[Value] {
    value.as_array().map_or(&[], Vec::as_slice)
}

fn is_type(instance: &Value, name: &str) -> bool {
    match name {
        "object" => instance.is_object(),
        "array" => instance.is_array(),
        "string" => instance.is_string(),
        "boolean" => instance.is_boolean(),
        "null" => instance.is_null(),
        "number" => instance.is_number(),
        "integer" => instance.as_f64().is_some_and(|f| f.fract() == 0.0),
        _ => true,
    }
}

fn count(found: Option<usize>, limit: &Value, ok: fn(u64, u64) -> bool) -> bool {
    match (found, limit.as_u64()) {
        (Some(n), Some(m)) => ok(n as u64, m),
        _ => true,
    }
}

fn number(instance: &Value, limit: &Value, ok: fn(f64, f64) -> bool) -> bool {
    match (instance.as_f64(), limit.as_f64()) {
        (Some(n), Some(m)) => ok(n, m),
        _ => true,
    }
}

/// Resolves `#/definitions/x` or `#/$defs/x` against the root schema.
fn resolve<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    root.pointer(reference.strip_prefix('#')?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Kind;
    use crate::schema::{Draft, for_kind};
    use serde_json::json;

    #[test]
    fn conditions_of_the_emitted_schemas_are_evaluated() {
        let root = for_kind(Kind::ComputeInstance, Draft::Draft07).to_value();
        let trigger_if = json!({ "properties": { "type": { "const": "cron" } }, "required": ["type"], "type": "object" });
        assert!(matches(&trigger_if, &json!({ "type": "cron" }), &root));
        assert!(!matches(
            &trigger_if,
            &json!({ "type": "recurrence" }),
            &root
        ));
        assert!(matches(
            &root,
            &json!({ "name": "ci-dev", "type": "computeinstance" }),
            &root
        ));
        assert!(!matches(
            &root,
            &json!({ "name": "ci-dev", "type": "computeinstance", "bogus": 1 }),
            &root
        ));
        assert!(!matches(
            &root,
            &json!({ "name": "ci-dev", "type": "computeinstance", "identity": { "type": "user_assigned" } }),
            &root
        ));
        let combined = crate::schema::combined(Draft::Draft07).to_value();
        assert!(matches(
            &combined,
            &json!({ "name": "cpu-cluster", "type": "amlcompute", "max_instances": 2 }),
            &combined
        ));
        assert!(!matches(
            &combined,
            &json!({ "name": "cpu-cluster", "type": "amlcompute", "max_instances": 0 }),
            &combined
        ));
    }
}
