//! What a rule is: the shape of a declaration, and how serious its findings are. Every rule is
//! one `static` made with [`declare_rule!`] in a file of this folder; the registry in `mod.rs`
//! lists them all.

use serde::{Deserialize, Serialize};

use crate::context::ContextFile;
use crate::fix::Applicability;
use crate::kind::Kind;

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
    /// The `invalid` spec, fixed.
    pub valid: &'static str,
    /// What both examples are checked with, for the rules that compare a spec with what exists
    /// (`rules/deployed.rs`): files as `--previous`, `--existing` and `--sizes` take them.
    pub context: &'static [(ContextFile, &'static str)],
    /// Whether its findings carry a fix, and how sure it is (`None`: never).
    pub fix: Option<Applicability>,
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
    context: &[],
    fix: None,
};

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

    /// The first paragraph of the docs, for lists.
    #[must_use]
    pub fn summary(&self) -> String {
        self.docs()
            .split("\n\n")
            .next()
            .unwrap_or_default()
            .replace('\n', " ")
    }
}

/// In a rule example that spans several files, this line separates the files.
pub const FILE_SEPARATOR: &str = "# amlint: next file\n";

/// Declares a rule: the doc comment becomes [`Rule::docs`].
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis static $id:ident = { $($field:ident : $value:expr),* $(,)? }
    ) => {
        $(#[doc = $doc])*
        // A declaration may leave out `context` (most do) or name it (the context rules).
        #[allow(clippy::needless_update)]
        $vis static $id: $crate::rule::Rule = $crate::rule::Rule {
            docs: concat!($($doc, "\n"),*),
            $($field: $value,)*
            ..$crate::rule::UNSET
        };
    };
}
pub(crate) use declare_rule;
