//! Fixes as edits of the original text, and applying them: the one place a spec's text is
//! changed. `resolve` turns each finding's changes into edits in the file's own syntax (JSON in a
//! JSON document; in YAML, what YAML 1.1 and 1.2 read alike, quoted where the original was);
//! `apply` makes the edits of the fixes a run asks for; `fix_text` checks and applies until
//! nothing more is fixed, and says what is left.

use crate::diagnostic::Diagnostic;
use crate::fix::{Change, Edit, Fix};
use crate::lint::{Options, check_text, node_diagnostics};
use crate::report::FileReport;
use crate::span::Span;
use crate::yaml::Node;

/// How many times `fix_text` checks and applies at most: a fix may make another possible (a
/// renamed key whose value is then written canonically); more rounds than this would mean fixes
/// that undo each other.
const MAX_ROUNDS: usize = 8;

/// Resolves every fix's changes against the text. A fix is dropped where it cannot be made
/// without changing more than it says: a removal inside a flow mapping or a JSON document, an
/// edit of a node that carries an anchor (`anchored`: every alias of it would change too, or lose
/// the anchor it needs), renames of two keys to the same key, and every fix of a file `az ml`
/// cannot read. A fix that touches or writes a secret is never safe: a person must look, and no
/// output shows it.
pub(crate) fn resolve(text: &str, anchored: &[Span], report: &mut FileReport) {
    let FileReport {
        diagnostics,
        secrets,
        unreadable,
        ..
    } = report;
    let json = is_json(text);
    let colliding = colliding_renames(diagnostics);
    let anchored = disjoint(anchored);
    for diagnostic in diagnostics.iter_mut() {
        let Some(fix) = diagnostic.fix.as_mut() else {
            continue;
        };
        let edits: Option<Vec<Edit>> = fix.changes.iter().map(|c| edit(text, json, c)).collect();
        let renames_onto_another = fix.changes.iter().any(|c| {
            renamed_to(c)
                .is_some_and(|(parent, key)| colliding.iter().any(|(p, k)| p == parent && k == key))
        });
        match edits {
            Some(edits)
                if !*unreadable
                    && !renames_onto_another
                    && !edits.iter().any(|e| touches(&anchored, e.span)) =>
            {
                fix.secret = edits
                    .iter()
                    .any(|e| touches(&secrets.spans, e.span) || secrets.hides(&e.replacement));
                if fix.secret {
                    fix.applicability = crate::fix::Applicability::Unsafe;
                }
                fix.edits = edits;
            }
            _ => diagnostic.fix = None,
        }
    }
}

/// Whether an edit of `span` changes text inside one of `spans` (sorted by start and disjoint);
/// an empty span (a null value, an insertion) counts where it stands.
fn touches(spans: &[Span], span: Span) -> bool {
    let end = span.end.max(span.start + 1);
    // The spans that start before the edit ends; of those, only the last can reach into it.
    let before_end = spans.partition_point(|s| s.start < end);
    before_end > 0
        && spans
            .get(before_end - 1)
            .is_some_and(|s| span.start < s.end.max(s.start + 1))
}

/// Spans sorted by start, overlapping ones merged, as [`touches`] needs them.
fn disjoint(spans: &[Span]) -> Vec<Span> {
    let mut sorted = spans.to_vec();
    sorted.sort_unstable_by_key(|s| (s.start, s.end));
    let mut merged: Vec<Span> = Vec::with_capacity(sorted.len());
    for span in sorted {
        match merged.last_mut() {
            Some(last) if span.start < last.end.max(last.start + 1) => {
                last.end = last.end.max(span.end);
            }
            _ => merged.push(span),
        }
    }
    merged
}

/// The mapping and new key of a rename.
fn renamed_to(change: &Change) -> Option<(&str, &str)> {
    match change {
        Change::Rename { pointer, key, .. } => {
            let parent = pointer.rfind('/').map_or("", |at| &pointer[..at]);
            Some((parent, key.as_str()))
        }
        _ => None,
    }
}

/// The keys that more than one fix would rename a key to, in the same mapping: applied
/// together, the later would silently replace the earlier's value.
fn colliding_renames(diagnostics: &[Diagnostic]) -> Vec<(String, String)> {
    let mut targets: Vec<(&str, &str)> = diagnostics
        .iter()
        .filter_map(|d| d.fix.as_deref())
        .flat_map(|f| f.changes.iter().filter_map(renamed_to))
        .collect();
    targets.sort_unstable();
    let mut colliding: Vec<(String, String)> = targets
        .windows(2)
        .filter(|pair| pair[0] == pair[1])
        .map(|pair| (pair[0].0.to_owned(), pair[0].1.to_owned()))
        .collect();
    colliding.dedup();
    colliding
}

/// Whether the document is JSON (or YAML in flow style, where JSON's scalars are valid too).
fn is_json(text: &str) -> bool {
    text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
        .starts_with(['{', '['])
}

fn edit(text: &str, json: bool, change: &Change) -> Option<Edit> {
    let original = |span: Span| text.get(span.start as usize..span.end as usize);
    match change {
        Change::Replace { span, value, .. } => Some(Edit {
            span: *span,
            replacement: scalar(value, json, original(*span)?),
        }),
        Change::Rename { span, key, .. } => Some(Edit {
            span: *span,
            replacement: scalar(
                &serde_json::Value::String(key.clone()),
                json,
                original(*span)?,
            ),
        }),
        Change::Remove { span, .. } if !json => remove_lines(text, *span),
        Change::Remove { .. } => None,
    }
}

/// A scalar as the document writes it: JSON in JSON; in YAML the writer's form, double-quoted
/// where the original was quoted or where a plain scalar could end a flow collection.
fn scalar(value: &serde_json::Value, json: bool, original: &str) -> String {
    let as_json = || serde_json::to_string(value).unwrap_or_default();
    if json {
        return as_json();
    }
    let written = crate::yaml::scalar_text(value);
    let quoted = original.starts_with(['"', '\'']);
    let plain_string = value.is_string() && !written.starts_with('"');
    if plain_string && (quoted || written.contains([',', '[', ']', '{', '}'])) {
        as_json()
    } else {
        written
    }
}

/// The whole lines of a block mapping's entry, when nothing else stands on them.
fn remove_lines(text: &str, span: Span) -> Option<Edit> {
    let (start, end) = (span.start as usize, span.end as usize);
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |at| at + 1);
    if !text.get(line_start..start)?.trim().is_empty() {
        return None;
    }
    // A nested mapping's span may already end after its last line break.
    let line_end = if text.get(..end)?.ends_with('\n') {
        end
    } else {
        let rest = text.get(end..)?;
        let eol = rest.find('\n').map_or(text.len(), |at| end + at + 1);
        let tail = rest.get(..eol - end)?.trim();
        if !(tail.is_empty() || tail.starts_with('#')) {
            return None;
        }
        eol
    };
    Some(Edit {
        span: Span::new(line_start, line_end),
        replacement: String::new(),
    })
}

/// What `apply` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The text with the edits made.
    pub text: String,
    /// How many fixes were applied.
    pub fixes: usize,
    /// The edits made, in the original text's coordinates, in order.
    pub edits: Vec<Edit>,
}

/// Makes the edits of every fix that `unsafe_fixes` allows. A fix whose edits overlap one taken
/// before it is left for the next round.
#[must_use]
pub fn apply(text: &str, diagnostics: &[Diagnostic], unsafe_fixes: bool) -> Applied {
    apply_where(text, diagnostics, |fix| fix.applies(unsafe_fixes))
}

fn apply_where(text: &str, diagnostics: &[Diagnostic], take: impl Fn(&Fix) -> bool) -> Applied {
    let fixes: Vec<&[Edit]> = diagnostics
        .iter()
        .filter_map(|d| d.fix.as_deref())
        .filter(|f| take(f) && !f.edits.is_empty())
        .map(|f| f.edits.as_slice())
        .collect();
    apply_edits(text, &fixes)
}

/// Whether one fix's edits can be made on `text`: each inside it, on character boundaries, not
/// reversed, and none overlapping another of the same fix (made together, such edits would
/// garble the text).
#[must_use]
pub fn well_formed(text: &str, edits: &[Edit]) -> bool {
    let inside = edits.iter().all(|e| {
        e.span.start <= e.span.end
            && text
                .get(e.span.start as usize..e.span.end as usize)
                .is_some()
    });
    let mut spans: Vec<Span> = edits.iter().map(|e| e.span).collect();
    spans.sort_unstable_by_key(|s| (s.start, s.end));
    inside
        && spans
            .windows(2)
            .all(|pair| pair[0].end <= pair[1].start && pair[0] != pair[1])
}

/// Makes groups of edits (each group one fix), in the order they stand in the text; a group that
/// overlaps one taken before it is skipped whole, and so is one that is not [`well_formed`].
#[must_use]
pub fn apply_edits(text: &str, fixes: &[&[Edit]]) -> Applied {
    let mut fixes: Vec<&[Edit]> = fixes
        .iter()
        .copied()
        .filter(|edits| well_formed(text, edits))
        .collect();
    fixes.sort_by_key(|edits| edits.iter().map(|e| e.span.start).min());
    // The spans taken so far, by start: disjoint, so a new edit can only clash with its
    // neighbours (a file with thousands of fixes stays linear, give or take a logarithm).
    let mut spans: std::collections::BTreeSet<(u32, u32)> = std::collections::BTreeSet::new();
    let clashes = |spans: &std::collections::BTreeSet<(u32, u32)>, e: &Edit| {
        let (start, end) = (e.span.start, e.span.end);
        let before = spans.range(..=(start, end)).next_back();
        let after = spans.range((start, end)..).next();
        before.is_some_and(|&(s, t)| start < t || (s, t) == (start, end))
            || after.is_some_and(|&(s, t)| s < end || (s, t) == (start, end))
    };
    let mut taken: Vec<&Edit> = Vec::new();
    let mut count = 0;
    for edits in fixes {
        if !edits.iter().any(|e| clashes(&spans, e)) {
            for e in edits {
                spans.insert((e.span.start, e.span.end));
            }
            taken.extend(edits);
            count += 1;
        }
    }
    taken.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for edit in &taken {
        let (start, end) = (edit.span.start as usize, edit.span.end as usize);
        out.push_str(text.get(at..start).unwrap_or_default());
        out.push_str(&edit.replacement);
        at = end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    Applied {
        text: out,
        fixes: count,
        edits: taken.into_iter().cloned().collect(),
    }
}

/// [`fix_text`] for a tree without text (a form's state): applies the JSON Patch of every fix
/// `unsafe_fixes` allows, checking again until nothing more is fixed. Returns the fixed document,
/// how many fixes were applied, and the report of what is left.
#[must_use]
pub fn fix_tree(
    document: &serde_json::Value,
    options: &Options,
    unsafe_fixes: bool,
) -> (serde_json::Value, usize, FileReport) {
    let mut current = document.clone();
    let mut fixed = 0;
    for _ in 0..MAX_ROUNDS {
        let report = node_diagnostics(&Node::from_json(&current), options);
        let mut next = current.clone();
        let mut count = 0;
        for fix in report.diagnostics.iter().filter_map(|d| d.fix.as_deref()) {
            let operations: Vec<serde_json::Value> =
                fix.changes.iter().filter_map(Change::patch).collect();
            if fix.applies(unsafe_fixes)
                && !operations.is_empty()
                && apply_patch(&mut next, &operations) > 0
            {
                count += 1;
            }
        }
        if count == 0 || next == current {
            return (current, fixed, report);
        }
        current = next;
        fixed += count;
    }
    let report = node_diagnostics(&Node::from_json(&current), options);
    (current, fixed, report)
}

/// Applies JSON Patch operations of fixes (`replace`, `move`, `remove`: what findings of a tree
/// carry) to a document. An operation whose path is not there, or that is of another kind, is
/// skipped. Returns how many were applied.
pub fn apply_patch(document: &mut serde_json::Value, operations: &[serde_json::Value]) -> usize {
    operations
        .iter()
        .filter(|op| patch_one(document, op).is_some())
        .count()
}

fn patch_one(document: &mut serde_json::Value, op: &serde_json::Value) -> Option<()> {
    let path = op.get("path")?.as_str()?;
    match op.get("op")?.as_str()? {
        "replace" => {
            *document.pointer_mut(path)? = op.get("value")?.clone();
        }
        "remove" => {
            take(document, path)?;
        }
        "move" => {
            let from = op.get("from")?.as_str()?;
            let (parent, key) = split(path)?;
            // The target key must be free: a move never overwrites.
            let target = document.pointer(parent)?.as_object()?;
            if target.contains_key(&key) {
                return None;
            }
            let value = take(document, from)?;
            document
                .pointer_mut(parent)?
                .as_object_mut()?
                .insert(key, value);
        }
        _ => return None,
    }
    Some(())
}

/// A pointer's parent and last token (unescaped).
fn split(pointer: &str) -> Option<(&str, String)> {
    let at = pointer.rfind('/')?;
    let token = pointer[at + 1..].replace("~1", "/").replace("~0", "~");
    Some((&pointer[..at], token))
}

/// Removes and returns the value at `pointer`.
fn take(document: &mut serde_json::Value, pointer: &str) -> Option<serde_json::Value> {
    let (parent, key) = split(pointer)?;
    match document.pointer_mut(parent)? {
        serde_json::Value::Object(map) => map.shift_remove(&key),
        serde_json::Value::Array(items) => {
            let index: usize = key.parse().ok()?;
            (index < items.len()).then(|| items.remove(index))
        }
        _ => None,
    }
}

/// What `fix_text` made of a text.
#[derive(Debug)]
pub struct Fixed {
    /// The fixed text (the input itself when nothing was fixed).
    pub text: String,
    /// How many fixes were applied.
    pub fixed: usize,
    /// The check of the fixed text: what is left.
    pub report: FileReport,
}

/// Checks `text`, applies the fixes `unsafe_fixes` allows, and again until nothing more is fixed;
/// returns the text, how many fixes were applied and the report of what is left.
#[must_use]
pub fn fix_text(text: &str, options: &Options, unsafe_fixes: bool) -> Fixed {
    let take = |fix: &Fix| fix.applies(unsafe_fixes);
    let mut current = text.to_owned();
    let mut fixed = 0;
    for _ in 0..MAX_ROUNDS {
        let report = check_text(&current, options);
        let applied = apply_where(&current, &report.diagnostics, take);
        if applied.fixes == 0 || applied.text == current {
            return Fixed {
                text: current,
                fixed,
                report,
            };
        }
        current = applied.text;
        fixed += applied.fixes;
    }
    let report = check_text(&current, options);
    Fixed {
        text: current,
        fixed,
        report,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn patches_replace_rename_and_remove_and_skip_what_is_not_there() {
        let mut spec = json!({"name": "cpu", "tier": "Dedicated", "max_instance": 4, "id": "x", "tags": {"a": "b"}});
        let applied = apply_patch(
            &mut spec,
            &[
                json!({"op": "replace", "path": "/tier", "value": "dedicated"}),
                json!({"op": "move", "from": "/max_instance", "path": "/max_instances"}),
                json!({"op": "remove", "path": "/id"}),
                json!({"op": "remove", "path": "/nope"}),
                json!({"op": "move", "from": "/tags", "path": "/name"}),
                json!({"op": "add", "path": "/x", "value": 1}),
            ],
        );
        assert_eq!(applied, 3);
        assert_eq!(
            spec,
            json!({"name": "cpu", "tier": "dedicated", "tags": {"a": "b"}, "max_instances": 4})
        );
    }

    #[test]
    fn overlapping_and_outside_edits_are_skipped() {
        let edit = |start: usize, end: usize, text: &str| Edit {
            span: Span::new(start, end),
            replacement: text.to_owned(),
        };
        let (a, b, c) = ([edit(0, 3, "xyz")], [edit(2, 4, "q")], [edit(10, 20, "no")]);
        let applied = apply_edits("abcdef", &[&a, &b, &c]);
        assert_eq!((applied.text.as_str(), applied.fixes), ("xyzdef", 1));
        // Within one fix: overlapping, repeated or reversed edits make no sense together.
        let overlapping = [edit(4, 6, "1"), edit(3, 5, "2")];
        let repeated = [edit(4, 4, "1"), edit(4, 4, "2")];
        let reversed = [Edit {
            span: Span { start: 5, end: 4 },
            replacement: String::new(),
        }];
        for bad in [&overlapping[..], &repeated, &reversed] {
            assert!(!well_formed("abcdef", bad));
            assert_eq!(apply_edits("abcdef", &[bad]).text, "abcdef");
        }
        assert!(well_formed("abcdef", &[edit(0, 1, "x"), edit(1, 2, "y")]));
    }
}
