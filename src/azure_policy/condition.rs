//! A policy rule's `if` block evaluated against an ARM resource (Azure Policy docs,
//! definition-structure-policy-rule): `allOf`, `anyOf`, `not`, the conditions on a `field`, a
//! `value` or a `count`.
//!
//! Readings where the docs are silent, chosen so that amlint never reports a deny Azure would not:
//! `allOf` and `anyOf` stop at their first decisive member, left to right (as the docs' "avoiding
//! template failures" advice assumes); a condition on a property the resource does not have is
//! false, except the negated ones (`notEquals`, `notIn`, `notLike`, ..., and `exists: false`),
//! which are true.

use std::cell::{Cell, RefCell};

use serde_json::{Map, Value as Json};

use super::alias::{self, AliasStatus, COMPUTES};
use super::expression::{self, Scope, Value, lookup, to_text};
use super::{Failure, Reason};

/// What a policy's `if` says of a resource.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The `if` does not hold: the policy's effect does not apply.
    DoesNotApply,
    /// The `if` holds through these conditions: the policy's effect applies.
    Matches(Vec<Leaf>),
    /// Evaluation fails, which Azure treats as a deny.
    Fails(Failure),
    /// The spec cannot tell before deployment: the fields amlint could not read, by name.
    Unknown(Vec<String>),
}

/// A condition that held, for the finding that names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Leaf {
    /// The field it reads (an alias, `name`, `tags[...]`), or the fields its `value` reads.
    pub fields: Vec<String>,
    /// The condition (`equals`, `notIn`, `greater`, ..., or `count`).
    pub operator: String,
    /// What the policy compares with, evaluated (a parameter's value).
    pub expected: Json,
}

/// Evaluates `rule_if` on `resource` with the assignment's parameter values.
#[must_use]
pub fn evaluate(rule_if: &Json, parameters: &Map<String, Json>, resource: &Json) -> Outcome {
    let budget = Cell::new(WORK);
    let context = Context {
        parameters,
        resource,
        current: Vec::new(),
        unknown: RefCell::new(Vec::new()),
        read: RefCell::new(Vec::new()),
        budget: &budget,
    };
    let mut leaves = Vec::new();
    match context.holds(rule_if, &mut leaves) {
        Ok(Truth::True) => Outcome::Matches(leaves),
        Ok(Truth::False) => Outcome::DoesNotApply,
        Ok(Truth::Unknown) => {
            let mut unknown = context.unknown.into_inner();
            unknown.dedup();
            Outcome::Unknown(unknown)
        }
        Err(failure) => Outcome::Fails(failure),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Truth {
    True,
    False,
    Unknown,
}

impl From<bool> for Truth {
    fn from(b: bool) -> Truth {
        if b { Truth::True } else { Truth::False }
    }
}

/// The work one rule's evaluation may take, in nodes of the values its functions return: well
/// beyond what Azure's authoring limits let a rule do (2,048 functions, counts of 100 members),
/// and a bound on what a hostile one can.
const WORK: usize = 4_000_000;

/// Azure's limit on a `value count`'s members ("Policy rule limits").
const MAX_COUNT_MEMBERS: usize = 100;

struct Context<'a> {
    parameters: &'a Map<String, Json>,
    budget: &'a Cell<usize>,
    resource: &'a Json,
    /// The members `count` is enumerating, innermost last: (index name or array alias, member).
    current: Vec<(String, Json)>,
    /// The fields read that the spec cannot state.
    unknown: RefCell<Vec<String>>,
    /// The fields the condition being evaluated read, for its [`Leaf`].
    read: RefCell<Vec<String>>,
}

const OPERATORS: &[&str] = &[
    "equals",
    "notEquals",
    "like",
    "notLike",
    "match",
    "matchInsensitively",
    "notMatch",
    "notMatchInsensitively",
    "contains",
    "notContains",
    "in",
    "notIn",
    "containsKey",
    "notContainsKey",
    "less",
    "lessOrEquals",
    "greater",
    "greaterOrEquals",
    "exists",
];

impl Context<'_> {
    fn holds(&self, node: &Json, leaves: &mut Vec<Leaf>) -> Result<Truth, Failure> {
        let Json::Object(map) = node else {
            return Err(Failure::new(Reason::Syntax, "if"));
        };
        if let Some(members) = get(map, "allOf") {
            return self.all_or_any(members, true, leaves);
        }
        if let Some(members) = get(map, "anyOf") {
            return self.all_or_any(members, false, leaves);
        }
        if let Some(inner) = get(map, "not") {
            // What made the inner condition hold is not why its negation holds.
            let mut ignored = Vec::new();
            return Ok(match self.holds(inner, &mut ignored)? {
                Truth::True => Truth::False,
                Truth::False => {
                    leaves.extend(self.negated(inner));
                    Truth::True
                }
                Truth::Unknown => Truth::Unknown,
            });
        }
        self.condition(map, leaves)
    }

    fn all_or_any(
        &self,
        members: &Json,
        all: bool,
        leaves: &mut Vec<Leaf>,
    ) -> Result<Truth, Failure> {
        let Json::Array(members) = members else {
            return Err(Failure::new(
                Reason::Syntax,
                if all { "allOf" } else { "anyOf" },
            ));
        };
        let mut unknown = false;
        let mut held = Vec::new();
        for member in members {
            let mut own = Vec::new();
            match self.holds(member, &mut own)? {
                Truth::True if !all => {
                    leaves.extend(own);
                    return Ok(Truth::True);
                }
                Truth::False if all => return Ok(Truth::False),
                Truth::True => held.extend(own),
                Truth::False => {}
                Truth::Unknown => unknown = true,
            }
        }
        if unknown {
            return Ok(Truth::Unknown);
        }
        leaves.extend(held);
        Ok(Truth::from(all))
    }

    fn condition(&self, map: &Map<String, Json>, leaves: &mut Vec<Leaf>) -> Result<Truth, Failure> {
        let operator = OPERATORS
            .iter()
            .find(|op| get(map, op).is_some())
            .ok_or_else(|| Failure::new(Reason::Syntax, "condition"))?;
        let expected =
            match expression::evaluate_json(get(map, operator).unwrap_or(&Json::Null), self)? {
                Value::Known(json) => json,
                Value::Unknown => return Ok(Truth::Unknown),
            };
        self.read.borrow_mut().clear();
        let (actual, is_location, label) = if let Some(field) = get(map, "field") {
            let name = match expression::evaluate_json(field, self)? {
                Value::Known(Json::String(name)) => name,
                Value::Known(_) => return Err(Failure::new(Reason::WrongType, "field")),
                Value::Unknown => return Ok(Truth::Unknown),
            };
            let is_location = name.eq_ignore_ascii_case("location");
            (self.field(&name)?, is_location, "field")
        } else if let Some(value) = get(map, "value") {
            (expression::evaluate_json(value, self)?, false, "value")
        } else if let Some(count) = get(map, "count") {
            (self.count(count)?, false, "count")
        } else {
            return Err(Failure::new(Reason::Syntax, "condition"));
        };
        let Value::Known(actual) = actual else {
            return Ok(Truth::Unknown);
        };
        let truth = Truth::from(compare(operator, &actual, &expected, is_location)?);
        if truth == Truth::True {
            let mut fields: Vec<String> = Vec::new();
            for field in self.read.borrow().iter() {
                if !fields.contains(field) {
                    fields.push(field.clone());
                }
            }
            leaves.push(Leaf {
                fields,
                operator: if label == "count" {
                    format!("count {operator}")
                } else {
                    (*operator).to_owned()
                },
                expected,
            });
        }
        Ok(truth)
    }

    /// Why `not inner` holds, where the policy says it plainly: a condition on a field (`not vmSize
    /// like "Standard_D*"`), or `anyOf` such conditions on one field with one operator (`not vmSize
    /// like any of [...]`, as `allowed-sizes` writes it).
    fn negated(&self, inner: &Json) -> Option<Leaf> {
        let conditions: Vec<&Map<String, Json>> = match inner.get("anyOf") {
            Some(Json::Array(members)) => {
                members.iter().map(Json::as_object).collect::<Option<_>>()?
            }
            _ => vec![inner.as_object()?],
        };
        let mut field = None;
        let mut operator = None;
        let mut expected = Vec::new();
        for condition in &conditions {
            let name = condition.get("field")?.as_str()?;
            let (op, value) = condition.iter().find(|(k, _)| k.as_str() != "field")?;
            if field.is_some_and(|f| f != name) || operator.is_some_and(|o| o != op) {
                return None;
            }
            field = Some(name);
            operator = Some(op);
            match expression::evaluate_json(value, self).ok()? {
                Value::Known(json) => expected.push(json),
                Value::Unknown => return None,
            }
        }
        let (field, operator) = (field?, operator?);
        let (operator, expected) = match (inner.get("anyOf"), expected.len()) {
            (Some(_), _) => (format!("not {operator} any of"), Json::Array(expected)),
            (None, _) => (format!("not {operator}"), expected.pop()?),
        };
        Some(Leaf {
            fields: vec![field.to_owned()],
            operator,
            expected,
        })
    }

    fn count(&self, count: &Json) -> Result<Value, Failure> {
        let Json::Object(count) = count else {
            return Err(Failure::new(Reason::Syntax, "count"));
        };
        let (members, name) = if let Some(field) = get(count, "field") {
            let Json::String(alias) = field else {
                return Err(Failure::new(Reason::Syntax, "count"));
            };
            (self.field(alias)?, alias.clone())
        } else if let Some(value) = get(count, "value") {
            let name = match get(count, "name") {
                Some(Json::String(name)) => name.clone(),
                Some(_) => return Err(Failure::new(Reason::Syntax, "count")),
                None => String::new(),
            };
            (expression::evaluate_json(value, self)?, name)
        } else {
            return Err(Failure::new(Reason::Syntax, "count"));
        };
        let members = match members {
            Value::Known(Json::Array(members)) => members,
            Value::Known(Json::Null) => Vec::new(),
            Value::Known(_) => return Err(Failure::new(Reason::WrongType, "count")),
            Value::Unknown => return Ok(Value::Unknown),
        };
        if get(count, "value").is_some() && members.len() > MAX_COUNT_MEMBERS {
            return Err(Failure::new(Reason::TooLarge, "count"));
        }
        let mut n = 0_i64;
        for member in members {
            let inner = Context {
                parameters: self.parameters,
                resource: self.resource,
                current: self
                    .current
                    .iter()
                    .cloned()
                    .chain([(name.clone(), member)])
                    .collect(),
                unknown: RefCell::new(Vec::new()),
                read: RefCell::new(Vec::new()),
                budget: self.budget,
            };
            let truth = match get(count, "where") {
                Some(condition) => inner.holds(condition, &mut Vec::new())?,
                None => Truth::True,
            };
            self.unknown.borrow_mut().extend(inner.unknown.into_inner());
            match truth {
                Truth::True => n += 1,
                Truth::False => {}
                Truth::Unknown => return Ok(Value::Unknown),
            }
        }
        Ok(Value::Known(Json::from(n)))
    }

    fn unknowable(&self, field: &str) -> Value {
        self.unknown.borrow_mut().push(field.to_owned());
        Value::Unknown
    }
}

impl Scope for Context<'_> {
    fn parameter(&self, name: &str) -> Option<Value> {
        lookup(self.parameters, name).cloned().map(Value::Known)
    }

    fn field(&self, name: &str) -> Result<Value, Failure> {
        self.read.borrow_mut().push(name.to_owned());
        if let Some((_, member)) = self
            .current
            .iter()
            .rev()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
        {
            return Ok(Value::Known(member.clone()));
        }
        let resource = self.resource;
        let top = |key: &str| Value::Known(at_path(resource, key).cloned().unwrap_or(Json::Null));
        let lower = name.to_ascii_lowercase();
        Ok(match lower.as_str() {
            "type" | "name" | "location" | "kind" | "tags" | "identity.type" => top(name),
            // Known only once deployed: the workspace names a compute's full name and ID.
            "fullname" | "id" => self.unknowable(name),
            _ if lower.starts_with("tags") => match tag_name(name) {
                Some(tag) => Value::Known(
                    resource
                        .get("tags")
                        .and_then(Json::as_object)
                        .and_then(|tags| lookup(tags, &tag))
                        .cloned()
                        .unwrap_or(Json::Null),
                ),
                // The name may be computed from the resource: not shown.
                None => return Err(Failure::new(Reason::Syntax, "tags")),
            },
            _ => match alias::find(name) {
                Some(alias) if alias.status == AliasStatus::Stated => top(alias.path),
                Some(_) => self.unknowable(name),
                // Another resource type's alias: its value on a compute is absent.
                None if !lower.starts_with(&COMPUTES.to_ascii_lowercase()) => {
                    Value::Known(Json::Null)
                }
                None => self.unknowable(name),
            },
        })
    }

    fn spend(&self, units: usize) -> Result<(), Failure> {
        let left = self.budget.get();
        if units > left {
            self.budget.set(0);
            return Err(Failure::new(Reason::TooLarge, "work"));
        }
        self.budget.set(left - units);
        Ok(())
    }

    fn current(&self, name: Option<&str>) -> Option<Value> {
        let (_, member) = match name {
            Some(name) => self
                .current
                .iter()
                .rev()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))?,
            None => self.current.last()?,
        };
        Some(Value::Known(member.clone()))
    }
}

/// `tags['a.b']`, `tags['''quoted''']`, `tags.name`, `tags[name]`: the tag's name.
fn tag_name(field: &str) -> Option<String> {
    let rest = &field[4..];
    if let Some(name) = rest.strip_prefix('.') {
        return Some(name.to_owned());
    }
    let inner = rest.strip_prefix('[')?.strip_suffix(']')?;
    match inner.strip_prefix('\'').and_then(|i| i.strip_suffix('\'')) {
        Some(quoted) => Some(quoted.replace("''", "'")),
        None => Some(inner.to_owned()),
    }
}

/// A value at a dotted path, property names compared without regard to case.
fn at_path<'j>(json: &'j Json, path: &str) -> Option<&'j Json> {
    path.split('.')
        .try_fold(json, |node, key| lookup(node.as_object()?, key))
}

fn get<'m>(map: &'m Map<String, Json>, key: &str) -> Option<&'m Json> {
    lookup(map, key)
}

/// Whether `actual` meets `operator expected`.
fn compare(
    operator: &str,
    actual: &Json,
    expected: &Json,
    is_location: bool,
) -> Result<bool, Failure> {
    let absent = actual.is_null();
    Ok(match operator {
        "exists" => {
            let wanted = match expected {
                Json::Bool(b) => *b,
                Json::String(s) if s.eq_ignore_ascii_case("true") => true,
                Json::String(s) if s.eq_ignore_ascii_case("false") => false,
                _ => return Err(Failure::new(Reason::WrongType, "exists")),
            };
            wanted != absent
        }
        "equals" => !absent && same(actual, expected, is_location),
        "notEquals" => absent || !same(actual, expected, is_location),
        "in" | "notIn" => {
            let Json::Array(options) = expected else {
                return Err(Failure::new(Reason::WrongType, operator));
            };
            let found = !absent && options.iter().any(|o| same(actual, o, is_location));
            found == (operator == "in")
        }
        "like" | "notLike" => {
            let found = !absent && like(&to_text(actual), &to_text(expected));
            found == (operator == "like")
        }
        "match" | "notMatch" | "matchInsensitively" | "notMatchInsensitively" => {
            let insensitive = operator.ends_with("Insensitively");
            let found = !absent && matches(&to_text(actual), &to_text(expected), insensitive);
            found != operator.starts_with("not")
        }
        "contains" | "notContains" => {
            let found = match actual {
                Json::Null => false,
                Json::Array(items) => items.iter().any(|i| same(i, expected, false)),
                other => to_text(other)
                    .to_lowercase()
                    .contains(&to_text(expected).to_lowercase()),
            };
            found == (operator == "contains")
        }
        "containsKey" | "notContainsKey" => {
            let found = actual
                .as_object()
                .is_some_and(|map| lookup(map, &to_text(expected)).is_some());
            found == (operator == "containsKey")
        }
        _ => {
            if absent {
                return Ok(false);
            }
            let ordering = match (actual, expected) {
                (Json::Number(a), Json::Number(b)) => a.as_f64().partial_cmp(&b.as_f64()),
                (Json::String(a), Json::String(b)) => Some(a.to_lowercase().cmp(&b.to_lowercase())),
                _ => None,
            }
            // "If the property type doesn't match the condition type, an error is thrown."
            .ok_or_else(|| Failure::new(Reason::WrongType, operator))?;
            match operator {
                "less" => ordering.is_lt(),
                "lessOrEquals" => ordering.is_le(),
                "greater" => ordering.is_gt(),
                _ => ordering.is_ge(),
            }
        }
    })
}

/// Equality as conditions compare: strings without regard to case, a value and its text alike
/// (`true` equals `"true"`), locations in any spelling (`East US 2` is `eastus2`).
fn same(a: &Json, b: &Json, is_location: bool) -> bool {
    match (a, b) {
        (Json::Number(x), Json::Number(y)) => x.as_f64() == y.as_f64(),
        (Json::Array(x), Json::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q, false))
        }
        (Json::Object(x), Json::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| lookup(y, k).is_some_and(|w| same(v, w, false)))
        }
        (Json::Array(_) | Json::Object(_), _) | (_, Json::Array(_) | Json::Object(_)) => false,
        (Json::Null, Json::Null) => true,
        (Json::Null, _) | (_, Json::Null) => false,
        _ if is_location => location(&to_text(a)) == location(&to_text(b)),
        _ => to_text(a).to_lowercase() == to_text(b).to_lowercase(),
    }
}

fn location(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// `like`: `*` stands for any text; without regard to case.
pub(crate) fn like(text: &str, pattern: &str) -> bool {
    let (text, pattern) = (text.to_lowercase(), pattern.to_lowercase());
    match pattern.split_once('*') {
        None => text == pattern,
        Some((head, tail)) => {
            text.len() >= head.len() + tail.len()
                && text.starts_with(head)
                && like_tail(&text[head.len()..], tail)
        }
    }
}

fn like_tail(text: &str, pattern: &str) -> bool {
    match pattern.split_once('*') {
        None => text.ends_with(pattern),
        Some((part, rest)) => text
            .match_indices(part)
            .any(|(at, _)| like_tail(&text[at + part.len()..], rest)),
    }
}

/// `match`: `#` a digit, `?` a letter, `.` any character, anything else itself; the whole text.
fn matches(text: &str, pattern: &str, insensitive: bool) -> bool {
    let (t, p): (Vec<char>, Vec<char>) = (text.chars().collect(), pattern.chars().collect());
    t.len() == p.len()
        && t.iter().zip(&p).all(|(c, m)| match m {
            '#' => c.is_ascii_digit(),
            '?' => c.is_alphabetic(),
            '.' => true,
            _ if insensitive => c.to_lowercase().eq(m.to_lowercase()),
            _ => c == m,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn outcome(rule: &Json, resource: &Json) -> Outcome {
        evaluate(rule, &Map::new(), resource)
    }

    fn holds(rule: Json, resource: &Json) -> bool {
        matches!(outcome(&rule, resource), Outcome::Matches(_))
    }

    #[test]
    fn conditions_compare_as_the_docs_say() {
        let r = json!({"type": COMPUTES, "name": "Cpu-Cluster", "location": "West Europe",
            "tags": {"Cost.Center": "42", "team": "ml"},
            "properties": {"computeType": "AmlCompute", "properties": {"vmSize": "STANDARD_DS3_V2",
                "scaleSettings": {"maxNodeCount": 4}}}});
        let size = format!("{COMPUTES}/vmSize");
        assert!(holds(
            json!({"field": size, "equals": "Standard_DS3_v2"}),
            &r
        ));
        assert!(holds(
            json!({"field": size, "in": ["a", "standard_ds3_v2"]}),
            &r
        ));
        assert!(holds(json!({"field": size, "like": "standard_ds*_v2"}), &r));
        assert!(holds(json!({"field": "name", "match": "???-???????"}), &r));
        assert!(!holds(json!({"field": "name", "match": "cpu-cluster"}), &r));
        assert!(holds(
            json!({"field": "name", "matchInsensitively": "cpu-cluster"}),
            &r
        ));
        assert!(holds(json!({"field": "name", "contains": "CLUSTER"}), &r));
        assert!(holds(
            json!({"field": "location", "equals": "westeurope"}),
            &r
        ));
        assert!(holds(
            json!({"field": "tags['Cost.Center']", "equals": 42}),
            &r
        ));
        assert!(holds(json!({"field": "tags.team", "exists": true}), &r));
        assert!(holds(json!({"field": "tags", "containsKey": "TEAM"}), &r));
        let max = format!("{COMPUTES}/scaleSettings.maxNodeCount");
        assert!(holds(json!({"field": max, "greater": 3}), &r));
        assert!(!holds(json!({"field": max, "greater": 4}), &r));
        // Absent: false, but true for the negated conditions.
        let min = format!("{COMPUTES}/scaleSettings.minNodeCount");
        assert!(!holds(json!({"field": min, "greater": 0}), &r));
        assert!(!holds(json!({"field": min, "equals": 0}), &r));
        assert!(holds(json!({"field": min, "notEquals": 0}), &r));
        assert!(holds(json!({"field": min, "exists": "false"}), &r));
        // Unlike types cannot be ordered: Azure fails the evaluation.
        assert!(matches!(
            outcome(&json!({"field": size, "greater": 3}), &r),
            Outcome::Fails(Failure {
                reason: Reason::WrongType,
                ..
            })
        ));
        // `value` with a boolean function equals its text.
        assert!(holds(
            json!({"value": "[less(length(field('tags')), 3)]", "equals": "true"}),
            &r
        ));
    }

    #[test]
    fn logic_stops_at_the_first_decisive_member() {
        let r = json!({"type": "Microsoft.Storage/storageAccounts", "name": "a"});
        let failing = json!({"value": "[substring(field('name'), 0, 3)]", "equals": "abc"});
        let guarded = json!({"allOf": [{"field": "type", "equals": COMPUTES}, failing]});
        assert_eq!(outcome(&guarded, &r), Outcome::DoesNotApply);
        assert!(matches!(outcome(&failing, &r), Outcome::Fails(_)));
        let either = json!({"anyOf": [{"field": "name", "equals": "a"}, failing]});
        assert!(holds(either, &r));
        assert!(holds(json!({"not": {"field": "name", "equals": "b"}}), &r));
    }

    #[test]
    fn what_the_spec_cannot_state_is_unknown() {
        let r = json!({"type": COMPUTES, "properties": {"computeType": "ComputeInstance"}});
        let latest = json!({"field": format!("{COMPUTES}/osImageMetadata.isLatestOsImageVersion"), "equals": "false"});
        assert!(matches!(outcome(&latest, &r), Outcome::Unknown(fields) if fields.len() == 1));
        let unheard = json!({"field": format!("{COMPUTES}/somethingNew"), "equals": 1});
        assert!(matches!(outcome(&unheard, &r), Outcome::Unknown(_)));
        let group = json!({"value": "[resourceGroup().name]", "like": "*-ml"});
        assert!(matches!(outcome(&group, &r), Outcome::Unknown(_)));
        // An unknown member does not hide a decisive one.
        let decided = json!({"allOf": [unheard, {"field": "type", "equals": "other"}]});
        assert_eq!(outcome(&decided, &r), Outcome::DoesNotApply);
    }

    #[test]
    fn count_counts_members_that_meet_where() {
        let r = json!({"name": "prefix2_x"});
        let rule = json!({"count": {"value": ["prefix1_*", "prefix2_*"], "name": "pattern",
            "where": {"field": "name", "like": "[current('pattern')]"}}, "greater": 0});
        assert!(holds(rule, &r));
        let none = json!({"count": {"value": ["a*", "b*"], "where": {"field": "name", "like": "[current()]"}}, "equals": 0});
        assert!(holds(none, &r));
    }

    #[test]
    fn the_leaves_name_what_made_the_rule_hold() {
        let r = json!({"type": COMPUTES, "properties": {"properties": {"vmSize": "Standard_NC6"}}});
        let size = format!("{COMPUTES}/vmSize");
        let rule = json!({"allOf": [{"field": "type", "equals": COMPUTES},
            {"field": size, "notIn": ["Standard_DS3_v2"]}]});
        let Outcome::Matches(leaves) = outcome(&rule, &r) else {
            panic!("the rule holds");
        };
        assert_eq!(leaves[1].fields, vec![size]);
        assert_eq!(leaves[1].operator, "notIn");
        assert_eq!(leaves[1].expected, json!(["Standard_DS3_v2"]));
    }
}
