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

    /// The format of a run: a flag, then the config file, then the format a CI service reads from
    /// its log, known from the variables it sets in every job (`GITHUB_ACTIONS=true`: GitHub
    /// Actions; `TF_BUILD=True`: Azure Pipelines), then `human`.
    #[must_use]
    pub fn choose(
        flag: Option<Format>,
        config: Option<Format>,
        github_actions: Option<&str>,
        tf_build: Option<&str>,
    ) -> Format {
        let set = |value: Option<&str>| value.is_some_and(|v| v.eq_ignore_ascii_case("true"));
        flag.or(config).unwrap_or(if set(github_actions) {
            Format::Github
        } else if set(tf_build) {
            Format::Azure
        } else {
            Format::Human
        })
    }

    /// How the format's text is printed ([`super::for_ci`]); `styled`: with amlint's colours.
    #[must_use]
    pub fn syntax(self, styled: bool) -> super::Syntax {
        use super::Syntax;
        match self {
            Format::Human | Format::Concise => Syntax::Text { styled },
            Format::Json | Format::Sarif | Format::Gitlab => Syntax::Json,
            Format::Junit => Syntax::Xml,
            Format::Github => Syntax::GithubCommands,
            Format::Azure => Syntax::AzureCommands,
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
        assert_eq!(
            Format::choose(None, None, Some("true"), None),
            Format::Github
        );
        assert_eq!(
            Format::choose(None, None, None, Some("True")),
            Format::Azure
        );
        assert_eq!(
            Format::choose(None, None, Some("false"), Some("")),
            Format::Human
        );
        let config = Some(Format::Sarif);
        assert_eq!(
            Format::choose(None, config, Some("true"), None),
            Format::Sarif
        );
        assert_eq!(
            Format::choose(Some(Format::Json), config, None, None),
            Format::Json
        );
    }
}
