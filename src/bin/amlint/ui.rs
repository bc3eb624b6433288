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

/// The run's language, from `--lang`, the environment and the config file's `lang` (in the
/// library's order: [`Locale::choose`]).
///
/// # Errors
/// `AMLINT_LANG` names a language amlint does not speak.
pub(crate) fn language(flag: Option<Locale>, config: Option<&str>) -> Result<Locale, String> {
    let var = |name: &str| std::env::var(name).ok();
    let (variable, lc_all, lc_messages, lang) = (
        var("AMLINT_LANG"),
        var("LC_ALL"),
        var("LC_MESSAGES"),
        var("LANG"),
    );
    let sources = amlint::messages::LanguageSources {
        flag,
        variable: variable.as_deref(),
        config,
        posix: [lc_all.as_deref(), lc_messages.as_deref(), lang.as_deref()],
    };
    Locale::choose(&sources).map_err(|tag| {
        let languages = Locale::available();
        say("cli.lang_env", &[("tag", &tag), ("languages", &languages)])
    })
}
