//! Fixes resolved against the text: each finding's changes become edits in the file's own
//! syntax (JSON in a JSON document; in YAML, what YAML 1.1 and 1.2 read alike, quoted where the
//! original was), or the fix is dropped where it cannot be made cleanly. A step of the pipeline,
//! below it: `apply.rs`, which makes the edits, is the driver above it.

use crate::diagnostic::Diagnostic;
use crate::fix::{Change, Edit};
use crate::secrets::Secrets;
use crate::span::Span;

/// Resolves every fix's changes against the text. A fix is dropped where it cannot be made
/// without changing more than it says: a removal inside a flow mapping or a JSON document, an
/// edit of a node that carries an anchor (`anchored`: every alias of it would change too, or lose
/// the anchor it needs), renames of two keys to the same key, and every fix of a file `az ml`
/// cannot read. A fix that touches or writes a secret is never safe: a person must look, and no
/// output shows it.
pub(crate) fn resolve(
    text: &str,
    untouchable: &[Span],
    comments: &[Span],
    secrets: &Secrets,
    unreadable: bool,
    diagnostics: &mut [Diagnostic],
) {
    let json = is_json(text);
    let colliding = colliding_renames(diagnostics);
    let untouchable = disjoint(untouchable);
    for diagnostic in diagnostics.iter_mut() {
        let Some(fix) = diagnostic.fix.as_mut() else {
            continue;
        };
        let edits: Option<Vec<Edit>> = fix
            .changes
            .iter()
            .map(|c| edit(text, json, comments, c))
            .collect();
        let renames_onto_another = fix.changes.iter().any(|c| {
            renamed_to(c)
                .is_some_and(|(parent, key)| colliding.iter().any(|(p, k)| p == parent && k == key))
        });
        match edits {
            Some(edits)
                if !unreadable
                    && !renames_onto_another
                    && !edits.iter().any(|e| touches(&untouchable, e.span)) =>
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

fn edit(text: &str, json: bool, comments: &[Span], change: &Change) -> Option<Edit> {
    let original = |span: Span| {
        text.get(span.start as usize..span.end as usize)
            // A block scalar (`|`, `>`) runs on over its line breaks: written over as a plain
            // scalar it would swallow the next line. Not fixed.
            .filter(|written| !is_block_scalar(written))
    };
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
        Change::Remove { span, .. } if !json => remove_lines(text, comments, *span),
        Change::Remove { .. } => None,
    }
}

/// Whether a value as written is a block scalar, after any tag.
fn is_block_scalar(written: &str) -> bool {
    let mut rest = written.trim_start();
    while rest.starts_with('!') {
        rest = rest
            .split_once(char::is_whitespace)
            .map_or("", |(_, after)| after.trim_start());
    }
    rest.starts_with(['|', '>'])
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
fn remove_lines(text: &str, comments: &[Span], span: Span) -> Option<Edit> {
    let (start, end) = (span.start as usize, span.end as usize);
    // Back over the indentation only: an entry after other text on its line (in a flow
    // mapping, say) is not removed by lines, and is told so without a search of the line.
    let before = text.get(..start)?;
    let line_start = before.trim_end_matches([' ', '\t']).len();
    if line_start > 0 && !before.get(..line_start)?.ends_with('\n') {
        return None;
    }
    let indent = text.get(line_start..start)?;
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
    // The comments on those lines stay, each on a line of its own at the entry's indentation.
    let first = comments.partition_point(|c| (c.start as usize) < line_start);
    let mut replacement = String::new();
    for comment in comments.get(first..).unwrap_or_default() {
        if comment.start as usize >= line_end {
            break;
        }
        replacement.push_str(indent);
        replacement.push_str(text.get(comment.range())?);
        replacement.push('\n');
    }
    Some(Edit {
        span: Span::new(line_start, line_end),
        replacement,
    })
}
