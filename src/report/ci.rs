//! The formats CI services read from a job's log: GitHub Actions workflow commands (and the
//! step summary, which shows every finding where the log shows ten annotations per step) and
//! Azure Pipelines logging commands.

use std::fmt::Write;

use super::{Counts, FIRST, File, Settings, each_finding, printable};
use crate::rule::Severity;

/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=AML301::message`, one per finding.
#[must_use]
pub fn github(files: &[File], settings: &Settings) -> String {
    super::Stream::whole(
        super::Format::Github,
        files,
        settings,
        super::Style::Plain,
        true,
        0,
    )
}

/// One file's workflow commands.
pub(super) fn github_file(file: &File, settings: &Settings) -> String {
    let mut out = String::new();
    each_finding(std::slice::from_ref(file), settings, |file, d, found| {
        let (start, end) = (found.start.unwrap_or(FIRST), found.end.unwrap_or(FIRST));
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            github_property(&printable(&file.label)),
            start.line,
            start.column,
            end.line,
            end.column,
            github_property(&format!("{} ({})", d.code(), d.rule.name)),
            github_data(&printable(&found.message))
        );
    });
    out
}

/// Text for a workflow command's message: GitHub reads `%`, CR and LF as escapes.
fn github_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Text for a workflow command's property: also `:` and `,`, which end a property.
fn github_property(text: &str) -> String {
    github_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The Markdown a GitHub job appends to its step summary: a count and a table of every finding.
/// Text from outside (file names, messages with spec values) stands only in code spans, where
/// Markdown renders no link, image, HTML or emphasis ([`code_cell`]).
#[must_use]
pub fn github_summary(files: &[File], settings: &Settings) -> String {
    let counts = Counts::of(files.iter().flat_map(|f| &f.report.diagnostics));
    let with_findings = files
        .iter()
        .filter(|f| !f.report.diagnostics.is_empty())
        .count();
    let rows: String = files
        .iter()
        .map(|file| github_summary_rows(file, settings))
        .collect();
    let tally = super::edge::Tally {
        counts,
        with_findings,
        files: files.len(),
        unchecked: 0,
    };
    github_summary_of(settings.locale, tally, &rows)
}

/// The step summary of a run counted as `tally`, whose table rows are `rows`
/// ([`github_summary_rows`], file by file).
pub(super) fn github_summary_of(
    locale: crate::Locale,
    tally: super::edge::Tally,
    rows: &str,
) -> String {
    let mut out = String::from("## amlint\n\n");
    let _ = writeln!(out, "{}\n", super::edge::summary_line(locale, tally));
    if tally.counts.total() == 0 {
        return out;
    }
    let header = crate::messages::template(locale, "summary.table").unwrap_or_default();
    let _ = writeln!(out, "{header}\n|---|---|---|---|---|");
    out.push_str(rows);
    out
}

/// One file's rows in the step summary's table: a row per finding.
#[must_use]
pub fn github_summary_rows(file: &File, settings: &Settings) -> String {
    let mut out = String::new();
    each_finding(std::slice::from_ref(file), settings, |file, d, found| {
        let start = found.start.unwrap_or(FIRST);
        let _ = writeln!(
            out,
            "| {} | {}:{} | {} | {} `{}` | {} |",
            code_cell(&file.label),
            start.line,
            start.column,
            super::rules::severity_word(d.severity, settings.locale),
            d.code(),
            d.rule.name,
            code_cell(&found.message)
        );
    });
    out
}

/// Text as a code span in a Markdown table cell: shown as written, whatever it holds. Inside a
/// code span CommonMark recognises no link, image, autolink, HTML, entity, emphasis or backslash
/// escape; the span's fence is one backtick longer than the longest run of backticks in the
/// text, and the spaces inside it are taken off again by the reader; a table cell is one line
/// (`printable`), and its `|` is written `\|`, which GitHub's tables read as `|` even in a code
/// span.
fn code_cell(text: &str) -> String {
    let text = printable(text).replace('|', "\\|");
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    format!("{fence} {text} {fence}")
}

/// `##vso[task.logissue type=error;sourcepath=…;linenumber=…;columnnumber=…;code=AML301]message`
/// for errors and warnings (Azure knows no other issue type; infos are plain log lines), and
/// `##vso[task.complete result=SucceededWithIssues;]` when there are findings but none fails
/// the run.
#[must_use]
pub fn azure(files: &[File], settings: &Settings) -> String {
    super::Stream::whole(
        super::Format::Azure,
        files,
        settings,
        super::Style::Plain,
        true,
        0,
    )
}

/// One file's logging commands (and lines for infos).
pub(super) fn azure_file(file: &File, settings: &Settings) -> String {
    let mut out = String::new();
    each_finding(std::slice::from_ref(file), settings, |file, d, found| {
        let start = found.start.unwrap_or(FIRST);
        let (path, message) = (printable(&file.label), printable(&found.message));
        let _ = match d.severity {
            Severity::Info => writeln!(
                out,
                "{}:{}:{}: info[{}] {}",
                azure_data(&path),
                start.line,
                start.column,
                d.code(),
                azure_data(&message)
            ),
            severity => writeln!(
                out,
                "##vso[task.logissue type={};sourcepath={};linenumber={};columnnumber={};code={}]{}",
                severity.as_str(),
                azure_property(&path),
                start.line,
                start.column,
                d.code(),
                azure_data(&message)
            ),
        };
    });
    out
}

/// The end of an Azure Pipelines report: the task marked as succeeded with issues when there
/// were findings (`any`) but none fails the run (`failing`).
pub(super) fn azure_tail(any: bool, failing: bool) -> &'static str {
    if any && !failing {
        "##vso[task.complete result=SucceededWithIssues;]\n"
    } else {
        ""
    }
}

/// Text for a logging command's message: the agent reads `%AZP25`, `%0D` and `%0A` as escapes,
/// and a `##vso[` anywhere in a line as a command, so a file name cannot forge one.
fn azure_data(text: &str) -> String {
    text.replace('%', "%AZP25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
        .replace("##vso[", "##vso%5B")
}

/// Text for a logging command's property: also `;` and `]`, which end a property or the command.
fn azure_property(text: &str) -> String {
    azure_data(text).replace(';', "%3B").replace(']', "%5D")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_command_text_is_escaped_as_github_reads_it() {
        assert_eq!(github_data("50% of\r\nit: a, b"), "50%25 of%0D%0Ait: a, b");
        assert_eq!(
            github_property("dir,a/b:c%.yml\n"),
            "dir%2Ca/b%3Ac%25.yml%0A"
        );
    }

    #[test]
    fn logging_command_text_is_escaped_as_azure_reads_it() {
        assert_eq!(azure_data("100%\nnext"), "100%AZP25%0Anext");
        assert_eq!(
            azure_data("x##vso[task.complete]"),
            "x##vso%5Btask.complete]"
        );
        assert_eq!(azure_property("a;b]c%"), "a%3Bb%5Dc%AZP25");
    }

    #[test]
    fn a_table_cell_is_one_code_span_whatever_it_holds() {
        assert_eq!(code_cell("a|b\n<i>"), "` a\\|b\\n<i> `");
        assert_eq!(
            code_cell("x`` ![p](http://e/p) `y"),
            "``` x`` ![p](http://e/p) `y ```"
        );
        assert_eq!(code_cell("`"), "`` ` ``");
    }
}
