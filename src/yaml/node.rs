use crate::span::Span;

/// A YAML value with the span of the text it came from. Values merged in with `<<` or copied by an
/// alias keep the span of the place they were written. Its strings are borrowed (`'a`): from the
/// parser's decoded scalars in a [`Strings`](super::Strings), from the text a JS value was
/// flattened to, or from JSON: reading a form's state allocates no string, and comparing keys is
/// comparing slices.
#[derive(Debug, Clone, PartialEq)]
pub struct Node<'a> {
    pub value: Value<'a>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Int(i64),
    /// An integer beyond 64 bits (Python's ints have no bound), kept as written.
    BigInt(&'a str),
    Float(f64),
    Str(&'a str),
    /// A plain scalar PyYAML reads as a date or datetime; kept as written.
    Timestamp(&'a str),
    Seq(Vec<Node<'a>>),
    Map(Vec<Entry<'a>>),
    /// A value another input computes when it is deployed (an ARM expression that depends on
    /// the deployment, a Terraform reference): present, but no rule can judge it. YAML never
    /// yields it.
    Unknown,
}

/// One key/value pair of a mapping; keys keep their own span so findings can point at them.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'a> {
    pub key: Node<'a>,
    pub value: Node<'a>,
}

impl Entry<'_> {
    /// The key as text, if it is a string (PyYAML would hand non-string keys on as-is).
    #[must_use]
    pub fn key_str(&self) -> Option<&str> {
        self.key.as_str()
    }
}

impl<'a> Node<'a> {
    #[must_use]
    pub fn new(value: Value<'a>, span: Span) -> Node<'a> {
        Node { value, span }
    }

    #[must_use]
    pub fn as_str(&self) -> Option<&'a str> {
        match &self.value {
            Value::Str(s) => Some(*s),
            _ => None,
        }
    }

    #[must_use]
    pub fn as_map(&self) -> Option<&[Entry<'a>]> {
        match &self.value {
            Value::Map(entries) => Some(entries),
            _ => None,
        }
    }

    #[must_use]
    pub fn as_seq(&self) -> Option<&[Node<'a>]> {
        match &self.value {
            Value::Seq(items) => Some(items),
            _ => None,
        }
    }

    /// The value under `key` of a mapping.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Node<'a>> {
        self.entry(key).map(|entry| &entry.value)
    }

    /// The entry for `key` of a mapping (to reach the key's own span).
    #[must_use]
    pub fn entry(&self, key: &str) -> Option<&Entry<'a>> {
        self.as_map()?.iter().find(
            |entry| matches!(&entry.key.value, Value::Str(k) if crate::text::same_key(k, key)),
        )
    }

    /// Follows a path of mapping keys.
    #[must_use]
    pub fn get_path(&self, path: &[&str]) -> Option<&Node<'a>> {
        path.iter().try_fold(self, |node, key| node.get(key))
    }

    /// An integer as marshmallow's `Int` reads it: integers, integral strings, and floats
    /// truncated toward zero. Booleans are not integers here.
    #[must_use]
    pub fn as_int(&self) -> Option<i64> {
        match &self.value {
            Value::Int(i) => Some(*i),
            #[expect(clippy::cast_possible_truncation, reason = "marshmallow truncates")]
            Value::Float(f) if f.is_finite() && f.abs() < 9.0e18 => Some(f.trunc() as i64),
            Value::Str(s) => crate::text::python_int(s).and_then(|i| i64::try_from(i).ok()),
            _ => None,
        }
    }

    /// A boolean as marshmallow's `Bool` reads it: booleans, 0/1 and its truthy/falsy strings.
    #[must_use]
    pub fn as_bool(&self) -> Option<bool> {
        match &self.value {
            Value::Bool(b) => Some(*b),
            // Its sets hold 1 and 0, which 1.0 and 0.0 equal in Python.
            Value::Int(1) => Some(true),
            Value::Int(0) => Some(false),
            Value::Float(f) if *f == 1.0 => Some(true),
            Value::Float(f) if *f == 0.0 => Some(false),
            Value::Str(s) => {
                // marshmallow 3's sets hold each word lower-case, capitalised and upper-case, and
                // are searched as they are: `oN` and `tRUE` are refused ("Not a valid boolean").
                let spelt = |word: &str| {
                    s.eq_ignore_ascii_case(word)
                        && (*s == word
                            || !s.bytes().any(|b| b.is_ascii_lowercase())
                            || s.get(1..) == word.get(1..))
                };
                let is = |words: &[&str]| words.iter().any(|w| spelt(w));
                if is(&["t", "true", "on", "y", "yes", "1"]) {
                    Some(true)
                } else if is(&["f", "false", "off", "n", "no", "0"]) {
                    Some(false)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// The number of nodes in this subtree, counting itself.
    #[must_use]
    pub fn size(&self) -> usize {
        1 + match &self.value {
            Value::Seq(items) => items.iter().map(Node::size).sum(),
            Value::Map(entries) => entries.iter().map(|e| e.key.size() + e.value.size()).sum(),
            _ => 0,
        }
    }
}

impl<'a> Node<'a> {
    /// The JSON value of this node, as a form or a JSON Schema validator sees it. Timestamps
    /// become strings, non-finite numbers null, non-string keys their YAML text.
    #[must_use]
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match &self.value {
            Value::Null | Value::Unknown => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Int(i) => J::from(*i),
            Value::Float(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
            // JSON numbers (and JS ones) cannot hold it exactly: its digits are kept as text.
            Value::Str(s) | Value::Timestamp(s) | Value::BigInt(s) => J::String((*s).to_owned()),
            Value::Seq(items) => J::Array(items.iter().map(Node::to_json).collect()),
            Value::Map(entries) => J::Object(
                entries
                    .iter()
                    .map(|e| {
                        // serde_json::to_string rather than Display: the same text, without
                        // the io::Error machinery Display's writer brings into the .wasm.
                        let key = e.key.as_str().map_or_else(
                            || serde_json::to_string(&e.key.to_json()).unwrap_or_default(),
                            str::to_owned,
                        );
                        (key, e.value.to_json())
                    })
                    .collect(),
            ),
        }
    }

    /// A node for a JSON value (no source text, so every span is empty).
    #[must_use]
    pub fn from_json(value: &'a serde_json::Value) -> Node<'a> {
        use serde_json::Value as J;
        let value = match value {
            J::Null => Value::Null,
            J::Bool(b) => Value::Bool(*b),
            J::Number(n) => n
                .as_i64()
                .map_or_else(|| Value::Float(n.as_f64().unwrap_or(f64::NAN)), Value::Int),
            J::String(s) => Value::Str(s),
            J::Array(items) => Value::Seq(items.iter().map(Node::from_json).collect()),
            J::Object(map) => Value::Map(
                map.iter()
                    .map(|(k, v)| Entry {
                        key: Node::new(Value::Str(k), Span::default()),
                        value: Node::from_json(v),
                    })
                    .collect(),
            ),
        };
        Node::new(value, Span::default())
    }
}

/// Where a walk over a tree is: a chain of keys and indices kept on the walk's stack, written out
/// as an RFC 6901 pointer only when a finding needs one. A spec has many fields and few findings,
/// so building every field's pointer up front would be most of a walk's work.
#[derive(Debug, Clone, Copy)]
pub enum Location<'p> {
    Root,
    Key(&'p Location<'p>, &'p str),
    Index(&'p Location<'p>, usize),
}

impl<'p> Location<'p> {
    /// The location of `key` under this one.
    #[must_use]
    pub fn key(&'p self, key: &'p str) -> Location<'p> {
        Location::Key(self, key)
    }

    /// The location of item `index` of a list here.
    #[must_use]
    pub fn index(&'p self, index: usize) -> Location<'p> {
        Location::Index(self, index)
    }

    /// This location as a JSON pointer (`""` for the root).
    #[must_use]
    pub fn pointer(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Location::Root => {}
            Location::Key(parent, key) => {
                parent.write(out);
                push_token(out, key);
            }
            Location::Index(parent, index) => {
                parent.write(out);
                push_token(out, &index.to_string());
            }
        }
    }
}

/// Appends one reference token to an RFC 6901 JSON pointer.
#[must_use]
pub fn pointer_push(pointer: &str, token: &str) -> String {
    let mut out = String::with_capacity(pointer.len() + token.len() + 1);
    out.push_str(pointer);
    push_token(&mut out, token);
    out
}

/// Appends one reference token to a pointer in place: a walk over many keys reuses one buffer.
pub fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    if !token.bytes().any(|b| b == b'~' || b == b'/') {
        pointer.push_str(token);
        return;
    }
    for c in token.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            _ => pointer.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Location, pointer_push};

    #[test]
    fn locations_write_the_pointers_pointer_push_builds() {
        let root = Location::Root;
        assert_eq!(root.pointer(), "");
        let tags = root.key("tags");
        let key = tags.key("a/b~c");
        assert_eq!(key.pointer(), "/tags/a~1b~0c");
        assert_eq!(key.pointer(), pointer_push("/tags", "a/b~c"));
        let list = root.key("schedules");
        let item = list.index(3);
        assert_eq!(item.key("trigger").pointer(), "/schedules/3/trigger");
        assert_eq!(root.key("").pointer(), "/");
    }
}
