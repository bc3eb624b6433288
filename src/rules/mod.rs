//! The rule registry and the context rules run in. Each file in this folder declares a group of
//! rules in one `declare_rules!` block and one `check` function that reports them; `RULES` joins
//! the groups, in code order, and is what docs, `amlint rules`, the WASM `rules()` and the tests
//! iterate.

pub(crate) mod access;
pub(crate) mod aks;
pub(crate) mod arm_name;
pub(crate) mod azure_policy;
pub(crate) mod deployed;
pub(crate) mod dns;
pub(crate) mod document;
pub(crate) mod image;
pub(crate) mod instance;
pub(crate) mod kubernetes;
pub(crate) mod name;
pub(crate) mod network;
pub(crate) mod region;
pub(crate) mod resource_id;
pub(crate) mod scale;
pub(crate) mod shape;
pub(crate) mod terraform;

use crate::context::{Context, RegionSize};
use crate::diagnostic::Diagnostic;
use crate::fix::{Applicability, Change, Fix};
use crate::kind::Kind;
use crate::messages::Arg;
use crate::rule::Rule;
use crate::span::Span;
use crate::vm_sizes::VmSize;
use crate::yaml::{Node, Value};

/// Every rule amlint has, sorted by code (a test holds the order): the files' groups, joined
/// when the program is built.
pub static RULES: &[&Rule] = &join::<{ count(FILES) }>(FILES);

/// Each file's rules, in code order.
const FILES: &[&[&Rule]] = &[
    document::GROUP,
    shape::GROUP,
    terraform::GROUP,
    name::GROUP,
    scale::GROUP,
    network::GROUP,
    access::GROUP,
    instance::GROUP,
    aks::GROUP,
    resource_id::GROUP,
    kubernetes::GROUP,
    region::GROUP,
    arm_name::GROUP,
    image::GROUP,
    dns::GROUP,
    deployed::GROUP,
    azure_policy::GROUP,
];

const fn count(groups: &[&[&Rule]]) -> usize {
    let mut total = 0;
    let mut at = 0;
    while at < groups.len() {
        total += groups[at].len();
        at += 1;
    }
    total
}

const fn join<const N: usize>(groups: &[&[&'static Rule]]) -> [&'static Rule; N] {
    let mut all = [groups[0][0]; N];
    let (mut group, mut filled) = (0, 0);
    while group < groups.len() {
        let mut at = 0;
        while at < groups[group].len() {
            all[filled] = groups[group][at];
            filled += 1;
            at += 1;
        }
        group += 1;
    }
    all
}

/// Rules whose findings mean the file could not be read as `az ml` reads it (syntax, encoding,
/// size, nesting and alias budgets, a `.bicep` file the Bicep CLI did not build). No setting or
/// suppression switches them off or lowers them: that would turn an unreadable file into a
/// silent pass.
pub static ALWAYS_ON: &[&Rule] = &[
    &document::YAML_SYNTAX_ERROR,
    &document::FILE_TOO_LARGE,
    &document::NOT_TEXT,
    &document::DOCUMENT_TOO_COMPLEX,
    &document::BICEP_NOT_BUILT,
];

/// The groups of rules, by the first digit of their code. Their titles are catalog entries
/// (`group.AML0`), so each language words them.
pub static GROUPS: &[&str] = &[
    "AML0", "AML1", "AML2", "AML3", "AML4", "AML5", "AML6", "AML7", "AML8", "AML9",
];

/// The rule with this code (case-insensitive) or slug.
#[must_use]
pub fn by_code(code: &str) -> Option<&'static Rule> {
    RULES
        .iter()
        .copied()
        .find(|rule| rule.code.eq_ignore_ascii_case(code) || rule.name == code)
}

/// Whether a finding of `rule` may be reported for a document of `kind`: the rule's `kinds` is
/// the single place that decides where it applies. Before the kind is known (`None`), only rules
/// for every kind are.
fn admits(rule: &Rule, kind: Option<Kind>) -> bool {
    match kind {
        Some(kind) => rule.applies_to(kind),
        None => Kind::ALL.iter().all(|kind| rule.applies_to(*kind)),
    }
}

/// Where the findings of a document go before its kind is known: only rules for every kind
/// are admitted.
pub(crate) struct Findings<'a> {
    out: &'a mut Vec<Diagnostic>,
}

impl<'a> Findings<'a> {
    pub(crate) fn new(out: &'a mut Vec<Diagnostic>) -> Self {
        Findings { out }
    }

    pub(crate) fn push(&mut self, diagnostic: Diagnostic) {
        if admits(diagnostic.rule, None) {
            self.out.push(diagnostic);
        }
    }
}

/// What a rule sees of one document of known kind, and where its findings go.
pub(crate) struct Scope<'a> {
    pub(crate) kind: Kind,
    pub(crate) root: &'a Node<'a>,
    pub(crate) document: usize,
    /// The kind came from the caller because the spec has no `type`.
    pub(crate) kind_assumed: bool,
    /// What the caller knows beyond the spec (`--previous`, `--existing`, `--sizes`).
    pub(crate) context: Option<&'a Context>,
    /// What only an IaC input states (`disable_local_auth`, ...; `model::iac`): a mapping by
    /// those names, from ARM templates; `None` for a YAML spec.
    pub(crate) facts: Option<&'a Node<'a>>,
    out: &'a mut Vec<Diagnostic>,
}

/// What is known of a VM size. A region's list, when given, wins over the built-in table.
#[derive(Debug, Clone, Copy)]
pub(crate) enum SizeFacts<'a> {
    /// The region's list holds it.
    Region(&'a RegionSize),
    /// A region's list was given and does not hold it.
    NotInRegion,
    /// No region's list; the built-in table holds it.
    Table(&'static VmSize),
    /// No region's list, and the built-in table does not hold it.
    Unknown,
}

impl<'a> SizeFacts<'a> {
    /// vCPUs and GPUs per node, when known.
    pub(crate) fn cores(self) -> Option<(u32, u32)> {
        match self {
            SizeFacts::Table(vm) => Some((vm.vcpus, vm.gpus)),
            SizeFacts::Region(size) => Some((size.vcpus, size.gpus)),
            SizeFacts::NotInRegion | SizeFacts::Unknown => None,
        }
    }

    /// The size's name as its source spells it.
    pub(crate) fn name(self) -> Option<&'a str> {
        match self {
            SizeFacts::Table(vm) => Some(vm.name),
            SizeFacts::Region(size) => Some(&size.name),
            SizeFacts::NotInRegion | SizeFacts::Unknown => None,
        }
    }
}

impl<'a> Scope<'a> {
    pub(crate) fn new(
        kind: Kind,
        root: &'a Node<'a>,
        document: usize,
        kind_assumed: bool,
        context: Option<&'a Context>,
        out: &'a mut Vec<Diagnostic>,
    ) -> Self {
        Scope {
            kind,
            root,
            document,
            kind_assumed,
            context,
            facts: None,
            out,
        }
    }

    /// The facts an IaC input states beside the spec.
    pub(crate) fn with_facts(mut self, facts: Option<&'a Node<'a>>) -> Self {
        self.facts = facts;
        self
    }

    /// What is known of the VM size `name`.
    /// The region's list covers the kinds `az ml compute list-sizes` lists sizes for (compute
    /// instances and clusters); for others (an AKS cluster's nodes) a size it lacks is looked up
    /// in the built-in table instead of being "not in the region".
    pub(crate) fn vm_size(&self, name: &str) -> SizeFacts<'a> {
        let table = || crate::vm_sizes::lookup(name).map_or(SizeFacts::Unknown, SizeFacts::Table);
        let listed = matches!(self.kind, Kind::ComputeInstance | Kind::AmlCompute);
        match self.context.and_then(Context::sizes) {
            Some(sizes) => match sizes.get(name) {
                Some(size) => SizeFacts::Region(size),
                None if listed => SizeFacts::NotInRegion,
                None => table(),
            },
            None => table(),
        }
    }

    /// A finding of `rule` at `pointer`.
    pub(crate) fn at(
        &self,
        rule: &'static Rule,
        pointer: impl Into<String>,
        span: Span,
    ) -> Diagnostic {
        Diagnostic::new(rule, self.document, pointer.into(), Some(span))
    }

    /// Records a finding, unless its rule does not apply to this kind: a rule's `kinds` is the
    /// single place that decides where it applies.
    pub(crate) fn emit(&mut self, diagnostic: Diagnostic) {
        if admits(diagnostic.rule, Some(self.kind)) {
            self.out.push(diagnostic);
        }
    }

    /// A finding of `rule` about the field at `path`, placed on its key: one path gives both the
    /// pointer and the span.
    pub(crate) fn at_key(&self, rule: &'static Rule, path: &[&str]) -> Diagnostic {
        self.at(rule, pointer(path), self.key_span(path))
    }

    /// A finding of `rule` about the value at `path`, placed on `span`.
    pub(crate) fn at_path(&self, rule: &'static Rule, path: &[&str], span: Span) -> Diagnostic {
        self.at(rule, pointer(path), span)
    }

    /// The value at a path of keys from the root.
    pub(crate) fn get(&self, path: &[&str]) -> Option<&'a Node<'a>> {
        self.root.get_path(path)
    }

    /// An integer at a path, read as `az ml` reads it; `None` when absent or not an integer.
    pub(crate) fn int(&self, path: &[&str]) -> Option<(i64, &'a Node<'a>)> {
        let node = self.get(path)?;
        Some((node.as_int()?, node))
    }

    /// A string at a path; `None` when absent or not a string.
    pub(crate) fn str(&self, path: &[&str]) -> Option<(&'a str, &'a Node<'a>)> {
        let node = self.get(path)?;
        Some((node.as_str()?, node))
    }

    /// A boolean at a path, read as `az ml` reads it.
    pub(crate) fn bool(&self, path: &[&str]) -> Option<bool> {
        self.get(path)?.as_bool()
    }

    /// The span of the key at a path, falling back to the value, then the root.
    pub(crate) fn key_span(&self, path: &[&str]) -> Span {
        let Some((last, parent)) = path.split_last() else {
            return self.root.span;
        };
        self.root
            .get_path(parent)
            .and_then(|p| p.entry(last))
            .map_or(self.root.span, |e| e.key.span)
    }
}

/// A safe fix that writes `value` in place of the value at `pointer`: a spelling `az ml`
/// converts, written canonically.
pub(crate) fn replace(pointer: &str, span: Span, value: impl Into<serde_json::Value>) -> Fix {
    Fix::new(
        Applicability::Safe,
        Change::Replace {
            pointer: pointer.to_owned(),
            span,
            value: value.into(),
        },
    )
}

/// The JSON pointer of a path of keys from the root.
pub(crate) fn pointer(path: &[&str]) -> String {
    path.iter().fold(String::new(), |pointer, key| {
        crate::yaml::pointer_push(&pointer, key)
    })
}

/// What a node is (`a string`, `a list`), in the catalog's words.
pub(crate) fn type_word(node: &Node<'_>) -> Arg {
    Arg::Word(match node.value {
        Value::Null => "type.null",
        Value::Bool(_) => "type.boolean",
        Value::Int(_) | Value::BigInt(_) => "type.integer",
        Value::Float(_) => "type.number",
        Value::Str(_) => "type.string",
        Value::Timestamp(_) => "type.timestamp",
        Value::Seq(_) => "type.list",
        Value::Map(_) => "type.mapping",
        Value::Unknown => "type.unknown",
    })
}

/// A compute kind by its name (`compute cluster`), in the catalog's words.
pub(crate) fn kind_word(kind: Kind) -> Arg {
    Arg::Word(match kind {
        Kind::ComputeInstance => "kind.computeinstance",
        Kind::AmlCompute => "kind.amlcompute",
        Kind::Kubernetes => "kind.kubernetes",
        Kind::VirtualMachine => "kind.virtualmachine",
        Kind::SynapseSpark => "kind.synapsespark",
        Kind::Aks => "kind.aks",
        Kind::HdInsight => "kind.hdinsight",
        Kind::Databricks => "kind.databricks",
        Kind::DataLakeAnalytics => "kind.datalakeanalytics",
    })
}

/// `diagnostic` as its `variant` with a `suggestion`, when one of `candidates` is close to
/// `input` ("did you mean ...?").
pub(crate) fn suggest<'a>(
    diagnostic: Diagnostic,
    variant: &'static str,
    input: &str,
    candidates: impl Iterator<Item = &'a str> + Clone,
) -> Diagnostic {
    match shape::closest(input, candidates) {
        Some(suggestion) => diagnostic
            .variant(variant)
            .arg("suggestion", Arg::code(suggestion)),
        None => diagnostic,
    }
}

/// Whether a value is a template placeholder to be filled in before submission: `<NAME>`, `${NAME}`,
/// `${{ vars.NAME }}`, `$(NAME)` or `{{ name }}`.
pub(crate) fn is_template(text: &str) -> bool {
    let t = crate::text::trim(text);
    (t.starts_with('<') && t.ends_with('>'))
        || t.starts_with("${")
        || t.starts_with("$(")
        || t.starts_with("{{")
}

/// Whether text holds a template placeholder anywhere (`ci-<USER>`).
pub(crate) fn contains_template(text: &str) -> bool {
    if text
        .find('<')
        .zip(text.rfind('>'))
        .is_some_and(|(open, close)| open < close)
    {
        return true;
    }
    // A loop over byte pairs rather than `windows`: this runs on every name and ID, and the
    // size-optimised WASM build would not inline the iterator.
    let bytes = text.as_bytes();
    let mut at = 0;
    while let (Some(first), Some(second)) = (bytes.get(at), bytes.get(at + 1)) {
        if matches!((first, second), (b'{' | b'$', b'{') | (b'$', b'(')) {
            return true;
        }
        at += 1;
    }
    false
}

/// Runs every semantic group on a document whose kind is known and whose shape was checked.
pub(crate) fn check_semantics(ctx: &mut Scope<'_>) {
    for (rules, check) in SEMANTIC_CHECKS {
        // The rules' `kinds` decide where a check runs: a file none of whose rules applies to
        // this kind has nothing to say about it.
        if rules.iter().any(|rule| rule.applies_to(ctx.kind)) {
            check(ctx);
        }
    }
}

/// The files whose checks run once a document's kind is known, with their rules.
type Check = fn(&mut Scope<'_>);
const SEMANTIC_CHECKS: &[(&[&Rule], Check)] = &[
    (name::GROUP, name::check),
    (scale::GROUP, scale::check),
    (network::GROUP, network::check),
    (access::GROUP, access::check),
    (instance::GROUP, instance::check),
    (aks::GROUP, aks::check),
    (resource_id::GROUP, resource_id::check),
    (kubernetes::GROUP, kubernetes::check),
    (region::GROUP, region::check),
    (arm_name::GROUP, arm_name::check),
    (image::GROUP, image::check),
    (dns::GROUP, dns::check),
    (deployed::GROUP, deployed::check),
    (azure_policy::GROUP, azure_policy::check),
    (terraform::GROUP, terraform::check),
];
