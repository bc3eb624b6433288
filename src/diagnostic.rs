//! Diagnostics are plain data: which rule fired, where (JSON pointer and byte span), and the
//! values its message needs. Text is produced only when asked for, in the asked-for language.

use crate::messages::{self, Locale};
use crate::rules::declare::{Rule, Severity};
use crate::span::Span;

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
    /// Named values for the message template, as data: numbers, text from the spec, amlint's own
    /// identifiers and words the catalog translates. Never prose, and never a secret.
    pub args: Vec<(&'static str, Arg)>,
}

/// A value a message is built from. Rules never word a message: anything a reader would read as
/// language is a [`Arg::Word`] that each catalog words its own way, so a language is a catalog.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A number amlint counted or a limit it applies.
    Int(i64),
    /// Text taken from the checked spec (a key, a value, a name), shown as written.
    Value(String),
    /// An identifier of amlint's or Azure's own, the same in every language: a field name or path
    /// (`network_settings.subnet`), a compute `type`, a VM size, a code point.
    Code(String),
    /// Another tool's own words, quoted as it said them: the YAML parser's message.
    Foreign(String),
    /// A word or phrase the catalog translates, by its catalog key (`type.string`).
    Word(&'static str),
    /// A phrase of the catalog with values of its own (`reading.text`: `the string "{value}"`).
    Phrase(&'static str, Vec<(&'static str, Arg)>),
    /// Several values read as one list: `a, b and c` (or `or`), in the catalog's words.
    List(Vec<Arg>, Join),
}

/// How the items of an [`Arg::List`] are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    /// `a, b and c`.
    And,
    /// `a, b or c`.
    Or,
    /// `a, b, c`: an enumeration, such as the allowed values.
    Comma,
}

impl Arg {
    /// An identifier of amlint's or Azure's own.
    #[must_use]
    pub fn code(text: impl Into<String>) -> Arg {
        Arg::Code(text.into())
    }

    /// A phrase of the catalog with one value of its own.
    #[must_use]
    pub fn phrase(key: &'static str, name: &'static str, value: impl Into<Arg>) -> Arg {
        Arg::Phrase(key, vec![(name, value.into())])
    }

    /// A list of identifiers.
    #[must_use]
    pub fn codes<'a>(items: impl IntoIterator<Item = &'a str>, join: Join) -> Arg {
        Arg::List(items.into_iter().map(Arg::code).collect(), join)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Value(text.to_owned())
    }
}

impl From<&&str> for Arg {
    fn from(text: &&str) -> Arg {
        Arg::Value((*text).to_owned())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Value(text.clone())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Value(text)
    }
}

macro_rules! int_arg {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Arg {
            fn from(n: $ty) -> Arg {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(i64, u64, usize, u32, u16, i32);

impl From<&usize> for Arg {
    fn from(n: &usize) -> Arg {
        Arg::from(*n)
    }
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

    /// Adds a named value for the message template: text from the spec (`&str`, `String`), a
    /// number, or an [`Arg`] made on purpose.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
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
        messages::render(locale, self.message_id, &self.args)
    }
}
