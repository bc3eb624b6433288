//! The WebAssembly build, run in Node by `cargo test --target wasm32-unknown-unknown` with
//! wasm-bindgen's test runner (`scripts/test`): the same diagnostics as native, and clear
//! errors for input that is not a spec.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    reason = "in tests a failing unwrap is a failing test"
)]

use amlint::wasm::{Diagnostic, explain, kinds, rules, schema, validate};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const PARITY: &str = include_str!("snapshots/wasm-parity.json");

fn diagnostics(value: JsValue) -> Vec<Diagnostic> {
    serde_wasm_bindgen::from_value(value).unwrap()
}

fn expected(list: &Value) -> Vec<Diagnostic> {
    serde_json::from_value(list.clone()).unwrap()
}

fn js_object(json: &Value) -> JsValue {
    js_sys::JSON::parse(&json.to_string()).unwrap()
}

#[wasm_bindgen_test]
fn every_fixture_gives_the_native_diagnostics_as_text_and_as_object() {
    let cases: Vec<Value> = serde_json::from_str(PARITY).unwrap();
    assert!(cases.len() > 150);
    for case in &cases {
        let input = case["input"].as_str().unwrap();
        // A template's options: `input`, its parameter file.
        let options = case.get("options").map_or(JsValue::UNDEFINED, js_object);
        let got = validate(JsValue::from_str(input), options).unwrap();
        same_objects(&got, &expected(&case["text"]), input);
        assert_eq!(
            diagnostics(got),
            expected(&case["text"]),
            "text input:\n{input}"
        );
        if let Some(list) = case.get("objectDiagnostics").filter(|v| !v.is_null()) {
            let got = validate(js_object(&case["object"]), JsValue::UNDEFINED).unwrap();
            same_objects(&got, &expected(list), input);
            assert_eq!(diagnostics(got), expected(list), "object input:\n{input}");
        }
    }
}

/// The objects `validate` returned are, key for key and in order, what `JSON.parse` makes of the
/// expected findings' JSON (they are built from a text of their own, see findings.js).
fn same_objects(got: &JsValue, expected: &[Diagnostic], input: &str) {
    let got = String::from(js_sys::JSON::stringify(got).unwrap());
    assert_eq!(
        got,
        serde_json::to_string(expected).unwrap(),
        "input:\n{input}"
    );
}

fn error_name(error: &JsValue) -> String {
    let error: &js_sys::Error = error.unchecked_ref();
    String::from(error.name())
}

#[wasm_bindgen_test]
fn input_that_is_not_a_spec_throws_a_typed_error() {
    for bad in [
        JsValue::UNDEFINED,
        JsValue::from_f64(42.0),
        JsValue::TRUE,
        JsValue::NULL,
    ] {
        let error = validate(bad, JsValue::UNDEFINED).unwrap_err();
        assert_eq!(error_name(&error), "TypeError");
    }
    // A cycle: an object that contains itself.
    let cyclic = js_sys::Object::new();
    js_sys::Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
    let error = validate(cyclic.into(), JsValue::UNDEFINED).unwrap_err();
    assert_eq!(error_name(&error), "TypeError");
    // A function inside the spec.
    let with_function = js_object(&serde_json::json!({ "name": "x", "type": "amlcompute" }));
    js_sys::Reflect::set(
        &with_function,
        &"size".into(),
        &js_sys::Function::new_no_args("return 1"),
    )
    .unwrap();
    assert_eq!(
        error_name(&validate(with_function, JsValue::UNDEFINED).unwrap_err()),
        "TypeError"
    );
    // A huge array.
    let huge = js_sys::Array::new();
    for _ in 0..200_000 {
        huge.push(&JsValue::from_f64(1.0));
    }
    let spec = js_object(&serde_json::json!({ "name": "x", "type": "amlcompute" }));
    js_sys::Reflect::set(&spec, &"tags".into(), &huge).unwrap();
    assert_eq!(
        error_name(&validate(spec, JsValue::UNDEFINED).unwrap_err()),
        "TypeError"
    );
}

#[wasm_bindgen_test]
fn options_are_checked() {
    let spec = js_object(&serde_json::json!({ "name": "cpu-cluster", "max_instances": 4 }));
    let bad_kind = js_object(&serde_json::json!({ "kind": "cluster" }));
    assert_eq!(
        error_name(&validate(spec.clone(), bad_kind).unwrap_err()),
        "RangeError"
    );
    let bad_locale = js_object(&serde_json::json!({ "locale": "xx" }));
    assert_eq!(
        error_name(&validate(spec.clone(), bad_locale).unwrap_err()),
        "RangeError"
    );
    let unknown_option = js_object(&serde_json::json!({ "kinds": "amlcompute" }));
    assert_eq!(
        error_name(&validate(spec.clone(), unknown_option).unwrap_err()),
        "TypeError"
    );
    // A form knows its kind: a spec without `type` is checked as that kind.
    let assumed = js_object(&serde_json::json!({ "kind": "amlcompute", "locale": "en-US" }));
    let found = diagnostics(validate(spec, assumed).unwrap());
    assert!(
        found.iter().all(|d| d.severity.as_str() != "error"),
        "{found:?}"
    );
    // `undefined` properties are "not set", as JSON.stringify treats them.
    let with_undefined =
        js_object(&serde_json::json!({ "name": "cpu-cluster", "type": "amlcompute" }));
    js_sys::Reflect::set(
        &with_undefined,
        &"min_instances".into(),
        &JsValue::UNDEFINED,
    )
    .unwrap();
    assert!(
        diagnostics(validate(with_undefined, JsValue::UNDEFINED).unwrap())
            .iter()
            .all(|d| d.severity.as_str() != "error")
    );
}

#[wasm_bindgen_test]
fn schemas_rules_kinds_and_explanations_are_plain_data() {
    let cluster: Value =
        serde_wasm_bindgen::from_value(schema("amlcompute".into(), JsValue::UNDEFINED).unwrap())
            .unwrap();
    assert_eq!(cluster["properties"]["type"]["const"], "amlcompute");
    let native = amlint::schema::for_kind(amlint::Kind::AmlCompute, amlint::schema::Draft::Draft07)
        .to_value();
    assert_eq!(cluster, native);
    let combined: Value =
        serde_wasm_bindgen::from_value(schema("compute".into(), JsValue::UNDEFINED).unwrap())
            .unwrap();
    assert_eq!(combined["oneOf"].as_array().map(Vec::len), Some(9));

    assert_eq!(
        error_name(&schema("cluster".into(), JsValue::UNDEFINED).unwrap_err()),
        "RangeError"
    );
    let rules: Vec<Value> =
        serde_wasm_bindgen::from_value(rules(JsValue::UNDEFINED).unwrap()).unwrap();
    assert_eq!(rules.len(), amlint::RULES.len());
    let kinds: Vec<Value> =
        serde_wasm_bindgen::from_value(kinds(JsValue::UNDEFINED).unwrap()).unwrap();
    assert_eq!(kinds.len(), 9);
    let rule: Value =
        serde_wasm_bindgen::from_value(explain("AML206".into(), JsValue::UNDEFINED).unwrap())
            .unwrap();
    assert_eq!(rule["name"], "name-hyphen-suffix");
    assert!(rule["invalid"].as_str().unwrap().contains("ci-40986653"));
    assert_eq!(
        error_name(&explain("AML999".into(), JsValue::UNDEFINED).unwrap_err()),
        "RangeError"
    );
    // A name that is not a string at all is a TypeError that says so.
    assert_eq!(
        error_name(&schema(JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap_err()),
        "TypeError"
    );
    assert_eq!(
        error_name(&explain(JsValue::from_f64(301.0), JsValue::UNDEFINED).unwrap_err()),
        "TypeError"
    );
}
