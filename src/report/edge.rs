//! The one place where a finding's data becomes text.

use super::{Secrets, Settings};
use crate::secrets::MASK;

use crate::diagnostic::Diagnostic;
use crate::source::{Encoding, LineIndex, Position};

/// A finding as text, ready for any format.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingText {
    /// 1-based start and end; `None` for input without text (a JS object).
    pub start: Option<Position>,
    pub end: Option<Position>,
    /// Whether the finding fails a run (or blocks a form), by the settings.
    pub blocking: bool,
    pub pointer: String,
    pub message: String,
    /// The message's arguments as text, by name.
    pub params: Vec<(&'static str, String)>,
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
        let span = d.span.unwrap_or_default();
        let position = |offset: u32| {
            self.positions.then(|| {
                self.index
                    .position(self.text, offset as usize, self.encoding)
            })
        };
        FindingText {
            start: position(span.start),
            end: position(span.end),
            blocking: self.settings.blocks(d.severity),
            pointer: self.pointer(&d.pointer),
            message: d.message(self.settings.locale),
            params: d.params(self.settings.locale),
        }
    }

    /// A pointer as it may be shown: a segment that is or holds a secret (a key read through an
    /// alias, say) is masked, the others kept, so the pointer still names the place.
    fn pointer(&self, pointer: &str) -> String {
        if self.secrets.values.is_empty() {
            return pointer.to_owned();
        }
        pointer
            .split('/')
            .map(|segment| {
                let key = segment.replace("~1", "/").replace("~0", "~");
                if self.secrets.hides(&key) {
                    MASK
                } else {
                    segment
                }
            })
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
