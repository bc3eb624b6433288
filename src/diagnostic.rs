//! Diagnostics are plain data: which rule fired, where (JSON pointer and byte span), and the
//! values its message needs. Text is produced only when asked for, in the asked-for language.

use crate::fix::Fix;
use crate::messages::{self, Arg, Locale};
use crate::rule::{Rule, Severity};
use crate::span::Span;

/// One finding of one rule in one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// The rule that found the problem.
    pub rule: &'static Rule,
    /// How serious it is: the rule's severity unless the settings change it.
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
    /// Named values for the message template, as data: numbers, text from the spec, amlint's own
    /// identifiers and words the catalog translates. Never prose; a secret only as `Arg::Secret`,
    /// which every rendering masks.
    pub args: Vec<(&'static str, Arg)>,
    /// What resolves the finding, when the rule knows (boxed: most findings have none).
    pub fix: Option<Box<Fix>>,
}

impl Diagnostic {
    #[must_use]
    /// A finding of `rule` in document `document` at `pointer` (and `span`, when the input had text).
    pub fn new(rule: &'static Rule, document: usize, pointer: String, span: Option<Span>) -> Self {
        Diagnostic {
            rule,
            severity: rule.severity,
            document,
            pointer,
            span,
            message_id: rule.code,
            args: Vec::new(),
            fix: None,
        }
    }

    /// Adds a named value for the message template: text from the spec (`&str`, `String`), a
    /// number, or an [`Arg`] made on purpose.
    #[must_use]
    pub fn arg(self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.with_arg(name, value.into())
    }

    // One copy of the push for every argument type `arg` takes: the size-optimised WASM build
    // would otherwise inline it at each of the rules' many calls.
    #[inline(never)]
    fn with_arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }

    /// The argument called `name`, if the finding has one.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, arg)| arg)
    }

    /// Attaches the fix that resolves the finding.
    #[must_use]
    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(Box::new(fix));
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

    /// The arguments as text in `locale`, by name: what the npm package hands JS as `params`.
    #[must_use]
    pub fn params(&self, locale: Locale) -> Vec<(&'static str, String)> {
        self.args
            .iter()
            .map(|(name, arg)| (*name, messages::arg_text(locale, arg)))
            .collect()
    }

    /// The message in `locale`, with its arguments filled in.
    #[must_use]
    pub fn message(&self, locale: Locale) -> String {
        let template = self.rule.template(locale, self.message_id);
        let mut text = messages::render_template(locale, template, self.message_id, &self.args);
        // A template's value that came from a parameter: the message names it.
        if self.get("parameter").is_some() {
            // With several parameter files, which one (templates: the full module's).
            #[cfg(not(feature = "form"))]
            let id = if self.get("parameter_file").is_some() {
                "finding.parameter_file"
            } else {
                "finding.parameter"
            };
            #[cfg(feature = "form")]
            let id = "finding.parameter";
            text.push(' ');
            text.push_str(&messages::render(locale, id, &self.args));
        } else if cfg!(not(feature = "form")) && self.get("variable").is_some() {
            // Terraform's (the form module reads no Terraform file).
            text.push(' ');
            text.push_str(&messages::render(locale, "finding.variable", &self.args));
        }
        text
    }
}

/// Every message argument of the findings: what secret marking looks at.
pub(crate) fn arguments(diagnostics: &mut [Diagnostic]) -> impl Iterator<Item = &mut Arg> {
    diagnostics
        .iter_mut()
        .flat_map(|d| d.args.iter_mut().map(|(_, arg)| arg))
}
