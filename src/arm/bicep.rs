//! A `.bicep` file read just far enough to point at it: its comments, and the compute resources
//! it declares with where each property is written. amlint checks the JSON `bicep build` writes
//! (the command runs the Bicep CLI); that JSON carries no source map, so a finding is placed back
//! in the `.bicep` file by its resource's symbolic name (or, in a template without symbolic
//! names, by the order of the compute declarations) and then by the ARM property path, key by
//! key, inside the declaration's body. Not a Bicep parser: a tokenizer for strings (with
//! interpolation and `'''` blocks), comments and brackets, bounded by the text's length.

use crate::span::Span;

/// The resource type, as Bicep writes it before `@` and the API version.
const COMPUTES: &str = "microsoft.machinelearningservices/workspaces/computes";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// An identifier or keyword.
    Word,
    /// A string literal: `'...'` (its interpolations are tokens of their own) or `'''...'''`.
    Str,
    Open(u8),
    Close(u8),
    Colon,
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Kind,
    span: Span,
}

/// A compute resource the file declares.
#[derive(Debug, Clone)]
pub(crate) struct Declaration {
    /// Its symbolic name, and where it is written.
    pub(crate) symbol: String,
    pub(crate) name: Span,
    /// From `resource` to the bracket that closes its body.
    pub(crate) whole: Span,
    /// Token indices of the body's opening and closing bracket.
    body: (usize, usize),
}

/// What amlint needs of a `.bicep` file.
#[derive(Debug, Default)]
pub(crate) struct Bicep {
    tokens: Vec<Token>,
    /// For each opening bracket's token index, its closing one's (or the last token).
    closing: Vec<(usize, usize)>,
    /// `//` and `/* */` comments.
    pub(crate) comments: Vec<Span>,
    /// The compute resources declared (not the `existing` ones), in the order written.
    pub(crate) declarations: Vec<Declaration>,
}

/// Reads `text`.
#[must_use]
pub(crate) fn read(text: &str) -> Bicep {
    let (tokens, comments) = tokenize(text);
    let closing = match_brackets(&tokens);
    let mut bicep = Bicep {
        tokens,
        closing,
        comments,
        declarations: Vec::new(),
    };
    bicep.declarations = bicep.find_declarations(text);
    bicep
}

/// Whether a `.bicep` file may hold a compute: it names the resource type or the provider, or
/// uses a module (which may declare one). What the command builds when it finds the file in a
/// folder; a file named on the command line is always built.
#[must_use]
pub fn may_declare_computes(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.contains("microsoft.machinelearningservices")
        || lower.contains("'computes@")
        || lower.contains("module ")
}

fn tokenize(text: &str) -> (Vec<Token>, Vec<Span>) {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut comments = Vec::new();
    // Open `{` of interpolations (`${`), by the depth of ordinary braces inside each.
    let mut interpolations: Vec<usize> = Vec::new();
    let mut braces = 0usize;
    let mut i = 0;
    let push = |tokens: &mut Vec<Token>, kind, start: usize, end: usize| {
        tokens.push(Token {
            kind,
            span: Span::new(start, end),
        });
    };
    // Continues a `'...'` string from `i` (after its quote or an interpolation's `}`): returns
    // where the scan goes on, and whether an interpolation starts there.
    let string_from = |mut i: usize| -> (usize, bool) {
        while i < bytes.len() {
            match bytes[i] {
                b'\\' => i += 2,
                b'\'' => return (i + 1, false),
                b'$' if bytes.get(i + 1) == Some(&b'{') => return (i + 2, true),
                _ => i += 1,
            }
        }
        (bytes.len(), false)
    };
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                let end = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
                let end = if bytes.get(end.wrapping_sub(1)) == Some(&b'\r') {
                    end - 1
                } else {
                    end
                };
                comments.push(Span::new(i, end));
                i = end.max(i + 2);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let end = text[i + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |n| i + 2 + n + 2);
                comments.push(Span::new(i, end));
                i = end;
            }
            b'\'' if text[i..].starts_with("'''") => {
                let end = text[i + 3..]
                    .find("'''")
                    .map_or(bytes.len(), |n| i + 3 + n + 3);
                push(&mut tokens, Kind::Str, i, end);
                i = end;
            }
            b'\'' => {
                let (end, interpolation) = string_from(i + 1);
                push(&mut tokens, Kind::Str, i, end);
                if interpolation {
                    interpolations.push(braces);
                }
                i = end;
            }
            b'{' | b'[' | b'(' => {
                if c == b'{' {
                    braces += 1;
                }
                push(&mut tokens, Kind::Open(c), i, i + 1);
                i += 1;
            }
            b'}' if interpolations.last() == Some(&braces) => {
                // The end of an interpolation: the string goes on.
                interpolations.pop();
                let (end, interpolation) = string_from(i + 1);
                push(&mut tokens, Kind::Str, i, end);
                if interpolation {
                    interpolations.push(braces);
                }
                i = end;
            }
            b'}' | b']' | b')' => {
                if c == b'}' {
                    braces = braces.saturating_sub(1);
                }
                let open = match c {
                    b'}' => b'{',
                    b']' => b'[',
                    _ => b'(',
                };
                push(&mut tokens, Kind::Close(open), i, i + 1);
                i += 1;
            }
            b':' if bytes.get(i + 1) == Some(&b':') => {
                push(&mut tokens, Kind::Other, i, i + 2);
                i += 2;
            }
            b':' => {
                push(&mut tokens, Kind::Colon, i, i + 1);
                i += 1;
            }
            c if c.is_ascii_alphanumeric() || c == b'_' || c == b'@' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                if i == start {
                    // `@` of a decorator.
                    i += 1;
                    push(&mut tokens, Kind::Other, start, i);
                } else {
                    push(&mut tokens, Kind::Word, start, i);
                }
            }
            c if c.is_ascii_whitespace() => i += 1,
            _ => {
                // One character (a whole UTF-8 sequence).
                let width = text[i..].chars().next().map_or(1, char::len_utf8);
                push(&mut tokens, Kind::Other, i, i + width);
                i += width;
            }
        }
    }
    (tokens, comments)
}

/// Each opening bracket's closing one; an unclosed one closes at the last token.
fn match_brackets(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Vec<(usize, u8)> = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        match token.kind {
            Kind::Open(c) => open.push((index, c)),
            Kind::Close(c) => {
                // A stray closer closes the innermost bracket of its kind, if any.
                if let Some(at) = open.iter().rposition(|(_, o)| *o == c) {
                    for (start, _) in open.drain(at..) {
                        out.push((start, index));
                    }
                }
            }
            _ => {}
        }
    }
    let last = tokens.len().saturating_sub(1);
    out.extend(open.into_iter().map(|(start, _)| (start, last)));
    out.sort_unstable();
    out
}

impl Bicep {
    fn text_of<'t>(&self, text: &'t str, index: usize) -> &'t str {
        self.tokens
            .get(index)
            .and_then(|t| text.get(t.span.range()))
            .unwrap_or_default()
    }

    /// The string literals of the defaults of the file's secret parameters: those decorated
    /// `@secure()` and those named as secrets (`param adminPassword string = '...'`), each
    /// literal of a default that is an object or array too, as written (without quotes). What
    /// the Bicep CLI may echo in its errors.
    pub(crate) fn secure_defaults(&self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut secure = false;
        let mut i = 0;
        while i < self.tokens.len() {
            let word = self.text_of(text, i);
            match self.kind(i) {
                Some(Kind::Other) if word == "@" && self.text_of(text, i + 1) == "secure" => {
                    secure = true;
                }
                Some(Kind::Word) if word == "param" => {
                    let name = self.text_of(text, i + 1);
                    let secret = secure || crate::model::is_secret_like_key(name);
                    secure = false;
                    // The default: after the `=` that follows the name and type.
                    let equals = (i + 2..self.tokens.len()).find(|&at| {
                        self.kind(at) == Some(Kind::Other) && self.text_of(text, at) == "="
                            || self.kind(at) == Some(Kind::Word)
                                && matches!(
                                    self.text_of(text, at),
                                    "param" | "var" | "resource" | "module" | "output" | "type"
                                )
                    });
                    let Some(equals) = equals.filter(|&at| self.text_of(text, at) == "=") else {
                        i += 1;
                        continue;
                    };
                    let first = equals + 1;
                    let last = match self.kind(first) {
                        Some(Kind::Open(_)) => self.close_of(first),
                        _ => first,
                    };
                    if secret {
                        for at in first..=last {
                            if self.kind(at) == Some(Kind::Str) {
                                let literal =
                                    self.text_of(text, at).trim_matches(['\'', '}', '$', '{']);
                                if !literal.is_empty() {
                                    out.push(literal.to_owned());
                                }
                            }
                        }
                    }
                    i = last;
                }
                Some(Kind::Word) if matches!(word, "var" | "resource" | "module" | "output") => {
                    secure = false;
                }
                _ => {}
            }
            i += 1;
        }
        out
    }

    fn kind(&self, index: usize) -> Option<Kind> {
        self.tokens.get(index).map(|t| t.kind)
    }

    fn close_of(&self, open: usize) -> usize {
        self.closing
            .binary_search_by_key(&open, |(o, _)| *o)
            .ok()
            .and_then(|at| self.closing.get(at))
            .map_or(open, |(_, close)| *close)
    }

    /// `resource NAME 'TYPE@VERSION' [existing] = ... { ... }` for a compute type, written at
    /// the top level or inside another resource (`'computes@...'`).
    fn find_declarations(&self, text: &str) -> Vec<Declaration> {
        let mut out = Vec::new();
        for (index, token) in self.tokens.iter().enumerate() {
            if token.kind != Kind::Word || self.text_of(text, index) != "resource" {
                continue;
            }
            if self.kind(index + 1) != Some(Kind::Word) || self.kind(index + 2) != Some(Kind::Str) {
                continue;
            }
            let ty = self
                .text_of(text, index + 2)
                .trim_matches('\'')
                .to_ascii_lowercase();
            let ty = ty.split('@').next().unwrap_or_default();
            if ty != COMPUTES && ty != "computes" {
                continue;
            }
            if self.text_of(text, index + 3) == "existing" {
                continue;
            }
            // The body: the first `{` after `=` (past `[for ...:` and `if (...)`).
            let Some(open) = (index + 3..self.tokens.len())
                .take_while(|&i| self.text_of(text, i) != "resource")
                .find(|&i| self.kind(i) == Some(Kind::Open(b'{')))
            else {
                continue;
            };
            let close = self.close_of(open);
            let (Some(first), Some(last)) = (self.tokens.get(index), self.tokens.get(close)) else {
                continue;
            };
            let Some(name) = self.tokens.get(index + 1) else {
                continue;
            };
            out.push(Declaration {
                symbol: self.text_of(text, index + 1).to_owned(),
                name: name.span,
                whole: Span::new(first.span.start as usize, last.span.end as usize),
                body: (open, close),
            });
        }
        out
    }

    /// Where a declaration writes the property at `path` (ARM keys from the resource down, an
    /// array index as its number): the key of the deepest property found, key by key; the
    /// declaration's symbolic name when not even the first is written there (an expression or a
    /// spread builds the object).
    #[must_use]
    pub(crate) fn locate(&self, text: &str, declaration: &Declaration, path: &[String]) -> Span {
        let mut found = declaration.name;
        let (mut from, mut to) = declaration.body;
        for segment in path {
            if let Ok(index) = segment.parse::<usize>() {
                // The index-th element of the array: its object, if it is written as one.
                let Some(element) = self.element(from, to, index) else {
                    break;
                };
                (from, to) = element;
                continue;
            }
            let Some(key) = self.key_in(text, from, to, segment) else {
                break;
            };
            if let Some(token) = self.tokens.get(key) {
                found = token.span;
            }
            // The value: an object or array searched next; anything else ends the walk.
            match self.kind(key + 2) {
                Some(Kind::Open(b'{' | b'[')) => {
                    from = key + 2;
                    to = self.close_of(from);
                }
                _ => break,
            }
        }
        found
    }

    /// A key written directly inside the bracket at `open` (not deeper): a word or string
    /// followed by `:`.
    fn key_in(&self, text: &str, open: usize, close: usize, name: &str) -> Option<usize> {
        let mut index = open + 1;
        while index < close {
            match self.kind(index) {
                Some(Kind::Open(_)) => {
                    index = self.close_of(index) + 1;
                    continue;
                }
                Some(Kind::Word | Kind::Str) if self.kind(index + 1) == Some(Kind::Colon) => {
                    let key = self.text_of(text, index).trim_matches('\'');
                    if key.eq_ignore_ascii_case(name) {
                        return Some(index);
                    }
                }
                _ => {}
            }
            index += 1;
        }
        None
    }

    /// The `index`-th object written directly inside the array at `open`.
    fn element(&self, open: usize, close: usize, index: usize) -> Option<(usize, usize)> {
        if self.kind(open) != Some(Kind::Open(b'[')) {
            return None;
        }
        let mut seen = 0;
        let mut at = open + 1;
        while at < close {
            if let Some(Kind::Open(c)) = self.kind(at) {
                let end = self.close_of(at);
                if c == b'{' {
                    if seen == index {
                        return Some((at, end));
                    }
                    seen += 1;
                }
                at = end;
            }
            at += 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "// a cluster\n\
param maxNodes int = 4\n\
var tag = 'x${maxNodes > 2 ? '}' : '{'}y'\n\
resource ws 'Microsoft.MachineLearningServices/workspaces@2024-04-01' existing = {\n  name: 'ws'\n\
  resource child 'computes@2024-04-01' = {\n    name: 'child'\n  }\n}\n\
/* block { */\n\
resource cluster 'Microsoft.MachineLearningServices/workspaces/computes@2024-04-01' = {\n\
  parent: ws\n  name: 'cpu'\n  properties: {\n    computeType: 'AmlCompute'\n    properties: {\n\
      scaleSettings: {\n        'maxNodeCount': maxNodes\n      }\n\
      schedules: { computeStartStop: [ { action: 'Stop' }, { action: 'Start' } ] }\n    }\n  }\n}\n";

    fn at(text: &str, span: Span) -> &str {
        &text[span.range()]
    }

    #[test]
    fn declarations_and_paths_are_found() {
        let bicep = read(TEXT);
        assert_eq!(bicep.comments.len(), 2);
        let symbols: Vec<&str> = bicep
            .declarations
            .iter()
            .map(|d| d.symbol.as_str())
            .collect();
        assert_eq!(symbols, ["child", "cluster"]);
        let cluster = &bicep.declarations[1];
        let path = |p: &str| -> Vec<String> { p.split('.').map(str::to_owned).collect() };
        let found = bicep.locate(
            TEXT,
            cluster,
            &path("properties.properties.scaleSettings.maxNodeCount"),
        );
        assert_eq!(at(TEXT, found), "'maxNodeCount'");
        let found = bicep.locate(
            TEXT,
            cluster,
            &path("properties.properties.schedules.computeStartStop.1.action"),
        );
        assert_eq!(TEXT[..found.start as usize].matches("action").count(), 1);
        // Not written: the deepest key that is.
        let found = bicep.locate(TEXT, cluster, &path("properties.properties.vmSize"));
        assert_eq!(at(TEXT, found), "properties");
        assert_eq!(
            TEXT[..found.start as usize].matches("properties").count(),
            1
        );
        let found = bicep.locate(TEXT, cluster, &path("identity.type"));
        assert_eq!(at(TEXT, found), "cluster");
    }

    #[test]
    fn unclosed_and_hostile_text_ends() {
        for text in [
            "resource c 'computes@1' = {",
            "'${",
            "/*",
            "'''",
            "}}}]]",
            "\u{e9}'${{'",
        ] {
            let bicep = read(text);
            for declaration in &bicep.declarations {
                let _ = bicep.locate(text, declaration, &["a".to_owned()]);
            }
        }
        assert!(may_declare_computes("module m './m.bicep' = {}"));
        assert!(!may_declare_computes(
            "resource s 'Microsoft.Storage/storageAccounts@1' = {}"
        ));
    }
}
