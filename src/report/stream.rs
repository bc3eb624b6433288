//! A report written file by file, as the command prints it: each file's part can be rendered on
//! any thread as soon as the file is checked, and the parts are joined in the run's order with
//! what the report keeps of the files before (counts for its summary), never the files.
//! Every format is written this way; SARIF's and JUnit's heads hold what only the last file
//! settles (the exit code, the counts), so their parts are written before their head is known
//! ([`Stream::head_last`]). The whole report of a set of files ([`super::render`]) is the same
//! parts joined.

use std::fmt::Write;

use super::{Counts, File, Format, Settings, Style};
use crate::rule::{Rule, Severity};

/// The report of a run in a format that can be written file by file.
#[derive(Debug)]
pub struct Stream {
    layout: Layout,
    settings: Settings,
    /// Files added so far, and of them with findings.
    files: usize,
    /// Entries of a list the format writes its findings in (SARIF's results, GitLab's issues)
    /// added so far, and findings that fail the run (JUnit's failures).
    items: usize,
    blocking: usize,
    with_findings: usize,
    counts: Counts,
    /// Whether a finding added so far fails the run.
    failing: bool,
    /// `--statistics`: how often each rule fired so far.
    rules: RuleCounts,
    /// Paths that could not be read (told apart from the report), for the summary.
    unchecked: usize,
}

/// How a format lays out its parts.
#[derive(Debug, Clone, Copy)]
enum Layout {
    /// `human` (with the lines each finding spans: `frames`) or `concise`; with a summary line
    /// when `summary` is set.
    #[cfg(feature = "reports")]
    Human {
        style: Style,
        frames: bool,
        summary: bool,
    },
    Json,
    Github,
    Azure,
    Sarif,
    Junit,
    Gitlab,
    /// `--statistics`: no part, a table at the end.
    Statistics,
}

/// One file's part of a report ([`Stream::part`]), to be added in the run's order.
#[derive(Debug)]
pub struct Part {
    text: String,
    /// Entries of the format's list of findings in `text`, and findings that fail the run.
    items: usize,
    blocking: usize,
    counts: Counts,
    failing: bool,
    rules: RuleCounts,
}

/// How often each rule fired at each severity, in the order first seen.
#[derive(Debug, Default)]
pub(super) struct RuleCounts(Vec<(&'static Rule, Severity, usize)>);

impl RuleCounts {
    /// `n` more findings of `rule` at `severity`.
    pub(super) fn add(&mut self, rule: &'static Rule, severity: Severity, n: usize) {
        match self
            .0
            .iter_mut()
            .find(|(r, s, _)| std::ptr::eq(*r, rule) && *s == severity)
        {
            Some((_, _, count)) => *count += n,
            None => self.0.push((rule, severity, n)),
        }
    }

    /// The table `--statistics` prints: most often first, severities in `locale`.
    pub(super) fn table(&self, locale: crate::Locale) -> String {
        let mut counts = self.0.clone();
        counts.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.code.cmp(b.0.code)));
        let width = counts.first().map_or(1, |c| c.2.to_string().len());
        let label = |severity| super::rules::severity_word(severity, locale);
        let labels = super::SEVERITIES.map(|s| label(s).chars().count());
        let label_width = labels.into_iter().max().unwrap_or_default();
        let mut out = String::new();
        for (rule, severity, n) in counts {
            let _ = writeln!(
                out,
                "{n:>width$}  {}  {:<label_width$}  {}",
                rule.code,
                label(severity),
                rule.name
            );
        }
        out
    }
}

impl Stream {
    /// A report in `format`. The human formats are styled as `style` says and end with a summary
    /// line when `summary` is set.
    /// Without the `reports` feature, the human formats cannot be written at all.
    #[must_use]
    #[cfg_attr(not(feature = "reports"), allow(unused_variables))]
    pub fn new(format: Format, settings: &Settings, style: Style, summary: bool) -> Option<Stream> {
        let layout = match format {
            #[cfg(feature = "reports")]
            Format::Human | Format::Concise => Layout::Human {
                style,
                frames: format == Format::Human,
                summary,
            },
            Format::Json => Layout::Json,
            Format::Github => Layout::Github,
            Format::Azure => Layout::Azure,
            Format::Sarif => Layout::Sarif,
            Format::Junit => Layout::Junit,
            Format::Gitlab => Layout::Gitlab,
            #[cfg(not(feature = "reports"))]
            Format::Human | Format::Concise => return None,
        };
        Some(Stream::with_layout(layout, settings))
    }

    /// `--statistics`: how often each rule fired, most often first, once every file is added.
    #[must_use]
    pub fn statistics(settings: &Settings) -> Stream {
        Stream::with_layout(Layout::Statistics, settings)
    }

    fn with_layout(layout: Layout, settings: &Settings) -> Stream {
        Stream {
            layout,
            settings: *settings,
            files: 0,
            items: 0,
            blocking: 0,
            with_findings: 0,
            counts: Counts::default(),
            failing: false,
            rules: RuleCounts::default(),
            unchecked: 0,
        }
    }

    /// The report of `files` as one text: head, every file's part, end; `exit_code` is what the
    /// run ends with (SARIF records it). Formats that cannot be written (the human ones without
    /// the `reports` feature) give an empty text.
    pub(super) fn whole(
        format: Format,
        files: &[File],
        settings: &Settings,
        style: Style,
        summary: bool,
        exit_code: u8,
    ) -> String {
        let Some(mut stream) = Stream::new(format, settings, style, summary) else {
            return String::new();
        };
        let mut parts = String::new();
        for file in files {
            let part = stream.part(file);
            parts.push_str(&stream.add(part));
        }
        let mut out = if stream.head_last() {
            stream.late_head(exit_code)
        } else {
            String::from(stream.head())
        };
        out.push_str(&parts);
        out.push_str(&stream.tail());
        out
    }

    /// What the report starts with, before any file; empty when [`Stream::head_last`].
    #[must_use]
    pub fn head(&self) -> &'static str {
        match self.layout {
            Layout::Json => super::json::HEAD,
            Layout::Gitlab => "[",
            _ => "",
        }
    }

    /// Whether the report's head depends on every file (SARIF records the exit code before
    /// the results, JUnit its counts): then it is [`Stream::late_head`], known once every part is
    /// added, and the parts are written before it is.
    #[must_use]
    pub fn head_last(&self) -> bool {
        matches!(self.layout, Layout::Sarif | Layout::Junit)
    }

    /// What the report starts with when [`Stream::head_last`], once every file is added;
    /// `exit_code` is what the run ends with. Empty for the other formats.
    #[must_use]
    pub fn late_head(&self, exit_code: u8) -> String {
        match self.layout {
            Layout::Sarif => super::sarif::around_results(&self.settings, exit_code).0,
            Layout::Junit => super::junit::head(self.files, self.blocking),
            _ => String::new(),
        }
    }

    /// One file's part of the report; it says nothing of the files before or after it.
    #[must_use]
    pub fn part(&self, file: &File) -> Part {
        let (mut items, mut blocking) = (0, 0);
        let text = match self.layout {
            #[cfg(feature = "reports")]
            Layout::Human { style, frames, .. } => {
                super::human::file(file, &self.settings, style, frames)
            }
            Layout::Json => super::json::file(file, &self.settings),
            Layout::Github => super::ci::github_file(file, &self.settings),
            Layout::Azure => super::ci::azure_file(file, &self.settings),
            Layout::Sarif => {
                let (text, results) = super::sarif::file(file, &self.settings);
                items = results;
                text
            }
            Layout::Gitlab => {
                let (text, issues) = super::gitlab::file(file, &self.settings);
                items = issues;
                text
            }
            Layout::Junit => {
                let (text, failures) = super::junit::file(file, &self.settings);
                blocking = failures;
                text
            }
            Layout::Statistics => String::new(),
        };
        let diagnostics = &file.report.diagnostics;
        let mut rules = RuleCounts::default();
        if matches!(self.layout, Layout::Statistics) {
            for d in diagnostics {
                rules.add(d.rule, d.severity, 1);
            }
        }
        Part {
            text,
            items,
            blocking,
            counts: Counts::of(diagnostics),
            failing: self.settings.fails(diagnostics),
            rules,
        }
    }

    /// The next file's part, counted: the text to write after what was written before.
    pub fn add(&mut self, part: Part) -> String {
        self.counts.errors += part.counts.errors;
        self.counts.warnings += part.counts.warnings;
        self.counts.infos += part.counts.infos;
        self.with_findings += usize::from(part.counts.total() > 0);
        self.failing |= part.failing;
        self.files += 1;
        self.blocking += part.blocking;
        for (rule, severity, n) in part.rules.0 {
            self.rules.add(rule, severity, n);
        }
        // A list's entries after a line break, the first, and a comma, the others.
        let first = match self.layout {
            Layout::Json => self.files == 1,
            Layout::Sarif | Layout::Gitlab if part.items > 0 => self.items == 0,
            _ => return part.text,
        };
        self.items += part.items;
        let mut text = part.text;
        text.insert_str(0, if first { "\n" } else { ",\n" });
        text
    }

    /// What the report ends with, after the last file: the summary of the files added.
    #[must_use]
    pub fn tail(&self) -> String {
        match self.layout {
            #[cfg(feature = "reports")]
            Layout::Human { summary: true, .. } => {
                let mut line = super::edge::summary_line(self.settings.locale, self.tally());
                line.push('\n');
                line
            }
            Layout::Json => super::json::tail(&self.settings, self.files, self.counts),
            Layout::Sarif => {
                let end = super::sarif::around_results(&self.settings, 0).1;
                if self.items == 0 {
                    end
                } else {
                    format!("\n{}{end}", &super::sarif::RESULT_INDENT[2..])
                }
            }
            Layout::Junit => super::junit::TAIL.to_owned(),
            Layout::Gitlab if self.items == 0 => "]\n".to_owned(),
            Layout::Gitlab => "\n]\n".to_owned(),
            Layout::Statistics => self.rules.table(self.settings.locale),
            Layout::Azure => {
                super::ci::azure_tail(self.counts.total() > 0, self.failing).to_owned()
            }
            _ => String::new(),
        }
    }

    /// The GitHub step summary of the files added, whose table rows are `rows`
    /// ([`super::github_summary_rows`] of each, in order).
    #[must_use]
    pub fn github_summary(&self, rows: &str) -> String {
        super::ci::github_summary_of(self.settings.locale, self.tally(), rows)
    }

    /// Counts `paths` more paths that could not be read: the summary says how many.
    pub fn unchecked(&mut self, paths: usize) {
        self.unchecked += paths;
    }

    fn tally(&self) -> super::edge::Tally {
        super::edge::Tally {
            counts: self.counts,
            with_findings: self.with_findings,
            files: self.files,
            unchecked: self.unchecked,
        }
    }

    /// Whether a finding of the files added fails the run ([`super::Run::Streamed`]).
    #[must_use]
    pub fn failing(&self) -> bool {
        self.failing
    }
}
