//! The JSON format: every file with its findings, and a summary. A finding is the npm package's
//! (`finding::Finding`, the one type for both), with positions always present (columns and
//! offsets count characters here, UTF-16 units there), and its fingerprint (the one baselines and
//! SARIF use) after it.

use serde::Serialize;

use super::finding::{Finding, Placement};
use super::{Counts, Edge, File, Settings, escape_json};
use crate::source::Encoding;

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
    super::Stream::whole(
        super::Format::Json,
        files,
        settings,
        super::Style::Plain,
        true,
        0,
    )
}

/// The report's head, up to its first file: `{"files": [`, pretty-printed.
pub(super) const HEAD: &str = "{\n  \"files\": [";

/// One file's entry in the report's `files`, pretty-printed at its depth there (without the
/// comma between entries).
pub(super) fn file(file: &File, settings: &Settings) -> String {
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
    let entry = JsonFile {
        path: &file.label,
        diagnostics,
    };
    indented(&entry, "    ")
}

/// The report's end, after its last file: the summary of `files` files with `counts`.
pub(super) fn tail(settings: &Settings, files: usize, counts: Counts) -> String {
    let summary = JsonSummary {
        language: settings.locale.tag(),
        files,
        errors: counts.errors,
        warnings: counts.warnings,
        infos: counts.infos,
    };
    let end = if files == 0 { "]" } else { "\n  ]" };
    let summary = indented(&summary, "  ");
    format!("{end},\n  \"summary\": {}\n}}\n", summary.trim_start())
}

/// `value` pretty-printed, every line indented by `indent` (JSON strings hold no line break, so
/// only the layout moves), with what a terminal should not show escaped.
pub(super) fn indented(value: &impl Serialize, indent: &str) -> String {
    let mut out = Indented {
        text: indent.as_bytes().to_vec(),
        indent: indent.as_bytes(),
    };
    // Serialising these types cannot fail: string keys only.
    let _ = value.serialize(&mut serde_json::Serializer::pretty(&mut out));
    // Only whole UTF-8 text was written, so this never falls back.
    let out = String::from_utf8(out.text).unwrap_or_default();
    if let std::borrow::Cow::Owned(escaped) = escape_json(&out) {
        return escaped;
    }
    out
}

/// What serde_json's pretty printer writes, each line indented: it writes every line break as
/// the end of one write (`\n`, `,\n`), never inside a string, so only the ends of writes are looked at
/// (searching the text for line breaks afterwards cost a search per line).
struct Indented<'a> {
    text: Vec<u8>,
    indent: &'a [u8],
}

impl std::io::Write for Indented<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.text.extend_from_slice(buf);
        if buf.last() == Some(&b'\n') {
            self.text.extend_from_slice(self.indent);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
