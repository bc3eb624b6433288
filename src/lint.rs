//! The pipeline: bytes → text → YAML documents → document rules → shape rules → semantic rules.
//! Pure: no IO, no printing, and every input ends in a report, never a panic.

use std::sync::Arc;

use crate::context::Context;
use crate::diagnostic::Diagnostic;
use crate::kind::Kind;
use crate::outcome::{File, FileReport};
use crate::policy::{Levels, suppress};
use crate::rules::{self, Findings, Scope, document, name, shape};
use crate::secrets;
use crate::span::Span;
use crate::summary::{Claim, DocumentSummary};
use crate::yaml::{self, Entry, Limits, Node, Value};

/// Files above this size are refused: real compute specs are a few kilobytes.
pub const MAX_BYTES: usize = 1024 * 1024;

/// How to check.
#[derive(Debug, Clone)]
pub struct Options {
    /// Larger inputs get `AML005` and are not read.
    pub max_bytes: usize,
    /// Bounds on nesting and alias expansion that keep hostile input cheap.
    pub limits: Limits,
    /// The kind to assume when a spec has no `type` (a web form knows what it edits).
    pub kind: Option<Kind>,
    /// The tree is a form's state ([`check_node`] only): an empty mapping stands for a section
    /// the user has not filled in (form libraries keep one for every optional object), so it is
    /// read as absent, as is a mapping left empty once those are removed.
    pub form_state: bool,
    /// Which rules report, at what severity: resolved from a [`crate::policy::Selection`].
    pub levels: Levels,
    /// What exists beside the spec (earlier specs, the workspace's computes, a region's VM
    /// sizes); the rules that need it stay silent without it.
    pub context: Option<Arc<Context>>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_bytes: MAX_BYTES,
            limits: Limits::default(),
            kind: None,
            form_state: false,
            levels: Levels::default(),
            context: None,
        }
    }
}

/// The report for an input of `len` bytes that is too large to read, if it is; lets a caller
/// refuse a file before reading it.
#[must_use]
pub fn check_size(len: usize, options: &Options) -> Option<FileReport> {
    document::check_size(len, options.max_bytes).map(FileReport::refused)
}

/// Checks raw file contents.
#[must_use]
pub fn check_bytes(bytes: &[u8], options: &Options) -> FileReport {
    if let Some(report) = check_size(bytes.len(), options) {
        return report;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => check_text(text, options),
        Err(error) => {
            // Not text: what it holds is shown as the lossy text, and its secrets hidden there.
            let mut report = FileReport::unreadable(document::not_utf8(error.valid_up_to()));
            report.text_names_compute = names_compute(&String::from_utf8_lossy(bytes));
            report.secrets = secrets::find(
                &String::from_utf8_lossy(bytes),
                &[],
                &[],
                &[],
                known_secrets(options),
            );
            report
        }
    }
}

/// Checks text that holds one (or, wrongly, several) YAML or JSON documents.
#[must_use]
pub fn check_text(text: &str, options: &Options) -> FileReport {
    if let Some(report) = check_size(text.len(), options) {
        return report;
    }
    if let Some(finding) = document::check_binary(text) {
        let mut report = FileReport::unreadable(finding);
        report.text_names_compute = names_compute(text);
        report.secrets = secrets::find(text, &[], &[], &[], known_secrets(options));
        return report;
    }
    let strings = yaml::Strings::new();
    let parsed = yaml::parse(text, &strings, options.limits);
    let mut report = FileReport {
        diagnostics: document::report_issues(&parsed.issues).collect(),
        unreadable: parsed.issues.iter().any(|issue| issue.kind.is_unreadable()),
        text_names_compute: parsed.issues.iter().any(|issue| issue.kind.is_unreadable())
            && names_compute(text),
        ..FileReport::default()
    };
    if parsed.documents.is_empty() {
        report
            .diagnostics
            .push(document::empty(0, Span::new(0, text.len())));
    }
    for (index, root) in parsed.documents.iter().enumerate() {
        if let Some(root) = root {
            let kind = check_document(root, index, options, &mut report.diagnostics);
            report.documents.push(summarise(root, index, kind));
        }
    }
    report.secrets = secrets::find(
        text,
        &parsed.documents,
        &parsed.shadowed,
        &parsed.comments,
        known_secrets(options),
    );
    let starts: Vec<u32> = parsed
        .documents
        .iter()
        .flatten()
        .map(|d| d.span.start)
        .collect();
    report.suppressions = suppress::read(text, &parsed.directives, &starts);
    report.levels = options.levels.clone();
    finish(&mut report);
    // Anchored nodes and block scalars are edited by hand only (`resolve` says why).
    let untouchable = [parsed.anchored.as_slice(), parsed.block_scalars.as_slice()].concat();
    crate::resolve::resolve(
        text,
        &untouchable,
        &parsed.comments,
        &report.secrets,
        report.unreadable,
        &mut report.diagnostics,
    );
    report
}

/// The secrets of what a check compares with (earlier specs, the workspace's computes): a
/// finding that quotes them, or a spec that repeats one, must hide them too.
fn known_secrets(options: &Options) -> &[String] {
    options
        .context
        .as_deref()
        .map_or(&[], crate::context::Context::secrets)
}

/// What the settings leave of a report's findings: rules switched off or set to another severity
/// ([`Levels`]), findings suppressed by comments (moved to `suppressed`), and the findings about
/// the suppressions themselves. Safe to run again when findings are added: the cross-file rules
/// do, so their findings are suppressed and counted like any other.
fn finish(report: &mut FileReport) {
    report
        .diagnostics
        .retain(|d| !suppress::is_about_suppressions(d.rule));
    report.levels.apply(&mut report.diagnostics);
    if !report.suppressions.is_empty() {
        suppress::apply(
            &mut report.suppressions,
            &mut report.diagnostics,
            &mut report.suppressed,
        );
        let mut about = suppress::findings(&report.suppressions, &report.levels);
        report.levels.apply(&mut about);
        report.diagnostics.extend(about);
    }
    secrets::mark(
        crate::diagnostic::arguments(&mut report.diagnostics),
        &report.secrets,
    );
    sort(&mut report.diagnostics);
}

/// The first document of YAML or JSON text as plain data, read as `az ml` reads it (YAML 1.1
/// scalars, merge keys, last-wins duplicate keys); `None` when it cannot be read. `check_text`
/// says why.
#[must_use]
pub fn read_document(text: &str, options: &Options) -> Option<serde_json::Value> {
    if text.len() > options.max_bytes {
        return None;
    }
    let strings = yaml::Strings::new();
    let parsed = yaml::parse(text, &strings, options.limits);
    if parsed.issues.iter().any(|issue| issue.kind.is_fatal()) {
        return None;
    }
    Some(parsed.documents.into_iter().next().flatten()?.to_json())
}

/// Writes plain data as YAML that `az ml` reads back as the same data: block style, strings
/// quoted wherever YAML 1.1 and 1.2 could read them as something else.
#[must_use]
pub fn write_document(value: &serde_json::Value) -> String {
    yaml::emit(value)
}

/// Checks one document given as a tree (a JS object or JSON value, without source text).
#[must_use]
pub fn check_node(root: &Node<'_>, options: &Options) -> FileReport {
    let mut report = node_diagnostics(root, options);
    let kind = report.documents.first().and_then(|d| d.kind);
    report.documents = vec![summarise(root, 0, kind)];
    report
}

/// [`check_node`] without the document summary the cross-file rules use: what a form needs.
/// Its `documents` hold only the kind found.
#[must_use]
pub fn node_diagnostics(root: &Node<'_>, options: &Options) -> FileReport {
    let pruned = options.form_state.then(|| form_spec(root));
    let root = pruned.as_ref().unwrap_or(root);
    let mut diagnostics = Vec::new();
    let kind = check_document(root, 0, options, &mut diagnostics);
    options.levels.apply(&mut diagnostics);
    // What no output may show matters only where there is a finding to show: a clean document (a
    // form filled in correctly, the common case) is not walked for secrets, which was a fifth of
    // the npm package's `validate` (docs/performance.md).
    let secrets = if diagnostics.is_empty() {
        secrets::Secrets::default()
    } else {
        secrets::of_tree(root, kind, known_secrets(options))
    };
    secrets::mark(crate::diagnostic::arguments(&mut diagnostics), &secrets);
    sort(&mut diagnostics);
    FileReport {
        levels: options.levels.clone(),
        diagnostics,
        documents: vec![DocumentSummary {
            document: 0,
            kind,
            name: None,
            location: None,
            schema: Claim::Nothing,
            other_asset_fields: false,
        }],
        secrets,
        ..FileReport::default()
    }
}

/// The rules that look across all files of one run (such as two specs claiming one name), on
/// checked files: their labels name them in messages. Adds the findings to the files they
/// concern, under each file's settings and suppressions.
pub fn check_files(files: &mut [File]) {
    let mut run = CrossFile::default();
    for file in files {
        run.check(file);
    }
}

/// The rules that look across the files of one run, run file by file in the run's order (as a
/// command that prints each file's findings before it reads the next needs them): what is kept of
/// the files already checked is what the rules need (each compute name's first place), not the
/// files. [`check_files`] on a run's files, one at a time.
#[derive(Debug, Default)]
pub struct CrossFile {
    names: name::Names,
}

impl CrossFile {
    /// Checks `file`, the run's next, against the files before it: adds the findings to the
    /// file, under its settings and suppressions.
    pub fn check(&mut self, file: &mut File) {
        let found = self.names.check(&file.label, &file.report.documents);
        if !found.is_empty() {
            file.report.diagnostics.extend(found);
            finish(&mut file.report);
        }
    }
}

/// A form's state as the spec it stands for: mappings left without entries once their own empty
/// mappings are removed are not set. Lists keep their items. What [`Options::form_state`] checks.
#[must_use]
pub fn form_spec<'a>(node: &Node<'a>) -> Node<'a> {
    let value = match &node.value {
        Value::Map(entries) => Value::Map(
            entries
                .iter()
                .map(|entry| Entry {
                    key: entry.key.clone(),
                    value: form_spec(&entry.value),
                })
                .filter(
                    |entry| !matches!(&entry.value.value, Value::Map(inner) if inner.is_empty()),
                )
                .collect(),
        ),
        Value::Seq(items) => Value::Seq(items.iter().map(form_spec).collect()),
        other => other.clone(),
    };
    Node::new(value, node.span)
}

/// Runs every rule on one document; returns its kind, if it has one amlint knows.
fn check_document(
    root: &Node<'_>,
    index: usize,
    options: &Options,
    out: &mut Vec<Diagnostic>,
) -> Option<Kind> {
    let kind = document::kind_of(root, index, options.kind, &mut Findings::new(out))?;
    let kind_assumed = root.get("type").is_none();
    let context = options.context.as_deref();
    let mut ctx = Scope::new(kind, root, index, kind_assumed, context, out);
    document::check_type(&mut ctx);
    shape::check(&mut ctx);
    rules::check_semantics(&mut ctx);
    Some(kind)
}

/// What the cross-file rules and the CLI's file selection need to know of a checked document.
fn summarise(root: &Node<'_>, index: usize, kind: Option<Kind>) -> DocumentSummary {
    let text = |key| root.get(key).and_then(|n| Some((n.as_str()?, n.span)));
    DocumentSummary {
        document: index,
        kind,
        name: kind
            .and(text("name"))
            .map(|(name, span)| (name.to_owned(), span)),
        location: kind
            .and(text("location"))
            .map(|(location, _)| location.to_owned()),
        schema: text("$schema").map_or(Claim::Nothing, |(url, _)| Claim::of(url)),
        other_asset_fields: root.as_map().is_some_and(|entries| {
            entries.iter().filter_map(Entry::key_str).any(|key| {
                crate::summary::OTHER_ASSET_FIELDS.contains(&key)
                    && kind.is_none_or(|kind| !kind.has_field(key))
            })
        }),
    }
}

/// Whether a text that could not be read names a compute kind as its `type` (`type: amlcompute`,
/// `"type": "kubernetes"`) or a compute `$schema`: then it was meant as a compute spec.
fn names_compute(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let typed = lower.match_indices("type").any(|(at, _)| {
        let rest = lower[at + 4..].trim_start_matches(['"', '\'']).trim_start();
        let Some(rest) = rest.strip_prefix(':') else {
            return false;
        };
        let value = rest.trim_start().trim_start_matches(['"', '\'']);
        Kind::ALL.iter().any(|kind| {
            value.starts_with(kind.type_name())
                && !value[kind.type_name().len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
        })
    });
    typed
        || lower
            .split(|c: char| c.is_whitespace() || matches!(c, '"' | '\''))
            .any(|word| word.contains("schema.json") && Claim::of(word) == Claim::Compute)
}

fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| (d.document, d.span.map_or(0, |s| s.start), d.rule.code);
        key(a).cmp(&key(b))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_state_leaves_its_empty_sections_unset() {
        let state = serde_json::json!({
            "name": "cpu-cluster",
            "ssh_settings": {},
            "network_settings": { "subnet": {} },
            "tags": { "team": "vision" },
        });
        let options = Options {
            kind: Some(Kind::AmlCompute),
            ..Options::default()
        };
        let codes = |options: &Options| -> Vec<&str> {
            node_diagnostics(&Node::from_json(&state), options)
                .diagnostics
                .iter()
                .map(Diagnostic::code)
                .collect()
        };
        assert!(codes(&options).contains(&"AML503"));
        let form = Options {
            form_state: true,
            ..options
        };
        assert!(!codes(&form).contains(&"AML503"));
        let spec = form_spec(&Node::from_json(&state)).to_json();
        assert_eq!(
            spec,
            serde_json::json!({ "name": "cpu-cluster", "tags": { "team": "vision" } })
        );
    }
}
