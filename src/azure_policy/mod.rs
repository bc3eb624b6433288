//! Azure Policy definitions evaluated before deployment, as Azure evaluates them at deployment.
//!
//! A [`Definition`] is read from the JSON Azure and the Azure Landing Zones library publish
//! (`definition.rs`); its `if` block is evaluated against a compute projected onto its ARM
//! resource (`type`, `name`, `location`, `tags`, `properties`, `properties.properties`) by
//! `condition.rs`, whose values come from the ARM template expressions in `expression.rs` and
//! whose aliases resolve through the table in `alias.rs`. The verdict is three-valued: what the
//! spec cannot tell before deployment (the resource group, a property Azure sets, an alias amlint
//! does not know) is unknown and said as such, never a pass. A failed evaluation is its own
//! outcome, because Azure treats it as a deny (Azure Policy docs, "Avoiding template failures").
//! Pure: the caller hands over text.

mod alias;
mod condition;
mod definition;
mod expression;
mod settings;

pub use alias::{ALIASES, Alias, AliasStatus, COMPUTES};
pub(crate) use condition::like;
pub use condition::{Leaf, Outcome, evaluate};
pub use definition::{Definition, DefinitionError, Effect, Parameter, Resolved};
pub use expression::{Expr, Scope, Value, evaluate_json, parse_template};
pub use settings::{PolicySettings, Preset, SimpleEffect, iso_seconds_expression};

/// Why an evaluation failed: Azure stops there and denies the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// What went wrong.
    pub reason: Reason,
    /// The function, property or expression it went wrong in: text the policy writes, never a
    /// value read from the spec (findings show it).
    pub subject: String,
}

impl Failure {
    pub(crate) fn new(reason: Reason, subject: &str) -> Failure {
        Failure {
            reason,
            subject: subject.chars().take(200).collect(),
        }
    }
}

/// The ways an evaluation fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The expression is not well formed.
    Syntax,
    /// A function no policy may call (or that amlint does not know).
    UnknownFunction,
    /// A function called with the wrong number of arguments.
    ArgumentCount,
    /// A function given a value of the wrong type (or a comparison of unlike types).
    WrongType,
    /// `int()` of text that is no integer (`int('')`).
    NotAnInteger,
    /// An index, length or result outside its range (`substring('ab', 0, 3)`, `div(1, 0)`).
    OutOfRange,
    /// `.name` or `['name']` of an object without it.
    NoSuchProperty,
    /// `parameters('name')` of a parameter the definition does not declare.
    NoSuchParameter,
    /// `current()` outside a `count`.
    OutsideCount,
    /// Beyond one of Azure's limits (expression length, nesting, result size).
    TooLarge,
}

impl Reason {
    /// The reason's stable name, as findings carry it.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Reason::Syntax => "syntax",
            Reason::UnknownFunction => "unknown-function",
            Reason::ArgumentCount => "argument-count",
            Reason::WrongType => "wrong-type",
            Reason::NotAnInteger => "not-an-integer",
            Reason::OutOfRange => "out-of-range",
            Reason::NoSuchProperty => "no-such-property",
            Reason::NoSuchParameter => "no-such-parameter",
            Reason::OutsideCount => "outside-count",
            Reason::TooLarge => "too-large",
        }
    }
}
