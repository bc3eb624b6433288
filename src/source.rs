//! Turning byte offsets into 1-based lines and columns, at the edge (CLI, WASM). Lines break where
//! PyYAML, which `az ml` reads with, breaks them: at `\n`, `\r\n`, a lone `\r`, NEL, U+2028
//! and U+2029.

/// Column units: characters for terminals, UTF-16 code units for JavaScript editors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Characters (Unicode scalar values): what terminals and most editors count.
    Chars,
    /// UTF-16 code units: what JavaScript strings and LSP editors count.
    Utf16,
}

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in the encoding asked for.
    pub column: usize,
}

/// Line starts of one text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// How many units of each encoding stand before each line, counted once when an offset
    /// from the start of the text is first asked for (chars, then UTF-16).
    units_before: [std::cell::OnceCell<Vec<usize>>; 2],
    /// Whether the whole text is ASCII (a byte is then a unit of every encoding): a column costs no
    /// count of the line before it, however long the line and however many findings stand on it.
    ascii: bool,
}

impl Encoding {
    /// The byte offset of every offset of `text` in this encoding's units (and of its end):
    /// `None` for an offset inside a character (the second unit of a UTF-16 surrogate pair).
    #[must_use]
    pub fn byte_offsets(self, text: &str) -> Vec<Option<usize>> {
        let mut out = Vec::with_capacity(text.len() + 1);
        for (at, c) in text.char_indices() {
            out.push(Some(at));
            if self == Encoding::Utf16 && c.len_utf16() == 2 {
                out.push(None);
            }
        }
        out.push(Some(text.len()));
        out
    }

    /// How many bytes the first `units` units of `text` take: `None` when `text` is shorter, or
    /// when they end inside a character (between the two units of a UTF-16 surrogate pair). What
    /// reading a string whose length JavaScript gave needs, without counting the whole text.
    #[must_use]
    pub fn prefix_bytes(self, text: &str, units: usize) -> Option<usize> {
        if text.as_bytes().get(..units).is_some_and(<[u8]>::is_ascii) {
            return Some(units);
        }
        let mut counted = 0;
        for (at, c) in text.char_indices() {
            if counted >= units {
                return (counted == units).then_some(at);
            }
            counted += match self {
                Encoding::Chars => 1,
                Encoding::Utf16 => c.len_utf16(),
            };
        }
        (counted == units).then_some(text.len())
    }

    /// How many units of this encoding `text` is.
    #[must_use]
    pub fn units(self, text: &str) -> usize {
        if text.is_ascii() {
            return text.len();
        }
        match self {
            Encoding::Chars => text.chars().count(),
            Encoding::Utf16 => text.encode_utf16().count(),
        }
    }
}

/// The length of the first line of `text` with its line break: where the next line starts.
#[must_use]
pub fn line_end(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        match b {
            b'\n' => return at + 1,
            b'\r' => {
                return at
                    + if bytes.get(at + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
            }
            // NEL (C2 85), U+2028 and U+2029 (E2 80 A8/A9).
            0xC2 if bytes.get(at + 1) == Some(&0x85) => return at + 2,
            0xE2 if bytes.get(at + 1) == Some(&0x80)
                && matches!(bytes.get(at + 2), Some(0xA8 | 0xA9)) =>
            {
                return at + 3;
            }
            _ => at += 1,
        }
    }
    text.len()
}

/// A line without the line break it ends with, if any.
#[must_use]
pub fn without_break(line: &str) -> &str {
    let cut = if line.ends_with("\r\n") {
        2
    } else if line.ends_with(['\n', '\r']) {
        1
    } else if line.ends_with('\u{85}') {
        2
    } else if line.ends_with(['\u{2028}', '\u{2029}']) {
        3
    } else {
        0
    };
    line.get(..line.len() - cut).unwrap_or(line)
}

impl LineIndex {
    #[must_use]
    /// The line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        let mut at = 0;
        while at < text.len() {
            at += line_end(&text[at..]);
            if at < text.len() || without_break(text).len() < text.len() {
                starts.push(at);
            }
        }
        LineIndex {
            starts,
            units_before: Default::default(),
            ascii: text.is_ascii(),
        }
    }

    /// A byte offset as an offset from the start of the text in `encoding`'s units (clamped to
    /// the text and to a char boundary). Many lookups in one text cost a pass over it, not one
    /// each.
    #[must_use]
    pub fn offset(&self, text: &str, offset: usize, encoding: Encoding) -> usize {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let slot = match encoding {
            Encoding::Chars => 0,
            Encoding::Utf16 => 1,
        };
        let before = self.units_before[slot].get_or_init(|| {
            let mut total = 0;
            let mut out = Vec::with_capacity(self.starts.len());
            let mut previous = 0;
            for &start in &self.starts {
                total += encoding.units(text.get(previous..start).unwrap_or_default());
                out.push(total);
                previous = start;
            }
            out
        });
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        before.get(line - 1).copied().unwrap_or(0)
            + self.units_in_line(text, start, offset, encoding)
    }

    /// The units of `encoding` in a line (starting at byte `start`) before byte `offset`: the
    /// bytes themselves in an ASCII text.
    fn units_in_line(&self, text: &str, start: usize, offset: usize, encoding: Encoding) -> usize {
        if self.ascii {
            return offset.saturating_sub(start);
        }
        encoding.units(text.get(start..offset).unwrap_or_default())
    }

    /// The position of a byte offset (clamped to the text, and to a char boundary).
    #[must_use]
    pub fn position(&self, text: &str, offset: usize, encoding: Encoding) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let column = self.units_in_line(text, start, offset, encoding) + 1;
        Position { line, column }
    }

    /// The text of a 1-based line, without its line break.
    #[must_use]
    pub fn line<'t>(&self, text: &'t str, line: usize) -> &'t str {
        let start = self
            .starts
            .get(line.wrapping_sub(1))
            .copied()
            .unwrap_or(text.len());
        let end = self.starts.get(line).copied().unwrap_or(text.len());
        without_break(text.get(start..end).unwrap_or_default())
    }

    /// Byte offset where a 1-based line starts.
    #[must_use]
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line.wrapping_sub(1)).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_offsets_undo_offsets() {
        let text = "a\né😀\r\nb😀c";
        let index = LineIndex::new(text);
        for encoding in [Encoding::Chars, Encoding::Utf16] {
            let bytes = encoding.byte_offsets(text);
            for (unit, byte) in bytes.iter().enumerate() {
                if let Some(byte) = byte {
                    assert_eq!(index.offset(text, *byte, encoding), unit);
                }
            }
            assert_eq!(bytes.len(), encoding.units(text) + 1);
        }
    }

    #[test]
    fn prefix_bytes_undo_units() {
        let text = "a\né😀\r\nb😀c";
        for encoding in [Encoding::Chars, Encoding::Utf16] {
            let bytes = encoding.byte_offsets(text);
            for (units, byte) in bytes.iter().enumerate() {
                assert_eq!(encoding.prefix_bytes(text, units), *byte, "{units}");
            }
            assert_eq!(encoding.prefix_bytes(text, bytes.len()), None);
        }
        assert_eq!(Encoding::Utf16.prefix_bytes("ab", 2), Some(2));
        assert_eq!(Encoding::Utf16.prefix_bytes("ab", 3), None);
        assert_eq!(Encoding::Utf16.prefix_bytes("", 0), Some(0));
    }

    #[test]
    fn offsets_count_the_units_before_them() {
        let text = "a\né😀\r\nb😀c";
        let index = LineIndex::new(text);
        for byte in 0..=text.len() {
            if text.is_char_boundary(byte) {
                assert_eq!(
                    index.offset(text, byte, Encoding::Chars),
                    text[..byte].chars().count()
                );
                assert_eq!(
                    index.offset(text, byte, Encoding::Utf16),
                    text[..byte].encode_utf16().count()
                );
            }
        }
    }

    #[test]
    fn positions_are_one_based_and_count_chars_or_utf16() {
        let text = "a: 1\nnäme: 😀x\n";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(
            index.position(text, x, Encoding::Chars),
            Position { line: 2, column: 8 }
        );
        assert_eq!(
            index.position(text, x, Encoding::Utf16),
            Position { line: 2, column: 9 }
        );
        assert_eq!(
            index.position(text, 0, Encoding::Chars),
            Position { line: 1, column: 1 }
        );
        assert_eq!(index.line(text, 2), "näme: 😀x");
    }

    #[test]
    fn lines_break_where_pyyaml_breaks_them() {
        let text =
            "name: cpu-cluster\rtype: amlcompute\r\nmax_instances: 2\u{2028}min_instances: 4\r";
        let index = LineIndex::new(text);
        let four = text.rfind('4').unwrap();
        assert_eq!(
            index.position(text, four, Encoding::Chars),
            Position {
                line: 4,
                column: 16
            }
        );
        assert_eq!(index.line(text, 1), "name: cpu-cluster");
        assert_eq!(index.line(text, 2), "type: amlcompute");
        assert_eq!(index.line(text, 3), "max_instances: 2");
        assert_eq!(index.line(text, 4), "min_instances: 4");
    }
}
