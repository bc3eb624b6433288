//! Text from outside (file names, spec values, arguments) as it may be printed: no character that
//! could move the cursor, end a line, forge another tool's line, or reorder what a reader sees.

use std::borrow::Cow;
use std::fmt::Write;

/// Whether a character may not be printed as itself: controls (C0, DEL, C1), line and paragraph
/// separators, and the bidirectional formatting characters (Trojan Source).
pub(crate) fn unprintable(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// `text` with every unprintable character written as an escape (`\n`, `\t`, `\u{1b}`).
#[must_use]
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(unprintable) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unprintable(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// JSON text with the characters JSON may carry raw but a terminal should not show (C1 controls,
/// separators, bidirectional formatting) written as `\uXXXX`. They can only stand inside strings,
/// so the JSON means the same.
#[must_use]
pub fn escape_json(json: &str) -> Cow<'_, str> {
    if !json.chars().any(unprintable) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 8);
    for c in json.chars() {
        if unprintable(c) && !matches!(c, '\n' | '\r' | '\t') {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_that_moves_the_cursor_or_reorders_text_is_printed() {
        assert_eq!(printable("specs/cluster.yml"), "specs/cluster.yml");
        assert_eq!(
            printable("a\nsrc/other.yml:1:7: error\u{1b}[31m\u{9b}\u{202e}"),
            "a\\nsrc/other.yml:1:7: error\\u{1b}[31m\\u{9b}\\u{202e}"
        );
        let json = "{\"path\": \"a\u{202e}b\u{85}\"}";
        assert_eq!(escape_json(json), "{\"path\": \"a\\u202eb\\u0085\"}");
        let parsed: serde_json::Value = serde_json::from_str(&escape_json(json)).unwrap();
        assert_eq!(parsed["path"], "a\u{202e}b\u{85}");
    }
}
