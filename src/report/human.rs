//! The human formats. `human`: `path:line:col: severity[CODE] message`, then the lines the
//! finding spans with its place marked (drawn by annotate-snippets, as rustc and ruff draw theirs,
//! so tabs, wide characters and findings over several lines line up). `concise`: the first line
//! only. Both end with a summary line. Styled with ANSI escapes when asked; the caller strips
//! them for plain output.

use std::fmt::Write;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use anstyle::{AnsiColor, Style as Ansi};

use super::{Edge, FIRST, File, Format, Settings, Style, printable};
use crate::rule::Severity;
use crate::source::{Encoding, Position};

const BOLD: Ansi = Ansi::new().bold();

fn severity_style(severity: Severity) -> Ansi {
    match severity {
        Severity::Error => AnsiColor::Red.on_default().bold(),
        Severity::Warning => AnsiColor::Yellow.on_default().bold(),
        Severity::Info => AnsiColor::Cyan.on_default().bold(),
    }
}

/// Every finding with the lines it spans, then a summary line (unless `summary` is false).
#[must_use]
pub fn human(files: &[File], settings: &Settings, style: Style, summary: bool) -> String {
    super::Stream::whole(Format::Human, files, settings, style, summary, 0)
}

/// One line per finding, then a summary line (unless `summary` is false).
#[must_use]
pub fn concise(files: &[File], settings: &Settings, style: Style, summary: bool) -> String {
    super::Stream::whole(Format::Concise, files, settings, style, summary, 0)
}

/// One file's findings in a human format: with the lines each spans when `frames` is set.
pub(super) fn file(file: &File, settings: &Settings, style: Style, frames_wanted: bool) -> String {
    let paint = |ansi: Ansi| match style {
        Style::Ansi => ansi,
        Style::Plain => Ansi::new(),
    };
    let bold = paint(BOLD);
    let renderer = match style {
        Style::Ansi => Renderer::styled(),
        Style::Plain => Renderer::plain(),
    };
    let mut out = String::new();
    let report = &file.report;
    let edge = Edge::new(&file.text, &report.secrets, *settings, Encoding::Chars);
    // Findings at the same place share their frame (several rules often judge one value).
    let mut frames: Vec<((Position, Position, Severity), String)> = Vec::new();
    for d in &report.diagnostics {
        let (start, end, message) = edge.headline(d);
        let (start, end) = (start.unwrap_or(FIRST), end.unwrap_or(FIRST));
        let severity = paint(severity_style(d.severity));
        let _ = writeln!(
            out,
            "{bold}{}:{}:{}:{bold:#} {severity}{}[{}]{severity:#} {}",
            printable(&file.label),
            start.line,
            start.column,
            super::rules::severity_word(d.severity, settings.locale),
            d.code(),
            printable(&message)
        );
        if frames_wanted && d.span.is_some() && !file.text.is_empty() {
            let key = (start, end, d.severity);
            let shown = match frames.iter().position(|(k, _)| *k == key) {
                Some(at) => at,
                None => {
                    frames.push((key, frame(&edge, d.severity, start, end, &renderer)));
                    frames.len() - 1
                }
            };
            if let Some((_, text)) = frames.get(shown) {
                out.push_str(text);
            }
            out.push('\n');
        }
    }
    out
}

/// The lines from `start` to `end` as they may be shown (secrets masked), with the place marked.
fn frame(
    edge: &Edge<'_>,
    severity: Severity,
    start: Position,
    end: Position,
    renderer: &Renderer,
) -> String {
    let end_line = end.line.max(start.line);
    let lines: Vec<String> = (start.line..=end_line)
        .map(|line| edge.source_line(line))
        .collect();
    // Byte offsets in the shown lines of a 1-based character column on line `n` of the frame.
    let offset = |n: usize, column: usize| -> usize {
        let before: usize = lines.iter().take(n).map(|l| l.len() + 1).sum();
        let line = lines.get(n).map_or("", String::as_str);
        before
            + line
                .char_indices()
                .nth(column.saturating_sub(1))
                .map_or(line.len(), |(at, _)| at)
    };
    let source = lines.join("\n");
    let from = offset(0, start.column);
    let mut to = offset(end_line - start.line, end.column).max(from);
    if to == from {
        // An empty span still gets a mark: the character at it, if there is one.
        to = source[from..]
            .chars()
            .next()
            .filter(|c| *c != '\n')
            .map_or(from, |c| from + c.len_utf8());
    }
    let level = match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    let report = [Group::with_level(level).element(
        Snippet::source(source.as_str())
            .line_start(start.line)
            .fold(true)
            .annotation(AnnotationKind::Primary.span(from..to)),
    )];
    renderer.render(&report)
}

/// How often each rule fired, most often first: `--statistics`, with severities in `locale`.
#[must_use]
pub fn statistics(files: &[File], locale: crate::Locale) -> String {
    let mut counts = super::stream::RuleCounts::default();
    for d in files.iter().flat_map(|f| &f.report.diagnostics) {
        counts.add(d.rule, d.severity, 1);
    }
    counts.table(locale)
}
