//! Reading YAML (and JSON, which is YAML) into a [`Node`] tree with byte spans, the way `az ml`
//! reads it: PyYAML's YAML 1.1 scalars, last-wins duplicate keys, merge keys, one document per
//! file. Problems are returned as [`Issue`]s, in the reader's own words (no rule codes, no
//! messages): the rules in `rules/document.rs` turn them into findings. Never panics, and bounded in depth and alias expansion.

mod build;
mod emit;

mod node;
mod scalar;

/// A plain scalar's value as PyYAML (YAML 1.1, what `az ml` uses) reads it, as plain data.
#[must_use]
pub fn plain_value(text: &str) -> serde_json::Value {
    Node::new(scalar::resolve_yaml11(text), Span::default()).to_json()
}

pub use build::{Limits, Parsed, Shadowed, Strings, parse};
pub use emit::{emit, scalar_text};

pub use node::{Entry, Location, Node, Value, pointer_push, push_token};
pub(crate) use scalar::{key_text, number_text};

use crate::span::Span;

/// Something about the YAML text itself, found while reading it.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub kind: IssueKind,
    pub document: usize,
    pub pointer: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum IssueKind {
    /// The parser's own message, without its position suffix.
    Syntax(String),
    /// A second (or later) document in one file.
    ExtraDocument,
    /// A key written twice in one mapping; the last one wins. `earlier` is the entry written
    /// before it (key to value), whose value `az ml` ignores.
    DuplicateKey { key: String, earlier: Span },
    /// A plain scalar that YAML 1.1 (what `az ml` uses) and YAML 1.2 read differently.
    Ambiguous {
        text: String,
        yaml11: Reading,
        yaml12: Reading,
    },
    /// Nesting deeper than [`Limits::max_depth`].
    TooDeep(usize),
    /// Aliases that expand to more than [`Limits::max_nodes`] nodes (a "billion laughs" file).
    TooManyNodes(usize),
    /// An alias used inside the node its anchor names.
    RecursiveAlias,
    /// A tag PyYAML's safe loader has no constructor for.
    UnsupportedTag(String),
    /// `!!binary` data that is not base64 or does not decode to UTF-8 text: PyYAML fails on the
    /// first, and az ml turns the bytes into text, failing on the second ("Not a valid utf-8
    /// string").
    Binary,
    /// A merge key (`<<`) whose value is not a mapping or a list of mappings.
    BadMerge,
    /// A plain `=` or `<<` where a value belongs: YAML 1.1 tags (`value`, `merge`) that PyYAML's
    /// safe loader cannot construct.
    UnloadablePlain { text: String, tag: &'static str },
    /// A tab where PyYAML allows none: outside quotes, block scalars and comments.
    Tab,
    /// A character PyYAML's reader refuses anywhere in a file (ESC, DEL, U+FFFE, ...).
    Character(char),
    /// A line break only YAML 1.1 has (NEL, U+2028, U+2029): PyYAML breaks the line there,
    /// YAML 1.2 readers do not.
    LineBreak(char),
}

/// How one YAML version reads a plain scalar.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// Not text: a boolean, number or null, written canonically (`false`, `8`, `null`).
    Literal(String),
    /// Text.
    Text(String),
}

impl IssueKind {
    /// Whether the text cannot be read as `az ml` reads it: PyYAML stops at this (the tree may
    /// still have been built, to check what follows).
    #[must_use]
    pub fn is_unreadable(&self) -> bool {
        !matches!(
            self,
            IssueKind::ExtraDocument | IssueKind::DuplicateKey { .. } | IssueKind::Ambiguous { .. }
        )
    }

    /// Whether the document could not be read at all.
    #[must_use]
    pub fn is_fatal(&self) -> bool {
        matches!(
            self,
            IssueKind::Syntax(_)
                | IssueKind::TooDeep(_)
                | IssueKind::TooManyNodes(_)
                | IssueKind::RecursiveAlias
                | IssueKind::UnsupportedTag(_)
                | IssueKind::Binary
                | IssueKind::BadMerge
                | IssueKind::UnloadablePlain { .. }
        )
    }
}
