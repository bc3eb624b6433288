//! Rules that walk a spec against its kind's field table in `model/` (AML1xx): required fields,
//! types, enums, ranges, unknown and read-only fields. These are the rules the JSON Schema
//! expresses too.

use super::Scope;
use super::type_word;
use crate::diagnostic::Diagnostic;
use crate::fix::{Applicability, Change, Fix};
use crate::kind::Kind;
use crate::messages::{Arg, Join};
use crate::model::{self, Field, Ty};
use crate::rule::{Enforcement, Rule, declare_rules, dutch};
use crate::span::Span;
use crate::yaml::{Location, Node, Value};

const ALL: &[Kind] = Kind::ALL;

declare_rules! {
    /// A field Azure requires is missing: `name` and `type` everywhere; `resource_id` for the kinds
    /// that attach an existing resource; a schedule's `action` and `trigger`, a trigger's `type`,
    /// a cron trigger's `expression`, a recurrence's `frequency` and `interval`; a custom
    /// application's `name` and `endpoints`, an endpoint's `target` and `published`, a bind
    /// mount's `source` and `target`; `ssh_settings.admin_username` of a cluster and of an attached
    /// VM, and an attached VM's `ssh_settings` itself; an `identity`'s `type`.
    ///
    /// Sources: reference §0 (CLI attach error), §2–§9 ("req?" columns), `sdk-fields/`;
    /// azure-ai-ml 1.35.2 `load_compute`, observed: its schemas leave some of these optional, but
    /// the objects it builds from them require them (`RecurrenceTrigger.__init__() missing 1
    /// required keyword-only argument: 'interval'`; a VM without `ssh_settings` fails as the
    /// request is built).
    pub(crate) static MISSING_REQUIRED_FIELD = {
        code: "AML101", name: "missing-required-field", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Schema(&["required"]),
        invalid: "type: amlcompute\nmax_instances: 4\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\n",
        message: "required field `{field}` is missing",
        dutch: dutch! {
            docs: "Een veld dat Azure vereist, ontbreekt: overal `name` en `type`; `resource_id` voor de typen die een bestaande resource koppelen; `action` en `trigger` van een planning, `type` van een trigger, `expression` van een cron-trigger, `frequency` en `interval` van een herhaling; `name` en `endpoints` van een aangepaste toepassing, `target` en `published` van een eindpunt, `source` en `target` van een bind-koppeling; `ssh_settings.admin_username` van een cluster en van een gekoppelde VM, en `ssh_settings` zelf van een gekoppelde VM; `type` van een `identity`.\n\n\
                  Bronnen: naslag §0 (foutmelding van CLI attach), §2–§9 (kolommen \"req?\"), `sdk-fields/`; azure-ai-ml 1.35.2 `load_compute`, waargenomen: de schema's laten enkele hiervan optioneel, maar de objecten die de SDK ervan bouwt, vereisen ze (`RecurrenceTrigger.__init__() missing 1 required keyword-only argument: 'interval'`; een VM zonder `ssh_settings` faalt bij het opbouwen van de aanvraag).",
            message: "het vereiste veld `{field}` ontbreekt",
        },
    }

    /// A value has the wrong type: text where a number is expected, a single value where a list is
    /// expected (`hours: 1` instead of `hours: [1]`), a number as a tag value, or null. `az ml`
    /// rejects these with "Not a valid integer/string/list" or "Field may not be null".
    ///
    /// Sources: reference §0 (marshmallow types, observed), §9.1.
    pub(crate) static WRONG_TYPE = {
        code: "AML102", name: "wrong-type", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Schema(&["type"]),
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: four\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\n",
        message: "`{field}` must be {expected}, not {actual}",
        dutch: dutch! {
            docs: "Een waarde heeft het verkeerde type: tekst waar een getal wordt verwacht, een losse waarde waar een lijst wordt verwacht (`hours: 1` in plaats van `hours: [1]`), een getal als tagwaarde, of null. `az ml` weigert deze met \"Not a valid integer/string/list\" of \"Field may not be null\".\n\n\
                  Bronnen: naslag §0 (marshmallow-typen, waargenomen), §9.1.",
            message: "`{field}` moet {expected} zijn, niet {actual}",
        },
    }

    /// A value is not one of the field's allowed values. Case does not matter (`Dedicated` is
    /// fine) but spelling does: `LowPriority` is rejected with "Value 'LowPriority' passed is not
    /// in set ['low_priority', 'dedicated']".
    ///
    /// Sources: reference §0, §3 (`tier`), §9.1 (schedules), §14 item 4.
    pub(crate) static INVALID_ENUM_VALUE = {
        code: "AML103", name: "invalid-enum-value", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Schema(&["enum"]),
        invalid: "name: cpu-cluster\ntype: amlcompute\ntier: LowPriority\n",
        valid: "name: cpu-cluster\ntype: amlcompute\ntier: low_priority\n",
        message: "`{field}` is `{value}`, which is not one of: {allowed}",
        variants: &[
            ("suggest", "`{field}` is `{value}`, which is not one of: {allowed}; did you mean `{suggestion}`?"),
        ],
        dutch: dutch! {
            docs: "Een waarde is geen van de toegestane waarden van het veld. Hoofdletters maken niet uit (`Dedicated` is goed), de spelling wel: `LowPriority` wordt geweigerd met \"Value 'LowPriority' passed is not in set ['low_priority', 'dedicated']\".\n\n\
                  Bronnen: naslag §0, §3 (`tier`), §9.1 (planningen), §14 punt 4.",
            message: "`{field}` is `{value}`, wat niet een van deze waarden is: {allowed}",
            variants: &[
                ("suggest", "`{field}` is `{value}`, wat niet een van deze waarden is: {allowed}; bedoelde u `{suggestion}`?"),
            ],
        },
    }

    /// A field the kind does not have. `az ml` rejects every unknown key ("Unknown field.");
    /// amlint says which field was probably meant, or which kind the field belongs to (a common
    /// mix-up: `idle_time_before_scale_down` is a cluster field; instances use
    /// `idle_time_before_shutdown_minutes`).
    ///
    /// Sources: reference §0 (`unknown = RAISE`, observed), service-errors #8–9.
    pub(crate) static UNKNOWN_FIELD = {
        code: "AML104", name: "unknown-field", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Schema(&["additionalProperties"]),
        invalid: "name: ci-dev\ntype: computeinstance\nidle_time_before_scale_down: 1800\n",
        valid: "name: ci-dev\ntype: computeinstance\nidle_time_before_shutdown_minutes: 30\n",
        fix: Some(crate::fix::Applicability::Unsafe),
        message: "unknown field `{field}` for type `{kind}`",
        variants: &[
            ("key", "field names must be text; this key is read as {actual}"),
            ("other_kind", "`{field}` is a field of `{other}`, not of `{kind}`"),
            ("other_kind_suggest", "`{field}` is a field of `{other}`, not of `{kind}`; did you mean `{suggestion}`?"),
            ("suggest", "unknown field `{field}` for type `{kind}`; did you mean `{suggestion}`?"),
        ],
        dutch: dutch! {
            docs: "Een veld dat dit type niet heeft. `az ml` weigert elke onbekende sleutel (\"Unknown field.\"); amlint zegt welk veld waarschijnlijk werd bedoeld, of bij welk type het veld hoort (een veelvoorkomende verwarring: `idle_time_before_scale_down` is een veld van clusters; reken-exemplaren gebruiken `idle_time_before_shutdown_minutes`).\n\n\
                  Bronnen: naslag §0 (`unknown = RAISE`, waargenomen), servicefouten #8–9.",
            message: "onbekend veld `{field}` voor type `{kind}`",
            variants: &[
                ("key", "veldnamen moeten tekst zijn; deze sleutel wordt gelezen als {actual}"),
                ("other_kind", "`{field}` is een veld van `{other}`, niet van `{kind}`"),
                ("other_kind_suggest", "`{field}` is een veld van `{other}`, niet van `{kind}`; bedoelde u `{suggestion}`?"),
                ("suggest", "onbekend veld `{field}` voor type `{kind}`; bedoelde u `{suggestion}`?"),
            ],
        },
    }

    /// A field Azure sets itself (`id`, `provisioning_state`, an instance's
    /// `ssh_settings.admin_username`, a Spark pool's `node_count`, ...). `az ml` drops it silently
    /// before sending, so whatever it says has no effect — often a sign the file was copied from
    /// `az ml compute show` output.
    ///
    /// Sources: reference §0 (`trim_dump_only`, observed), `sdk-fields/` (readonly fields).
    pub(crate) static READ_ONLY_FIELD = {
        code: "AML105", name: "read-only-field", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nprovisioning_state: Succeeded\n",
        valid: "name: cpu-cluster\ntype: amlcompute\n",
        fix: Some(crate::fix::Applicability::Unsafe),
        message: "`{field}` is set by Azure; az ml drops it, so this value has no effect",
        dutch: dutch! {
            docs: "Een veld dat Azure zelf instelt (`id`, `provisioning_state`, `ssh_settings.admin_username` van een reken-exemplaar, `node_count` van een Spark-pool, ...). `az ml` laat het zonder melding weg voordat het verzendt, dus wat er staat heeft geen effect — vaak een teken dat het bestand is gekopieerd uit de uitvoer van `az ml compute show`.\n\n\
                  Bronnen: naslag §0 (`trim_dump_only`, waargenomen), `sdk-fields/` (alleen-lezen velden).",
            message: "`{field}` wordt door Azure ingesteld; az ml laat het weg, dus deze waarde heeft geen effect",
        },
    }

    /// A whole number is expected and the value has a fraction. `az ml` silently truncates it
    /// (`2.5` becomes `2`), which is rarely what was meant.
    ///
    /// Sources: reference §0 (observed with azure-ai-ml 1.35.2: `2.5` is read as 2), §15.
    pub(crate) static FLOAT_TRUNCATED = {
        code: "AML106", name: "float-truncated", severity: crate::Severity::Warning, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 2.5\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nmax_instances: 2\n",
        fix: Some(crate::fix::Applicability::Safe),
        message: "`{field}` must be a whole number; az ml silently truncates {value} to {truncated}",
        dutch: dutch! {
            docs: "Er wordt een geheel getal verwacht en de waarde heeft een breuk. `az ml` kapt haar zonder melding af (`2.5` wordt `2`), wat zelden de bedoeling is.\n\n\
                  Bronnen: naslag §0 (waargenomen met azure-ai-ml 1.35.2: `2.5` wordt gelezen als 2), §15.",
            message: "`{field}` moet een geheel getal zijn; az ml kapt {value} zonder melding af tot {truncated}",
        },
    }

    /// A number outside the range Azure accepts: `min_instances` below 0, `max_instances` below 1,
    /// idle shutdown outside 15 minutes to 3 days, custom application ports outside 1026–65534
    /// (Azure's check is `1025 < port < 65535`, although its message says "between 1025 and
    /// 65535"), SSH ports outside 1–65535, schedule hours outside 0–23 and minutes outside 0–59,
    /// and AKS `agent_count` below 1.
    ///
    /// Sources: reference §2 (idle shutdown: DOC-ci, REST), §3, §4 (agentCount), §6, §9.1, §9.3,
    /// §11 item 12; service-errors #15.
    pub(crate) static VALUE_OUT_OF_RANGE = {
        code: "AML107", name: "value-out-of-range", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Schema(&["minimum", "maximum"]),
        invalid: "name: ci-dev\ntype: computeinstance\nidle_time_before_shutdown_minutes: 5\n",
        valid: "name: ci-dev\ntype: computeinstance\nidle_time_before_shutdown_minutes: 15\n",
        message: "`{field}` is {value}; it must be between {min} and {max}",
        variants: &[
            ("max", "`{field}` is {value}; it must be at most {max}"),
            ("min", "`{field}` is {value}; it must be at least {min}"),
        ],
        dutch: dutch! {
            docs: "Een getal buiten het bereik dat Azure accepteert: `min_instances` onder 0, `max_instances` onder 1, afsluiten bij inactiviteit buiten 15 minuten tot 3 dagen, poorten van aangepaste toepassingen buiten 1026–65534 (Azure controleert `1025 < port < 65535`, hoewel de melding \"between 1025 and 65535\" zegt), SSH-poorten buiten 1–65535, uren van een planning buiten 0–23 en minuten buiten 0–59, en AKS-`agent_count` onder 1.\n\n\
                  Bronnen: naslag §2 (afsluiten bij inactiviteit: artikel over reken-exemplaren, REST), §3, §4 (agentCount), §6, §9.1, §9.3, §11 punt 12; servicefouten #15.",
            message: "`{field}` is {value}; het moet tussen {min} en {max} liggen",
            variants: &[
                ("max", "`{field}` is {value}; het mag ten hoogste {max} zijn"),
                ("min", "`{field}` is {value}; het moet ten minste {min} zijn"),
            ],
        },
    }

    /// An unquoted date or time where text is expected. PyYAML turns `2024-03-10T21:21:07` into a
    /// datetime, and `az ml` then rejects it as "Not a valid string". Quote it.
    ///
    /// Sources: reference §15 (observed).
    pub(crate) static UNQUOTED_TIMESTAMP = {
        code: "AML108", name: "unquoted-timestamp", severity: crate::Severity::Error, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-dev\ntype: computeinstance\nschedules:\n  compute_start_stop:\n    - action: stop\n      trigger:\n        type: cron\n        expression: \"0 18 * * *\"\n        start_time: 2024-03-10T21:21:07\n",
        valid: "name: ci-dev\ntype: computeinstance\nschedules:\n  compute_start_stop:\n    - action: stop\n      trigger:\n        type: cron\n        expression: \"0 18 * * *\"\n        start_time: \"2024-03-10T21:21:07\"\n",
        message: "`{field}` is an unquoted date/time ({text}); az ml reads it as a datetime and rejects it, so quote it",
        dutch: dutch! {
            docs: "Een datum of tijd zonder aanhalingstekens waar tekst wordt verwacht. PyYAML maakt van `2024-03-10T21:21:07` een datum-tijd, en `az ml` weigert die dan als \"Not a valid string\". Zet haar tussen aanhalingstekens.\n\n\
                  Bronnen: naslag §15 (waargenomen).",
            message: "`{field}` is een datum/tijd zonder aanhalingstekens ({text}); az ml leest het als datum-tijd en weigert het, dus zet het tussen aanhalingstekens",
        },
    }

    /// A value `az ml` accepts but only after converting it: a number written as text
    /// (`max_instances: "4"`, `"4_0"`: Python's `int()` reads it), a boolean written as text or
    /// as 0/1 (or 1.0/0.0), an enum value in other
    /// letter case or in its REST spelling (`Dedicated`, `SystemAssigned`, `FastProd`). It works,
    /// but editors, the JSON Schemas and YAML 1.2 tools see something else; write the canonical
    /// form the message gives.
    ///
    /// Sources: reference §0 (marshmallow `Int`/`Bool` conversions, `StringTransformedEnum`
    /// lower-casing, observed), §14 item 4; every reading held to azure-ai-ml 1.35.2's own
    /// (`tests/fixtures/az-ml-readings.json`).
    pub(crate) static NON_CANONICAL_VALUE = {
        code: "AML109", name: "non-canonical-value", severity: crate::Severity::Info, kinds: ALL,
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\ntier: Dedicated\nmax_instances: \"4\"\n",
        valid: "name: cpu-cluster\ntype: amlcompute\ntier: dedicated\nmax_instances: 4\n",
        fix: Some(crate::fix::Applicability::Safe),
        message: "`{field}` is `{value}`; az ml accepts it as `{canonical}`, the spelling editors and the JSON Schemas know: write `{canonical}`",
        variants: &[
            ("bool", "`{field}` is not written as a boolean; az ml reads it as {canonical}, but editors and the JSON Schemas do not: write {canonical}"),
            ("int", "`{field}` is the text \"{value}\"; az ml reads it as the number {canonical}, but editors and the JSON Schemas do not: write {canonical} without quotes"),
        ],
        dutch: dutch! {
            docs: "Een waarde die `az ml` pas na omzetting accepteert: een getal als tekst (`max_instances: \"4\"`, `\"4_0\"`: `int()` van Python leest het), een booleaanse waarde als tekst of als 0/1 (of 1.0/0.0), een enumwaarde met andere hoofdletters of in de REST-spelling (`Dedicated`, `SystemAssigned`, `FastProd`). Het werkt, maar editors, de JSON-schema's en YAML 1.2-hulpprogramma's zien iets anders; schrijf de canonieke vorm die de melding geeft.\n\n\
                  Bronnen: naslag §0 (omzettingen van marshmallow `Int`/`Bool`, kleine letters van `StringTransformedEnum`, waargenomen), §14 punt 4; elke lezing getoetst aan die van azure-ai-ml 1.35.2 (`tests/fixtures/az-ml-readings.json`).",
            message: "`{field}` is `{value}`; az ml accepteert het als `{canonical}`, de spelling die editors en de JSON-schema's kennen: schrijf `{canonical}`",
            variants: &[
                ("bool", "`{field}` is niet als booleaanse waarde geschreven; az ml leest het als {canonical}, maar editors en de JSON-schema's niet: schrijf {canonical}"),
                ("int", "`{field}` is de tekst \"{value}\"; az ml leest het als het getal {canonical}, maar editors en de JSON-schema's niet: schrijf {canonical} zonder aanhalingstekens"),
            ],
        },
    }
}

/// Explicit hints for fields that exist under another name in this kind.
const RENAMES: &[(Kind, &str, &str)] = &[
    (
        Kind::ComputeInstance,
        "idle_time_before_scale_down",
        "idle_time_before_shutdown_minutes",
    ),
    (
        Kind::AmlCompute,
        "idle_time_before_shutdown_minutes",
        "idle_time_before_scale_down",
    ),
    (
        Kind::AmlCompute,
        "idle_time_before_shutdown",
        "idle_time_before_scale_down",
    ),
    (Kind::AmlCompute, "priority", "tier"),
    (Kind::ComputeInstance, "vm_size", "size"),
    (Kind::AmlCompute, "vm_size", "size"),
    (Kind::AmlCompute, "min_nodes", "min_instances"),
    (Kind::AmlCompute, "max_nodes", "max_instances"),
];

pub(crate) fn check(ctx: &mut Scope<'_>) {
    let root = ctx.root;
    let anchor = root.entry("type").map_or(root.span, |e| e.key.span);
    walk_object(ctx, root, ctx.kind.fields(), &Location::Root, anchor, true);
}

/// The closest of `candidates` to `input`: same letters ignoring case and separators, or a small
/// edit distance.
pub(crate) fn closest<'a>(
    input: &str,
    candidates: impl Iterator<Item = &'a str> + Clone,
) -> Option<&'a str> {
    // Letters and digits only, lower-cased: `West Europe` and `westeurope` are the same.
    fn squashed(text: &str) -> impl Iterator<Item = char> + '_ {
        text.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
    }
    if let Some(same) = candidates.clone().find(|c| squashed(c).eq(squashed(input))) {
        return Some(same);
    }
    let length = input.chars().count();
    let budget = (length / 3).clamp(1, 3);
    let wanted = Letters::of(input);
    let input = input.to_ascii_lowercase();
    let mut candidate = String::new();
    candidates
        // Cheap lower bounds on the edit distance first (lengths, letters): most candidates end
        // here, before a distance is computed.
        .filter(|c| c.chars().count().abs_diff(length) <= budget)
        .filter(|c| Letters::of(c).edits_from(&wanted) <= budget)
        .filter_map(|c| {
            candidate.clear();
            candidate.extend(c.chars().map(|ch| ch.to_ascii_lowercase()));
            let distance = strsim::osa_distance(&input, &candidate);
            (distance <= budget).then_some((distance, c))
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

/// How often each letter and digit occurs in a text (case ignored; everything else counts as
/// one kind of character).
struct Letters([u8; 37]);

impl Letters {
    fn of(text: &str) -> Letters {
        let mut counts = [0u8; 37];
        for c in text.chars() {
            let at = match c.to_ascii_lowercase() {
                c @ 'a'..='z' => c as usize - 'a' as usize,
                c @ '0'..='9' => 26 + c as usize - '0' as usize,
                _ => 36,
            };
            counts[at] = counts[at].saturating_add(1);
        }
        Letters(counts)
    }

    /// A lower bound on the edits between the two texts: an insertion, deletion or substitution
    /// changes the characters one text has and the other lacks by at most one on each side.
    fn edits_from(&self, other: &Letters) -> usize {
        let (mut more, mut fewer) = (0usize, 0usize);
        for (a, b) in self.0.iter().zip(&other.0) {
            more += usize::from(a.saturating_sub(*b));
            fewer += usize::from(b.saturating_sub(*a));
        }
        more.max(fewer)
    }
}

/// `/a/b/0/c` → `a.b[0].c`, for messages.
pub(crate) fn display_path(pointer: &str) -> String {
    let mut out = String::new();
    for token in pointer.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
        if !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit()) {
            out.push('[');
            out.push_str(&token);
            out.push(']');
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&token);
        }
    }
    out
}

fn walk_object(
    ctx: &mut Scope<'_>,
    node: &Node<'_>,
    fields: &'static [Field],
    at: &Location<'_>,
    anchor: Span,
    top: bool,
) {
    let Some(entries) = node.as_map() else {
        wrong_type(ctx, node, at, "type.mapping");
        return;
    };
    // The required fields met on the way, by their place in `fields` (past the 64th, a field is
    // looked for again below): most specs have them all, and then none is searched for twice.
    let bit = |index: usize| u32::try_from(index).map_or(0, |i| 1_u64.checked_shl(i).unwrap_or(0));
    let mut met = 0_u64;
    for entry in entries {
        let Some(key) = entry.key_str() else {
            let mut diagnostic = ctx
                .at(&UNKNOWN_FIELD, at.pointer(), entry.key.span)
                .variant("AML104.key")
                .arg("actual", type_word(&entry.key));
            if let Some(text) = crate::yaml::key_text(&entry.key.value) {
                diagnostic = diagnostic.arg("field", Arg::code(text));
            }
            ctx.emit(diagnostic);
            continue;
        };
        let here = at.key(key);
        let found = model::position(fields, key);
        match found.and_then(|index| Some((index, fields.get(index)?))) {
            None => unknown(ctx, entry, node, fields, &here, top),
            Some((_, field)) if field.read_only => {
                if key != "$schema" {
                    let mut finding = about(ctx, &READ_ONLY_FIELD, &here, entry.key.span);
                    // Removing the only entry would leave its section empty (null), which az ml
                    // refuses: offered only beside other entries.
                    if entries.len() > 1 || top {
                        finding = finding.with_fix(remove(&here, entry));
                    }
                    ctx.emit(finding);
                }
            }
            Some((index, field)) => {
                met |= bit(index);
                // A 0 that az ml reads as unset is no value out of range.
                if !(field.zero_means_unset && entry.value.as_int() == Some(0)) {
                    check_value(ctx, &entry.value, &field.ty, &here, entry.key.span);
                }
            }
        }
    }
    for (index, field) in fields.iter().enumerate() {
        if !field.required || met & bit(index) != 0 {
            continue;
        }
        // A spec checked as an assumed kind (a form that knows what it edits) needs no `type`.
        let assumed_type = top && field.name == "type" && ctx.kind_assumed;
        if node.entry(field.name).is_none() && !assumed_type {
            let missing = at.key(field.name).pointer();
            ctx.emit(
                ctx.at(&MISSING_REQUIRED_FIELD, at.pointer(), anchor)
                    .arg("field", Arg::code(display_path(&missing)))
                    // The key itself, for form libraries that show the error at the missing field.
                    .arg("property", Arg::code(field.name)),
            );
        }
    }
}

/// A cross-kind field's value in the units of the field it stands for, when it converts exactly:
/// a cluster's scale-down time is in seconds, an instance's idle shutdown in minutes (the
/// deprecated one an ISO 8601 duration).
fn in_other_units(key: &str, value: &Node<'_>) -> Option<i64> {
    match key {
        "idle_time_before_scale_down" => value
            .as_int()
            .filter(|s| *s > 0 && s % 60 == 0)
            .map(|s| s / 60),
        "idle_time_before_shutdown_minutes" => value.as_int()?.checked_mul(60),
        "idle_time_before_shutdown" => {
            let minutes = super::instance::iso_duration_minutes(value.as_str()?)?;
            let seconds = minutes * 60.0;
            #[expect(clippy::cast_possible_truncation, reason = "whole and small: checked")]
            (seconds.fract() == 0.0 && (0.0..1e12).contains(&seconds)).then_some(seconds as i64)
        }
        _ => None,
    }
}

/// An unsafe fix that renames a field of another kind to this kind's and writes its value in this
/// field's units.
fn rename_with_value(
    at: &Location<'_>,
    entry: &crate::yaml::Entry<'_>,
    to: &str,
    value: i64,
) -> Fix {
    let from = at.pointer();
    let parent = &from[..from.rfind('/').unwrap_or(0)];
    Fix {
        applicability: Applicability::Unsafe,
        changes: vec![
            Change::Rename {
                pointer: from.clone(),
                span: entry.key.span,
                key: to.to_owned(),
            },
            Change::Replace {
                pointer: crate::yaml::pointer_push(parent, to),
                span: entry.value.span,
                value: value.into(),
            },
        ],
        edits: Vec::new(),
        secret: false,
    }
}

/// An unsafe fix that removes an entry: key, value and the lines they stand on.
fn remove(at: &Location<'_>, entry: &crate::yaml::Entry<'_>) -> Fix {
    Fix::new(
        Applicability::Unsafe,
        Change::Remove {
            pointer: Some(at.pointer()),
            span: Span {
                start: entry.key.span.start,
                end: entry.value.span.end.max(entry.key.span.end),
            },
        },
    )
}

fn unknown(
    ctx: &mut Scope<'_>,
    entry: &crate::yaml::Entry<'_>,
    mapping: &Node<'_>,
    fields: &'static [Field],
    at: &Location<'_>,
    top: bool,
) {
    let (key, span) = (entry.key_str().unwrap_or_default(), entry.key.span);
    let own = fields.iter().filter(|f| !f.read_only).map(|f| f.name);
    let renamed = RENAMES
        .iter()
        .find(|(kind, from, _)| *kind == ctx.kind && *from == key)
        .map(|(_, _, to)| *to);
    let suggestion = renamed.or_else(|| closest(key, own));
    let other = if top {
        Kind::ALL
            .iter()
            .copied()
            .filter(|k| *k != ctx.kind)
            .find(|k| k.fields().iter().any(|f| f.name == key && !f.read_only))
    } else {
        None
    };
    let mut diagnostic =
        about(ctx, &UNKNOWN_FIELD, at, span).arg("kind", Arg::code(ctx.kind.type_name()));
    diagnostic = match (other, suggestion) {
        (Some(other), Some(s)) => {
            let diagnostic = diagnostic
                .variant("AML104.other_kind_suggest")
                .arg("other", Arg::code(other.type_name()))
                .arg("suggestion", Arg::code(s));
            match renamed.filter(|to| mapping.entry(to).is_none()) {
                Some(to) => match in_other_units(key, &entry.value) {
                    Some(value) => diagnostic.with_fix(rename_with_value(at, entry, to, value)),
                    None => diagnostic,
                },
                None => diagnostic,
            }
        }
        (Some(other), None) => diagnostic
            .variant("AML104.other_kind")
            .arg("other", Arg::code(other.type_name())),
        // One field meant, not yet in the mapping: renaming the key is probably right. (Not for a
        // field of another kind renamed by the table: its value is in other units.)
        (None, Some(s)) if renamed.is_none() && mapping.entry(s).is_none() => diagnostic
            .variant("AML104.suggest")
            .arg("suggestion", Arg::code(s))
            .with_fix(Fix::new(
                Applicability::Unsafe,
                Change::Rename {
                    pointer: at.pointer(),
                    span,
                    key: s.to_owned(),
                },
            )),
        (None, Some(s)) => diagnostic
            .variant("AML104.suggest")
            .arg("suggestion", Arg::code(s)),
        (None, None) => diagnostic,
    };
    ctx.emit(diagnostic);
}

/// Reports an accepted value that is not written in its canonical form.
pub(crate) fn non_canonical(
    ctx: &mut Scope<'_>,
    node: &Node<'_>,
    pointer: &str,
    value: &str,
    canonical: &str,
) {
    ctx.emit(
        ctx.at(&NON_CANONICAL_VALUE, pointer.to_owned(), node.span)
            .arg("field", Arg::code(display_path(pointer)))
            .arg("value", value)
            .arg("canonical", Arg::code(canonical))
            .with_fix(super::replace(pointer, node.span, canonical)),
    );
}

/// A finding of `rule` about the value at `at`, its message naming the field.
fn about(ctx: &Scope<'_>, rule: &'static Rule, at: &Location<'_>, span: Span) -> Diagnostic {
    let pointer = at.pointer();
    let field = display_path(&pointer);
    ctx.at(rule, pointer, span).arg("field", Arg::code(field))
}

/// Reports a value of the wrong type; `expected` is the catalog's word for the right one.
fn wrong_type(ctx: &mut Scope<'_>, node: &Node<'_>, at: &Location<'_>, expected: &'static str) {
    ctx.emit(
        about(ctx, &WRONG_TYPE, at, node.span)
            .arg("expected", Arg::Word(expected))
            .arg("actual", type_word(node)),
    );
}

fn check_value(
    ctx: &mut Scope<'_>,
    node: &Node<'_>,
    ty: &'static Ty,
    at: &Location<'_>,
    key_span: Span,
) {
    // Known only when deployed: present, and nothing to judge.
    if matches!(node.value, Value::Unknown) {
        return;
    }
    match ty {
        Ty::Str => match &node.value {
            Value::Str(_) => {}
            Value::Timestamp(text) => {
                ctx.emit(about(ctx, &UNQUOTED_TIMESTAMP, at, node.span).arg("text", text));
            }
            _ => wrong_type(ctx, node, at, "type.string"),
        },
        Ty::Int { min, max } => check_int(ctx, node, at, *min, *max),
        Ty::Bool => match (&node.value, node.as_bool()) {
            (Value::Bool(_), _) => {}
            (_, Some(b)) => {
                ctx.emit(
                    about(ctx, &NON_CANONICAL_VALUE, at, node.span)
                        .variant("AML109.bool")
                        .arg("canonical", Arg::code(b.to_string()))
                        .with_fix(super::replace(&at.pointer(), node.span, b)),
                );
            }
            (_, None) => wrong_type(ctx, node, at, "type.boolean"),
        },
        Ty::Enum(spec) => match node.as_str().map(|value| (value, spec.canonical(value))) {
            None => wrong_type(ctx, node, at, "type.string"),
            Some((value, Some(canonical))) => {
                if canonical != value {
                    non_canonical(ctx, node, &at.pointer(), value, canonical);
                }
            }
            Some((value, None)) => {
                invalid_enum_value(ctx, node, at, value, spec.values.iter().copied());
            }
        },
        Ty::StrMap => match node.as_map() {
            None => wrong_type(ctx, node, at, "type.mapping"),
            Some(entries) => {
                for entry in entries {
                    if !matches!(entry.value.value, Value::Str(_)) {
                        let key = entry.key_str().map(str::to_owned).unwrap_or_else(|| {
                            crate::yaml::key_text(&entry.key.value).unwrap_or_default()
                        });
                        wrong_type(ctx, &entry.value, &at.key(&key), "type.string");
                    }
                }
            }
        },
        Ty::AnyMap => {
            if node.as_map().is_none() {
                wrong_type(ctx, node, at, "type.mapping");
            }
        }
        Ty::Object(fields) => walk_object(ctx, node, fields, at, key_span, false),
        Ty::List(inner) => match node.as_seq() {
            None => wrong_type(ctx, node, at, "type.list"),
            Some(items) => {
                for (i, item) in items.iter().enumerate() {
                    check_value(ctx, item, inner, &at.index(i), item.span);
                }
            }
        },
        Ty::Tagged { tag, variants } => check_tagged(ctx, node, tag, variants, at, key_span),
    }
}

/// An object whose fields depend on the value of its `tag` field (a schedule's trigger `type`).
fn check_tagged(
    ctx: &mut Scope<'_>,
    node: &Node<'_>,
    tag: &'static str,
    variants: &'static [(&'static str, &'static [Field])],
    at: &Location<'_>,
    key_span: Span,
) {
    if node.as_map().is_none() {
        wrong_type(ctx, node, at, "type.mapping");
        return;
    }
    let tag_at = at.key(tag);
    let Some(value) = node.get(tag) else {
        let diagnostic = ctx
            .at(&MISSING_REQUIRED_FIELD, at.pointer(), key_span)
            .arg("field", Arg::code(display_path(&tag_at.pointer())))
            .arg("property", Arg::code(tag));
        ctx.emit(diagnostic);
        return;
    };
    let Some(text) = value.as_str() else {
        wrong_type(ctx, value, &tag_at, "type.string");
        return;
    };
    match variants
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(text))
    {
        Some((name, fields)) => {
            if *name != text {
                non_canonical(ctx, value, &tag_at.pointer(), text, name);
            }
            walk_object(ctx, node, fields, at, key_span, false);
        }
        None => {
            let names: Vec<&str> = variants.iter().map(|(name, _)| *name).collect();
            invalid_enum_value(ctx, value, &tag_at, text, names.iter().copied());
        }
    }
}

/// Reports a value that is none of `allowed`, suggesting the closest.
fn invalid_enum_value<'a>(
    ctx: &mut Scope<'_>,
    node: &Node<'_>,
    at: &Location<'_>,
    value: &str,
    allowed: impl Iterator<Item = &'a str> + Clone,
) {
    let diagnostic = about(ctx, &INVALID_ENUM_VALUE, at, node.span)
        .arg("value", value)
        .arg("allowed", Arg::codes(allowed.clone(), Join::Comma));
    ctx.emit(super::suggest(diagnostic, "AML103.suggest", value, allowed));
}

/// A whole number for a message. Formatting `i128` itself would add its own division code to
/// the .wasm; values beyond `i64` only come from floats, shown as written.
fn whole_text(value: i128, float: f64) -> Arg {
    i64::try_from(value).map_or_else(
        |_| Arg::code(crate::yaml::number_text(float.trunc())),
        Arg::Int,
    )
}

fn float_of(node: &Node<'_>) -> f64 {
    match node.value {
        Value::Float(f) => f,
        _ => 0.0,
    }
}

fn check_int(
    ctx: &mut Scope<'_>,
    node: &Node<'_>,
    at: &Location<'_>,
    min: Option<i64>,
    max: Option<i64>,
) {
    // i128 holds every i64 and every float that truncates to a whole number we can compare.
    #[expect(
        clippy::cast_possible_truncation,
        reason = "saturating, as marshmallow's int() would be exact"
    )]
    let value: i128 = match &node.value {
        Value::Int(i) => i128::from(*i),
        Value::Float(f) if f.is_finite() => {
            let truncated = f.trunc() as i128;
            if f.fract() != 0.0 {
                let mut finding = about(ctx, &FLOAT_TRUNCATED, at, node.span)
                    .arg("value", crate::yaml::number_text(*f))
                    .arg("truncated", whole_text(truncated, *f));
                // What az ml sends, written as such (a number beyond 64 bits is left alone).
                if let Ok(whole) = i64::try_from(truncated) {
                    finding = finding.with_fix(super::replace(&at.pointer(), node.span, whole));
                }
                ctx.emit(finding);
            }
            truncated
        }
        // What Python's int() makes of the text (`" 4 "`, `"4_0"`, digits of any script).
        Value::Str(text) => match crate::text::python_int(text) {
            Some(whole) => match i64::try_from(whole) {
                Ok(i) => {
                    ctx.emit(
                        about(ctx, &NON_CANONICAL_VALUE, at, node.span)
                            .variant("AML109.int")
                            .arg("value", text)
                            .arg("canonical", i)
                            .with_fix(super::replace(&at.pointer(), node.span, i)),
                    );
                    whole
                }
                Err(_) => {
                    return out_of_range(ctx, node, at, (min, max), whole, Arg::from(*text));
                }
            },
            None => return wrong_type(ctx, node, at, "type.integer"),
        },
        // Beyond 64 bits: beyond every range a field has; shown as written.
        Value::BigInt(text) => {
            let value = if text.starts_with('-') {
                i128::MIN
            } else {
                i128::MAX
            };
            return out_of_range(ctx, node, at, (min, max), value, Arg::from(*text));
        }
        _ => return wrong_type(ctx, node, at, "type.integer"),
    };
    out_of_range(
        ctx,
        node,
        at,
        (min, max),
        value,
        whole_text(value, float_of(node)),
    );
}

/// Reports a whole number outside a field's range; `shown` is how the message writes it.
fn out_of_range(
    ctx: &mut Scope<'_>,
    node: &Node<'_>,
    at: &Location<'_>,
    (min, max): (Option<i64>, Option<i64>),
    value: i128,
    shown: Arg,
) {
    let below = min.is_some_and(|m| value < i128::from(m));
    let above = max.is_some_and(|m| value > i128::from(m));
    if below || above {
        let diagnostic = about(ctx, &VALUE_OUT_OF_RANGE, at, node.span).arg("value", shown);
        let diagnostic = match (min, max) {
            (Some(lo), Some(hi)) => diagnostic.arg("min", lo).arg("max", hi),
            (Some(lo), None) => diagnostic.variant("AML107.min").arg("min", lo),
            (None, Some(hi)) => diagnostic.variant("AML107.max").arg("max", hi),
            (None, None) => return,
        };
        ctx.emit(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use super::whole_text;
    use crate::messages::Arg;
    // proptest runs natively only (it is not a dependency of the wasm32 tests).
    #[cfg(not(target_arch = "wasm32"))]
    use {super::closest, proptest::prelude::*};

    /// `closest` without its lower bounds: every candidate's distance computed.
    #[cfg(not(target_arch = "wasm32"))]
    fn closest_by_distance_alone<'a>(input: &str, candidates: &[&'a str]) -> Option<&'a str> {
        let squash = |s: &str| {
            s.chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase())
                .collect::<String>()
        };
        if let Some(same) = candidates.iter().find(|c| squash(c) == squash(input)) {
            return Some(same);
        }
        let budget = (input.chars().count() / 3).clamp(1, 3);
        candidates
            .iter()
            .map(|c| {
                let distance =
                    strsim::osa_distance(&input.to_ascii_lowercase(), &c.to_ascii_lowercase());
                (distance, *c)
            })
            .filter(|(distance, _)| *distance <= budget)
            .min_by_key(|(distance, _)| *distance)
            .map(|(_, c)| c)
    }

    #[cfg(not(target_arch = "wasm32"))]
    const CANDIDATES: &[&str] = &[
        "westeurope",
        "westus",
        "westus2",
        "eastus",
        "eastus2",
        "northeurope",
        "uksouth",
        "min_instances",
        "max_instances",
        "idle_time_before_scale_down",
        "Standard_DS3_v2",
        "é-ü",
    ];

    #[cfg(not(target_arch = "wasm32"))]
    proptest! {
        #[test]
        fn the_lower_bounds_never_change_the_suggestion(input in "[a-zA-Z0-9 _é-]{0,30}") {
            prop_assert_eq!(
                closest(&input, CANDIDATES.iter().copied()),
                closest_by_distance_alone(&input, CANDIDATES)
            );
        }

        #[test]
        fn near_misses_of_a_candidate_agree_too(at in 0usize..12, edit in 0usize..40, c in "[a-z_2]") {
            let mut input: Vec<char> = CANDIDATES[at].chars().collect();
            let place = edit % (input.len() + 1);
            match edit % 3 {
                0 => input.insert(place, c.chars().next().unwrap()),
                1 if place < input.len() => { input.remove(place); }
                _ if place < input.len() => input[place] = c.chars().next().unwrap(),
                _ => {}
            }
            let input: String = input.into_iter().collect();
            prop_assert_eq!(
                closest(&input, CANDIDATES.iter().copied()),
                closest_by_distance_alone(&input, CANDIDATES)
            );
        }
    }

    #[test]
    fn whole_numbers_read_as_written() {
        assert_eq!(whole_text(-42, 0.0), Arg::Int(-42));
        assert_eq!(whole_text(7, 7.9), Arg::Int(7));
        // Beyond i64 only floats reach here; they are shown in float notation.
        assert_eq!(
            whole_text(i128::from(i64::MAX) + 1, 1.0e19),
            Arg::code("1e+19")
        );
    }
}
