//! Which rules report, and how seriously: the one place rule selection, severity overrides and
//! suppressions are decided, so the CLI, the npm package and a form get the same findings.
//!
//! A [`Selection`] is what a user writes (in a config file, as flags, or as npm options);
//! [`Selection::levels`] resolves it once into [`Levels`], which the checks apply after the rules
//! have run. Findings that mean the file could not be read as `az ml` reads it
//! ([`crate::rules::ALWAYS_ON`]) are never switched off, downgraded or suppressed: otherwise a
//! setting would bring back a silent pass.

pub mod suppress;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::rule::{Rule, Severity};
use crate::rules::{ALWAYS_ON, RULES, shape::closest};

/// A rule's level as a user sets it: a severity, or `off`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The rule does not run.
    Off,
    /// Findings are advice.
    Info,
    /// Findings are warnings.
    Warning,
    /// Findings are errors.
    Error,
}

impl Level {
    /// The level named `name` (`error`, `warning`, `info`, `off`).
    #[must_use]
    pub fn parse(name: &str) -> Option<Level> {
        match name {
            "error" => Some(Level::Error),
            "warning" => Some(Level::Warning),
            "info" => Some(Level::Info),
            "off" => Some(Level::Off),
            _ => None,
        }
    }

    fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Info => Some(Severity::Info),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }
}

/// Which rules report and at what severity, as a user writes it. Each list holds selectors: a
/// rule code (`AML301`), a rule name (`min-instances-above-max`), a code prefix for a group
/// (`AML3`, `AML30`) or `ALL`.
///
/// Plain data without serde: the config file (`config::ConfigFile`) and the npm options are read
/// by their faces' own types and become this, which keeps map and serde code out of the `.wasm`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// The rules to run; every rule when not given.
    pub select: Option<Vec<String>>,
    /// Rules to run besides those of `select`.
    pub extend_select: Vec<String>,
    /// Rules not to run; wins over `select`.
    pub ignore: Vec<String>,
    /// A severity (or `off`) per selector, in place of the rule's own; a later entry for the same
    /// selector wins.
    pub severity: Vec<(String, Level)>,
}

/// A selector that names no rule, and the nearest that does, if one is close.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownSelector {
    /// The selector as written.
    pub selector: String,
    /// The nearest code or rule name, when one is close.
    pub suggestion: Option<&'static str>,
}

impl UnknownSelector {
    /// What is wrong, in `locale`.
    #[must_use]
    pub fn text(&self, locale: crate::Locale) -> String {
        match self.suggestion {
            Some(suggestion) => crate::messages::phrase(
                locale,
                "cli.no_rule_suggest",
                &[("rule", &self.selector), ("suggestion", suggestion)],
            ),
            None => crate::messages::phrase(locale, "cli.no_rule", &[("rule", &self.selector)]),
        }
    }
}

impl std::fmt::Display for UnknownSelector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(crate::Locale::En))
    }
}

/// The rules a selector names.
///
/// # Errors
/// When it names none: then the nearest code or name, if one is close.
pub fn rules_of(selector: &str) -> Result<Vec<&'static Rule>, UnknownSelector> {
    let upper = selector.to_ascii_uppercase();
    let found: Vec<&'static Rule> = if upper == "ALL" {
        RULES.to_vec()
    } else if upper.starts_with("AML") && upper.len() <= 6 {
        RULES
            .iter()
            .copied()
            .filter(|rule| rule.code.starts_with(&upper))
            .collect()
    } else {
        RULES
            .iter()
            .copied()
            .filter(|rule| rule.name == selector)
            .collect()
    };
    if found.is_empty() {
        let candidates = RULES.iter().flat_map(|rule| [rule.code, rule.name]);
        return Err(UnknownSelector {
            selector: selector.to_owned(),
            suggestion: closest(selector, candidates),
        });
    }
    Ok(found)
}

impl Selection {
    /// The selection resolved: each rule's severity, or off.
    ///
    /// # Errors
    /// A selector that names no rule.
    pub fn levels(&self) -> Result<Levels, UnknownSelector> {
        // What nearly every call says: nothing. A form validates with it on every keystroke.
        if *self == Selection::default() {
            return Ok(Levels::default());
        }
        let mut on = vec![self.select.is_none(); RULES.len()];
        let mut set = |selectors: &[String], value: bool| -> Result<(), UnknownSelector> {
            for selector in selectors {
                for rule in rules_of(selector)? {
                    on[index(rule)] = value;
                }
            }
            Ok(())
        };
        set(self.select.as_deref().unwrap_or_default(), true)?;
        set(&self.extend_select, true)?;
        set(&self.ignore, false)?;
        let mut levels: Vec<Option<Severity>> = RULES
            .iter()
            .zip(&on)
            .map(|(rule, on)| on.then_some(rule.severity))
            .collect();
        // Broader selectors first, so `AML3 = "off"` with `AML302 = "error"` keeps AML302; among
        // equally broad ones, the later wins.
        let mut overrides: Vec<(usize, usize, &'static Rule, Level)> = Vec::new();
        for (order, (selector, level)) in self.severity.iter().enumerate() {
            let rules = rules_of(selector)?;
            for rule in &rules {
                overrides.push((usize::MAX - rules.len(), order, rule, *level));
            }
        }
        overrides.sort_unstable_by_key(|(breadth, order, _, _)| (*breadth, *order));
        for (_, _, rule, level) in overrides {
            if on[index(rule)] {
                levels[index(rule)] = level.severity();
            }
        }
        for rule in ALWAYS_ON {
            levels[index(rule)] = Some(rule.severity);
        }
        Ok(Levels::new(levels))
    }

    /// This selection with `over` laid on top, as flags are laid on a config file: a `select`
    /// replaces, the lists add up, severities override per selector.
    #[must_use]
    pub fn with(&self, over: &Selection) -> Selection {
        let mut merged = self.clone();
        if over.select.is_some() {
            merged.select.clone_from(&over.select);
        }
        merged
            .extend_select
            .extend(over.extend_select.iter().cloned());
        merged.ignore.extend(over.ignore.iter().cloned());
        merged.severity.extend(over.severity.iter().cloned());
        merged
    }
}

/// The position of a rule in [`RULES`].
fn index(rule: &Rule) -> usize {
    RULES
        .iter()
        .position(|r| std::ptr::eq(*r, rule))
        .unwrap_or_default()
}

/// Each rule's severity, or `None` when it is off; resolved from a [`Selection`]. The default is
/// every rule at its own severity, held as nothing at all: a check with default settings (nearly
/// every keystroke in a form) allocates nothing for them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Levels(Option<Vec<Option<Severity>>>);

impl Levels {
    fn new(levels: Vec<Option<Severity>>) -> Levels {
        let default = levels
            .iter()
            .zip(RULES)
            .all(|(level, rule)| *level == Some(rule.severity));
        Levels((!default).then_some(levels))
    }

    /// The severity findings of `rule` are reported at, or `None` when it is off.
    #[must_use]
    pub fn of(&self, rule: &Rule) -> Option<Severity> {
        match &self.0 {
            None => Some(rule.severity),
            Some(levels) => levels.get(index(rule)).copied().flatten(),
        }
    }

    /// Whether every rule reports at its own severity.
    #[must_use]
    pub fn is_default(&self) -> bool {
        self.0.is_none()
    }

    /// Drops the findings of rules that are off and sets the severity of the others.
    pub(crate) fn apply(&self, diagnostics: &mut Vec<Diagnostic>) {
        if self.is_default() {
            return;
        }
        diagnostics.retain_mut(|d| match self.of(d.rule) {
            Some(severity) => {
                d.severity = severity;
                true
            }
            None => false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn selection(select: Option<&[&str]>, ignore: &[&str], severity: &[(&str, Level)]) -> Levels {
        let own = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        Selection {
            select: select.map(own),
            extend_select: Vec::new(),
            ignore: own(ignore),
            severity: severity
                .iter()
                .map(|(k, v)| ((*k).to_owned(), *v))
                .collect(),
        }
        .levels()
        .unwrap()
    }

    fn rule(code: &str) -> &'static Rule {
        crate::rules::by_code(code).unwrap()
    }

    #[test]
    fn selectors_name_codes_names_groups_and_all() {
        assert_eq!(rules_of("AML301").unwrap(), [rule("AML301")]);
        assert_eq!(rules_of("aml301").unwrap(), [rule("AML301")]);
        assert_eq!(
            rules_of("min-instances-above-max").unwrap(),
            [rule("AML301")]
        );
        assert!(rules_of("AML3").unwrap().len() > 3);
        assert_eq!(rules_of("ALL").unwrap().len(), RULES.len());
        let unknown = rules_of("AML399").unwrap_err();
        assert_eq!(unknown.selector, "AML399");
        assert_eq!(
            rules_of("min-instance-above-max").unwrap_err().suggestion,
            Some("min-instances-above-max")
        );
        assert_eq!(rules_of("AML90").map(|r| r.len()), Ok(7));
        assert_eq!(rules_of("AML95").map(|r| r.len()), Ok(7));
        assert!(rules_of("AML0000").is_err());
    }

    #[test]
    fn select_ignore_and_severity_compose() {
        let only_scale = selection(Some(&["AML3"]), &["AML302"], &[]);
        assert_eq!(only_scale.of(rule("AML301")), Some(Severity::Error));
        assert_eq!(only_scale.of(rule("AML302")), None);
        assert_eq!(only_scale.of(rule("AML201")), None);
        let tuned = selection(None, &[], &[("AML3", Level::Off), ("AML302", Level::Error)]);
        assert_eq!(tuned.of(rule("AML302")), Some(Severity::Error));
        assert_eq!(tuned.of(rule("AML301")), None);
        assert!(selection(None, &[], &[]).is_default());
    }

    #[test]
    fn findings_of_unreadable_files_cannot_be_switched_off() {
        let levels = selection(Some(&["AML3"]), &["ALL"], &[("AML001", Level::Info)]);
        for always in ALWAYS_ON {
            assert_eq!(levels.of(always), Some(always.severity), "{}", always.code);
        }
        assert_eq!(levels.of(rule("AML301")), None);
    }
}
