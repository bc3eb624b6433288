//! `amlint policy show`: the policies a run evaluates on each spec, with the severity their
//! effect gives findings and the parameter values in force.

use std::fmt::Write;

use serde::Serialize;

use crate::azure_policy::Effect;
use crate::context::Context;
use crate::messages::{self, Locale};

/// The severity word (or `off`) an effect gives a policy's findings, in `locale`.
fn level(effect: Effect, locale: Locale) -> &'static str {
    let id = match effect {
        Effect::Deny => "severity.error",
        Effect::Audit => "severity.warning",
        Effect::Modify | Effect::Append | Effect::AfterDeployment => "severity.info",
        Effect::Disabled => "policy.off",
    };
    messages::template(locale, id).unwrap_or_default()
}

fn effect_name(effect: Effect) -> &'static str {
    match effect {
        Effect::Deny => "Deny",
        Effect::Audit => "Audit",
        Effect::Modify => "Modify",
        Effect::Append => "Append",
        Effect::AfterDeployment => "AfterDeployment",
        Effect::Disabled => "Disabled",
    }
}

/// One policy as `amlint policy show --format json` writes it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Shown<'a> {
    display_name: &'a str,
    name: &'a str,
    source: &'a str,
    effect: &'static str,
    parameters: &'a serde_json::Map<String, serde_json::Value>,
}

/// The policies of `context`, one block each: severity, name, where it came from, parameters.
#[must_use]
pub fn policies_text(context: &Context, locale: Locale) -> String {
    let policies = context.policies();
    if policies.is_empty() {
        return format!("{}\n", messages::phrase(locale, "policy.none", &[]));
    }
    let count = policies.len().to_string();
    let mut out = format!(
        "{}\n",
        messages::phrase(locale, "policy.heading", &[("count", &count)])
    );
    for assigned in policies {
        let _ = writeln!(
            out,
            "\n  {:<12} {}\n  {:<12} {} ({})",
            level(assigned.resolved.effect, locale),
            assigned.definition.display_name,
            "",
            assigned.label,
            effect_name(assigned.resolved.effect),
        );
        for (name, value) in &assigned.resolved.values {
            let _ = writeln!(out, "  {:<12} {name} = {value}", "");
        }
    }
    out
}

/// The policies of `context` as a JSON array.
#[must_use]
pub fn policies_json(context: &Context) -> String {
    let shown: Vec<Shown<'_>> = context
        .policies()
        .iter()
        .map(|a| Shown {
            display_name: &a.definition.display_name,
            name: &a.definition.name,
            source: &a.label,
            effect: effect_name(a.resolved.effect),
            parameters: &a.resolved.values,
        })
        .collect();
    serde_json::to_string_pretty(&shown).unwrap_or_default() + "\n"
}
