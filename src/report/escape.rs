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
    let quick = text.is_ascii() && !controls(text, b"");
    if quick || !text.chars().any(unprintable) {
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

/// Whether `text` holds an ASCII control character (DEL included) other than the (up to three)
/// `allowed`: one pass the compiler vectorises, each byte compared with constants (a search of
/// the allowed list per byte kept it a byte at a time).
fn controls(text: &str, allowed: &[u8]) -> bool {
    // Unused places hold a space, which is no control.
    let at = |i: usize| allowed.get(i).copied().unwrap_or(b' ');
    let (a, b, c) = (at(0), at(1), at(2));
    text.bytes().fold(false, |found, x| {
        found | ((x < 0x20) | (x == 0x7f)) & (x != a) & (x != b) & (x != c)
    })
}

/// JSON text with the characters JSON may carry raw but a terminal should not show (C1 controls,
/// separators, bidirectional formatting) written as `\uXXXX`. They can only stand inside strings,
/// so the JSON means the same.
#[must_use]
pub fn escape_json(json: &str) -> Cow<'_, str> {
    let quick = json.is_ascii() && !controls(json, b"\n\r\t");
    if quick || !json.chars().any(unprintable) {
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

/// How a text amlint prints is written: what an escape must look like there to keep the text's
/// meaning, and which CI commands amlint itself starts its lines with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// Text for people. `styled`: amlint's own colour sequences (`ESC [ … m`) stay.
    Text {
        /// Whether the text carries amlint's colour sequences.
        styled: bool,
    },
    /// JSON: escapes are `\uXXXX`, which can only stand inside strings, where every `#` and `[`
    /// stands too; every value stays the same.
    Json,
    /// XML: `[` as the character reference `&#91;`; the value stays the same.
    Xml,
    /// `--format github`: text whose lines amlint starts with `::error `, `::warning ` or
    /// `::notice `.
    GithubCommands,
    /// `--format azure`: text whose lines amlint may start with `##vso[task.logissue ` or
    /// `##vso[task.complete `.
    AzureCommands,
}

/// Whether a reader may skip a character when it looks for a command: control and format
/// characters and the other default-ignorable code points. The GitHub runner and the Azure
/// Pipelines agent are .NET programs, versions of which look for a command's prefix comparing
/// by culture, and ICU collation gives these characters no weight at all.
fn ignorable(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{0600}'..='\u{0605}'
                | '\u{061C}'
                | '\u{06DD}'
                | '\u{070F}'
                | '\u{0890}'..='\u{0891}'
                | '\u{08E2}'
                | '\u{115F}'..='\u{1160}'
                | '\u{17B4}'..='\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF0}'..='\u{FFFB}'
                | '\u{110BD}'
                | '\u{110CD}'
                | '\u{13430}'..='\u{1343F}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// The length in bytes of the colour sequence (`ESC [ digits ; : m`) at the start of `text`.
fn colour_sequence(text: &str) -> Option<usize> {
    let rest = text.strip_prefix("\u{1b}[")?;
    let params = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';' || *b == b':')
        .count();
    (rest.as_bytes().get(params) == Some(&b'm')).then_some(2 + params + 1)
}

/// Every text amlint prints to standard output or standard error, whole, as it may be printed:
/// the one edge between amlint and a terminal or a CI service's log. Text from outside (file
/// names, spec text, config, baseline and context files, arguments) may stand anywhere in it, so
///
/// - every character that could move the cursor, end a line or reorder it is escaped (`\u{1b}`;
///   `\uXXXX` in JSON), except line feeds, tabs, a carriage return before a line feed, and in
///   styled text amlint's colour sequences;
/// - no line reads as a command to a CI service, whichever runs the job: a `[` after `##` or
///   `##vso` (Azure Pipelines logging commands anywhere in a line; the GitHub runner's `##[`
///   commands) gets a `\` before it (`\u005b` in JSON, `&#91;` in XML), and a line that starts
///   with `::` (GitHub workflow commands, after leading white space) gets a `\` before it — the
///   characters a reader may skip (`ignorable`, colour sequences) are skipped when matching.
///
/// Only the commands of `--format github` and `--format azure` themselves, at the start of their
/// lines, are left as they are.
///
/// Text that holds nothing to escape (the usual case) comes back as it is, without a copy. Text
/// split after a line feed is escaped as the whole would be, piece by piece.
#[must_use]
pub fn for_ci(text: &str, syntax: Syntax) -> Cow<'_, str> {
    if unchanged(text, syntax) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(commands(&characters(text, syntax), syntax))
}

/// Whether [`for_ci`]'s passes would leave `text` as it is, found in one pass that copies
/// nothing: no character to escape (only printable ones that no reader skips, line feeds, tabs,
/// a carriage return before a line feed, and in styled text colour sequences), no `#` after a
/// `#` (every command `[` follows two), and no line that starts with `::`. The commands of
/// `--format github` and `--format azure` always take the passes.
fn unchanged(text: &str, syntax: Syntax) -> bool {
    if matches!(syntax, Syntax::GithubCommands | Syntax::AzureCommands) {
        return false;
    }
    // No control character but line feeds (most reports): a few quick looks, each a loop the
    // compiler vectorises or a substring search, and one over the characters beyond ASCII.
    if !controls(text, b"\n") {
        return (text.is_ascii()
            || text
                .chars()
                .filter(|c| !c.is_ascii())
                .all(|c| !unprintable(c) && !ignorable(c)))
            && !text.contains("##")
            && (!text.contains("::")
                || text
                    .split('\n')
                    .all(|line| !line.trim_start().starts_with("::")));
    }
    let styled = syntax == Syntax::Text { styled: true };
    // Only white space so far on this line; a `:` was its first other character; the last
    // character that counts was a `#`.
    let (mut line_start, mut colon, mut hash) = (true, false, false);
    let mut at = 0;
    while let Some(&byte) = text.as_bytes().get(at) {
        // ASCII a byte at a time (most reports are nothing else); other characters whole.
        let c = match byte {
            b'\n' => {
                (line_start, colon, hash) = (true, false, false);
                at += 1;
                continue;
            }
            b'\r' if text.as_bytes().get(at + 1) == Some(&b'\n') => {
                at += 1;
                continue;
            }
            b'\t' => {
                at += 1;
                continue;
            }
            0x1b if styled => match text.get(at..).and_then(colour_sequence) {
                Some(len) => {
                    at += len;
                    continue;
                }
                None => return false,
            },
            0..=0x1f | 0x7f => return false,
            0x20..=0x7e => {
                at += 1;
                char::from(byte)
            }
            _ => {
                let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                    return false;
                };
                if unprintable(c) || ignorable(c) {
                    return false;
                }
                at += c.len_utf8();
                c
            }
        };
        if colon {
            if c == ':' {
                return false;
            }
            (line_start, colon) = (false, false);
        } else if line_start && c == ':' {
            colon = true;
        } else if !c.is_whitespace() {
            line_start = false;
        }
        if c == '#' && hash {
            return false;
        }
        hash = c == '#';
    }
    true
}

/// The first pass of [`for_ci`]: characters escaped.
fn characters(text: &str, syntax: Syntax) -> String {
    let styled = syntax == Syntax::Text { styled: true };
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let next = &rest[c.len_utf8()..];
        match c {
            '\n' | '\t' => out.push(c),
            '\r' if next.starts_with('\n') => out.push(c),
            '\u{1b}' if styled => {
                if let Some(len) = colour_sequence(rest) {
                    out.push_str(&rest[..len]);
                    rest = &rest[len..];
                    continue;
                }
                out.push_str("\\u{1b}");
            }
            c if unprintable(c) => match syntax {
                Syntax::Json => {
                    for unit in c.encode_utf16(&mut [0; 2]) {
                        let _ = write!(out, "\\u{unit:04x}");
                    }
                }
                _ => out.push_str(&printable(c.encode_utf8(&mut [0; 4]))),
            },
            c => out.push(c),
        }
        rest = next;
    }
    out
}

/// The second pass of [`for_ci`]: commands broken. `text` holds no line break but `\n` (or
/// `\r\n`) and no control character but amlint's colour sequences and tabs.
fn commands(text: &str, syntax: Syntax) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for line in text.split_inclusive('\n') {
        let own_github = syntax == Syntax::GithubCommands
            && ["::error ", "::warning ", "::notice "]
                .iter()
                .any(|c| line.starts_with(c));
        let own_azure = syntax == Syntax::AzureCommands
            && ["##vso[task.logissue ", "##vso[task.complete "]
                .iter()
                .any(|c| line.starts_with(c));
        if !own_github && starts_with_colons(line) {
            out.push('\\');
        }
        // The last five significant characters (ASCII lowercased), and where in `out` the
        // last one ends.
        let mut window = [' '; 5];
        let mut after_significant = out.len();
        let at_command = |w: &[char; 5]| w[3..] == ['#', '#'] || *w == ['#', '#', 'v', 's', 'o'];
        let line_start = out.len();
        let mut rest = line;
        while let Some(c) = rest.chars().next() {
            if let Some(len) = colour_sequence(rest) {
                // A reader that takes ESC for nothing sees this `[`: break a command before it.
                if at_command(&window) {
                    out.insert(after_significant, '\\');
                    after_significant += 1;
                    window.rotate_left(1);
                    window[4] = '\\';
                }
                out.push_str(&rest[..len]);
                rest = &rest[len..];
                continue;
            }
            rest = &rest[c.len_utf8()..];
            if ignorable(c) {
                out.push(c);
                continue;
            }
            if c == '[' && at_command(&window) && !(own_azure && out.len() - line_start == 5) {
                match syntax {
                    Syntax::Json => out.push_str("\\u005b"),
                    Syntax::Xml => out.push_str("&#91;"),
                    _ => {
                        out.insert(after_significant, '\\');
                        out.push('[');
                    }
                }
            } else {
                out.push(c);
            }
            window.rotate_left(1);
            window[4] = c.to_ascii_lowercase();
            after_significant = out.len();
        }
    }
    out
}

/// Whether a line starts with `::` as the GitHub runner reads it: after white space, and with
/// the characters a reader may skip left out.
fn starts_with_colons(line: &str) -> bool {
    let mut colons = 0;
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if let Some(len) = colour_sequence(rest) {
            rest = &rest[len..];
            continue;
        }
        rest = &rest[c.len_utf8()..];
        if ignorable(c) || (colons == 0 && c.is_whitespace()) {
            continue;
        }
        if c != ':' {
            return false;
        }
        colons += 1;
        if colons == 2 {
            return true;
        }
    }
    false
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
    #[test]
    fn no_printed_line_reads_as_a_ci_command() {
        let text = Syntax::Text { styled: false };
        // Azure Pipelines reads `##vso[` anywhere in a line; the GitHub runner `##[` too.
        assert_eq!(
            for_ci(
                "a.yml: ##vso[task.setvariable variable=x]y ##[add-mask]z\n",
                text
            ),
            "a.yml: ##vso\\[task.setvariable variable=x]y ##\\[add-mask]z\n"
        );
        assert_eq!(
            for_ci("##VSO[task.complete]", text),
            "##VSO\\[task.complete]"
        );
        // Characters a .NET reader may skip do not hide one.
        assert_eq!(
            for_ci("#\u{200b}#vso\u{fe0f}[x]", text),
            "#\u{200b}#vso\\\u{fe0f}[x]"
        );
        // GitHub reads `::` at the start of a line, after white space.
        assert_eq!(
            for_ci(
                "::error::x\n  ::add-mask::y\n\u{feff}::stop-commands::t\nok ::x\n",
                text
            ),
            "\\::error::x\n\\  ::add-mask::y\n\\\u{feff}::stop-commands::t\nok ::x\n"
        );
        // A lone carriage return ends a line for both runners: escaped, so it cannot start one.
        assert_eq!(for_ci("a\r::error::x\r\n", text), "a\\r::error::x\r\n");
        // Control and bidi characters, as `printable` writes them; line feeds and tabs stay.
        assert_eq!(
            for_ci("a\u{1b}[2J\tb\u{202e}\u{85}\n", text),
            "a\\u{1b}[2J\tb\\u{202e}\\u{85}\n"
        );
    }

    #[test]
    fn amlint_keeps_its_own_commands_and_colours() {
        let github = "::error file=a.yml,line=1,col=1,endLine=1,endColumn=2,title=AML301::m ##[x\n";
        assert_eq!(
            for_ci(github, Syntax::GithubCommands),
            "::error file=a.yml,line=1,col=1,endLine=1,endColumn=2,title=AML301::m ##\\[x\n"
        );
        assert_eq!(
            for_ci("::set-output name=a::b\n", Syntax::GithubCommands),
            "\\::set-output name=a::b\n"
        );
        let azure = "##vso[task.logissue type=error;code=AML301]m ##vso[task.complete]\n";
        assert_eq!(
            for_ci(azure, Syntax::AzureCommands),
            "##vso[task.logissue type=error;code=AML301]m ##vso\\[task.complete]\n"
        );
        assert_eq!(
            for_ci(
                "##vso[task.setvariable variable=a]b\n",
                Syntax::AzureCommands
            ),
            "##vso\\[task.setvariable variable=a]b\n"
        );
        assert_eq!(
            for_ci("x##vso[task.logissue type=error]m\n", Syntax::AzureCommands),
            "x##vso\\[task.logissue type=error]m\n"
        );
        // Colours stay in styled text; a reader that skips ESC still meets no command.
        let styled = Syntax::Text { styled: true };
        assert_eq!(
            for_ci("\u{1b}[1ma.yml\u{1b}[0m \u{1b}[2J", styled),
            "\u{1b}[1ma.yml\u{1b}[0m \\u{1b}[2J"
        );
        assert_eq!(
            for_ci("##vso\u{1b}[0m[x \u{1b}[1m::e", styled),
            "##vso\\\u{1b}[0m[x \u{1b}[1m::e"
        );
        assert_eq!(
            for_ci("\u{1b}[1m::error::x", styled),
            "\\\u{1b}[1m::error::x"
        );
        assert_eq!(
            for_ci("\u{1b}[1m::error::x", Syntax::Text { styled: false }),
            "\\u{1b}[1m::error::x"
        );
    }

    /// Native only: proptest is a native dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// Text made mostly of what the escape looks at: command prefixes, line breaks, white space,
        /// characters a reader skips, controls, colour sequences.
        fn tricky() -> impl Strategy<Value = String> {
            let piece = prop::sample::select(vec![
                "#",
                "##",
                "vso",
                "VSO",
                "[",
                ":",
                "::",
                " ",
                "\t",
                "\n",
                "\r",
                "\r\n",
                "a",
                "\u{1b}[1m",
                "\u{1b}[0m",
                "\u{1b}",
                "\u{200b}",
                "\u{feff}",
                "\u{202e}",
                "\u{85}",
                "\u{3000}",
                "\u{e9}",
                "\u{1F600}",
                "&",
                "\\",
            ]);
            // Short: most of these pieces alone call for an escape.
            prop::collection::vec(piece, 0..8).prop_map(|pieces| pieces.concat())
        }

        const SYNTAXES: [Syntax; 6] = [
            Syntax::Text { styled: false },
            Syntax::Text { styled: true },
            Syntax::Json,
            Syntax::Xml,
            Syntax::GithubCommands,
            Syntax::AzureCommands,
        ];

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(4096))]

            /// The quick look never lets through text the passes would change.
            #[test]
            fn text_left_as_it_is_needs_no_escape(text in tricky()) {
                for syntax in SYNTAXES {
                    if unchanged(&text, syntax) {
                        prop_assert_eq!(commands(&characters(&text, syntax), syntax), text.clone());
                    }
                }
            }

            /// Text printed in pieces split after line feeds reads as the whole would.
            #[test]
            fn pieces_split_after_line_feeds_escape_as_the_whole(text in tricky(), at in 0_usize..8) {
                let ends: Vec<usize> = text.match_indices('\n').map(|(i, _)| i + 1).collect();
                let cut = ends.get(at % ends.len().max(1)).copied().unwrap_or(0);
                for syntax in SYNTAXES {
                    let whole = for_ci(&text, syntax);
                    let pieces = format!("{}{}", for_ci(&text[..cut], syntax), for_ci(&text[cut..], syntax));
                    prop_assert_eq!(pieces, whole.into_owned());
                }
            }
        }
    }

    #[test]
    fn ordinary_reports_are_printed_without_a_copy() {
        let report = "specs/a.yml:3:7: error[AML301] min_instances (4) is above max_instances (2)\n  |\n3 |   min_instances: 4 # the team's\n  |   ^\n";
        for syntax in [Syntax::Text { styled: false }, Syntax::Json, Syntax::Xml] {
            assert!(
                matches!(for_ci(report, syntax), Cow::Borrowed(_)),
                "{syntax:?}"
            );
        }
        let styled = "\u{1b}[1ma.yml:1:1:\u{1b}[0m \u{1b}[1;31merror\u{1b}[0m x\n";
        assert!(matches!(
            for_ci(styled, Syntax::Text { styled: true }),
            Cow::Borrowed(_)
        ));
        for text in ["a ## b", "  ::x", "a\u{200b}b", "a\rb"] {
            assert!(!unchanged(text, Syntax::Text { styled: false }), "{text:?}");
        }
    }

    #[test]
    fn machine_formats_keep_their_values() {
        let json = "{\n  \"path\": \"##vso[task.setvariable variable=a]b\u{202e}\u{1F600}\"\n}\n";
        let printed = for_ci(json, Syntax::Json);
        assert!(!printed.contains("##vso["), "{printed}");
        assert!(!printed.contains('\u{202e}'), "{printed}");
        let value: serde_json::Value = serde_json::from_str(&printed).unwrap();
        assert_eq!(
            value["path"],
            "##vso[task.setvariable variable=a]b\u{202e}\u{1F600}"
        );
        assert_eq!(
            for_ci("<a m=\"##[x\">##vso[y</a>\n", Syntax::Xml),
            "<a m=\"##&#91;x\">##vso&#91;y</a>\n"
        );
    }
}
