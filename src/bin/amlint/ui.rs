//! The language of the command line's own words (errors and notes), set once at start from
//! `--lang`, `AMLINT_LANG` and the POSIX locale; the words themselves are the library's catalog.

use std::sync::OnceLock;

use amlint::Locale;

static LOCALE: OnceLock<Locale> = OnceLock::new();

/// Sets the language for the rest of the run (the first call wins).
pub(crate) fn set(locale: Locale) {
    let _ = LOCALE.set(locale);
}

/// The language of the run.
pub(crate) fn locale() -> Locale {
    LOCALE.get().copied().unwrap_or_default()
}

/// A text of the command line's, in the run's language.
pub(crate) fn say(id: &str, args: &[(&'static str, &str)]) -> String {
    amlint::messages::phrase(locale(), id, args)
}
