//! amlint reads plain scalars as PyYAML does (what `az ml` reads specs with): 4,000 generated
//! scalars and PyYAML's verdict on each, from `scripts/pyyaml-scalars.py`.

use amlint::yaml::{Limits, Value, parse};

const CASES: &str = include_str!("../fixtures/pyyaml-scalars.json");

fn read(scalar: &str) -> Value {
    let parsed = parse(&format!("v: {scalar}"), Limits::default());
    let root = parsed.documents.into_iter().next().flatten().unwrap();
    root.get("v").unwrap().value.clone()
}

fn agrees(verdict: &str, value: &Value, scalar: &str) -> bool {
    let (kind, expected) = verdict.split_once(':').unwrap_or((verdict, ""));
    match (kind, value) {
        ("str", Value::Str(s)) => s == scalar,
        ("timestamp", Value::Timestamp(s)) => s == scalar,
        ("null", Value::Null) => true,
        ("bool", Value::Bool(b)) => b.to_string() == expected,
        ("int", Value::Int(i)) => i.to_string() == expected,
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
    let fixture: serde_json::Value = serde_json::from_str(CASES).unwrap();
    let cases = fixture["cases"].as_array().unwrap();
    assert!(cases.len() > 3000);
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let (scalar, verdict) = (case[0].as_str()?, case[1].as_str()?);
            let value = read(scalar);
            (!agrees(verdict, &value, scalar))
                .then(|| format!("{scalar:?}: PyYAML {verdict}, amlint {value:?}"))
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} disagree:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
