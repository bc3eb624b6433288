//! The human format: `path:line:col: severity[CODE] message`, the source line and carets, and a
//! summary. Styled with ANSI escapes when asked; the caller strips them for plain output.

use std::fmt::Write;

use anstyle::{AnsiColor, Style as Ansi};

use super::{Counts, Edge, FIRST, File, Settings, printable};
use crate::rules::declare::Severity;
use crate::source::Encoding;

/// Whether the human format is styled with ANSI escapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Ansi,
}

const BOLD: Ansi = Ansi::new().bold();
const GUTTER: Ansi = AnsiColor::Blue.on_default().bold();

fn severity_style(severity: Severity) -> Ansi {
    match severity {
        Severity::Error => AnsiColor::Red.on_default().bold(),
        Severity::Warning => AnsiColor::Yellow.on_default().bold(),
        Severity::Info => AnsiColor::Cyan.on_default().bold(),
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Every finding of every file, then a summary line.
#[must_use]
pub fn human(files: &[File], settings: &Settings, style: Style) -> String {
    let paint = |ansi: Ansi| match style {
        Style::Ansi => ansi,
        Style::Plain => Ansi::new(),
    };
    let (bold, gutter) = (paint(BOLD), paint(GUTTER));
    let mut out = String::new();
    for file in files {
        let report = &file.report;
        let edge = Edge::new(&file.text, &report.secrets, *settings, Encoding::Chars);
        for d in &report.diagnostics {
            let found = edge.finding(d);
            let (start, end) = (found.start.unwrap_or(FIRST), found.end.unwrap_or(FIRST));
            let severity = paint(severity_style(d.severity));
            let _ = writeln!(
                out,
                "{bold}{}:{}:{}:{bold:#} {severity}{}[{}]{severity:#} {}",
                printable(&file.label),
                start.line,
                start.column,
                d.severity.as_str(),
                d.code(),
                printable(&found.message)
            );
            if d.span.is_none() || file.text.is_empty() {
                continue;
            }
            let line = edge.source_line(start.line);
            let width = start.line.to_string().len();
            let carets = if end.line == start.line {
                end.column.saturating_sub(start.column).max(1)
            } else {
                line.chars().count().saturating_sub(start.column - 1).max(1)
            };
            let _ = writeln!(out, "{gutter}{:width$} |{gutter:#}", "");
            let _ = writeln!(out, "{gutter}{} |{gutter:#} {line}", start.line);
            let _ = writeln!(
                out,
                "{gutter}{:width$} |{gutter:#} {}{severity}{}{severity:#}",
                "",
                " ".repeat(start.column - 1),
                "^".repeat(carets)
            );
        }
    }
    let counts = Counts::of(files.iter().flat_map(|f| &f.report.diagnostics));
    if counts.total() == 0 {
        let _ = writeln!(out, "No problems found in {}.", plural(files.len(), "file"));
    } else {
        let with_findings = files
            .iter()
            .filter(|f| !f.report.diagnostics.is_empty())
            .count();
        let _ = writeln!(
            out,
            "Found {}, {} and {} in {} of {}.",
            plural(counts.errors, "error"),
            plural(counts.warnings, "warning"),
            plural(counts.infos, "info"),
            with_findings,
            plural(files.len(), "file")
        );
    }
    out
}
