//! amlint's own texts, one catalog per language: the command line's errors and notes, words and
//! phrases findings name (`kind.*`, `join.*`, ...), doc headings. A rule's messages live in its
//! declaration (`rule::Rule`), and `catalog` joins both into one view. A diagnostic names its
//! message by id (the rule code, or `CODE.variant`) and carries named arguments; text is made
//! only when a face asks, in its language.

mod arg;
/// An English text the npm package's form module (feature `form`) never shows: empty there, so its
/// words stay out of that module's code; every other build has it. Its id stays, so a language
/// registered in the form module is checked against the same catalog (an empty English text is
/// not compared for placeholders).
#[cfg(not(feature = "form"))]
macro_rules! full {
    ($text:expr) => {
        $text
    };
}
#[cfg(feature = "form")]
macro_rules! full {
    ($text:expr) => {
        ""
    };
}

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

/// amlint's own texts in `locale` (for a registered language, everything registered, the rules'
/// messages too): `(message id, template)`, sorted by id. Templates name arguments as `{name}`.
/// `catalog::messages` is the whole view.
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

/// Keeps the texts of a language that is not built in, for the life of the module (see
/// `catalog::register`, which checks them first). A second registration is ignored.
#[cfg(not(feature = "nl"))]
pub(crate) fn store(
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
pub(crate) fn store(
    _: Locale,
    _: Vec<(String, String)>,
    _: Vec<(String, String)>,
    _: Vec<(String, String)>,
) -> Result<(), String> {
    Err("this language is built in".to_owned())
}

/// The `{name}` placeholders of a template, sorted.
pub(crate) fn placeholders(template: &str) -> Vec<&str> {
    let mut found: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// A rule's documentation in `locale`, when that language was registered (the built-in
/// languages' docs are in the declarations).
#[must_use]
pub(crate) fn rule_docs(locale: Locale, code: &str) -> Option<&'static str> {
    lookup(registered_docs(locale), code)
}

/// The rules' documentation registered for `locale`, by code.
pub(crate) fn registered_docs(locale: Locale) -> &'static [(&'static str, &'static str)] {
    match locale {
        Locale::En => &[],
        #[cfg(feature = "nl")]
        Locale::Nl => &[],
        #[cfg(not(feature = "nl"))]
        Locale::Nl => REGISTERED_NL_DOCS.get().copied().unwrap_or_default(),
    }
}

/// The text of `id` in the catalog of `locale` only, without falling back to English: how a rule
/// finds its messages in a registered language.
#[must_use]
pub(crate) fn registered(locale: Locale, id: &str) -> Option<&'static str> {
    match locale {
        Locale::En => None,
        Locale::Nl => lookup(catalog(locale), id),
    }
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

/// One of clap's own words in `locale` (a heading, its help flag, a parse error; see
/// `help_nl::CLAP`); `None` in English, where clap's own are used.
#[must_use]
pub fn clap_word(locale: Locale, id: &str) -> Option<&'static str> {
    lookup(help_tables(locale).1, id)
}

/// The name of a value an argument takes (`FILE`) in `locale`; `None` in English.
#[must_use]
pub fn value_name(locale: Locale, english: &str) -> Option<&'static str> {
    lookup(help_tables(locale).2, english)
}

/// Every `subcommand.argument` id the help table of `locale` words, for tests.
#[must_use]
pub fn help_ids(locale: Locale) -> Vec<&'static str> {
    help_table(locale).iter().map(|(id, _)| *id).collect()
}

/// The help table of `locale` (empty for English, and where the language is not built in).
fn help_table(locale: Locale) -> &'static [(&'static str, &'static str)] {
    help_tables(locale).0
}

/// A text table, by id.
type Table = &'static [(&'static str, &'static str)];

/// The help, clap's words and the value names of `locale` (empty for English, and where the
/// language is not built in).
fn help_tables(locale: Locale) -> (Table, Table, Table) {
    match locale {
        Locale::En => (&[], &[], &[]),
        #[cfg(feature = "nl")]
        Locale::Nl => (help_nl::HELP, help_nl::CLAP, help_nl::VALUE_NAMES),
        #[cfg(not(feature = "nl"))]
        Locale::Nl => (&[], &[], &[]),
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

/// Fills the `{name}` placeholders of the template of `id` from `args`. A missing entry renders
/// as its id, a missing argument as its `{name}`: visible, never a panic (tests keep both from
/// happening).
pub(crate) fn render(locale: Locale, id: &str, args: &[(&'static str, Arg)]) -> String {
    render_template(locale, template(locale, id), id, args)
}

/// Fills `template` (the text of `id`, if there is one) from `args`.
pub(crate) fn render_template(
    locale: Locale,
    template: Option<&str>,
    id: &str,
    args: &[(&'static str, Arg)],
) -> String {
    let mut out = String::with_capacity(128);
    match template {
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
