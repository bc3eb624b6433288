//! The expected WASM results, computed natively from the public API and committed as
//! `tests/snapshots/wasm-parity.json`; `tests/wasm.rs` (run in Node by wasm-bindgen's test runner) checks the
//! WebAssembly build gives exactly these. `AMLINT_UPDATE=1` rewrites the snapshot.

use amlint::source::{Encoding, LineIndex};
use amlint::yaml::{Limits, parse};
use amlint::{Locale, Options, check_node, check_text};

use crate::support::{rule_examples, spec_texts};
use serde_json::{Value, json};

fn inputs() -> Vec<String> {
    let mut texts = rule_examples();
    texts.extend(
        ["examples/valid", "examples/invalid"]
            .into_iter()
            .flat_map(spec_texts),
    );
    texts.retain(|t| !t.is_empty() && !t.contains('\0'));
    texts.dedup();
    texts
}

fn diagnostic(d: &amlint::Diagnostic) -> serde_json::Map<String, Value> {
    let mut map = serde_json::Map::new();
    map.insert("code".into(), json!(d.code()));
    map.insert("rule".into(), json!(d.rule.name));
    map.insert("severity".into(), json!(d.severity.as_str()));
    let settings = amlint::report::Settings::default();
    map.insert("blocking".into(), json!(settings.blocks(d.severity)));
    map.insert("pointer".into(), json!(d.pointer));
    map.insert("document".into(), json!(d.document));
    map.insert("message".into(), json!(d.message(Locale::En)));
    let params: serde_json::Map<String, Value> = d
        .params(Locale::En)
        .into_iter()
        .map(|(name, value)| (name.to_owned(), json!(value)))
        .collect();
    map.insert("params".into(), Value::Object(params));
    map
}

/// The fix a finding hands JS, computed here from the core's data: its edits as positions (UTF-16
/// columns) and UTF-16 offsets of the text (none for an object) and its changes as JSON Patch;
/// none when it touches a secret.
fn fix(d: &amlint::Diagnostic, text: Option<&str>) -> Option<Value> {
    use amlint::fix::Change;
    let fix = d.fix.as_deref().filter(|f| !f.secret)?;
    let units = |text: &str, byte: u32| text[..byte as usize].encode_utf16().count();
    let edits: Vec<Value> = match text {
        Some(text) => fix
            .edits
            .iter()
            .map(|e| {
                let index = LineIndex::new(text);
                let at = |byte: u32| index.position(text, byte as usize, Encoding::Utf16);
                let (start, end) = (at(e.span.start), at(e.span.end));
                json!({
                    "line": start.line, "column": start.column,
                    "endLine": end.line, "endColumn": end.column,
                    "start": units(text, e.span.start), "end": units(text, e.span.end),
                    "content": e.replacement,
                })
            })
            .collect(),
        None => Vec::new(),
    };
    let patch: Vec<Value> = fix
        .changes
        .iter()
        .filter_map(|change| match change {
            Change::Replace { pointer, value, .. } => {
                Some(json!({"op": "replace", "path": pointer, "value": value}))
            }
            Change::Rename { pointer, key, .. } => {
                let parent = &pointer[..pointer.rfind('/').unwrap_or(0)];
                let path = format!("{parent}/{}", key.replace('~', "~0").replace('/', "~1"));
                Some(json!({"op": "move", "from": pointer, "path": path}))
            }
            Change::Remove {
                pointer: Some(pointer),
                ..
            } => Some(json!({"op": "remove", "path": pointer})),
            Change::Remove { pointer: None, .. } => None,
        })
        .collect();
    Some(json!({"applicability": fix.applicability.as_str(), "edits": edits, "patch": patch}))
}

/// What the text is checked as, as `amlint check` checks it (and `validate(text, options)` with
/// the options given): a Terraform plan, template or REST body by content or `input`, with a
/// parameter file's text; Terraform configuration with its module's texts; else a spec.
fn check_as(text: &str, options: Option<&Value>) -> amlint::FileReport {
    let form = match options.and_then(|o| o["input"].as_str()) {
        Some("arm" | "rest") => amlint::InputForm::Arm,
        Some("azml") => amlint::InputForm::Azml,
        Some("terraform") => amlint::InputForm::Terraform,
        Some("terraform-plan") => amlint::InputForm::TerraformPlan,
        _ => amlint::InputForm::Auto,
    };
    if form == amlint::InputForm::Terraform {
        // A `.tf` text with its module's files, as `amlint check` reads its folder.
        let texts = |key: &str| -> Vec<String> {
            options
                .and_then(|o| o["terraform"][key].as_array())
                .map_or_else(Vec::new, |items| {
                    items
                        .iter()
                        .filter_map(|t| t.as_str().map(str::to_owned))
                        .collect()
                })
        };
        let module = amlint::TerraformModule::new(&texts("files"), &texts("varFiles"));
        return amlint::check_terraform_text(text, &module, &Options::default());
    }
    if !form.reads_as_arm(text.as_bytes()) && !form.reads_as_terraform_plan(text.as_bytes()) {
        return check_text(text, &Options::default());
    }
    let parameters = options.and_then(|o| o["parameters"].as_str());
    amlint::check_bytes_as(text.as_bytes(), form, parameters, &Options::default())
}

/// The templates, REST bodies and Terraform plan of tests/fixtures/iac and the `.tf` file of
/// tests/fixtures/terraform, with the options `validate` takes for them: `input`, a template's
/// parameter file, a `.tf` file's module.
fn templates() -> Vec<(String, Option<Value>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/iac");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    vec![
        (
            read("template.json"),
            Some(json!({"input": "arm", "parameters": read("template.parameters.json")})),
        ),
        (read("quickstart-shapes.json"), None),
        (read("nested.json"), Some(json!({"input": "arm"}))),
        (read("rest-amlcompute.json"), Some(json!({"input": "rest"}))),
        (read("rest-computeinstance.json"), None),
        (
            read("linked/main.json"),
            Some(json!({"parameters": read("linked/prod.parameters.json")})),
        ),
        // A plan by its content, and a `.tf` file with its module's variables and var files.
        (read("terraform-plan.json"), Some(json!({}))),
        (
            read("../terraform/main.tf"),
            Some(json!({"input": "terraform", "terraform": {
                "files": [read("../terraform/variables.tf")],
                "varFiles": [read("../terraform/terraform.tfvars"), read("../terraform/prod.tfvars")],
            }})),
        ),
    ]
}

fn expected() -> Value {
    let mut cases: Vec<(String, Option<Value>)> = inputs().into_iter().map(|t| (t, None)).collect();
    cases.extend(templates());
    let cases: Vec<Value> = cases
        .into_iter()
        .map(|(text, options)| {
            let index = LineIndex::new(&text);
            let as_text: Vec<Value> = check_as(&text, options.as_ref())
                .diagnostics
                .iter()
                .map(|d| {
                    let mut map = diagnostic(d);
                    let span = d.span.unwrap_or_default();
                    let start = index.position(&text, span.start as usize, Encoding::Utf16);
                    let end = index.position(&text, span.end as usize, Encoding::Utf16);
                    map.insert("line".into(), json!(start.line));
                    map.insert("column".into(), json!(start.column));
                    map.insert("endLine".into(), json!(end.line));
                    map.insert("endColumn".into(), json!(end.column));
                    if let Some(fix) = fix(d, Some(&text)) {
                        map.insert("fix".into(), fix);
                    }
                    Value::Object(map)
                })
                .collect();
            if let Some(options) = options {
                return json!({ "input": text, "options": options, "text": as_text });
            }
            // The same spec as a JS object, for documents that parse.
            let strings = amlint::yaml::Strings::new();
            let parsed = parse(&text, &strings, Limits::default());
            let object = parsed.documents.first().and_then(Option::as_ref).map(amlint::yaml::Node::to_json);
            let as_object: Option<Vec<Value>> = object.as_ref().map(|json| {
                check_node(&amlint::yaml::Node::from_json(json), &Options::default())
                    .diagnostics
                    .iter()
                    .map(|d| {
                        let mut map = diagnostic(d);
                        if let Some(fix) = fix(d, None) {
                            map.insert("fix".into(), fix);
                        }
                        Value::Object(map)
                    })
                    .collect()
            });
            json!({ "input": text, "text": as_text, "object": object, "objectDiagnostics": as_object })
        })
        .collect();
    Value::Array(cases)
}

#[test]
fn wasm_parity_snapshot_is_current() {
    let text = serde_json::to_string_pretty(&expected()).unwrap() + "\n";
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/wasm-parity.json");
    if std::env::var_os("AMLINT_UPDATE").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == text,
        "tests/snapshots/wasm-parity.json is stale: run `AMLINT_UPDATE=1 cargo test --test it wasm_parity`"
    );
}
