//! Applying fixes: the one place a spec's text is changed. `apply` makes the edits of the fixes
//! a run asks for (the pipeline resolved them against the text, `resolve.rs`); `fix_text` checks
//! and applies until nothing more is fixed, and says what is left; `apply_patch` and `fix_tree`
//! do the same for a form's state. A driver above the pipeline.

use crate::diagnostic::Diagnostic;
use crate::fix::{Change, Edit, Fix};
use crate::lint::{Options, check_text, node_diagnostics};
use crate::outcome::FileReport;
use crate::span::Span;
use crate::yaml::Node;

/// How many times `fix_text` checks and applies at most: a fix may make another possible (a
/// renamed key whose value is then written canonically); more rounds than this would mean fixes
/// that undo each other.
const MAX_ROUNDS: usize = 8;

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
    fix_checked(text, unsafe_fixes, |current| check_text(current, options))
}

/// [`fix_text`] for a text read as `form` says (an ARM template is checked as one again, with its
/// parameter file's text, after every round).
#[must_use]
pub fn fix_text_as(
    text: &str,
    form: crate::lint::InputForm,
    parameters: Option<&str>,
    options: &Options,
    unsafe_fixes: bool,
) -> Fixed {
    fix_checked(text, unsafe_fixes, |current| {
        crate::lint::check_bytes_as(current.as_bytes(), form, parameters, options)
    })
}

/// [`fix_text`] for a Terraform file, checked again as one, with its module, after every round.
#[must_use]
pub fn fix_terraform_text(
    text: &str,
    module: &crate::lint::TerraformModule,
    options: &Options,
    unsafe_fixes: bool,
) -> Fixed {
    fix_checked(text, unsafe_fixes, |current| {
        crate::lint::check_terraform_text(current, module, options)
    })
}

fn fix_checked(text: &str, unsafe_fixes: bool, check: impl Fn(&str) -> FileReport) -> Fixed {
    let take = |fix: &Fix| fix.applies(unsafe_fixes);
    let mut current = text.to_owned();
    let mut fixed = 0;
    for _ in 0..MAX_ROUNDS {
        let report = check(&current);
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
    let report = check(&current);
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
