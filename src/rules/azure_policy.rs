//! The organisation's Azure Policy definitions, evaluated on each spec before deployment (AML95x).
//! They report only when policies are given (`--policy`, `[policy]` in the config, npm's
//! `policy` option).
//!
//! A spec is evaluated as the ARM resource az ml sends for it (`projection`): client defaults
//! filled in, durations in ISO 8601, enumerations as REST spells them. Verdicts follow Azure's:
//! Deny is an error, Audit a warning, Disabled nothing; an evaluation that fails is an error
//! whatever the effect, because Azure denies the request then; what only deployment knows is said
//! to be unknown, never passed.

use serde_json::Value as Json;

use super::Scope;
use crate::azure_policy::{self, Alias, COMPUTES, Effect, Leaf, Outcome};
use crate::context::Assigned;
use crate::context::ContextFile::Policy;
use crate::kind::Kind;
use crate::messages::{Arg, Join};
use crate::projection;
use crate::rule::{Enforcement, context_only, declare_rules, dutch};

const ALL: &[Kind] = Kind::ALL;

/// A policy for the examples: clusters only in two sizes (the shape of the Landing Zones
/// library's `Deny-MachineLearning-Compute-VmSize`).
const SIZES_POLICY: &str = r#"{"properties": {"displayName": "Allowed compute sizes", "parameters": {"effect": {"type": "String", "defaultValue": "Deny"}},
  "policyRule": {"if": {"allOf": [{"field": "type", "equals": "Microsoft.MachineLearningServices/workspaces/computes"},
    {"field": "Microsoft.MachineLearningServices/workspaces/computes/vmSize", "notIn": ["Standard_DS3_v2", "Standard_DS4_v2"]}]},
  "then": {"effect": "[parameters('effect')]"}}}}"#;

declare_rules! {
    /// A policy assigned where the compute is created denies it: Azure refuses the request with
    /// `RequestDisallowedByPolicy` (HTTP 403) after the wait. The finding names the policy and
    /// the conditions that made it apply, as the policy writes them (`vmSize notIn [...]`).
    ///
    /// The spec is evaluated as the ARM resource az ml sends: a field left out counts as
    /// azure-ai-ml's client default (a cluster's `size` as `STANDARD_DS3_V2`), a duration in the
    /// ISO 8601 form azure-ai-ml writes (`1800` as `PT30M`). Conditions compare as Azure's do
    /// (strings without regard to case, locations in any spelling). docs/policy.md explains the
    /// engine and the aliases it resolves.
    ///
    /// Sources: reference §14 (the service's refusals); Azure Policy docs (definition structure:
    /// policy rule, parameters, aliases; the deny effect); `iac-policy-editor.md` §2.
    pub(crate) static POLICY_DENIED = {
        code: "AML950", name: "policy-denied", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: gpu-cluster\ntype: amlcompute\nsize: Standard_NC6\nmax_instances: 2\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nsize: Standard_DS3_v2\nmax_instances: 2\n",
        context: &[(Policy, SIZES_POLICY)],
        message: context_only!("the policy “{policy}” denies this compute: {conditions}"),
        dutch: dutch! {
            docs: "Een beleid dat is toegewezen waar de rekenkracht wordt gemaakt, weigert haar: Azure wijst de aanvraag na het wachten af met `RequestDisallowedByPolicy` (HTTP 403). De melding noemt het beleid en de voorwaarden waardoor het van toepassing is, zoals het beleid ze schrijft (`vmSize notIn [...]`).\n\n\
                  De specificatie wordt beoordeeld als de ARM-resource die az ml verstuurt: een weggelaten veld telt als de standaardwaarde van azure-ai-ml (de `size` van een cluster als `STANDARD_DS3_V2`), een tijdsduur in de ISO 8601-vorm die azure-ai-ml schrijft (`1800` als `PT30M`). Voorwaarden vergelijken zoals die van Azure (tekst zonder onderscheid tussen hoofd- en kleine letters, locaties in elke schrijfwijze). docs/policy.md legt de beoordeling uit en de aliassen die amlint kent.\n\n\
                  Bronnen: naslag §14 (de weigeringen van de service); documentatie van Azure Policy (structuur van een definitie: beleidsregel, parameters, aliassen; het effect deny); `iac-policy-editor.md` §2.",
            message: "het beleid ‘{policy}’ weigert deze rekenkracht: {conditions}",
        },
    }

    /// A policy assigned where the compute is created audits it as non-compliant: Azure creates
    /// it and records the non-compliance, which the platform team sees in its compliance view.
    /// The finding names the policy and the conditions that made it apply.
    ///
    /// Sources: Azure Policy docs (the audit effect; definition structure: policy rule);
    /// `iac-policy-editor.md` §2 (the built-in definitions for computes).
    pub(crate) static POLICY_AUDITED = {
        code: "AML951", name: "policy-audited", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: gpu-cluster\ntype: amlcompute\nsize: Standard_NC6\nmax_instances: 2\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nsize: Standard_DS4_v2\nmax_instances: 2\n",
        context: &[(Policy, r#"{"properties": {"displayName": "Audited sizes", "policyRule": {"if": {"field": "Microsoft.MachineLearningServices/workspaces/computes/vmSize", "like": "Standard_NC*"}, "then": {"effect": "audit"}}}}"#)],
        message: context_only!("the policy “{policy}” audits this compute as non-compliant: {conditions}"),
        dutch: dutch! {
            docs: "Een beleid dat is toegewezen waar de rekenkracht wordt gemaakt, markeert haar als niet-conform: Azure maakt haar wel, en legt de niet-naleving vast, die het platformteam in zijn nalevingsoverzicht ziet. De melding noemt het beleid en de voorwaarden waardoor het van toepassing is.\n\n\
                  Bronnen: documentatie van Azure Policy (het effect audit; structuur van een definitie: beleidsregel); `iac-policy-editor.md` §2 (de ingebouwde definities voor rekenkracht).",
            message: "het beleid ‘{policy}’ markeert deze rekenkracht als niet-conform: {conditions}",
        },
    }

    /// A policy cannot be evaluated on this compute: a template function in it fails on the
    /// value az ml sends (`int('')`, `substring` beyond the end, unlike types compared). Azure
    /// documents that "a failed evaluation is an implicit deny": the request is refused, whatever
    /// the policy's effect. The finding names the function; the policy needs fixing (or guarding
    /// with `if()`), or the spec must avoid the value.
    ///
    /// Sources: Azure Policy docs (definition structure: policy rule, "Avoiding template
    /// failures"; policy rule limits); `iac-policy-editor.md` §2 (the Landing Zones cluster-scale
    /// policy's reading of durations).
    pub(crate) static POLICY_EVALUATION_FAILS = {
        code: "AML952", name: "policy-evaluation-fails", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: ab\ntype: amlcompute\nmax_instances: 2\n",
        valid: "name: abc-cluster\ntype: amlcompute\nmax_instances: 2\n",
        context: &[(Policy, r#"{"properties": {"displayName": "Name prefix", "policyRule": {"if": {"value": "[substring(field('name'), 0, 3)]", "equals": "tmp"}, "then": {"effect": "audit"}}}}"#)],
        message: context_only!("the policy “{policy}” cannot be evaluated on this compute ({reason} in `{subject}`), and Azure denies a request whose policy evaluation fails"),
        dutch: dutch! {
            docs: "Een beleid kan op deze rekenkracht niet worden beoordeeld: een sjabloonfunctie erin mislukt op de waarde die az ml verstuurt (`int('')`, `substring` voorbij het einde, ongelijke typen vergeleken). Azure documenteert dat een mislukte beoordeling een impliciete weigering is: de aanvraag wordt geweigerd, wat het effect van het beleid ook is. De melding noemt de functie; het beleid moet worden verbeterd (of met `if()` worden afgeschermd), of de specificatie moet de waarde vermijden.\n\n\
                  Bronnen: documentatie van Azure Policy (structuur van een definitie: beleidsregel, \"Avoiding template failures\"; limieten van beleidsregels); `iac-policy-editor.md` §2 (hoe het schaalbeleid van de Landing Zones-bibliotheek tijdsduren leest).",
            message: "het beleid ‘{policy}’ kan op deze rekenkracht niet worden beoordeeld ({reason} in `{subject}`), en Azure weigert een aanvraag waarvan de beleidsbeoordeling mislukt",
        },
    }

    /// A policy reads a duration only in one of its ISO 8601 spellings, and az ml sends another.
    /// azure-ai-ml writes `idle_time_before_scale_down` as `isodate` writes a time span (`1800`
    /// seconds as `PT30M`, `3601` as `PT1H1S`); an expression such as the Landing Zones
    /// cluster-scale policy's `int(last(split(replace(...), '/')))` reads only `PT900S`-style
    /// values: `PT30M` makes it fail (Azure then denies), `PT1H1S` is read as 1. amlint evaluates
    /// the policy on both spellings of the same time and reports when they differ, so the
    /// platform team can fix the expression.
    ///
    /// Sources: `iac-policy-editor.md` §2; azure-ai-ml's `to_iso_duration_format`
    /// (`_utils/utils.py`); Azure Policy docs ("Avoiding template failures").
    pub(crate) static POLICY_MISREADS_DURATION = {
        code: "AML953", name: "policy-misreads-duration", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 2\nidle_time_before_scale_down: 3601\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 2\nidle_time_before_scale_down: 59\n",
        context: &[(Policy, r#"{"properties": {"displayName": "Idle time in seconds", "policyRule": {"if": {"greater": 3000, "value": "[int(last(split(replace(replace(replace(replace(replace(replace(replace(field('Microsoft.MachineLearningServices/workspaces/computes/scaleSettings.nodeIdleTimeBeforeScaleDown'), 'P', '/'), 'Y', '/'), 'M', '/'), 'D', '/'), 'T', '/'), 'H', '/'), 'S', ''), '/')))]"}, "then": {"effect": "audit"}}}}"#)],
        message: context_only!("the policy “{policy}” reads `{field}` differently from how az ml writes it: az ml sends `{sent}`, and the same time written in seconds, `{seconds}`, gives another verdict; the policy's expression should read every ISO 8601 spelling"),
        variants: &[
            ("fails", context_only!("the policy “{policy}” fails on `{field}` as az ml writes it (`{sent}`), though it reads the same time written in seconds (`{seconds}`); Azure denies a request whose policy evaluation fails, so the policy's expression should read every ISO 8601 spelling")),
        ],
        dutch: dutch! {
            docs: "Een beleid leest een tijdsduur maar in één van de ISO 8601-schrijfwijzen, en az ml verstuurt een andere. azure-ai-ml schrijft `idle_time_before_scale_down` zoals `isodate` een tijdspanne schrijft (`1800` seconden als `PT30M`, `3601` als `PT1H1S`); een expressie zoals die van het schaalbeleid voor clusters uit de Landing Zones-bibliotheek, `int(last(split(replace(...), '/')))`, leest alleen waarden als `PT900S`: bij `PT30M` mislukt ze (en weigert Azure), `PT1H1S` leest ze als 1. amlint beoordeelt het beleid op beide schrijfwijzen van dezelfde tijd en meldt het als de uitkomsten verschillen, zodat het platformteam de expressie kan verbeteren.\n\n\
                  Bronnen: `iac-policy-editor.md` §2; `to_iso_duration_format` van azure-ai-ml (`_utils/utils.py`); documentatie van Azure Policy (\"Avoiding template failures\").",
            message: "het beleid ‘{policy}’ leest `{field}` anders dan az ml het schrijft: az ml verstuurt `{sent}`, en dezelfde tijd in seconden, `{seconds}`, geeft een ander oordeel; de expressie van het beleid zou elke ISO 8601-schrijfwijze moeten lezen",
            variants: &[
                ("fails", "het beleid ‘{policy}’ mislukt op `{field}` zoals az ml het schrijft (`{sent}`), terwijl het dezelfde tijd in seconden (`{seconds}`) wel leest; Azure weigert een aanvraag waarvan de beleidsbeoordeling mislukt, dus de expressie van het beleid zou elke ISO 8601-schrijfwijze moeten lezen"),
            ],
        },
    }

    /// A policy reads an alias of `Microsoft.MachineLearningServices/workspaces/computes` that
    /// amlint does not know, so amlint cannot say what Azure will decide: the policy is not
    /// evaluated on this compute. amlint resolves the aliases published definitions use
    /// (docs/policy.md lists them with their sources); tell us about the one this policy reads.
    ///
    /// Sources: Azure Policy docs (definition structure: aliases); `iac-policy-editor.md` §2.
    pub(crate) static POLICY_ALIAS_UNKNOWN = {
        code: "AML954", name: "policy-alias-unknown", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 2\n",
        valid: "name: cpu-cluster\ntype: computeinstance\n",
        context: &[(Policy, r#"{"properties": {"displayName": "A new alias", "policyRule": {"if": {"allOf": [{"field": "Microsoft.MachineLearningServices/workspaces/computes/computeType", "equals": "AmlCompute"}, {"field": "Microsoft.MachineLearningServices/workspaces/computes/somethingNew", "exists": true}]}, "then": {"effect": "deny"}}}}"#)],
        message: context_only!("the policy “{policy}” reads `{field}`, an alias amlint does not know: it is not evaluated on this compute"),
        dutch: dutch! {
            docs: "Een beleid leest een alias van `Microsoft.MachineLearningServices/workspaces/computes` die amlint niet kent, dus amlint kan niet zeggen wat Azure zal beslissen: het beleid wordt op deze rekenkracht niet beoordeeld. amlint kent de aliassen die gepubliceerde definities gebruiken (docs/policy.md noemt ze met hun bronnen); meld ons welke alias dit beleid leest.\n\n\
                  Bronnen: documentatie van Azure Policy (structuur van een definitie: aliassen); `iac-policy-editor.md` §2.",
            message: "het beleid ‘{policy}’ leest `{field}`, een alias die amlint niet kent: het wordt op deze rekenkracht niet beoordeeld",
        },
    }

    /// A policy depends on what only deployment settles — a property Azure sets on the created
    /// compute (`osImageMetadata.isLatestOsImageVersion`), the resource group, the request — or
    /// has an effect Azure applies after deployment (`AuditIfNotExists`, `DeployIfNotExists`).
    /// amlint cannot evaluate it before deployment and says so rather than passing it.
    ///
    /// Sources: Azure Policy docs (policy functions; effects); `iac-policy-editor.md` §2 (the
    /// built-in "Compute instances should be recreated to get the latest software updates").
    pub(crate) static POLICY_AFTER_DEPLOYMENT = {
        code: "AML955", name: "policy-after-deployment", severity: crate::Severity::Info, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-alice\ntype: computeinstance\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 2\n",
        context: &[(Policy, r#"{"properties": {"displayName": "Latest image", "policyRule": {"if": {"allOf": [{"field": "Microsoft.MachineLearningServices/workspaces/computes/computeType", "equals": "ComputeInstance"}, {"field": "Microsoft.MachineLearningServices/workspaces/computes/osImageMetadata.isLatestOsImageVersion", "equals": "false"}]}, "then": {"effect": "audit"}}}}"#)],
        message: context_only!("the policy “{policy}” depends on `{field}`, which only deployment settles: amlint cannot evaluate it before then"),
        variants: &[
            ("effect", context_only!("the policy “{policy}” has the effect `{effect}`, which Azure applies after deployment: amlint cannot evaluate it before then")),
        ],
        dutch: dutch! {
            docs: "Een beleid hangt af van wat pas bij de implementatie vaststaat — een eigenschap die Azure op de gemaakte rekenkracht zet (`osImageMetadata.isLatestOsImageVersion`), de resourcegroep, de aanvraag — of heeft een effect dat Azure na de implementatie toepast (`AuditIfNotExists`, `DeployIfNotExists`). amlint kan het niet vóór de implementatie beoordelen en zegt dat, in plaats van het goed te keuren.\n\n\
                  Bronnen: documentatie van Azure Policy (beleidsfuncties; effecten); `iac-policy-editor.md` §2 (het ingebouwde beleid \"Compute instances should be recreated to get the latest software updates\").",
            message: "het beleid ‘{policy}’ hangt af van `{field}`, dat pas bij de implementatie vaststaat: amlint kan het niet eerder beoordelen",
            variants: &[
                ("effect", "het beleid ‘{policy}’ heeft het effect `{effect}`, dat Azure na de implementatie toepast: amlint kan het niet eerder beoordelen"),
            ],
        },
    }

    /// A policy with the Modify or Append effect applies to this compute: Azure changes the
    /// request before creating it (the built-in "Computes to disable local authentication
    /// methods" sets `disableLocalAuth` to `true`). The compute will not be as the spec says;
    /// writing the value in the spec (where it has a field) makes the difference visible.
    ///
    /// Sources: Azure Policy docs (the modify and append effects); `iac-policy-editor.md` §2
    /// (DisableLocalAuth_Modify).
    pub(crate) static POLICY_MODIFIES = {
        code: "AML956", name: "policy-modifies", severity: crate::Severity::Info, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 2\nenable_node_public_ip: true\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 2\nenable_node_public_ip: false\n",
        context: &[(Policy, r#"{"properties": {"displayName": "No public IPs", "policyRule": {"if": {"allOf": [{"field": "Microsoft.MachineLearningServices/workspaces/computes/computeType", "equals": "AmlCompute"}, {"field": "Microsoft.MachineLearningServices/workspaces/computes/enableNodePublicIP", "notEquals": false}]}, "then": {"effect": "modify", "details": {"operations": [{"operation": "addOrReplace", "field": "Microsoft.MachineLearningServices/workspaces/computes/enableNodePublicIP", "value": false}]}}}}}"#)],
        fix: Some(crate::fix::Applicability::Safe),
        message: context_only!("the policy “{policy}” makes Azure change this compute when it is created: {operations}"),
        dutch: dutch! {
            docs: "Een beleid met het effect Modify of Append is van toepassing op deze rekenkracht: Azure wijzigt de aanvraag voordat de rekenkracht wordt gemaakt (het ingebouwde beleid \"Computes to disable local authentication methods\" zet `disableLocalAuth` op `true`). De rekenkracht wordt dan niet zoals de specificatie zegt; de waarde in de specificatie schrijven (waar er een veld voor is) maakt het verschil zichtbaar.\n\n\
                  Bronnen: documentatie van Azure Policy (de effecten modify en append); `iac-policy-editor.md` §2 (DisableLocalAuth_Modify).",
            message: "het beleid ‘{policy}’ laat Azure deze rekenkracht wijzigen wanneer ze wordt gemaakt: {operations}",
        },
    }
}

/// The `type` and `computeType` conditions only say which resources a policy is about.
fn is_guard(leaf: &Leaf) -> bool {
    leaf.fields.iter().all(|f| {
        f.eq_ignore_ascii_case("type") || f.eq_ignore_ascii_case(&format!("{COMPUTES}/computeType"))
    })
}

pub(crate) fn check(ctx: &mut Scope<'_>) {
    // The npm package's form module (feature `form`) takes no policies: the engine is left to the
    // full module, and out of the form module's code (its size budget, docs/performance.md).
    if cfg!(feature = "form") {
        return;
    }
    let Some(context) = ctx.context else {
        return;
    };
    if context.policies().is_empty() {
        return;
    }
    let resource = projection::arm_resource(ctx.kind, ctx.root);
    for assigned in context.policies() {
        evaluate(ctx, assigned, &resource);
    }
}

fn evaluate(ctx: &mut Scope<'_>, assigned: &Assigned, resource: &Json) {
    let definition = &assigned.definition;
    let effect = assigned.resolved.effect;
    if effect == Effect::Disabled {
        return;
    }
    let policy = || Arg::Foreign(definition.display_name.clone());
    let outcome = azure_policy::evaluate(&definition.rule_if, &assigned.resolved.values, resource);
    misread_durations(ctx, assigned, resource, &outcome);
    match outcome {
        Outcome::DoesNotApply => {}
        Outcome::Fails(failure) => {
            let finding = ctx
                .at(&POLICY_EVALUATION_FAILS, "", ctx.key_span(&["type"]))
                .arg("policy", policy())
                .arg("reason", Arg::code(failure.reason.name()))
                .arg("subject", Arg::Foreign(failure.subject));
            ctx.emit(finding);
        }
        Outcome::Unknown(fields) => {
            let Some(field) = fields.first() else {
                return;
            };
            let known = azure_policy::ALIASES
                .iter()
                .any(|a| field.eq_ignore_ascii_case(&format!("{COMPUTES}/{}", a.name)));
            let rule = if known
                || !field
                    .to_ascii_lowercase()
                    .starts_with(&COMPUTES.to_ascii_lowercase())
            {
                &POLICY_AFTER_DEPLOYMENT
            } else {
                &POLICY_ALIAS_UNKNOWN
            };
            let finding = ctx
                .at(rule, "", ctx.key_span(&["type"]))
                .arg("policy", policy())
                .arg("field", Arg::code(field.clone()));
            ctx.emit(finding);
        }
        Outcome::Matches(leaves) => matched(ctx, assigned, effect, &leaves),
    }
}

fn matched(ctx: &mut Scope<'_>, assigned: &Assigned, effect: Effect, leaves: &[Leaf]) {
    let policy = Arg::Foreign(assigned.definition.display_name.clone());
    let shown: Vec<&Leaf> = match leaves.iter().filter(|l| !is_guard(l)).collect::<Vec<_>>() {
        decisive if decisive.is_empty() => leaves.iter().collect(),
        decisive => decisive,
    };
    let conditions = Arg::List(
        shown.iter().map(|l| Arg::code(condition_text(l))).collect(),
        Join::And,
    );
    let (pointer, span) = place(ctx, shown.first().copied());
    match effect {
        Effect::Deny | Effect::Audit => {
            let rule = if effect == Effect::Deny {
                &POLICY_DENIED
            } else {
                &POLICY_AUDITED
            };
            let finding = ctx
                .at(rule, pointer, span)
                .arg("policy", policy)
                .arg("conditions", conditions);
            ctx.emit(finding);
        }
        Effect::Modify | Effect::Append => {
            let operations = operations(&assigned.definition.details);
            let mut finding = ctx
                .at(&POLICY_MODIFIES, pointer, span)
                .arg("policy", policy)
                .arg("operations", Arg::List(operations, Join::And));
            if let Some(fix) = modify_fix(ctx, &assigned.definition.details) {
                finding = finding.with_fix(fix);
            }
            ctx.emit(finding);
        }
        Effect::AfterDeployment => {
            let effect = assigned.definition.effect.as_str().unwrap_or_default();
            let effect = match assigned
                .resolved
                .values
                .get("effect")
                .and_then(Json::as_str)
            {
                Some(given) if effect.starts_with('[') => given,
                _ => effect,
            };
            let finding = ctx
                .at(&POLICY_AFTER_DEPLOYMENT, "", ctx.key_span(&["type"]))
                .variant("AML955.effect")
                .arg("policy", policy)
                .arg("effect", Arg::code(effect.to_owned()));
            ctx.emit(finding);
        }
        Effect::Disabled => {}
    }
}

/// `vmSize notIn ["Standard_DS3_v2", … +78]`: the condition in the policy's own words.
fn condition_text(leaf: &Leaf) -> String {
    let fields: Vec<&str> = leaf.fields.iter().map(|f| short_alias(f)).collect();
    let subject = if fields.is_empty() {
        "value".to_owned()
    } else {
        fields.join(", ")
    };
    format!("{subject} {} {}", leaf.operator, brief(&leaf.expected))
}

fn short_alias(field: &str) -> &str {
    match field.get(..COMPUTES.len() + 1) {
        Some(prefix) if prefix.eq_ignore_ascii_case(&format!("{COMPUTES}/")) => {
            &field[COMPUTES.len() + 1..]
        }
        _ => field,
    }
}

/// A value from a policy, short: long lists show their first items and how many more.
fn brief(json: &Json) -> String {
    match json {
        Json::Array(items) if items.len() > 4 => {
            let head: Vec<String> = items.iter().take(3).map(|i| i.to_string()).collect();
            format!("[{}, … +{}]", head.join(", "), items.len() - 3)
        }
        other => {
            let text = other.to_string();
            if text.chars().count() > 120 {
                format!("{}…", text.chars().take(120).collect::<String>())
            } else {
                text
            }
        }
    }
}

/// Modify's `details.operations` (or Append's `details`): `disableLocalAuth addOrReplace true`.
fn operations(details: &Json) -> Vec<Arg> {
    let list = details
        .get("operations")
        .and_then(Json::as_array)
        .or_else(|| details.as_array());
    list.into_iter()
        .flatten()
        .map(|op| {
            let field = op.get("field").and_then(Json::as_str).unwrap_or("?");
            let verb = op
                .get("operation")
                .and_then(Json::as_str)
                .unwrap_or("append");
            let value = op.get("value").map(brief).unwrap_or_default();
            Arg::code(
                format!("{} {verb} {value}", short_alias(field))
                    .trim_end()
                    .to_owned(),
            )
        })
        .collect()
}

/// A Modify operation as an edit of the spec: where it sets a field the spec writes as the request
/// does to a value the policy states outright (no expression), the spec is made to say what Azure
/// will make of it. Safe: the value is certain, and the compute ends up so either way.
fn modify_fix(ctx: &Scope<'_>, details: &Json) -> Option<crate::fix::Fix> {
    details
        .get("operations")?
        .as_array()?
        .iter()
        .find_map(|op| {
            let verb = op.get("operation")?.as_str()?;
            if !(verb.eq_ignore_ascii_case("addOrReplace") || verb.eq_ignore_ascii_case("replace"))
            {
                return None;
            }
            let value = op.get("value")?;
            if value
                .as_str()
                .is_some_and(|v| v.starts_with('[') && !v.starts_with("[["))
            {
                return None;
            }
            let field = op.get("field")?.as_str()?;
            let alias = azure_policy::ALIASES
                .iter()
                .find(|a| field.eq_ignore_ascii_case(&format!("{COMPUTES}/{}", a.name)))?;
            let mapping = ctx.kind.forms().by_arm(alias.path).next()?;
            if mapping.arm.map(|(_, form)| form) != Some(crate::model::iac::Form::Same) {
                return None;
            }
            let steps: Vec<&str> = mapping.field.split('.').collect();
            let node = ctx.get(&steps)?;
            (node.to_json() != *value)
                .then(|| super::replace(&super::pointer(&steps), node.span, value.clone()))
        })
}

/// Where a finding about a condition points: the spec's field the alias maps to, or the
/// compute's `type` when the spec does not write it.
fn place(ctx: &Scope<'_>, leaf: Option<&Leaf>) -> (String, crate::span::Span) {
    let alias = leaf.and_then(|l| l.fields.first()).and_then(|f| {
        azure_policy::ALIASES
            .iter()
            .find(|a| f.eq_ignore_ascii_case(&format!("{COMPUTES}/{}", a.name)))
    });
    let field = alias.and_then(|a| field_of(ctx.kind, a));
    let steps: Vec<&str> = field.map(|f| f.split('.').collect()).unwrap_or_default();
    match (field, ctx.get(&steps)) {
        (Some(_), Some(node)) if !steps.is_empty() => (super::pointer(&steps), node.span),
        _ => (String::new(), ctx.key_span(&["type"])),
    }
}

fn field_of(kind: Kind, alias: &Alias) -> Option<&'static str> {
    kind.forms().by_arm(alias.path).next().map(|m| m.field)
}

/// AML953: the policy's verdict on each duration it reads, as az ml spells it and in seconds.
fn misread_durations(ctx: &mut Scope<'_>, assigned: &Assigned, resource: &Json, outcome: &Outcome) {
    for alias in azure_policy::ALIASES.iter().filter(|a| a.duration) {
        let steps: Vec<&str> = alias.path.split('.').collect();
        let Some(sent) = steps
            .iter()
            .try_fold(resource, |node, step| node.get(step))
            .and_then(Json::as_str)
        else {
            continue;
        };
        let Some(seconds) = projection::iso_seconds(sent) else {
            continue;
        };
        let in_seconds = format!("PT{seconds}S");
        if in_seconds == sent {
            continue;
        }
        let mut other = resource.clone();
        if let Some(slot) = steps
            .iter()
            .try_fold(&mut other, |node, step| node.get_mut(step))
        {
            *slot = Json::from(in_seconds.clone());
        }
        let again = azure_policy::evaluate(
            &assigned.definition.rule_if,
            &assigned.resolved.values,
            &other,
        );
        if same_verdict(outcome, &again) {
            continue;
        }
        let field = field_of(ctx.kind, alias).unwrap_or(alias.name);
        let steps: Vec<&str> = field.split('.').collect();
        let span = ctx
            .get(&steps)
            .map_or_else(|| ctx.key_span(&["type"]), |n| n.span);
        let pointer = if ctx.get(&steps).is_some() {
            super::pointer(&steps)
        } else {
            String::new()
        };
        let mut finding = ctx
            .at(&POLICY_MISREADS_DURATION, pointer, span)
            .arg(
                "policy",
                Arg::Foreign(assigned.definition.display_name.clone()),
            )
            .arg("field", Arg::code(alias.name))
            .arg("sent", Arg::code(sent.to_owned()))
            .arg("seconds", Arg::code(in_seconds));
        if matches!(outcome, Outcome::Fails(_)) {
            finding = finding.variant("AML953.fails");
        }
        ctx.emit(finding);
    }
}

/// Whether two outcomes are the same verdict (what made a rule match may differ).
fn same_verdict(a: &Outcome, b: &Outcome) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}
