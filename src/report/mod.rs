//! What a check returns, and the one edge where findings become text.

use crate::diagnostic::Diagnostic;
use crate::kind::Kind;
use crate::span::Span;

/// What one input file holds and what is wrong with it.
#[derive(Debug, Default)]
pub struct FileReport {
    /// Sorted by document, then position, then code.
    pub diagnostics: Vec<Diagnostic>,
    pub documents: Vec<DocumentSummary>,
    /// Byte ranges holding secrets, to be masked wherever source text is shown.
    pub secret_spans: Vec<Span>,
    /// The text could not be read as `az ml` reads it (not text, too large, broken YAML, over a
    /// budget): its findings say why. An input refused for its size was never read, and is not
    /// `unreadable`.
    pub unreadable: bool,
}

/// What cross-file rules need to know of each document.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentSummary {
    pub document: usize,
    pub kind: Option<Kind>,
    pub name: Option<(String, Span)>,
    pub location: Option<String>,
    /// Whether `$schema` names an Azure ML (or amlint) schema.
    pub azure_ml_schema: bool,
}

impl FileReport {
    /// The report of an input refused for its size, before it was read.
    pub(crate) fn refused(finding: Diagnostic) -> FileReport {
        FileReport {
            diagnostics: vec![finding],
            ..FileReport::default()
        }
    }

    /// The report of an input that is not text.
    pub(crate) fn unreadable(finding: Diagnostic) -> FileReport {
        FileReport {
            diagnostics: vec![finding],
            unreadable: true,
            ..FileReport::default()
        }
    }

    /// Whether the file looks like an Azure ML compute spec: a document's `type` names a compute
    /// kind, or its `$schema` is an Azure ML schema, or the file could not be read as YAML at all
    /// (then it is reported rather than skipped). Used to skip unrelated YAML found in folders.
    #[must_use]
    pub fn looks_like_compute_spec(&self) -> bool {
        self.documents
            .iter()
            .any(|d| d.kind.is_some() || d.azure_ml_schema)
            || self.unreadable
    }
}
