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

impl SchemaError {
    /// What is wrong, in `locale`.
    #[must_use]
    pub fn text(&self, locale: crate::Locale) -> String {
        let (id, name, value) = match self {
            SchemaError::UnresolvedRef(r) => ("schema.unresolved_ref", "ref", r.as_str()),
            SchemaError::RefCycle(r) => ("schema.ref_cycle", "ref", r.as_str()),
            SchemaError::UnknownType(t) => ("schema.unknown_type", "type", t.as_str()),
            SchemaError::BadPattern(p) => ("schema.bad_pattern", "pattern", p.as_str()),
            SchemaError::Unsupported(k) => ("schema.unsupported", "keyword", *k),
        };
        crate::messages::phrase(locale, id, &[(name, value)])
    }
}

impl std::fmt::Display for SchemaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(crate::Locale::En))
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
    let evaluator = Evaluator {
        root,
        patterns,
        error: std::cell::RefCell::new(None),
    };
    let verdict = evaluator.check(schema, instance, &mut Vec::new());
    match evaluator.error.into_inner() {
        Some(error) => Err(error),
        None => Ok(verdict),
    }
}

/// Evaluates; the first error met is kept aside and every check after it answers `false`, so the
/// verdict is plain `bool` all the way down (less code in the size-optimised WASM build than a
/// `Result` at every step).
struct Evaluator<'a, 'p> {
    root: &'a Value,
    patterns: Patterns<'p>,
    error: std::cell::RefCell<Option<SchemaError>>,
}

/// The `$ref`s followed since the instance last changed: one seen twice is a cycle.
type Trail<'a> = Vec<&'a str>;

impl<'a> Evaluator<'a, '_> {
    fn check(&self, schema: &'a Value, instance: &Value, refs: &mut Trail<'a>) -> bool {
        let Some(keywords) = schema.as_object() else {
            return schema.as_bool().unwrap_or(true);
        };
        keywords
            .iter()
            .all(|(keyword, value)| self.keyword(keywords, keyword, value, instance, refs))
            && self.error.borrow().is_none()
    }

    /// Keeps the first error; the check it stopped fails.
    fn fail(&self, error: SchemaError) -> bool {
        self.error.borrow_mut().get_or_insert(error);
        false
    }

    /// A subschema applied to a part of the instance: `$ref`s followed from here on are new.
    fn child(&self, schema: &'a Value, instance: &Value) -> bool {
        self.check(schema, instance, &mut Vec::new())
    }

    fn pattern(&self, pattern: &str, text: &str) -> bool {
        (self.patterns)(pattern, text)
            .unwrap_or_else(|| self.fail(SchemaError::BadPattern(pattern.to_owned())))
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
    ) -> bool {
        let object = instance.as_object();
        let array = instance.as_array();
        match keyword {
            "$ref" => {
                let Some(reference) = value.as_str() else {
                    return true;
                };
                if refs.contains(&reference) {
                    return self.fail(SchemaError::RefCycle(reference.to_owned()));
                }
                let Some(target) = resolve(self.root, reference) else {
                    return self.fail(SchemaError::UnresolvedRef(reference.to_owned()));
                };
                refs.push(reference);
                let result = self.check(target, instance, refs);
                refs.pop();
                result
            }
            "type" => match value {
                Value::String(name) => self.is_type(instance, name),
                // Every name is checked, so an unknown one is an error even after a match.
                Value::Array(names) => names
                    .iter()
                    .filter_map(Value::as_str)
                    .fold(false, |any, name| self.is_type(instance, name) | any),
                _ => true,
            },
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
                (Some(text), Some(pattern)) => self.pattern(pattern, text),
                _ => true,
            },
            "items" => self.items(keywords, value, instance),
            "prefixItems" => array.is_none_or(|items| {
                list(value)
                    .iter()
                    .zip(items)
                    .all(|(schema, item)| self.child(schema, item))
            }),
            // Only after tuple `items`; otherwise `items` covers every item.
            "additionalItems" => match (array, keywords.get("items")) {
                (Some(items), Some(Value::Array(tuple))) => items
                    .iter()
                    .skip(tuple.len())
                    .all(|item| self.child(value, item)),
                _ => true,
            },
            "contains" => array.is_none_or(|items| {
                let found = items.iter().filter(|item| self.child(value, item)).count();
                let found = u64::try_from(found).unwrap_or(u64::MAX);
                let bound = |name| keywords.get(name).and_then(Value::as_u64);
                found >= bound("minContains").unwrap_or(1)
                    && found <= bound("maxContains").unwrap_or(u64::MAX)
            }),
            "maxItems" => count(array.map(Vec::len), value, |n, m| n <= m),
            "minItems" => count(array.map(Vec::len), value, |n, m| n >= m),
            "uniqueItems" => match (array, value) {
                (Some(items), Value::Bool(true)) => items
                    .iter()
                    .enumerate()
                    .all(|(i, a)| items.iter().skip(i + 1).all(|b| !equal(a, b))),
                _ => true,
            },
            "maxProperties" => count(object.map(Map::len), value, |n, m| n <= m),
            "minProperties" => count(object.map(Map::len), value, |n, m| n >= m),
            "required" => object.is_none_or(|object| {
                list(value)
                    .iter()
                    .filter_map(Value::as_str)
                    .all(|key| object.contains_key(key))
            }),
            "properties" => object.is_none_or(|object| {
                value
                    .as_object()
                    .into_iter()
                    .flatten()
                    .all(|(key, schema)| object.get(key).is_none_or(|v| self.child(schema, v)))
            }),
            "patternProperties" => object.is_none_or(|object| {
                value
                    .as_object()
                    .into_iter()
                    .flatten()
                    .all(|(pattern, schema)| {
                        object
                            .iter()
                            .all(|(key, v)| !self.pattern(pattern, key) || self.child(schema, v))
                    })
            }),
            "additionalProperties" => object.is_none_or(|object| {
                let declared = keywords.get("properties").and_then(Value::as_object);
                let patterns = keywords.get("patternProperties").and_then(Value::as_object);
                object.iter().all(|(key, property)| {
                    declared.is_some_and(|d| d.contains_key(key))
                        || patterns
                            .into_iter()
                            .flat_map(Map::keys)
                            .fold(false, |matched, pattern| {
                                self.pattern(pattern, key) | matched
                            })
                        || self.child(value, property)
                })
            }),
            "propertyNames" => object.is_none_or(|object| {
                object
                    .keys()
                    .all(|key| self.child(value, &Value::String(key.clone())))
            }),
            // Both kinds of `dependencies`: a present property brings keys or a schema with it.
            "dependentRequired" | "dependentSchemas" | "dependencies" => {
                object.is_none_or(|object| {
                    value.as_object().into_iter().flatten().all(|(key, needs)| {
                        !object.contains_key(key)
                            || match needs {
                                Value::Array(keys) => keys
                                    .iter()
                                    .filter_map(Value::as_str)
                                    .all(|k| object.contains_key(k)),
                                schema => self.check(schema, instance, refs),
                            }
                    })
                })
            }
            "allOf" => list(value)
                .iter()
                .all(|schema| self.check(schema, instance, refs)),
            // Every option is evaluated (an error in any is an error), as `oneOf` must anyway.
            "anyOf" => list(value).iter().fold(false, |any, schema| {
                self.check(schema, instance, refs) | any
            }),
            "oneOf" => {
                list(value)
                    .iter()
                    .filter(|schema| self.check(schema, instance, refs))
                    .count()
                    == 1
            }
            "not" => !self.check(value, instance, refs),
            "if" => {
                let branch = if self.check(value, instance, refs) {
                    keywords.get("then")
                } else {
                    keywords.get("else")
                };
                branch.is_none_or(|schema| self.check(schema, instance, refs))
            }
            "unevaluatedProperties" | "unevaluatedItems" => self.fail(SchemaError::Unsupported(
                "unevaluatedProperties/unevaluatedItems",
            )),
            "$dynamicRef" | "$recursiveRef" => self.fail(SchemaError::Unsupported("$dynamicRef")),
            // Annotations, and the partners read above (`then`, `else`, `minContains`).
            _ => true,
        }
    }

    /// `items`: one schema for every item (after `prefixItems` in 2020-12), or draft-07's tuple.
    fn items(&self, keywords: &'a Map<String, Value>, value: &'a Value, instance: &Value) -> bool {
        let Some(items) = instance.as_array() else {
            return true;
        };
        match value {
            Value::Array(tuple) => tuple
                .iter()
                .zip(items)
                .all(|(schema, item)| self.child(schema, item)),
            schema => {
                let skip = keywords.get("prefixItems").map_or(0, |p| list(p).len());
                items.iter().skip(skip).all(|item| self.child(schema, item))
            }
        }
    }

    fn is_type(&self, instance: &Value, name: &str) -> bool {
        match name {
            "object" => instance.is_object(),
            "array" => instance.is_array(),
            "string" => instance.is_string(),
            "boolean" => instance.is_boolean(),
            "null" => instance.is_null(),
            "number" => instance.is_number(),
            "integer" => instance.as_f64().is_some_and(|f| f.fract() == 0.0),
            other => self.fail(SchemaError::UnknownType(other.to_owned())),
        }
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
