//! Message catalogs. A diagnostic names its message by id (the rule code, or `CODE.variant`) and
//! carries named arguments; the text lives here, one catalog per language, so a language can be
//! added without touching a rule.

mod arg;
#[cfg(feature = "nl")]
mod docs_nl;
mod en;
#[cfg(feature = "nl")]
mod help_nl;
#[cfg(feature = "nl")]
mod nl;
#[cfg(feature = "nl")]
mod schema_nl;

pub use arg::{Arg, Join, MASK};

use serde::Serialize;

/// A language messages can be rendered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// English.
    #[default]
    En,
    /// Dutch. Built in with the `nl` feature (the command); the npm package loads its catalog on
    /// demand ([`register`]).
    Nl,
}

impl Locale {
    /// Every language amlint speaks.
    pub const ALL: &'static [Locale] = &[Locale::En, Locale::Nl];

    /// Reads a BCP 47 tag or POSIX locale (`en`, `en-US`, `en_GB.UTF-8`, `nl_BE`); `None` for a
    /// language amlint does not speak.
    #[must_use]
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let language = tag.split(['-', '_', '.', '@']).next()?.to_ascii_lowercase();
        match language.as_str() {
            "en" | "c" | "posix" => Some(Locale::En),
            "nl" => Some(Locale::Nl),
            _ => None,
        }
    }

    /// Whether this language's catalog is here: built in, or registered.
    #[must_use]
    pub fn is_loaded(self) -> bool {
        !catalog(self).is_empty()
    }

    /// The language's BCP 47 tag.
    #[must_use]
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nl => "nl",
        }
    }

    /// The language a run speaks: `--lang`, then `AMLINT_LANG`, then the config file's `lang`,
    /// then the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set (`nl_NL.UTF-8`, `nl_BE`),
    /// then English. The POSIX variables are only a hint: one naming a language amlint does not
    /// speak gives English.
    ///
    /// # Errors
    /// `AMLINT_LANG` names a language amlint does not speak: that tag.
    pub fn choose(sources: &LanguageSources<'_>) -> Result<Locale, String> {
        if let Some(locale) = sources.flag {
            return Ok(locale);
        }
        if let Some(tag) = sources.variable.filter(|tag| !tag.is_empty()) {
            return Locale::from_tag(tag).ok_or_else(|| tag.to_owned());
        }
        if let Some(locale) = sources.config.and_then(Locale::from_tag) {
            return Ok(locale);
        }
        Ok(sources
            .posix
            .into_iter()
            .flatten()
            .find(|value| !value.is_empty())
            .and_then(Locale::from_tag)
            .unwrap_or_default())
    }

    /// The tags of every language amlint speaks, for messages: `en, nl`.
    #[must_use]
    pub fn available() -> String {
        Locale::ALL
            .iter()
            .map(|l| l.tag())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Where a run's language can come from, as a face read them (see [`Locale::choose`]).
#[derive(Debug, Default, Clone, Copy)]
pub struct LanguageSources<'a> {
    /// `--lang`, already read.
    pub flag: Option<Locale>,
    /// `AMLINT_LANG`.
    pub variable: Option<&'a str>,
    /// `lang` in the config file.
    pub config: Option<&'a str>,
    /// `LC_ALL`, `LC_MESSAGES` and `LANG`, in that order.
    pub posix: [Option<&'a str>; 3],
}

/// The entries of a catalog: `(message id, template)`, sorted by id. Templates name arguments as
/// `{name}`.
#[must_use]
pub fn catalog(locale: Locale) -> &'static [(&'static str, &'static str)] {
    match locale {
        Locale::En => en::MESSAGES,
        #[cfg(feature = "nl")]
        Locale::Nl => nl::MESSAGES,
        #[cfg(not(feature = "nl"))]
        Locale::Nl => REGISTERED_NL.get().copied().unwrap_or_default(),
    }
}

/// The Dutch catalog when it is not built in: registered once by the npm package's
/// `loadLocale("nl")`, which keeps it out of the browser module until it is asked for.
#[cfg(not(feature = "nl"))]
static REGISTERED_NL: std::sync::OnceLock<&'static [(&'static str, &'static str)]> =
    std::sync::OnceLock::new();
/// The Dutch schema titles and descriptions, registered with the catalog.
#[cfg(not(feature = "nl"))]
static REGISTERED_NL_SCHEMA: std::sync::OnceLock<&'static [(&'static str, &'static str)]> =
    std::sync::OnceLock::new();
/// The Dutch rule documentation, registered with the catalog.
#[cfg(not(feature = "nl"))]
static REGISTERED_NL_DOCS: std::sync::OnceLock<&'static [(&'static str, &'static str)]> =
    std::sync::OnceLock::new();

/// Registers the catalog of a language that is not built in: exactly the English ids, sorted, each
/// with the English entry's placeholders, and the rules' documentation by code, sorted. A second
/// registration of the same language is ignored.
///
/// # Errors
/// The language is built in, or the entries are not a catalog of it.
pub fn register(
    locale: Locale,
    entries: Vec<(String, String)>,
    docs: Vec<(String, String)>,
    schema: Vec<(String, String)>,
) -> Result<(), String> {
    if locale.is_loaded() {
        return Ok(());
    }
    let english = catalog(Locale::En);
    if entries.len() != english.len() {
        return Err(format!(
            "{} entries, where the catalog has {}",
            entries.len(),
            english.len()
        ));
    }
    for ((id, text), (english_id, english_text)) in entries.iter().zip(english) {
        if id != english_id {
            return Err(format!("`{id}` where `{english_id}` belongs"));
        }
        if placeholders(text) != placeholders(english_text) {
            return Err(format!("`{id}` has other placeholders than in English"));
        }
    }
    for (list, what) in [
        (&docs, "the rules' documentation"),
        (&schema, "the schema texts"),
    ] {
        if list.windows(2).any(|pair| pair[0].0 >= pair[1].0) {
            return Err(format!("{what} is not sorted"));
        }
    }
    store(locale, entries, docs, schema)
}

#[cfg(not(feature = "nl"))]
fn store(
    locale: Locale,
    entries: Vec<(String, String)>,
    docs: Vec<(String, String)>,
    schema: Vec<(String, String)>,
) -> Result<(), String> {
    // Kept for the life of the module: a language is loaded once.
    fn leak(pairs: Vec<(String, String)>) -> &'static [(&'static str, &'static str)] {
        pairs
            .into_iter()
            .map(|(id, text)| (&*id.leak(), &*text.leak()))
            .collect::<Vec<_>>()
            .leak()
    }
    match locale {
        Locale::Nl => {
            let _ = REGISTERED_NL_DOCS.set(leak(docs));
            let _ = REGISTERED_NL_SCHEMA.set(leak(schema));
            let _ = REGISTERED_NL.set(leak(entries));
            Ok(())
        }
        Locale::En => Err("English is built in".to_owned()),
    }
}

#[cfg(feature = "nl")]
fn store(
    _: Locale,
    _: Vec<(String, String)>,
    _: Vec<(String, String)>,
    _: Vec<(String, String)>,
) -> Result<(), String> {
    Err("this language is built in".to_owned())
}

/// The `{name}` placeholders of a template, sorted.
fn placeholders(template: &str) -> Vec<&str> {
    let mut found: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// Every rule's documentation (Markdown) in `locale`, by code, in order: what a language module
/// carries. Empty for English, whose docs are the rules' doc comments (`Rule::docs`).
#[must_use]
pub fn all_rule_docs(locale: Locale) -> &'static [(&'static str, &'static str)] {
    match locale {
        Locale::En => &[],
        #[cfg(feature = "nl")]
        Locale::Nl => docs_nl::DOCS,
        #[cfg(not(feature = "nl"))]
        Locale::Nl => REGISTERED_NL_DOCS.get().copied().unwrap_or_default(),
    }
}

/// A rule's documentation in `locale`, when that language has its own.
#[must_use]
pub fn rule_docs(locale: Locale, code: &str) -> Option<&'static str> {
    lookup(all_rule_docs(locale), code)
}

/// The text of `key` in a table sorted by key.
fn lookup(table: &'static [(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    table
        .binary_search_by(|(entry, _)| (*entry).cmp(key))
        .ok()
        .and_then(|at| table.get(at))
        .map(|(_, text)| *text)
}

/// The command line's help in `locale`, by `subcommand.argument` (clap's ids; `about` for the
/// command, a subcommand's name for its description); `None` in English, whose help is the CLI's
/// doc comments.
#[must_use]
pub fn help_text(locale: Locale, id: &str) -> Option<&'static str> {
    lookup(help_table(locale), id)
}

/// Every `subcommand.argument` id the help table of `locale` words, for tests.
#[must_use]
pub fn help_ids(locale: Locale) -> Vec<&'static str> {
    help_table(locale).iter().map(|(id, _)| *id).collect()
}

/// The help table of `locale` (empty for English, and where the language is not built in).
fn help_table(locale: Locale) -> &'static [(&'static str, &'static str)] {
    match locale {
        Locale::En => &[],
        #[cfg(feature = "nl")]
        Locale::Nl => help_nl::HELP,
        #[cfg(not(feature = "nl"))]
        Locale::Nl => &[],
    }
}

/// Every JSON Schema title and description in `locale`, by English text, in order: what a language
/// module carries.
#[must_use]
pub fn all_schema_texts(locale: Locale) -> &'static [(&'static str, &'static str)] {
    match locale {
        Locale::En => &[],
        #[cfg(feature = "nl")]
        Locale::Nl => schema_nl::TEXT,
        #[cfg(not(feature = "nl"))]
        Locale::Nl => REGISTERED_NL_SCHEMA.get().copied().unwrap_or_default(),
    }
}

/// A JSON Schema title or description in `locale`, by its English text; `None` in English, or when
/// the language has no translation of it.
#[must_use]
pub fn schema_text(locale: Locale, english: &str) -> Option<&'static str> {
    lookup(all_schema_texts(locale), english)
}

/// A text of amlint's own (the command line's errors and notes, not a finding) in `locale`, its
/// `{name}` placeholders filled with `args` as they are.
#[must_use]
pub fn phrase(locale: Locale, id: &str, args: &[(&'static str, &str)]) -> String {
    let args: Vec<(&'static str, Arg)> = args
        .iter()
        .map(|(name, value)| (*name, Arg::Value((*value).to_owned())))
        .collect();
    render(locale, id, &args)
}

/// The template for `id`, falling back to English.
#[must_use]
pub fn template(locale: Locale, id: &str) -> Option<&'static str> {
    lookup(catalog(locale), id).or_else(|| lookup(catalog(Locale::En), id))
}

/// Fills a template's `{name}` placeholders from `args`. A missing entry renders as its id, a
/// missing argument as its `{name}`: visible, never a panic (tests keep both from happening).
pub(crate) fn render(locale: Locale, id: &str, args: &[(&'static str, Arg)]) -> String {
    let mut out = String::with_capacity(128);
    match template(locale, id) {
        Some(template) => fill(locale, template, args, &mut out),
        None => out.push_str(id),
    }
    out
}

fn fill(locale: Locale, template: &str, args: &[(&'static str, Arg)], out: &mut String) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push('{');
            rest = after;
            continue;
        };
        let name = &after[..close];
        match args.iter().find(|(key, _)| *key == name) {
            Some((_, value)) => write_arg(locale, value, out),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
}

/// One argument as text in `locale`.
pub(crate) fn arg_text(locale: Locale, arg: &Arg) -> String {
    let mut out = String::new();
    write_arg(locale, arg, &mut out);
    out
}

fn write_arg(locale: Locale, arg: &Arg, out: &mut String) {
    match arg {
        Arg::Int(n) => out.push_str(&n.to_string()),
        Arg::Value(text) | Arg::Code(text) | Arg::Foreign(text) => out.push_str(text),
        Arg::Secret(_) => out.push_str(MASK),
        Arg::Word(key) => out.push_str(template(locale, key).unwrap_or(key)),
        Arg::Phrase(key, args) => match template(locale, key) {
            Some(template) => fill(locale, template, args, out),
            None => out.push_str(key),
        },
        Arg::List(items, join) => {
            let last = match join {
                Join::And => template(locale, "join.and").unwrap_or(" and "),
                Join::Or => template(locale, "join.or").unwrap_or(" or "),
                Join::Comma => ", ",
            };
            for (at, item) in items.iter().enumerate() {
                if at > 0 {
                    out.push_str(if at + 1 == items.len() { last } else { ", " });
                }
                write_arg(locale, item, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_comes_from_the_first_source_that_names_one() {
        let mut sources = LanguageSources {
            posix: [None, Some(""), Some("nl_BE.UTF-8")],
            ..LanguageSources::default()
        };
        assert_eq!(Locale::choose(&sources), Ok(Locale::Nl));
        sources.posix = [Some("de_DE"), None, Some("nl_NL")];
        assert_eq!(
            Locale::choose(&sources),
            Ok(Locale::En),
            "LC_ALL decides, as a hint"
        );
        sources.config = Some("nl");
        assert_eq!(Locale::choose(&sources), Ok(Locale::Nl));
        sources.variable = Some("en");
        assert_eq!(Locale::choose(&sources), Ok(Locale::En));
        sources.variable = Some("fr");
        assert_eq!(Locale::choose(&sources), Err("fr".to_owned()));
        sources.flag = Some(Locale::Nl);
        assert_eq!(Locale::choose(&sources), Ok(Locale::Nl));
    }
}
