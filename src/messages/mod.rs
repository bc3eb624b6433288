//! Message catalogs. A diagnostic names its message by id (the rule code, or `CODE.variant`) and
//! carries named arguments; the text lives here, one catalog per language, so a language can be
//! added without touching a rule.

mod en;

use serde::Serialize;

/// A language messages can be rendered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
}

impl Locale {
    pub const ALL: &'static [Locale] = &[Locale::En];

    /// Reads a BCP 47 tag or POSIX locale (`en`, `en-US`, `en_GB.UTF-8`); `None` if not offered.
    #[must_use]
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let language = tag.split(['-', '_', '.']).next()?.to_ascii_lowercase();
        match language.as_str() {
            "en" | "c" | "posix" => Some(Locale::En),
            _ => None,
        }
    }

    #[must_use]
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
        }
    }
}

/// The entries of a catalog: `(message id, template)`, sorted by id. Templates name arguments as
/// `{name}`.
#[must_use]
pub fn catalog(locale: Locale) -> &'static [(&'static str, &'static str)] {
    match locale {
        Locale::En => en::MESSAGES,
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

/// Fills a template's `{name}` placeholders from `args`.
pub(crate) fn render(locale: Locale, id: &str, args: &[(&'static str, String)]) -> String {
    let Some(template) = template(locale, id) else {
        return id.to_owned();
    };
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders of a template.
#[must_use]
pub fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}
