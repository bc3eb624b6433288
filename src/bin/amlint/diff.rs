//! `--diff`: what `--fix` would change, as a unified diff. The lines are compared as written and
//! shown masked: a fix that changes a secret shows as a changed line of stars, never as the
//! secret, and never as no change at all.

use std::fmt::Write as _;

use amlint::report::{Secrets, masked_text, printable};
use similar::{DiffTag, TextDiff, udiff::UnifiedHunkHeader};

/// The unified diff of `old` into `new` (each with its secrets), under the file name `label`.
pub(crate) fn unified(
    label: &str,
    old: &str,
    old_secrets: &Secrets,
    new: &str,
    new_secrets: &Secrets,
) -> String {
    let diff = TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .diff_lines(old, new);
    // Masking keeps every character in its place (a secret's become `*`), so the masked text
    // cut where the diff cut the text (at `\n`, `\r\n` or a lone `\r`) gives its lines.
    // A value secret in one version is hidden in both: a fix may rename a key into a secret
    // field's name, or out of one.
    let old_masked = masked_text(old, &old_secrets.with_values_of(old, new_secrets));
    let new_masked = masked_text(new, &new_secrets.with_values_of(new, old_secrets));
    let old_lines = cut_like(&old_masked, diff.old_slices());
    let new_lines = cut_like(&new_masked, diff.new_slices());
    let mut out = String::new();
    let groups = diff.grouped_ops(3);
    if groups.is_empty() {
        return out;
    }
    let name = printable(label);
    let _ = writeln!(out, "--- {name}\n+++ {name}");
    for group in groups {
        let _ = writeln!(out, "{}", UnifiedHunkHeader::new(&group));
        for op in &group {
            let (tag, old_range, new_range) = op.as_tag_tuple();
            let (sign, lines, range) = match tag {
                DiffTag::Equal => (' ', &old_lines, old_range),
                DiffTag::Delete => ('-', &old_lines, old_range),
                DiffTag::Insert => ('+', &new_lines, new_range),
                DiffTag::Replace => {
                    line_run(&mut out, '-', &old_lines, old_range);
                    ('+', &new_lines, new_range)
                }
            };
            line_run(&mut out, sign, lines, range);
        }
    }
    out
}

/// `masked` cut into pieces of as many characters as `slices` have.
fn cut_like<'m>(masked: &'m str, slices: &[&str]) -> Vec<&'m str> {
    let mut rest = masked;
    slices
        .iter()
        .map(|slice| {
            let chars = slice.chars().count();
            let end = rest
                .char_indices()
                .nth(chars)
                .map_or(rest.len(), |(at, _)| at);
            let (line, after) = rest.split_at(end);
            rest = after;
            line
        })
        .collect()
}

fn line_run(out: &mut String, sign: char, lines: &[&str], range: std::ops::Range<usize>) {
    for line in lines.get(range).unwrap_or_default() {
        out.push(sign);
        out.push_str(line);
        if !line.ends_with(['\n', '\r']) {
            out.push_str("\n\\ No newline at end of file\n");
        }
    }
}
