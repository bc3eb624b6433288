//! Small text comparisons the checks run for nearly every key and value. They are written as plain
//! loops and with cheap tests first because the WebAssembly build is optimised for size: there,
//! comparing text is a call that goes a byte at a time, and iterator chains are not inlined.

/// `str::trim`, without searching for Unicode whitespace when the text starts and ends with a
/// visible ASCII character, as nearly every value does: that search cost more than the lookups
/// the trimmed text is used for.
#[must_use]
pub(crate) fn trim(text: &str) -> &str {
    let visible = |byte: Option<&u8>| byte.is_some_and(u8::is_ascii_graphic);
    if visible(text.as_bytes().first()) && visible(text.as_bytes().last()) {
        text
    } else {
        text.trim()
    }
}

/// Whether two keys are the same. Lengths and first bytes rule out nearly every other key of a
/// mapping before the text is compared.
#[must_use]
#[inline]
pub(crate) fn same_key(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// Orders text as its ASCII-lower-cased form would sort, without allocating.
#[must_use]
pub(crate) fn compare_ignoring_case(a: &str, b: &str) -> std::cmp::Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut at = 0;
    while let (Some(x), Some(y)) = (a.get(at), b.get(at)) {
        let (x, y) = (x.to_ascii_lowercase(), y.to_ascii_lowercase());
        if x != y {
            return x.cmp(&y);
        }
        at += 1;
    }
    a.len().cmp(&b.len())
}

/// `str::eq_ignore_ascii_case`. The first bytes rule out most other words; text is mostly written
/// in the expected case, so an exact comparison (one `memcmp`) comes before the loop that
/// lower-cases each byte.
#[must_use]
pub(crate) fn eq_ignoring_case(a: &str, b: &str) -> bool {
    let first = |text: &str| text.as_bytes().first().map(u8::to_ascii_lowercase);
    a.len() == b.len() && first(a) == first(b) && (a == b || compare_ignoring_case(a, b).is_eq())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_what_str_trim_trims() {
        for text in [
            "",
            " ",
            "a",
            " a",
            "a\t",
            "\u{a0}a",
            "a\u{2003}",
            "é",
            " é ",
            "a b",
        ] {
            assert_eq!(trim(text), text.trim(), "{text:?}");
        }
    }

    #[test]
    fn compares_as_the_standard_library_does() {
        let words = [
            "",
            "a",
            "A",
            "ab",
            "aB",
            "b",
            "Standard_D2",
            "standard_d2s",
            "é",
            "É",
        ];
        for a in words {
            for b in words {
                assert_eq!(same_key(a, b), a == b, "{a:?} {b:?}");
                assert_eq!(
                    eq_ignoring_case(a, b),
                    a.eq_ignore_ascii_case(b),
                    "{a:?} {b:?}"
                );
                assert_eq!(
                    compare_ignoring_case(a, b),
                    a.to_ascii_lowercase().cmp(&b.to_ascii_lowercase()),
                    "{a:?} {b:?}"
                );
            }
        }
    }
}

/// The first code point of each run of ten decimal digits (Unicode category Nd, zero to nine),
/// as Python 3.11 (Unicode 14) knows them: what `int()` reads as digits besides ASCII.
const DIGIT_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a decimal digit of any script.
fn decimal_digit(c: char) -> Option<u8> {
    let code = u32::from(c);
    let at = DIGIT_ZEROS
        .partition_point(|zero| *zero <= code)
        .checked_sub(1)?;
    let offset = code - DIGIT_ZEROS[at];
    u8::try_from(offset).ok().filter(|digit| *digit < 10)
}

/// The integer Python's `int()` reads from `text`, which is what marshmallow's `Integer` field
/// (and so az ml) does with a string: white space around it (Python's: Unicode's and the ASCII
/// separators U+001C–U+001F), one sign, decimal digits of any script, a single `_` between two
/// digits. Beyond `i128` it saturates: still a whole number, larger than any field allows.
#[must_use]
pub(crate) fn python_int(text: &str) -> Option<i128> {
    let text = text.trim_matches(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c));
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let mut value: i128 = 0;
    let mut after_digit = false;
    let mut after_underscore = false;
    for c in digits.chars() {
        if c == '_' {
            if !after_digit {
                return None;
            }
            (after_digit, after_underscore) = (false, true);
            continue;
        }
        let digit = i128::from(decimal_digit(c)?);
        value = value
            .saturating_mul(10)
            .saturating_add(if negative { -digit } else { digit });
        (after_digit, after_underscore) = (true, false);
    }
    (after_digit && !after_underscore).then_some(value)
}

#[cfg(test)]
mod python_int_tests {
    use super::python_int;

    #[test]
    fn reads_strings_as_python_int_does() {
        for (text, value) in [
            ("4", 4),
            (" 4\n", 4),
            ("+4", 4),
            ("-4", -4),
            ("010", 10),
            ("4_0", 40),
            ("1_000_000", 1_000_000),
            ("\u{664}", 4),
            ("\u{ff14}\u{ff12}", 42),
            ("\u{a0}4", 4),
            ("\u{1c}4\u{3000}", 4),
        ] {
            assert_eq!(python_int(text), Some(value), "{text:?}");
        }
        for text in [
            "", " ", "+", "-", "4.0", "1e2", "0x10", "_4", "4_", "4__0", "+-4", "4 0", "\u{bd}",
            "\u{2163}", "four",
        ] {
            assert_eq!(python_int(text), None, "{text:?}");
        }
        assert_eq!(python_int(&"9".repeat(60)), Some(i128::MAX));
    }
}
