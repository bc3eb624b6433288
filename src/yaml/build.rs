use foldhash::HashMap;
use foldhash::HashMapExt as _;

use saphyr_parser::{Event, Marker, Parser, ScalarStyle, ScanError, Tag};

use super::node::{Entry, Node, Value, pointer_push};
use super::scalar::{
    is_string_in_both, is_yaml11_only_break, literal, pyyaml_binary, pyyaml_reads_as_is,
    pyyaml_unloadable_plain, reading, resolve_yaml11, resolve_yaml12,
};
use super::{Issue, IssueKind};
use crate::span::Span;

/// Bounds that keep hostile input cheap.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Deepest nesting of mappings and sequences.
    pub max_depth: usize,
    /// Most nodes the aliases of one file may add (a "billion laughs" file); what a file writes
    /// out itself is bounded by its size. For a JS value, the most values it may hold.
    pub max_nodes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_depth: 64,
            max_nodes: 100_000,
        }
    }
}

/// The documents of one file. A document that could not be read is `None`; its issue says why.
#[derive(Debug)]
pub struct Parsed<'a> {
    pub documents: Vec<Option<Node<'a>>>,
    pub issues: Vec<Issue>,
    /// Comments that speak to amlint (`# amlint: ...`), from `#` to the end of the line, in text
    /// order. The parser reports no comments; they are found between its scalars.
    pub directives: Vec<Span>,
    /// Every comment, from `#` to the end of its line, in text order: what a fix must keep, and
    /// text that may hold a secret.
    pub comments: Vec<Span>,
    /// Where the nodes that carry an anchor (`&name`) stand: an edit there changes every alias
    /// of it too, or removes the anchor they need.
    pub anchored: Vec<Span>,
    /// Where block scalars (`|`, `>`) stand, with their indicator: their content runs on over
    /// line breaks and indentation, which an edit written as a plain scalar would break.
    pub block_scalars: Vec<Span>,
    /// Values the reader dropped: the earlier value of a key written twice. `az ml` never sees
    /// them, but they are still text in the file, and their secrets must be hidden like any other.
    pub shadowed: Vec<Shadowed<'a>>,
}

/// A value a later duplicate key replaced.
#[derive(Debug, Clone)]
pub struct Shadowed<'a> {
    /// The document it stands in.
    pub document: usize,
    /// The mapping that holds it, as a JSON pointer.
    pub parent: String,
    /// The entry as written: its key and the dropped value.
    pub entry: Entry<'a>,
}

/// The text of a file's scalars, as the parser decoded them (quotes, escapes, folding), for as
/// long as the trees that borrow it.
#[derive(Default)]
pub struct Strings(typed_arena::Arena<String>);

impl Strings {
    #[must_use]
    pub fn new() -> Self {
        Strings::default()
    }

    pub(crate) fn keep(&self, text: String) -> &str {
        self.0.alloc(text)
    }
}

/// Reads every document of `text`; the trees' strings live in `strings`.
#[must_use]
pub fn parse<'a>(text: &'a str, strings: &'a Strings, limits: Limits) -> Parsed<'a> {
    let mut builder = Builder::new(text, strings, limits);
    builder.run();
    builder.forget_dropped();
    builder.check_characters();
    builder.check_tabs();
    builder.find_comments();
    builder.out
}

enum Frame<'a> {
    Seq {
        items: Vec<Node<'a>>,
        start: usize,
        anchor: usize,
    },
    Map {
        entries: Vec<Entry<'a>>,
        key: Option<Node<'a>>,
        start: usize,
        anchor: usize,
    },
}

struct Builder<'a> {
    text: &'a str,
    strings: &'a Strings,
    /// Byte offset of each char index, when the text is not ASCII (the parser counts chars).
    byte_of_char: Option<Vec<u32>>,
    limits: Limits,
    stack: Vec<Frame<'a>>,
    anchors: HashMap<usize, Node<'a>>,
    /// Where plain `<<` keys start: only those merge (a quoted "<<" is an ordinary key). In text
    /// order, as the parser reports them, so searched by bisection.
    merge_keys: Vec<u32>,
    /// Quoted and block scalars: the only places, besides comments, PyYAML allows a tab. In text
    /// order and disjoint, so searched by bisection (a hostile file has many of both).
    tab_safe: Vec<Span>,
    nodes: usize,
    root: Option<Node<'a>>,
    /// The values duplicate keys dropped, by document: what was said of their insides is
    /// forgotten once the file is read ([`Builder::forget_dropped`]).
    dropped: Vec<(usize, Span)>,
    out: Parsed<'a>,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str, strings: &'a Strings, limits: Limits) -> Self {
        let byte_of_char = (!text.is_ascii()).then(|| {
            text.char_indices()
                .map(|(i, _)| u32::try_from(i).unwrap_or(u32::MAX))
                .chain(std::iter::once(
                    u32::try_from(text.len()).unwrap_or(u32::MAX),
                ))
                .collect()
        });
        Builder {
            text,
            strings,
            byte_of_char,
            limits,
            stack: Vec::new(),
            anchors: HashMap::new(),
            merge_keys: Vec::new(),
            tab_safe: Vec::new(),
            nodes: 0,
            root: None,
            dropped: Vec::new(),
            out: Parsed {
                documents: Vec::new(),
                issues: Vec::new(),
                directives: Vec::new(),
                comments: Vec::new(),
                anchored: Vec::new(),
                block_scalars: Vec::new(),
                shadowed: Vec::new(),
            },
        }
    }

    fn byte(&self, marker: Marker) -> usize {
        match &self.byte_of_char {
            None => marker.index().min(self.text.len()),
            Some(table) => table
                .get(marker.index())
                .map_or(self.text.len(), |&b| b as usize),
        }
    }

    /// The first character PyYAML's reader refuses, or reads as a line break where YAML 1.2 readers
    /// do not. PyYAML stops at the first, so only that one is reported; the tree is still built and
    /// checked.
    fn check_characters(&mut self) {
        // ASCII with no control character but tabs and line breaks (most specs) holds none: found
        // by two passes the compiler vectorises instead of one a character at a time.
        let controls = self.text.bytes().fold(false, |found, b| {
            found | ((b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) | (b == 0x7f))
        });
        if self.text.is_ascii() && !controls {
            return;
        }
        if let Some((at, c)) = self
            .text
            .char_indices()
            .find(|&(_, c)| !pyyaml_reads_as_is(c))
        {
            self.out.issues.push(Issue {
                kind: if is_yaml11_only_break(c) {
                    IssueKind::LineBreak(c)
                } else {
                    IssueKind::Character(c)
                },
                document: 0,
                pointer: String::new(),
                span: Span::new(at, at + c.len_utf8()),
            });
        }
    }

    /// PyYAML's scanner skips only spaces between tokens and ends a plain scalar at a tab, so a tab
    /// anywhere but inside quotes, a block scalar or a comment stops it ("found character '\\t'
    /// that cannot start any token"), where YAML 1.2 readers take it as space. Reports the first,
    /// as PyYAML stops there; only in files that parse at all.
    fn check_tabs(&mut self) {
        if !self.text.contains('\t')
            || self
                .out
                .issues
                .iter()
                .any(|i| matches!(i.kind, IssueKind::Syntax(_)))
        {
            return;
        }
        let mut line_start = 0;
        for line in self.text.split_inclusive('\n') {
            let mut previous = ' ';
            for (offset, c) in line.char_indices() {
                let at = line_start + offset;
                if self.starts_comment(at, c, previous) {
                    break;
                }
                if c == '\t' && !self.in_quotes_or_block(at) {
                    let span = Span::new(at, at + 1);
                    self.out.issues.push(Issue {
                        kind: IssueKind::Tab,
                        document: 0,
                        pointer: String::new(),
                        span,
                    });
                    return;
                }
                previous = c;
            }
            line_start += line.len();
        }
    }

    /// Whether byte `at` lies in a quoted or block scalar.
    fn in_quotes_or_block(&self, at: usize) -> bool {
        let after = self.tab_safe.partition_point(|s| s.start as usize <= at);
        after > 0 && at < self.tab_safe[after - 1].end as usize
    }

    /// Whether `c` at `at`, after `previous` on its line (a space at the start of a line), starts
    /// a comment: `#` at the start of a line or after a space or tab, outside quotes and block
    /// scalars (a plain scalar cannot hold ` #`).
    fn starts_comment(&self, at: usize, c: char, previous: char) -> bool {
        c == '#' && matches!(previous, ' ' | '\t') && !self.in_quotes_or_block(at)
    }

    /// Every comment, and those that speak to amlint. Most lines have no `#`: they are passed
    /// over with one search each.
    fn find_comments(&mut self) {
        const MARK: &str = "amlint:";
        let mut line_start = 0;
        for line in self.text.split_inclusive('\n') {
            if line.contains('#') {
                let mut previous = ' ';
                for (offset, c) in line.char_indices() {
                    if self.starts_comment(line_start + offset, c, previous) {
                        let body = line[offset..].trim_end_matches(['\n', '\r']);
                        let at = line_start + offset;
                        let span = Span::new(at, at + body.len());
                        self.out.comments.push(span);
                        if body.contains(MARK) {
                            self.out.directives.push(span);
                        }
                        break;
                    }
                    previous = c;
                }
            }
            line_start += line.len();
        }
    }

    fn document(&self) -> usize {
        self.out.documents.len()
    }

    fn issue(&mut self, kind: IssueKind, span: Span) {
        let pointer = self.pointer();
        self.out.issues.push(Issue {
            kind,
            document: self.document(),
            pointer,
            span,
        });
    }

    /// The pointer of the node being built, from the open frames.
    fn pointer(&self) -> String {
        let mut pointer = String::new();
        for frame in &self.stack {
            match frame {
                Frame::Seq { items, .. } => {
                    pointer = pointer_push(&pointer, &items.len().to_string())
                }
                Frame::Map { key: Some(key), .. } => {
                    let token = key
                        .as_str()
                        .map_or_else(|| literal(&key.value), str::to_owned);
                    pointer = pointer_push(&pointer, &token);
                }
                Frame::Map { key: None, .. } => {}
            }
        }
        pointer
    }

    fn run(&mut self) {
        let mut parser = Parser::new_from_str(self.text).keep_tags(true);
        let mut in_document = false;
        loop {
            // The parser repeats its error forever, so the first error ends the file.
            let (event, span) = match parser.next_event() {
                None | Some(Ok((Event::StreamEnd, _))) => break,
                Some(Ok(pair)) => pair,
                Some(Err(error)) => return self.parse_error(&error, in_document),
            };
            let start = self.byte(span.start);
            let end = self.byte(span.end);
            let result = match event {
                Event::DocumentStart(_) => {
                    in_document = true;
                    if !self.out.documents.is_empty() {
                        self.issue(
                            IssueKind::ExtraDocument,
                            Span::new(start, end.max(start + 3)),
                        );
                    }
                    self.anchors.clear();
                    Ok(())
                }
                Event::DocumentEnd => {
                    in_document = false;
                    let root = self.root.take();
                    self.out.documents.push(root);
                    Ok(())
                }
                Event::Scalar(text, style, anchor, tag) => {
                    let tag = tag.and_then(|tag| scalar_tag(&tag));
                    self.scalar(text.into_owned(), style, tag, Span::new(start, end))
                        .and_then(|node| self.push(node, anchor))
                }
                Event::SequenceStart(anchor, _) => self.open(Frame::Seq {
                    items: Vec::new(),
                    start,
                    anchor,
                }),
                Event::MappingStart(anchor, _) => self.open(Frame::Map {
                    entries: Vec::new(),
                    key: None,
                    start,
                    anchor,
                }),
                Event::SequenceEnd | Event::MappingEnd => self.close(end),
                Event::Alias(id) => self.alias(id),
                Event::StreamStart | Event::StreamEnd | Event::Nothing => Ok(()),
            };
            if let Err(kind) = result {
                let at = Span::new(start, end);
                self.issue(kind, at);
                self.stack.clear();
                self.root = None;
                self.out.documents.push(None);
                return;
            }
        }
    }

    /// What the reader said of the insides of values duplicate keys dropped (their own
    /// duplicates, ambiguous scalars) is about something az ml never sees: their pointers would
    /// name the values that replaced them. What stops PyYAML is kept. Done once for the file —
    /// a search of every issue for each duplicate was quadratic in a file of duplicates.
    fn forget_dropped(&mut self) {
        if self.dropped.is_empty() {
            return;
        }
        let mut dropped = std::mem::take(&mut self.dropped);
        dropped.sort_unstable_by_key(|&(document, span)| (document, span.start));
        // For each dropped value, the furthest end of the values of its document that start
        // at or before it: an issue lies inside one of them if that end reaches past it.
        let mut reach = Vec::with_capacity(dropped.len());
        let mut furthest = (usize::MAX, 0);
        for &(document, span) in &dropped {
            if furthest.0 != document {
                furthest = (document, 0);
            }
            furthest.1 = furthest.1.max(span.end);
            reach.push(furthest.1);
        }
        self.out.issues.retain(|issue| {
            if issue.kind.is_unreadable() {
                return true;
            }
            let key = (issue.document, issue.span.start);
            let before = dropped.partition_point(|&(document, span)| (document, span.start) <= key);
            let inside = before > 0
                && dropped
                    .get(before - 1)
                    .is_some_and(|&(d, _)| d == issue.document)
                && reach
                    .get(before - 1)
                    .is_some_and(|&end| issue.span.end <= end);
            !inside
        });
    }

    /// The parser's first error ends the file (it repeats it forever).
    fn parse_error(&mut self, error: &ScanError, in_document: bool) {
        let at = self.byte(*error.marker());
        // The scanner has its own nesting limit, above ours; report it as ours.
        let kind = match error.info() {
            "recursion limit exceeded" => IssueKind::TooDeep(self.limits.max_depth),
            info => IssueKind::Syntax(info.to_owned()),
        };
        self.stack.clear();
        self.issue(kind, Span::new(at, at));
        if in_document || self.out.documents.is_empty() {
            self.out.documents.push(None);
        }
    }

    /// Counts nodes that aliases add: what a file writes out is bounded by its size, what its
    /// aliases expand to is not ("billion laughs").
    fn count(&mut self, nodes: usize) -> Result<(), IssueKind> {
        self.nodes = self.nodes.saturating_add(nodes);
        if self.nodes > self.limits.max_nodes {
            Err(IssueKind::TooManyNodes(self.limits.max_nodes))
        } else {
            Ok(())
        }
    }

    fn open(&mut self, frame: Frame<'a>) -> Result<(), IssueKind> {
        if self.stack.len() >= self.limits.max_depth {
            return Err(IssueKind::TooDeep(self.limits.max_depth));
        }
        self.stack.push(frame);
        Ok(())
    }

    fn close(&mut self, end: usize) -> Result<(), IssueKind> {
        let Some(frame) = self.stack.pop() else {
            return Ok(());
        };
        let (node, anchor) = match frame {
            Frame::Seq {
                items,
                start,
                anchor,
            } => (Node::new(Value::Seq(items), Span::new(start, end)), anchor),
            Frame::Map {
                entries,
                start,
                anchor,
                ..
            } => {
                let span = Span::new(start, end);
                let entries = self.finish_map(entries)?;
                (Node::new(Value::Map(entries), span), anchor)
            }
        };
        self.push(node, anchor)
    }

    /// Applies merge keys and last-wins duplicate keys, as PyYAML does.
    fn finish_map(&mut self, entries: Vec<Entry<'a>>) -> Result<Vec<Entry<'a>>, IssueKind> {
        let mut explicit: Vec<Entry<'a>> = Vec::with_capacity(entries.len());
        let mut merged: Vec<Entry<'a>> = Vec::new();
        // Each key's place in `explicit`, and where it was last written (key to value) in the
        // mapping itself, for a duplicate's fix (keys that came only from merges have none).
        let mut seen: HashMap<Identity<'a>, (usize, Option<Span>)> =
            HashMap::with_capacity(entries.len());
        for entry in entries {
            if entry.key.as_str() == Some("<<")
                && self.merge_keys.binary_search(&entry.key.span.start).is_ok()
            {
                match entry.value.value {
                    Value::Map(inner) => merged.extend(inner),
                    Value::Seq(maps) => {
                        for map in maps {
                            let Value::Map(inner) = map.value else {
                                return Err(IssueKind::BadMerge);
                            };
                            merged.extend(inner);
                        }
                    }
                    _ => return Err(IssueKind::BadMerge),
                }
                continue;
            }
            let identity = key_identity(&entry.key, explicit.len());
            let written = Span {
                start: entry.key.span.start,
                end: entry.value.span.end.max(entry.key.span.end),
            };
            if let Some(&mut (at, ref mut last)) = seen.get_mut(&identity) {
                let earlier = last.replace(written).unwrap_or(written);
                let name = key_text(&entry.key);
                let pointer = pointer_push(&self.pointer(), &name);
                self.out.issues.push(Issue {
                    kind: IssueKind::DuplicateKey { key: name, earlier },
                    document: self.document(),
                    pointer,
                    span: entry.key.span,
                });
                // A Python dict keeps the first key and takes the last value.
                if let Some(first) = explicit.get_mut(at) {
                    let dropped = std::mem::replace(&mut first.value, entry.value);
                    self.dropped.push((self.document(), dropped.span));
                    self.out.shadowed.push(Shadowed {
                        document: self.document(),
                        parent: self.pointer(),
                        entry: Entry {
                            key: first.key.clone(),
                            value: dropped,
                        },
                    });
                }
            } else {
                seen.insert(identity, (explicit.len(), Some(written)));
                explicit.push(entry);
            }
        }
        // Keys written in the mapping itself win over merged ones; earlier merged maps win over later.
        for entry in merged {
            let identity = key_identity(&entry.key, usize::MAX - explicit.len());
            if let std::collections::hash_map::Entry::Vacant(slot) = seen.entry(identity) {
                slot.insert((explicit.len(), None));
                explicit.push(entry);
            }
        }
        Ok(explicit)
    }

    fn push(&mut self, node: Node<'a>, anchor: usize) -> Result<(), IssueKind> {
        if anchor != 0 {
            self.out.anchored.push(node.span);
            self.anchors.insert(anchor, node.clone());
        }
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map { entries, key, .. }) => match key.take() {
                None => *key = Some(node),
                Some(k) => entries.push(Entry {
                    key: k,
                    value: node,
                }),
            },
        }
        Ok(())
    }

    fn alias(&mut self, id: usize) -> Result<(), IssueKind> {
        let Some(target) = self.anchors.get(&id) else {
            // The parser rejects unknown anchors, so a missing one is still being built.
            return Err(IssueKind::RecursiveAlias);
        };
        let size = target.size();
        let node = target.clone();
        self.count(size)?;
        self.push(node, 0)
    }

    fn scalar(
        &mut self,
        text: String,
        style: ScalarStyle,
        tag: Option<(bool, String, String)>,
        span: Span,
    ) -> Result<Node<'a>, IssueKind> {
        let strings = self.strings;
        let text = strings.keep(text);
        let mut span = span;
        match style {
            ScalarStyle::Plain => {}
            ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted => {
                // The parser's span of a quoted scalar may run on over the spaces and comment
                // after it: the scalar ends at its closing quote (after an anchor or tag).
                let (start, end) = (span.start as usize, span.end as usize);
                let quote = self
                    .text
                    .get(start..end)
                    .and_then(|written| written.find(['"', '\'']))
                    .map_or(start, |at| start + at);
                let closed = quoted_end(self.text, quote).unwrap_or(end).min(end);
                span = Span::new(start, closed.max(start));
                self.tab_safe.push(Span::new(quote, closed));
            }
            _ => {
                self.tab_safe.push(span);
                // From the indicator, which the parser's span may leave out.
                // From the indicator, which the parser's span may leave out: on the line
                // before the content (or on its own line), searched no further than that.
                let before = self.text.get(..span.start as usize).unwrap_or_default();
                let before = before.trim_end_matches([' ', '\t']);
                let line = before
                    .strip_suffix('\n')
                    .map_or(before, |b| b.trim_end_matches('\r'));
                let from = line.rfind('\n').map_or(0, |at| at + 1);
                let start = line
                    .get(from..)
                    .and_then(|last| last.rfind(['|', '>']))
                    .map_or(span.start as usize, |at| from + at);
                self.out
                    .block_scalars
                    .push(Span::new(start, span.end as usize));
            }
        }
        let value = match tag {
            Some((true, _, suffix)) => core_tagged(&suffix, text, strings)?,
            Some((false, handle, suffix)) => {
                return Err(IssueKind::UnsupportedTag(format!("{handle}{suffix}")));
            }
            _ if style == ScalarStyle::Plain => {
                // As a key PyYAML reads `=` as text and `<<` as a merge; anywhere else it fails.
                let is_key = matches!(self.stack.last(), Some(Frame::Map { key: None, .. }));
                if let Some(tag) = pyyaml_unloadable_plain(text).filter(|_| !is_key) {
                    return Err(IssueKind::UnloadablePlain {
                        text: text.to_owned(),
                        tag,
                    });
                }
                if is_key && text == "<<" {
                    self.merge_keys.push(span.start);
                }
                self.plain(text, span)
            }
            _ => Value::Str(text),
        };
        Ok(Node::new(value, span))
    }

    /// A plain scalar as PyYAML (YAML 1.1) reads it; notes where YAML 1.2 reads it otherwise.
    fn plain(&mut self, text: &'a str, span: Span) -> Value<'a> {
        if is_string_in_both(text) {
            return Value::Str(text);
        }
        let v11 = resolve_yaml11(text);
        let v12 = resolve_yaml12(text);
        let differs = match (&v11, &v12) {
            (Value::Float(a), Value::Float(b)) => {
                a.to_bits() != b.to_bits() && !(a.is_nan() && b.is_nan())
            }
            (Value::Timestamp(_), _) => false,
            (a, b) => a != b,
        };
        // Only values: keys like `on:` are reported as unknown fields anyway.
        let is_value = matches!(
            self.stack.last(),
            Some(Frame::Map { key: Some(_), .. }) | Some(Frame::Seq { .. })
        );
        if differs && is_value {
            self.issue(
                IssueKind::Ambiguous {
                    text: text.to_owned(),
                    yaml11: reading(&v11),
                    yaml12: reading(&v12),
                },
                span,
            );
        }
        v11
    }
}

/// A scalar with a core tag (`!!str`, `!!int`, ...) as PyYAML's safe loader constructs it.
fn core_tagged<'a>(
    suffix: &str,
    text: &'a str,
    strings: &'a Strings,
) -> Result<Value<'a>, IssueKind> {
    Ok(match suffix {
        "str" => Value::Str(text),
        // Bytes to PyYAML; az ml's fields turn them into text (or an int from its digits).
        "binary" => Value::Str(strings.keep(pyyaml_binary(text).ok_or(IssueKind::Binary)?)),
        "null" => Value::Null,
        "bool" | "int" | "float" | "timestamp" => {
            let v = resolve_yaml11(text);
            let ok = matches!(
                (suffix, &v),
                ("bool", Value::Bool(_))
                    | ("int", Value::Int(_))
                    | ("float", Value::Float(_) | Value::Int(_))
                    | ("timestamp", Value::Timestamp(_))
            );
            if !ok {
                return Err(IssueKind::UnsupportedTag(format!("!!{suffix} {text}")));
            }
            match v {
                // PyYAML's float() of `!!float 1` is 1.0.
                #[expect(clippy::cast_precision_loss, reason = "as Python's float()")]
                Value::Int(i) if suffix == "float" => Value::Float(i as f64),
                v => v,
            }
        }
        other => return Err(IssueKind::UnsupportedTag(format!("!!{other}"))),
    })
}

/// Where a quoted scalar that starts (with its quote) at `start` ends: after its closing quote.
/// The parser's span runs on over the spaces and comment that follow it, which must not count as
/// inside quotes. `None` when the span does not start at a quote (a tag before it, say).
fn quoted_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let quote = *bytes.get(start).filter(|b| matches!(b, b'"' | b'\''))?;
    let mut at = start + 1;
    while let Some(&b) = bytes.get(at) {
        match b {
            b'\\' if quote == b'"' => at += 2,
            b'\'' if quote == b'\'' && bytes.get(at + 1) == Some(&b'\'') => at += 2,
            b if b == quote => return Some(at + 1),
            _ => at += 1,
        }
    }
    Some(text.len())
}

/// A scalar's tag as PyYAML reads it: `(is a core tag, handle, suffix)`, or `None` for a scalar
/// read as if untagged.
fn scalar_tag(tag: &Tag) -> Option<(bool, String, String)> {
    match tag.suffix.strip_prefix("tag:yaml.org,2002:") {
        // A verbatim core tag, `!<tag:yaml.org,2002:str>`, is `!!str`.
        Some(core) if tag.handle.is_empty() => Some((true, String::new(), core.to_owned())),
        // PyYAML resolves a scalar with the non-specific tag `!` as if untagged.
        _ if tag.handle.is_empty() && tag.suffix == "!"
            || tag.handle == "!" && tag.suffix.is_empty() =>
        {
            None
        }
        _ => Some((
            tag.is_yaml_core_schema(),
            tag.handle.clone(),
            tag.suffix.clone(),
        )),
    }
}

/// What makes two keys one key to PyYAML, which builds a Python dict: keys are equal when Python
/// says so, so `1`, `0x1`, `1.0` and `true` are one key and `"1"` another. `unique` stands in for
/// keys no other key equals (NaN, and lists and mappings, which PyYAML refuses as keys anyway).
fn key_identity<'a>(key: &Node<'a>, unique: usize) -> Identity<'a> {
    match key.value {
        Value::Str(text) => Identity::Str(text),
        Value::Timestamp(text) => Identity::Timestamp(text),
        Value::Null => Identity::Null,
        Value::Bool(b) => Identity::Int(i64::from(b)),
        Value::Int(i) => Identity::Int(i),
        Value::BigInt(text) => Identity::BigInt(text),
        #[expect(
            clippy::cast_possible_truncation,
            reason = "only whole floats in range are compared as integers"
        )]
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Identity::Int(f as i64),
        Value::Float(f) if !f.is_nan() => Identity::Float(f.to_bits()),
        _ => Identity::Unique(unique),
    }
}

/// A key as [`key_identity`] compares it, without copying its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Identity<'a> {
    Str(&'a str),
    Timestamp(&'a str),
    Null,
    /// An integer, a boolean or a whole float.
    Int(i64),
    /// An integer beyond 64 bits, as written (it equals no `Int`).
    BigInt(&'a str),
    /// Any other float, by its bits.
    Float(u64),
    Unique(usize),
}

fn key_text(key: &Node<'_>) -> String {
    key.as_str()
        .map_or_else(|| literal(&key.value), str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first document's tree. Its strings are leaked: a test's few bytes, kept to its end.
    fn one(text: &str) -> (Node<'static>, Vec<Issue>) {
        let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
        let parsed = parse(text, Box::leak(Box::new(Strings::new())), Limits::default());
        let root = parsed
            .documents
            .into_iter()
            .next()
            .flatten()
            .unwrap_or(Node::new(Value::Null, Span::default()));
        (root, parsed.issues)
    }

    #[test]
    fn spans_are_bytes_even_after_non_ascii_text() {
        let text = "description: \"héllo wörld\"\nname: x\n";
        let (root, _) = one(text);
        let name = root.get("name").unwrap();
        assert_eq!(&text[name.span.range()], "x");
    }

    #[test]
    fn duplicate_keys_keep_the_last_and_are_reported() {
        let (root, issues) = one("a: 1\na: 2\n");
        assert_eq!(root.get("a").unwrap().as_int(), Some(2));
        assert!(matches!(&issues[0].kind, IssueKind::DuplicateKey { key, .. } if key == "a"));
        assert_eq!(issues[0].pointer, "/a");
    }

    #[test]
    fn what_a_dropped_duplicate_holds_is_not_reported() {
        // The first `ssh_settings` is dropped whole: its own duplicate `nested` is nothing az ml
        // reads, and `/ssh_settings/nested` would name the second `ssh_settings`, which has none.
        let text = "ssh_settings:\n  admin_password: x\n  nested: [1]\n  nested: [1]\nssh_settings:\n  admin_password: x\n";
        let (_, issues) = one(text);
        let pointers: Vec<&str> = issues.iter().map(|i| i.pointer.as_str()).collect();
        assert_eq!(pointers, ["/ssh_settings"]);
        // Nested drops (the inner one inside the outer), and a drop in one document that says
        // nothing of another's issues at the same places.
        let strings = Strings::new();
        let text = "a:\n  b: {c: 1, c: 2}\n  b: 3\na: 4\nd: 5\nd: 6\n";
        let parsed = parse(text, &strings, Limits::default());
        let pointers: Vec<&str> = parsed.issues.iter().map(|i| i.pointer.as_str()).collect();
        assert_eq!(pointers, ["/a", "/d"]);
        let text = "e: {f: 1, f: 2}\ne: 3\n---\ne: {f: 1, f: 2}\n";
        let parsed = parse(text, &strings, Limits::default());
        let found: Vec<(usize, &str)> = parsed
            .issues
            .iter()
            .filter(|i| matches!(i.kind, IssueKind::DuplicateKey { .. }))
            .map(|i| (i.document, i.pointer.as_str()))
            .collect();
        assert_eq!(found, [(0, "/e"), (1, "/e/f")]);
    }

    #[test]
    fn merge_keys_fill_in_without_overriding() {
        let (root, issues) = one("base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n");
        assert!(issues.is_empty(), "{issues:?}");
        let m = root.get("m").unwrap();
        assert_eq!(m.get("x").unwrap().as_int(), Some(1));
        assert_eq!(m.get("y").unwrap().as_int(), Some(3));
        // Only a plain `<<` merges; quoted, it is an ordinary key (PyYAML 6: {'<<': {'a': 1}}).
        let (root, issues) = one("\"<<\":\n  a: 1\n'<<': 2\n");
        assert!(
            root.get("a").is_none() && issues.len() == 1,
            "{root:?} {issues:?}"
        );
        assert_eq!(root.get("<<").unwrap().as_int(), Some(2));
    }

    #[test]
    fn the_non_specific_and_verbatim_core_tags_load_as_in_pyyaml() {
        // PyYAML 6: {'a': 123, 'b': '1', 'c': 5}
        let (root, issues) =
            one("a: ! 123\nb: !<tag:yaml.org,2002:str> 1\nc: !<tag:yaml.org,2002:int> '5'\n");
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(root.get("a").unwrap().as_int(), Some(123));
        assert_eq!(root.get("b").unwrap().as_str(), Some("1"));
        assert_eq!(root.get("c").unwrap().as_int(), Some(5));
    }

    #[test]
    fn tabs_outside_quotes_block_scalars_and_comments_are_reported() {
        // Each checked with PyYAML 6: these fail to load, the ones below load.
        for bad in [
            "a: x\ty\n",
            "a: x\t\n",
            "a:\n  - [x,\ty]\n",
            "a: x\n\t\n",
            "a: x#\ty\n",
            "a: 'x'\t# c\n",
        ] {
            let strings = Strings::new();
            let parsed = parse(bad, &strings, Limits::default());
            assert!(
                parsed.issues.iter().any(|i| i.kind == IssueKind::Tab),
                "{bad:?}: {:?}",
                parsed.issues
            );
        }
        for good in [
            "a: 'x\ty'\n",
            "a: \"x\ty\"\n",
            "a: |\n  x\ty\n  z\n",
            "a: >-\n  x\ty\n",
            "a: x # a\tcomment\n",
            "# \tcomment\na: x\n",
            "a: \"x\n  \ty\"\n",
            "a: 'x' # a\tcomment\n",
            "a: \"x\\\"\" # a\tcomment\n",
        ] {
            let strings = Strings::new();
            let parsed = parse(good, &strings, Limits::default());
            let tabs: Vec<_> = parsed
                .issues
                .iter()
                .filter(|i| i.kind == IssueKind::Tab)
                .collect();
            assert!(tabs.is_empty(), "{good:?}: {tabs:?}");
        }
    }

    #[test]
    fn comments_for_amlint_are_found_after_any_scalar_and_nowhere_else() {
        let text = "a: 'x' # amlint: one\nb: \"# amlint: not a comment\"\nc: |\n  # amlint: text\nd: x # amlint: two\n# amlint: three\n";
        let strings = Strings::new();
        let parsed = parse(text, &strings, Limits::default());
        let found: Vec<&str> = parsed
            .directives
            .iter()
            .map(|s| &text[s.start as usize..s.end as usize])
            .collect();
        assert_eq!(found, ["# amlint: one", "# amlint: two", "# amlint: three"]);
    }

    #[test]
    fn alias_bombs_stop_at_the_node_budget() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let prev = (b'a' + i - 1) as char;
            let cur = (b'a' + i) as char;
            text.push_str(&format!("{cur}: &{cur} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        let strings = Strings::new();
        let parsed = parse(&text, &strings, Limits::default());
        assert!(
            parsed
                .issues
                .iter()
                .any(|i| matches!(i.kind, IssueKind::TooManyNodes(_)))
        );
    }

    #[test]
    fn large_files_without_aliases_are_within_the_budget() {
        let keys: String = (0..50_000).map(|i| format!("k{i}: 1\n")).collect();
        let list = format!("[{}1]", "1,".repeat(100_000));
        for text in [keys, list] {
            let strings = Strings::new();
            let parsed = parse(&text, &strings, Limits::default());
            assert!(parsed.issues.is_empty(), "{:?}", parsed.issues.first());
        }
    }

    #[test]
    fn deep_nesting_stops_at_the_depth_limit() {
        let text = "[".repeat(10_000);
        let strings = Strings::new();
        let parsed = parse(&text, &strings, Limits::default());
        assert!(
            parsed
                .issues
                .iter()
                .any(|i| matches!(i.kind, IssueKind::TooDeep(64)))
        );
    }

    #[test]
    fn recursive_alias_is_an_issue() {
        let strings = Strings::new();
        let parsed = parse("&a [*a]", &strings, Limits::default());
        assert!(
            parsed
                .issues
                .iter()
                .any(|i| i.kind == IssueKind::RecursiveAlias)
        );
    }

    #[test]
    fn several_documents_are_all_read() {
        let strings = Strings::new();
        let parsed = parse("a: 1\n---\nb: 2\n", &strings, Limits::default());
        assert_eq!(parsed.documents.len(), 2);
        assert!(
            parsed
                .issues
                .iter()
                .any(|i| i.kind == IssueKind::ExtraDocument && i.document == 1)
        );
    }

    #[test]
    fn yaml11_booleans_are_flagged_as_ambiguous() {
        let (root, issues) = one("enable_sso: yes\n");
        assert_eq!(root.get("enable_sso").unwrap().value, Value::Bool(true));
        assert!(matches!(issues[0].kind, IssueKind::Ambiguous { .. }));
    }
}
