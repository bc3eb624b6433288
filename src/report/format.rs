//! The report formats by name, and which one a run uses.

use serde::{Deserialize, Serialize};

/// A report format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// `path:line:col: severity[CODE] message` with the lines it spans, and a summary.
    Human,
    /// One line per finding, and a summary.
    Concise,
    /// One JSON document with every file, its findings and a summary.
    Json,
    /// SARIF 2.1.0 (GitHub code scanning, editors).
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// Azure Pipelines logging commands.
    Azure,
    /// JUnit XML (Azure Pipelines' PublishTestResults, GitLab test reports).
    Junit,
    /// GitLab Code Quality JSON.
    Gitlab,
}

impl Format {
    /// Every format, in the order `--help` lists them.
    pub const ALL: &'static [Format] = &[
        Format::Human,
        Format::Concise,
        Format::Json,
        Format::Sarif,
        Format::Github,
        Format::Azure,
        Format::Junit,
        Format::Gitlab,
    ];

    /// The name used on the command line and in config files.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Concise => "concise",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Github => "github",
            Format::Azure => "azure",
            Format::Junit => "junit",
            Format::Gitlab => "gitlab",
        }
    }

    /// The format called `name`.
    #[must_use]
    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL.iter().copied().find(|f| f.name() == name)
    }

    /// The format a CI service reads from its log, from the variables it sets in every job:
    /// `GITHUB_ACTIONS=true` (GitHub Actions) or `TF_BUILD=True` (Azure Pipelines). A flag or a
    /// config file that names a format wins over this.
    #[must_use]
    pub fn for_ci(github_actions: Option<&str>, tf_build: Option<&str>) -> Option<Format> {
        if github_actions.is_some_and(|v| v.eq_ignore_ascii_case("true")) {
            Some(Format::Github)
        } else if tf_build.is_some_and(|v| v.eq_ignore_ascii_case("true")) {
            Some(Format::Azure)
        } else {
            None
        }
    }

    /// Whether the format is for people in a terminal (styled, with a summary line).
    #[must_use]
    pub fn is_human(self) -> bool {
        matches!(self, Format::Human | Format::Concise)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_ci_services_pick_their_format() {
        for format in Format::ALL {
            assert_eq!(Format::parse(format.name()), Some(*format));
        }
        assert_eq!(Format::for_ci(Some("true"), None), Some(Format::Github));
        assert_eq!(Format::for_ci(None, Some("True")), Some(Format::Azure));
        assert_eq!(Format::for_ci(Some("false"), Some("")), None);
    }
}
