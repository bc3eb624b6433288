//! What no output may show. The pipeline marks secrets structurally, by where they stand and what
//! they look like, never by searching the finished output:
//!
//! - the value of a secret field (`admin_password`, `access_token`, ...) and of every key that
//!   looks like one (`admin_pasword`, `admin_pwd`, `db_passwd`), whatever it holds;
//! - every value that looks like a credential wherever it stands: a SAS signature (`sig=`), a
//!   connection string's `AccountKey=`/`SharedAccessKey=`/`Password=`, private-key material, a
//!   bearer token or JWT;
//! - every other place the same value stands: an alias copies a node with its anchor's span, and a
//!   rule may quote a value it read under another key.
//!
//! The spans keep source lines from showing them; the values turn the message arguments that
//! carry them into [`Arg::Secret`], which every text rendering masks.

use crate::kind::Kind;
use crate::messages::Arg;
pub use crate::messages::MASK;
use crate::model::{self, Field, Ty, is_secret_like_key};
use crate::span::Span;
use crate::yaml::{Node, Shadowed, Value};

/// Secrets of one input: where they stand in its text, and the values themselves.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Secrets {
    /// Byte ranges of the text that hold secrets, sorted and disjoint.
    pub spans: Vec<Span>,
    /// The secret values, as read (and, in text that did not parse, as written); sorted.
    pub values: Vec<String>,
    /// Finds the longer values inside other text.
    index: Index,
}

/// Values shorter than this count only where they are the whole text: as a part they would hide
/// innocent words.
const SHORTEST_PART: usize = 6;

impl Secrets {
    /// Whether `text` is a secret or holds one. Short secrets (`u`) count only when they are the
    /// whole text.
    #[must_use]
    pub fn hides(&self, text: &str) -> bool {
        !text.is_empty() && (self.is_secret(text) || self.index.matches(text).next().is_some())
    }

    /// Whether `text` is one of the secret values.
    fn is_secret(&self, text: &str) -> bool {
        self.values
            .binary_search_by(|v| v.as_str().cmp(text))
            .is_ok()
    }

    /// Whether byte `at` of the text is inside a secret.
    #[must_use]
    pub fn covers(&self, at: usize) -> bool {
        let at = u32::try_from(at).unwrap_or(u32::MAX);
        // The spans are disjoint and sorted (`finish`): the last one starting at or before `at`
        // is the only one that can hold it.
        let after = self.spans.partition_point(|s| s.start <= at);
        after > 0 && self.spans.get(after - 1).is_some_and(|s| at < s.end)
    }

    /// These secrets, and every place in `text` where one of `other`'s values stands: for
    /// showing two versions of a text side by side (`--diff`), where a value that is a secret in
    /// one version must be hidden in both (a key renamed into a secret field's name).
    #[must_use]
    pub fn with_values_of(&self, text: &str, other: &Secrets) -> Secrets {
        let mut out = self.clone();
        out.spans.extend(
            other
                .index
                .matches(text)
                .map(|(at, length)| Span::new(at, at + length)),
        );
        out.values.extend(other.values.iter().cloned());
        out.finish();
        out
    }

    fn add(&mut self, span: Span, value: &str) {
        self.spans.push(span);
        if !value.is_empty() {
            self.values.push(value.to_owned());
        }
        // Each line of a secret written over several lines is a secret where it stands alone.
        if value.contains('\n') {
            for line in value
                .lines()
                .map(str::trim)
                .filter(|l| l.len() >= SHORTEST_PART)
            {
                self.values.push(line.to_owned());
            }
        }
    }

    fn sort_values(&mut self) {
        // Unstable sorts: equal items are identical, and the module carries less code.
        self.values.sort_unstable();
        self.values.dedup();
    }

    fn finish(&mut self) {
        self.spans.sort_unstable_by_key(|s| (s.start, s.end));
        // Overlapping spans merged: what they cover is the same, and lookups can bisect.
        let mut merged: Vec<Span> = Vec::with_capacity(self.spans.len());
        for span in self.spans.drain(..) {
            match merged.last_mut() {
                Some(last) if span.start < last.end || span == *last => {
                    last.end = last.end.max(span.end);
                }
                _ => merged.push(span),
            }
        }
        self.spans = merged;
        self.sort_values();
        self.index = Index::new(&self.values);
    }
}

/// Where secret values of [`SHORTEST_PART`] bytes or more stand inside a text, in one pass over
/// it per distinct probe length. Each window's hash (from the text's prefix hashes, so any
/// substring's hash costs the same) is looked up among the values' probes, and a hit is
/// confirmed by the whole value's hash. Values longer than [`PROBE`] bytes are probed by their
/// first [`PROBE`] bytes; where more than [`CONFIRMED`] values share a probe (a hostile file's
/// thousands of secrets with one prefix), a hit masks as far as the longest of them instead of
/// confirming each. The work grows with the text, not with its square; a hash collision can only
/// hide more text, never show a secret.
#[derive(Debug, Default, Clone, PartialEq)]
struct Index {
    /// The values themselves while they are few: searched one by one (memchr-fast), which beats
    /// hashing every window of the text for the handful of secrets a spec holds.
    few: Vec<String>,
    /// The probe lengths the values have, each once (when they are many).
    lengths: Vec<usize>,
    /// (probe length, hash of the probe) → the values with it.
    by_probe: std::collections::HashMap<(usize, u64), Bucket>,
}

/// The values that share a probe: (length, hash of the whole value), and the longest length.
#[derive(Debug, Default, Clone, PartialEq)]
struct Bucket {
    values: Vec<(usize, u64)>,
    longest: usize,
}

/// How many bytes of a value are probed.
const PROBE: usize = 32;
/// Past this many values with one probe, a hit masks without confirming which one it is.
const CONFIRMED: usize = 8;
/// The hash's base (FNV's 64-bit prime).
const BASE: u64 = 0x0000_0100_0000_01B3;

fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0_u64, |h, b| {
        h.wrapping_mul(BASE).wrapping_add(u64::from(*b))
    })
}

/// Prefix hashes of a text and powers of the base: the hash of any substring in constant time.
struct Hashes {
    prefix: Vec<u64>,
    powers: Vec<u64>,
}

impl Hashes {
    fn new(bytes: &[u8], longest: usize) -> Hashes {
        let mut prefix = Vec::with_capacity(bytes.len() + 1);
        prefix.push(0_u64);
        for b in bytes {
            let last = prefix.last().copied().unwrap_or_default();
            prefix.push(last.wrapping_mul(BASE).wrapping_add(u64::from(*b)));
        }
        let mut powers = Vec::with_capacity(longest.min(bytes.len()) + 1);
        powers.push(1_u64);
        for _ in 0..longest.min(bytes.len()) {
            let last = powers.last().copied().unwrap_or(1);
            powers.push(last.wrapping_mul(BASE));
        }
        Hashes { prefix, powers }
    }

    /// The hash of `length` bytes from `start`, when they are inside the text.
    fn of(&self, start: usize, length: usize) -> Option<u64> {
        let end = self.prefix.get(start + length)?;
        let before = self.prefix.get(start)?;
        let power = self.powers.get(length)?;
        Some(end.wrapping_sub(before.wrapping_mul(*power)))
    }
}

/// Every place `needle` stands in `haystack`, overlapping ones too (`zzz` twice in `zzzz`), in
/// one pass (Knuth–Morris–Pratt: linear whatever the text repeats).
fn occurrences(haystack: &[u8], needle: &[u8]) -> Vec<usize> {
    let mut found = Vec::new();
    if needle.is_empty() || needle.len() > haystack.len() {
        return found;
    }
    // The longest proper border of each prefix of the needle.
    let mut border = vec![0_usize; needle.len()];
    let mut k = 0;
    for i in 1..needle.len() {
        while k > 0 && needle[i] != needle[k] {
            k = border[k - 1];
        }
        if needle[i] == needle[k] {
            k += 1;
        }
        border[i] = k;
    }
    let mut matched = 0;
    for (i, b) in haystack.iter().enumerate() {
        while matched > 0 && *b != needle[matched] {
            matched = border[matched - 1];
        }
        if *b == needle[matched] {
            matched += 1;
        }
        if matched == needle.len() {
            found.push(i + 1 - needle.len());
            matched = border[matched - 1];
        }
    }
    found
}

/// Up to this many values are searched one by one.
const FEW: usize = 16;

impl Index {
    fn new(values: &[String]) -> Index {
        let mut index = Index::default();
        let long = values.iter().filter(|v| v.len() >= SHORTEST_PART);
        if long.clone().count() <= FEW {
            index.few = long.cloned().collect();
            return index;
        }
        for value in values {
            if value.len() < SHORTEST_PART {
                continue;
            }
            let probe = value.len().min(PROBE);
            let bytes = value.as_bytes();
            let bucket = index
                .by_probe
                .entry((probe, hash(&bytes[..probe])))
                .or_default();
            bucket.values.push((value.len(), hash(bytes)));
            bucket.longest = bucket.longest.max(value.len());
            if !index.lengths.contains(&probe) {
                index.lengths.push(probe);
            }
        }
        index
    }

    /// Every stretch of `text` to hide: (start, length) of each value found (or, in a crowded
    /// bucket, of the longest value that could stand there).
    fn matches<'s>(&'s self, text: &'s str) -> Box<dyn Iterator<Item = (usize, usize)> + 's> {
        if !self.few.is_empty() || self.lengths.is_empty() {
            return Box::new(self.few.iter().flat_map(move |value| {
                occurrences(text.as_bytes(), value.as_bytes())
                    .into_iter()
                    .map(move |at| (at, value.len()))
            }));
        }
        let bytes = text.as_bytes();
        let longest = self.by_probe.values().map(|b| b.longest).max().unwrap_or(0);
        let hashes = (!self.lengths.is_empty() && !bytes.is_empty())
            .then(|| std::rc::Rc::new(Hashes::new(bytes, longest)));
        Box::new(
            self.lengths
                .iter()
                .filter(move |&&length| length <= bytes.len())
                .flat_map(move |&length| {
                    let hashes = hashes.clone();
                    (0..=bytes.len() - length).flat_map(move |start| {
                        let hashes = hashes.clone();
                        let bucket = hashes
                            .as_ref()
                            .and_then(|h| h.of(start, length))
                            .and_then(|probe| self.by_probe.get(&(length, probe)));
                        let crowded = bucket
                            .filter(|b| b.values.len() > CONFIRMED)
                            .map(|b| (start, b.longest.min(bytes.len() - start)));
                        let confirmed = bucket
                            .filter(|b| b.values.len() <= CONFIRMED)
                            .into_iter()
                            .flat_map(|b| b.values.iter())
                            .filter_map(move |&(value_length, whole)| {
                                let found = hashes.as_ref()?.of(start, value_length)?;
                                (found == whole).then_some((start, value_length))
                            });
                        crowded.into_iter().chain(confirmed)
                    })
                }),
        )
    }
}

/// The secrets of a text and the documents read from it (`None` for one that did not parse): the
/// trees where they parsed, the values the reader dropped (`shadowed`: still text in the file),
/// and a scan of the text that also covers what did not. `known` are secrets from elsewhere (the
/// earlier specs and computes a check compares with): where they stand again, they are hidden too.
pub(crate) fn find(
    text: &str,
    documents: &[Option<Node<'_>>],
    shadowed: &[Shadowed<'_>],
    comments: &[Span],
    known: &[String],
) -> Secrets {
    // Where every document was read, the trees hold every value; the scan is for the rest.
    let scan_text = documents.is_empty() || documents.iter().any(Option::is_none);
    find_with(text, documents, shadowed, comments, known, scan_text)
}

/// The secrets of a template (an ARM template, a REST body) and of the computes read from it:
/// their trees, and a scan of the whole text, which holds more than the computes (parameters,
/// other resources). `known` holds the values of its secure parameters too.
///
/// A template or `.tf` file that did not parse (`broken`) is also scanned for the string
/// literals its secrets are marked by where they stand ([`scan_iac`]).
pub(crate) fn find_in_template(
    text: &str,
    computes: &[Option<Node<'_>>],
    comments: &[Span],
    known: &[String],
    broken: bool,
) -> Secrets {
    if !broken {
        return find_with(text, computes, &[], comments, known, true);
    }
    let mut known = known.to_vec();
    // The definitions that hold a secure type (languageVersion 2.0), found again until a `$ref`
    // chain is followed to its end (a few links; each pass is one read of the text).
    let mut secure: Vec<String> = Vec::new();
    for _ in 0..8 {
        let found = scan_iac(text, &secure, &mut Secrets::default());
        if found.len() == secure.len() {
            break;
        }
        secure = found;
    }
    let mut marked = Secrets::default();
    scan_iac(text, &secure, &mut marked);
    known.extend(marked.values);
    let mut secrets = find_with(text, computes, &[], comments, &known, true);
    secrets.spans.extend(marked.spans);
    secrets.finish();
    secrets
}

/// `text` from outside (what a tool wrote to standard error), with every secret in it masked
/// (each run as [`MASK`](crate::messages::MASK)): the `known` values where they stand again,
/// the values after secret-looking keys and every credential-shaped word.
pub(crate) fn mask_foreign(text: &str, known: &[String]) -> String {
    let mut secrets = Secrets::default();
    secrets.values.extend(known.iter().cloned());
    scan(text, &mut secrets);
    copies_in_text(text, &mut secrets);
    // A short value counts where it is quoted whole (`'abc'`): as a part it would hide words.
    for value in known
        .iter()
        .filter(|v| !v.is_empty() && v.len() < SHORTEST_PART)
    {
        for quote in ['\'', '"'] {
            let quoted = format!("{quote}{value}{quote}");
            for (at, _) in text.match_indices(&quoted) {
                secrets.spans.push(Span::new(at + 1, at + quoted.len() - 1));
            }
        }
    }
    secrets.finish();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for span in &secrets.spans {
        let (start, end) = (span.start as usize, span.end as usize);
        if start < at || end <= start {
            continue;
        }
        out.push_str(text.get(at..start).unwrap_or_default());
        out.push_str(crate::messages::MASK);
        at = end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

/// A lenient scan of an IaC text that did not parse (HCL or JSON), for the secrets its own marks
/// declare: every string literal of an object or block that says `sensitive = true` (or
/// `ephemeral = true`) or `"type": "secure..."` (a `variable` block, a parameter), or whose name
/// is secret-looking (`variable "admin_password" {`, `"adminPassword": {`), at any depth, and the
/// literal after a secret-looking key (`admin_password = "..."`). Braces are counted outside
/// strings; an object left open runs to the end of the text, a string to the end of its line.
/// An object with a `"$ref"` to one of the definitions named in `secure` is secret too. Returns
/// the names of the objects that are or hold a secret one (sorted, without repeats).
fn scan_iac(text: &str, secure: &[String], out: &mut Secrets) -> Vec<String> {
    /// An object or block being read: whether it holds secrets, and where its string literals
    /// start in `literals` (those after it are its own and its open children's); its name, and
    /// whether an object in it is secret.
    struct Frame {
        secret: bool,
        first: usize,
        name: String,
        holds: bool,
    }
    /// The names of the secret objects and of those around them.
    fn held(frame: &Frame, stack: &mut [Frame], names: &mut Vec<String>) {
        if frame.secret || frame.holds {
            names.push(frame.name.clone());
            if let Some(parent) = stack.last_mut() {
                parent.holds = true;
            }
        }
    }
    let mut names: Vec<String> = Vec::new();
    /// A frame ends: a secret one's literals are secrets (and leave the list); another's stay,
    /// for the frame around it. Each literal is handled once, however deep the nesting.
    fn close(frame: &Frame, literals: &mut Vec<(Span, String)>, out: &mut Secrets) {
        if frame.secret {
            for (span, value) in literals.drain(frame.first.min(literals.len())..) {
                out.add(span, &value);
            }
        }
    }
    let bytes = text.as_bytes();
    let mut literals: Vec<(Span, String)> = Vec::new();
    let mut stack: Vec<Frame> = vec![Frame {
        secret: false,
        first: 0,
        name: String::new(),
        holds: false,
    }];
    // The last words and strings read (a key, a block's labels), and the punctuation after them.
    let mut recent: Vec<(Span, String)> = Vec::new();
    let mut assigned_by: Option<String> = None;
    let mut marker: Option<&'static str> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'"' => {
                let start = i + 1;
                let mut end = start;
                while end < bytes.len() && bytes[end] != b && bytes[end] != b'\n' {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                let mut end = end.min(bytes.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                let value = text.get(start..end).unwrap_or_default().to_owned();
                let span = Span::new(start, end);
                if let Some(frame) = stack.last_mut() {
                    // A mark's own value (`"securestring"`, `"true"`) is no secret.
                    match marker.take() {
                        Some("type") if value.to_ascii_lowercase().starts_with("secure") => {
                            frame.secret = true;
                        }
                        Some("flag") if value == "true" => frame.secret = true,
                        Some("ref")
                            if value
                                .strip_prefix("#/definitions/")
                                .is_some_and(|name| secure.iter().any(|s| s == name)) =>
                        {
                            frame.secret = true;
                        }
                        Some(_) => {}
                        None => literals.push((span, value.clone())),
                    }
                    if assigned_by
                        .take()
                        .is_some_and(|key| is_secret_like_key(&key))
                    {
                        out.add(span, &value);
                    }
                }
                recent.push((span, value));
                i = end + 1;
            }
            b'{' => {
                // Named by the string or word before it (`"adminPassword": {`,
                // `variable "admin_password" {`, `ssh = {`).
                let name = assigned_by
                    .clone()
                    .or_else(|| recent.last().map(|(_, key)| key.clone()))
                    .unwrap_or_default();
                let secret = stack.last().is_some_and(|f| f.secret)
                    || assigned_by
                        .take()
                        .is_some_and(|key| is_secret_like_key(&key))
                    || recent
                        .last()
                        .is_some_and(|(_, key)| is_secret_like_key(key));
                stack.push(Frame {
                    secret,
                    first: literals.len(),
                    name,
                    holds: false,
                });
                recent.clear();
                marker = None;
                i += 1;
            }
            b'}' => {
                if stack.len() > 1
                    && let Some(frame) = stack.pop()
                {
                    close(&frame, &mut literals, out);
                    held(&frame, &mut stack, &mut names);
                }
                recent.clear();
                marker = None;
                assigned_by = None;
                i += 1;
            }
            b':' | b'=' => {
                // What stands before is a key, not a value: no secret.
                if let Some((at, _)) = recent.last()
                    && literals.len() > stack.last().map_or(0, |f| f.first)
                    && literals.last().is_some_and(|(span, _)| span == at)
                {
                    literals.pop();
                }
                let key = recent.last().map(|(_, k)| k.clone()).unwrap_or_default();
                marker = match key.to_ascii_lowercase().as_str() {
                    "type" => Some("type"),
                    "sensitive" | "ephemeral" => Some("flag"),
                    "$ref" => Some("ref"),
                    _ => None,
                };
                assigned_by = Some(key);
                recent.clear();
                i += 1;
            }
            b'\n' | b',' | b'[' | b']' => {
                recent.clear();
                assigned_by = None;
                marker = None;
                i += 1;
            }
            _ if b.is_ascii_alphanumeric() || b == b'_' || b == b'-' => {
                let start = i;
                while i < bytes.len()
                    && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'-')
                {
                    i += 1;
                }
                let word = &text[start..i];
                if marker.take() == Some("flag")
                    && word == "true"
                    && let Some(frame) = stack.last_mut()
                {
                    frame.secret = true;
                }
                recent.push((Span::new(start, i), word.to_owned()));
            }
            _ => i += 1,
        }
    }
    while let Some(frame) = stack.pop() {
        close(&frame, &mut literals, out);
        held(&frame, &mut stack, &mut names);
    }
    names.sort_unstable();
    names.dedup();
    names
}

fn find_with(
    text: &str,
    documents: &[Option<Node<'_>>],
    shadowed: &[Shadowed<'_>],
    comments: &[Span],
    known: &[String],
    scan_text: bool,
) -> Secrets {
    let mut secrets = Secrets::default();
    secrets.values.extend(known.iter().cloned());
    // A comment is text like any other: a credential or a `password: ...` written there is
    // shown in code frames and diffs unless it is hidden too.
    for comment in comments {
        if let Some(body) = text.get(comment.range()) {
            scan_keys(body, comment.start as usize, &mut secrets);
            scan_words(body, comment.start as usize, &mut secrets);
        }
    }
    for root in documents.iter().flatten() {
        walk(root, fields_of(root), &mut secrets);
    }
    for dropped in shadowed {
        let fields = documents
            .get(dropped.document)
            .and_then(Option::as_ref)
            .map_or(&[][..], |root| fields_at(fields_of(root), &dropped.parent));
        let span = Span::new(
            dropped.entry.key.span.start as usize,
            dropped.entry.value.span.end as usize,
        );
        let one = Node::new(Value::Map(vec![dropped.entry.clone()]), span);
        walk(&one, fields, &mut secrets);
    }
    if scan_text {
        scan(text, &mut secrets);
    }
    secrets.sort_values();
    for root in documents.iter().flatten() {
        copies(root, &mut secrets);
    }
    copies_in_text(text, &mut secrets);
    secrets.finish();
    secrets
}

/// The fields a mapping at `pointer` may hold, from the fields of its document's kind; none where
/// the pointer leaves the known fields.
fn fields_at(mut fields: &'static [Field], pointer: &str) -> &'static [Field] {
    for token in pointer.split('/').skip(1) {
        if token.bytes().all(|b| b.is_ascii_digit()) && !token.is_empty() {
            // An item of a list: the list's item fields were taken with its key.
            continue;
        }
        let token = token.replace("~1", "/").replace("~0", "~");
        fields = match model::find(fields, &token).map(|field| &field.ty) {
            Some(Ty::Object(inner) | Ty::List(Ty::Object(inner))) => inner,
            _ => return &[],
        };
    }
    fields
}

/// Every other place in the text where a secret value of some length is written: in a file that
/// did not parse, no tree says where aliases or copies stand.
fn copies_in_text(text: &str, out: &mut Secrets) {
    out.sort_values();
    let index = Index::new(&out.values);
    let found: Vec<Span> = index
        .matches(text)
        .map(|(at, length)| Span::new(at, at + length))
        .collect();
    out.spans.extend(found);
}

/// The secrets of a tree without text (a form's state); `known` as for [`find`].
pub(crate) fn of_tree(root: &Node<'_>, kind: Option<Kind>, known: &[String]) -> Secrets {
    let mut secrets = Secrets::default();
    secrets.values.extend(known.iter().cloned());
    let fields = kind.map_or_else(|| fields_of(root), Kind::fields);
    walk(root, fields, &mut secrets);
    if !known.is_empty() {
        secrets.sort_values();
        copies(root, &mut secrets);
    }
    secrets.finish();
    secrets
}

/// The fields of a document's kind, by its `type`; none when it names no kind.
fn fields_of(root: &Node<'_>) -> &'static [Field] {
    root.get("type")
        .and_then(Node::as_str)
        .and_then(Kind::from_type)
        .map_or(&[], Kind::fields)
}

/// Turns every argument (of a run's findings) that carries a secret into [`Arg::Secret`].
pub(crate) fn mark<'d>(args: impl IntoIterator<Item = &'d mut Arg>, secrets: &Secrets) {
    if secrets.values.is_empty() {
        return;
    }
    for arg in args {
        mark_arg(arg, secrets);
    }
}

fn mark_arg(arg: &mut Arg, secrets: &Secrets) {
    match arg {
        Arg::Value(text) | Arg::Code(text) | Arg::Foreign(text) if secrets.hides(text) => {
            *arg = Arg::Secret(std::mem::take(text));
        }
        // A number read from a secret (a numeric password an alias took elsewhere).
        Arg::Int(number) => {
            let text = format!("{number}");
            if secrets.hides(&text) {
                *arg = Arg::Secret(text);
            }
        }
        Arg::Phrase(_, args) => args.iter_mut().for_each(|(_, arg)| mark_arg(arg, secrets)),
        Arg::List(items, _) => items.iter_mut().for_each(|arg| mark_arg(arg, secrets)),
        _ => {}
    }
}

/// Whether a value looks like a credential, whatever key it stands under. Runs for every text
/// value: the shapes are told apart by the bytes they need before anything is searched.
pub(crate) fn looks_like_credential(text: &str) -> bool {
    let bytes = text.as_bytes();
    let (mut equals, mut space, mut dot, mut dash, mut at) = (false, false, false, false, false);
    for b in bytes {
        match b {
            b'=' => equals = true,
            b' ' | b'\t' | b'\n' | b'\r' => space = true,
            b'.' => dot = true,
            b'-' => dash = true,
            b'@' => at = true,
            _ => {}
        }
    }
    (equals && (credential_pair(bytes) || credential_query(text)))
        || (at && has_userinfo(text))
        || (dash && space && contains_ignoring_case(bytes, b"private key-----"))
        // `openssh-key-v1` in base64: the body of an OpenSSH private key.
        || (bytes.len() >= 19 && text.contains("b3BlbnNzaC1rZXktdjE"))
        || (space && bearer(bytes))
        || (dot && text.contains("eyJ") && is_jwt(text))
}

/// `Bearer` followed by white space and a token, in any case.
fn bearer(bytes: &[u8]) -> bool {
    (0..bytes.len()).any(|at| {
        bytes
            .get(at..at + 6)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"bearer"))
            && bytes.get(at + 6).is_some_and(u8::is_ascii_whitespace)
    })
}

/// A URL's user information (`https://user:password@host`, `https://TOKEN@host`), or the same
/// without a scheme where a password is given (`user:password@registry.example.com/image`):
/// whoever may sign in with it is a credential, wherever it stands.
fn has_userinfo(text: &str) -> bool {
    let ends_authority =
        |c: char| c.is_whitespace() || matches!(c, '/' | '?' | '#' | '"' | '\'' | '<' | '>' | '`');
    let with_scheme = text.match_indices("://").any(|(at, _)| {
        let rest = &text[at + 3..];
        let authority = rest.find(ends_authority).map_or(rest, |end| &rest[..end]);
        authority.rfind('@').is_some_and(|at| at > 0)
    });
    with_scheme
        || text.split(char::is_whitespace).any(|word| {
            word.split_once('@').is_some_and(|(user, host)| {
                let user = user.rsplit(['"', '\'', '(', '=']).next().unwrap_or(user);
                user.split_once(':')
                    .is_some_and(|(name, password)| !name.is_empty() && !password.is_empty())
                    && !user.contains(['/', '@'])
                    && !host.is_empty()
            })
        })
}

/// A query parameter (or URL fragment parameter, as OAuth's implicit flow writes tokens) that
/// carries a credential: `?token=...`, `&sig=...`, `#access_token=...`, `?code=...` (an Azure
/// Functions key), or any parameter whose name reads like a secret key.
fn credential_query(text: &str) -> bool {
    const NAMES: &[&str] = &["code", "key", "sig", "auth", "sv_sig", "access_token"];
    text.match_indices(['?', '&', '#']).any(|(at, _)| {
        let rest = &text[at + 1..];
        let Some((name, value)) = rest.split_once('=') else {
            return false;
        };
        let value_present = value
            .chars()
            .next()
            .is_some_and(|c| !matches!(c, '&' | '#' | ' ' | '"' | '\''));
        value_present
            && !name.is_empty()
            && !name.contains(['&', '?', '/', ' ', '#'])
            && (NAMES.iter().any(|n| name.eq_ignore_ascii_case(n)) || is_secret_like_key(name))
    })
}

/// A connection-string or query pair that holds a credential: `sig=...`, `AccountKey=...`,
/// `Password = ...`, at the start or after a separator, with a value.
fn credential_pair(bytes: &[u8]) -> bool {
    const NAMES: &[&[u8]] = &[
        b"sig",
        b"accountkey",
        b"sharedaccesskey",
        b"sharedaccesssignature",
        b"password",
        b"pwd",
        b"clientsecret",
    ];
    NAMES.iter().any(|name| {
        (0..bytes.len()).any(|at| {
            let Some(window) = bytes.get(at..at + name.len()) else {
                return false;
            };
            if !window.eq_ignore_ascii_case(name)
                || !(at == 0
                    || matches!(
                        bytes[at - 1],
                        b'?' | b'&' | b';' | b' ' | b'\t' | b'\n' | b'\r'
                    ))
            {
                return false;
            }
            // Spaces around the `=` are allowed; then a value.
            let mut after = at + name.len();
            while bytes.get(after).is_some_and(|b| *b == b' ' || *b == b'\t') {
                after += 1;
            }
            if bytes.get(after) != Some(&b'=') {
                return false;
            }
            after += 1;
            while bytes.get(after).is_some_and(|b| *b == b' ' || *b == b'\t') {
                after += 1;
            }
            bytes
                .get(after)
                .is_some_and(|b| !matches!(b, b';' | b'&' | b'\n' | b'\r'))
        })
    })
}

fn contains_ignoring_case(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// Three dot-separated base64url parts, the first a JSON header (`eyJ`).
fn is_jwt(text: &str) -> bool {
    // Words of base64url characters and dots, whatever stands around them.
    text.split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .any(|word| {
            let Some(at) = word.find("eyJ") else {
                return false;
            };
            let word = &word[at..];
            let parts: Vec<&str> = word.trim_end_matches('.').split('.').collect();
            parts.len() == 3 && parts.iter().all(|p| p.len() >= 8)
        })
}

/// Secret fields' values and credential-shaped values (and keys) of a tree. `fields` are the
/// fields the mapping may hold, when its kind is known: a key that is one of them is known for
/// what it is (a secret or not) without looking, the walk runs for every form change.
fn walk(node: &Node<'_>, fields: &[Field], out: &mut Secrets) {
    match &node.value {
        Value::Map(entries) => {
            for entry in entries {
                let Some(key) = entry.key_str() else {
                    walk(&entry.value, &[], out);
                    continue;
                };
                let known = model::position(fields, key).and_then(|at| fields.get(at));
                let secret = match known {
                    Some(field) => field.secret,
                    None => {
                        if looks_like_credential(key) {
                            out.add(entry.key.span, key);
                        }
                        is_secret_like_key(key)
                    }
                };
                if secret {
                    everything(&entry.value, out);
                    continue;
                }
                match known.map(|field| &field.ty) {
                    Some(Ty::Object(inner)) => walk(&entry.value, inner, out),
                    Some(Ty::List(item)) => {
                        let inner = match item {
                            Ty::Object(inner) => inner,
                            _ => &[][..],
                        };
                        walk(&entry.value, inner, out);
                    }
                    _ => walk(&entry.value, &[], out),
                }
            }
        }
        Value::Seq(items) => items.iter().for_each(|item| walk(item, fields, out)),
        Value::Str(text) | Value::Timestamp(text) if looks_like_credential(text) => {
            out.add(node.span, text);
        }
        _ => {}
    }
}

/// Every value in a secret subtree.
fn everything(node: &Node<'_>, out: &mut Secrets) {
    match &node.value {
        Value::Map(entries) => entries.iter().for_each(|e| everything(&e.value, out)),
        Value::Seq(items) => items.iter().for_each(|item| everything(item, out)),
        Value::Str(text) | Value::Timestamp(text) => out.add(node.span, text),
        Value::Null => out.spans.push(node.span),
        other => {
            let text = crate::yaml::key_text(other).unwrap_or_default();
            out.add(node.span, &text);
        }
    }
}

/// The other places secret values stand: where an alias or another key repeats one.
fn copies(node: &Node<'_>, out: &mut Secrets) {
    match &node.value {
        Value::Map(entries) => {
            for entry in entries {
                copies(&entry.key, out);
                copies(&entry.value, out);
            }
        }
        Value::Seq(items) => items.iter().for_each(|item| copies(item, out)),
        Value::Str(text) | Value::Timestamp(text) if out.is_secret(text) => {
            out.spans.push(node.span);
        }
        _ => {}
    }
}

/// A scan of the text for files that did not parse (or not wholly): after every secret-looking
/// key and its `:`, up to the end of the value (the line, or in flow style the next `,`, `}` or
/// `]`); every credential-shaped word; and PEM private-key blocks.
fn scan(text: &str, out: &mut Secrets) {
    let mut offset = 0;
    let mut in_pem = false;
    for line in lines(text) {
        let start = offset;
        offset += line.len();
        let body = crate::source::without_break(line);
        if body.contains("PRIVATE KEY-----") {
            in_pem = body.contains("-----BEGIN");
            out.add(Span::new(start, start + body.len()), body);
            continue;
        }
        if in_pem {
            out.add(Span::new(start, start + body.len()), body);
            continue;
        }
        scan_keys(body, start, out);
        scan_words(body, start, out);
    }
}

/// The lines of a text as PyYAML breaks them: at `\n`, `\r\n`, a lone `\r`, NEL, U+2028, U+2029.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = crate::source::line_end(rest);
        let (line, after) = rest.split_at(end);
        rest = after;
        Some(line)
    })
}

/// Values after secret-looking keys anywhere in a line, block or flow style.
fn scan_keys(body: &str, start: usize, out: &mut Secrets) {
    let bytes = body.as_bytes();
    for (colon, _) in body.match_indices(':') {
        // The key: the word before the colon, without quotes.
        let before = body[..colon].trim_end().trim_end_matches(['"', '\'']);
        // Keys are ASCII words: the key starts after the last byte that cannot be in one (a
        // UTF-8 continuation byte cannot, so the cut is on a character boundary).
        // A JSON key may escape its letters (`admin_p\u0061ssword`): the backslash belongs to it.
        let key_start = before
            .bytes()
            .rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'$' | b'\\')))
            .map_or(0, |at| at + 1);
        let key = unescape_json(&before[key_start..]);
        if key.is_empty() || !is_secret_like_key(&key) {
            continue;
        }
        // Not a key unless the colon ends the word, or a value follows that is no URL's path
        // (`http://` is no key, `{admin_password:x` is one to hide in broken text).
        if bytes.get(colon + 1) == Some(&b'/') {
            continue;
        }
        let value_start = colon + 1;
        let flow = body[..key_start].contains(['{', '[']);
        let value_end = if flow {
            body[value_start..]
                .find([',', '}', ']'])
                .map_or(body.len(), |at| value_start + at)
        } else {
            body.len()
        };
        let value =
            without_properties(body[value_start..value_end].trim()).trim_matches(['"', '\'']);
        out.add(Span::new(start + value_start, start + value_end), value);
    }
}

/// A key with JSON's `\uXXXX` escapes read (text without them is returned as it is).
fn unescape_json(key: &str) -> std::borrow::Cow<'_, str> {
    if !key.contains("\\u") {
        return std::borrow::Cow::Borrowed(key);
    }
    let mut out = String::with_capacity(key.len());
    let mut rest = key;
    while let Some(at) = rest.find("\\u") {
        out.push_str(&rest[..at]);
        let code = rest
            .get(at + 2..at + 6)
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .and_then(char::from_u32);
        match code {
            Some(c) => {
                out.push(c);
                rest = &rest[at + 6..];
            }
            None => {
                out.push_str("\\u");
                rest = &rest[at + 2..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// A value without the anchor (`&p`) and tag (`!!str`) written before it.
fn without_properties(mut value: &str) -> &str {
    while value.starts_with(['&', '!']) {
        value = value
            .split_once(char::is_whitespace)
            .map_or("", |(_, rest)| rest.trim_start());
    }
    value
}

/// Credential-shaped words anywhere in a line.
fn scan_words(body: &str, start: usize, out: &mut Secrets) {
    let separator =
        |c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ',' | '{' | '}' | '[' | ']');
    let mut word_start = None;
    for (at, c) in body
        .char_indices()
        .chain(std::iter::once((body.len(), ' ')))
    {
        match (word_start, separator(c)) {
            (None, false) => word_start = Some(at),
            (Some(from), true) => {
                word_start = None;
                let word = &body[from..at];
                // `key:value` written without a space: the value is the secret.
                let value = word
                    .split_once(':')
                    .map(|(_, value)| value)
                    .filter(|value| looks_like_credential(value))
                    .unwrap_or(word);
                if looks_like_credential(value) {
                    out.add(Span::new(start + from, start + at), value);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unparsable_files_still_hide_passwords() {
        let text = "ssh_settings:\n  admin_password: hunter2\n  [broken\n";
        let secrets = find(text, &[], &[], &[], &[]);
        assert!(
            secrets
                .spans
                .iter()
                .any(|s| text[s.range()].contains("hunter2"))
        );
        for broken in [
            "{\"ssh_settings\": {\"admin_p\\u0061ssword\": \"Hunter2-secret\", ]}\n",
            "ssh_settings: {admin_password:Hunter2-secret, [}\n",
        ] {
            let secrets = find(broken, &[], &[], &[], &[]);
            assert!(secrets.hides("Hunter2-secret"), "{broken}");
        }
        let flow = "ssh_settings: {admin_username: u, admin_password: Hunter2-secret, [}\n";
        let secrets = find(flow, &[], &[], &[], &[]);
        assert!(secrets.hides("Hunter2-secret"));
        assert!(!secrets.hides("u"));
        assert!(
            secrets
                .spans
                .iter()
                .any(|s| flow[s.range()].contains("Hunter2-secret"))
        );
    }

    #[test]
    fn the_index_finds_every_copy_a_plain_search_finds() {
        let long = "L".repeat(40) + "-tail";
        let values: Vec<String> = ["abcdef", "bcdefg", "short", "zzzzzzzz", long.as_str()]
            .iter()
            .map(|v| (*v).to_owned())
            .collect();
        let mut sorted = values.clone();
        sorted.sort_unstable();
        let index = Index::new(&sorted);
        let text = format!("xabcdefgh zzzzzzzzz {long} short {} abcdef", "L".repeat(39));
        let mut found: Vec<(usize, usize)> = index.matches(&text).collect();
        found.sort_unstable();
        let mut plain: Vec<(usize, usize)> = sorted
            .iter()
            .filter(|v| v.len() >= SHORTEST_PART)
            .flat_map(|v| {
                (0..text.len())
                    .filter(|at| text[*at..].starts_with(v.as_str()))
                    .map(move |at| (at, v.len()))
            })
            .collect();
        plain.sort_unstable();
        assert_eq!(found, plain);
        assert_eq!(found.len(), 6);
        // Hundreds of values with one prefix: every place one stands is still hidden.
        let crowd: Vec<String> = (0..300).map(|i| "p".repeat(40 + i)).collect();
        let index = Index::new(&crowd);
        let text = format!("a {} b", "p".repeat(100));
        let covered: std::collections::BTreeSet<usize> = index
            .matches(&text)
            .flat_map(|(at, length)| at..at + length)
            .collect();
        assert!((2..102).all(|at| covered.contains(&at)));
    }

    #[test]
    fn misspelt_and_abbreviated_secret_keys_count() {
        for key in [
            "admin_pasword",
            "admin_passwd",
            "admin_pwd",
            "db_password",
            "apiKey",
            "sas_token",
            "pssword",
            "client_sceret",
            "p4ssw0rd",
            "admin_pw",
            "admin_pword",
            "storage_key",
            "primaryKey",
            "secondary_key",
            "master_key",
            "function_key",
            "host_key",
            "encryption_key",
            "subscription_key",
            "authorization",
            "Authorization",
            "auth",
            "conn_str",
            "connStr",
            "dsn",
            "github_pat",
            "pat",
            "jwt",
            "cookie",
            "session_id",
            "webhook_url",
            "pin",
            "otp",
            "sas",
            "sasToken",
            "sas_url",
            "SAS",
            "accountSas",
            "githubPat",
            "SASToken",
            "userPin",
        ] {
            assert!(is_secret_like_key(key), "{key}");
        }
        for key in [
            "name",
            "admin_username",
            "tier",
            "ssh_key_value",
            "admin_public_key",
            "location",
            "subnet",
            "path",
            "auth_mode",
            "spinner",
            "compat",
            "database_name",
            "ads_name",
            "partition_key",
            "disaster_recovery",
            "disasterRecovery",
            "kansas",
            "spinnerPath",
            "patchVersion",
            "minNodeCount",
        ] {
            assert!(!is_secret_like_key(key), "{key}");
        }
    }

    #[test]
    fn credentials_are_known_by_their_shape() {
        for value in [
            "https://acct.blob.core.windows.net/c/setup.sh?sv=2022-11-02&sig=abcDEF123%3D",
            "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=bm90LWEta2V5;EndpointSuffix=core.windows.net",
            "Server=tcp:x;Password=Hunter2-secret;",
            "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
            "Bearer abcdef0123456789",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXBhcnQ",
            "user:Hunter2-Secret@registry.example.com/img:1",
            "see https://user:Hunter2-Secret@host.example/x for details",
            "https://ghp_0123456789abcdef@github.com/org/repo.git",
            "https://adb-1.azuredatabricks.net/?o=1&token=dapi0123456789abcdef",
            "https://func.azurewebsites.net/api/x?code=abc123",
            "https://host/x?client_secret=abc&a=b",
            "https://login.example.com/cb#access_token=abc123",
            "Bearer\tabcdef0123456789",
            "Server=x; Password = Hunter2-secret;",
            "Server=x;\nPassword=Hunter2-secret",
            "see eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl, ok",
            "jwt=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl",
        ] {
            assert!(looks_like_credential(value), "{value}");
        }
        for value in [
            "https://example.com/setup.sh",
            "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg",
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0 user@host",
            "cpu-cluster",
            "design=signature",
            "admin@contoso.com",
            "git@github.com:org/repo.git",
            "myregistry.azurecr.io/img@sha256:0123",
            "registry:5000/img@sha256:0123",
            "https://host/x?page=2&sort=name",
            "mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04:latest",
            "https://docs.example.com/page#section",
        ] {
            assert!(!looks_like_credential(value), "{value}");
        }
    }
}
