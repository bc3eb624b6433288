//! The JSON format: every file with its findings, and a summary. A finding has the fields of the
//! npm package's findings (camelCase), with positions always present (columns count characters
//! here, UTF-16 units there) and a fingerprint (the one baselines and SARIF use).

use serde::Serialize;

use super::{Counts, Edge, FIRST, File, Settings, escape_json};
use crate::rule::Severity;
use crate::source::Encoding;

#[derive(Serialize)]
struct JsonReport<'a> {
    files: Vec<JsonFile<'a>>,
    summary: JsonSummary,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    diagnostics: Vec<JsonDiagnostic>,
}

/// A finding with the field names the npm package's findings have, plus its fingerprint.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonDiagnostic {
    code: &'static str,
    rule: &'static str,
    severity: Severity,
    blocking: bool,
    pointer: String,
    document: usize,
    message: String,
    params: serde_json::Map<String, serde_json::Value>,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    fingerprint: String,
    /// The fix, when there is one that may be shown: edits by position and as JSON Patch.
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<JsonFix>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonFix {
    applicability: &'static str,
    edits: Vec<JsonEdit>,
    patch: Vec<serde_json::Value>,
    /// The fix changes a secret: what it writes is not shown.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    secret: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonEdit {
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    content: String,
}

#[derive(Serialize)]
struct JsonSummary {
    /// The language of the messages (`en`, `nl`).
    language: &'static str,
    files: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
}

/// The report as one pretty-printed JSON document, with a final newline.
#[must_use]
pub fn json(files: &[File], settings: &Settings) -> String {
    let files_json = files
        .iter()
        .map(|file| {
            let report = &file.report;
            let edge = Edge::new(&file.text, &report.secrets, *settings, Encoding::Chars);
            let diagnostics = report
                .diagnostics
                .iter()
                .map(|d| {
                    let found = edge.finding(d);
                    let (start, end) = (found.start.unwrap_or(FIRST), found.end.unwrap_or(FIRST));
                    JsonDiagnostic {
                        code: d.code(),
                        rule: d.rule.name,
                        severity: d.severity,
                        blocking: found.blocking,
                        pointer: found.pointer,
                        document: d.document,
                        message: found.message,
                        params: found
                            .params
                            .into_iter()
                            .map(|(k, v)| (k.to_owned(), serde_json::Value::String(v)))
                            .collect(),
                        line: start.line,
                        column: start.column,
                        end_line: end.line,
                        end_column: end.column,
                        fingerprint: edge.fingerprint(d, &report.documents),
                        fix: found.fix.map(|fix| JsonFix {
                            applicability: fix.applicability,
                            edits: fix
                                .edits
                                .into_iter()
                                .map(|e| JsonEdit {
                                    line: e.start.line,
                                    column: e.start.column,
                                    end_line: e.end.line,
                                    end_column: e.end.column,
                                    content: e.content,
                                })
                                .collect(),
                            patch: fix.patch,
                            secret: fix.secret,
                        }),
                    }
                })
                .collect();
            JsonFile {
                path: &file.label,
                diagnostics,
            }
        })
        .collect();
    let counts = Counts::of(files.iter().flat_map(|f| &f.report.diagnostics));
    let report = JsonReport {
        files: files_json,
        summary: JsonSummary {
            language: settings.locale.tag(),
            files: files.len(),
            errors: counts.errors,
            warnings: counts.warnings,
            infos: counts.infos,
        },
    };
    // Serialising these types cannot fail: string keys only.
    let mut out =
        escape_json(&serde_json::to_string_pretty(&report).unwrap_or_default()).into_owned();
    out.push('\n');
    out
}
