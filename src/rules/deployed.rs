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

use super::region::region_name;
use super::{Scope, SizeFacts, kind_word};
use crate::context::ContextFile::{Existing, Previous, Sizes};
use crate::context::{Deployed, Source};
use crate::kind::{Kind, Submission};
use crate::messages::Arg;
use crate::model::{self, Field, Mutability, Ty};
use crate::rule::{Enforcement, context_only, declare_rules, dutch};
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

declare_rules! {
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
        message: context_only!("`{field}` cannot be changed after the compute is created: it is `{old}` in {source}, the spec says `{new}`; create a new compute under another name instead"),
        variants: &[
            ("hidden", context_only!("`{field}` cannot be changed after the compute is created, and the spec changes it from what {source} says; create a new compute under another name instead")),
            ("left_out", context_only!("the spec leaves `{field}` out, so az ml sends azure-ai-ml's `{new}`; but it is `{old}` in {source} and cannot be changed after the compute is created: write `{field}: {old}`")),
            ("vm_type", context_only!("`{field}` changes from `{old}` ({old_type}, in {source}) to `{new}` ({new_type}): the virtual machine type cannot be changed after the compute is created; create a new compute under another name instead")),
        ],
        dutch: dutch! {
            docs: "De specificatie wijzigt een veld dat niet meer kan veranderen zodra de rekenkracht bestaat: van een reken-exemplaar de grootte, SSH-toegang, het virtuele netwerk, de instelling voor openbare IP-adressen of de toegewezen gebruiker; van een rekencluster de regio, SSH-toegang, het virtuele netwerk, de instelling voor openbare IP-adressen of het type virtuele machine (een CPU-grootte voor een GPU-grootte of omgekeerd; het studio-artikel: \"Dit type kan niet worden gewijzigd na het maken\"); van een AKS-cluster de grootte of de regio; van elke rekenkracht het `type`. Azure weigert de update, of `az ml` verstuurt hem en de rekenkracht houdt de oude instelling. Maak in plaats daarvan nieuwe rekenkracht met een andere naam.\n\n\
                  amlint kent de eerdere toestand uit `--previous` (een eerdere specificatie; `amlint diff`) of `--existing` (`az ml compute list -o json`). Een veld dat de eerdere toestand niet bevat, is onbekend, niet gewijzigd; een veld dat de specificatie weglaat, telt als wat azure-ai-ml ervoor in de plaats verstuurt (de `size` van een cluster of reken-exemplaar als `STANDARD_DS3_V2`, `enable_node_public_ip` als `true`); een melding over een wijziging toont nooit een geheime waarde.\n\n\
                  Bronnen: naslag §2 (wijzigbaarheid: grootte, SSH, netwerk, create_on_behalf_of, lokale verificatie), §3 (wijzigbaarheid: locatie, type virtuele machine, SSH-toegang), §4 (VM-grootte), §14 punt 10.",
            message: "`{field}` kan na het maken van de rekenkracht niet meer worden gewijzigd: het is `{old}` in {source}, de specificatie zegt `{new}`; maak in plaats daarvan nieuwe rekenkracht met een andere naam",
            variants: &[
                ("hidden", "`{field}` kan na het maken van de rekenkracht niet meer worden gewijzigd, en de specificatie wijkt af van {source}; maak in plaats daarvan nieuwe rekenkracht met een andere naam"),
                ("left_out", "de specificatie laat `{field}` weg, dus az ml verstuurt de standaardwaarde `{new}` van azure-ai-ml; maar in {source} is het `{old}`, en dat kan na het maken van de rekenkracht niet meer worden gewijzigd: schrijf `{field}: {old}`"),
                ("vm_type", "`{field}` verandert van `{old}` ({old_type}, in {source}) in `{new}` ({new_type}): het type virtuele machine kan na het maken van de rekenkracht niet meer worden gewijzigd; maak in plaats daarvan nieuwe rekenkracht met een andere naam"),
            ],
        },
    }

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
        message: context_only!("`{field}` changes from `{old}` (in {source}) to `{new}`, which `az ml compute update` cannot apply (it changes only tags, node counts, the scale-down time and the identity); submit the whole spec with `az ml compute create`, or change it in the studio"),
        variants: &[
            ("hidden", context_only!("`{field}` changes from what {source} says, which `az ml compute update` cannot apply (it changes only tags, node counts, the scale-down time and the identity); submit the whole spec with `az ml compute create`, or change it in the studio")),
            ("kind", context_only!("`{field}` changes from what {source} says, but `az ml compute update` does not update this kind of compute ({kind}); detach and attach it again, or change it in the studio")),
            ("left_out", context_only!("the spec leaves `{field}` out, so az ml sends azure-ai-ml's `{new}` where {source} says `{old}`, which `az ml compute update` cannot apply: write `{field}: {old}`, or submit the change with `az ml compute create`")),
        ],
        dutch: dutch! {
            docs: "De specificatie wijzigt een veld dat `az ml compute update` niet kan wijzigen: dat werkt alleen `tags`, `min_instances`, `max_instances`, `idle_time_before_scale_down` en de identiteit bij, en alleen van reken-exemplaren, rekenclusters, Kubernetes-rekenkracht en Synapse Spark-pools. Andere wijzigingen vragen om het opnieuw indienen van de hele specificatie (`az ml compute create` vervangt de instellingen van de rekenkracht), een eigen opdracht (`az ml compute enable-sso`), de studio, of, voor gekoppelde rekenkracht, loskoppelen en opnieuw koppelen. Een waarschuwing: de wijziging kan bedoeld zijn, maar niet met de opdracht die de meeste pijplijnen uitvoeren.\n\n\
                  Bronnen: naslag §0 (Update; aanmaken via REST is een volledige PUT), §2 (inactief afsluiten, schema's, SSO), §3.",
            message: "`{field}` verandert van `{old}` (in {source}) in `{new}`, wat `az ml compute update` niet kan doorvoeren (dat wijzigt alleen tags, aantallen knooppunten, de tijd tot omlaag schalen en de identiteit); dien de hele specificatie in met `az ml compute create`, of wijzig het in de studio",
            variants: &[
                ("hidden", "`{field}` wijkt af van {source}, wat `az ml compute update` niet kan doorvoeren (dat wijzigt alleen tags, aantallen knooppunten, de tijd tot omlaag schalen en de identiteit); dien de hele specificatie in met `az ml compute create`, of wijzig het in de studio"),
                ("kind", "`{field}` wijkt af van {source}, maar `az ml compute update` werkt dit type rekenkracht ({kind}) niet bij; koppel de rekenkracht los en opnieuw, of wijzig het in de studio"),
                ("left_out", "de specificatie laat `{field}` weg, dus az ml verstuurt de standaardwaarde `{new}` van azure-ai-ml waar {source} `{old}` zegt, wat `az ml compute update` niet kan doorvoeren: schrijf `{field}: {old}`, of dien de wijziging in met `az ml compute create`"),
            ],
        },
    }

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
        message: context_only!("the workspace already has a {kind} named `{name}`: `az ml compute create` updates it instead of creating a new one"),
        dutch: dutch! {
            docs: "De werkruimte heeft al rekenkracht met deze naam en van dit type, dus `az ml compute create` werkt die bij in plaats van nieuwe te maken (het aanmaken via REST is een volledige PUT die \"will overwrite a compute if it exists\"). amlint controleert de specificatie dan als update ervan (AML901, AML902). Was nieuwe rekenkracht bedoeld, kies dan een andere naam.\n\n\
                  amlint kent de rekenkracht van de werkruimte uit `--existing`, de uitvoer van `az ml compute list -o json`. De studio wil een naam die uniek is binnen de rekenkracht van een **regio**, wat de lijst van één werkruimte niet kan tonen.\n\n\
                  Bronnen: naslag §0 (aanmaken via REST overschrijft), §1 (uniciteit).",
            message: "de werkruimte heeft al een {kind} met de naam `{name}`: `az ml compute create` werkt die bij in plaats van nieuwe rekenkracht te maken",
        },
    }

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
        message: context_only!("the workspace already has a {other} named `{name}`, and compute names are unique in a workspace; choose another name"),
        variants: &[
            ("aks", context_only!("the workspace already has a compute named `{name}`, and creating an AKS inference cluster under a name in use fails (\"already exists\"); choose another name")),
            ("studio", context_only!("the workspace already has a compute named `{name}`, and compute names are unique in a workspace; choose another name")),
            ("type", context_only!("the workspace already has a compute of type `{type}` named `{name}`, and compute names are unique in a workspace; choose another name")),
            ("unsupported", context_only!("the workspace already has a compute named `{name}` (of a kind `az ml` does not show), and compute names are unique in a workspace; choose another name")),
        ],
        dutch: dutch! {
            docs: "De naam is bezet: de werkruimte heeft rekenkracht met deze naam van een ander type, dus het maken mislukt (namen zijn uniek in een werkruimte, en `az ml compute create` kan het ene type niet in een ander veranderen). Voor een AKS-inferentiecluster en de andere rekenkracht van de studio telt elke rekenkracht met die naam: een AKS-cluster maken is niet idempotent (\"already exists\"). `az ml compute list` toont de rekenkracht van de studio als `*** Unsupported Compute Type ***`; die bezet haar naam evengoed.\n\n\
                  amlint kent de rekenkracht van de werkruimte uit `--existing`. De studio wil een naam die uniek is binnen een **regio**, wat de lijst van één werkruimte niet kan tonen; twee specificaties in één uitvoering met dezelfde naam zijn AML208.\n\n\
                  Bronnen: naslag §0 (AKS maken niet idempotent), §1 (uniciteit), §7 (UnsupportedCompute).",
            message: "de werkruimte heeft al een {other} met de naam `{name}`, en rekennamen zijn uniek in een werkruimte; kies een andere naam",
            variants: &[
                ("aks", "de werkruimte heeft al rekenkracht met de naam `{name}`, en een AKS-inferentiecluster maken onder een naam die in gebruik is, mislukt (\"already exists\"); kies een andere naam"),
                ("studio", "de werkruimte heeft al rekenkracht met de naam `{name}`, en rekennamen zijn uniek in een werkruimte; kies een andere naam"),
                ("type", "de werkruimte heeft al rekenkracht van het type `{type}` met de naam `{name}`, en rekennamen zijn uniek in een werkruimte; kies een andere naam"),
                ("unsupported", "de werkruimte heeft al rekenkracht met de naam `{name}` (van een type dat `az ml` niet toont), en rekennamen zijn uniek in een werkruimte; kies een andere naam"),
            ],
        },
    }

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
        message: context_only!("VM size `{size}` is not in the region's list of sizes (`--sizes`): the region does not offer it to Azure Machine Learning"),
        variants: &[
            ("suggest", context_only!("VM size `{size}` is not in the region's list of sizes (`--sizes`); did you mean `{suggestion}`?")),
        ],
        dutch: dutch! {
            docs: "De lijst met VM-grootten van de regio (`--sizes`, de uitvoer van `az ml compute list-sizes --location REGIO -o json`) bevat deze grootte niet: de regio biedt hem niet aan voor Azure Machine Learning, of de naam is verkeerd gespeld. Met zo'n lijst neemt amlint het aantal vCPU's en GPU's daaruit in plaats van uit de ingebouwde tabel.\n\n\
                  Bronnen: naslag §2 (grootte: lijst per regio), §10 (gezaghebbende gegevens per regio).",
            message: "VM-grootte `{size}` staat niet in de lijst met grootten van de regio (`--sizes`): de regio biedt hem niet aan voor Azure Machine Learning",
            variants: &[
                ("suggest", "VM-grootte `{size}` staat niet in de lijst met grootten van de regio (`--sizes`); bedoelde u `{suggestion}`?"),
            ],
        },
    }

    /// The region offers this size, but not for this kind of compute: its
    /// `supported_compute_types` in `az ml compute list-sizes` does not name it (`AmlCompute`,
    /// `ComputeInstance`).
    ///
    /// Sources: reference §2 (size must list `ComputeInstance` in `supportedComputeTypes`), §10.
    pub(crate) static SIZE_NOT_FOR_KIND = {
        code: "AML906", name: "size-not-for-kind", severity: crate::Severity::Error, kinds: LISTED,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-alice\ntype: computeinstance\nsize: Standard_ND96asr_v4\nidle_time_before_shutdown_minutes: 60\n",
        valid: "name: ci-alice\ntype: computeinstance\nsize: Standard_NC4as_T4_v3\nidle_time_before_shutdown_minutes: 60\n",
        context: &[(Sizes, SIZES_EXAMPLE)],
        message: context_only!("VM size `{size}` cannot be used for this kind of compute ({kind}) in this region: it is offered for {types} only"),
        dutch: dutch! {
            docs: "De regio biedt deze grootte aan, maar niet voor dit type rekenkracht: `supported_compute_types` in `az ml compute list-sizes` noemt haar niet (`AmlCompute`, `ComputeInstance`).\n\n\
                  Bronnen: naslag §2 (de grootte moet `ComputeInstance` noemen in `supportedComputeTypes`), §10.",
            message: "VM-grootte `{size}` kan in deze regio niet worden gebruikt voor dit type rekenkracht ({kind}): hij wordt alleen aangeboden voor {types}",
        },
    }

    /// `tier: low_priority` with a size the region offers without low-priority capacity
    /// (`low_priority_capable: false` in `az ml compute list-sizes`): the cluster could never
    /// get a node. Without a region's list, AML307 checks the same against the built-in table.
    ///
    /// Sources: reference §3 (tier: low priority needs `lowPriorityCapable`), §10.
    pub(crate) static LOW_PRIORITY_NOT_IN_REGION = {
        code: "AML907", name: "low-priority-not-in-region", severity: crate::Severity::Error, kinds: &[Kind::AmlCompute],
        enforcement: Enforcement::Semantic,
        invalid: "name: gpu-cluster\ntype: amlcompute\ntier: low_priority\nsize: Standard_ND96asr_v4\nmax_instances: 2\n",
        valid: "name: gpu-cluster\ntype: amlcompute\ntier: low_priority\nsize: Standard_NC4as_T4_v3\nmax_instances: 2\n",
        context: &[(Sizes, SIZES_EXAMPLE)],
        message: context_only!("`tier: low_priority` with VM size `{size}`, which this region offers without low-priority capacity: the cluster could never get a node"),
        dutch: dutch! {
            docs: "`tier: low_priority` met een grootte die de regio zonder capaciteit met lage prioriteit aanbiedt (`low_priority_capable: false` in `az ml compute list-sizes`): het cluster krijgt nooit een knooppunt. Zonder lijst van de regio controleert AML307 hetzelfde met de ingebouwde tabel.\n\n\
                  Bronnen: naslag §3 (tier: lage prioriteit vraagt om `lowPriorityCapable`), §10.",
            message: "`tier: low_priority` met VM-grootte `{size}`, die deze regio zonder capaciteit met lage prioriteit aanbiedt: het cluster krijgt nooit een knooppunt",
        },
    }
}

/// A short region's list for the examples, as `az ml compute list-sizes -o json` writes it.
const SIZES_EXAMPLE: &str = r#"[
  {"name": "Standard_DS3_v2", "family": "standardDSv2Family", "v_cp_us": 4, "gpus": 0, "low_priority_capable": true, "supported_compute_types": ["AmlCompute", "ComputeInstance"]},
  {"name": "Standard_NC4as_T4_v3", "family": "Standard NCASv3_T4 Family", "v_cp_us": 4, "gpus": 1, "low_priority_capable": true, "supported_compute_types": ["AmlCompute", "ComputeInstance"]},
  {"name": "Standard_ND96asr_v4", "family": "standardNDASv4_A100Family", "v_cp_us": 96, "gpus": 8, "low_priority_capable": false, "supported_compute_types": ["AmlCompute"]}
]"#;

/// How `az ml compute list` shows a compute of a type the SDK does not model (reference §7).
const UNSUPPORTED_TYPE: &str = "*** Unsupported Compute Type ***";

/// The kinds `az ml compute update` accepts (reference §0).
pub(crate) fn updatable_by_cli(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::ComputeInstance | Kind::AmlCompute | Kind::Kubernetes | Kind::SynapseSpark
    )
}

pub(crate) fn check(ctx: &mut Scope<'_>) {
    // The npm package's form module (feature `form`) takes no context: these checks are left to
    // the full module, and out of the form module's code.
    if cfg!(feature = "form") {
        return;
    }
    let Some(context) = ctx.context else { return };
    let name = ctx.str(&["name"]);
    if let Some((name, node)) = name
        && let Some(existing) = context.existing(name)
    {
        taken(ctx, existing, name, node.span);
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
        if matches!(before.source, Source::Previous(_))
            && let (Some(new), Some(old)) = (ctx.get(&["type"]), old_root.get("type"))
        {
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
            Value::Seq(_) | Value::Map(_) | Value::Unknown => return None,
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
    if change.path == ["size"]
        && let Some(types) = vm_types(ctx, change)
    {
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
