//! What a rule is: the shape of a declaration, and how serious its findings are. A rule is one
//! `static` in a [`declare_rules!`] block of a file in `src/rules/`, and carries everything about
//! it: its docs, examples and messages in English and Dutch. Each block also makes its file's
//! `GROUP`; the registry in `rules/mod.rs` joins the groups.

use serde::{Deserialize, Serialize};

use crate::context::ContextFile;
use crate::fix::Applicability;
use crate::kind::Kind;
use crate::messages::{self, Locale};

/// How serious a finding is. The order matters: `Error > Warning > Info`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
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
    /// The severity called `name` (`error`, `warning`, `info`).
    #[must_use]
    pub fn parse(name: &str) -> Option<Severity> {
        [Severity::Error, Severity::Warning, Severity::Info]
            .into_iter()
            .find(|s| s.as_str() == name)
    }

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

impl std::str::FromStr for Severity {
    type Err = String;

    fn from_str(name: &str) -> Result<Severity, String> {
        Severity::parse(name).ok_or_else(|| "one of: error, warning, info".to_owned())
    }
}

/// Everything known about a rule, declared once.
#[derive(Debug, PartialEq)]
pub struct Rule {
    /// Stable code, `AML` + three digits. The hundreds digit is the group (see `docs/rules.md`).
    pub code: &'static str,
    /// Stable kebab-case slug naming the problem, not the fix.
    pub name: &'static str,
    /// The default severity of its findings.
    pub severity: Severity,
    /// The compute kinds the rule applies to; findings for other kinds are never reported.
    pub kinds: &'static [Kind],
    /// Markdown: what it checks, why, and its sources (section numbers of
    /// `azure-compute-rules.md` and the source tags used there). Taken from the doc comment.
    pub docs: &'static str,
    /// Whether a JSON Schema can express the rule, and with which keywords.
    pub enforcement: Enforcement,
    /// A spec that triggers the rule, and the same spec fixed. Both are run by the tests and shown
    /// in the docs. A rule that looks at several files separates them with [`FILE_SEPARATOR`].
    pub invalid: &'static str,
    /// What the examples are: YAML specs, or ARM templates for the facts only those state.
    pub input: Input,
    /// The `invalid` spec, fixed.
    pub valid: &'static str,
    /// What both examples are checked with, for the rules that compare a spec with what exists
    /// (`rules/deployed.rs`): files as `--previous`, `--existing` and `--sizes` take them.
    pub context: &'static [(ContextFile, &'static str)],
    /// Whether its findings carry a fix, and how sure it is (`None`: never).
    pub fix: Option<Applicability>,
    /// The English message of a finding; `{name}` stands for the argument called `name`.
    pub message: &'static str,
    /// The messages of findings worded differently, by variant: a finding that selects
    /// `CODE.variant` (`Diagnostic::variant`) reads that one.
    pub variants: &'static [(&'static str, &'static str)],
    /// The Dutch docs and messages, made with `dutch!`: built in with the `nl` feature, empty
    /// without it (the npm package registers them on demand, see `catalog::register`).
    pub dutch: Translation,
}

/// A rule's docs and messages in another language, with the same variants and placeholders as in
/// English (a test holds them to it).
#[derive(Debug, PartialEq)]
pub struct Translation {
    /// Markdown, as the English docs.
    pub docs: &'static str,
    /// The main message.
    pub message: &'static str,
    /// The variants' messages, by variant.
    pub variants: &'static [(&'static str, &'static str)],
}

impl Translation {
    /// What a build without the language carries.
    pub const ABSENT: Translation = Translation {
        docs: "",
        message: "",
        variants: &[],
    };

    /// The message of `variant` (`""`: the main one).
    fn template(&self, variant: &str) -> Option<&'static str> {
        if variant.is_empty() {
            return Some(self.message).filter(|text| !text.is_empty());
        }
        self.variants
            .iter()
            .find(|(name, _)| *name == variant)
            .map(|(_, text)| *text)
    }
}

/// What a declaration leaves out (`context` and `fix`, for most rules).
#[doc(hidden)]
pub(crate) const UNSET: Rule = Rule {
    code: "",
    name: "",
    severity: Severity::Info,
    kinds: &[],
    docs: "",
    enforcement: Enforcement::Semantic,
    invalid: "",
    valid: "",
    input: Input::Yaml,
    context: &[],
    fix: None,
    message: "",
    variants: &[],
    dutch: Translation::ABSENT,
};

/// What a rule's examples are written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// A YAML spec, as `az ml` takes.
    Yaml,
    /// An ARM template: the rule is about a fact only an IaC input states (`disableLocalAuth`).
    Arm,
    /// Terraform configuration (`.tf`): the rule is about what only Terraform checks.
    Terraform,
}

/// Where a rule can be enforced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enforcement {
    /// The emitted JSON Schema expresses it with these keywords.
    Schema(&'static [&'static str]),
    /// Needs amlint itself: cross-field arithmetic, tables, YAML reading, several files.
    Semantic,
}

impl Rule {
    /// Whether the rule applies to documents of `kind`.
    #[must_use]
    pub fn applies_to(&self, kind: Kind) -> bool {
        self.kinds.contains(&kind)
    }

    /// The docs with the single leading space of each doc-comment line removed.
    #[must_use]
    pub fn docs(&self) -> String {
        self.docs
            .lines()
            .map(|line| line.strip_prefix(' ').unwrap_or(line))
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_owned()
    }

    /// The docs in `locale` (Markdown), English where the language has none.
    #[must_use]
    pub fn docs_in(&self, locale: Locale) -> String {
        let own = match locale {
            Locale::En => None,
            Locale::Nl => Some(self.dutch.docs).filter(|docs| !docs.is_empty()),
        };
        own.or_else(|| messages::rule_docs(locale, self.code))
            .map_or_else(|| self.docs(), str::to_owned)
    }

    /// The message template of `message_id` (the code, or `CODE.variant`) in `locale`: the
    /// declaration's, a registered catalog's, or else English. `None` for an id of another rule.
    #[must_use]
    pub fn template(&self, locale: Locale, message_id: &str) -> Option<&'static str> {
        let variant = match message_id.strip_prefix(self.code)? {
            "" => "",
            rest => rest.strip_prefix('.')?,
        };
        let translated = match locale {
            Locale::En => None,
            Locale::Nl => self.dutch.template(variant),
        };
        translated
            .or_else(|| messages::registered(locale, message_id))
            .or_else(|| {
                let english = Translation {
                    docs: "",
                    message: self.message,
                    variants: self.variants,
                };
                english.template(variant)
            })
    }

    /// Every message of the rule in `locale` by id (`CODE`, `CODE.variant`), as declared.
    #[must_use]
    pub fn messages(&self, locale: Locale) -> Vec<(String, &'static str)> {
        let (message, variants) = match locale {
            Locale::En => (self.message, self.variants),
            Locale::Nl => (self.dutch.message, self.dutch.variants),
        };
        // A language not built in has no messages until it is registered; English always has
        // them (empty only in the form module, for the rules it never reports: `context_only!`).
        std::iter::once((self.code.to_owned(), message))
            .filter(|(_, text)| locale == Locale::En || !text.is_empty())
            .chain(
                variants
                    .iter()
                    .map(|(variant, text)| (format!("{}.{variant}", self.code), *text)),
            )
            .collect()
    }

    /// The first paragraph of the docs, on one line, for lists.
    #[must_use]
    pub fn summary(&self) -> String {
        self.summary_in(Locale::En)
    }

    /// The first paragraph of the docs in `locale`, on one line.
    #[must_use]
    pub fn summary_in(&self, locale: Locale) -> String {
        self.docs_in(locale)
            .split("\n\n")
            .next()
            .unwrap_or_default()
            .replace('\n', " ")
    }
}

/// In a rule example that spans several files, this line separates the files.
pub const FILE_SEPARATOR: &str = "# amlint: next file\n";

/// Declares a file's rules, each a `static` whose doc comment becomes [`Rule::docs`], and makes
/// `GROUP`, the list of them in the order declared (see `rules/mod.rs`). Fields left out take
/// their value from `UNSET`: no context, no fix, no variants.
macro_rules! declare_rules {
    ($(
        $(#[doc = $doc:literal])*
        $vis:vis static $id:ident = { $($field:ident : $value:expr),* $(,)? }
    )*) => {
        $(
            $(#[doc = $doc])*
            // A declaration may leave out `context` (most do) or name it (the context rules).
            #[allow(clippy::needless_update)]
            $vis static $id: $crate::rule::Rule = $crate::rule::Rule {
                docs: $crate::rule::reference!(docs, concat!($($doc, "\n"),*)),
                $($field: $crate::rule::reference!($field, $value),)*
                ..$crate::rule::UNSET
            };
        )*

        /// The rules of this file, in the order declared.
        pub(crate) static GROUP: &[&$crate::rule::Rule] = &[$(&$id),*];
    };
}
pub(crate) use declare_rules;

/// A field of a rule's declaration. The rule reference — docs and examples, what `explain` and
/// `rules` show — is left out of the npm package's form module (feature `form`), which has
/// neither: the full module, loaded on demand, carries it (docs/performance.md).
#[cfg(not(feature = "form"))]
macro_rules! reference {
    ($field:ident, $value:expr) => {
        $value
    };
}
#[cfg(feature = "form")]
macro_rules! reference {
    (docs, $value:expr) => {{
        // Evaluated, so what it names counts as used, and left out.
        let _ = $value;
        ""
    }};
    (invalid, $value:expr) => {{
        // Evaluated, so what it names counts as used, and left out.
        let _ = $value;
        ""
    }};
    (valid, $value:expr) => {{
        // Evaluated, so what it names counts as used, and left out.
        let _ = $value;
        ""
    }};
    (context, $value:expr) => {{
        // Evaluated, so what it names counts as used, and left out.
        let _ = $value;
        &[]
    }};
    ($field:ident, $value:expr) => {
        $value
    };
}
pub(crate) use reference;

/// The English message of a rule that needs context (`rules/deployed.rs`,
/// `rules/azure_policy.rs`), or of one about text only the full module reads (YAML's syntax,
/// size, documents, nesting, duplicate keys, 1.1 readings and encodings, suppression comments; a template's
/// duplicate key, a `.bicep` file not built): the npm package's form module (feature `form`) takes
/// no context and reads no text, so it never reports such a message, and leaves it out of its code
/// (its size budget, docs/performance.md). The full module, which reports them, has them.
#[cfg(not(feature = "form"))]
macro_rules! context_only {
    ($message:expr) => {
        $message
    };
}
#[cfg(feature = "form")]
macro_rules! context_only {
    ($message:expr) => {{
        // Evaluated, so what it names counts as used, and left out.
        let _ = $message;
        ""
    }};
}
pub(crate) use context_only;
/// The English message of a rule (or variant) about what only an IaC input states: the npm
/// package's form module reads no template or Terraform file, so it never reports one, and leaves
/// the message out of its code, as [`context_only!`] does.
pub(crate) use context_only as iac_only;

/// [`context_only!`] for a rule's variants: the list the form module leaves out, for the
/// messages about text only the full module reads (a template's duplicate key, a `.bicep` file not
/// built).
#[cfg(not(feature = "form"))]
macro_rules! context_only_variants {
    (&[$(($variant:literal, $text:literal)),* $(,)?]) => {
        &[$(($variant, $text)),*]
    };
}
#[cfg(feature = "form")]
macro_rules! context_only_variants {
    (&[$(($variant:literal, $text:literal)),* $(,)?]) => {
        // The ids stay (a language registered there has the same catalog), the texts go.
        &[$(($variant, { let _ = $text; "" })),*]
    };
}
pub(crate) use context_only_variants;

/// A rule's Dutch docs and messages ([`Translation`]). Without the `nl` feature the text is left
/// out of the build: the browser module loads it only when a page asks for Dutch.
#[cfg(feature = "nl")]
macro_rules! dutch {
    (docs: $docs:expr, message: $message:expr, variants: $variants:expr $(,)?) => {
        $crate::rule::Translation {
            docs: $docs,
            message: $message,
            variants: $variants,
        }
    };
    (docs: $docs:expr, message: $message:expr $(,)?) => {
        $crate::rule::Translation {
            docs: $docs,
            message: $message,
            variants: &[],
        }
    };
}
#[cfg(not(feature = "nl"))]
macro_rules! dutch {
    ($($field:ident : $value:expr),* $(,)?) => {
        $crate::rule::Translation::ABSENT
    };
}
pub(crate) use dutch;
