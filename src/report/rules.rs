//! The rule reference: `amlint rules` (text, JSON, Markdown for `docs/rules.md`) and
//! `amlint explain`, rendered from the registry.

use std::fmt::Write;

use serde::Serialize;

use crate::messages::{self, Locale};
use crate::rule::{Enforcement, Rule, Severity};
use crate::rules::{GROUPS, RULES};

/// A word of the rule reference in `locale` (a catalog entry).
fn word(locale: Locale, id: &str) -> &'static str {
    messages::template(locale, id).unwrap_or_default()
}

/// A severity's label in `locale`: `fout`, `waarschuwing`, `info`.
pub(crate) fn severity_word(severity: Severity, locale: Locale) -> &'static str {
    word(locale, &format!("severity.{}", severity.as_str()))
}

/// One line per rule: code, severity, name and summary.
#[must_use]
pub fn rules_text(locale: Locale) -> String {
    let mut out = String::new();
    for rule in RULES {
        let _ = writeln!(
            out,
            "{}  {:<12} {:<42} {}",
            rule.code,
            severity_word(rule.severity, locale),
            rule.name,
            rule.summary_in(locale)
        );
    }
    out
}

/// One rule: what it checks, why, where it applies, its sources and examples.
#[must_use]
pub fn explain(rule: &Rule, locale: Locale) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}) — {}\n",
        rule.code,
        rule.name,
        severity_word(rule.severity, locale)
    );
    let kinds: Vec<&str> = rule.kinds.iter().map(|k| k.type_name()).collect();
    let _ = writeln!(
        out,
        "{}\n",
        word(locale, "doc.applies_to").replace("{kinds}", &kinds.join(", "))
    );
    let _ = writeln!(out, "{}\n", rule.docs_in(locale));
    for (file, text) in rule.context {
        let line = word(locale, "doc.context").replace("{flag}", file.flag());
        let _ = writeln!(out, "{line}\n\n{}", indent(text));
    }
    if !rule.invalid.is_empty() {
        let _ = writeln!(
            out,
            "{}\n\n{}",
            word(locale, "doc.fails"),
            indent(rule.invalid)
        );
    }
    let _ = writeln!(
        out,
        "{}\n\n{}",
        word(locale, "doc.passes"),
        indent(rule.valid)
    );
    out
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}

/// A rule as data: what `amlint rules --format json` lists and the npm package's `rules` and
/// `explain` return (tsify writes its TypeScript type from this declaration).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RuleInfo {
    /// Stable rule code, e.g. `AML301`.
    pub code: &'static str,
    /// The rule's kebab-case name.
    pub name: &'static str,
    /// The severity of its findings, unless the options give it another.
    #[cfg_attr(feature = "wasm", tsify(type = "Severity"))]
    pub severity: Severity,
    /// The kinds it applies to.
    #[cfg_attr(feature = "wasm", tsify(type = "ComputeKind[]"))]
    pub kinds: Vec<&'static str>,
    /// The first paragraph of `docs`, on one line.
    pub summary: String,
    /// Markdown: what the rule checks, why, and its sources.
    pub docs: String,
    /// The JSON Schema keywords that express the rule, if a schema can.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub schema_keywords: Option<&'static [&'static str]>,
    /// A spec that triggers the rule, and the same spec fixed (only from `explain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub invalid: Option<&'static str>,
    /// The fixed spec (only from `explain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub valid: Option<&'static str>,
}

impl RuleInfo {
    /// The rule with its docs and summary in `locale`; with its examples when `with_examples`.
    #[must_use]
    pub fn new(rule: &'static Rule, with_examples: bool, locale: Locale) -> RuleInfo {
        RuleInfo {
            code: rule.code,
            name: rule.name,
            severity: rule.severity,
            kinds: rule.kinds.iter().map(|k| k.type_name()).collect(),
            summary: rule.summary_in(locale),
            docs: rule.docs_in(locale),
            schema_keywords: match rule.enforcement {
                Enforcement::Schema(keywords) => Some(keywords),
                Enforcement::Semantic => None,
            },
            invalid: with_examples.then_some(rule.invalid),
            valid: with_examples.then_some(rule.valid),
        }
    }
}

/// Every rule as a JSON array, with a final newline (`amlint rules --format json`), in English.
#[must_use]
pub fn rules_json() -> String {
    let rules: Vec<RuleInfo> = RULES
        .iter()
        .map(|rule| RuleInfo::new(rule, false, Locale::En))
        .collect();
    // Serialising these types cannot fail: string keys only.
    let mut out = serde_json::to_string_pretty(&rules).unwrap_or_default();
    out.push('\n');
    out
}

/// The rule reference in Markdown, generated from the registry: `docs/rules.md`, and
/// `docs/rules.nl.md` in Dutch.
#[must_use]
pub fn rules_markdown(locale: Locale) -> String {
    let mut out = String::new();
    let flag = match locale {
        Locale::En => String::new(),
        other => format!(" --lang {}", other.tag()),
    };
    let _ = writeln!(
        out,
        "<!-- @generated by `amlint rules --format markdown{flag}`; do not edit by hand. -->"
    );
    let _ = writeln!(out, "# {}\n", word(locale, "doc.title"));
    let _ = writeln!(out, "{}\n", word(locale, "doc.intro"));
    let _ = writeln!(out, "{}\n", word(locale, "doc.severity"));
    let _ = writeln!(out, "{}\n", word(locale, "doc.schema"));
    let _ = writeln!(out, "{}", word(locale, "doc.table"));
    let _ = writeln!(out, "|---|---|---|---|---|");
    for rule in RULES {
        let _ = writeln!(
            out,
            "| [{}](#{}) | {} | {} | {} | {} |",
            rule.code,
            rule.code.to_ascii_lowercase(),
            rule.name,
            severity_word(rule.severity, locale),
            kinds_text(rule, locale),
            enforcement_text(rule)
        );
    }
    for prefix in GROUPS {
        let _ = writeln!(out, "\n## {}", word(locale, &format!("group.{prefix}")));
        for rule in RULES.iter().filter(|r| r.code.starts_with(prefix)) {
            let _ = writeln!(out, "\n### {}\n", rule.code);
            let line = word(locale, "doc.rule_line")
                .replace("{name}", rule.name)
                .replace("{severity}", severity_word(rule.severity, locale))
                .replace("{kinds}", &kinds_text(rule, locale))
                .replace("{schema}", &enforcement_text(rule))
                .replace("{fix}", fix_text(rule, locale));
            let _ = writeln!(out, "{line}\n");
            let _ = writeln!(out, "{}\n", rule.docs_in(locale));
            for (file, text) in rule.context {
                let line = word(locale, "doc.context").replace("{flag}", file.flag());
                let language = match file {
                    crate::context::ContextFile::Previous => "yaml",
                    _ => "json",
                };
                let _ = writeln!(out, "{line}\n\n```{language}\n{}\n```\n", text.trim_end());
            }
            let language = match rule.input {
                crate::rule::Input::Yaml => "yaml",
                crate::rule::Input::Arm => "json",
                crate::rule::Input::Terraform => "hcl",
            };
            if !rule.invalid.is_empty() {
                let _ = writeln!(
                    out,
                    "{}\n\n```{language}\n{}```\n",
                    word(locale, "doc.fails"),
                    rule.invalid.replace('\0', "\\0")
                );
            }
            let _ = writeln!(
                out,
                "{}\n\n```{language}\n{}```",
                word(locale, "doc.passes"),
                rule.valid
            );
        }
    }
    out
}

fn kinds_text(rule: &Rule, locale: Locale) -> String {
    if rule.kinds.len() == crate::kind::Kind::ALL.len() {
        word(locale, "doc.all_kinds").to_owned()
    } else {
        rule.kinds
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Whether the rule's findings carry a fix, and how sure it is.
fn fix_text(rule: &Rule, locale: Locale) -> &'static str {
    match rule.fix {
        Some(crate::fix::Applicability::Safe) => word(locale, "doc.fix.safe"),
        Some(crate::fix::Applicability::Unsafe) => word(locale, "doc.fix.unsafe"),
        None => "—",
    }
}

fn enforcement_text(rule: &Rule) -> String {
    match rule.enforcement {
        Enforcement::Schema(keywords) => keywords
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", "),
        Enforcement::Semantic => "—".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_carry_their_docs_and_examples_only_when_explained() {
        let rule = crate::by_code("AML301").unwrap_or(RULES[0]);
        let listed = RuleInfo::new(rule, false, Locale::En);
        assert!(listed.invalid.is_none() && listed.valid.is_none());
        assert!(RuleInfo::new(rule, true, Locale::En).invalid.is_some());
        assert_eq!(listed.summary, rule.summary_in(Locale::En));
        assert!(listed.docs.starts_with(&listed.summary[..10]));
        // One shape for the command's `rules --format json` and the npm package's `rules()`.
        let json = serde_json::to_value(&listed).unwrap_or_default();
        assert_eq!(json["code"], "AML301");
        assert_eq!(json["severity"], "error");
        assert!(json.get("schema_keywords").is_none());
    }
}
