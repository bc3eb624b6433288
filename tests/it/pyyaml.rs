//! amlint reads YAML as PyYAML does (what `az ml` reads specs with), checked against PyYAML's own
//! results in `tests/fixtures/pyyaml.json` (written by `scripts/pyyaml-fixture.py`): 4,000
//! generated plain scalars, and hand-written documents.

use amlint::yaml::{Limits, Node, Strings, Value, parse};
use amlint::{Options, check_text};
use serde_json::Value as Json;

const FIXTURE: &str = include_str!("../fixtures/pyyaml.json");

fn fixture(section: &str) -> Vec<Json> {
    let all: Json = serde_json::from_str(FIXTURE).unwrap();
    all[section].as_array().unwrap().clone()
}

/// Where PyYAML and amlint disagree on a plain scalar: amlint's reading of it, if they do.
fn disagreement(scalar: &str, verdict: &str) -> Option<String> {
    let text = format!("v: {scalar}");
    let strings = Strings::new();
    let parsed = parse(&text, &strings, Limits::default());
    let root = parsed.documents.into_iter().next().flatten().unwrap();
    let value = &root.get("v").unwrap().value;
    (!agrees(verdict, value, scalar)).then(|| format!("{value:?}"))
}

fn agrees(verdict: &str, value: &Value<'_>, scalar: &str) -> bool {
    let (kind, expected) = verdict.split_once(':').unwrap_or((verdict, ""));
    match (kind, value) {
        ("str", Value::Str(s)) => *s == scalar,
        ("timestamp", Value::Timestamp(s)) => *s == scalar,
        ("null", Value::Null) => true,
        ("bool", Value::Bool(b)) => b.to_string() == expected,
        ("int", Value::Int(i)) => i.to_string() == expected,
        ("int", Value::BigInt(text)) => expected == "big" && *text == scalar,
        ("float", Value::Float(f)) => match expected {
            "nan" => f.is_nan(),
            "inf" => *f == f64::INFINITY,
            "-inf" => *f == f64::NEG_INFINITY,
            // Python's repr and Rust's parse both round-trip exactly.
            _ => expected.parse::<f64>().is_ok_and(|e| e == *f),
        },
        _ => false,
    }
}

#[test]
fn plain_scalars_resolve_as_pyyaml_resolves_them() {
    let cases = fixture("scalars");
    assert!(cases.len() > 3000);
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let (scalar, verdict) = (case[0].as_str()?, case[1].as_str()?);
            disagreement(scalar, verdict)
                .map(|value| format!("{scalar:?}: PyYAML {verdict}, amlint {value}"))
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} disagree:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Whether amlint's tree is what PyYAML loaded (as the fixture writes it: JSON, with markers for
/// timestamps and non-finite floats, and keys as Python's `str()` of them).
fn same(node: Option<&Node<'_>>, expected: &Json) -> bool {
    let Some(node) = node else {
        return expected.is_null();
    };
    match (&node.value, expected) {
        (Value::Timestamp(_), Json::Object(m)) => m.contains_key("$timestamp"),
        (Value::Float(f), Json::Object(m)) if m.contains_key("$float") => {
            match m["$float"].as_str() {
                Some("nan") => f.is_nan(),
                Some("inf") => *f == f64::INFINITY,
                _ => *f == f64::NEG_INFINITY,
            }
        }
        (Value::Null, Json::Null) => true,
        (Value::Bool(b), Json::Bool(e)) => b == e,
        (Value::Int(i), Json::Number(n)) => n.as_i64() == Some(*i),
        (Value::Float(f), Json::Number(n)) => n.as_f64() == Some(*f),
        (Value::Str(s), Json::String(e)) => s == e,
        (Value::Seq(items), Json::Array(list)) => {
            items.len() == list.len() && items.iter().zip(list).all(|(n, e)| same(Some(n), e))
        }
        (Value::Map(entries), Json::Object(map)) if map.contains_key("$pairs") => {
            let pairs = map["$pairs"].as_array().unwrap();
            entries.len() == pairs.len()
                && entries.iter().zip(pairs).all(|(entry, pair)| {
                    same_key(&entry.key, &pair[0]) && same(Some(&entry.value), &pair[1])
                })
        }
        (Value::Map(entries), Json::Object(map)) => {
            entries.len() == map.len()
                && entries.iter().all(|entry| {
                    entry
                        .key_str()
                        .is_some_and(|k| map.get(k).is_some_and(|e| same(Some(&entry.value), e)))
                })
        }
        _ => false,
    }
}

/// Whether a key is the Python key the fixture names as `[type, str(key)]`.
fn same_key(key: &Node<'_>, expected: &Json) -> bool {
    let (kind, text) = (expected[0].as_str().unwrap(), expected[1].as_str().unwrap());
    match &key.value {
        Value::Str(s) => kind == "str" && s == &text,
        Value::Int(i) => kind == "int" && i.to_string() == text,
        Value::Bool(b) => kind == "bool" && text == if *b { "True" } else { "False" },
        Value::Null => kind == "null",
        Value::Float(f) => kind == "float" && text.parse::<f64>().ok() == Some(*f),
        Value::Timestamp(s) => kind == "timestamp" && s == &text,
        _ => false,
    }
}

#[test]
fn documents_load_as_pyyaml_loads_them_or_fail_where_it_fails() {
    let documents = fixture("documents");
    assert!(documents.len() > 100);
    let reading = ["AML001", "AML002", "AML006", "AML008"];
    let mut wrong = Vec::new();
    for case in &documents {
        let (text, expected) = (case[0].as_str().unwrap(), &case[1]);
        if expected.get("$error").is_some() {
            let report = check_text(text, &Options::default());
            if !report
                .diagnostics
                .iter()
                .any(|d| reading.contains(&d.code()))
            {
                wrong.push(format!(
                    "{text:?}: PyYAML fails ({}), amlint reads it",
                    expected["$error"]
                ));
            }
            continue;
        }
        let strings = Strings::new();
        let parsed = parse(text, &strings, Limits::default());
        let root = parsed.documents.first().and_then(Option::as_ref);
        if !same(root, expected) || parsed.issues.iter().any(|i| i.kind.is_fatal()) {
            wrong.push(format!("{text:?}: PyYAML {expected}, amlint {root:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} disagree:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
