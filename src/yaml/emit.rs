//! Writes JSON-like data as block YAML that `az ml` (PyYAML, YAML 1.1) and YAML 1.2 tools read the
//! same way: a string is written plain only when both versions read it back as that string.

use serde_json::Value;

use super::node::Value as Yaml;
use super::scalar::{
    number_text, pyyaml_reads_as_is, pyyaml_unloadable_plain, resolve_yaml11, resolve_yaml12,
};

/// The YAML text of a value, ending in a newline.
#[must_use]
pub fn emit(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Object(map) if !map.is_empty() => write_map(&mut out, map, 0),
        Value::Array(items) if !items.is_empty() => write_seq(&mut out, items, 0),
        other => {
            out.push_str(&scalar(other));
            out.push('\n');
        }
    }
    out
}

fn indent(out: &mut String, level: usize) {
    out.extend(std::iter::repeat_n(' ', level * 2));
}

fn write_map(out: &mut String, map: &serde_json::Map<String, Value>, level: usize) {
    for (i, (key, value)) in map.iter().enumerate() {
        // The first entry of a mapping inside a list sits on the `- ` line.
        if i > 0 || !out.ends_with("- ") {
            indent(out, level);
        }
        out.push_str(&string(key));
        out.push(':');
        write_value(out, value, level);
    }
}

fn write_seq(out: &mut String, items: &[Value], level: usize) {
    for item in items {
        indent(out, level);
        out.push_str("- ");
        match item {
            Value::Object(map) if !map.is_empty() => write_map(out, map, level + 1),
            Value::Array(inner) if !inner.is_empty() => {
                out.push('\n');
                write_seq(out, inner, level + 1);
            }
            other => {
                out.push_str(&scalar(other));
                out.push('\n');
            }
        }
    }
}

fn write_value(out: &mut String, value: &Value, level: usize) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            out.push('\n');
            write_map(out, map, level + 1);
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('\n');
            write_seq(out, items, level + 1);
        }
        other => {
            out.push(' ');
            out.push_str(&scalar(other));
            out.push('\n');
        }
    }
}

/// One scalar as `emit` writes it (a string quoted where a YAML version could read it as
/// something else); an array or object as `[]` or `{}`.
#[must_use]
pub fn scalar_text(value: &Value) -> String {
    scalar(value)
}

fn scalar(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n
            .as_i64()
            .map_or_else(|| float(n.as_f64().unwrap_or(f64::NAN)), |i| i.to_string()),
        Value::String(s) => string(s),
        Value::Array(_) => "[]".to_owned(),
        Value::Object(_) => "{}".to_owned(),
    }
}

/// A float that both YAML versions read back as one: YAML 1.1 (PyYAML, so `az ml`) wants a dot
/// in the mantissa and a sign in the exponent, `1.0e+21` where JSON writes `1e21`.
fn float(f: f64) -> String {
    let text = number_text(f);
    match text.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => {
            let dot = if mantissa.contains('.') { "" } else { ".0" };
            let sign = if exponent.starts_with(['+', '-']) {
                ""
            } else {
                "+"
            };
            format!("{mantissa}{dot}e{sign}{exponent}")
        }
        None => text,
    }
}

/// A string, plain when that is safe in both YAML versions, else double-quoted (JSON's escapes are
/// valid there).
fn string(s: &str) -> String {
    let first_ok = s
        .chars()
        .next()
        .is_some_and(|c| !"-?:,[]{}#&*!|>'\"%@` \t".contains(c));
    let plain = first_ok
        && !s.ends_with([' ', ':'])
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.contains(['\n', '\r', '\t'])
        && s.chars().all(pyyaml_reads_as_is)
        && pyyaml_unloadable_plain(s).is_none()
        && resolve_yaml11(s) == Yaml::Str(s)
        && resolve_yaml12(s) == Yaml::Str(s);
    if plain {
        return s.to_owned();
    }
    // JSON escapes the C0 controls; PyYAML also refuses DEL, the C1 controls and U+FFFE/U+FFFF
    // even in quotes, and folds NEL and the Unicode line separators there: escape those too.
    let json = serde_json::to_string(s).unwrap_or_default();
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if !pyyaml_reads_as_is(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::{Limits, Node, parse};
    use serde_json::json;

    fn round_trip(value: &Value) -> Value {
        let text = emit(value);
        let strings = crate::yaml::Strings::new();
        let parsed = parse(&text, &strings, Limits::default());
        assert!(parsed.issues.is_empty(), "{text}\n{:?}", parsed.issues);
        parsed
            .documents
            .into_iter()
            .next()
            .flatten()
            .map_or(Value::Null, |n: Node<'_>| n.to_json())
    }

    #[test]
    fn specs_survive_a_round_trip() {
        let spec = json!({
            "$schema": "https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json",
            "name": "cpu-cluster", "type": "amlcompute", "max_instances": 4, "tier": "yes",
            "description": "a: b # not a comment", "tags": {"cost-center": "4711", "on": "off"},
            "schedules": {"compute_start_stop": [{"action": "stop", "trigger": {"type": "cron", "expression": "0 18 * * *", "start_time": "2024-03-10T18:00:00"}}]},
            "empty": {}, "list": [], "nested": [[1, 2], []], "f": 2.5, "n": null, "key": "-----BEGIN\nX\n-----END",
        });
        assert_eq!(round_trip(&spec), spec);
    }

    #[test]
    fn text_pyyaml_would_refuse_or_fold_is_quoted_and_escaped() {
        // Checked against PyYAML 6: each of these, written plain or raw, fails to load or changes.
        let value = json!({
            "eq": "=", "merge": "<<", "del": "a\u{7f}b", "c1": "a\u{9f}b", "nel": "a\u{85}b",
            "ls": "a\u{2028}b", "ps": "a\u{2029}b", "nonchar": "a\u{fffe}b", "esc": "a\u{1b}b",
        });
        let text = emit(&value);
        assert!(
            text.contains("eq: \"=\"\n") && text.contains("merge: \"<<\"\n"),
            "{text}"
        );
        for escape in [
            "\\u007f", "\\u009f", "\\u0085", "\\u2028", "\\u2029", "\\ufffe", "\\u001b",
        ] {
            assert!(text.contains(escape), "{escape} in {text}");
        }
        assert!(text.chars().all(pyyaml_reads_as_is));
        assert_eq!(round_trip(&value), value);
    }

    #[test]
    fn floats_read_back_as_floats_in_yaml_1_1() {
        for f in [1e21, 1e300, 5e-324, -1e-7, 2.5, 9_007_199_254_740_994.0] {
            let value = json!({ "f": f });
            assert_eq!(round_trip(&value), value, "{}", emit(&value));
        }
        assert_eq!(emit(&json!({ "f": 1e21 })), "f: 1.0e+21\n");
    }

    #[test]
    fn ambiguous_strings_are_quoted() {
        let text = emit(
            &json!({"a": "yes", "b": "010", "c": "1e5", "d": "2024-03-10", "e": "plain text"}),
        );
        assert_eq!(
            text,
            "a: \"yes\"\nb: \"010\"\nc: \"1e5\"\nd: \"2024-03-10\"\ne: plain text\n"
        );
    }
}
