//! Every text amlint shows, in one view per language: its own catalog (`messages`) and the
//! messages and docs each rule declares. What the language modules of the npm package are
//! generated from, and what a registered language is checked against.

use crate::messages::{self, Locale};
use crate::rules::RULES;

/// Every message in `locale` by id, sorted: amlint's own and every rule's.
#[must_use]
pub fn messages(locale: Locale) -> Vec<(String, &'static str)> {
    let mut all: Vec<(String, &'static str)> = messages::catalog(locale)
        .iter()
        .map(|(id, text)| ((*id).to_owned(), *text))
        .chain(RULES.iter().flat_map(|rule| rule.messages(locale)))
        .collect();
    all.sort_unstable();
    all.dedup_by(|a, b| a.0 == b.0);
    all
}

/// Every rule's docs in `locale` by code, for the rules that have their own there (none in
/// English, whose docs are the doc comments).
#[must_use]
pub fn rule_docs(locale: Locale) -> Vec<(&'static str, &'static str)> {
    RULES
        .iter()
        .filter_map(|rule| {
            let own = match locale {
                Locale::En => None,
                Locale::Nl => Some(rule.dutch.docs).filter(|docs| !docs.is_empty()),
            };
            own.or_else(|| messages::rule_docs(locale, rule.code))
                .map(|docs| (rule.code, docs))
        })
        .collect()
}

/// Registers a language that is not built in: its messages with exactly the English ids, sorted,
/// each with the English message's placeholders; the rules' docs by code and the schema texts by
/// English text, each sorted. A second registration of the same language is ignored.
///
/// # Errors
/// The language is built in, or the entries are not a catalog of it: what is wrong.
pub fn register(
    locale: Locale,
    entries: Vec<(String, String)>,
    docs: Vec<(String, String)>,
    schema: Vec<(String, String)>,
) -> Result<(), String> {
    if locale.is_loaded() {
        return Ok(());
    }
    let english = messages(Locale::En);
    if entries.len() != english.len() {
        return Err(format!(
            "{} entries, where the catalog has {}",
            entries.len(),
            english.len()
        ));
    }
    for ((id, text), (english_id, english_text)) in entries.iter().zip(&english) {
        if id != english_id {
            return Err(format!("`{id}` where `{english_id}` belongs"));
        }
        // The form module leaves out the English messages of the rules it never reports
        // (`rule::context_only!`): there is nothing to compare with.
        if !english_text.is_empty()
            && messages::placeholders(text) != messages::placeholders(english_text)
        {
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
    messages::store(locale, entries, docs, schema)
}

#[cfg(all(test, feature = "nl"))]
mod tests {
    use super::*;

    /// What `register` demands of a language the browser loads, the built-in Dutch meets: the
    /// generated `js/locales/nl.js` is registered in the browser module.
    #[test]
    fn the_dutch_catalog_has_the_english_placeholders() {
        let english = messages(Locale::En);
        let dutch = messages(Locale::Nl);
        assert_eq!(dutch.len(), english.len());
        for ((id, text), (english_id, english_text)) in dutch.iter().zip(&english) {
            assert_eq!(id, english_id);
            assert_eq!(
                messages::placeholders(text),
                messages::placeholders(english_text),
                "{id}: {text}"
            );
        }
    }
}
