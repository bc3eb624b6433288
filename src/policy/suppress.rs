//! Inline suppressions: `# amlint: ignore[AML301]` on a finding's line (or alone on the line
//! above it), `# amlint: ignore-file[AML301]` before the first key. Several codes or rule names
//! are separated by commas; a reason may follow `--`. A suppression that suppresses nothing is
//! reported (AML014), and so is one that cannot work (AML015): an unknown code, a rule whose
//! findings cannot be suppressed, a file-wide one after the first key, or a directive amlint
//! cannot read.

use super::Levels;
use crate::diagnostic::Diagnostic;
use crate::messages::Arg;
use crate::rule::Rule;
use crate::rules::document::{INVALID_SUPPRESSION, UNUSED_SUPPRESSION};
use crate::rules::{ALWAYS_ON, by_code, shape::closest};
use crate::source::line_end;
use crate::span::Span;

/// Where a suppression applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Findings that start on this line (its bytes, with its line break).
    Line(Span),
    /// Every finding of the file.
    File,
}

/// One rule named in a suppression.
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    /// What the comment says (a code or a rule name), where.
    pub text: String,
    /// Where the comment names it.
    pub span: Span,
    /// The rule it names, if any.
    pub rule: Option<&'static Rule>,
    /// Whether it suppressed a finding.
    pub used: bool,
}

/// A `# amlint: ...` comment as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Suppression {
    /// The whole comment, from `#` to the end of the line.
    pub span: Span,
    /// `None` when the comment is not a directive amlint can read.
    pub scope: Option<Scope>,
    /// The rules it names, in order.
    pub rules: Vec<Named>,
    /// The document the comment stands in.
    pub document: usize,
    /// A file-wide suppression after the first key of the file: it has no effect.
    pub late: bool,
}

/// The suppressions of a text, from the comments the reader found (`directives`) and where the
/// documents start (their root spans).
pub(crate) fn read(text: &str, directives: &[Span], document_starts: &[u32]) -> Vec<Suppression> {
    if directives.is_empty() {
        return Vec::new();
    }
    let first_key = document_starts.first().copied().unwrap_or(u32::MAX);
    directives
        .iter()
        .filter_map(|span| {
            let comment = text.get(span.start as usize..span.end as usize)?;
            // `# amlint: ...` in YAML, `// amlint: ...` in a template (JSON with comments).
            let body = comment
                .strip_prefix("//")
                .unwrap_or_else(|| comment.trim_start_matches('#'))
                .trim_start();
            let rest = body.strip_prefix("amlint:")?;
            let document = document_starts
                .iter()
                .filter(|&&start| start <= span.start)
                .count()
                .saturating_sub(1);
            let at = span.start as usize + (comment.len() - rest.len());
            let mut found = parse(rest, at);
            found.span = *span;
            found.document = document;
            match found.scope {
                Some(Scope::File) => found.late = span.start > first_key,
                Some(Scope::Line(_)) => {
                    let at = span.start as usize;
                    let line_start = text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
                    let next = at + line_end(&text[at..]);
                    // Alone on its line, it speaks of the next line.
                    let target = if text[line_start..at].trim().is_empty() {
                        Span::new(next, next + line_end(&text[next..]))
                    } else {
                        Span::new(line_start, next)
                    };
                    found.scope = Some(Scope::Line(target));
                }
                None => {}
            }
            Some(found)
        })
        .collect()
}

/// A directive's text after `amlint:`, which starts at byte `at` of the file.
fn parse(rest: &str, at: usize) -> Suppression {
    let unreadable = Suppression {
        span: Span::default(),
        scope: None,
        rules: Vec::new(),
        document: 0,
        late: false,
    };
    let directive = rest.split(" --").next().unwrap_or_default();
    let trimmed = directive.trim_start();
    let (scope, list) = if let Some(list) = trimmed.strip_prefix("ignore-file") {
        (Scope::File, list)
    } else if let Some(list) = trimmed.strip_prefix("ignore") {
        (Scope::Line(Span::default()), list)
    } else {
        return unreadable;
    };
    let Some(inner) = list
        .trim_start()
        .strip_prefix('[')
        .and_then(|l| l.trim_end().strip_suffix(']'))
    else {
        return unreadable;
    };
    let mut rules = Vec::new();
    for part in inner.split(',') {
        let name = part.trim();
        if name.is_empty() {
            continue;
        }
        let start = at + offset_in(rest, name);
        rules.push(Named {
            text: name.to_owned(),
            span: Span::new(start, start + name.len()),
            rule: by_code(name),
            used: false,
        });
    }
    if rules.is_empty() {
        return unreadable;
    }
    Suppression {
        scope: Some(scope),
        rules,
        ..unreadable
    }
}

/// Whether findings of `rule` are about suppressions (made by [`findings`], not by a rule).
pub(crate) fn is_about_suppressions(rule: &Rule) -> bool {
    std::ptr::eq(rule, &UNUSED_SUPPRESSION) || std::ptr::eq(rule, &INVALID_SUPPRESSION)
}

/// Where `part`, a slice of `whole`, starts in it.
fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

/// Removes the findings a suppression covers, into `suppressed`, and marks what each
/// suppression used. Findings of [`ALWAYS_ON`] rules stay.
pub(crate) fn apply(
    suppressions: &mut [Suppression],
    diagnostics: &mut Vec<Diagnostic>,
    suppressed: &mut Vec<Diagnostic>,
) {
    if suppressions.is_empty() {
        return;
    }
    let mut kept = Vec::with_capacity(diagnostics.len());
    for d in diagnostics.drain(..) {
        let mut hit = false;
        if !ALWAYS_ON.iter().any(|r| std::ptr::eq(*r, d.rule)) {
            for s in suppressions.iter_mut() {
                let covers = match s.scope {
                    Some(Scope::File) => !s.late,
                    Some(Scope::Line(line)) => d
                        .span
                        .is_some_and(|at| line.start <= at.start && at.start < line.end),
                    None => false,
                };
                if !covers {
                    continue;
                }
                for named in &mut s.rules {
                    if named.rule.is_some_and(|r| std::ptr::eq(r, d.rule)) {
                        named.used = true;
                        hit = true;
                    }
                }
            }
        }
        if hit {
            suppressed.push(d);
        } else {
            kept.push(d);
        }
    }
    *diagnostics = kept;
}

/// The findings about the suppressions themselves: unused ones (of rules that are on) and ones
/// that cannot work.
pub(crate) fn findings(suppressions: &[Suppression], levels: &Levels) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let at = |rule, s: &Suppression, span: Span| {
        Diagnostic::new(rule, s.document, String::new(), Some(span))
    };
    for s in suppressions {
        if s.scope.is_none() {
            out.push(at(&INVALID_SUPPRESSION, s, s.span).variant("AML015.unreadable"));
            continue;
        }
        if s.late {
            out.push(at(&INVALID_SUPPRESSION, s, s.span).variant("AML015.late"));
            continue;
        }
        for named in &s.rules {
            let finding = match named.rule {
                None => {
                    let candidates = crate::rules::RULES.iter().flat_map(|r| [r.code, r.name]);
                    let base =
                        at(&INVALID_SUPPRESSION, s, named.span).arg("rule", Arg::code(&named.text));
                    match closest(&named.text, candidates) {
                        Some(near) => base
                            .variant("AML015.suggest")
                            .arg("suggestion", Arg::code(near)),
                        None => base,
                    }
                }
                Some(rule) if ALWAYS_ON.iter().any(|r| std::ptr::eq(*r, rule)) => {
                    at(&INVALID_SUPPRESSION, s, named.span)
                        .variant("AML015.always_on")
                        .arg("rule", Arg::code(rule.code))
                }
                Some(rule) if !named.used && levels.of(rule).is_some() => {
                    at(&UNUSED_SUPPRESSION, s, named.span).arg("rule", Arg::code(rule.code))
                }
                Some(_) => continue,
            };
            out.push(finding);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_one(text: &str) -> Suppression {
        let start = text.find('#').unwrap();
        let end = start
            + crate::source::without_break(&text[start..])
                .find('\n')
                .unwrap_or(crate::source::without_break(&text[start..]).len());
        let key = text.find("name").map_or(0, |k| k as u32);
        read(text, &[Span::new(start, end)], &[key]).remove(0)
    }

    #[test]
    fn a_trailing_suppression_covers_its_line_one_alone_the_next() {
        let trailing =
            read_one("name: x\nmin_instances: 9 # amlint: ignore[AML301, AML302] -- why\n");
        assert_eq!(trailing.scope, Some(Scope::Line(Span::new(8, 65))));
        let codes: Vec<&str> = trailing.rules.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(codes, ["AML301", "AML302"]);
        let alone =
            read_one("name: x\n  # amlint: ignore[min-instances-not-zero]\nmin_instances: 9\n");
        assert_eq!(alone.scope, Some(Scope::Line(Span::new(51, 68))));
        assert_eq!(alone.rules[0].rule.map(|r| r.code), Some("AML302"));
    }

    #[test]
    fn file_wide_suppressions_must_come_before_the_first_key() {
        let early = read_one("# amlint: ignore-file[AML302]\nname: x\n");
        assert_eq!((early.scope, early.late), (Some(Scope::File), false));
        let late = read_one("name: x # amlint: ignore-file[AML302]\n");
        assert!(late.late);
    }

    #[test]
    fn what_cannot_be_read_is_kept_to_be_reported() {
        assert_eq!(read_one("name: x # amlint: ignore AML302\n").scope, None);
        assert_eq!(read_one("name: x # amlint: ignore[]\n").scope, None);
        assert_eq!(read_one("name: x # amlint: silence[AML302]\n").scope, None);
        let spans = read_one("name: x # amlint: ignore[ AML302 ]\n");
        let text = "name: x # amlint: ignore[ AML302 ]\n";
        let span = spans.rules[0].span;
        assert_eq!(&text[span.start as usize..span.end as usize], "AML302");
    }
}
