//! ARM template expressions as Azure Policy evaluates them: `"[concat('a', parameters('b'))]"`.
//!
//! A string is an expression when it starts with `[` and ends with `]`; `[[` escapes a literal
//! bracket. An expression is a function call, a string (`'it''s'`) or an integer, followed by any
//! number of `.property` and `[index]` accessors. Evaluation is pure: what the policy reads of the
//! resource comes from a [`Scope`], and whatever cannot be known before deployment (the resource
//! group, the time, the request) is [`Value::Unknown`], never a guess.

use serde_json::{Map, Number, Value as Json};

use super::{Failure, Reason};

/// The limits Azure enforces (Azure Policy docs, "Policy rule limits"): beyond them an evaluation
/// fails, which for a policy is an implicit deny.
pub(crate) const MAX_EXPRESSION_CHARS: usize = 81_920;
const MAX_NESTING: usize = 64;
const MAX_STRING_CHARS: usize = 131_072;
const MAX_NODES: usize = 32_768;
const MAX_ARGUMENTS: usize = 128;

/// A value during evaluation: JSON, or unknown before deployment.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A value the spec or the policy states.
    Known(Json),
    /// A value Azure fills in at deploy time (`resourceGroup()`, `utcNow()`, a property it sets).
    Unknown,
}

impl Value {
    fn known(json: Json) -> Value {
        Value::Known(json)
    }
}

/// What an expression may read: parameters, the resource's fields and `count`'s current member.
pub trait Scope {
    /// The value of parameter `name`, or `None` when the definition declares no such parameter.
    fn parameter(&self, name: &str) -> Option<Value>;
    /// The value of field `name` (`type`, `name`, `tags['x']`, an alias); `Json::Null` when absent.
    fn field(&self, name: &str) -> Result<Value, Failure>;
    /// `current(name)` inside a `count`'s `where`; `None` outside one.
    fn current(&self, name: Option<&str>) -> Option<Value>;
    /// Takes `units` of work from the evaluation's budget: a failure when it is spent, so no
    /// policy, however written, keeps the evaluator busy for long.
    fn spend(&self, units: usize) -> Result<(), Failure> {
        let _ = units;
        Ok(())
    }
}

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A literal string or integer.
    Literal(Json),
    /// `name(arguments)`.
    Call(String, Vec<Expr>),
    /// `target.property`.
    Property(Box<Expr>, String),
    /// `target[index]`.
    Index(Box<Expr>, Box<Expr>),
}

/// A JSON string from a policy read as Azure reads it: an expression when bracketed, else itself
/// (with a leading `[[` unescaped).
pub fn parse_template(text: &str) -> Result<Expr, Failure> {
    match text.strip_prefix('[') {
        Some(rest) if !rest.starts_with('[') && text.ends_with(']') && text.len() >= 2 => {
            let inner = &rest[..rest.len() - 1];
            if text.chars().count() > MAX_EXPRESSION_CHARS {
                return Err(Failure::new(Reason::TooLarge, text));
            }
            Parser::new(inner).parse_all()
        }
        Some(rest) if rest.starts_with('[') => Ok(Expr::Literal(Json::String(rest.to_owned()))),
        _ => Ok(Expr::Literal(Json::String(text.to_owned()))),
    }
}

/// A JSON value from a policy, evaluated: strings are templates, arrays and objects are walked.
pub fn evaluate_json(json: &Json, scope: &dyn Scope) -> Result<Value, Failure> {
    match json {
        Json::String(text) => evaluate(&parse_template(text)?, scope),
        other => Ok(Value::known(other.clone())),
    }
}

/// An expression's value.
pub(crate) fn evaluate(expr: &Expr, scope: &dyn Scope) -> Result<Value, Failure> {
    Evaluator { scope }.eval(expr)
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Parser<'a> {
        Parser {
            text,
            at: 0,
            depth: 0,
        }
    }

    fn error(&self) -> Failure {
        Failure::new(Reason::Syntax, self.text)
    }

    fn parse_all(mut self) -> Result<Expr, Failure> {
        let expr = self.expression()?;
        self.skip_space();
        if self.at == self.text.len() {
            Ok(expr)
        } else {
            Err(self.error())
        }
    }

    fn skip_space(&mut self) {
        let rest = &self.text[self.at..];
        self.at += rest.len() - rest.trim_start().len();
    }

    fn peek(&self) -> Option<char> {
        self.text[self.at..].chars().next()
    }

    fn eat(&mut self, c: char) -> bool {
        self.skip_space();
        if self.peek() == Some(c) {
            self.at += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn expression(&mut self) -> Result<Expr, Failure> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(Failure::new(Reason::TooLarge, self.text));
        }
        let mut expr = self.primary()?;
        loop {
            if self.eat('.') {
                let name = self.identifier()?;
                expr = Expr::Property(Box::new(expr), name);
            } else if self.eat('[') {
                let index = self.expression()?;
                if !self.eat(']') {
                    return Err(self.error());
                }
                expr = Expr::Index(Box::new(expr), Box::new(index));
            } else {
                break;
            }
        }
        self.depth -= 1;
        Ok(expr)
    }

    fn primary(&mut self) -> Result<Expr, Failure> {
        self.skip_space();
        match self.peek() {
            Some('\'') => self.string(),
            Some(c) if c.is_ascii_digit() || c == '-' => self.integer(),
            Some(c) if c.is_ascii_alphabetic() => {
                let name = self.identifier()?;
                if !self.eat('(') {
                    return Err(self.error());
                }
                let mut arguments = Vec::new();
                if !self.eat(')') {
                    loop {
                        arguments.push(self.expression()?);
                        if arguments.len() > MAX_ARGUMENTS {
                            return Err(Failure::new(Reason::TooLarge, self.text));
                        }
                        if self.eat(')') {
                            break;
                        }
                        if !self.eat(',') {
                            return Err(self.error());
                        }
                    }
                }
                Ok(Expr::Call(name, arguments))
            }
            _ => Err(self.error()),
        }
    }

    fn identifier(&mut self) -> Result<String, Failure> {
        self.skip_space();
        let rest = &self.text[self.at..];
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if len == 0 {
            return Err(self.error());
        }
        self.at += len;
        Ok(rest[..len].to_owned())
    }

    fn string(&mut self) -> Result<Expr, Failure> {
        // The opening quote; `''` inside is one quote.
        self.at += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.at..];
            let Some(end) = rest.find('\'') else {
                return Err(self.error());
            };
            out.push_str(&rest[..end]);
            self.at += end + 1;
            if self.text[self.at..].starts_with('\'') {
                out.push('\'');
                self.at += 1;
            } else {
                return Ok(Expr::Literal(Json::String(out)));
            }
        }
    }

    fn integer(&mut self) -> Result<Expr, Failure> {
        let rest = &self.text[self.at..];
        let sign = usize::from(rest.starts_with('-'));
        let digits = rest[sign..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len() - sign);
        let text = &rest[..sign + digits];
        let value: i64 = text.parse().map_err(|_| self.error())?;
        self.at += text.len();
        Ok(Expr::Literal(Json::from(value)))
    }
}

struct Evaluator<'s> {
    scope: &'s dyn Scope,
}

/// Shorthand: every argument known, or the call's value is unknown.
macro_rules! known {
    ($values:expr) => {
        match known_all($values) {
            Some(values) => values,
            None => return Ok(Value::Unknown),
        }
    };
}

fn known_all(values: Vec<Value>) -> Option<Vec<Json>> {
    values
        .into_iter()
        .map(|v| match v {
            Value::Known(json) => Some(json),
            Value::Unknown => None,
        })
        .collect()
}

impl Evaluator<'_> {
    fn eval(&self, expr: &Expr) -> Result<Value, Failure> {
        let value = match expr {
            Expr::Literal(json) => Value::known(json.clone()),
            Expr::Call(name, arguments) => self.call(name, arguments)?,
            Expr::Property(target, property) => match self.eval(target)? {
                Value::Known(Json::Object(map)) => lookup(&map, property)
                    .cloned()
                    .map(Value::known)
                    .ok_or_else(|| Failure::new(Reason::NoSuchProperty, property))?,
                Value::Known(_) => return Err(Failure::new(Reason::NoSuchProperty, property)),
                Value::Unknown => Value::Unknown,
            },
            Expr::Index(target, index) => {
                let (target, index) = (self.eval(target)?, self.eval(index)?);
                match (target, index) {
                    (Value::Known(Json::Array(items)), Value::Known(Json::Number(n))) => n
                        .as_u64()
                        .and_then(|i| items.get(usize::try_from(i).ok()?))
                        .cloned()
                        .map(Value::known)
                        .ok_or_else(|| Failure::new(Reason::OutOfRange, "[]"))?,
                    // The key may come from the resource: the failure names only the accessor.
                    (Value::Known(Json::Object(map)), Value::Known(Json::String(key))) => {
                        lookup(&map, &key)
                            .cloned()
                            .map(Value::known)
                            .ok_or_else(|| Failure::new(Reason::NoSuchProperty, "[]"))?
                    }
                    (Value::Unknown, _) | (_, Value::Unknown) => Value::Unknown,
                    _ => return Err(Failure::new(Reason::WrongType, "[]")),
                }
            }
        };
        if let Value::Known(json) = &value {
            self.scope.spend(check_size(json)?)?;
        }
        Ok(value)
    }

    fn arguments(&self, arguments: &[Expr]) -> Result<Vec<Value>, Failure> {
        arguments.iter().map(|a| self.eval(a)).collect()
    }

    #[allow(clippy::too_many_lines)] // One arm per function: a table reads best as one match.
    fn call(&self, name: &str, arguments: &[Expr]) -> Result<Value, Failure> {
        let lower = name.to_ascii_lowercase();
        let function = lower.as_str();
        let count = |min: usize, max: usize| {
            if (min..=max).contains(&arguments.len()) {
                Ok(())
            } else {
                Err(Failure::new(Reason::ArgumentCount, name))
            }
        };
        // `if` evaluates only the branch it takes: it is how a policy avoids failing on a value.
        if function == "if" {
            count(3, 3)?;
            return match self.eval(&arguments[0])? {
                Value::Known(Json::Bool(true)) => self.eval(&arguments[1]),
                Value::Known(Json::Bool(false)) => self.eval(&arguments[2]),
                Value::Known(_) => Err(Failure::new(Reason::WrongType, name)),
                Value::Unknown => Ok(Value::Unknown),
            };
        }
        match function {
            "parameters" => {
                count(1, 1)?;
                let values = known!(self.arguments(arguments)?);
                let [Json::String(parameter)] = values.as_slice() else {
                    return Err(Failure::new(Reason::WrongType, name));
                };
                // A name computed from the resource is not shown; one the policy writes is.
                let shown = match &arguments[0] {
                    Expr::Literal(_) => parameter.as_str(),
                    _ => name,
                };
                return self
                    .scope
                    .parameter(parameter)
                    .ok_or_else(|| Failure::new(Reason::NoSuchParameter, shown));
            }
            "field" => {
                count(1, 1)?;
                let values = known!(self.arguments(arguments)?);
                let [Json::String(field)] = values.as_slice() else {
                    return Err(Failure::new(Reason::WrongType, name));
                };
                return self.scope.field(field);
            }
            "current" => {
                count(0, 1)?;
                let values = known!(self.arguments(arguments)?);
                let index = match values.first() {
                    Some(Json::String(index)) => Some(index.as_str()),
                    Some(_) => return Err(Failure::new(Reason::WrongType, name)),
                    None => None,
                };
                return self
                    .scope
                    .current(index)
                    .ok_or_else(|| Failure::new(Reason::OutsideCount, name));
            }
            // What only deployment knows.
            "resourcegroup" | "subscription" | "requestcontext" | "utcnow" | "policy"
            | "adddays" | "iprangecontains" | "newguid" | "guid" | "uniquestring" => {
                return Ok(Value::Unknown);
            }
            _ => {}
        }
        let args = known!(self.arguments(arguments)?);
        let fail = |reason| Err(Failure::new(reason, name));
        let json = match (function, args.as_slice()) {
            ("true", []) => Json::Bool(true),
            ("false", []) => Json::Bool(false),
            ("null", []) => Json::Null,
            ("string", [value]) => Json::String(to_text(value)),
            ("int", [value]) => {
                Json::from(to_int(value).ok_or_else(|| Failure::new(Reason::NotAnInteger, name))?)
            }
            ("bool", [value]) => Json::Bool(match value {
                Json::Bool(b) => *b,
                Json::Number(n) => n.as_i64() != Some(0),
                Json::String(s) if s.eq_ignore_ascii_case("true") => true,
                Json::String(s) if s.eq_ignore_ascii_case("false") => false,
                _ => return fail(Reason::WrongType),
            }),
            ("json", [Json::String(text)]) => {
                serde_json::from_str(text).map_err(|_| Failure::new(Reason::WrongType, name))?
            }
            ("tolower", [Json::String(s)]) => Json::String(s.to_lowercase()),
            ("toupper", [Json::String(s)]) => Json::String(s.to_uppercase()),
            ("trim", [Json::String(s)]) => Json::String(s.trim().to_owned()),
            ("concat", values) if values.iter().all(Json::is_array) => Json::Array(
                values
                    .iter()
                    .flat_map(|v| v.as_array().into_iter().flatten().cloned())
                    .collect(),
            ),
            ("concat", values) if values.iter().all(is_scalar) => {
                Json::String(values.iter().map(to_text).collect())
            }
            ("split", [Json::String(s), delimiter]) => {
                let delimiters: Vec<&str> = match delimiter {
                    Json::String(d) => vec![d.as_str()],
                    Json::Array(ds) => ds.iter().filter_map(Json::as_str).collect(),
                    _ => return fail(Reason::WrongType),
                };
                Json::Array(
                    split_any(s, &delimiters)
                        .into_iter()
                        .map(Json::from)
                        .collect(),
                )
            }
            ("replace", [Json::String(s), Json::String(old), Json::String(new)]) => {
                if old.is_empty() {
                    return fail(Reason::WrongType);
                }
                Json::String(s.replace(old.as_str(), new))
            }
            ("substring", [Json::String(s), start, rest @ ..]) if rest.len() <= 1 => {
                let chars: Vec<char> = s.chars().collect();
                let start = index(start, chars.len())
                    .ok_or_else(|| Failure::new(Reason::OutOfRange, name))?;
                let len = match rest.first() {
                    Some(len) => index(len, chars.len() - start)
                        .ok_or_else(|| Failure::new(Reason::OutOfRange, name))?,
                    None => chars.len() - start,
                };
                Json::String(chars[start..start + len].iter().collect())
            }
            ("indexof", [Json::String(s), Json::String(needle)]) => {
                Json::from(char_index(s, s.to_lowercase().find(&needle.to_lowercase())))
            }
            ("lastindexof", [Json::String(s), Json::String(needle)]) => Json::from(char_index(
                s,
                s.to_lowercase().rfind(&needle.to_lowercase()),
            )),
            ("startswith", [Json::String(s), Json::String(p)]) => {
                Json::Bool(s.to_lowercase().starts_with(&p.to_lowercase()))
            }
            ("endswith", [Json::String(s), Json::String(p)]) => {
                Json::Bool(s.to_lowercase().ends_with(&p.to_lowercase()))
            }
            ("padleft", [value, width, rest @ ..]) if rest.len() <= 1 => {
                let text = to_text(value);
                let pad = match rest.first() {
                    Some(Json::String(p)) if p.chars().count() == 1 => p.chars().next(),
                    None => Some(' '),
                    _ => None,
                }
                .ok_or_else(|| Failure::new(Reason::WrongType, name))?;
                let width = to_int(width)
                    .and_then(|w| usize::try_from(w).ok())
                    .filter(|w| *w <= MAX_STRING_CHARS)
                    .ok_or_else(|| Failure::new(Reason::OutOfRange, name))?;
                let missing = width.saturating_sub(text.chars().count());
                Json::String(
                    std::iter::repeat_n(pad, missing)
                        .chain(text.chars())
                        .collect(),
                )
            }
            ("format", [Json::String(template), values @ ..]) => Json::String(
                format(template, values).ok_or_else(|| Failure::new(Reason::WrongType, name))?,
            ),
            ("length", [Json::String(s)]) => Json::from(s.chars().count()),
            ("length", [Json::Array(items)]) => Json::from(items.len()),
            ("length", [Json::Object(map)]) => Json::from(map.len()),
            ("empty", [value]) => Json::Bool(match value {
                Json::Null => true,
                Json::String(s) => s.is_empty(),
                Json::Array(items) => items.is_empty(),
                Json::Object(map) => map.is_empty(),
                _ => return fail(Reason::WrongType),
            }),
            ("first", [Json::String(s)]) => Json::String(s.chars().take(1).collect()),
            ("first", [Json::Array(items)]) => items.first().cloned().unwrap_or(Json::Null),
            ("last", [Json::String(s)]) => {
                Json::String(s.chars().last().map(String::from).unwrap_or_default())
            }
            ("last", [Json::Array(items)]) => items.last().cloned().unwrap_or(Json::Null),
            ("take", [Json::String(s), n]) => {
                Json::String(s.chars().take(clamp(n, name)?).collect())
            }
            ("take", [Json::Array(items), n]) => {
                Json::Array(items.iter().take(clamp(n, name)?).cloned().collect())
            }
            ("skip", [Json::String(s), n]) => {
                Json::String(s.chars().skip(clamp(n, name)?).collect())
            }
            ("skip", [Json::Array(items), n]) => {
                Json::Array(items.iter().skip(clamp(n, name)?).cloned().collect())
            }
            // "The string comparison is case-sensitive" (ARM docs, contains).
            ("contains", [Json::String(s), needle]) => Json::Bool(s.contains(&to_text(needle))),
            ("contains", [Json::Array(items), needle]) => Json::Bool(items.contains(needle)),
            ("contains", [Json::Object(map), Json::String(key)]) => {
                Json::Bool(lookup(map, key).is_some())
            }
            ("createarray", values) => Json::Array(values.to_vec()),
            ("array", [Json::Array(items)]) => Json::Array(items.clone()),
            ("array", [value]) => Json::Array(vec![value.clone()]),
            ("createobject", values) if values.len() % 2 == 0 => {
                let mut map = Map::new();
                for pair in values.chunks(2) {
                    let Json::String(key) = &pair[0] else {
                        return fail(Reason::WrongType);
                    };
                    map.insert(key.clone(), pair[1].clone());
                }
                Json::Object(map)
            }
            ("union", values) if values.iter().all(Json::is_object) => {
                let mut map = Map::new();
                for value in values {
                    for (k, v) in value.as_object().into_iter().flatten() {
                        map.insert(k.clone(), v.clone());
                    }
                }
                Json::Object(map)
            }
            ("union", values) if values.iter().all(Json::is_array) => {
                let mut out: Vec<Json> = Vec::new();
                for item in values
                    .iter()
                    .flat_map(|v| v.as_array().into_iter().flatten())
                {
                    if !out.contains(item) {
                        out.push(item.clone());
                    }
                }
                Json::Array(out)
            }
            ("intersection", [Json::Array(first), rest @ ..]) => {
                let mut out: Vec<Json> = Vec::new();
                for item in first {
                    let everywhere = rest
                        .iter()
                        .all(|other| other.as_array().is_some_and(|o| o.contains(item)));
                    if everywhere && !out.contains(item) {
                        out.push(item.clone());
                    }
                }
                Json::Array(out)
            }
            ("join", [Json::Array(items), Json::String(delimiter)]) => Json::String(
                items
                    .iter()
                    .map(to_text)
                    .collect::<Vec<_>>()
                    .join(delimiter),
            ),
            ("tryget", [Json::Object(map), Json::String(key)]) => {
                lookup(map, key).cloned().unwrap_or(Json::Null)
            }
            ("tryget", [Json::Array(items), n]) => to_int(n)
                .and_then(|i| usize::try_from(i).ok())
                .and_then(|i| items.get(i).cloned())
                .unwrap_or(Json::Null),
            ("coalesce", values) => values
                .iter()
                .find(|v| !v.is_null())
                .cloned()
                .unwrap_or(Json::Null),
            ("equals", [a, b]) => Json::Bool(a == b),
            ("not", [Json::Bool(b)]) => Json::Bool(!b),
            ("and", values) if values.len() >= 2 && values.iter().all(Json::is_boolean) => {
                Json::Bool(values.iter().all(|v| v == &Json::Bool(true)))
            }
            ("or", values) if values.len() >= 2 && values.iter().all(Json::is_boolean) => {
                Json::Bool(values.iter().any(|v| v == &Json::Bool(true)))
            }
            ("less" | "lessorequals" | "greater" | "greaterorequals", [a, b]) => {
                let ordering = match (a, b) {
                    (Json::Number(x), Json::Number(y)) => number(x).partial_cmp(&number(y)),
                    (Json::String(x), Json::String(y)) => Some(x.cmp(y)),
                    _ => None,
                }
                .ok_or_else(|| Failure::new(Reason::WrongType, name))?;
                Json::Bool(match function {
                    "less" => ordering.is_lt(),
                    "lessorequals" => ordering.is_le(),
                    "greater" => ordering.is_gt(),
                    _ => ordering.is_ge(),
                })
            }
            ("add" | "sub" | "mul" | "div" | "mod", [a, b]) => {
                let (Some(x), Some(y)) = (a.as_i64(), b.as_i64()) else {
                    return fail(Reason::WrongType);
                };
                let result = match function {
                    "add" => x.checked_add(y),
                    "sub" => x.checked_sub(y),
                    "mul" => x.checked_mul(y),
                    "div" => x.checked_div(y),
                    _ => x.checked_rem(y),
                };
                Json::from(result.ok_or_else(|| Failure::new(Reason::OutOfRange, name))?)
            }
            ("min" | "max", values) if !values.is_empty() => {
                let numbers: Option<Vec<i64>> = values
                    .iter()
                    .flat_map(|v| match v {
                        Json::Array(items) => items.clone(),
                        other => vec![other.clone()],
                    })
                    .map(|v| v.as_i64())
                    .collect();
                let numbers = numbers.ok_or_else(|| Failure::new(Reason::WrongType, name))?;
                let pick = if function == "min" {
                    numbers.iter().min()
                } else {
                    numbers.iter().max()
                };
                Json::from(*pick.ok_or_else(|| Failure::new(Reason::OutOfRange, name))?)
            }
            ("range", [start, n]) => {
                let (Some(start), Some(n)) = (start.as_i64(), to_int(n)) else {
                    return fail(Reason::WrongType);
                };
                let n = usize::try_from(n)
                    .ok()
                    .filter(|n| *n <= MAX_NODES)
                    .ok_or_else(|| Failure::new(Reason::OutOfRange, name))?;
                let end = start
                    .checked_add(i64::try_from(n).unwrap_or(i64::MAX))
                    .ok_or_else(|| Failure::new(Reason::OutOfRange, name))?;
                Json::Array((start..end).map(Json::from).collect())
            }
            _ if is_known_function(function) => return fail(Reason::WrongType),
            _ => return fail(Reason::UnknownFunction),
        };
        Ok(Value::known(json))
    }
}

/// The functions this evaluator implements, or knows to be unknowable before deployment: a name
/// outside this list is one Azure would refuse (or amlint has yet to learn), said as such.
fn is_known_function(function: &str) -> bool {
    const KNOWN: &[&str] = &[
        "true",
        "false",
        "null",
        "string",
        "int",
        "bool",
        "json",
        "tolower",
        "toupper",
        "trim",
        "concat",
        "split",
        "replace",
        "substring",
        "indexof",
        "lastindexof",
        "startswith",
        "endswith",
        "padleft",
        "format",
        "length",
        "empty",
        "first",
        "last",
        "take",
        "skip",
        "contains",
        "createarray",
        "array",
        "createobject",
        "union",
        "intersection",
        "join",
        "tryget",
        "coalesce",
        "equals",
        "not",
        "and",
        "or",
        "less",
        "lessorequals",
        "greater",
        "greaterorequals",
        "add",
        "sub",
        "mul",
        "div",
        "mod",
        "min",
        "max",
        "range",
    ];
    KNOWN.contains(&function)
}

/// A property of an object as Azure finds it: names compare without regard to case.
pub(crate) fn lookup<'m>(map: &'m Map<String, Json>, key: &str) -> Option<&'m Json> {
    map.get(key).or_else(|| {
        map.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    })
}

/// Azure's limits on a function's result (nesting 128, 32,768 nodes, strings of 131,072
/// characters); the work it stands for, in nodes and kilobytes of text, when within them.
fn check_size(json: &Json) -> Result<usize, Failure> {
    fn nodes(json: &Json, depth: usize, budget: &mut usize, work: &mut usize) -> bool {
        if depth > 128 || *budget == 0 {
            return false;
        }
        *budget -= 1;
        *work += 1;
        match json {
            Json::String(s) => {
                *work += s.len() / 1024;
                s.len() <= MAX_STRING_CHARS * 4 && s.chars().count() <= MAX_STRING_CHARS
            }
            Json::Array(items) => items.iter().all(|i| nodes(i, depth + 1, budget, work)),
            Json::Object(map) => map.values().all(|v| nodes(v, depth + 1, budget, work)),
            _ => true,
        }
    }
    let (mut budget, mut work) = (MAX_NODES, 0);
    if nodes(json, 0, &mut budget, &mut work) {
        Ok(work)
    } else {
        Err(Failure::new(Reason::TooLarge, ""))
    }
}

fn is_scalar(json: &Json) -> bool {
    matches!(json, Json::String(_) | Json::Number(_) | Json::Bool(_))
}

/// A value as text, as `string()` writes it.
pub(crate) fn to_text(json: &Json) -> String {
    match json {
        Json::String(s) => s.clone(),
        Json::Null => String::new(),
        Json::Bool(b) => if *b { "True" } else { "False" }.to_owned(),
        other => other.to_string(),
    }
}

/// `int()`: an integer, or a string holding one (no sign but `-`, no spaces, no fraction).
fn to_int(json: &Json) -> Option<i64> {
    match json {
        Json::Number(n) => n.as_i64(),
        Json::String(s) => {
            let digits = s.strip_prefix('-').unwrap_or(s);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            s.parse().ok()
        }
        _ => None,
    }
}

fn number(n: &Number) -> f64 {
    n.as_f64().unwrap_or(f64::NAN)
}

fn index(json: &Json, limit: usize) -> Option<usize> {
    to_int(json)
        .and_then(|i| usize::try_from(i).ok())
        .filter(|i| *i <= limit)
}

fn clamp(json: &Json, name: &str) -> Result<usize, Failure> {
    let n = to_int(json).ok_or_else(|| Failure::new(Reason::WrongType, name))?;
    Ok(usize::try_from(n.max(0)).unwrap_or(usize::MAX))
}

fn char_index(s: &str, byte: Option<usize>) -> i64 {
    byte.map_or(-1, |b| {
        // The byte offset in the lowered text; lowering keeps ASCII offsets, and the count of
        // characters before it is what ARM returns.
        i64::try_from(s.to_lowercase()[..b].chars().count()).unwrap_or(-1)
    })
}

/// `split` with several delimiters, keeping empty pieces as .NET's `String.Split` does.
fn split_any<'s>(text: &'s str, delimiters: &[&str]) -> Vec<&'s str> {
    let delimiters: Vec<&str> = delimiters
        .iter()
        .copied()
        .filter(|d| !d.is_empty())
        .collect();
    if delimiters.is_empty() {
        return vec![text];
    }
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at < text.len() {
        if let Some(d) = delimiters.iter().find(|d| text[at..].starts_with(**d)) {
            pieces.push(&text[start..at]);
            at += d.len();
            start = at;
        } else {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
    }
    pieces.push(&text[start..]);
    pieces
}

/// `format('{0} and {1}', a, b)`: composite formatting with indexes (no format specifiers).
fn format(template: &str, values: &[Json]) -> Option<String> {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find(['{', '}']) {
        out.push_str(&rest[..open]);
        let tail = &rest[open..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
            continue;
        }
        if tail.starts_with('}') {
            return None;
        }
        let close = tail.find('}')?;
        let index: usize = tail[1..close].trim().parse().ok()?;
        out.push_str(&to_text(values.get(index)?));
        rest = &tail[close + 1..];
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    struct Empty;
    impl Scope for Empty {
        fn parameter(&self, name: &str) -> Option<Value> {
            (name == "list").then(|| Value::Known(json!(["a", "b"])))
        }
        fn field(&self, _: &str) -> Result<Value, Failure> {
            Ok(Value::Known(Json::Null))
        }
        fn current(&self, _: Option<&str>) -> Option<Value> {
            None
        }
    }

    fn eval(text: &str) -> Result<Json, Reason> {
        match evaluate(&parse_template(text).map_err(|f| f.reason)?, &Empty) {
            Ok(Value::Known(json)) => Ok(json),
            Ok(Value::Unknown) => Ok(json!("<unknown>")),
            Err(failure) => Err(failure.reason),
        }
    }

    /// The examples of the ARM template function reference (Azure Resource Manager docs,
    /// template-functions-string, -array, -comparison, -logical, -numeric), with their documented
    /// results.
    #[test]
    fn the_documented_examples_give_the_documented_results() {
        let cases: &[(&str, Json)] = &[
            ("[concat('prefix', '-', 'abc')]", json!("prefix-abc")),
            (
                "[concat(createArray('1-1', '1-2'), createArray('2-1'))]",
                json!(["1-1", "1-2", "2-1"]),
            ),
            (
                "[split('one,two,three', ',')]",
                json!(["one", "two", "three"]),
            ),
            (
                "[split('one;two,three', createArray(',', ';'))]",
                json!(["one", "two", "three"]),
            ),
            ("[replace('123-123-1234', '-', '')]", json!("1231231234")),
            (
                "[replace('123-123-1234', '1234', 'xxxx')]",
                json!("123-123-xxxx"),
            ),
            ("[last('One Two Three')]", json!("e")),
            ("[last(createArray('one', 'two', 'three'))]", json!("three")),
            ("[first('One Two Three')]", json!("O")),
            ("[int('4')]", json!(4)),
            ("[toLower('One Two Three')]", json!("one two three")),
            ("[toUpper('One Two Three')]", json!("ONE TWO THREE")),
            ("[substring('one two three', 4, 3)]", json!("two")),
            ("[indexOf('test', 't')]", json!(0)),
            ("[indexOf('abcdef', 'CD')]", json!(2)),
            ("[lastIndexOf('test', 't')]", json!(3)),
            ("[indexOf('abcdef', 'z')]", json!(-1)),
            ("[startsWith('abcdef', 'ab')]", json!(true)),
            ("[startsWith('abcdef', 'A')]", json!(true)),
            ("[endsWith('abcdef', 'ef')]", json!(true)),
            ("[endsWith('abcdef', 'e')]", json!(false)),
            ("[padLeft('123', 10, '0')]", json!("0000000123")),
            ("[trim('    one two three   ')]", json!("one two three")),
            (
                "[format('{0}, {1}.', 'Hello', 'User')]",
                json!("Hello, User."),
            ),
            ("[length('One Two Three')]", json!(13)),
            ("[length(createArray('one', 'two', 'three'))]", json!(3)),
            ("[empty('')]", json!(true)),
            ("[empty(createArray())]", json!(true)),
            ("[empty(null())]", json!(true)),
            ("[contains('OneTwoThree', 'e')]", json!(true)),
            ("[contains('OneTwoThree', 'z')]", json!(false)),
            ("[contains('OneTwoThree', 'two')]", json!(false)),
            (
                "[contains(createArray('one', 'two', 'three'), 'two')]",
                json!(true),
            ),
            ("[take('one two three', 2)]", json!("on")),
            ("[skip('one two three', 4)]", json!("two three")),
            ("[if(equals('a', 'a'), 'yes', 'no')]", json!("yes")),
            ("[and(true(), false())]", json!(false)),
            ("[or(true(), false())]", json!(true)),
            ("[not(equals(1, 2))]", json!(true)),
            ("[greater(10, 5)]", json!(true)),
            ("[greater('A', 'a')]", json!(false)),
            ("[lessOrEquals(10, 10)]", json!(true)),
            ("[add(5, 3)]", json!(8)),
            ("[sub(7, 3)]", json!(4)),
            ("[mul(5, 3)]", json!(15)),
            ("[div(8, 3)]", json!(2)),
            ("[mod(7, 3)]", json!(1)),
            ("[min(createArray(0, 3, 2, 5, 4))]", json!(0)),
            ("[max(0, 3, 2, 5, 4)]", json!(5)),
            ("[coalesce(null(), 'fallback')]", json!("fallback")),
            (
                "[union(createArray('one', 'two'), createArray('two', 'three'))]",
                json!(["one", "two", "three"]),
            ),
            (
                "[intersection(createArray('one', 'two'), createArray('two', 'three'))]",
                json!(["two"]),
            ),
            ("[range(1, 3)]", json!([1, 2, 3])),
            ("[json('{\"a\": 1}').a]", json!(1)),
            ("[createObject('a', 1)['a']]", json!(1)),
            ("[parameters('list')[1]]", json!("b")),
            ("[string(1)]", json!("1")),
            ("[bool('true')]", json!(true)),
            ("['it''s']", json!("it's")),
            ("[[not an expression]", json!("[not an expression]")),
            ("plain text", json!("plain text")),
            ("[resourceGroup().name]", json!("<unknown>")),
        ];
        for (text, expected) in cases {
            assert_eq!(eval(text).as_ref(), Ok(expected), "{text}");
        }
    }

    #[test]
    fn failures_are_failures() {
        let cases: &[(&str, Reason)] = &[
            ("[int('')]", Reason::NotAnInteger),
            ("[int('4.5')]", Reason::NotAnInteger),
            ("[substring('ab', 0, 3)]", Reason::OutOfRange),
            ("[div(1, 0)]", Reason::OutOfRange),
            ("[parameters('missing')]", Reason::NoSuchParameter),
            ("[nosuchfunction()]", Reason::UnknownFunction),
            ("[concat('a']", Reason::Syntax),
            ("[if(1, 'a', 'b')]", Reason::WrongType),
            ("[greater(1, 'a')]", Reason::WrongType),
            ("[current()]", Reason::OutsideCount),
            ("[json('{}').missing]", Reason::NoSuchProperty),
        ];
        for (text, reason) in cases {
            assert_eq!(eval(text), Err(*reason), "{text}");
        }
        // `if` evaluates only the branch it takes.
        assert_eq!(eval("[if(true(), 'ok', int(''))]"), Ok(json!("ok")));
    }

    #[test]
    fn nesting_and_size_are_bounded() {
        let deep = format!("[{}1{}]", "string(".repeat(100), ")".repeat(100));
        assert_eq!(eval(&deep), Err(Reason::TooLarge));
        let long = "[padLeft('a', 200000, 'b')]";
        assert_eq!(eval(long), Err(Reason::OutOfRange));
        let wide = "[range(0, 40000)]";
        assert_eq!(eval(wide), Err(Reason::OutOfRange));
    }
}
