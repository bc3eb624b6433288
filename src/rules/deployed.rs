//! Rules that compare a spec with what exists (AML9xx): the compute it updates (an earlier spec,
//! or the workspace's compute of the same name), names the workspace has taken, and the VM sizes
//! of a region. They report only when the caller gives that context (`--previous`, `--existing`,
//! `--sizes`; the npm `validate` options of the same names).
//!
//! A field is compared where the earlier state says something and `az ml` would send a value: a
//! field the earlier state does not hold is unknown, never "changed" (`az ml compute list` leaves
//! many out). A field the spec leaves out is compared as azure-ai-ml sends it (`Field::sent`: a
//! cluster without `size` is sent as `STANDARD_DS3_V2`, without `enable_node_public_ip` as `true`);
//! where the client sends nothing and the service decides, it stays unknown.

use super::grammar::region_name;
use super::{Scope, SizeFacts, kind_word};
use crate::context::ContextFile::{Existing, Previous, Sizes};
use crate::context::{Deployed, Source};
use crate::kind::{Kind, Submission};
use crate::messages::Arg;
use crate::model::{self, Field, Mutability, Ty};
use crate::rule::{Enforcement, declare_rule};
use crate::span::Span;
use crate::yaml::{Node, Value};

const ALL: &[Kind] = Kind::ALL;
const CLI_KINDS: &[Kind] = &[
    Kind::ComputeInstance,
    Kind::AmlCompute,
    Kind::Kubernetes,
    Kind::VirtualMachine,
    Kind::SynapseSpark,
];
const LISTED: &[Kind] = &[Kind::ComputeInstance, Kind::AmlCompute];

declare_rule! {
    /// The spec changes a field that cannot change once the compute exists: a compute
    /// instance's size, SSH access, virtual network, public IP setting or assigned user; a
    /// cluster's region, SSH access, virtual network, public IP setting, or its virtual machine
    /// type (a CPU size for a GPU size or back: "This type can't be changed after creation");
    /// an AKS cluster's size or region; the `type` of any compute. Azure refuses the update, or
    /// `az ml` sends it and the compute keeps its old setting. Create a new compute under
    /// another name instead.
    ///
    /// amlint knows the earlier state from `--previous` (an earlier spec; `amlint diff`) or
    /// `--existing` (`az ml compute list -o json`). A field the earlier state does not hold is
    /// unknown, not changed; a field the spec leaves out counts as what azure-ai-ml sends in its
    /// place (a cluster's or instance's `size` as `STANDARD_DS3_V2`, `enable_node_public_ip` as
    /// `true`); a message about a change never shows a secret value.
    ///
    /// Sources: reference §2 (mutability: size, SSH, network, create_on_behalf_of, local auth),
    /// §3 (mutability: location, virtual machine type, SSH access), §4 (VM size), §14 item 10.
    pub(crate) static IMMUTABLE_FIELD_CHANGED = {
        code: "AML901", name: "immutable-field-changed", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-alice\ntype: computeinstance\nsize: Standard_DS11_v2\n",
        valid: "name: ci-alice\ntype: computeinstance\nsize: Standard_DS3_v2\n",
        context: &[(Previous, "name: ci-alice\ntype: computeinstance\nsize: Standard_DS3_v2\n")],
    }
}

declare_rule! {
    /// The spec changes a field that `az ml compute update` cannot change: it updates only
    /// `tags`, `min_instances`, `max_instances`, `idle_time_before_scale_down` and the identity,
    /// and only of compute instances, clusters, Kubernetes computes and Synapse Spark pools.
    /// Other changes need the whole spec submitted again (`az ml compute create` replaces the
    /// compute's settings), a command of their own (`az ml compute enable-sso`), the studio, or,
    /// for an attached compute, detaching and attaching it again. A warning: the change may be
    /// meant, but not with the command most pipelines run.
    ///
    /// Sources: reference §0 (Update; REST create is a full PUT), §2 (idle shutdown, schedules,
    /// SSO), §3.
    pub(crate) static CHANGE_NOT_UPDATABLE = {
        code: "AML902", name: "change-not-updatable", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\ntier: low_priority\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 8\ntier: dedicated\n",
        context: &[(Previous, "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\ntier: dedicated\n")],
    }
}

declare_rule! {
    /// The workspace already has a compute of this name and kind, so `az ml compute create`
    /// updates it rather than creating a new one (the REST create is a full PUT that "will
    /// overwrite a compute if it exists"). amlint then checks the spec as an update of it
    /// (AML901, AML902). If a new compute was meant, choose another name.
    ///
    /// amlint knows the workspace's computes from `--existing`, the output of
    /// `az ml compute list -o json`. The studio wants a name unique across the computes of a
    /// **region**, which one workspace's list cannot show.
    ///
    /// Sources: reference §0 (REST create overwrites), §1 (uniqueness).
    pub(crate) static UPDATES_EXISTING_COMPUTE = {
        code: "AML903", name: "updates-existing-compute", severity: crate::Severity::Info, kinds: CLI_KINDS,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\n",
        valid: "name: gpu-cluster\ntype: amlcompute\nmax_instances: 4\n",
        context: &[(Existing, r#"[{"name": "cpu-cluster", "type": "amlcompute", "max_instances": 2}]"#)],
    }
}

declare_rule! {
    /// The name is taken: the workspace has a compute of this name of another kind, so the
    /// create fails (names are unique in a workspace, and `az ml compute create` cannot turn one
    /// kind into another). For an AKS inference cluster and the studio's other computes any
    /// compute of the name counts: creating an AKS cluster is not idempotent ("already
    /// exists"). `az ml compute list` shows the studio's computes as `*** Unsupported Compute
    /// Type ***`; they take their names all the same.
    ///
    /// amlint knows the workspace's computes from `--existing`. The studio wants a name unique
    /// across a **region**, which one workspace's list cannot show; two specs of one run that
    /// share a name are AML208.
    ///
    /// Sources: reference §0 (AKS create not idempotent), §1 (uniqueness), §7 (UnsupportedCompute).
    pub(crate) static NAME_TAKEN = {
        code: "AML904", name: "name-taken", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: computeinstance\n",
        valid: "name: ci-alice\ntype: computeinstance\nidle_time_before_shutdown_minutes: 60\n",
        context: &[(Existing, r#"[{"name": "cpu-cluster", "type": "amlcompute"}]"#)],
    }
}

declare_rule! {
    /// The region's list of VM sizes (`--sizes`, the output of
    /// `az ml compute list-sizes --location REGION -o json`) does not hold this size: the region
    /// does not offer it to Azure ML, or the name is misspelt. With such a list amlint takes
    /// vCPU and GPU counts from it instead of its built-in table.
    ///
    /// Sources: reference §2 (size: region-dependent list), §10 (authoritative per-region data).
    pub(crate) static SIZE_NOT_IN_REGION = {
        code: "AML905", name: "size-not-in-region", severity: crate::Severity::Error, kinds: LISTED,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-alice\ntype: computeinstance\nsize: Standard_NC24ads_A100_v4\nidle_time_before_shutdown_minutes: 60\n",
        valid: "name: ci-alice\ntype: computeinstance\nsize: Standard_DS3_v2\nidle_time_before_shutdown_minutes: 60\n",
        context: &[(Sizes, SIZES_EXAMPLE)],
    }
}

declare_rule! {
    /// The region offers this size, but not for this kind of compute: its
    /// `supported_compute_types` in `az ml compute list-sizes` does not name it (`AmlCompute`,
    /// `ComputeInstance`).
    ///
    /// Sources: reference §2 (size must list `ComputeInstance` in `supportedComputeTypes`), §10.
    pub(crate) static SIZE_NOT_FOR_KIND = {
        code: "AML906", name: "size-not-for-kind", severity: crate::Severity::Error, kinds: LISTED,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-alice\ntype: computeinstance\nsize: Standard_ND96asr_v4\nidle_time_before_shutdown_minutes: 60\n",
        valid: "name: ci-alice\ntype: computeinstance\nsize: Standard_NC6s_v3\nidle_time_before_shutdown_minutes: 60\n",
        context: &[(Sizes, SIZES_EXAMPLE)],
    }
}

declare_rule! {
    /// `tier: low_priority` with a size the region offers without low-priority capacity
    /// (`low_priority_capable: false` in `az ml compute list-sizes`): the cluster could never
    /// get a node. Without a region's list, AML307 checks the same against the built-in table.
    ///
    /// Sources: reference §3 (tier: low priority needs `lowPriorityCapable`), §10.
    pub(crate) static LOW_PRIORITY_NOT_IN_REGION = {
        code: "AML907", name: "low-priority-not-in-region", severity: crate::Severity::Error, kinds: &[Kind::AmlCompute],
        enforcement: Enforcement::Semantic,
        invalid: "name: gpu-cluster\ntype: amlcompute\ntier: low_priority\nsize: Standard_ND96asr_v4\nmax_instances: 2\n",
        valid: "name: gpu-cluster\ntype: amlcompute\ntier: low_priority\nsize: Standard_NC6s_v3\nmax_instances: 2\n",
        context: &[(Sizes, SIZES_EXAMPLE)],
    }
}

/// A short region's list for the examples, as `az ml compute list-sizes -o json` writes it.
const SIZES_EXAMPLE: &str = r#"[
  {"name": "Standard_DS3_v2", "family": "standardDSv2Family", "v_cp_us": 4, "gpus": 0, "low_priority_capable": true, "supported_compute_types": ["AmlCompute", "ComputeInstance"]},
  {"name": "Standard_NC6s_v3", "family": "standardNCSv3Family", "v_cp_us": 6, "gpus": 1, "low_priority_capable": true, "supported_compute_types": ["AmlCompute", "ComputeInstance"]},
  {"name": "Standard_ND96asr_v4", "family": "standardNDASv4_A100Family", "v_cp_us": 96, "gpus": 8, "low_priority_capable": false, "supported_compute_types": ["AmlCompute"]}
]"#;

/// How `az ml compute list` shows a compute of a type the SDK does not model (reference §7).
const UNSUPPORTED_TYPE: &str = "*** Unsupported Compute Type ***";

/// The kinds `az ml compute update` accepts (reference §0).
fn updatable_by_cli(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::ComputeInstance | Kind::AmlCompute | Kind::Kubernetes | Kind::SynapseSpark
    )
}

pub(crate) fn check(ctx: &mut Scope<'_>) {
    let Some(context) = ctx.context else { return };
    let name = ctx.str(&["name"]);
    if let Some((name, node)) = name {
        if let Some(existing) = context.existing(name) {
            taken(ctx, existing, name, node.span);
        }
    }
    if let Some(before) = context.before(name.map(|(n, _)| n)) {
        update(ctx, before);
    }
    sizes(ctx);
}

/// A name the workspace already uses.
fn taken(ctx: &mut Scope<'_>, existing: &Deployed, name: &str, span: Span) {
    let at = ctx.at(&NAME_TAKEN, "/name", span).arg("name", name);
    let finding = if ctx.kind.submission() == Submission::StudioOnly {
        at.variant(if ctx.kind == Kind::Aks {
            "AML904.aks"
        } else {
            "AML904.studio"
        })
    } else if existing.kind == Some(ctx.kind) {
        ctx.at(&UPDATES_EXISTING_COMPUTE, "/name", span)
            .arg("name", name)
            .arg("kind", kind_word(ctx.kind))
    } else if let Some(kind) = existing.kind {
        at.arg("other", kind_word(kind))
    } else if existing.type_name == UNSUPPORTED_TYPE {
        at.variant("AML904.unsupported")
    } else {
        at.variant("AML904.type")
            .arg("type", Arg::Value(existing.type_name.clone()))
    };
    ctx.emit(finding);
}

/// Where the earlier state came from, for messages.
fn source(before: &Deployed) -> Arg {
    match &before.source {
        Source::Previous(label) => Arg::phrase("context.source.file", "file", label.as_str()),
        Source::Existing => Arg::Word("context.source.workspace"),
    }
}

/// One field whose value differs from the earlier state.
struct Change<'n> {
    path: Vec<&'n str>,
    mutability: Mutability,
    /// A secret field, or under one: its values are never shown.
    secret: bool,
    new: &'n Node<'n>,
    old: &'n Node<'n>,
    /// The spec leaves the field out: `new` is what azure-ai-ml sends in its place.
    left_out: bool,
}

/// The spec as an update of `before`.
fn update(ctx: &mut Scope<'_>, before: &Deployed) {
    let old_root = Node::from_json(&before.value);
    let source = source(before);
    if before.kind != Some(ctx.kind) {
        // Another kind: only the `type` can be compared, and it cannot change. (A name the
        // workspace has for another kind is AML904.)
        if matches!(before.source, Source::Previous(_)) {
            if let (Some(new), Some(old)) = (ctx.get(&["type"]), old_root.get("type")) {
                let change = Change {
                    path: vec!["type"],
                    mutability: Mutability::CreateOnly,
                    secret: false,
                    new,
                    old,
                    left_out: false,
                };
                report(ctx, &change, &source);
            }
        }
        return;
    }
    let root = ctx.root;
    let mut changes = Vec::new();
    compare_fields(
        ctx.kind.fields(),
        root,
        &old_root,
        &mut Vec::new(),
        Mutability::Resubmit,
        false,
        &mut changes,
    );
    for change in &changes {
        report(ctx, change, &source);
    }
    // What the spec leaves out, as azure-ai-ml fills it in.
    let sent: Vec<(&Field, Node<'static>)> = ctx
        .kind
        .fields()
        .iter()
        .filter(|field| root.get(field.name).is_none())
        .filter_map(|field| Some((field, sent_node(field.sent?))))
        .collect();
    for (field, value) in &sent {
        let Some(old) = old_root.get(field.name) else {
            continue;
        };
        if same(field, &field.ty, value, old) == Some(false) {
            let change = Change {
                path: vec![field.name],
                mutability: field.mutability.unwrap_or(Mutability::Resubmit),
                secret: field.secret,
                new: value,
                old,
                left_out: true,
            };
            report(ctx, &change, &source);
        }
    }
}

/// A client default as the node the spec would have held.
fn sent_node(value: model::DefaultValue) -> Node<'static> {
    let value = match value {
        model::DefaultValue::Bool(b) => Value::Bool(b),
        model::DefaultValue::Int(i) => Value::Int(i),
        model::DefaultValue::Str(s) => Value::Str(s),
    };
    Node::new(value, Span::default())
}

fn report(ctx: &mut Scope<'_>, change: &Change<'_>, source: &Arg) {
    let field = change.path.join(".");
    let pointer = super::pointer(&change.path);
    let span = ctx.key_span(&change.path);
    let shown = |node: &Node<'_>| -> Option<String> {
        let text = match &node.value {
            Value::Str(s) | Value::Timestamp(s) | Value::BigInt(s) => (*s).to_owned(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => crate::yaml::number_text(*f),
            Value::Bool(b) => b.to_string(),
            Value::Null => "null".to_owned(),
            Value::Seq(_) | Value::Map(_) => return None,
        };
        (!crate::secrets::looks_like_credential(&text)).then_some(text)
    };
    let values = (!change.secret)
        .then(|| shown(change.new).zip(shown(change.old)))
        .flatten();
    let with_values = |diagnostic: crate::Diagnostic, hidden: &'static str| match &values {
        Some((new, old)) => diagnostic
            .arg("new", Arg::Value(new.clone()))
            .arg("old", Arg::Value(old.clone())),
        None => diagnostic.variant(hidden),
    };
    // Left out: the finding says what az ml sends instead, and where the spec should say it.
    let left_out = |diagnostic: crate::Diagnostic, variant: &'static str, hidden: &'static str| {
        match &values {
            Some((new, old)) => diagnostic
                .variant(variant)
                .arg("new", Arg::Value(new.clone()))
                .arg("old", Arg::Value(old.clone())),
            None => diagnostic.variant(hidden),
        }
    };
    let base = |rule| {
        ctx.at(rule, pointer.clone(), span)
            .arg("field", Arg::code(field.clone()))
            .arg("source", source.clone())
    };
    if change.left_out {
        // A size of the other CPU/GPU type changes the virtual machine type, which no kind allows.
        let other_vm_type = change.path == ["size"]
            && vm_types(ctx, change).is_some_and(|(old_type, new_type)| old_type != new_type);
        let finding = match change.mutability {
            _ if other_vm_type => left_out(
                base(&IMMUTABLE_FIELD_CHANGED),
                "AML901.left_out",
                "AML901.hidden",
            ),
            Mutability::CreateOnly => left_out(
                base(&IMMUTABLE_FIELD_CHANGED),
                "AML901.left_out",
                "AML901.hidden",
            ),
            Mutability::Updatable if updatable_by_cli(ctx.kind) => return,
            Mutability::Updatable | Mutability::Resubmit => left_out(
                base(&CHANGE_NOT_UPDATABLE),
                "AML902.left_out",
                "AML902.hidden",
            ),
        };
        ctx.emit(finding);
        return;
    }
    // A size whose CPU/GPU type differs changes the virtual machine type, which no kind allows.
    if change.path == ["size"] {
        if let Some(types) = vm_types(ctx, change) {
            let (old_type, new_type) = types;
            if old_type != new_type {
                let finding = with_values(
                    base(&IMMUTABLE_FIELD_CHANGED).variant("AML901.vm_type"),
                    "AML901.hidden",
                )
                .arg("old_type", Arg::Word(old_type))
                .arg("new_type", Arg::Word(new_type));
                ctx.emit(finding);
                return;
            }
        }
    }
    let finding = match change.mutability {
        Mutability::CreateOnly => with_values(base(&IMMUTABLE_FIELD_CHANGED), "AML901.hidden"),
        Mutability::Updatable if updatable_by_cli(ctx.kind) => return,
        Mutability::Updatable | Mutability::Resubmit if !updatable_by_cli(ctx.kind) => {
            base(&CHANGE_NOT_UPDATABLE)
                .variant("AML902.kind")
                .arg("kind", kind_word(ctx.kind))
        }
        Mutability::Updatable | Mutability::Resubmit => {
            with_values(base(&CHANGE_NOT_UPDATABLE), "AML902.hidden")
        }
    };
    ctx.emit(finding);
}

/// The CPU/GPU type of the old and the new size, where both are known.
fn vm_types(ctx: &Scope<'_>, change: &Change<'_>) -> Option<(&'static str, &'static str)> {
    let kind_of = |node: &Node<'_>| {
        let (_, gpus) = ctx.vm_size(node.as_str()?).cores()?;
        Some(if gpus > 0 { "vm.gpu" } else { "vm.cpu" })
    };
    Some((kind_of(change.old)?, kind_of(change.new)?))
}

/// Adds a [`Change`] for every field of `new` (a mapping of `fields`) that `old` states
/// otherwise.
fn compare_fields<'n>(
    fields: &'static [Field],
    new: &'n Node<'n>,
    old: &'n Node<'n>,
    path: &mut Vec<&'n str>,
    inherited: Mutability,
    secret: bool,
    out: &mut Vec<Change<'n>>,
) {
    let (Some(entries), Some(_)) = (new.as_map(), old.as_map()) else {
        return;
    };
    for entry in entries {
        let Some(key) = entry.key.as_str() else {
            continue;
        };
        let Some(field) = model::find(fields, key) else {
            continue;
        };
        if field.read_only || field.name == "$schema" {
            continue;
        }
        let Some(old_value) = old
            .as_map()
            .and_then(|m| {
                m.iter().find(|e| {
                    e.key
                        .as_str()
                        .is_some_and(|k| crate::text::same_key(k, key))
                })
            })
            .map(|e| &e.value)
        else {
            continue;
        };
        let mutability = field.mutability.unwrap_or(inherited);
        let secret = secret || field.secret || model::is_secret_like_key(key);
        path.push(key);
        if field.name == "network_settings" {
            if let Some((new_subnet, old_subnet)) = network_change(&entry.value, old_value) {
                let mut at = path.clone();
                at.push(new_subnet.0);
                out.push(Change {
                    path: at,
                    mutability,
                    secret,
                    new: new_subnet.1,
                    old: old_subnet,
                    left_out: false,
                });
            }
        } else if let (Ty::Object(inner), Value::Map(_)) = (&field.ty, &entry.value.value) {
            compare_fields(
                inner,
                &entry.value,
                old_value,
                path,
                mutability,
                secret,
                out,
            );
        } else if same(field, &field.ty, &entry.value, old_value) == Some(false) {
            out.push(Change {
                path: path.clone(),
                mutability,
                secret,
                new: &entry.value,
                old: old_value,
                left_out: false,
            });
        }
        path.pop();
    }
}

/// Whether two values of a field are the same as Azure reads them; `None` when that cannot be
/// told (a value of the wrong type on either side: other rules report those).
fn same(field: &Field, ty: &Ty, new: &Node<'_>, old: &Node<'_>) -> Option<bool> {
    match ty {
        Ty::Int { .. } => Some(new.as_int()? == old.as_int()?),
        Ty::Bool => Some(new.as_bool()? == old.as_bool()?),
        Ty::Enum(spec) => Some(spec.canonical(new.as_str()?)? == spec.canonical(old.as_str()?)?),
        Ty::Str => {
            let (a, b) = (
                crate::text::trim(new.as_str()?),
                crate::text::trim(old.as_str()?),
            );
            // Names, sizes, regions, types and resource IDs are compared ignoring case, as Azure does
            // (reference §10; ARM IDs); a region also ignoring spaces (`West Europe`).
            Some(match field.name {
                "name" | "size" | "type" => crate::text::eq_ignoring_case(a, b),
                "location" => region_name(a) == region_name(b),
                _ if a.starts_with('/') => crate::text::eq_ignoring_case(a, b),
                _ => a == b,
            })
        }
        Ty::List(inner) => {
            let (a, b) = (new.as_seq()?, old.as_seq()?);
            if a.len() != b.len() {
                return Some(false);
            }
            let mut verdict = Some(true);
            for (x, y) in a.iter().zip(b) {
                match same(field, inner, x, y) {
                    Some(false) => return Some(false),
                    None => verdict = None,
                    Some(true) => {}
                }
            }
            verdict
        }
        Ty::Object(fields) => {
            let mut changes = Vec::new();
            compare_fields(
                fields,
                new,
                old,
                &mut Vec::new(),
                Mutability::Resubmit,
                false,
                &mut changes,
            );
            Some(changes.is_empty())
        }
        Ty::StrMap | Ty::AnyMap | Ty::Tagged { .. } => Some(new.to_json() == old.to_json()),
    }
}

/// The key and value of the new subnet and the old subnet, when the two `network_settings` name
/// different subnets. A subnet is a name with `vnet_name` or a full ID; both are read as (virtual
/// network, subnet) so that the two spellings of one subnet compare equal.
fn network_change<'n>(
    new: &'n Node<'n>,
    old: &'n Node<'n>,
) -> Option<((&'static str, &'n Node<'n>), &'n Node<'n>)> {
    let parts = |settings: &'n Node<'n>| -> Option<(&'n Node<'n>, (String, String))> {
        let subnet = settings.get("subnet")?;
        let text = subnet.as_str()?;
        let lower = text.to_ascii_lowercase();
        let pair = match (lower.find("/virtualnetworks/"), lower.find("/subnets/")) {
            (Some(v), Some(s)) if v < s => (
                lower[v + "/virtualnetworks/".len()..s].to_owned(),
                lower[s + "/subnets/".len()..]
                    .trim_end_matches('/')
                    .to_owned(),
            ),
            _ => (
                settings.get("vnet_name")?.as_str()?.to_ascii_lowercase(),
                lower,
            ),
        };
        Some((subnet, pair))
    };
    let (new_subnet, new_pair) = parts(new)?;
    let (old_subnet, old_pair) = parts(old)?;
    (new_pair != old_pair).then_some((("subnet", new_subnet), old_subnet))
}

/// The size against the region's list, when one was given.
fn sizes(ctx: &mut Scope<'_>) {
    let Some((name, node)) = ctx.str(&["size"]) else {
        return;
    };
    let at = |rule| ctx.at(rule, "/size", node.span).arg("size", name);
    let finding = match ctx.vm_size(name) {
        SizeFacts::NotInRegion => {
            let listed = ctx.context.and_then(|c| c.sizes());
            let names = listed
                .into_iter()
                .flat_map(|s| s.iter().map(|r| r.name.as_str()));
            super::suggest(at(&SIZE_NOT_IN_REGION), "AML905.suggest", name, names)
        }
        SizeFacts::Region(size) => {
            let rest_type = match ctx.kind {
                Kind::ComputeInstance => "ComputeInstance",
                _ => "AmlCompute",
            };
            if size.supports(rest_type) == Some(false) {
                let types = size.compute_types.iter().flatten().map(String::as_str);
                at(&SIZE_NOT_FOR_KIND)
                    .arg("kind", kind_word(ctx.kind))
                    .arg("types", Arg::codes(types, crate::Join::And))
            } else if size.low_priority == Some(false)
                && ctx
                    .str(&["tier"])
                    .is_some_and(|(tier, _)| tier.trim().eq_ignore_ascii_case("low_priority"))
            {
                at(&LOW_PRIORITY_NOT_IN_REGION)
            } else {
                return;
            }
        }
        SizeFacts::Table(_) | SizeFacts::Unknown => return,
    };
    ctx.emit(finding);
}
