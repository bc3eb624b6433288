//! The one place where a finding's data becomes text.

use super::{Secrets, Settings};
use crate::messages::Arg;
use crate::secrets::MASK;

use super::DocumentSummary;
use crate::diagnostic::Diagnostic;
use crate::fix::Change;
use crate::source::{Encoding, LineIndex, Position};

/// A finding as text, ready for any format.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingText {
    /// 1-based start and end; `None` for input without text (a JS object).
    pub start: Option<Position>,
    /// Where it ends (exclusive); `None` without text.
    pub end: Option<Position>,
    /// Whether the finding fails a run (or blocks a form), by the settings.
    pub blocking: bool,
    /// The JSON pointer, secret segments masked.
    pub pointer: String,
    /// The message in the settings' language.
    pub message: String,
    /// The message's arguments as text, by name.
    pub params: Vec<(&'static str, String)>,
    /// The fix, when the finding has one (without its edits when it touches a secret).
    pub fix: Option<FixText>,
}

/// A fix as the outputs show it.
#[derive(Debug, Clone, PartialEq)]
pub struct FixText {
    /// `safe` or `unsafe`.
    pub applicability: &'static str,
    /// Edits of the text: where (positions, and offsets in the edge's unit) and what stands
    /// there afterwards. Empty for input without text.
    pub edits: Vec<EditText>,
    /// The same as JSON Patch operations (RFC 6902) on the document: `replace`, `move` (a
    /// rename), `remove`. What a form applies to its state.
    pub patch: Vec<serde_json::Value>,
    /// The fix touches or writes a secret: it is unsafe, and neither its edits nor its patch
    /// are shown (`--fix --unsafe-fixes` still applies it).
    pub secret: bool,
}

/// One edit of a fix, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct EditText {
    /// Where the replaced text starts.
    pub start: Position,
    /// Where it ends (exclusive).
    pub end: Position,
    /// The start as an offset from the beginning of the text, in the edge's unit.
    pub offset: usize,
    /// The length of the replaced text, in the edge's unit.
    pub length: usize,
    /// The text that replaces it.
    pub content: String,
}

/// What findings of one input may show of it: its text (if any), where its lines start, which
/// spans hold secrets, and the language and column unit of the output.
#[derive(Debug)]
pub struct Edge<'a> {
    text: &'a str,
    index: LineIndex,
    secrets: &'a Secrets,
    settings: Settings,
    encoding: Encoding,
    /// False for input that had no text at all: then findings have no positions.
    positions: bool,
}

impl<'a> Edge<'a> {
    /// The edge of an input with text; `secrets` are the byte ranges never to show.
    #[must_use]
    pub fn new(
        text: &'a str,
        secrets: &'a Secrets,
        settings: Settings,
        encoding: Encoding,
    ) -> Self {
        Edge {
            text,
            index: LineIndex::new(text),
            secrets,
            settings,
            encoding,
            positions: true,
        }
    }

    /// The edge of an input that had no text (a JS object or JSON value): no positions.
    #[must_use]
    pub fn without_text(secrets: &'a Secrets, settings: Settings) -> Self {
        Edge {
            positions: false,
            ..Edge::new("", secrets, settings, Encoding::Utf16)
        }
    }

    /// The finding as text. Positions of a finding about the whole file are 1:1.
    #[must_use]
    pub fn finding(&self, d: &Diagnostic) -> FindingText {
        let (start, end, message) = self.headline(d);
        FindingText {
            start,
            end,
            blocking: self.settings.blocks(d.severity),
            pointer: self.pointer(&d.pointer),
            message,
            params: d.params(self.settings.locale),
            fix: self.fix(d),
        }
    }

    /// What a line of the human formats shows of a finding: where it starts and ends (as in
    /// [`FindingText`]) and its message, without the rest of [`Edge::finding`]'s work.
    #[must_use]
    pub fn headline(&self, d: &Diagnostic) -> (Option<Position>, Option<Position>, String) {
        let span = d.span.unwrap_or_default();
        let position = |offset: u32| {
            self.positions.then(|| {
                self.index
                    .position(self.text, offset as usize, self.encoding)
            })
        };
        (
            position(span.start),
            position(span.end),
            d.message(self.settings.locale),
        )
    }

    /// The fix of a finding as it may be shown: one that touches a secret says so, and shows
    /// nothing of what it writes (it may still be applied: `apply` works on the data, not on
    /// this text).
    fn fix(&self, d: &Diagnostic) -> Option<FixText> {
        let fix = d.fix.as_deref()?;
        if fix.secret {
            return Some(FixText {
                applicability: fix.applicability.as_str(),
                edits: Vec::new(),
                patch: Vec::new(),
                secret: true,
            });
        }
        let units = |byte: u32| self.index.offset(self.text, byte as usize, self.encoding);
        let edits = if self.positions {
            fix.edits
                .iter()
                .map(|edit| {
                    let (offset, end) = (units(edit.span.start), units(edit.span.end));
                    EditText {
                        start: self.index.position(
                            self.text,
                            edit.span.start as usize,
                            self.encoding,
                        ),
                        end: self
                            .index
                            .position(self.text, edit.span.end as usize, self.encoding),
                        offset,
                        length: end - offset,
                        content: edit.replacement.clone(),
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        let patch = fix.changes.iter().filter_map(Change::patch).collect();
        Some(FixText {
            applicability: fix.applicability.as_str(),
            edits,
            patch,
            secret: false,
        })
    }

    /// A stable name for the finding that survives edits elsewhere in the file: a hash of its rule,
    /// its document (by compute name when it has one, so documents may move) and its pointer with
    /// list positions left out and secret segments masked. Never a value, so no secret and no hash
    /// of one ends up in a baseline or a SARIF log. Findings that differ only by list position
    /// share one; consumers match them by count.
    #[must_use]
    pub fn fingerprint(&self, d: &Diagnostic, documents: &[DocumentSummary]) -> String {
        let document = documents
            .iter()
            .find(|s| s.document == d.document)
            .and_then(|s| s.name.as_ref())
            .map(|(name, _)| name.as_str())
            .filter(|name| !self.secrets.hides(name))
            .map_or_else(|| format!("#{}", d.document), |name| format!("name:{name}"));
        let pointer: String = self
            .pointer(&d.pointer)
            .split('/')
            .map(|segment| {
                if !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit()) {
                    "#"
                } else {
                    segment
                }
            })
            .collect::<Vec<_>>()
            .join("/");
        fingerprint_of(&[d.code(), &document, &pointer])
    }

    /// A pointer as it may be shown: a segment that is or holds a secret (a key read through an
    /// alias, say) is masked, the others kept, so the pointer still names the place.
    fn pointer(&self, pointer: &str) -> String {
        if self.secrets.values.is_empty() {
            return pointer.to_owned();
        }
        // Unescaped (and so copied) only where a segment has an escape; the pointer rebuilt only
        // when a segment is masked: findings on a spec that holds a secret pay little for it.
        let hidden = |segment: &str| {
            if segment.contains('~') {
                self.secrets
                    .hides(&segment.replace("~1", "/").replace("~0", "~"))
            } else {
                self.secrets.hides(segment)
            }
        };
        if !pointer.split('/').any(hidden) {
            return pointer.to_owned();
        }
        pointer
            .split('/')
            .map(|segment| if hidden(segment) { MASK } else { segment })
            .collect::<Vec<_>>()
            .join("/")
    }

    /// Line `line` (1-based) of the text as it may be shown: secrets replaced by `*`, characters
    /// that would garble a terminal or reorder the line (controls, bidi formatting) by U+FFFD.
    #[must_use]
    pub fn source_line(&self, line: usize) -> String {
        let start = self.index.line_start(line);
        self.index
            .line(self.text, line)
            .char_indices()
            .map(|(i, c)| {
                if self.secrets.covers(start + i) {
                    '*'
                } else if c != '\t' && super::escape::unprintable(c) {
                    '\u{FFFD}'
                } else {
                    c
                }
            })
            .collect()
    }
}

/// The text with every character of its secrets replaced by `*` (line breaks kept, so lines stay
/// where they were): what a preview of the file, such as `--diff`, may show.
#[must_use]
pub fn masked_text(text: &str, secrets: &Secrets) -> String {
    if secrets.spans.is_empty() {
        return text.to_owned();
    }
    // The spans are sorted by start: one walk over them and the text.
    let mut spans = secrets.spans.iter().peekable();
    let mut covered_to = 0_usize;
    text.char_indices()
        .map(|(at, c)| {
            while let Some(span) = spans.next_if(|s| (s.start as usize) <= at) {
                covered_to = covered_to.max(span.end as usize);
            }
            if c != '\n' && c != '\r' && at < covered_to {
                '*'
            } else {
                c
            }
        })
        .collect()
}

/// What a run's summary counts: the findings, the files checked (and of them with findings),
/// and the paths that could not be read (inputs, folders, ignore files; each told on its own line
/// before the summary).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Tally {
    pub counts: super::Counts,
    pub with_findings: usize,
    pub files: usize,
    pub unchecked: usize,
}

/// The summary line of a run in `locale`: `Found 2 errors, 1 warning and 0 infos in 1 of 3 files.`,
/// or that nothing was found; and how many paths could not be read, when any could not (a run
/// that read nothing is not one that found nothing).
#[must_use]
pub(crate) fn summary_line(locale: crate::Locale, tally: Tally) -> String {
    let count = |what: &str, n: usize| {
        let id = match (what, n) {
            ("error", 1) => "summary.count.error.one",
            ("error", _) => "summary.count.error.other",
            ("warning", 1) => "summary.count.warning.one",
            ("warning", _) => "summary.count.warning.other",
            ("info", 1) => "summary.count.info.one",
            ("info", _) => "summary.count.info.other",
            ("path", 1) => "summary.count.path.one",
            ("path", _) => "summary.count.path.other",
            (_, 1) => "summary.count.file.one",
            _ => "summary.count.file.other",
        };
        Arg::Phrase(
            id,
            vec![("count", Arg::Int(i64::try_from(n).unwrap_or(i64::MAX)))],
        )
    };
    let files = ("files", count("file", tally.files));
    let unchecked = ("unchecked", count("path", tally.unchecked));
    let counts = tally.counts;
    if counts.total() == 0 {
        return match tally.unchecked {
            0 => crate::messages::render(locale, "summary.none", &[files]),
            _ => crate::messages::render(locale, "summary.none_unchecked", &[files, unchecked]),
        };
    }
    let mut args = vec![
        ("errors", count("error", counts.errors)),
        ("warnings", count("warning", counts.warnings)),
        ("infos", count("info", counts.infos)),
        (
            "with",
            Arg::Int(i64::try_from(tally.with_findings).unwrap_or(i64::MAX)),
        ),
        files,
    ];
    let id = match tally.unchecked {
        0 => "summary.found",
        _ => {
            args.push(unchecked);
            "summary.found_unchecked"
        }
    };
    crate::messages::render(locale, id, &args)
}

/// The fingerprint of some parts: 16 hexadecimal digits.
pub(crate) fn fingerprint_of(parts: &[&str]) -> String {
    format!("{:016x}", fnv1a(parts))
}

/// FNV-1a (64 bit) over the parts, each ended by a zero byte: a hash that is the same on every
/// platform and in every version of Rust, as a fingerprint must be (std's hashers promise neither).
fn fnv1a(parts: &[&str]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    hash
}
