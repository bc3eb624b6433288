//! Node counts, scale-down and VM sizes (AML3xx).

use super::{Scope, SizeFacts};
use crate::kind::Kind;
use crate::messages::Arg;
use crate::rule::{Enforcement, declare_rules, dutch};
use crate::span::Span;
use crate::vm_sizes::VmSize;

const SIZED: &[Kind] = &[Kind::ComputeInstance, Kind::AmlCompute, Kind::Aks];

declare_rules! {
    /// `min_instances` is greater than `max_instances`. Neither `az ml` nor the SDK catches it;
    /// the service refuses the scale settings.
    ///
    /// Sources: reference §3 (min ≤ max, not enforced client-side), §14 item 8.
    pub(crate) static MIN_INSTANCES_ABOVE_MAX = {
        code: "AML301", name: "min-instances-above-max", severity: crate::Severity::Error, kinds: &[Kind::AmlCompute],
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmin_instances: 4\nmax_instances: 2\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmin_instances: 0\nmax_instances: 2\n",
        message: "`min_instances` ({min}) is greater than `max_instances` ({max})",
        dutch: dutch! {
            docs: "`min_instances` is groter dan `max_instances`. `az ml` noch de SDK vangt dit af; de service weigert de schaalinstellingen.\n\n\
                  Bronnen: naslag §3 (min ≤ max, niet aan de clientzijde afgedwongen), §14 punt 8.",
            message: "`min_instances` ({min}) is groter dan `max_instances` ({max})",
        },
    }

    /// `min_instances` above 0 keeps that many nodes running — and billed — while the cluster is
    /// idle, and reserves their vCPU quota. The studio form advises: "Save money by setting the
    /// minimum to 0".
    ///
    /// Sources: SEED ("Minimum aantal knooppunten"), reference §3 (DOC-inc min-nodes);
    /// service-errors #10–11 (quota errors), Checkov CKV_AZURE_150.
    pub(crate) static MIN_INSTANCES_NOT_ZERO = {
        code: "AML302", name: "min-instances-not-zero", severity: crate::Severity::Warning, kinds: &[Kind::AmlCompute],
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nsize: Standard_DS3_v2\nmin_instances: 2\nmax_instances: 4\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nsize: Standard_DS3_v2\nmin_instances: 0\nmax_instances: 4\n",
        message: "`min_instances: {min}` keeps {min} node(s) running and billed while the cluster is idle; set it to 0 to save money",
        variants: &[
            ("vcpus", "`min_instances: {min}` keeps {min} node(s) ({vcpus} vCPUs of {size}) running and billed while the cluster is idle; set it to 0 to save money"),
        ],
        dutch: dutch! {
            docs: "`min_instances` boven 0 houdt zoveel knooppunten actief — en gefactureerd — terwijl het cluster inactief is, en reserveert hun vCPU-quotum. Het formulier in de studio raadt aan: \"Bespaar geld door het minimum in te stellen op 0\".\n\n\
                  Bronnen: studio-artikel (\"Minimum aantal knooppunten\"), naslag §3 (documentatiefragment min-nodes); servicefouten #10–11 (quotumfouten), Checkov CKV_AZURE_150.",
            message: "`min_instances: {min}` houdt knooppunten actief en gefactureerd terwijl het cluster inactief is; stel het in op 0 om kosten te besparen",
            variants: &[
                ("vcpus", "`min_instances: {min}` houdt {vcpus} vCPU's van {size} actief en gefactureerd terwijl het cluster inactief is; stel het in op 0 om kosten te besparen"),
            ],
        },
    }

    /// `idle_time_before_scale_down: 0` is dropped by `az ml` (zero counts as unset), so the
    /// service default applies instead of "scale down at once".
    ///
    /// Sources: reference §3 (observed with azure-ai-ml 1.35.2), §14 item 8.
    pub(crate) static IDLE_TIME_ZERO_IGNORED = {
        code: "AML303", name: "idle-time-zero-ignored", severity: crate::Severity::Info, kinds: &[Kind::AmlCompute],
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nidle_time_before_scale_down: 0\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nidle_time_before_scale_down: 60\n",
        message: "`idle_time_before_scale_down: 0` is dropped by az ml, so the service default applies",
        dutch: dutch! {
            docs: "`idle_time_before_scale_down: 0` wordt door `az ml` weggelaten (nul telt als niet ingesteld), dus geldt de standaardwaarde van de service in plaats van \"meteen omlaag schalen\".\n\n\
                  Bronnen: naslag §3 (waargenomen met azure-ai-ml 1.35.2), §14 punt 8.",
            message: "`idle_time_before_scale_down: 0` wordt door az ml weggelaten, dus geldt de standaardwaarde van de service",
        },
    }

    /// `max_instances` is not set. Sources disagree on the default — the YAML reference says 1,
    /// the SDK and CLI use 4 — and the service requires a maximum node count. Say what you mean.
    ///
    /// Sources: reference §3, §11 item 5; service-errors #15.
    pub(crate) static MAX_INSTANCES_UNSET = {
        code: "AML304", name: "max-instances-unset", severity: crate::Severity::Info, kinds: &[Kind::AmlCompute],
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nsize: Standard_DS3_v2\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nsize: Standard_DS3_v2\nmax_instances: 4\n",
        message: "`max_instances` is not set: the YAML reference says the default is 1, the CLI and SDK use 4; set it explicitly",
        dutch: dutch! {
            docs: "`max_instances` is niet ingesteld. De bronnen zijn het niet eens over de standaardwaarde — de YAML-naslag zegt 1, de SDK en de CLI gebruiken 4 — en de service vereist een maximum aantal knooppunten. Zeg wat u bedoelt.\n\n\
                  Bronnen: naslag §3, §11 punt 5; servicefouten #15.",
            message: "`max_instances` is niet ingesteld: volgens de YAML-naslag is de standaardwaarde 1, de CLI en de SDK gebruiken 4; stel het expliciet in",
        },
    }

    /// The VM size is not in amlint's table of common sizes, so rules that need its vCPU or GPU
    /// count (such as the AKS 12-vCPU minimum) cannot check it. The size may still be valid:
    /// `az ml compute list-sizes --location <region>` lists what a region offers.
    ///
    /// Sources: reference §10 (no complete offline catalog).
    pub(crate) static VM_SIZE_UNKNOWN = {
        code: "AML305", name: "vm-size-unknown", severity: crate::Severity::Info, kinds: SIZED,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nsize: Standard_DS3_v9\nmax_instances: 4\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nsize: Standard_DS3_v2\nmax_instances: 4\n",
        message: "VM size `{size}` is not in amlint's size table, so checks that need its vCPU count are skipped; `az ml compute list-sizes` shows what a region offers",
        dutch: dutch! {
            docs: "De VM-grootte staat niet in de tabel met gangbare grootten van amlint, dus regels die het aantal vCPU's of GPU's nodig hebben (zoals het AKS-minimum van 12 vCPU's), kunnen haar niet controleren. De grootte kan toch geldig zijn: `az ml compute list-sizes --location REGIO` toont wat een regio biedt.\n\n\
                  Bronnen: naslag §10 (geen volledige offline catalogus).",
            message: "VM-grootte `{size}` staat niet in de groottetabel van amlint, dus controles die het aantal vCPU's nodig hebben, worden overgeslagen; `az ml compute list-sizes` toont wat een regio biedt",
        },
    }

    /// Azure ML does not offer this VM size: B-series burstable sizes are refused ("The specified
    /// value Standard_B2s for property Cluster.Properties.VMSize is not a supported VM size"), and
    /// retired sizes (NC, NCv2, NCv3, NV, NVv3) can no longer be created.
    ///
    /// Sources: reference §10; service-errors #12; Azure's retirement pages (NC, NCv2, NV:
    /// 2023-09-06; NCv3: 2025-09-30; NVv3: 2026-09-30).
    pub(crate) static VM_SIZE_NOT_SUPPORTED = {
        code: "AML306", name: "vm-size-not-supported", severity: crate::Severity::Warning, kinds: SIZED,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nsize: Standard_B2s\nmax_instances: 4\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nsize: Standard_D2s_v3\nmax_instances: 4\n",
        message: "VM size `{size}` is not offered by Azure Machine Learning compute (burstable B-series sizes are refused)",
        variants: &[
            ("retired", "VM size `{size}` has been retired by Azure; new computes of this size cannot be created"),
        ],
        dutch: dutch! {
            docs: "Azure ML biedt deze VM-grootte niet aan: grootten uit de B-serie worden geweigerd (\"The specified value Standard_B2s for property Cluster.Properties.VMSize is not a supported VM size\"), en buiten gebruik gestelde grootten (NC, NCv2, NCv3, NV, NVv3) kunnen niet meer worden gemaakt.\n\n\
                  Bronnen: naslag §10; servicefouten #12; de pagina's van Azure over het buiten gebruik stellen (NC, NCv2, NV: 2023-09-06; NCv3: 2025-09-30; NVv3: 2026-09-30).",
            message: "VM-grootte `{size}` wordt niet aangeboden voor Azure Machine Learning-rekenkracht (grootten uit de B-serie worden geweigerd)",
            variants: &[
                ("retired", "VM-grootte `{size}` is door Azure buiten gebruik gesteld; nieuwe rekenkracht van deze grootte kan niet worden gemaakt"),
            ],
        },
    }

    /// `tier: low_priority` with a size that has no low-priority capacity (`lowPriorityCapable:
    /// false` in the service's size list). The cluster could never get a node.
    ///
    /// Sources: reference §3 (tier; inferred from REST vmSizes `lowPriorityCapable`), §10.
    pub(crate) static LOW_PRIORITY_NOT_CAPABLE = {
        code: "AML307", name: "low-priority-not-capable", severity: crate::Severity::Warning, kinds: &[Kind::AmlCompute],
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\ntier: low_priority\nsize: Standard_B2ms\nmax_instances: 4\n",
        valid: "name: cpu-cluster\ntype: amlcompute\ntier: low_priority\nsize: Standard_D2s_v3\nmax_instances: 4\n",
        message: "VM size `{size}` has no low-priority capacity, so `tier: low_priority` can never get a node",
        dutch: dutch! {
            docs: "`tier: low_priority` met een grootte die geen capaciteit met lage prioriteit heeft (`lowPriorityCapable: false` in de groottelijst van de service). Het cluster zou nooit een knooppunt krijgen.\n\n\
                  Bronnen: naslag §3 (tier; afgeleid uit REST vmSizes `lowPriorityCapable`), §10.",
            message: "VM-grootte `{size}` heeft geen capaciteit met lage prioriteit, dus `tier: low_priority` krijgt nooit een knooppunt",
        },
    }
}

pub(crate) fn check(ctx: &mut Scope<'_>) {
    min_above_max(ctx);
    let size = ctx
        .str(&["size"])
        .map(|(name, node)| (name, node.span, ctx.vm_size(name)));
    min_not_zero(ctx, size.map(|(_, _, facts)| facts));
    idle_time_zero(ctx);
    max_unset(ctx);
    // With a region's list of sizes, `rules/deployed.rs` judges the size from it instead.
    if let Some((name, span, facts)) = size {
        match facts {
            SizeFacts::Unknown => {
                ctx.emit(ctx.at(&VM_SIZE_UNKNOWN, "/size", span).arg("size", name));
            }
            SizeFacts::Region(_) | SizeFacts::NotInRegion => {}
            SizeFacts::Table(vm) => {
                size_supported(ctx, vm, span);
                low_priority_capable(ctx, vm, span);
            }
        }
    }
}

fn min_above_max(ctx: &mut Scope<'_>) {
    let min = ctx.int(&["min_instances"]);
    let max = ctx.int(&["max_instances"]);
    if let (Some((lo, lo_node)), Some((hi, _))) = (min, max)
        && lo > hi
    {
        ctx.emit(
            ctx.at(&MIN_INSTANCES_ABOVE_MAX, "/min_instances", lo_node.span)
                .arg("min", lo)
                .arg("max", hi),
        );
    }
}

/// AML302, naming the vCPUs kept running when the size is known.
fn min_not_zero(ctx: &mut Scope<'_>, size: Option<SizeFacts<'_>>) {
    let Some((lo, node)) = ctx.int(&["min_instances"]).filter(|(lo, _)| *lo > 0) else {
        return;
    };
    let mut diagnostic = ctx
        .at(&MIN_INSTANCES_NOT_ZERO, "/min_instances", node.span)
        .arg("min", lo);
    if let Some(((vcpus, _), name)) = size.and_then(|f| f.cores().zip(f.name())) {
        diagnostic = diagnostic
            .variant("AML302.vcpus")
            .arg("vcpus", i64::from(vcpus) * lo)
            .arg("size", Arg::code(name));
    }
    ctx.emit(diagnostic);
}

fn idle_time_zero(ctx: &mut Scope<'_>) {
    if let Some((0, node)) = ctx.int(&["idle_time_before_scale_down"]) {
        ctx.emit(ctx.at(
            &IDLE_TIME_ZERO_IGNORED,
            "/idle_time_before_scale_down",
            node.span,
        ));
    }
}

fn max_unset(ctx: &mut Scope<'_>) {
    if ctx.get(&["max_instances"]).is_none() {
        ctx.emit(ctx.at(&MAX_INSTANCES_UNSET, "", ctx.key_span(&["type"])));
    }
}

/// AML306: a size Azure ML does not offer, or has retired.
fn size_supported(ctx: &mut Scope<'_>, vm: &VmSize, span: Span) {
    if !vm.aml_supported {
        ctx.emit(
            ctx.at(&VM_SIZE_NOT_SUPPORTED, "/size", span)
                .arg("size", Arg::code(vm.name)),
        );
    } else if vm.retired {
        ctx.emit(
            ctx.at(&VM_SIZE_NOT_SUPPORTED, "/size", span)
                .variant("AML306.retired")
                .arg("size", Arg::code(vm.name)),
        );
    }
}

fn low_priority_capable(ctx: &mut Scope<'_>, vm: &VmSize, span: Span) {
    let low_priority = ctx
        .str(&["tier"])
        .is_some_and(|(tier, _)| tier.eq_ignore_ascii_case("low_priority"));
    if low_priority && !vm.low_priority {
        ctx.emit(
            ctx.at(&LOW_PRIORITY_NOT_CAPABLE, "/size", span)
                .arg("size", Arg::code(vm.name)),
        );
    }
}
