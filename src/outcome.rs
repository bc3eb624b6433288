//! What a check returns: the report of one input ([`FileReport`]) and an input with its text and
//! report ([`File`]), as the cross-file rules, the renderers and the faces take them.

use crate::diagnostic::Diagnostic;
use crate::secrets::Secrets;
use crate::summary::DocumentSummary;

/// One checked input, as the renderers take it: its name, its text and its report.
#[derive(Debug, Default)]
pub struct File {
    /// What to call the input in output: its path, or the name given for standard input.
    pub label: String,
    /// The text the report's spans point into (empty when it was never read).
    pub text: String,
    /// What the check found.
    pub report: FileReport,
}

/// What one input file holds and what is wrong with it.
#[derive(Debug, Default)]
pub struct FileReport {
    /// Sorted by document, then position, then code.
    pub diagnostics: Vec<Diagnostic>,
    /// What cross-file rules and file selection need to know of each document.
    pub documents: Vec<DocumentSummary>,
    /// What no output may show: where secrets stand in the text, and their values. A tree's
    /// report without findings ([`crate::node_diagnostics`]) has none: it shows nothing.
    pub secrets: Secrets,
    /// The text names a compute kind as a `type` or a compute `$schema` (what says a file that
    /// could not be read was meant as a compute spec).
    pub text_names_compute: bool,
    /// The text could not be read as `az ml` reads it (not text, too large, broken YAML, over a
    /// budget): its findings say why. An input refused for its size was never read, and is not
    /// `unreadable`.
    pub unreadable: bool,
    /// The rule levels the file was checked with.
    pub levels: crate::policy::Levels,
    /// The `# amlint: ...` comments of the file, and what each suppressed.
    pub suppressions: Vec<crate::policy::suppress::Suppression>,
    /// Findings a suppression comment removed from `diagnostics`.
    pub suppressed: Vec<Diagnostic>,
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

    /// Whether the file is an Azure ML compute spec ([`DocumentSummary::is_compute_spec`]), or
    /// could not be read but its text says it is one (then it is reported rather than skipped).
    /// Used to leave other YAML found in folders (jobs, environments, ...) alone.
    #[must_use]
    pub fn looks_like_compute_spec(&self) -> bool {
        self.documents.iter().any(DocumentSummary::is_compute_spec)
            || (self.unreadable && self.text_names_compute)
    }
}
