//! A kind's schema narrowed by the organisation's Deny policies, where a policy is a simple bound
//! on one field: a form then offers only what the policy allows (the allowed sizes as the size's
//! `enum`, a node cap as `maximum`, a required subnet as `required`). Policies of any other shape
//! are left to `validate`, which evaluates them all.
//!
//! A simple bound is an `if` whose members are the resource guards (`type` equals computes,
//! `computeType` equals or in a list) and one condition on an alias whose field the spec writes as
//! the request does (`model::iac`'s `Form::Same`): a comparison, or the shape the simple setting
//! `allowed-sizes` compiles to, `not` `anyOf` `like` patterns (names become the `enum`, as a
//! `notIn` list does; patterns with `*` a `pattern`, without regard to case as `like` compares). When az ml would send a client default the
//! policy denies, the field becomes required and its default goes.

use schemars::Schema;
use serde_json::{Map, Value, json};

use crate::azure_policy::{self, COMPUTES, Effect};
use crate::context::Assigned;
use crate::kind::Kind;
use crate::model::iac::Form;

/// `schema` (a kind's, as [`super::for_kind`] makes it) narrowed by `policies`.
#[must_use]
pub fn for_policies(mut schema: Schema, kind: Kind, policies: &[Assigned]) -> Schema {
    let Some(root) = schema.as_object_mut() else {
        return schema;
    };
    for assigned in policies {
        if assigned.resolved.effect != Effect::Deny {
            continue;
        }
        if let Some(bound) = simple_bound(kind, assigned) {
            apply(root, kind, &bound, &assigned.definition.display_name);
        }
    }
    schema
}

/// What a simple bound allows of a field.
#[derive(Debug, PartialEq)]
enum Allowed {
    /// One of these values (`notIn`).
    OneOf(Vec<Value>),
    /// None of these values (`in`).
    NoneOf(Vec<Value>),
    /// At most (`greater`: denied above it).
    AtMost(Value),
    /// Below (`greaterOrEquals`).
    Below(Value),
    /// At least (`less`).
    AtLeast(Value),
    /// Above (`lessOrEquals`).
    Above(Value),
    /// Exactly (`notEquals`).
    Exactly(Value),
    /// Matching one of these `like` patterns (`not` `anyOf` `like`, or `notLike`).
    Like(Vec<String>),
    /// Given and not empty (`exists: false`, or that or `empty(field(...))`).
    Given,
}

struct Bound {
    field: &'static str,
    allowed: Allowed,
}

fn simple_bound(kind: Kind, assigned: &Assigned) -> Option<Bound> {
    let rule = &assigned.definition.rule_if;
    let members: Vec<&Value> = match rule.get("allOf") {
        Some(Value::Array(members)) => members.iter().collect(),
        _ => vec![rule],
    };
    let mut constraint = None;
    for member in members {
        match guard(member, kind) {
            Some(true) => {}
            // The policy is not about this kind: nothing to narrow.
            Some(false) => return None,
            None if constraint.is_none() => constraint = Some(member),
            None => return None,
        }
    }
    let constraint = constraint?;
    let values = &assigned.resolved.values;
    let (alias, allowed) = if let Some(alias) = required_alias(constraint) {
        (alias, Allowed::Given)
    } else if let Some((alias, patterns)) = not_like(constraint) {
        let known =
            |pattern: &Value| match azure_policy::evaluate_json(pattern, &Parameters(values)) {
                Ok(azure_policy::Value::Known(Value::String(text))) => Some(text),
                _ => None,
            };
        let patterns: Option<Vec<String>> = patterns.into_iter().map(known).collect();
        (alias, Allowed::Like(patterns?))
    } else {
        let field = constraint.get("field")?.as_str()?;
        let (operator, expected) = constraint
            .as_object()?
            .iter()
            .find(|(key, _)| key.as_str() != "field")?;
        let expected = match azure_policy::evaluate_json(expected, &Parameters(values)).ok()? {
            azure_policy::Value::Known(value) => value,
            azure_policy::Value::Unknown => return None,
        };
        let allowed = match (operator.as_str(), expected) {
            ("notIn", Value::Array(list)) => Allowed::OneOf(list),
            ("in", Value::Array(list)) => Allowed::NoneOf(list),
            ("greater", n @ Value::Number(_)) => Allowed::AtMost(n),
            ("greaterOrEquals", n @ Value::Number(_)) => Allowed::Below(n),
            ("less", n @ Value::Number(_)) => Allowed::AtLeast(n),
            ("lessOrEquals", n @ Value::Number(_)) => Allowed::Above(n),
            ("notEquals", value) => Allowed::Exactly(value),
            ("exists", Value::Bool(false)) => Allowed::Given,
            _ => return None,
        };
        (field, allowed)
    };
    let alias = azure_policy::ALIASES
        .iter()
        .find(|a| alias.eq_ignore_ascii_case(&format!("{COMPUTES}/{}", a.name)))?;
    let mapping = kind.forms().by_arm(alias.path).next()?;
    let same = mapping.arm.is_some_and(|(_, form)| form == Form::Same);
    if !same || mapping.field.contains(['[', '{']) {
        return None;
    }
    Some(Bound {
        field: mapping.field,
        allowed,
    })
}

/// Whether a member is a resource guard: `Some(true)` when it admits `kind`, `Some(false)` when it
/// excludes it, `None` when it is no guard.
fn guard(member: &Value, kind: Kind) -> Option<bool> {
    let field = member.get("field")?.as_str()?;
    if field.eq_ignore_ascii_case("type") {
        let equals = member.get("equals")?.as_str()?;
        return Some(equals.eq_ignore_ascii_case(COMPUTES));
    }
    if !field.eq_ignore_ascii_case(&format!("{COMPUTES}/computeType")) {
        return None;
    }
    let ours = kind.forms().compute_type;
    if let Some(equals) = member.get("equals").and_then(Value::as_str) {
        return Some(equals.eq_ignore_ascii_case(ours));
    }
    let listed = member.get("in")?.as_array()?;
    Some(
        listed
            .iter()
            .any(|t| t.as_str().is_some_and(|t| t.eq_ignore_ascii_case(ours))),
    )
}

/// The alias and patterns of `not: {anyOf: [{field: A, like: P}, ...]}` (one alias throughout),
/// `not: {field: A, like: P}` or `{field: A, notLike: P}`: the value must match one of the patterns.
fn not_like(member: &Value) -> Option<(&str, Vec<&Value>)> {
    if let Some(pattern) = member.get("notLike") {
        return Some((member.get("field")?.as_str()?, vec![pattern]));
    }
    let inner = member.get("not")?;
    let options: Vec<&Value> = match inner.get("anyOf") {
        Some(Value::Array(options)) => options.iter().collect(),
        Some(_) => return None,
        None => vec![inner],
    };
    let mut alias: Option<&str> = None;
    let mut patterns = Vec::new();
    for option in options {
        let object = option.as_object()?;
        if object.len() != 2 {
            return None;
        }
        let field = object.get("field")?.as_str()?;
        if alias.is_some_and(|a| !a.eq_ignore_ascii_case(field)) {
            return None;
        }
        alias = Some(field);
        patterns.push(object.get("like")?);
    }
    Some((alias?, patterns))
}

/// The alias of `anyOf [{field: A, exists: false}, {value: "[empty(field('A'))]", equals: true}]`,
/// the published way to require a value.
fn required_alias(member: &Value) -> Option<&str> {
    let options = member.get("anyOf")?.as_array()?;
    let [absent, empty] = options.as_slice() else {
        return None;
    };
    let alias = absent.get("field")?.as_str()?;
    let absent_ok = absent.get("exists") == Some(&json!(false));
    let empty_ok = empty.get("value").and_then(Value::as_str)
        == Some(format!("[empty(field('{alias}'))]").as_str())
        && empty.get("equals") == Some(&json!(true));
    (absent_ok && empty_ok).then_some(alias)
}

fn apply(root: &mut Map<String, Value>, kind: Kind, bound: &Bound, policy: &str) {
    let steps: Vec<&str> = bound.field.split('.').collect();
    let Some((last, parents)) = steps.split_last() else {
        return;
    };
    // Walk to the object holding the field, requiring each parent on the way when the bound
    // requires the field.
    let mut object = &mut *root;
    for parent in parents {
        if bound.allowed == Allowed::Given {
            require(object, parent);
        }
        let Some(inner) = object
            .get_mut("properties")
            .and_then(|p| p.get_mut(*parent))
            .and_then(Value::as_object_mut)
        else {
            return;
        };
        object = inner;
    }
    let sent = sent_default(kind, bound.field);
    let Some(property) = object
        .get_mut("properties")
        .and_then(|p| p.get_mut(*last))
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    match &bound.allowed {
        Allowed::OneOf(list) => {
            property.insert("enum".into(), Value::Array(list.clone()));
        }
        Allowed::NoneOf(list) => {
            property.insert("not".into(), json!({ "enum": list }));
        }
        Allowed::AtMost(n) => {
            property.insert("maximum".into(), n.clone());
        }
        Allowed::Below(n) => {
            property.insert("exclusiveMaximum".into(), n.clone());
        }
        Allowed::AtLeast(n) => {
            property.insert("minimum".into(), n.clone());
        }
        Allowed::Above(n) => {
            property.insert("exclusiveMinimum".into(), n.clone());
        }
        Allowed::Exactly(value) => {
            property.insert("const".into(), value.clone());
        }
        Allowed::Given => {
            if property.get("type") == Some(&json!("string")) {
                property.insert("minLength".into(), json!(1));
            }
        }
        Allowed::Like(patterns) if patterns.iter().all(|p| !p.contains('*')) => {
            let names = patterns.iter().map(|p| Value::from(p.as_str())).collect();
            property.insert("enum".into(), Value::Array(names));
        }
        Allowed::Like(patterns) => {
            let pattern = Value::from(like_regex(patterns));
            // A pattern the field has already stays: both must match.
            match property.get("pattern").cloned() {
                None => {
                    property.insert("pattern".into(), pattern);
                }
                Some(_) => {
                    let all = property
                        .entry("allOf")
                        .or_insert_with(|| Value::Array(Vec::new()));
                    if let Value::Array(all) = all {
                        all.push(json!({ "pattern": pattern }));
                    }
                }
            }
        }
    }
    let policies = property
        .entry("x-amlint-policy")
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Value::Array(names) = policies {
        names.push(Value::from(policy));
    }
    // What az ml sends in the field's place, if the policy denies it, cannot be left to it.
    let denied_default = match (&bound.allowed, &sent) {
        (Allowed::Given, _) => true,
        (allowed, Some(sent)) => !allows(allowed, sent),
        (_, None) => false,
    };
    if denied_default {
        property.remove("default");
        require(object, last);
    }
}

/// An ECMA-262 regular expression (JSON Schema's `pattern`) for text matching one of `patterns` as
/// `like` does: `*` any text, every other character itself, letters in either case.
fn like_regex(patterns: &[String]) -> String {
    let mut out = String::from("^(?:");
    for (i, pattern) in patterns.iter().enumerate() {
        if i > 0 {
            out.push('|');
        }
        for c in pattern.chars() {
            match c {
                '*' => out.push_str(".*"),
                c if c.is_ascii_alphabetic() => {
                    out.push('[');
                    out.push(c.to_ascii_lowercase());
                    out.push(c.to_ascii_uppercase());
                    out.push(']');
                }
                c if "\\^$.|?+()[]{}".contains(c) => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
        }
    }
    out.push_str(")$");
    out
}

fn require(object: &mut Map<String, Value>, name: &str) {
    let required = object
        .entry("required")
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Value::Array(names) = required
        && !names.iter().any(|n| n == name)
    {
        names.push(Value::from(name));
    }
}

fn sent_default(kind: Kind, field: &str) -> Option<Value> {
    let field = kind.fields().iter().find(|f| f.name == field)?;
    Some(match field.sent? {
        crate::model::DefaultValue::Bool(b) => Value::Bool(b),
        crate::model::DefaultValue::Int(i) => Value::from(i),
        crate::model::DefaultValue::Str(s) => Value::from(s),
    })
}

/// Whether the policy allows `value`, comparing as its conditions do (text without regard to case).
fn allows(allowed: &Allowed, value: &Value) -> bool {
    let same = |a: &Value, b: &Value| match (a, b) {
        (Value::String(x), Value::String(y)) => x.eq_ignore_ascii_case(y),
        _ => a == b,
    };
    let number = |v: &Value| v.as_f64().unwrap_or(f64::NAN);
    match allowed {
        Allowed::OneOf(list) => list.iter().any(|o| same(o, value)),
        Allowed::NoneOf(list) => !list.iter().any(|o| same(o, value)),
        Allowed::AtMost(n) => number(value) <= number(n),
        Allowed::Below(n) => number(value) < number(n),
        Allowed::AtLeast(n) => number(value) >= number(n),
        Allowed::Above(n) => number(value) > number(n),
        Allowed::Exactly(v) => same(v, value),
        Allowed::Given => true,
        Allowed::Like(patterns) => value
            .as_str()
            .is_some_and(|text| patterns.iter().any(|p| azure_policy::like(text, p))),
    }
}

struct Parameters<'a>(&'a Map<String, Value>);

impl azure_policy::Scope for Parameters<'_> {
    fn parameter(&self, name: &str) -> Option<azure_policy::Value> {
        self.0
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| azure_policy::Value::Known(v.clone()))
    }
    fn field(&self, _: &str) -> Result<azure_policy::Value, azure_policy::Failure> {
        Ok(azure_policy::Value::Unknown)
    }
    fn current(&self, _: Option<&str>) -> Option<azure_policy::Value> {
        None
    }
}
