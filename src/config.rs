//! The configuration file: `amlint.toml`, `.amlint.toml`, or `[tool.amlint]` in `pyproject.toml`.
//! Parsed strictly — an unknown key, a wrong type, an unknown rule or a bad glob is an error with
//! its line and column and, where one is close, the key or rule that was probably meant — because
//! a setting amlint ignores is a check that silently does not run. Finding the file and reading
//! it is the CLI's job; what the settings mean is decided here, so every face agrees.

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::{Deserialize, Serialize};

use crate::messages::phrase;
use crate::policy::{Level, Levels, Selection, UnknownSelector, rules_of};
use crate::report::Format;
use crate::rule::Severity;

/// The keys of a config file, as [`ConfigFile`] declares them (a test holds the two together).
pub const KEYS: &[&str] = &[
    "extend",
    "select",
    "extend-select",
    "ignore",
    "severity",
    "per-file-ignores",
    "include",
    "exclude",
    "fail-on",
    "format",
    "lang",
    "policy",
];

/// Settings of amlint, the Azure ML compute spec linter: `amlint.toml`, `.amlint.toml`, or
/// `[tool.amlint]` in `pyproject.toml`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[schemars(title = "amlint configuration")]
pub struct ConfigFile {
    /// Another config file this one builds on (relative to this file); this file's settings win.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extend: Option<String>,
    /// The rules to run: codes (`AML301`), rule names (`min-instances-above-max`), code prefixes
    /// for groups (`AML3`) or `ALL`. Every rule when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub select: Option<Vec<String>>,
    /// Rules to run besides those of `select`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extend_select: Vec<String>,
    /// Rules not to run; wins over `select`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ignore: Vec<String>,
    /// A severity (`error`, `warning`, `info`) or `off` per rule, name or group, in place of the
    /// rule's own.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub severity: std::collections::BTreeMap<String, Level>,
    /// Rules not to run on some files: glob (relative to this file; without `/`, matched against
    /// the file name) → rules.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub per_file_ignores: std::collections::BTreeMap<String, Vec<String>>,
    /// Which files a folder walk checks (globs relative to this file). By default every `.yml`,
    /// `.yaml` and `.json` file that looks like a compute spec.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub include: Vec<String>,
    /// Files and folders a folder walk skips (globs relative to this file); with
    /// `--force-exclude`, files named on the command line too.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclude: Vec<String>,
    /// The least severity that fails the run. Read from the working directory's config only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_on: Option<Severity>,
    /// The report format. Read from the working directory's config only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Format>,
    /// The language of messages (`en`, `nl`). Read from the working directory's config only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The Azure Policy definitions each spec is evaluated against: presets, definition files,
    /// parameters, simple settings (docs/policy.md). Read from the working directory's config only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<crate::azure_policy::PolicySettings>,
}

/// Which kind of file the text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `amlint.toml` or `.amlint.toml`: the settings at the top level.
    Amlint,
    /// `pyproject.toml`: the settings under `[tool.amlint]`, if there.
    Pyproject,
}

impl FileKind {
    /// The kind of a config file by its name, if it is one.
    #[must_use]
    pub fn of(file_name: &str) -> Option<FileKind> {
        match file_name {
            "amlint.toml" | ".amlint.toml" => Some(FileKind::Amlint),
            "pyproject.toml" => Some(FileKind::Pyproject),
            _ => None,
        }
    }
}

/// The names a config file may have, in the order one folder's are tried.
pub const FILE_NAMES: &[&str] = &["amlint.toml", ".amlint.toml", "pyproject.toml"];

/// What is wrong with a config file, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// 1-based; 0 when the problem has no place in the file.
    pub line: usize,
    /// The 1-based column (in characters); 0 when the line is.
    pub column: usize,
    /// What is wrong, in words a user can act on.
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: ", self.line, self.column)?;
        }
        f.write_str(&self.message)
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn place(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = text.get(..at).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    (line, before[line_start..].chars().count() + 1)
}

fn error_at(text: &str, at: usize, message: String) -> ConfigError {
    let (line, column) = place(text, at);
    ConfigError {
        line,
        column,
        message,
    }
}

/// Where `word` stands in the text as a TOML string or key, for pointing at a bad value.
fn find_word(text: &str, word: &str) -> usize {
    for quoted in [format!("\"{word}\""), format!("'{word}'")] {
        if let Some(at) = text.find(&quoted) {
            return at + 1;
        }
    }
    text.match_indices(word)
        .find(|(at, _)| {
            let before = text[..*at].chars().next_back();
            let after = text[at + word.len()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
                && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
        })
        .map_or(0, |(at, _)| at)
}

#[derive(Deserialize)]
struct Pyproject {
    tool: Option<Tool>,
}

#[derive(Deserialize)]
struct Tool {
    amlint: Option<ConfigFile>,
}

/// A config file as read, with the globs compiled.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The settings as written (with those of the files it extends).
    pub file: ConfigFile,
    per_file_ignores: Vec<(GlobSet, bool, Vec<String>)>,
    include: Vec<(GlobSet, bool)>,
    exclude: Vec<(GlobSet, bool)>,
}

impl Config {
    /// Reads a config file's text. `None` for a `pyproject.toml` without `[tool.amlint]`.
    ///
    /// # Errors
    /// Broken TOML, an unknown key, a value of the wrong type, a rule selector that names no rule,
    /// or a glob that is not one; with the place in the file.
    pub fn parse(
        text: &str,
        kind: FileKind,
        locale: crate::Locale,
    ) -> Result<Option<Config>, ConfigError> {
        let document = toml::de::DeTable::parse(text).map_err(|e| toml_error(text, &e))?;
        let table = match kind {
            FileKind::Amlint => Some(document.get_ref()),
            FileKind::Pyproject => document
                .get_ref()
                .get("tool")
                .and_then(|tool| match tool.get_ref() {
                    toml::de::DeValue::Table(tool) => tool.get("amlint"),
                    _ => None,
                })
                .and_then(|amlint| match amlint.get_ref() {
                    toml::de::DeValue::Table(table) => Some(table),
                    _ => None,
                }),
        };
        let Some(table) = table else {
            return Ok(None);
        };
        for key in table.keys() {
            let name = key.get_ref().as_ref();
            if !KEYS.contains(&name) {
                let message = match crate::rules::shape::closest(name, KEYS.iter().copied()) {
                    Some(near) => phrase(
                        locale,
                        "config.unknown_key_suggest",
                        &[("key", name), ("suggestion", near)],
                    ),
                    None => phrase(locale, "config.unknown_key", &[("key", name)]),
                };
                return Err(error_at(text, key.span().start, message));
            }
        }
        let file = match kind {
            FileKind::Amlint => toml::from_str::<ConfigFile>(text),
            FileKind::Pyproject => toml::from_str::<Pyproject>(text)
                .map(|p| p.tool.and_then(|t| t.amlint).unwrap_or_default()),
        }
        .map_err(|e| toml_error(text, &e))?;
        Config::new(file, text, locale).map(Some)
    }

    /// A config from settings, checked and with its globs compiled; `text` is where the settings
    /// were written, to point at a bad one.
    fn new(file: ConfigFile, text: &str, locale: crate::Locale) -> Result<Config, ConfigError> {
        let selectors = file
            .select
            .iter()
            .flatten()
            .chain(&file.extend_select)
            .chain(&file.ignore)
            .chain(file.severity.keys())
            .chain(file.per_file_ignores.values().flatten());
        for selector in selectors {
            if let Err(unknown) = rules_of(selector) {
                let message = unknown.text(locale);
                return Err(error_at(text, find_word(text, selector), message));
            }
        }
        if let Some(lang) = &file.lang
            && crate::Locale::from_tag(lang).is_none()
        {
            let languages = crate::Locale::available();
            let message = phrase(
                locale,
                "config.lang",
                &[("lang", lang), ("languages", &languages)],
            );
            return Err(error_at(text, find_word(text, lang), message));
        }
        if let Some(kind) = file.policy.as_ref().and_then(|p| p.unknown_kind()) {
            let message = phrase(locale, "config.policy_kind", &[("kind", kind)]);
            return Err(error_at(text, find_word(text, kind), message));
        }
        let glob = |pattern: &String| -> Result<(GlobSet, bool), ConfigError> {
            let at = || find_word(text, pattern);
            if glob_nesting(pattern) > MAX_GLOB_NESTING {
                return Err(error_at(text, at(), glob_too_deep(locale)));
            }
            let not_a_glob = |detail: String| {
                let message = phrase(locale, "config.glob", &[("detail", &detail)]);
                error_at(text, at(), message)
            };
            let parsed = Glob::new(pattern).map_err(|e| not_a_glob(e.kind().to_string()))?;
            // Compiled as a set, which reports what its regex engine refuses (a glob too large)
            // instead of panicking as `compile_matcher` does.
            let compiled = GlobSetBuilder::new()
                .add(parsed)
                .build()
                .map_err(|e| not_a_glob(e.kind().to_string()))?;
            Ok((compiled, !pattern.contains('/')))
        };
        let per_file_ignores = file
            .per_file_ignores
            .iter()
            .map(|(pattern, rules)| glob(pattern).map(|(m, name)| (m, name, rules.clone())))
            .collect::<Result<_, _>>()?;
        let include = file.include.iter().map(glob).collect::<Result<_, _>>()?;
        let exclude = file.exclude.iter().map(glob).collect::<Result<_, _>>()?;
        Ok(Config {
            file,
            per_file_ignores,
            include,
            exclude,
        })
    }

    /// The rule selection this config writes.
    #[must_use]
    pub fn selection(&self) -> Selection {
        Selection {
            select: self.file.select.clone(),
            extend_select: self.file.extend_select.clone(),
            ignore: self.file.ignore.clone(),
            severity: self
                .file
                .severity
                .iter()
                .map(|(k, v)| (k.clone(), *v))
                .collect(),
        }
    }

    /// This config with the config it extends folded in: this one's settings win; rule lists add
    /// up; `base`'s globs apply as written, so an extended file should sit in the same folder or
    /// above and use `**/` patterns.
    #[must_use]
    pub fn extend_with(mut self, base: Config) -> Config {
        let over = self.file.clone();
        let mut file = base.file;
        if over.select.is_some() {
            file.select = over.select;
        }
        file.extend_select.extend(over.extend_select);
        file.ignore.extend(over.ignore);
        file.severity.extend(over.severity);
        file.per_file_ignores.extend(over.per_file_ignores);
        if !over.include.is_empty() {
            file.include = over.include;
            file.exclude.clear();
        }
        file.exclude.extend(over.exclude);
        file.fail_on = over.fail_on.or(file.fail_on);
        file.format = over.format.or(file.format);
        file.lang = over.lang.or(file.lang);
        // A `[policy]` table is one assignment: this file's, whole, else the base's.
        file.policy = over.policy.or(file.policy);
        file.extend = over.extend;
        let mut per_file_ignores = base.per_file_ignores;
        per_file_ignores.append(&mut self.per_file_ignores);
        let include = if self.include.is_empty() {
            base.include
        } else {
            self.include
        };
        let mut exclude = base.exclude;
        exclude.append(&mut self.exclude);
        Config {
            file,
            per_file_ignores,
            include,
            exclude,
        }
    }

    /// The rule levels for a file at `path` (relative to the config file's folder, `/`-separated),
    /// with `flags` laid over the file's settings.
    ///
    /// # Errors
    /// A selector in `flags` that names no rule.
    pub fn levels_for(&self, path: &str, flags: &Selection) -> Result<Levels, UnknownSelector> {
        let mut selection = self.selection().with(flags);
        for (glob, by_name, rules) in &self.per_file_ignores {
            if matches(glob, *by_name, path) {
                selection.ignore.extend(rules.iter().cloned());
            }
        }
        selection.levels()
    }

    /// Whether a run leaves out the file at `path` (relative to the config file's folder): a file
    /// a folder walk found when `exclude` names it or `include` does not; a file named on the
    /// command line only when `exclude` names it and `force_exclude` is set.
    #[must_use]
    pub fn leaves_out(&self, path: &str, named: bool, force_exclude: bool) -> bool {
        if named {
            force_exclude && self.excludes(path)
        } else {
            self.excludes(path) || !self.includes(path)
        }
    }

    /// Whether a folder walk checks the file at `path` (relative to the config file's folder).
    #[must_use]
    pub fn includes(&self, path: &str) -> bool {
        self.include.is_empty() || self.include.iter().any(|(g, n)| matches(g, *n, path))
    }

    /// Whether `path` (a file or folder, relative to the config file's folder) is excluded.
    #[must_use]
    pub fn excludes(&self, path: &str) -> bool {
        self.exclude.iter().any(|(g, n)| matches(g, *n, path))
    }

    /// Settings as a config file would write them (for `--show-settings`).
    #[must_use]
    pub fn show(file: &ConfigFile) -> String {
        toml::to_string(file).unwrap_or_default()
    }

    /// The settings a run takes from this config (or from none) and the command line's flags,
    /// written as a config file (`--show-settings`): the rule selection merged as every check
    /// merges it, and the run-wide choices already made.
    #[must_use]
    pub fn effective(
        config: Option<&Config>,
        flags: &Selection,
        settings: &crate::report::Settings,
        format: Format,
    ) -> ConfigFile {
        let mut file = config.map(|c| c.file.clone()).unwrap_or_default();
        let selection = config
            .map_or_else(Selection::default, Config::selection)
            .with(flags);
        file.select = selection.select;
        file.extend_select = selection.extend_select;
        file.ignore = selection.ignore;
        file.severity = selection.severity.into_iter().collect();
        file.format = Some(format);
        file.fail_on = Some(settings.fail_on);
        file.lang = Some(settings.locale.tag().to_owned());
        file
    }

    /// The run-wide settings: `--fail-on` over the config's `fail-on` over failing on errors;
    /// the language as the caller chose it.
    #[must_use]
    pub fn settings(
        config: Option<&Config>,
        fail_on: Option<Severity>,
        exit_zero: bool,
        locale: crate::Locale,
    ) -> crate::report::Settings {
        let from_file = config.and_then(|c| c.file.fail_on);
        crate::report::Settings {
            exit_zero,
            locale,
            ..crate::report::Settings::default().failing_on(fail_on.or(from_file))
        }
    }
}

/// How deep braces (`{a,b}` alternatives) may nest in a glob: globset builds its parse and its
/// regex by recursion, and a few thousand levels overflow the stack (a few hundred, the regex
/// nesting limit, where it then panics).
pub const MAX_GLOB_NESTING: usize = 32;

/// How deep the braces of a glob nest (those escaped with `\` not counted).
#[must_use]
pub fn glob_nesting(glob: &str) -> usize {
    let (mut depth, mut deepest) = (0_usize, 0_usize);
    let mut chars = glob.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// What is wrong with a glob nested deeper than [`MAX_GLOB_NESTING`], in words.
#[must_use]
pub fn glob_too_deep(locale: crate::Locale) -> String {
    let depth = MAX_GLOB_NESTING.to_string();
    let detail = phrase(locale, "config.glob_depth", &[("depth", &depth)]);
    phrase(locale, "config.glob", &[("detail", &detail)])
}

/// Whether a glob matches a path; a glob without `/` is matched against the file name and against
/// each folder name on the way.
fn matches(glob: &GlobSet, by_name: bool, path: &str) -> bool {
    if by_name {
        path.split('/').any(|part| glob.is_match(part))
    } else {
        glob.is_match(path)
    }
}

fn toml_error(text: &str, error: &toml::de::Error) -> ConfigError {
    let message = error.message().trim().to_owned();
    match error.span() {
        Some(span) => error_at(text, span.start, message),
        None => ConfigError {
            line: 0,
            column: 0,
            message,
        },
    }
}

/// The JSON Schema of the config file, for editors and SchemaStore.
#[must_use]
pub fn schema() -> schemars::Schema {
    schemars::schema_for!(ConfigFile)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, FileKind::Amlint, crate::Locale::En).map(Option::unwrap_or_default)
    }

    #[test]
    fn the_keys_are_the_schema_properties() {
        let schema = schema();
        let properties: Vec<&str> = schema
            .get("properties")
            .and_then(serde_json::Value::as_object)
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut keys = KEYS.to_vec();
        let mut properties = properties.clone();
        keys.sort_unstable();
        properties.sort_unstable();
        assert_eq!(keys, properties);
    }

    #[test]
    fn mistakes_are_errors_with_a_place_and_a_suggestion() {
        let unknown = parse("select = [\"AML3\"]\nignroe = [\"AML302\"]\n").unwrap_err();
        assert_eq!((unknown.line, unknown.column), (2, 1));
        assert!(
            unknown.message.contains("did you mean `ignore`?"),
            "{unknown}"
        );
        let rule = parse("ignore = [\"AML320\"]\n").unwrap_err();
        assert_eq!((rule.line, rule.column), (1, 12));
        assert!(rule.message.contains("AML302"), "{rule}");
        let typed = parse("fail-on = 3\n").unwrap_err();
        assert_eq!(typed.line, 1);
        let level = parse("[severity]\nAML201 = \"fatal\"\n").unwrap_err();
        assert_eq!(level.line, 2, "{level}");
        let broken = parse("select = [\n").unwrap_err();
        assert!(broken.line >= 1);
        let glob = parse("exclude = [\"a/[b\"]\n").unwrap_err();
        assert_eq!(glob.line, 1);
    }

    #[test]
    fn globs_nested_too_deep_are_errors_not_panics() {
        let mut deep = String::from("a");
        for _ in 0..200 {
            deep = format!("{{a,{deep}}}");
        }
        for text in [
            format!("include = [\"{deep}\"]\n"),
            format!("ignore = [\"AML3\"]\nexclude = [\"x\", \"{deep}\"]\n"),
            format!("[per-file-ignores]\n\"{deep}\" = [\"AML302\"]\n"),
        ] {
            let error = parse(&text).unwrap_err();
            let line = text.lines().position(|l| l.contains(&deep)).unwrap() + 1;
            assert_eq!(error.line, line, "{error}");
            assert!(error.column > 1, "{error}");
            assert!(
                error.message.contains("braces nested more than 32 deep"),
                "{error}"
            );
        }
        assert_eq!(glob_nesting("{a,{b,c}}/\\{{d}"), 2);
        let ok = format!("include = [\"{}\"]\n", "{a,".repeat(32) + &"}".repeat(32));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn pyproject_without_a_table_is_not_a_config() {
        let none = Config::parse(
            "[project]\nname = \"x\"\n",
            FileKind::Pyproject,
            crate::Locale::En,
        )
        .unwrap();
        assert!(none.is_none());
        let some = Config::parse(
            "[project]\nname = \"x\"\n[tool.amlint]\nignore = [\"AML302\"]\n",
            FileKind::Pyproject,
            crate::Locale::En,
        )
        .unwrap()
        .unwrap();
        assert_eq!(some.file.ignore, ["AML302"]);
        let wrong = Config::parse(
            "[tool.amlint]\nselekt = []\n",
            FileKind::Pyproject,
            crate::Locale::En,
        );
        assert_eq!(wrong.unwrap_err().line, 2);
    }

    #[test]
    fn per_file_ignores_and_excludes_match_paths_and_names() {
        let config = parse(
            "exclude = [\"legacy/**\", \"*.generated.yml\"]\n\
             [per-file-ignores]\n\"dev/*.yml\" = [\"AML302\"]\n",
        )
        .unwrap();
        let rule = crate::rules::by_code("AML302").unwrap();
        let flags = Selection::default();
        assert_eq!(
            config.levels_for("dev/a.yml", &flags).unwrap().of(rule),
            None
        );
        assert!(
            config
                .levels_for("prod/a.yml", &flags)
                .unwrap()
                .of(rule)
                .is_some()
        );
        assert!(config.excludes("legacy/old/a.yml"));
        assert!(config.excludes("specs/x.generated.yml"));
        assert!(!config.excludes("specs/x.yml"));
    }

    #[test]
    fn an_extending_config_wins_and_adds_up() {
        let base =
            parse("ignore = [\"AML302\"]\nfail-on = \"warning\"\nformat = \"sarif\"\n").unwrap();
        let child = parse("ignore = [\"AML201\"]\nformat = \"github\"\n").unwrap();
        let merged = child.extend_with(base);
        assert_eq!(merged.file.ignore, ["AML302", "AML201"]);
        assert_eq!(merged.file.fail_on, Some(Severity::Warning));
        assert_eq!(merged.file.format, Some(Format::Github));
        // The extending file's `[policy]` wins whole; without one, the base's applies.
        let base = parse("[policy]\nmax-instances = 4\n").unwrap();
        let child = parse("[policy]\nno-ssh = true\n").unwrap();
        let policy = child.extend_with(base.clone()).file.policy.unwrap();
        assert!(policy.no_ssh && policy.max_instances.is_none());
        let policy = parse("").unwrap().extend_with(base).file.policy.unwrap();
        assert_eq!(policy.max_instances, Some(4));
    }
}
