//! The JSON format: every file with its findings, and a summary. A finding is the npm package's
//! (`finding::Finding`, the one type for both), with positions always present (columns and
//! offsets count characters here, UTF-16 units there), and its fingerprint (the one baselines and
//! SARIF use) after it.

use serde::Serialize;

use super::finding::{Finding, Placement};
use super::{Counts, Edge, File, Settings, escape_json};
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

/// A finding as the npm package hands it over (always placed here), and its fingerprint.
#[derive(Serialize)]
struct JsonDiagnostic {
    #[serde(flatten)]
    finding: Finding,
    fingerprint: String,
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
                .map(|d| JsonDiagnostic {
                    finding: edge.data(d, Placement::Always),
                    fingerprint: edge.fingerprint(d, &report.documents),
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
