//! Compute name rules (AML2xx). Lengths differ by kind and by source; reference §1 and §11 items
//! 1–3 set them side by side.

use std::collections::HashMap;

use super::{Scope, contains_template, kind_word};
use crate::diagnostic::Diagnostic;
use crate::kind::Kind;
use crate::messages::{Arg, Join};
use crate::rule::{Enforcement, Rule, declare_rules, dutch};
use crate::span::Span;
use crate::summary::DocumentSummary;

const ALL: &[Kind] = Kind::ALL;
/// Kinds the service holds to the hyphen rule: compute instances (its error names them).
const HYPHEN_RULE_KINDS: &[Kind] = &[Kind::ComputeInstance];
/// Kinds whose names need only end with a letter or digit: every other kind.
const END_RULE_KINDS: &[Kind] = &[
    Kind::AmlCompute,
    Kind::Aks,
    Kind::Kubernetes,
    Kind::VirtualMachine,
    Kind::SynapseSpark,
    Kind::HdInsight,
    Kind::Databricks,
    Kind::DataLakeAnalytics,
];

declare_rules! {
    /// The name is still a template placeholder such as `<COMPUTE_NAME>`, `{{name}}` or
    /// `${NAME}`. `az ml` loads it without complaint (it checks no names) and the service rejects
    /// it. A warning, not an error: templates (the official examples among them) are meant to be
    /// filled in before submission. The other name rules skip placeholders.
    ///
    /// Sources: reference §0 (placeholder names load fine), §1.
    pub(crate) static NAME_PLACEHOLDER = {
        code: "AML201", name: "name-placeholder", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: <ATTACHED_SPARK_POOL_NAME>\ntype: synapsespark\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/ws/bigDataPools/pool\n",
        valid: "name: spark-pool\ntype: synapsespark\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/ws/bigDataPools/pool\n",
        message: "compute name `{name}` is a template placeholder; put the real name here",
        dutch: dutch! {
            docs: "De naam is nog een tijdelijke aanduiding uit een sjabloon, zoals `<COMPUTE_NAME>`, `{{name}}` of `${NAME}`. `az ml` laadt hem zonder klacht (het controleert geen namen) en de service weigert hem. Een waarschuwing, geen fout: sjablonen (waaronder de officiële voorbeelden) zijn bedoeld om vóór het indienen te worden ingevuld. De andere naamregels slaan tijdelijke aanduidingen over.\n\n\
                  Bronnen: naslag §0 (tijdelijke aanduidingen laden zonder problemen), §1.",
            message: "de rekennaam `{name}` is een tijdelijke aanduiding uit een sjabloon; vul hier de echte naam in",
        },
    }

    /// The name is longer or shorter than Azure accepts for this kind: compute instances 3–24
    /// characters (studio form and service error), compute clusters 3–32 (service; Terraform and
    /// the later resource-naming page), AKS inference clusters 2–24 (studio 2–16, AKS docs 3–24),
    /// every other kind 2–16 ("2 and 16 characters" service error, resource-naming page).
    ///
    /// Sources: reference §1, §11 item 1; service-errors #1, #2, #4, #6.
    pub(crate) static NAME_LENGTH = {
        code: "AML202", name: "name-length", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Schema(&["minLength", "maxLength"]),
        invalid: "name: gpu-instance-for-the-vision-team\ntype: computeinstance\n",
        valid: "name: vision-gpu-instance\ntype: computeinstance\n",
        message: "compute name `{name}` has a length of {length}; names of a {kind} must have {min} to {max} characters",
        dutch: dutch! {
            docs: "De naam is langer of korter dan Azure voor dit type accepteert: reken-exemplaren 3–24 tekens (formulier in de studio en foutmelding van de service), rekenclusters 3–32 (de service; Terraform en de latere pagina over resourcenamen), AKS-inferentieclusters 2–24 (studio 2–16, AKS-documentatie 3–24), elk ander type 2–16 (foutmelding van de service \"2 and 16 characters\", pagina over resourcenamen).\n\n\
                  Bronnen: naslag §1, §11 punt 1; servicefouten #1, #2, #4, #6.",
            message: "de rekennaam `{name}` heeft een lengte van {length}; namen van een {kind} moeten {min} tot {max} tekens hebben",
        },
    }

    /// The name length is accepted by the service but not by every source: compute cluster names
    /// of 25–32 characters (the studio form and the seed say at most 24), AKS names of 17–24
    /// characters (the studio form says at most 16) or of 2 characters (newer AKS docs say at
    /// least 3). Shorter names work everywhere.
    ///
    /// Sources: reference §1, §11 item 1 (SEED, DOC-cluster, DOC-aks-v1, TF, DOC-names).
    pub(crate) static NAME_LENGTH_DISPUTED = {
        code: "AML203", name: "name-length-disputed", severity: crate::Severity::Warning,
        kinds: &[Kind::AmlCompute, Kind::Aks],
        enforcement: Enforcement::Semantic,
        invalid: "name: nightly-training-cluster-west\ntype: amlcompute\n",
        valid: "name: nightly-training-west\ntype: amlcompute\n",
        message: "compute name `{name}` has {length} characters: Azure accepts up to {hard_max}, but the studio form allows at most {max}",
        variants: &[
            ("min", "compute name `{name}` has {length} characters: Azure accepts it, but the newer AKS docs ask for at least {min}"),
        ],
        dutch: dutch! {
            docs: "De lengte van de naam wordt door de service geaccepteerd, maar niet door elke bron: namen van rekenclusters van 25–32 tekens (het formulier in de studio en het studio-artikel zeggen ten hoogste 24), AKS-namen van 17–24 tekens (het formulier in de studio zegt ten hoogste 16) of van 2 tekens (nieuwere AKS-documentatie zegt ten minste 3). Kortere namen werken overal.\n\n\
                  Bronnen: naslag §1, §11 punt 1 (studio-artikel, artikel over rekenclusters, AKS-artikel v1, TF, artikel over resourcenamen).",
            message: "de rekennaam `{name}` heeft {length} tekens: Azure accepteert er tot {hard_max}, maar het formulier in de studio staat er ten hoogste {max} toe",
            variants: &[
                ("min", "de rekennaam `{name}` heeft {length} tekens: Azure accepteert dat, maar de nieuwere AKS-documentatie vraagt er ten minste {min}"),
            ],
        },
    }

    /// The name holds characters other than ASCII letters, digits and `-`. Underscores are the
    /// usual slip (`attached_vm` was rejected by the service).
    ///
    /// Sources: reference §1 (SEED "Valid characters are upper and lower case letters, digits,
    /// and the - character"); service-errors #5.
    pub(crate) static NAME_INVALID_CHARACTERS = {
        code: "AML204", name: "name-invalid-characters", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Schema(&["pattern"]),
        invalid: "name: cpu_cluster\ntype: amlcompute\n",
        valid: "name: cpu-cluster\ntype: amlcompute\n",
        message: "compute name `{name}` contains {characters}; only letters, digits and `-` are allowed",
        dutch: dutch! {
            docs: "De naam bevat andere tekens dan ASCII-letters, cijfers en `-`. Onderstrepingstekens zijn de gebruikelijke vergissing (`attached_vm` werd door de service geweigerd).\n\n\
                  Bronnen: naslag §1 (studio-artikel: \"Geldige tekens zijn hoofdletters en kleine letters, cijfers en het - teken\"); servicefouten #5.",
            message: "de rekennaam `{name}` bevat {characters}; alleen letters, cijfers en `-` zijn toegestaan",
        },
    }

    /// The name does not start with a letter.
    ///
    /// Sources: reference §1 (SEED "Name must start with a letter"; service errors).
    pub(crate) static NAME_FIRST_CHARACTER = {
        code: "AML205", name: "name-first-character", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Schema(&["pattern"]),
        invalid: "name: 1st-cluster\ntype: amlcompute\n",
        valid: "name: first-cluster\ntype: amlcompute\n",
        message: "compute name `{name}` must start with a letter",
        dutch: dutch! {
            docs: "De naam begint niet met een letter.\n\n\
                  Bronnen: naslag §1 (studio-artikel: \"Naam moet beginnen met een letter\"; foutmeldingen van de service).",
            message: "de rekennaam `{name}` moet met een letter beginnen",
        },
    }

    /// After the last `-` in a compute instance's name there must be a letter, so the name cannot
    /// end in `-` or in `-` followed only by digits. Only compute instances are held to it; the
    /// names of other kinds need only end with a letter or digit (AML207).
    ///
    /// The service rejected `cpu-cluster-1` and `ci-40986653` as instance names: "A name for an
    /// Azure ML Compute Instance must ... Numbers cannot be the ending of the name if the previous
    /// character is a minus symbol (-)". Cluster and AKS names with digits there are accepted:
    /// Terraform's acceptance tests have the service create clusters named like `CC-24011255` and
    /// inference clusters named like `AIC-21120333`, and the service's error for other computes
    /// asks only that a name "end with a letter or digit". The studio states the rule for its
    /// instance and its cluster form ("If - is used, then it needs to be followed by at least one
    /// letter later in the name"): that is the form's own check, so the studio refuses a cluster
    /// named `cpu-cluster-1` where `az ml`, REST, ARM and Terraform create it.
    ///
    /// Sources: reference §1 (service error for instances; SEED for the studio form), §11 item 2,
    /// §14 item 1; service-errors #1, #3; TF (acceptance tests of the cluster and inference cluster
    /// resources).
    pub(crate) static NAME_HYPHEN_SUFFIX = {
        code: "AML206", name: "name-hyphen-suffix", severity: crate::Severity::Error, kinds: HYPHEN_RULE_KINDS,
        enforcement: Enforcement::Schema(&["pattern"]),
        invalid: "name: ci-40986653\ntype: computeinstance\n",
        valid: "name: ci-dev-a1\ntype: computeinstance\n",
        message: "compute name `{name}` ends in `-{suffix}`; Azure wants a letter after the last `-` of an instance's name",
        dutch: dutch! {
            docs: "Na de laatste `-` in de naam van een reken-exemplaar moet een letter staan, dus de naam kan niet eindigen op `-` of op `-` gevolgd door alleen cijfers. Alleen reken-exemplaren moeten hieraan voldoen; de namen van andere typen hoeven alleen op een letter of cijfer te eindigen (AML207).\n\n\
                  De service weigerde `cpu-cluster-1` en `ci-40986653` als namen van reken-exemplaren: \"A name for an Azure ML Compute Instance must ... Numbers cannot be the ending of the name if the previous character is a minus symbol (-)\". Namen van rekenclusters en AKS met cijfers op die plaats worden wel geaccepteerd: de acceptatietests van Terraform laten de service rekenclusters maken met namen zoals `CC-24011255` en inferentieclusters met namen zoals `AIC-21120333`, en de foutmelding van de service voor andere rekenkracht vraagt alleen dat een naam op een letter of cijfer eindigt (\"end with a letter or digit\"). De studio noemt de regel bij zijn formulier voor reken-exemplaren en bij dat voor rekenclusters (\"Als het teken - wordt gebruikt, moet dit worden gevolgd door ten minste één letter later in de naam\"): dat is een controle van het formulier zelf, dus de studio weigert een rekencluster met de naam `cpu-cluster-1` terwijl `az ml`, REST, ARM en Terraform hem maken.\n\n\
                  Bronnen: naslag §1 (foutmelding van de service voor reken-exemplaren; studio-artikel voor het formulier in de studio), §11 punt 2, §14 punt 1; servicefouten #1, #3; TF (acceptatietests van de resources voor rekenclusters en inferentieclusters).",
            message: "de rekennaam `{name}` eindigt op `-{suffix}`; Azure wil een letter na de laatste `-` in de naam van een reken-exemplaar",
        },
    }

    /// The name ends with `-`; the service requires the name of a compute cluster, an AKS
    /// inference cluster or an attached compute to "end with a letter or digit". (A compute
    /// instance's name is held to AML206, which also forbids the `-` at the end.)
    ///
    /// Sources: reference §1 (service error "must start with a letter, end with a letter or
    /// digit"; DOC-aks-v1; TF's cluster name check), service-errors #2, #4.
    pub(crate) static NAME_TRAILING_HYPHEN = {
        code: "AML207", name: "name-trailing-hyphen", severity: crate::Severity::Error, kinds: END_RULE_KINDS,
        enforcement: Enforcement::Schema(&["pattern"]),
        invalid: "name: arc-k8s-\ntype: kubernetes\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc\n",
        valid: "name: arc-k8s\ntype: kubernetes\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc\n",
        message: "compute name `{name}` ends with `-`; it must end with a letter or digit",
        dutch: dutch! {
            docs: "De naam eindigt op `-`; de service eist dat de naam van een rekencluster, een AKS-inferentiecluster of gekoppelde rekenkracht op een letter of cijfer eindigt (\"end with a letter or digit\"). (De naam van een reken-exemplaar valt onder AML206, dat de `-` aan het eind ook verbiedt.)\n\n\
                  Bronnen: naslag §1 (foutmelding van de service \"must start with a letter, end with a letter or digit\"; AKS-artikel v1; de naamcontrole van TF voor rekenclusters), servicefouten #2, #4.",
            message: "de rekennaam `{name}` eindigt op `-`; hij moet op een letter of cijfer eindigen",
        },
    }

    /// Two specs checked in one run use the same compute name (compared case-insensitively).
    /// Names must be unique across the computes of a workspace (AKS docs) and, per the studio, of
    /// a region; the second create fails with "Compute with this name already exists". Specs
    /// meant for different workspaces can share a name; then this warning can be ignored.
    ///
    /// Sources: reference §1 (uniqueness), §11 item 3; service-errors #7.
    pub(crate) static DUPLICATE_NAME_IN_RUN = {
        code: "AML208", name: "duplicate-name-in-run", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\n# amlint: next file\nname: CPU-Cluster\ntype: amlcompute\nmax_instances: 8\n",
        valid: "name: cpu-cluster\ntype: amlcompute\n# amlint: next file\nname: cpu-cluster-large\ntype: amlcompute\nmax_instances: 8\n",
        message: "compute name `{name}` is also used by {other}; compute names must be unique in a workspace",
        dutch: dutch! {
            docs: "Twee specificaties in één uitvoering gebruiken dezelfde rekennaam (zonder onderscheid tussen hoofdletters en kleine letters). Namen moeten uniek zijn binnen de rekenkracht van een werkruimte (AKS-documentatie) en, volgens de studio, van een regio; het tweede maken faalt met \"Compute with this name already exists\". Specificaties voor verschillende werkruimten mogen een naam delen; dan kan deze waarschuwing worden genegeerd.\n\n\
                  Bronnen: naslag §1 (uniciteit), §11 punt 3; servicefouten #7.",
            message: "de rekennaam `{name}` wordt ook gebruikt door {other}; rekennamen moeten uniek zijn in een werkruimte",
        },
    }
}

/// Hard limits (error), and the narrower limits other sources give (warning): the studio form's
/// maximum and the newer docs' minimum, in characters.
fn lengths(kind: Kind) -> ((usize, usize), Disputed) {
    match kind {
        Kind::ComputeInstance => ((3, 24), Disputed::default()),
        // The studio form: 3 to 24 (SEED, DOC-cluster); the service and TF: up to 32.
        Kind::AmlCompute => (
            (3, 32),
            Disputed {
                studio_max: Some(24),
                docs_min: None,
            },
        ),
        // The studio form: 2 to 16 (SEED); the AKS docs: 3 to 24 (DOC-aks-2020, DOC-aks-v1).
        Kind::Aks => (
            (2, 24),
            Disputed {
                studio_max: Some(16),
                docs_min: Some(3),
            },
        ),
        _ => ((2, 16), Disputed::default()),
    }
}

/// Limits that some sources set inside the hard ones.
#[derive(Debug, Default, Clone, Copy)]
struct Disputed {
    /// The longest name the studio form allows.
    studio_max: Option<usize>,
    /// The shortest name newer docs allow.
    docs_min: Option<usize>,
}

/// The hard length limits of a kind's names (what the JSON Schemas enforce).
pub(crate) fn length_limits(kind: Kind) -> (usize, usize) {
    lengths(kind).0
}

pub(crate) fn check(ctx: &mut Scope<'_>) {
    let Some((text, node)) = ctx.str(&["name"]) else {
        return;
    };
    let name = Name {
        text,
        span: node.span,
    };
    if contains_template(text) {
        // A placeholder's length and characters are the template's, not the name's.
        ctx.emit(name.finding(ctx, &NAME_PLACEHOLDER));
        return;
    }
    length(ctx, name);
    invalid_characters(ctx, name);
    first_character(ctx, name);
    hyphen_suffix(ctx, name);
    trailing_hyphen(ctx, name);
}

/// The name being checked and where it stands.
#[derive(Clone, Copy)]
struct Name<'a> {
    text: &'a str,
    span: Span,
}

impl Name<'_> {
    fn finding(self, ctx: &Scope<'_>, rule: &'static Rule) -> Diagnostic {
        ctx.at(rule, "/name", self.span).arg("name", self.text)
    }
}

/// AML202 and AML203: the kind's length, and the lengths the sources disagree on.
fn length(ctx: &mut Scope<'_>, name: Name<'_>) {
    let length = name.text.chars().count();
    let ((min, max), disputed) = lengths(ctx.kind);
    let at = |rule| {
        name.finding(ctx, rule)
            .arg("length", length)
            .arg("kind", kind_word(ctx.kind))
    };
    if length < min || length > max {
        let diagnostic = at(&NAME_LENGTH).arg("min", min).arg("max", max);
        ctx.emit(diagnostic);
    } else if let Some(studio_max) = disputed.studio_max.filter(|m| length > *m) {
        let diagnostic = at(&NAME_LENGTH_DISPUTED)
            .arg("max", studio_max)
            .arg("hard_max", max);
        ctx.emit(diagnostic);
    } else if let Some(docs_min) = disputed.docs_min.filter(|m| length < *m) {
        let diagnostic = at(&NAME_LENGTH_DISPUTED)
            .variant("AML203.min")
            .arg("min", docs_min);
        ctx.emit(diagnostic);
    }
}

fn invalid_characters(ctx: &mut Scope<'_>, name: Name<'_>) {
    let allowed = |c: char| c.is_ascii_alphanumeric() || c == '-';
    if name.text.chars().all(allowed) {
        return;
    }
    let mut bad: Vec<char> = name.text.chars().filter(|c| !allowed(*c)).collect();
    bad.dedup();
    let shown = bad
        .iter()
        .take(5)
        .map(|c| Arg::code(format!("`{}`", c.escape_default())))
        .collect();
    let diagnostic = name
        .finding(ctx, &NAME_INVALID_CHARACTERS)
        .arg("characters", Arg::List(shown, Join::Comma));
    ctx.emit(diagnostic);
}

fn first_character(ctx: &mut Scope<'_>, name: Name<'_>) {
    if !name.text.starts_with(|c: char| c.is_ascii_alphabetic()) {
        ctx.emit(name.finding(ctx, &NAME_FIRST_CHARACTER));
    }
}

fn hyphen_suffix(ctx: &mut Scope<'_>, name: Name<'_>) {
    let Some((_, suffix)) = name.text.rsplit_once('-') else {
        return;
    };
    if !suffix.chars().any(|c| c.is_ascii_alphabetic()) {
        let diagnostic = name.finding(ctx, &NAME_HYPHEN_SUFFIX).arg("suffix", suffix);
        ctx.emit(diagnostic);
    }
}

fn trailing_hyphen(ctx: &mut Scope<'_>, name: Name<'_>) {
    if name.text.ends_with('-') {
        ctx.emit(name.finding(ctx, &NAME_TRAILING_HYPHEN));
    }
}

/// Where the first use of a name is, seen from the file where it is used again: another
/// document of the same file, or another file (named by its label), in the catalog's words.
fn place(first: &First, from: usize) -> Arg {
    let document = ("document", Arg::from(first.document + 1));
    if first.file == from {
        return Arg::Phrase("place.same_file", vec![document]);
    }
    let path = ("path", Arg::code(&first.label));
    if document.1 == Arg::Int(1) {
        Arg::Phrase("place.file", vec![path])
    } else {
        Arg::Phrase("place.file_document", vec![path, document])
    }
}

/// Where a name was first used in a run.
#[derive(Debug)]
struct First {
    /// The file's number in the run, and its label.
    file: usize,
    label: String,
    /// The document in that file.
    document: usize,
}

/// Names used more than once across the files of a run, file by file in the run's order: every
/// use after the first is reported, naming the first. What is kept of the files already seen is
/// each name's first place, not the files.
#[derive(Debug, Default)]
pub(crate) struct Names {
    /// By the name in lower case.
    first: HashMap<String, First>,
    /// Files seen so far.
    files: usize,
}

impl Names {
    /// The findings of the run's next file, labelled `label`, whose documents are `documents`.
    pub(crate) fn check(&mut self, label: &str, documents: &[DocumentSummary]) -> Vec<Diagnostic> {
        let file = self.files;
        self.files += 1;
        let mut out = Vec::new();
        for summary in documents {
            let (Some(kind), Some((name, span))) = (summary.kind, &summary.name) else {
                continue;
            };
            if !DUPLICATE_NAME_IN_RUN.applies_to(kind) || contains_template(name) {
                continue;
            }
            match self.first.entry(name.to_ascii_lowercase()) {
                std::collections::hash_map::Entry::Vacant(vacant) => {
                    vacant.insert(First {
                        file,
                        label: label.to_owned(),
                        document: summary.document,
                    });
                }
                std::collections::hash_map::Entry::Occupied(first) => {
                    let diagnostic = Diagnostic::new(
                        &DUPLICATE_NAME_IN_RUN,
                        summary.document,
                        "/name".to_owned(),
                        Some(*span),
                    )
                    .arg("name", name)
                    .arg("other", place(first.get(), file));
                    out.push(diagnostic);
                }
            }
        }
        out
    }
}
