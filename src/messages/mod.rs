//! Message catalogs. A diagnostic names its message by id (the rule code, or `CODE.variant`) and
//! carries named arguments; the text lives here, one catalog per language, so a language can be
//! added without touching a rule.

mod arg;
mod en;
#[cfg(feature = "nl")]
mod nl;

pub use arg::{Arg, Join, MASK};

use serde::Serialize;

/// A language messages can be rendered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// English.
    #[default]
    En,
    /// Dutch (feature `nl`, in the command; the npm package does not carry it yet).
    #[cfg(feature = "nl")]
    Nl,
}

impl Locale {
    /// Every language this build offers.
    pub const ALL: &'static [Locale] = &[
        Locale::En,
        #[cfg(feature = "nl")]
        Locale::Nl,
    ];

    /// Reads a BCP 47 tag or POSIX locale (`en`, `en-US`, `en_GB.UTF-8`, `nl_BE`); `None` if this
    /// build does not offer the language.
    #[must_use]
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let language = tag.split(['-', '_', '.', '@']).next()?.to_ascii_lowercase();
        match language.as_str() {
            "en" | "c" | "posix" => Some(Locale::En),
            #[cfg(feature = "nl")]
            "nl" => Some(Locale::Nl),
            _ => None,
        }
    }

    /// The language's BCP 47 tag.
    #[must_use]
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            #[cfg(feature = "nl")]
            Locale::Nl => "nl",
        }
    }

    /// The language the POSIX locale variables ask for: the first of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` that is set and not empty decides (`nl_NL.UTF-8`, `nl_BE`); English when it names a
    /// language this build does not offer, or none is set.
    #[must_use]
    pub fn from_posix(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Locale {
        [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|value| !value.is_empty())
            .and_then(Locale::from_tag)
            .unwrap_or_default()
    }

    /// The tags of every language this build offers, for messages: `en, nl`.
    #[must_use]
    pub fn available() -> String {
        Locale::ALL
            .iter()
            .map(|l| l.tag())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The entries of a catalog: `(message id, template)`, sorted by id. Templates name arguments as
/// `{name}`.
#[must_use]
pub fn catalog(locale: Locale) -> &'static [(&'static str, &'static str)] {
    match locale {
        Locale::En => en::MESSAGES,
        #[cfg(feature = "nl")]
        Locale::Nl => nl::MESSAGES,
    }
}

/// The template for `id`, falling back to English.
#[must_use]
pub fn template(locale: Locale, id: &str) -> Option<&'static str> {
    let find = |entries: &'static [(&'static str, &'static str)]| {
        entries
            .binary_search_by(|(key, _)| (*key).cmp(id))
            .ok()
            .and_then(|at| entries.get(at))
            .map(|(_, text)| *text)
    };
    find(catalog(locale)).or_else(|| find(catalog(Locale::En)))
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
