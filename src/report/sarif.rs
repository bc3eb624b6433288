//! SARIF 2.1.0, as GitHub code scanning and other SARIF readers take it: every rule with its
//! documentation link, every finding with its place and a fingerprint, and the run's exit code.
//! Written with serde structs (as ruff writes its SARIF) and tested against the official schema.

use serde::Serialize;

use super::{Edge, FIRST, File, Settings, escape_json};
use crate::rule::{Rule, Severity};
use crate::rules::RULES;
use crate::source::Encoding;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
/// Where the rule reference lives, in each language; each rule's section is its lowercase code.
const RULES_DOC: &str = concat!(env!("CARGO_PKG_REPOSITORY"), "/blob/main/docs/rules.md");
const RULES_DOC_NL: &str = concat!(env!("CARGO_PKG_REPOSITORY"), "/blob/main/docs/rules.nl.md");
/// The base the artifact URIs of relative paths are relative to: the checked-out sources.
const SRCROOT: &str = "%SRCROOT%";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    /// The language of the messages, as a BCP 47 tag.
    language: &'static str,
    invocations: [Invocation; 1],
    /// Columns count characters, as in every other format (SARIF's default is UTF-16 units).
    column_kind: &'static str,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<Descriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Descriptor {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    help_uri: String,
    help: Text,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    exit_code: i32,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: [Location; 1],
    partial_fingerprints: Fingerprints,
    /// The fix, as replacements in the file, for readers that offer them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<SarifFix>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifFix {
    description: Text,
    artifact_changes: [ArtifactChange; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: Vec<Replacement>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: Region,
    inserted_content: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
    /// The finding's JSON pointer, for readers that know the spec's structure.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    logical_locations: Vec<LogicalLocation>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LogicalLocation {
    fully_qualified_name: String,
    kind: &'static str,
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "amlint/v1")]
    amlint: String,
}

/// What a fix is, in the run's language: `amlint's fix (safe)`.
fn fix_description(applicability: &str, settings: &Settings) -> String {
    crate::messages::phrase(
        settings.locale,
        "fix.description",
        &[("applicability", applicability)],
    )
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A rule as SARIF describes it, in `locale`, its link to the reference in that language.
fn descriptor(rule: &Rule, locale: crate::Locale) -> Descriptor {
    let reference = match locale {
        crate::Locale::En => RULES_DOC,
        crate::Locale::Nl => RULES_DOC_NL,
    };
    Descriptor {
        id: rule.code,
        name: rule.name,
        short_description: Text {
            text: rule.summary_in(locale),
        },
        full_description: Text {
            text: rule.docs_in(locale),
        },
        help_uri: format!("{reference}#{}", rule.code.to_ascii_lowercase()),
        help: Text {
            text: format!("amlint explain {}", rule.code),
        },
        default_configuration: Configuration {
            level: level(rule.severity),
        },
    }
}

/// A path as a SARIF artifact URI: a relative path stays relative (to `%SRCROOT%`, the checked-out
/// sources, as GitHub resolves it), an absolute one becomes a `file:` URI. Characters a URI cannot
/// hold are percent-encoded.
pub(crate) fn artifact(label: &str) -> ArtifactLocationParts {
    let path = label.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    let absolute = path.starts_with('/') || path.as_bytes().get(1) == Some(&b':');
    let mut uri = String::new();
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) || (absolute && byte == b':') {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    if absolute {
        let slash = if uri.starts_with('/') { "" } else { "/" };
        ArtifactLocationParts {
            uri: format!("file://{slash}{uri}"),
            base: None,
        }
    } else {
        ArtifactLocationParts {
            uri,
            base: Some(SRCROOT),
        }
    }
}

/// An artifact's URI and the base it is relative to, if any.
pub(crate) struct ArtifactLocationParts {
    pub(crate) uri: String,
    pub(crate) base: Option<&'static str>,
}

/// The run as one SARIF log. `exit_code` is the code the run ends with.
#[must_use]
pub fn sarif(files: &[File], settings: &Settings, exit_code: u8) -> String {
    super::Stream::whole(
        super::Format::Sarif,
        files,
        settings,
        super::Style::Plain,
        true,
        exit_code,
    )
}

/// The log without results, pretty-printed, cut where its results go: what comes before the
/// first result (after `"results": [`), and what comes after the last (from its `]`).
pub(super) fn around_results(settings: &Settings, exit_code: u8) -> (String, String) {
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            language: settings.locale.tag(),
            tool: Tool {
                driver: Driver {
                    name: "amlint",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: env!("CARGO_PKG_REPOSITORY"),
                    rules: RULES
                        .iter()
                        .map(|r| descriptor(r, settings.locale))
                        .collect(),
                },
            },
            invocations: [Invocation {
                execution_successful: exit_code < 2,
                exit_code: i32::from(exit_code),
            }],
            column_kind: "unicodeCodePoints",
            results: Vec::new(),
        }],
    };
    // Serialising these types cannot fail: string keys only.
    let text = escape_json(&serde_json::to_string_pretty(&log).unwrap_or_default()).into_owned();
    // `results` is the run's last field; inside a string a quote is escaped, so the key as
    // written here stands nowhere else.
    const EMPTY: &str = "\"results\": [";
    match text.rfind(EMPTY) {
        Some(at) => {
            let (head, end) = text.split_at(at + EMPTY.len());
            (head.to_owned(), format!("{end}\n"))
        }
        None => (text, "\n".to_owned()),
    }
}

/// The depth of a result in the log: `runs[0].results[n]`.
pub(super) const RESULT_INDENT: &str = "        ";

/// One file's results, each pretty-printed at its depth in the log, joined by commas; and how
/// many there are.
pub(super) fn file(file: &File, settings: &Settings) -> (String, usize) {
    let mut results = Vec::new();
    let report = &file.report;
    let edge = Edge::new(&file.text, &report.secrets, *settings, Encoding::Chars);
    let place = artifact(&file.label);
    for d in &report.diagnostics {
        let found = edge.finding(d);
        let (start, end) = (found.start.unwrap_or(FIRST), found.end.unwrap_or(FIRST));
        let end = if (end.line, end.column) < (start.line, start.column) {
            start
        } else {
            end
        };
        results.push(SarifResult {
            rule_id: d.code(),
            rule_index: RULES
                .iter()
                .position(|r| std::ptr::eq(*r, d.rule))
                .unwrap_or_default(),
            level: level(d.severity),
            message: Text {
                text: found.message,
            },
            locations: [Location {
                physical_location: PhysicalLocation {
                    artifact_location: ArtifactLocation {
                        uri: place.uri.clone(),
                        uri_base_id: place.base,
                    },
                    region: Region {
                        start_line: start.line,
                        start_column: start.column,
                        end_line: end.line,
                        end_column: end.column,
                    },
                },
                logical_locations: if found.pointer.is_empty() {
                    Vec::new()
                } else {
                    vec![LogicalLocation {
                        fully_qualified_name: found.pointer,
                        kind: "member",
                    }]
                },
            }],
            partial_fingerprints: Fingerprints {
                amlint: edge.fingerprint(d, &report.documents),
            },
            fixes: found
                .fix
                .filter(|fix| !fix.edits.is_empty())
                .map(|fix| SarifFix {
                    description: Text {
                        text: fix_description(fix.applicability, settings),
                    },
                    artifact_changes: [ArtifactChange {
                        artifact_location: ArtifactLocation {
                            uri: place.uri.clone(),
                            uri_base_id: place.base,
                        },
                        replacements: fix
                            .edits
                            .into_iter()
                            .map(|e| Replacement {
                                deleted_region: Region {
                                    start_line: e.start.line,
                                    start_column: e.start.column,
                                    end_line: e.end.line,
                                    end_column: e.end.column,
                                },
                                inserted_content: Text { text: e.content },
                            })
                            .collect(),
                    }],
                })
                .into_iter()
                .collect(),
        });
    }
    let count = results.len();
    let mut out = String::new();
    for result in &results {
        if !out.is_empty() {
            out.push_str(",\n");
        }
        out.push_str(&super::json::indented(result, RESULT_INDENT));
    }
    (out, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uris_relative_to_the_sources_or_file_uris() {
        let relative = artifact("./specs/my cluster.yml");
        assert_eq!(relative.uri, "specs/my%20cluster.yml");
        assert_eq!(relative.base, Some(SRCROOT));
        let absolute = artifact("/tmp/a#b.yml");
        assert_eq!(
            (absolute.uri.as_str(), absolute.base),
            ("file:///tmp/a%23b.yml", None)
        );
        assert_eq!(artifact(r"C:\specs\a.yml").uri, "file:///C:/specs/a.yml");
        assert_eq!(artifact("<stdin>").uri, "%3Cstdin%3E");
    }
}
