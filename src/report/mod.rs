//! How findings become text: the one edge, [`Edge`]. Every face and
//! every format turns a finding's message, arguments, pointer and source lines into text through
//! it, so what may be shown (secrets masked, control characters replaced) is decided once.
//! The renderers (`human`, `json`, and the rule reference in `rules`) are pure: findings and
//! source texts in, text out.

mod baseline;
mod ci;
mod edge;
mod escape;
mod finding;
mod format;
mod gitlab;
#[cfg(feature = "reports")]
mod human;
mod json;
mod junit;
mod policies;
mod rules;
mod sarif;
mod stream;

pub use baseline::Baseline;
pub use ci::{azure, github, github_summary, github_summary_rows};
pub use edge::{Edge, EditText, FindingText, FixText, masked_text};
pub use escape::{Syntax, escape_json, for_ci, printable};
pub use finding::{Finding, FindingEdit, FindingFix, Placement};
pub use format::Format;
pub use gitlab::gitlab;
#[cfg(feature = "reports")]
pub use human::{concise, human, statistics};
pub use json::json;
pub use junit::junit;
pub use policies::{policies_json, policies_text};
pub use rules::{RuleInfo, explain, rules_json, rules_markdown, rules_text};
pub use sarif::sarif;
pub use stream::{Part, Stream};

use crate::diagnostic::Diagnostic;
pub use crate::outcome::{File, FileReport};
use crate::rule::Severity;
pub use crate::secrets::{MASK, Secrets};
pub use crate::summary::DocumentSummary;

/// The severities, most severe first: the order in which findings are ranked (the npm package's
/// `severities()`, for a face that sorts or marks findings by severity).
pub const SEVERITIES: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

/// Whether the human formats are styled with ANSI escapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// No escapes: for files and pipes.
    Plain,
    /// ANSI escapes: for terminals (the caller strips them where colour is not wanted).
    Ansi,
}

/// Where a finding without a place in the text is shown.
const FIRST: crate::source::Position = crate::source::Position { line: 1, column: 1 };

/// How findings are judged and shown: the same for every face.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// The least severity that fails a run (or blocks a form).
    pub fail_on: Severity,
    /// The language of messages.
    pub locale: crate::Locale,
    /// Findings never fail the run (`--exit-zero`); problems reading inputs still do.
    pub exit_zero: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            fail_on: Severity::Error,
            locale: crate::Locale::En,
            exit_zero: false,
        }
    }
}

/// Calls `visit` with every finding of every file and its text (columns in characters), in order.
fn each_finding<'a>(
    files: &'a [File],
    settings: &Settings,
    mut visit: impl FnMut(&'a File, &'a Diagnostic, FindingText),
) {
    for file in files {
        let edge = Edge::new(
            &file.text,
            &file.report.secrets,
            *settings,
            crate::source::Encoding::Chars,
        );
        for d in &file.report.diagnostics {
            visit(file, d, edge.finding(d));
        }
    }
}

/// What a run of the command did, as far as its exit code cares.
#[derive(Debug, Clone, Copy)]
pub enum Run<'a> {
    /// Checked these files (after any `--fix` and baseline).
    Checked(&'a [File]),
    /// Showed what `--fix` would change (`--diff`): this many changes.
    Previewed {
        /// Fixes that would be applied.
        changes: usize,
    },
    /// Recorded the findings in a baseline (`--write-baseline`).
    Recorded,
    /// Checked files and printed their report file by file: this report.
    Streamed(&'a Stream),
}

/// A run's exit code, the one place it is decided: 2 when an input could not be read or there was
/// nothing to check (`trouble`); else for a check 1 when a finding fails the run, for `--diff` 1
/// when something would change, for `--write-baseline` 0; otherwise 0.
#[must_use]
pub fn exit_code(run: Run<'_>, settings: &Settings, trouble: bool) -> u8 {
    if trouble {
        return 2;
    }
    match run {
        Run::Checked(files) => u8::from(
            !settings.exit_zero && settings.fails(files.iter().flat_map(|f| &f.report.diagnostics)),
        ),
        Run::Previewed { changes } => u8::from(changes > 0),
        Run::Recorded => 0,
        Run::Streamed(stream) => u8::from(!settings.exit_zero && stream.failing()),
    }
}

/// The report of a run in `format`. The human formats are styled as `style` says and end with a
/// summary line when `summary` is set; `exit_code` is what the run ends with (SARIF records it).
#[cfg(feature = "reports")]
#[must_use]
pub fn render(
    format: Format,
    files: &[File],
    settings: &Settings,
    style: Style,
    summary: bool,
    exit_code: u8,
) -> String {
    match format {
        Format::Human => human(files, settings, style, summary),
        Format::Concise => concise(files, settings, style, summary),
        Format::Json => json(files, settings),
        Format::Sarif => sarif(files, settings, exit_code),
        Format::Github => github(files, settings),
        Format::Azure => azure(files, settings),
        Format::Junit => junit(files, settings),
        Format::Gitlab => gitlab(files, settings),
    }
}

impl Settings {
    /// These settings failing on `fail_on`, when given.
    #[must_use]
    pub fn failing_on(self, fail_on: Option<Severity>) -> Settings {
        Settings {
            fail_on: fail_on.unwrap_or(self.fail_on),
            ..self
        }
    }

    /// Whether a finding of this severity fails a run (or blocks a form from being submitted).
    #[must_use]
    pub fn blocks(&self, severity: Severity) -> bool {
        severity >= self.fail_on
    }

    /// The verdict of a run: whether any of its findings fails it.
    #[must_use]
    pub fn fails<'a>(&self, findings: impl IntoIterator<Item = &'a Diagnostic>) -> bool {
        findings.into_iter().any(|d| self.blocks(d.severity))
    }
}

/// Findings counted by severity, for summaries.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Findings of severity error.
    pub errors: usize,
    /// Findings of severity warning.
    pub warnings: usize,
    /// Findings of severity info.
    pub infos: usize,
}

impl Counts {
    #[must_use]
    /// The findings counted.
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Diagnostic>) -> Counts {
        let mut counts = Counts::default();
        for d in findings {
            match d.severity {
                Severity::Error => counts.errors += 1,
                Severity::Warning => counts.warnings += 1,
                Severity::Info => counts.infos += 1,
            }
        }
        counts
    }

    #[must_use]
    /// All findings.
    pub fn total(&self) -> usize {
        self.errors + self.warnings + self.infos
    }
}
