//! GitLab Code Quality: a JSON list of issues, each with a fingerprint unique in the report.

use serde::Serialize;

use super::{Edge, FIRST, File, Settings};
use crate::rule::Severity;
use crate::source::Encoding;

#[derive(Serialize)]
struct Issue {
    description: String,
    check_name: &'static str,
    fingerprint: String,
    severity: &'static str,
    location: Location,
}

#[derive(Serialize)]
struct Location {
    path: String,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
    end: usize,
}

/// The run as a GitLab Code Quality report.
#[must_use]
pub fn gitlab(files: &[File], settings: &Settings) -> String {
    super::Stream::whole(
        super::Format::Gitlab,
        files,
        settings,
        super::Style::Plain,
        true,
        0,
    )
}

/// One file's issues, each pretty-printed at its depth in the list, joined by commas; and how
/// many there are. GitLab drops issues with a fingerprint seen before: findings that share one
/// (the same rule in several items of a list) are told apart by their count. The path is part
/// of each, and a run checks a file once, so no issue of another file shares one.
pub(super) fn file(file: &File, settings: &Settings) -> (String, usize) {
    let mut issues: Vec<Issue> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let edge = Edge::new(&file.text, &file.report.secrets, *settings, Encoding::Chars);
    let path = file.label.strip_prefix("./").unwrap_or(&file.label);
    for d in &file.report.diagnostics {
        let found = edge.finding(d);
        let (start, end) = (found.start.unwrap_or(FIRST), found.end.unwrap_or(FIRST));
        let base = format!("{path}\0{}", edge.fingerprint(d, &file.report.documents));
        let count = seen.iter().filter(|b| **b == base).count();
        seen.push(base.clone());
        issues.push(Issue {
            description: format!("{} {}", d.code(), found.message),
            check_name: d.code(),
            fingerprint: super::edge::fingerprint_of(&[&base, &count.to_string()]),
            severity: match d.severity {
                Severity::Error => "major",
                Severity::Warning => "minor",
                Severity::Info => "info",
            },
            location: Location {
                path: path.to_owned(),
                lines: Lines {
                    begin: start.line,
                    end: end.line.max(start.line),
                },
            },
        });
    }
    let mut out = String::new();
    for issue in &issues {
        if !out.is_empty() {
            out.push_str(",\n");
        }
        out.push_str(&super::json::indented(issue, "  "));
    }
    (out, issues.len())
}
