//! Turning byte offsets into 1-based lines and columns, at the edge (CLI, WASM).

/// Column units: characters for terminals, UTF-16 code units for JavaScript editors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Chars,
    Utf16,
}

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Line starts of one text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    #[must_use]
    pub fn new(text: &str) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { starts }
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
        let before = text.get(start..offset).unwrap_or_default();
        let column = match encoding {
            Encoding::Chars => before.chars().count(),
            Encoding::Utf16 => before.encode_utf16().count(),
        } + 1;
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
        text.get(start..end)
            .unwrap_or_default()
            .trim_end_matches(['\n', '\r'])
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
}
