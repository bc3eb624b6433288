//! Diagnostics are plain data: which rule fired, where (JSON pointer and byte span), and the
//! values its message needs. Text is produced only when asked for, in the asked-for language.

use serde::Serialize;

use crate::messages::{self, Locale};
use crate::rule::Rule;

/// How serious a finding is. The order matters: `Error > Warning > Info`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Advice; never fails a run.
    Info,
    /// A risk, a limit that newer sources relax, or something that needs context to judge.
    Warning,
    /// Azure (service, SDK or CLI) would reject the spec.
    Error,
}

impl Severity {
    /// The lowercase name used in every output format.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A half-open byte range `start..end` into the checked text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    #[must_use]
    pub fn new(start: usize, end: usize) -> Span {
        let start = u32::try_from(start).unwrap_or(u32::MAX);
        let end = u32::try_from(end).unwrap_or(u32::MAX).max(start);
        Span { start, end }
    }

    #[must_use]
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// One finding of one rule in one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub rule: &'static Rule,
    pub severity: Severity,
    /// Index of the YAML document in its file (0 for single-document files).
    pub document: usize,
    /// RFC 6901 pointer into the document; `""` is the document root.
    pub pointer: String,
    /// Where in the text; `None` when the input had no text (a JS object) or the finding is about
    /// the file as a whole.
    pub span: Option<Span>,
    /// Which message of the rule's catalog entries to use: the rule code itself, or
    /// `CODE.variant` for a rule that words some findings differently.
    pub message_id: &'static str,
    /// Named values for the message template. Never holds a secret.
    pub args: Vec<(&'static str, String)>,
}

impl Diagnostic {
    #[must_use]
    pub fn new(rule: &'static Rule, document: usize, pointer: String, span: Option<Span>) -> Self {
        Diagnostic {
            rule,
            severity: rule.severity,
            document,
            pointer,
            span,
            message_id: rule.code,
            args: Vec::new(),
        }
    }

    /// Adds a named value for the message template.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// Selects the catalog entry `CODE.variant` instead of the rule's main message.
    #[must_use]
    pub fn variant(mut self, message_id: &'static str) -> Self {
        self.message_id = message_id;
        self
    }

    /// The stable rule code, e.g. `AML301`.
    #[must_use]
    pub fn code(&self) -> &'static str {
        self.rule.code
    }

    /// The message in `locale`, with its arguments filled in.
    #[must_use]
    pub fn message(&self, locale: Locale) -> String {
        messages::render(locale, self.message_id, &self.args)
    }
}
