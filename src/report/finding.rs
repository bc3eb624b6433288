//! A finding as plain data: the one shape in which findings leave amlint as objects — the JSON
//! report's findings (`json.rs`, with a fingerprint beside each) and the npm package's (`validate`,
//! whose TypeScript types tsify writes from these declarations). Field names are the npm package's
//! (camelCase), in JSON too.

use serde::{Deserialize, Serialize};

use super::{Edge, FIRST};
use crate::diagnostic::Diagnostic;
use crate::rule::Severity;

/// Where a face wants a finding placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// Where the edge places it: positions for input with text, none for a JS object.
    AsGiven,
    /// Always placed: a finding without a place in the text (a file too large to read) at 1:1,
    /// as a file report shows it.
    Always,
}

/// One finding, as `validate` returns it and the JSON report lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[cfg_attr(feature = "wasm", tsify(rename = "Diagnostic"))]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// Stable rule code, e.g. `AML301`.
    pub code: String,
    /// The rule's kebab-case name.
    pub rule: String,
    /// How serious it is: the rule's severity, or the one the options gave it.
    #[cfg_attr(feature = "wasm", tsify(type = "Severity"))]
    pub severity: Severity,
    /// Whether the finding blocks the form (fails a run): amlint's verdict, the same the CLI's
    /// exit code follows. By default errors do; `failOn` moves the threshold.
    pub blocking: bool,
    /// RFC 6901 pointer into the spec; `""` is the root.
    pub pointer: String,
    /// Index of the YAML document (text input with several documents).
    pub document: usize,
    /// What is wrong and what to do, in the language asked for.
    pub message: String,
    /// The values the message was built from, by their names in the message catalog (e.g.
    /// `field`; a missing field's own key is `property`): for building other messages, or for
    /// placing the finding in a form. Never holds a secret.
    #[cfg_attr(feature = "wasm", tsify(type = "Record<string, string>"))]
    // A JSON map: its code is in the module already, for the schemas.
    pub params: serde_json::Map<String, serde_json::Value>,
    /// 1-based line where the finding starts, for text input only.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub line: Option<usize>,
    /// 1-based column where it starts: UTF-16 code units, like JS strings (characters in the
    /// command's reports).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub column: Option<usize>,
    /// The line where it ends.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub end_line: Option<usize>,
    /// The column where it ends (exclusive).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub end_column: Option<usize>,
    /// What resolves the finding, when amlint knows (and it shows no secret): `applyFixes`
    /// applies it to text, `applyPatch` to a form's state.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "Fix"))]
    pub fix: Option<FindingFix>,
}

/// A fix of a finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[cfg_attr(feature = "wasm", tsify(rename = "Fix"))]
#[serde(rename_all = "camelCase")]
pub struct FindingFix {
    /// `safe`: the spec means what it meant, written canonically; `unsafe`: probably right,
    /// but a person should look (a rename after "did you mean", a removed entry).
    #[cfg_attr(feature = "wasm", tsify(type = "\"safe\" | \"unsafe\""))]
    pub applicability: String,
    /// Edits of the text (text input only).
    #[cfg_attr(feature = "wasm", tsify(type = "TextEdit[]"))]
    pub edits: Vec<FindingEdit>,
    /// The same as JSON Patch operations (RFC 6902) on the spec: `replace`, `move` (a rename),
    /// `remove`.
    #[cfg_attr(
        feature = "wasm",
        tsify(
            type = "({ op: \"replace\"; path: string; value: unknown } | { op: \"move\"; from: string; path: string } | { op: \"remove\"; path: string })[]"
        )
    )]
    pub patch: Vec<serde_json::Value>,
    /// The fix changes a secret: it is unsafe, and neither its edits nor its patch are handed
    /// over (`fix(text, { unsafe: true })` still applies it).
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub secret: bool,
}

/// One edit of a text: where, and what stands there afterwards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[cfg_attr(feature = "wasm", tsify(rename = "TextEdit"))]
#[serde(rename_all = "camelCase")]
pub struct FindingEdit {
    /// The 1-based line where the replaced text starts.
    pub line: usize,
    /// The 1-based column where it starts (UTF-16 units in the npm package, characters in the
    /// command's reports).
    pub column: usize,
    /// The line where it ends.
    pub end_line: usize,
    /// The column where it ends (exclusive).
    pub end_column: usize,
    /// Where the replaced text starts, as an offset into the text (UTF-16 units in the npm
    /// package, as JS strings count; characters in the command's reports).
    pub start: usize,
    /// Where it ends (exclusive).
    pub end: usize,
    /// What stands there afterwards.
    pub content: String,
}

impl Edge<'_> {
    /// A finding as data, its text from this edge.
    #[must_use]
    pub fn data(&self, d: &Diagnostic, placement: Placement) -> Finding {
        let found = self.finding(d);
        let (start, end) = match placement {
            Placement::AsGiven => (found.start, found.end),
            Placement::Always => (
                Some(found.start.unwrap_or(FIRST)),
                Some(found.end.unwrap_or(FIRST)),
            ),
        };
        Finding {
            code: d.code().to_owned(),
            rule: d.rule.name.to_owned(),
            severity: d.severity,
            blocking: found.blocking,
            pointer: found.pointer,
            document: d.document,
            message: found.message,
            params: found
                .params
                .into_iter()
                .map(|(name, value)| (name.to_owned(), serde_json::Value::String(value)))
                .collect(),
            line: start.map(|p| p.line),
            column: start.map(|p| p.column),
            end_line: end.map(|p| p.line),
            end_column: end.map(|p| p.column),
            fix: found.fix.map(|fix| FindingFix {
                applicability: fix.applicability.to_owned(),
                edits: fix
                    .edits
                    .into_iter()
                    .map(|e| FindingEdit {
                        line: e.start.line,
                        column: e.start.column,
                        end_line: e.end.line,
                        end_column: e.end.column,
                        start: e.offset,
                        end: e.offset + e.length,
                        content: e.content,
                    })
                    .collect(),
                patch: fix.patch,
                secret: fix.secret,
            }),
        }
    }
}
