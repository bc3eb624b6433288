//! The human formats. `human`: `path:line:col: severity[CODE] message`, then the lines the
//! finding spans with its place marked (drawn by annotate-snippets, as rustc and ruff draw theirs,
//! so tabs, wide characters and findings over several lines line up). `concise`: the first line
//! only. Both end with a summary line. Styled with ANSI escapes when asked; the caller strips
//! them for plain output.

use std::collections::HashMap;
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
    // Findings at the same place share their frame (several rules often judge one value); a
    // line is masked once however many findings show it.
    let mut frames: HashMap<(Position, Position, Severity), String> = HashMap::new();
    let mut lines = ShownLines {
        edge: &edge,
        lines: HashMap::new(),
    };
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
            let text = frames
                .entry((start, end, d.severity))
                .or_insert_with(|| frame(&mut lines, d.severity, start, end, &renderer));
            out.push_str(text);
            out.push('\n');
        }
    }
    out
}

/// The most characters of a line a frame shows: a longer line (a flow mapping, minified JSON) is
/// shown as a window around the place, so each frame costs the same whatever the line's length.
const MAX_SHOWN: usize = 160;
/// Characters shown before and after the place, in a window.
const AROUND: usize = 40;

/// The lines of a file as they may be shown (secrets masked, [`Edge::source_line`]), each made
/// once.
struct ShownLines<'e> {
    edge: &'e Edge<'e>,
    lines: HashMap<usize, ShownLine>,
}

struct ShownLine {
    text: String,
    /// Where each character starts, when the line is not ASCII (else a character is a byte).
    starts: Option<Vec<usize>>,
}

impl ShownLine {
    fn chars(&self) -> usize {
        self.starts.as_ref().map_or(self.text.len(), Vec::len)
    }

    /// The byte at which character `at` (0-based) starts; the line's end past its last.
    fn byte(&self, at: usize) -> usize {
        match &self.starts {
            None => at.min(self.text.len()),
            Some(starts) => starts.get(at).copied().unwrap_or(self.text.len()),
        }
    }
}

impl ShownLines<'_> {
    fn get(&mut self, line: usize) -> &ShownLine {
        self.lines.entry(line).or_insert_with(|| {
            let text = self.edge.source_line(line);
            let starts = (!text.is_ascii()).then(|| text.char_indices().map(|(i, _)| i).collect());
            ShownLine { text, starts }
        })
    }
}

/// The lines from `start` to `end` as they may be shown (secrets masked), with the place marked;
/// a long line cut to a window around the place, `…` where it was cut.
fn frame(
    lines: &mut ShownLines<'_>,
    severity: Severity,
    start: Position,
    end: Position,
    renderer: &Renderer,
) -> String {
    let end_line = end.line.max(start.line);
    // Each line as shown, and the first character of it shown (with `…` before it if not 0).
    let mut shown: Vec<(String, usize)> = Vec::new();
    for n in start.line..=end_line {
        let line = lines.get(n);
        let length = line.chars();
        if length <= MAX_SHOWN {
            shown.push((line.text.clone(), 0));
            continue;
        }
        let from = if n == start.line {
            start.column.saturating_sub(1)
        } else {
            0
        };
        let to = if n == end_line {
            end.column.saturating_sub(1)
        } else {
            length
        };
        let low = from.saturating_sub(AROUND);
        let high = to
            .max(from)
            .saturating_add(AROUND)
            .min(length)
            .min(low + MAX_SHOWN);
        let mut text = String::new();
        if low > 0 {
            text.push('…');
        }
        text.push_str(
            line.text
                .get(line.byte(low)..line.byte(high))
                .unwrap_or_default(),
        );
        if high < length {
            text.push('…');
        }
        shown.push((text, low));
    }
    // Byte offset in the frame's text of a 1-based character column on line `n` of the frame.
    let offset = |n: usize, column: usize| -> usize {
        let before: usize = shown.iter().take(n).map(|(l, _)| l.len() + 1).sum();
        let (line, low) = shown.get(n).map_or(("", 0), |(l, low)| (l.as_str(), *low));
        // A cut line starts with `…`: character `low` of the line is its second.
        let at = column.saturating_sub(1).saturating_sub(low) + usize::from(low > 0);
        before + line.char_indices().nth(at).map_or(line.len(), |(i, _)| i)
    };
    let from = offset(0, start.column);
    let mut to = offset(end_line - start.line, end.column).max(from);
    let source = shown
        .iter()
        .map(|(l, _)| l.as_str())
        .collect::<Vec<_>>()
        .join("\n");
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
