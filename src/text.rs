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
