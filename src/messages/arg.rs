//! The values messages are built from.

/// How a secret is shown: the same for every secret, so not even its length shows.
pub const MASK: &str = "********";

/// A value a message is built from. Rules never word a message: anything a reader would read as
/// language is a [`Arg::Word`] that each catalog words its own way, so a language is a catalog.
/// An argument that carries a secret is an [`Arg::Secret`] (the pipeline marks it), which no
/// rendering shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A number amlint counted or a limit it applies.
    Int(i64),
    /// Text taken from the checked spec (a key, a value, a name), shown as written.
    Value(String),
    /// An identifier of amlint's or Azure's own, the same in every language: a field name or path
    /// (`network_settings.subnet`), a compute `type`, a VM size, a code point.
    Code(String),
    /// A value that came from a secret, or holds one: kept for the library's own use, shown as
    /// `********` in every rendering. The pipeline turns arguments into this; rules never do.
    Secret(String),
    /// Another tool's own words, quoted as it said them: the YAML parser's message.
    Foreign(String),
    /// A word or phrase the catalog translates, by its catalog key (`type.string`).
    Word(&'static str),
    /// A phrase of the catalog with values of its own (`reading.text`: `the string "{value}"`).
    Phrase(&'static str, Vec<(&'static str, Arg)>),
    /// Several values read as one list: `a, b and c` (or `or`), in the catalog's words.
    List(Vec<Arg>, Join),
}

/// How the items of an [`Arg::List`] are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    /// `a, b and c`.
    And,
    /// `a, b or c`.
    Or,
    /// `a, b, c`: an enumeration, such as the allowed values.
    Comma,
}

impl Arg {
    /// An identifier of amlint's or Azure's own.
    #[must_use]
    pub fn code(text: impl Into<String>) -> Arg {
        Arg::Code(text.into())
    }

    /// A phrase of the catalog with one value of its own.
    #[must_use]
    pub fn phrase(key: &'static str, name: &'static str, value: impl Into<Arg>) -> Arg {
        Arg::Phrase(key, vec![(name, value.into())])
    }

    /// A list of identifiers.
    #[must_use]
    pub fn codes<'a>(items: impl IntoIterator<Item = &'a str>, join: Join) -> Arg {
        Arg::List(items.into_iter().map(Arg::code).collect(), join)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Value(text.to_owned())
    }
}

impl From<&&str> for Arg {
    fn from(text: &&str) -> Arg {
        Arg::Value((*text).to_owned())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Value(text.clone())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Value(text)
    }
}

macro_rules! int_arg {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Arg {
            fn from(n: $ty) -> Arg {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(i64, u64, usize, u32, u16, i32);

impl From<&usize> for Arg {
    fn from(n: &usize) -> Arg {
        Arg::from(*n)
    }
}
