//! Where secrets sit in a file, so that no output ever shows them.

use crate::model::is_secret_key;
use crate::span::Span;
use crate::yaml::{Node, Value};

/// Spans of secret values: values under secret-looking keys in the parsed documents, plus a line
/// scan that also covers documents that did not parse, plus PEM private-key blocks anywhere.
pub(crate) fn spans(text: &str, documents: &[Option<Node<'_>>]) -> Vec<Span> {
    let mut out = Vec::new();
    for root in documents.iter().flatten() {
        walk(root, &mut out);
    }
    scan_lines(text, &mut out);
    out.sort_by_key(|s| (s.start, s.end));
    out.dedup();
    out
}

fn walk(node: &Node<'_>, out: &mut Vec<Span>) {
    match &node.value {
        Value::Map(entries) => {
            for entry in entries {
                if entry.key_str().is_some_and(is_secret_key) {
                    out.push(entry.value.span);
                } else {
                    walk(&entry.value, out);
                }
            }
        }
        Value::Seq(items) => items.iter().for_each(|item| walk(item, out)),
        _ => {}
    }
}

fn scan_lines(text: &str, out: &mut Vec<Span>) {
    let mut offset = 0;
    let mut in_pem = false;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let start = offset;
        offset += line.len();
        if body.contains("PRIVATE KEY-----") {
            in_pem = body.contains("-----BEGIN");
            out.push(Span::new(start, start + body.len()));
            continue;
        }
        if in_pem {
            out.push(Span::new(start, start + body.len()));
            continue;
        }
        let trimmed = body.trim_start().trim_start_matches("- ");
        if let Some((key, _)) = trimmed.split_once(':') {
            let key = key.trim().trim_matches(['"', '\'']);
            if is_secret_key(key) {
                if let Some(colon) = body.find(':') {
                    out.push(Span::new(start + colon + 1, start + body.len()));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unparsable_files_still_hide_passwords() {
        let text = "ssh_settings:\n  admin_password: hunter2\n  [broken\n";
        let spans = spans(text, &[]);
        assert!(spans.iter().any(|s| text[s.range()].contains("hunter2")));
    }
}
