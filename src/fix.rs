//! Fixes: what a rule knows will resolve its finding, as data on the finding. A rule says what
//! to change in the document ([`Change`]: set a value, rename a key, remove an entry); the
//! pipeline turns that into edits of the original text (`apply.rs`), by span, so that everything
//! else in the file — comments, key order, quoting, indentation — stays byte for byte. Trees
//! without text (a form's state) keep the changes, which the npm package hands over as JSON
//! Patch operations.

use crate::span::Span;

/// How sure a fix is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Applicability {
    /// The spec means exactly what it meant: a spelling `az ml` itself converts, written
    /// canonically. `--fix` applies it.
    Safe,
    /// Probably right, but a person should look (a "did you mean" rename, a removed entry).
    /// Applied only with `--unsafe-fixes`.
    Unsafe,
}

impl Applicability {
    /// `safe` or `unsafe`, as every output names it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

/// What a fix changes in the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Writes a scalar in place of a value.
    Replace {
        /// Where the value is in the document.
        pointer: String,
        /// Where it is written.
        span: Span,
        /// What to write.
        value: serde_json::Value,
    },
    /// Renames a key.
    Rename {
        /// Where the entry is in the document (under its old key).
        pointer: String,
        /// Where the key is written.
        span: Span,
        /// The new key.
        key: String,
    },
    /// Removes an entry.
    Remove {
        /// Where the entry is in the document; `None` when it is only in the text (an earlier
        /// duplicate key that the tree, read as `az ml` reads it, does not hold).
        pointer: Option<String>,
        /// From the start of its key to the end of its value.
        span: Span,
    },
}

impl Change {
    /// The change as a JSON Patch (RFC 6902) operation on the document: `replace`, `move` (a
    /// rename) or `remove`; none for an entry only the text holds.
    #[must_use]
    pub fn patch(&self) -> Option<serde_json::Value> {
        Some(match self {
            Change::Replace { pointer, value, .. } => {
                serde_json::json!({ "op": "replace", "path": pointer, "value": value })
            }
            Change::Rename { pointer, key, .. } => {
                let parent = pointer.rfind('/').map_or("", |at| &pointer[..at]);
                let path = format!("{parent}/{}", key.replace('~', "~0").replace('/', "~1"));
                serde_json::json!({ "op": "move", "from": pointer, "path": path })
            }
            Change::Remove {
                pointer: Some(pointer),
                ..
            } => serde_json::json!({ "op": "remove", "path": pointer }),
            Change::Remove { pointer: None, .. } => return None,
        })
    }
}

/// One edit of the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// The bytes replaced (empty to insert).
    pub span: Span,
    /// What stands there afterwards.
    pub replacement: String,
}

/// A fix of one finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Fix {
    /// Whether `--fix` applies it, or only `--unsafe-fixes`.
    pub applicability: Applicability,
    /// What it changes, as data.
    pub changes: Vec<Change>,
    /// The same as edits of the text, once the pipeline has resolved them against it; empty
    /// for a tree without text.
    pub edits: Vec<Edit>,
    /// An edit touches or writes a secret: it may be applied, but no output shows it.
    pub secret: bool,
}

impl Fix {
    /// A fix made of one change.
    #[must_use]
    pub fn new(applicability: Applicability, change: Change) -> Fix {
        Fix {
            applicability,
            changes: vec![change],
            edits: Vec::new(),
            secret: false,
        }
    }

    /// Whether a run with `unsafe_fixes` (or without) applies it.
    #[must_use]
    pub fn applies(&self, unsafe_fixes: bool) -> bool {
        self.applicability == Applicability::Safe || unsafe_fixes
    }
}
