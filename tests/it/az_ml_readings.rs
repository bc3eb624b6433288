//! Values as az ml reads them: `tests/fixtures/az-ml-readings.json` (written by
//! `scripts/az-ml-readings.py` with azure-ai-ml, marshmallow and PyYAML) holds what azure-ai-ml
//! makes of 1,300 spellings in boolean, integer, enumerated and text fields, and what it sends for
//! fields a spec leaves out. amlint says az ml refuses a value exactly where it does, states only
//! readings az ml makes, and its model's client defaults are what az ml sends.

use amlint::model::{self, DefaultValue};
use amlint::{Diagnostic, Kind, Locale, Options, Severity, check_text};
use serde_json::Value;

const FIXTURE: &str = include_str!("../fixtures/az-ml-readings.json");

/// The rules whose findings say az ml itself refuses the value (before anything is sent).
const REFUSALS: &[&str] = &["AML001", "AML102", "AML103", "AML108"];

fn fixture() -> Value {
    serde_json::from_str(FIXTURE).unwrap()
}

fn findings_at(text: &str, field: &str) -> Vec<Diagnostic> {
    let pointer = format!("/{field}");
    check_text(text, &Options::default())
        .diagnostics
        .into_iter()
        .filter(|d| d.pointer == pointer)
        .collect()
}

fn param(d: &Diagnostic, name: &str) -> Option<String> {
    d.params(Locale::En)
        .into_iter()
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// A value az ml read, as amlint writes a reading: `true`, `40`, `low_priority`.
fn shown(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

#[test]
fn amlint_refuses_what_az_ml_refuses_and_reads_what_it_reads() {
    let fixture = fixture();
    let rows = fixture["readings"].as_array().unwrap();
    assert!(
        rows.len() > 1000,
        "the fixture holds the generated readings"
    );
    let mut wrong = Vec::new();
    for row in rows {
        let (kind, field, yaml) = (
            row["kind"].as_str().unwrap(),
            row["field"].as_str().unwrap(),
            row["yaml"].as_str().unwrap(),
        );
        let name = if kind == "amlcompute" {
            "cluster1"
        } else {
            "instance1"
        };
        let text = format!("name: {name}\ntype: {kind}\n{field}: {yaml}\n");
        let found = findings_at(&text, field);
        // az ml fails after validating a few values (an OverflowError writing the request): any
        // error of amlint's there says so.
        let late = row["refused"].as_str() == Some("OverflowError");
        let refusal = found
            .iter()
            .find(|d| d.severity == Severity::Error && (late || REFUSALS.contains(&d.code())));
        let case = format!("{kind} `{field}: {yaml}`");
        match (&row["refused"], refusal) {
            (Value::String(_), Some(_)) => {}
            (Value::String(why), None) => wrong.push(format!(
                "{case}: az ml refuses it ({why}), amlint does not say so"
            )),
            (_, Some(d)) => wrong.push(format!(
                "{case}: az ml reads {}, amlint says {} {}",
                row["read"],
                d.code(),
                d.message(Locale::En)
            )),
            (_, None) => {
                // A reading amlint states is az ml's.
                let read = shown(&row["read"]);
                for d in &found {
                    let stated = match d.code() {
                        "AML109" => param(d, "canonical"),
                        "AML106" => param(d, "truncated"),
                        _ => None,
                    };
                    if let Some(stated) = stated.filter(|s| *s != read) {
                        wrong.push(format!(
                            "{case}: az ml reads {read}, amlint says it reads {stated} ({})",
                            d.code()
                        ));
                    }
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} readings differ from az ml's:\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
}

/// What az ml sends for a field left out, in the model's terms: ISO 8601 durations as the
/// field's unit, `NotSpecified` as nothing.
fn in_model_terms(field: &str, sent: &Value) -> Option<DefaultValue> {
    let minutes =
        |text: &str| -> Option<i64> { text.strip_prefix("PT")?.strip_suffix('M')?.parse().ok() };
    match sent {
        Value::Null => None,
        Value::Bool(b) => Some(DefaultValue::Bool(*b)),
        Value::Number(n) => Some(DefaultValue::Int(n.as_i64().unwrap())),
        Value::String(text) if text == "NotSpecified" => None,
        Value::String(text) if field == "idle_time_before_scale_down" => {
            minutes(text).map(|m| DefaultValue::Int(m * 60))
        }
        Value::String(text) if field.ends_with("_minutes") => minutes(text).map(DefaultValue::Int),
        Value::String(text) => Some(DefaultValue::Str(text.clone().leak())),
        other => panic!("{field}: unexpected {other}"),
    }
}

#[test]
fn the_model_declares_what_az_ml_sends_for_fields_left_out() {
    let fixture = fixture();
    for row in fixture["left_out"].as_array().unwrap() {
        let (kind, field) = (
            row["kind"].as_str().unwrap(),
            row["field"].as_str().unwrap(),
        );
        let declared = model::find(Kind::from_type(kind).unwrap().fields(), field)
            .unwrap_or_else(|| panic!("{kind} has no field {field}"))
            .sent;
        assert_eq!(
            declared,
            in_model_terms(field, &row["sent"]),
            "{kind} `{field}` left out: az ml sends {}",
            row["sent"]
        );
    }
}
