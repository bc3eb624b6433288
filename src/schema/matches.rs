//! Whether a value satisfies a JSON Schema (draft-07 or 2020-12), for form libraries: they ask it
//! of `if` conditions and `anyOf`/`oneOf` options (RJSF's `isValid`) to decide what to render,
//! also of schemas of their own. The verdict on a whole spec always comes from the rules.
//!
//! Every validation keyword of both drafts is evaluated; `format` is an annotation, as both
//! drafts allow. `pattern` needs a regular-expression engine, which the core leaves out (it would
//! grow the `.wasm`): the caller passes one (the npm package: the JavaScript engine's `RegExp`).
//! A schema that cannot be evaluated — a `$ref` to nowhere or to outside the document, a `$ref`
//! cycle, an unknown `type`, an invalid pattern, `unevaluatedProperties`/`unevaluatedItems` —
//! is an error, never a guess.

use serde_json::{Map, Value};

/// Why a schema cannot be evaluated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemaError {
    /// A `$ref` that names nothing in the root schema (or something outside it).
    UnresolvedRef(String),
    /// `$ref`s that lead back to themselves without reading the instance any further.
    RefCycle(String),
    /// A `type` that is none of JSON Schema's seven.
    UnknownType(String),
    /// A `pattern` or `patternProperties` key the engine cannot read.
    BadPattern(String),
    /// A keyword this evaluator does not implement.
    Unsupported(&'static str),
}

impl std::fmt::Display for SchemaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SchemaError::UnresolvedRef(r) => {
                write!(f, "the $ref `{r}` names nothing in the root schema")
            }
            SchemaError::RefCycle(r) => write!(f, "the $ref `{r}` leads back to itself"),
            SchemaError::UnknownType(t) => write!(f, "`{t}` is not a JSON Schema type"),
            SchemaError::BadPattern(p) => {
                write!(f, "the pattern `{p}` is not a valid regular expression")
            }
            SchemaError::Unsupported(k) => write!(f, "`{k}` is not supported"),
        }
    }
}

/// A regular-expression engine: whether `text` matches `pattern` (ECMA 262 syntax), or `None`
/// when the pattern is not valid.
pub type Patterns<'p> = &'p dyn Fn(&str, &str) -> Option<bool>;

/// Whether `instance` satisfies `schema`; `root` resolves local `$ref`s. Without a pattern engine,
/// `pattern` and `patternProperties` are errors.
pub fn matches(schema: &Value, instance: &Value, root: &Value) -> Result<bool, SchemaError> {
    matches_with(schema, instance, root, &|_, _| None)
}

/// [`matches`], with `patterns` to evaluate `pattern` and `patternProperties`.
pub fn matches_with(
    schema: &Value,
    instance: &Value,
    root: &Value,
    patterns: Patterns<'_>,
) -> Result<bool, SchemaError> {
    let evaluator = Evaluator { root, patterns };
    evaluator.check(schema, instance, &mut Vec::new())
}

struct Evaluator<'a, 'p> {
    root: &'a Value,
    patterns: Patterns<'p>,
}

/// The `$ref`s followed since the instance last changed: one seen twice is a cycle.
type Trail<'a> = Vec<&'a str>;

impl<'a> Evaluator<'a, '_> {
    fn check(
        &self,
        schema: &'a Value,
        instance: &Value,
        refs: &mut Trail<'a>,
    ) -> Result<bool, SchemaError> {
        let Some(keywords) = schema.as_object() else {
            return Ok(schema.as_bool().unwrap_or(true));
        };
        for (keyword, value) in keywords {
            if !self.keyword(keywords, keyword, value, instance, refs)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// A subschema applied to a part of the instance: `$ref`s followed from here on are new.
    fn child(&self, schema: &'a Value, instance: &Value) -> Result<bool, SchemaError> {
        self.check(schema, instance, &mut Vec::new())
    }

    fn pattern(&self, pattern: &str, text: &str) -> Result<bool, SchemaError> {
        (self.patterns)(pattern, text).ok_or_else(|| SchemaError::BadPattern(pattern.to_owned()))
    }

    #[expect(
        clippy::too_many_lines,
        reason = "one arm per keyword reads best as one table"
    )]
    fn keyword(
        &self,
        keywords: &'a Map<String, Value>,
        keyword: &str,
        value: &'a Value,
        instance: &Value,
        refs: &mut Trail<'a>,
    ) -> Result<bool, SchemaError> {
        let all = |schemas: &'a Value, refs: &mut Trail<'a>| -> Result<bool, SchemaError> {
            for schema in list(schemas) {
                if !self.check(schema, instance, refs)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(match keyword {
            "$ref" => {
                let Some(reference) = value.as_str() else {
                    return Ok(true);
                };
                if refs.contains(&reference) {
                    return Err(SchemaError::RefCycle(reference.to_owned()));
                }
                let target = resolve(self.root, reference)
                    .ok_or_else(|| SchemaError::UnresolvedRef(reference.to_owned()))?;
                refs.push(reference);
                let result = self.check(target, instance, refs);
                refs.pop();
                result?
            }
            "type" => {
                let names: Vec<&str> = match value {
                    Value::String(name) => vec![name.as_str()],
                    Value::Array(names) => names.iter().filter_map(Value::as_str).collect(),
                    _ => return Ok(true),
                };
                let mut any = false;
                for name in names {
                    any |= is_type(instance, name)?;
                }
                any
            }
            "const" => equal(instance, value),
            "enum" => list(value).iter().any(|option| equal(instance, option)),
            "multipleOf" => match (instance.as_f64(), value.as_f64()) {
                (Some(n), Some(m)) if m > 0.0 => {
                    let quotient = n / m;
                    quotient.is_finite() && (quotient - quotient.round()).abs() < 1e-9
                }
                _ => true,
            },
            "maximum" => number(instance, value, |n, m| n <= m),
            "minimum" => number(instance, value, |n, m| n >= m),
            // Draft-07 and 2020-12: numbers. (Draft-04's booleans modify `maximum`/`minimum`.)
            "exclusiveMaximum" => match value {
                Value::Bool(true) => number(
                    instance,
                    keywords.get("maximum").unwrap_or(&Value::Null),
                    |n, m| n < m,
                ),
                _ => number(instance, value, |n, m| n < m),
            },
            "exclusiveMinimum" => match value {
                Value::Bool(true) => number(
                    instance,
                    keywords.get("minimum").unwrap_or(&Value::Null),
                    |n, m| n > m,
                ),
                _ => number(instance, value, |n, m| n > m),
            },
            "maxLength" => count(
                instance.as_str().map(|s| s.chars().count()),
                value,
                |n, m| n <= m,
            ),
            "minLength" => count(
                instance.as_str().map(|s| s.chars().count()),
                value,
                |n, m| n >= m,
            ),
            "pattern" => match (instance.as_str(), value.as_str()) {
                (Some(text), Some(pattern)) => self.pattern(pattern, text)?,
                _ => true,
            },
            "items" => self.items(keywords, value, instance)?,
            "prefixItems" => match instance.as_array() {
                Some(items) => {
                    for (schema, item) in list(value).iter().zip(items) {
                        if !self.child(schema, item)? {
                            return Ok(false);
                        }
                    }
                    true
                }
                None => true,
            },
            "additionalItems" => match (instance.as_array(), keywords.get("items")) {
                // Only after tuple `items`; otherwise `items` covers every item.
                (Some(items), Some(Value::Array(tuple))) => {
                    for item in items.iter().skip(tuple.len()) {
                        if !self.child(value, item)? {
                            return Ok(false);
                        }
                    }
                    true
                }
                _ => true,
            },
            "contains" => match instance.as_array() {
                Some(items) => {
                    let mut found = 0_u64;
                    for item in items {
                        found += u64::from(self.child(value, item)?);
                    }
                    let min = keywords
                        .get("minContains")
                        .and_then(Value::as_u64)
                        .unwrap_or(1);
                    let max = keywords
                        .get("maxContains")
                        .and_then(Value::as_u64)
                        .unwrap_or(u64::MAX);
                    found >= min && found <= max
                }
                None => true,
            },
            "maxItems" => count(instance.as_array().map(Vec::len), value, |n, m| n <= m),
            "minItems" => count(instance.as_array().map(Vec::len), value, |n, m| n >= m),
            "uniqueItems" => match (instance.as_array(), value) {
                (Some(items), Value::Bool(true)) => items
                    .iter()
                    .enumerate()
                    .all(|(i, a)| items.iter().skip(i + 1).all(|b| !equal(a, b))),
                _ => true,
            },
            "maxProperties" => count(instance.as_object().map(Map::len), value, |n, m| n <= m),
            "minProperties" => count(instance.as_object().map(Map::len), value, |n, m| n >= m),
            "required" => instance.as_object().is_none_or(|object| {
                list(value)
                    .iter()
                    .filter_map(Value::as_str)
                    .all(|key| object.contains_key(key))
            }),
            "properties" => match instance.as_object() {
                Some(object) => {
                    for (key, schema) in value.as_object().into_iter().flatten() {
                        if let Some(property) = object.get(key) {
                            if !self.child(schema, property)? {
                                return Ok(false);
                            }
                        }
                    }
                    true
                }
                None => true,
            },
            "patternProperties" => match instance.as_object() {
                Some(object) => {
                    for (pattern, schema) in value.as_object().into_iter().flatten() {
                        for (key, property) in object {
                            if self.pattern(pattern, key)? && !self.child(schema, property)? {
                                return Ok(false);
                            }
                        }
                    }
                    true
                }
                None => true,
            },
            "additionalProperties" => match instance.as_object() {
                Some(object) => {
                    let declared = keywords.get("properties").and_then(Value::as_object);
                    let patterns = keywords.get("patternProperties").and_then(Value::as_object);
                    for (key, property) in object {
                        if declared.is_some_and(|d| d.contains_key(key)) {
                            continue;
                        }
                        let mut matched = false;
                        for pattern in patterns.into_iter().flat_map(Map::keys) {
                            matched |= self.pattern(pattern, key)?;
                        }
                        if !matched && !self.child(value, property)? {
                            return Ok(false);
                        }
                    }
                    true
                }
                None => true,
            },
            "propertyNames" => match instance.as_object() {
                Some(object) => {
                    for key in object.keys() {
                        if !self.child(value, &Value::String(key.clone()))? {
                            return Ok(false);
                        }
                    }
                    true
                }
                None => true,
            },
            "dependentRequired" => self.dependencies(value, instance, refs)?,
            "dependentSchemas" => self.dependencies(value, instance, refs)?,
            "dependencies" => self.dependencies(value, instance, refs)?,
            "allOf" => all(value, refs)?,
            "anyOf" => {
                let mut any = false;
                for schema in list(value) {
                    any |= self.check(schema, instance, refs)?;
                }
                any
            }
            "oneOf" => {
                let mut passing = 0;
                for schema in list(value) {
                    passing += usize::from(self.check(schema, instance, refs)?);
                }
                passing == 1
            }
            "not" => !self.check(value, instance, refs)?,
            "if" => {
                let branch = if self.check(value, instance, refs)? {
                    keywords.get("then")
                } else {
                    keywords.get("else")
                };
                match branch {
                    Some(schema) => self.check(schema, instance, refs)?,
                    None => true,
                }
            }
            "unevaluatedProperties" => {
                return Err(SchemaError::Unsupported("unevaluatedProperties"));
            }
            "unevaluatedItems" => return Err(SchemaError::Unsupported("unevaluatedItems")),
            "$dynamicRef" | "$recursiveRef" => return Err(SchemaError::Unsupported("$dynamicRef")),
            // Annotations and applicators' partners read above (`then`, `else`, `minContains`).
            _ => true,
        })
    }

    /// `items`: one schema for every item (after `prefixItems` in 2020-12), or draft-07's tuple.
    fn items(
        &self,
        keywords: &'a Map<String, Value>,
        value: &'a Value,
        instance: &Value,
    ) -> Result<bool, SchemaError> {
        let Some(items) = instance.as_array() else {
            return Ok(true);
        };
        let pairs: Vec<(&'a Value, &Value)> = match value {
            Value::Array(tuple) => tuple.iter().zip(items).collect(),
            schema => {
                let skip = keywords.get("prefixItems").map_or(0, |p| list(p).len());
                items.iter().skip(skip).map(|item| (schema, item)).collect()
            }
        };
        for (schema, item) in pairs {
            if !self.child(schema, item)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `dependencies` (both kinds), `dependentRequired` and `dependentSchemas`: what a present
    /// property brings with it.
    fn dependencies(
        &self,
        value: &'a Value,
        instance: &Value,
        refs: &mut Trail<'a>,
    ) -> Result<bool, SchemaError> {
        let Some(object) = instance.as_object() else {
            return Ok(true);
        };
        for (key, needs) in value.as_object().into_iter().flatten() {
            if !object.contains_key(key) {
                continue;
            }
            let ok = match needs {
                Value::Array(keys) => keys
                    .iter()
                    .filter_map(Value::as_str)
                    .all(|k| object.contains_key(k)),
                schema => self.check(schema, instance, refs)?,
            };
            if !ok {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

fn list(value: &Value) -> &[Value] {
    value.as_array().map_or(&[], Vec::as_slice)
}

/// JSON Schema's equality: numbers by value (`1` equals `1.0`), the rest structurally.
fn equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| equal(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| equal(v, w)))
        }
        _ => a == b,
    }
}

fn is_type(instance: &Value, name: &str) -> Result<bool, SchemaError> {
    Ok(match name {
        "object" => instance.is_object(),
        "array" => instance.is_array(),
        "string" => instance.is_string(),
        "boolean" => instance.is_boolean(),
        "null" => instance.is_null(),
        "number" => instance.is_number(),
        "integer" => instance.as_f64().is_some_and(|f| f.fract() == 0.0),
        other => return Err(SchemaError::UnknownType(other.to_owned())),
    })
}

fn count(found: Option<usize>, limit: &Value, ok: fn(u64, u64) -> bool) -> bool {
    match (found, limit.as_u64()) {
        (Some(n), Some(m)) => ok(u64::try_from(n).unwrap_or(u64::MAX), m),
        _ => true,
    }
}

fn number(instance: &Value, limit: &Value, ok: fn(f64, f64) -> bool) -> bool {
    match (instance.as_f64(), limit.as_f64()) {
        (Some(n), Some(m)) => ok(n, m),
        _ => true,
    }
}

/// Resolves a local `$ref`: `#`, or a JSON pointer after `#` (percent-encoded or not) into the
/// root schema. Anything else (another document, an `$id` or `$anchor`) is not resolved.
fn resolve<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    let pointer = reference.strip_prefix('#')?;
    if pointer.is_empty() {
        return Some(root);
    }
    root.pointer(pointer)
        .or_else(|| root.pointer(&percent_decoded(pointer)?))
}

/// `%25` → `%`, `%22` → `"`, ...: a URI fragment's escapes; `None` when there are none or they
/// are not valid UTF-8.
fn percent_decoded(text: &str) -> Option<String> {
    if !text.contains('%') {
        return None;
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        let hex = |i: usize| bytes.get(i).and_then(|h| char::from(*h).to_digit(16));
        match (b, hex(at + 1), hex(at + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push(u8::try_from(high * 16 + low).ok()?);
                at += 3;
            }
            _ => {
                out.push(b);
                at += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Kind;
    use crate::schema::{Draft, for_kind};
    use serde_json::json;

    fn check(schema: &Value, instance: &Value, root: &Value) -> bool {
        matches(schema, instance, root).unwrap()
    }

    #[test]
    fn conditions_of_the_emitted_schemas_are_evaluated() {
        let root = for_kind(Kind::ComputeInstance, Draft::Draft07).to_value();
        let trigger_if = json!({ "properties": { "type": { "const": "cron" } }, "required": ["type"], "type": "object" });
        assert!(check(&trigger_if, &json!({ "type": "cron" }), &root));
        assert!(!check(&trigger_if, &json!({ "type": "recurrence" }), &root));
        let pattern =
            |p: &str, t: &str| Some(p != "^[A-Za-z]" || t.starts_with(char::is_alphabetic));
        let with = |instance: Value| matches_with(&root, &instance, &root, &pattern).unwrap();
        assert!(with(json!({ "name": "ci-dev", "type": "computeinstance" })));
        assert!(!with(
            json!({ "name": "ci-dev", "type": "computeinstance", "bogus": 1 })
        ));
        assert!(!with(
            json!({ "name": "ci-dev", "type": "computeinstance", "identity": { "type": "user_assigned" } })
        ));
        let combined = crate::schema::combined(Draft::Draft07).to_value();
        let with =
            |instance: Value| matches_with(&combined, &instance, &combined, &pattern).unwrap();
        assert!(with(
            json!({ "name": "cpu-cluster", "type": "amlcompute", "max_instances": 2 })
        ));
        assert!(!with(
            json!({ "name": "cpu-cluster", "type": "amlcompute", "max_instances": 0 })
        ));
    }

    #[test]
    fn what_cannot_be_evaluated_is_an_error() {
        let root =
            json!({ "$defs": { "a": { "$ref": "#/$defs/b" }, "b": { "$ref": "#/$defs/a" } } });
        assert_eq!(
            matches(&json!({ "$ref": "#/$defs/a" }), &json!(1), &root),
            Err(SchemaError::RefCycle("#/$defs/a".to_owned()))
        );
        assert_eq!(
            matches(&json!({ "$ref": "#/nowhere" }), &json!(1), &root),
            Err(SchemaError::UnresolvedRef("#/nowhere".to_owned()))
        );
        assert!(matches(&json!({ "type": "whole" }), &json!(1), &root).is_err());
        assert!(matches(&json!({ "pattern": "^a" }), &json!("a"), &root).is_err());
        assert!(
            matches(
                &json!({ "unevaluatedProperties": false }),
                &json!({}),
                &root
            )
            .is_err()
        );
        // A recursive schema is fine while it reads deeper into the instance.
        let tree = json!({ "type": "object", "properties": { "child": { "$ref": "#" } }, "required": ["v"] });
        assert!(check(
            &tree,
            &json!({ "v": 1, "child": { "v": 2, "child": { "v": 3 } } }),
            &tree
        ));
        assert!(!check(
            &tree,
            &json!({ "v": 1, "child": { "child": {} } }),
            &tree
        ));
    }
}
