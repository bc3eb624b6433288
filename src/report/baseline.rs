//! The baseline: the findings a repository has today, recorded so that a run reports only new
//! ones. Findings are matched by file, rule and fingerprint — not by line, so edits above a
//! finding do not bring it back — and by count, so a second finding of the same kind is new.
//! Findings that mean a file could not be read are never recorded or hidden.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{Edge, File, Settings};
use crate::rules::ALWAYS_ON;
use crate::source::Encoding;

/// The format version of baseline files this amlint writes and reads.
const VERSION: u32 = 1;

/// A recorded finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    file: String,
    rule: String,
    fingerprint: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineFile {
    version: u32,
    findings: Vec<Entry>,
}

/// Findings recorded as known.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Baseline {
    /// How many findings of each kind are recorded (and not yet used up).
    entries: HashMap<Entry, usize>,
}

/// A file's name as a baseline records it: `/` between folders, no leading `./`.
fn path_key(label: &str) -> String {
    let path = label.replace('\\', "/");
    path.strip_prefix("./").unwrap_or(&path).to_owned()
}

fn entries(file: &File, settings: &Settings) -> Vec<(usize, Entry)> {
    let edge = Edge::new(&file.text, &file.report.secrets, *settings, Encoding::Chars);
    let path = path_key(&file.label);
    file.report
        .diagnostics
        .iter()
        .enumerate()
        .filter(|(_, d)| !ALWAYS_ON.iter().any(|r| std::ptr::eq(*r, d.rule)))
        .map(|(i, d)| {
            let entry = Entry {
                file: path.clone(),
                rule: d.code().to_owned(),
                fingerprint: edge.fingerprint(d, &file.report.documents),
            };
            (i, entry)
        })
        .collect()
}

impl Baseline {
    /// The baseline of a run's findings, as the text of a baseline file.
    #[must_use]
    pub fn write(files: &[File], settings: &Settings) -> String {
        let mut baseline = Baseline::default();
        baseline.record(files, settings);
        baseline.text()
    }

    /// Records the findings of `files` too: a run's files may be recorded in turns, as they are
    /// checked, and written once ([`Baseline::text`]).
    pub fn record(&mut self, files: &[File], settings: &Settings) {
        for (_, entry) in files.iter().flat_map(|f| entries(f, settings)) {
            *self.entries.entry(entry).or_insert(0) += 1;
        }
    }

    /// The text of a baseline file with the findings recorded.
    #[must_use]
    pub fn text(&self) -> String {
        let mut findings: Vec<Entry> = self
            .entries
            .iter()
            .flat_map(|(entry, n)| std::iter::repeat_n(entry, *n).cloned())
            .collect();
        findings.sort();
        let file = BaselineFile {
            version: VERSION,
            findings,
        };
        // Serialising these types cannot fail: string keys only.
        let mut out = serde_json::to_string_pretty(&file).unwrap_or_default();
        out.push('\n');
        out
    }

    /// Reads a baseline file.
    ///
    /// # Errors
    /// What is wrong with the text, with its line and column when it is not the JSON of a baseline;
    /// what it quotes of the file (an unknown key) is escaped as [`super::printable`] escapes it.
    pub fn parse(text: &str) -> Result<Baseline, String> {
        let file: BaselineFile = serde_json::from_str(text)
            .map_err(|e| super::printable(&e.to_string()).into_owned())?;
        if file.version != VERSION {
            return Err(format!(
                "baseline version {} is not supported (this amlint reads version {VERSION})",
                file.version
            ));
        }
        Ok(Baseline {
            entries: file
                .findings
                .into_iter()
                .fold(HashMap::new(), |mut counts, entry| {
                    *counts.entry(entry).or_insert(0) += 1;
                    counts
                }),
        })
    }

    /// Removes the findings the baseline records from the files' reports; returns how many.
    /// Each recorded finding hides one finding and is used up, so a run's files may be filtered
    /// in turns, as they are checked.
    pub fn filter(&mut self, files: &mut [File], settings: &Settings) -> usize {
        let left = &mut self.entries;
        let mut removed = 0;
        for file in files {
            let known: Vec<usize> = entries(file, settings)
                .into_iter()
                .filter_map(|(i, entry)| {
                    let count = left.get_mut(&entry).filter(|n| **n > 0)?;
                    *count -= 1;
                    Some(i)
                })
                .collect();
            removed += known.len();
            let mut index = 0;
            file.report.diagnostics.retain(|_| {
                index += 1;
                !known.contains(&(index - 1))
            });
        }
        removed
    }
}
