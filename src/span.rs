//! Byte ranges into checked text: what the reader attaches to every node and every finding
//! carries. Lines and columns are computed from them only at the edge (`source.rs`).

use serde::Serialize;

/// A half-open byte range `start..end` into the checked text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset after the last byte.
    pub end: u32,
}

impl Span {
    #[must_use]
    /// A span from byte `start` to byte `end` (exclusive).
    pub fn new(start: usize, end: usize) -> Span {
        let start = u32::try_from(start).unwrap_or(u32::MAX);
        let end = u32::try_from(end).unwrap_or(u32::MAX).max(start);
        Span { start, end }
    }

    #[must_use]
    /// The span as a range of byte offsets, to slice the text with.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}
