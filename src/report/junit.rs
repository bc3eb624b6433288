//! JUnit XML, as Azure Pipelines' PublishTestResults and GitLab's test reports read it: one test
//! case per file, a `<failure>` for each finding that fails the run, the other findings in the
//! case's output. Well-formed for any text: what XML 1.0 cannot hold is replaced.

use std::fmt::Write;

use super::{Edge, FIRST, File, Settings, printable};
use crate::source::Encoding;

/// The run as one JUnit XML document.
#[must_use]
pub fn junit(files: &[File], settings: &Settings) -> String {
    super::Stream::whole(
        super::Format::Junit,
        files,
        settings,
        super::Style::Plain,
        true,
        0,
    )
}

/// The document's head, up to its first test case, for `tests` files of which `failures`
/// findings fail the run.
pub(super) fn head(tests: usize, failures: usize) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <testsuites name=\"amlint\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">\n  \
         <testsuite name=\"amlint\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">\n"
    )
}

/// The document's end, after its last test case.
pub(super) const TAIL: &str = "  </testsuite>\n</testsuites>\n";

/// One file's test case, and how many of its findings fail the run.
pub(super) fn file(file: &File, settings: &Settings) -> (String, usize) {
    let mut cases = String::new();
    let mut failures = 0;
    let edge = Edge::new(&file.text, &file.report.secrets, *settings, Encoding::Chars);
    let name = xml(&file.label);
    let _ = write!(
        cases,
        "    <testcase name=\"{name}\" classname=\"amlint\" file=\"{name}\""
    );
    if file.report.diagnostics.is_empty() {
        cases.push_str("/>\n");
        return (cases, 0);
    }
    cases.push_str(">\n");
    let mut output = String::new();
    for d in &file.report.diagnostics {
        let found = edge.finding(d);
        let start = found.start.unwrap_or(FIRST);
        let line = format!(
            "{}:{}:{}: {}[{}] {}",
            file.label,
            start.line,
            start.column,
            super::rules::severity_word(d.severity, settings.locale),
            d.code(),
            found.message
        );
        if found.blocking {
            failures += 1;
            let _ = writeln!(
                cases,
                "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                d.code(),
                xml(&found.message),
                xml(&line)
            );
        } else {
            output.push_str(&line);
            output.push('\n');
        }
    }
    if !output.is_empty() {
        let _ = writeln!(cases, "      <system-out>{}</system-out>", xml(&output));
    }
    cases.push_str("    </testcase>\n");
    (cases, failures)
}

/// Text as XML character data or attribute value: markup characters escaped, and characters
/// XML 1.0 does not allow (most controls, U+FFFE, U+FFFF) or a reader should not show written as
/// visible escapes. Line breaks stay, except in attributes, where XML would fold them.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, newline) = match line.strip_suffix('\n') {
            Some(body) => (body, true),
            None => (line, false),
        };
        for c in printable(body).chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&apos;"),
                '\u{FFFE}' | '\u{FFFF}' => out.push('\u{FFFD}'),
                c => out.push(c),
            }
        }
        if newline {
            out.push_str("&#10;");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_text_becomes_well_formed_xml() {
        assert_eq!(
            xml("a<b & \"c\"\u{1b}\u{FFFF}"),
            "a&lt;b &amp; &quot;c&quot;\\u{1b}\u{FFFD}"
        );
        assert_eq!(xml("one\ntwo\n"), "one&#10;two&#10;");
    }
}
