//! The JSON format: every file with its findings, and a summary.

use serde::Serialize;

use super::{Counts, Edge, FIRST, File, Settings, escape_json};
use crate::rules::declare::Severity;
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

#[derive(Serialize)]
struct JsonDiagnostic {
    code: &'static str,
    rule: &'static str,
    severity: Severity,
    pointer: String,
    document: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    message: String,
}

#[derive(Serialize)]
struct JsonSummary {
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
                        pointer: found.pointer,
                        document: d.document,
                        line: start.line,
                        column: start.column,
                        end_line: end.line,
                        end_column: end.column,
                        message: found.message,
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
