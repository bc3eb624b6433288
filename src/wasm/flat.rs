//! Reads the flat text `flatten` in `flatten.js` writes for a JS value (the format is described
//! there) into a `Node` whose strings are slices of that text. Pure Rust, so it is tested natively.

use crate::Locale;
use crate::messages;
use crate::source::Encoding;
use crate::span::Span;
use crate::yaml::{Entry, Limits, Node, Value};

/// Why a JS value is not data amlint can read, and where.
#[derive(Debug)]
pub(crate) struct Unreadable {
    reason: Reason,
    /// JSON pointer to the value; empty for the value itself.
    pointer: String,
}

/// Why a JS value is not data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reason {
    /// A function or a symbol.
    Function,
    /// A `Map` or a `Set`.
    Map,
    /// Nested deeper than the limit.
    Deep(usize),
    /// More values than the limit.
    Large(usize),
    /// A getter, Proxy trap or `toJSON` threw.
    Threw,
    /// The flat text is not in the format (a bug on one side or the other).
    Garbled,
}

impl Unreadable {
    /// The message for a `TypeError` in `locale`, naming the value as `subject` when the problem
    /// is with the whole of it.
    pub(crate) fn text(&self, locale: Locale, subject: &str) -> String {
        let subject = if self.pointer.is_empty() {
            subject.to_owned()
        } else {
            format!("`{}`", self.pointer)
        };
        let (id, limit) = match self.reason {
            Reason::Function => ("wasm.unreadable.function", 0),
            Reason::Map => ("wasm.unreadable.map", 0),
            Reason::Deep(limit) => ("wasm.unreadable.deep", limit),
            Reason::Large(limit) => ("wasm.unreadable.large", limit),
            Reason::Threw => ("wasm.unreadable.threw", 0),
            Reason::Garbled => ("wasm.unreadable.garbled", 0),
        };
        messages::phrase(
            locale,
            id,
            &[("subject", &subject), ("limit", &limit.to_string())],
        )
    }
}

/// The value `text` holds, or why the JS value could not be read.
pub(crate) fn read(text: &str, limits: Limits) -> Result<Node<'_>, Unreadable> {
    if let Some(error) = text.strip_prefix('!') {
        let mut chars = error.chars();
        let reason = match chars.next() {
            Some('f') => Reason::Function,
            Some('m') => Reason::Map,
            Some('d') => Reason::Deep(limits.max_depth),
            Some('n') => Reason::Large(limits.max_nodes),
            _ => Reason::Threw,
        };
        return Err(Unreadable {
            reason,
            pointer: chars.as_str().to_owned(),
        });
    }
    let mut reader = Reader {
        text,
        at: 0,
        max_depth: limits.max_depth,
        ascii: text.is_ascii(),
    };
    match reader.value(0) {
        Some(node) if reader.at == text.len() => Ok(node),
        // Only a bug on one side or the other could get here.
        _ => Err(Unreadable {
            reason: Reason::Garbled,
            pointer: String::new(),
        }),
    }
}

/// A JS number as the core sees it: integral numbers JS represents exactly are integers, as in
/// JSON; the rest are floats.
fn number(number: f64) -> Value<'static> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    #[expect(
        clippy::cast_possible_truncation,
        reason = "checked to be integral and within 2^53"
    )]
    if number.fract() == 0.0 && number.abs() <= EXACT {
        Value::Int(number as i64)
    } else {
        Value::Float(number)
    }
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
    max_depth: usize,
    /// The whole text is ASCII (a form's state nearly always is): every UTF-16 unit is a byte.
    ascii: bool,
}

impl<'a> Reader<'a> {
    fn next(&mut self) -> Option<u8> {
        let byte = *self.text.as_bytes().get(self.at)?;
        self.at += 1;
        Some(byte)
    }

    /// Whether the next byte is `end`, which is then skipped.
    fn closes(&mut self, end: u8) -> Option<bool> {
        let closes = *self.text.as_bytes().get(self.at)? == end;
        self.at += usize::from(closes);
        Some(closes)
    }

    /// The text up to the next `end`, which is skipped.
    fn until(&mut self, end: u8) -> Option<&'a str> {
        let rest = self.text.get(self.at..)?;
        let length = rest.bytes().position(|b| b == end)?;
        self.at += length + 1;
        rest.get(..length)
    }

    /// `<n>:`, the length of a string. Read digit by digit: a generic `parse` is a good part
    /// of reading a short key.
    fn length(&mut self) -> Option<usize> {
        let digit = |byte: u8| byte.is_ascii_digit().then(|| usize::from(byte - b'0'));
        let mut length = digit(self.next()?)?;
        loop {
            match self.next()? {
                b':' => return Some(length),
                byte => length = length.checked_mul(10)?.checked_add(digit(byte)?)?,
            }
        }
    }

    /// `<n>:` and then `n` UTF-16 code units of text (JS counts string lengths in them).
    fn string(&mut self) -> Option<&'a str> {
        let units = self.length()?;
        let rest = self.text.get(self.at..)?;
        // All ASCII (a form's state nearly always is): every unit is a byte, nothing to count.
        let bytes = if self.ascii {
            units
        } else {
            Encoding::Utf16.prefix_bytes(rest, units)?
        };
        let text = rest.get(..bytes)?;
        self.at += bytes;
        Some(text)
    }

    fn value(&mut self, depth: usize) -> Option<Node<'a>> {
        let value = match self.next()? {
            b's' => Value::Str(self.string()?),
            b'n' => {
                let text = self.until(b';')?;
                // Most numbers in a form are small integers: read without the float parser.
                // Fifteen digits are always within 2^53, where `number` makes integers too.
                match text.parse::<i64>() {
                    Ok(int) if text.len() <= 15 => Value::Int(int),
                    _ => number(text.parse().ok()?),
                }
            }
            b'i' => {
                let digits = self.until(b';')?;
                digits
                    .parse()
                    .map_or_else(|_| Value::BigInt(digits), Value::Int)
            }
            b't' => Value::Bool(true),
            b'f' => Value::Bool(false),
            b'z' => Value::Null,
            b'[' if depth < self.max_depth => {
                let mut items = Vec::new();
                while !self.closes(b']')? {
                    items.push(self.value(depth + 1)?);
                }
                Value::Seq(items)
            }
            b'{' if depth < self.max_depth => {
                // A form's top level has a dozen fields: room for them up front saves growing
                // the list three times. Nested mappings are small, and there can be many.
                let mut entries = Vec::with_capacity(if depth == 0 { 16 } else { 0 });
                while !self.closes(b'}')? {
                    let key = Value::Str(self.string()?);
                    entries.push(Entry {
                        key: Node::new(key, Span::default()),
                        value: self.value(depth + 1)?,
                    });
                }
                Value::Map(entries)
            }
            _ => return None,
        };
        Some(Node::new(value, Span::default()))
    }
}

// Native only: proptest is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #![allow(
        clippy::unwrap_used,
        reason = "in tests a failing unwrap is a failing test"
    )]

    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn json(text: &str) -> serde_json::Value {
        read(text, Limits::default()).unwrap().to_json()
    }

    #[test]
    fn reads_what_flatten_writes() {
        // What flatten.js writes for {name: "gpu-1", max: 8, f: 0.5, ok: true, tags: {"a:b": "é😀"},
        // list: [null, false, 2n ** 70n], big: 12n}.
        let text = "{4:names5:gpu-13:maxn8;1:fn0.5;2:okt4:tags{3:a:bs3:é😀}\
                    4:list[zfi1180591620717411303424;]3:bigi12;}";
        assert_eq!(
            json(text),
            json!({
                "name": "gpu-1", "max": 8, "f": 0.5, "ok": true, "tags": {"a:b": "é😀"},
                "list": [null, false, "1180591620717411303424"], "big": 12
            })
        );
        // JS's spellings of numbers: exponents, infinities, NaN (the core reports these).
        assert_eq!(json("n1e+21;"), json!(1e21));
        assert_eq!(json("n-0;"), json!(0));
        let infinite = read("n-Infinity;", Limits::default()).unwrap();
        assert_eq!(infinite.value, Value::Float(f64::NEG_INFINITY));
        assert!(matches!(
            read("nNaN;", Limits::default()).unwrap().value,
            Value::Float(f) if f.is_nan()
        ));
        assert_eq!(json("s0:"), json!(""));
    }

    #[test]
    fn names_what_is_not_data_and_where() {
        let error = read("!m/tags/a~1b", Limits::default()).unwrap_err();
        assert_eq!(
            error.text(Locale::En, "the spec"),
            "`/tags/a~1b` is a Map or Set; pass a plain object"
        );
        let error = read("!n", Limits::default()).unwrap_err();
        assert_eq!(
            error.text(Locale::En, "the spec"),
            "the spec has more than 100000 values"
        );
    }

    #[test]
    fn text_not_in_the_format_is_an_error_not_a_panic() {
        let limits = Limits::default();
        for text in [
            "",
            "s5:abc",
            "s2:é",
            "s1:😀",
            "{3:key",
            "{3:keyt",
            "[t",
            "n1",
            "nx;",
            "x",
            "tt",
            "s99999999999999999999:",
            "s18446744073709551615:",
            "s4294967295:",
            "s:",
            "s-1:",
            "s1x:a",
            "{t}",
        ] {
            assert!(read(text, limits).is_err(), "{text:?}");
        }
        let deep = "[".repeat(65) + &"]".repeat(65);
        assert!(read(&deep, limits).is_err());
        assert!(read(&deep[1..deep.len() - 1], limits).is_ok());
    }

    proptest! {
        #[test]
        fn any_text_reads_or_fails_cleanly(text in "[sntfzi\\[\\]{}!:;0-9a-zé😀]{0,40}") {
            let _ = read(&text, Limits::default());
        }
    }
}
