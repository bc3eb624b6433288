//! Rules about the file and its YAML, before any field is looked at (AML0xx).

use super::{Findings, Scope, kind_word, suggest, type_word};
use crate::diagnostic::Diagnostic;
use crate::fix::{Applicability, Change, Fix};
use crate::kind::Kind;
use crate::messages::{Arg, Join};
use crate::rule::{Enforcement, declare_rule};
use crate::span::Span;
use crate::yaml::{Issue, IssueKind, Node, Reading, Value};

const ALL: &[Kind] = Kind::ALL;

declare_rule! {
    /// The file is not valid YAML (or JSON), or uses a YAML feature `az ml` cannot load: a tag
    /// without a constructor in PyYAML's safe loader (a plain `=` or `<<` as a value is one: YAML
    /// 1.1 reads them as the `value` and `merge` tags), `!!binary` data that is not base64 of UTF-8
    /// text (az ml reads the bytes as text), a merge key (`<<`) whose value is not a
    /// mapping, a character PyYAML refuses anywhere in a file (control characters such as ESC or
    /// DEL, U+FFFE), or one it reads as a line break where YAML 1.2 readers do not (NEL, U+2028,
    /// U+2029 — pasted text brings them), or a tab outside quotes, block scalars and comments
    /// (YAML 1.2 readers take it as a space; PyYAML stops, even in tab-indented JSON). `az ml`
    /// stops at the first such problem and checks nothing else.
    ///
    /// Sources: reference §15 (PyYAML behaviour observed with azure-ai-ml 1.35.2); PyYAML 6.0.3's
    /// reader (its printable set and line breaks) and resolver, checked by loading each case.
    pub(crate) static YAML_SYNTAX_ERROR = {
        code: "AML001", name: "yaml-syntax-error", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: [4\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\n",
    }
}

declare_rule! {
    /// `az ml` reads exactly one YAML document per file and fails with "expected a single
    /// document in the stream" otherwise. amlint still checks every document, so all problems are
    /// found in one run.
    ///
    /// Sources: reference §15 (observed).
    pub(crate) static MULTIPLE_DOCUMENTS = {
        code: "AML002", name: "multiple-documents", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\n---\nname: gpu-cluster\ntype: amlcompute\n",
        valid: "name: cpu-cluster\ntype: amlcompute\n",
    }
}

declare_rule! {
    /// A key appears twice in one mapping. PyYAML keeps the last value without a word, so the
    /// first one is silently lost — rarely what the author meant.
    ///
    /// Sources: reference §15 (observed: last one wins, silently).
    pub(crate) static DUPLICATE_KEY = {
        code: "AML003", name: "duplicate-key", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\nmax_instances: 8\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 8\n",
        fix: Some(crate::fix::Applicability::Unsafe),
    }
}

declare_rule! {
    /// A plain value that YAML 1.1 and YAML 1.2 read differently. `az ml` uses PyYAML (YAML 1.1),
    /// where `yes`/`no`/`on`/`off` are booleans, `010` is octal 8 and `1_000` is 1000; editors,
    /// yq and JavaScript YAML libraries use YAML 1.2, where those are strings or 10. amlint reads
    /// the value as `az ml` does and asks you to write it unambiguously (`true`, `8`, or quoted).
    ///
    /// Sources: reference §15.
    pub(crate) static YAML_VERSION_AMBIGUITY = {
        code: "AML004", name: "yaml-version-ambiguity", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nssh_public_access_enabled: no\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nssh_public_access_enabled: false\n",
        fix: Some(crate::fix::Applicability::Safe),
    }
}

declare_rule! {
    /// The file is larger than amlint reads (1 MiB). Compute specs are a few kilobytes; a larger
    /// file is almost certainly not one, and refusing it keeps a run fast and bounded.
    ///
    /// Sources: amlint limit (see `docs/cli.md`, "Limits").
    pub(crate) static FILE_TOO_LARGE = {
        code: "AML005", name: "file-too-large", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "",
        valid: "name: cpu-cluster\ntype: amlcompute\n",
    }
}

declare_rule! {
    /// The file is not text: it holds NUL bytes or is not valid UTF-8. `az ml` cannot read it as
    /// YAML.
    ///
    /// Sources: reference §15; YAML 1.1 §5.1 (character set).
    pub(crate) static NOT_TEXT = {
        code: "AML006", name: "not-text", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu\0cluster\ntype: amlcompute\n",
        valid: "name: cpu-cluster\ntype: amlcompute\n",
    }
}

declare_rule! {
    /// The file (or a document in it) is empty or holds only comments, so there is no spec.
    ///
    /// Sources: reference §0 (`Compute._load` needs a mapping with `type`).
    pub(crate) static EMPTY_DOCUMENT = {
        code: "AML007", name: "empty-document", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "# a cluster, one day\n",
        valid: "# a cluster\nname: cpu-cluster\ntype: amlcompute\n",
    }
}

declare_rule! {
    /// The YAML nests deeper than 64 levels, expands to more than 100,000 nodes through aliases
    /// (a "billion laughs" file), or uses an alias inside the node it names. PyYAML expands aliases
    /// without a budget and `az ml` hangs on such files; amlint stops and reports.
    ///
    /// Sources: reference §15 (alias expansion observed), §16.
    pub(crate) static DOCUMENT_TOO_COMPLEX = {
        code: "AML008", name: "document-too-complex", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\ntags: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
        valid: "name: cpu-cluster\ntype: amlcompute\ntags: {team: vision}\n",
    }
}

declare_rule! {
    /// A spec must be a mapping of fields (`name: ...`, `type: ...`), not a list or a single value.
    ///
    /// Sources: reference §0 (marshmallow schemas load mappings).
    pub(crate) static ROOT_NOT_MAPPING = {
        code: "AML009", name: "root-not-mapping", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Schema(&["type"]),
        invalid: "- name: cpu-cluster\n  type: amlcompute\n",
        valid: "name: cpu-cluster\ntype: amlcompute\n",
    }
}

declare_rule! {
    /// Every spec needs `type`, which selects the compute kind; `az ml` fails with
    /// "Unknown compute type: None" without it.
    ///
    /// Sources: reference §0 (observed).
    pub(crate) static MISSING_TYPE = {
        code: "AML010", name: "missing-type", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Schema(&["required"]),
        invalid: "name: cpu-cluster\nmax_instances: 4\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\n",
    }
}

declare_rule! {
    /// `type` names no compute kind. The CLI v2 kinds are `computeinstance`, `amlcompute`,
    /// `kubernetes`, `virtualmachine` and `synapsespark` (case-insensitive); amlint adds `aks`,
    /// `hdinsight`, `databricks` and `datalakeanalytics` for the studio's other computes.
    ///
    /// Sources: reference §0 (`Compute._load`, observed), §4, §7.
    pub(crate) static UNKNOWN_TYPE = {
        code: "AML011", name: "unknown-type", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Schema(&["const"]),
        invalid: "name: cpu-cluster\ntype: amlcluster\n",
        valid: "name: cpu-cluster\ntype: amlcompute\n",
    }
}

declare_rule! {
    /// This kind exists in the studio, REST API and ARM templates, but `az ml` v2 has no type for it
    /// ("Unknown compute type"). Create or attach it from the studio, the REST API or a template;
    /// amlint checks the fields those accept.
    ///
    /// Sources: reference §0, §4, §7.
    pub(crate) static NOT_SUBMITTABLE_WITH_CLI = {
        code: "AML012", name: "not-submittable-with-cli", severity: crate::Severity::Info,
        kinds: &[Kind::Aks, Kind::HdInsight, Kind::Databricks, Kind::DataLakeAnalytics],
        enforcement: Enforcement::Semantic,
        invalid: "name: dla-compute\ntype: datalakeanalytics\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.DataLakeAnalytics/accounts/dla\n",
        valid: "name: vision-k8s\ntype: kubernetes\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc\n",
    }
}

declare_rule! {
    /// `$schema` points at the published schema of another compute kind, so an editor checks the
    /// file against the wrong fields.
    ///
    /// Sources: reference §12 (published schema URLs); service-errors #16.
    pub(crate) static SCHEMA_URL_MISMATCH = {
        code: "AML013", name: "schema-url-mismatch", severity: crate::Severity::Info, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "$schema: https://azuremlschemas.azureedge.net/latest/computeInstance.schema.json\nname: cpu-cluster\ntype: amlcompute\n",
        valid: "$schema: https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json\nname: cpu-cluster\ntype: amlcompute\n",
    }
}

declare_rule! {
    /// A suppression comment (`# amlint: ignore[CODE]` or `ignore-file[CODE]`) names a rule
    /// that reports nothing where the comment applies. Left behind after a fix, it would hide the
    /// next real finding of that rule on that line without anyone noticing. Suppressions of rules
    /// that are switched off by the settings are not reported.
    ///
    /// Sources: amlint's own convention, as ruff's `RUF100` (unused `noqa`); how suppressions work
    /// is in `docs/configuration.md`.
    pub(crate) static UNUSED_SUPPRESSION = {
        code: "AML014", name: "unused-suppression", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmin_instances: 0 # amlint: ignore[AML302]\nmax_instances: 4\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmin_instances: 1 # amlint: ignore[AML302] -- a warm node for demos\nmax_instances: 4\n",
    }
}

declare_rule! {
    /// A suppression comment that cannot work: it names no rule amlint has (a typo such as
    /// `AML320`), names a rule whose findings cannot be suppressed (the file could not be read as
    /// `az ml` reads it: AML001, AML005, AML006, AML008), is a file-wide `ignore-file` after the
    /// first key, or is not in the form `# amlint: ignore[CODE, ...]`.
    ///
    /// Sources: amlint's own convention; how suppressions work is in `docs/configuration.md`.
    pub(crate) static INVALID_SUPPRESSION = {
        code: "AML015", name: "invalid-suppression", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmin_instances: 1 # amlint: ignore[AML320]\nmax_instances: 4\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmin_instances: 1 # amlint: ignore[AML302]\nmax_instances: 4\n",
    }
}

/// The finding for an input of `len` bytes, if that is more than `max`.
pub(crate) fn check_size(len: usize, max: usize) -> Option<Diagnostic> {
    (len > max).then(|| {
        Diagnostic::new(&FILE_TOO_LARGE, 0, String::new(), None)
            .arg("size", len)
            .arg("limit", max)
    })
}

/// The finding for bytes that are not UTF-8, the first bad one at `valid_up_to`.
pub(crate) fn not_utf8(valid_up_to: usize) -> Diagnostic {
    let span = Span::new(valid_up_to, valid_up_to + 1);
    Diagnostic::new(&NOT_TEXT, 0, String::new(), Some(span))
        .variant("AML006.utf8")
        .arg("offset", valid_up_to)
}

/// The finding for text holding a NUL byte, if it does.
pub(crate) fn check_binary(text: &str) -> Option<Diagnostic> {
    let at = text.find('\0')?;
    let span = Span::new(at, at + 1);
    Some(Diagnostic::new(&NOT_TEXT, 0, String::new(), Some(span)).arg("offset", at))
}

pub(crate) fn empty(document: usize, span: Span) -> Diagnostic {
    Diagnostic::new(&EMPTY_DOCUMENT, document, String::new(), Some(span))
}

/// Whether a pointer ends in a key that holds a secret.
fn is_secret_pointer(pointer: &str) -> bool {
    pointer
        .rsplit('/')
        .next()
        .is_some_and(crate::model::is_secret_like_key)
}

/// A code point as Unicode writes it: `001B`.
fn codepoint(c: char) -> Arg {
    Arg::code(format!("{:04X}", u32::from(c)))
}

/// How a YAML version reads a value: a literal as written, text as a phrase.
fn reading(reading: &Reading) -> Arg {
    match reading {
        Reading::Literal(literal) => Arg::code(literal.as_str()),
        Reading::Text(text) => Arg::phrase("reading.text", "value", text.as_str()),
    }
}

/// The value written as `az ml` reads it, so every YAML reader reads the same: the spec means
/// what it meant to `az ml`.
fn as_az_ml_reads(issue: &Issue, text: &str) -> Fix {
    let value = crate::yaml::plain_value(text);
    Fix::new(
        Applicability::Safe,
        Change::Replace {
            pointer: issue.pointer.clone(),
            span: issue.span,
            value,
        },
    )
}

/// Turns what the YAML reader found into diagnostics.
pub(crate) fn report_issues(issues: &[Issue]) -> impl Iterator<Item = Diagnostic> + '_ {
    issues.iter().map(|issue| {
        let at = |rule| {
            Diagnostic::new(
                rule,
                issue.document,
                issue.pointer.clone(),
                Some(issue.span),
            )
        };
        match &issue.kind {
            IssueKind::Syntax(detail) => {
                at(&YAML_SYNTAX_ERROR).arg("detail", Arg::Foreign(detail.clone()))
            }
            IssueKind::UnsupportedTag(tag) => at(&YAML_SYNTAX_ERROR)
                .variant("AML001.tag")
                .arg("tag", Arg::code(tag)),
            IssueKind::Binary => at(&YAML_SYNTAX_ERROR).variant("AML001.binary"),
            IssueKind::BadMerge => at(&YAML_SYNTAX_ERROR).variant("AML001.merge"),
            IssueKind::Tab => at(&YAML_SYNTAX_ERROR).variant("AML001.tab"),
            IssueKind::Character(c) => at(&YAML_SYNTAX_ERROR)
                .variant("AML001.char")
                .arg("codepoint", codepoint(*c)),
            IssueKind::LineBreak(c) => at(&YAML_SYNTAX_ERROR)
                .variant("AML001.linebreak")
                .arg("codepoint", codepoint(*c)),
            IssueKind::UnloadablePlain { text, tag } => at(&YAML_SYNTAX_ERROR)
                .variant("AML001.plain")
                .arg("text", text)
                .arg("tag", Arg::code(*tag)),
            IssueKind::ExtraDocument => at(&MULTIPLE_DOCUMENTS).arg("index", issue.document + 1),
            // The earlier entry's value is ignored: removing it changes nothing az ml reads, but
            // the author may have meant that one.
            IssueKind::DuplicateKey { key, earlier } => {
                at(&DUPLICATE_KEY).arg("key", key).with_fix(Fix::new(
                    Applicability::Unsafe,
                    Change::Remove {
                        pointer: None,
                        span: *earlier,
                    },
                ))
            }
            // Never quote a secret, even a weak one such as `on`.
            IssueKind::Ambiguous { text, .. } if is_secret_pointer(&issue.pointer) => {
                at(&YAML_VERSION_AMBIGUITY)
                    .variant("AML004.secret")
                    .with_fix(as_az_ml_reads(issue, text))
            }
            IssueKind::Ambiguous {
                text,
                yaml11,
                yaml12,
            } => at(&YAML_VERSION_AMBIGUITY)
                .arg("text", text)
                .arg("yaml11", reading(yaml11))
                .arg("yaml12", reading(yaml12))
                .with_fix(as_az_ml_reads(issue, text)),
            IssueKind::TooDeep(limit) => at(&DOCUMENT_TOO_COMPLEX).arg("limit", *limit),
            IssueKind::TooManyNodes(limit) => at(&DOCUMENT_TOO_COMPLEX)
                .variant("AML008.nodes")
                .arg("limit", *limit),
            IssueKind::RecursiveAlias => at(&DOCUMENT_TOO_COMPLEX).variant("AML008.recursive"),
        }
    })
}

/// Works out a readable document's kind: from `type`, or the kind assumed by the caller when
/// there is none. Reports why there is none. Runs before any kind is known, so `findings` admits
/// only rules for every kind.
pub(crate) fn kind_of(
    root: &Node<'_>,
    document: usize,
    assumed: Option<Kind>,
    findings: &mut Findings<'_>,
) -> Option<Kind> {
    let finding =
        |rule, pointer: &str, span| Diagnostic::new(rule, document, pointer.to_owned(), Some(span));
    match &root.value {
        Value::Null => {
            findings.push(empty(document, root.span));
            return None;
        }
        Value::Map(_) => {}
        _ => {
            findings.push(finding(&ROOT_NOT_MAPPING, "", root.span).arg("actual", type_word(root)));
            return None;
        }
    }
    let Some(entry) = root.entry("type") else {
        if assumed.is_none() {
            let start = Span::new(root.span.start as usize, root.span.start as usize);
            findings.push(finding(&MISSING_TYPE, "", start));
        }
        return assumed;
    };
    let Some(text) = entry.value.as_str() else {
        findings.push(
            finding(&MISSING_TYPE, "/type", entry.value.span)
                .variant("AML010.not_string")
                .arg("actual", type_word(&entry.value)),
        );
        return None;
    };
    let kind = Kind::from_type(text);
    if kind.is_none() {
        // Collected, so the list and the suggestion share the code every other enum uses.
        let allowed: Vec<&str> = Kind::ALL.iter().map(|k| k.type_name()).collect();
        let diagnostic = finding(&UNKNOWN_TYPE, "/type", entry.value.span)
            .arg("value", text)
            .arg("allowed", Arg::codes(allowed.iter().copied(), Join::Comma));
        findings.push(suggest(
            diagnostic,
            "AML011.suggest",
            text,
            allowed.iter().copied(),
        ));
    }
    kind
}

/// The rules about `type` and `$schema` that need the kind: a non-canonical spelling, a kind
/// `az ml` cannot submit, a `$schema` of another kind.
pub(crate) fn check_type(ctx: &mut Scope<'_>) {
    if let Some((text, node)) = ctx.str(&["type"]) {
        let canonical = ctx.kind.type_name();
        if text != canonical {
            let diagnostic = ctx
                .at(&super::shape::NON_CANONICAL_VALUE, "/type", node.span)
                .arg("field", Arg::code("type"))
                .arg("value", text)
                .arg("canonical", Arg::code(canonical))
                .with_fix(super::replace("/type", node.span, canonical));
            ctx.emit(diagnostic);
        }
        // Its kinds are the ones az ml has no type for.
        let diagnostic = ctx
            .at(&NOT_SUBMITTABLE_WITH_CLI, "/type", node.span)
            .arg("kind", kind_word(ctx.kind));
        ctx.emit(diagnostic);
    }
    let Some((url, node)) = ctx.str(&["$schema"]) else {
        return;
    };
    let named = Kind::ALL.iter().copied().find(|k| {
        k.azure_schema_file().is_some_and(|file| {
            url.len()
                .checked_sub(file.len())
                .and_then(|start| url.get(start..))
                .is_some_and(|end| crate::text::eq_ignoring_case(end, file))
        })
    });
    if let Some(other) = named.filter(|other| *other != ctx.kind) {
        let diagnostic = ctx
            .at(&SCHEMA_URL_MISMATCH, "/$schema", node.span)
            .arg("schema_kind", Arg::code(other.type_name()))
            .arg("kind", Arg::code(ctx.kind.type_name()));
        ctx.emit(diagnostic);
    }
}
