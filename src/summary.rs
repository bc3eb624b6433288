//! What the cross-file rules and file selection know of each document: a summary the pipeline
//! writes and the rules read, below both.

use crate::kind::Kind;
use crate::span::Span;

/// What cross-file rules need to know of each document.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentSummary {
    /// The index of the document in its file.
    pub document: usize,
    /// Its compute kind, when amlint knows it.
    pub kind: Option<Kind>,
    /// Its `name`, and where it stands.
    pub name: Option<(String, Span)>,
    /// Its `location`, when set.
    pub location: Option<String>,
    /// Whether `$schema` names an Azure ML (or amlint) schema.
    pub azure_ml_schema: bool,
}
