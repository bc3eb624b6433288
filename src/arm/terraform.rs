//! Terraform's computes, read into amlint's tree by the mapping's Terraform arguments: azurerm's
//! `azurerm_machine_learning_compute_cluster`, `_compute_instance`, `_inference_cluster` and
//! `_synapse_spark`, and `azapi_resource`s of the computes' type, whose `body` is the REST body.
//!
//! Plans (`terraform show -json`): each resource change's `after`, what `after_unknown` marks as
//! [`V::Unknown`], what `after_sensitive` marks as secrets; without resource changes, the
//! resources of `planned_values` (and their child modules). Every span is in the plan's text.

use jsonc_parser::ast;
use jsonc_parser::common::Ranged;

use super::{BUDGET, COMPUTES, Compute, MAX_COMPUTES, Read, Rel, Tv, V, arm_compute, get, span};
use crate::kind::Kind;
use crate::span::Span;
use crate::yaml::{Entry, Node, Strings, Value};

/// Most modules inside one another that a plan's `planned_values` is walked through.
const MAX_MODULES: usize = 64;

/// Whether a text looks like a Terraform plan as `terraform show -json` writes it: a JSON object
/// with `format_version` and `planned_values` or `resource_changes`. Cheap: no parse.
#[must_use]
pub(crate) fn looks_like_terraform_plan(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('{')
        && text.contains("\"format_version\"")
        && (text.contains("\"planned_values\"") || text.contains("\"resource_changes\""))
}

/// Reads a Terraform plan's computes.
#[must_use]
pub(crate) fn read_plan<'a>(text: &str, strings: &'a Strings) -> Read<'a> {
    let mut out = Read::default();
    let parsed = match super::parse_json(text) {
        Ok(parsed) => parsed,
        Err(error) => {
            let range = error.range();
            out.error = Some((error.kind().to_string(), Span::new(range.start, range.end)));
            return out;
        }
    };
    let Some(ast::Value::Object(root)) = &parsed.value else {
        return out;
    };
    let mut plan = Plan {
        strings,
        budget: BUDGET,
        out,
    };
    if let Some(ast::Value::Array(changes)) = get(root, "resource_changes") {
        for change in &changes.elements {
            if let ast::Value::Object(change) = change {
                plan.change(change);
            }
        }
    } else if let Some(ast::Value::Object(planned)) = get(root, "planned_values")
        && let Some(ast::Value::Object(module)) = get(planned, "root_module")
    {
        plan.module(module, 0);
    }
    let mut out = plan.out;
    out.exhausted = plan.budget == 0;
    out
}

struct Plan<'a> {
    strings: &'a Strings,
    budget: usize,
    out: Read<'a>,
}

fn text_of<'v>(value: Option<&'v ast::Value<'_>>) -> Option<&'v str> {
    match value {
        Some(ast::Value::StringLit(s)) => Some(&s.value),
        _ => None,
    }
}

/// The `type` of a resource (change) and where it is written.
fn type_of<'v>(object: &'v ast::Object<'_>) -> Option<(&'v str, Span)> {
    match get(object, "type") {
        Some(ast::Value::StringLit(s)) => Some((&s.value, span(s.range))),
        _ => None,
    }
}

impl<'a> Plan<'a> {
    fn full(&self) -> bool {
        self.out.computes.len() >= MAX_COMPUTES || self.budget == 0
    }

    /// One of `resource_changes`: what `after` will be, unless the resource is deleted.
    fn change(&mut self, change: &ast::Object<'_>) {
        if self.full() || text_of(get(change, "mode")).is_some_and(|m| m != "managed") {
            return;
        }
        let Some((ty, named_at)) = type_of(change) else {
            return;
        };
        let Some(ast::Value::Object(detail)) = get(change, "change") else {
            return;
        };
        let Some(after @ ast::Value::Object(_)) = get(detail, "after") else {
            // Deleted (`after` is null), or not a resource's attributes.
            return;
        };
        let mut tv = self.literal(after);
        if let Some(unknown) = get(detail, "after_unknown") {
            mark_unknown(&mut tv, unknown);
        }
        if let Some(sensitive) = get(detail, "after_sensitive") {
            self.sensitive(&mut tv, sensitive);
        }
        self.resource(ty, named_at, &tv);
    }

    /// A module of `planned_values`: its resources and its child modules'.
    fn module(&mut self, module: &ast::Object<'_>, depth: usize) {
        if let Some(ast::Value::Array(resources)) = get(module, "resources") {
            for resource in &resources.elements {
                let ast::Value::Object(resource) = resource else {
                    continue;
                };
                if self.full() || text_of(get(resource, "mode")).is_some_and(|m| m != "managed") {
                    continue;
                }
                let (Some((ty, named_at)), Some(values @ ast::Value::Object(_))) =
                    (type_of(resource), get(resource, "values"))
                else {
                    continue;
                };
                let mut tv = self.literal(values);
                if let Some(sensitive) = get(resource, "sensitive_values") {
                    self.sensitive(&mut tv, sensitive);
                }
                self.resource(ty, named_at, &tv);
            }
        }
        if depth >= MAX_MODULES {
            return;
        }
        if let Some(ast::Value::Array(children)) = get(module, "child_modules") {
            for child in &children.elements {
                if let ast::Value::Object(child) = child {
                    self.module(child, depth + 1);
                }
            }
        }
    }

    /// A resource's attributes, if it is a compute.
    fn resource(&mut self, ty: &str, named_at: Span, tv: &Tv) {
        let compute = if ty == "azapi_resource" {
            self.azapi(tv)
        } else {
            Kind::from_terraform(ty).map(|kind| terraform_compute(self.strings, kind, tv, named_at))
        };
        if let Some(compute) = compute {
            self.out.computes.push(compute);
        }
    }

    /// An `azapi_resource` of the computes' type, its `body` an object or `jsonencode`'s string.
    fn azapi(&mut self, tv: &Tv) -> Option<Compute<'a>> {
        let body = tv.get("body")?;
        let body = match &body.v {
            V::Str(json) => json_in_string(json, body.span, &mut self.budget),
            _ => body.clone(),
        };
        azapi_compute(self.strings, tv, body)
    }

    fn literal(&mut self, value: &ast::Value<'_>) -> Tv {
        literal(value, &mut self.budget)
    }

    /// The places `sensitive` marks `true` (`after_sensitive`, `sensitive_values`), concealed:
    /// their texts secrets, anything else unknown.
    fn sensitive(&mut self, tv: &mut Tv, sensitive: &ast::Value<'_>) {
        match (sensitive, &mut tv.v) {
            (ast::Value::BooleanLit(b), _) if b.value => conceal(tv, &mut self.out.secrets),
            (ast::Value::Object(marks), V::Obj(entries)) => {
                for mark in &marks.properties {
                    // Every entry of the name (`get` reads the last), so no copy escapes.
                    for (_, _, value) in entries
                        .iter_mut()
                        .filter(|(k, _, _)| k.eq_ignore_ascii_case(mark.name.as_str()))
                    {
                        self.sensitive(value, &mark.value);
                    }
                }
            }
            (ast::Value::Array(marks), V::Arr(items)) => {
                for (item, mark) in items.iter_mut().zip(&marks.elements) {
                    self.sensitive(item, mark);
                }
            }
            // A block read as its one object.
            (ast::Value::Array(marks), V::Obj(_)) => {
                if let [mark] = marks.elements.as_slice() {
                    self.sensitive(tv, mark);
                }
            }
            _ => {}
        }
    }
}

/// An `azapi_resource`'s compute, if its `type` is the computes': its `body` (evaluated) is the
/// REST body; its `name`, `location` and `tags` the resource's where the body has none.
pub(super) fn azapi_compute<'a>(strings: &'a Strings, tv: &Tv, body: Tv) -> Option<Compute<'a>> {
    let (ty, _version) = tv.get("type")?.str()?.split_once('@')?;
    if !ty.eq_ignore_ascii_case(COMPUTES) {
        return None;
    }
    let V::Obj(mut entries) = body.v else {
        return None;
    };
    for key in ["name", "location", "tags"] {
        if entries.iter().any(|(k, _, _)| k.eq_ignore_ascii_case(key)) {
            continue;
        }
        if let (Some(value), V::Obj(attributes)) = (tv.get(key), &tv.v) {
            let key_span = attributes
                .iter()
                .find(|(k, _, _)| k == key)
                .map_or(value.span, |(_, s, _)| *s);
            entries.push((key.to_owned(), key_span, value.clone()));
        }
    }
    let resource = Tv {
        v: V::Obj(entries),
        span: body.span,
        parameter: None,
    };
    arm_compute(strings, &resource, false)
}

/// JSON written in a string (`jsonencode` in a plan, a heredoc), every part at the string's span.
pub(super) fn json_in_string(json: &str, at: Span, budget: &mut usize) -> Tv {
    let Ok(parsed) = super::parse_json(json) else {
        return unknown(at);
    };
    match &parsed.value {
        Some(value) => {
            let mut tv = literal(value, budget);
            respan(&mut tv, at);
            tv
        }
        None => unknown(at),
    }
}

/// Every text in a value (a secret's parts).
/// A secret value as the rules may see it: its texts kept and added to `secrets` (so they are
/// masked wherever they are shown), numbers and flags unknown — they cannot be masked in a message
/// that quotes them or computes from them.
pub(super) fn conceal(tv: &mut Tv, secrets: &mut Vec<String>) {
    match &mut tv.v {
        V::Str(s) if !s.is_empty() => secrets.push(s.clone()),
        V::Arr(items) => items.iter_mut().for_each(|i| conceal(i, secrets)),
        V::Obj(entries) => entries.iter_mut().for_each(|(_, _, v)| conceal(v, secrets)),
        V::Int(_) | V::Float(_) | V::Bool(_) => tv.v = V::Unknown,
        _ => {}
    }
}

/// Whether any text of a value holds one of `secrets`: a value made from a secret is one.
pub(super) fn holds_secret(tv: &Tv, secrets: &[String]) -> bool {
    match &tv.v {
        _ if secrets.is_empty() => false,
        V::Str(s) => secrets.iter().any(|secret| s.contains(secret.as_str())),
        V::Arr(items) => items.iter().any(|i| holds_secret(i, secrets)),
        V::Obj(entries) => entries.iter().any(|(_, _, v)| holds_secret(v, secrets)),
        _ => false,
    }
}

pub(super) fn texts(tv: &Tv, out: &mut Vec<String>) {
    match &tv.v {
        V::Str(s) if !s.is_empty() => out.push(s.clone()),
        V::Arr(items) => items.iter().for_each(|i| texts(i, out)),
        V::Obj(entries) => entries.iter().for_each(|(_, _, v)| texts(v, out)),
        _ => {}
    }
}

/// A JSON value as it is (a plan's strings are no expressions), spans kept; a block, which a
/// plan writes as a list of one object, as that object, and an empty list as left out.
fn literal(value: &ast::Value<'_>, budget: &mut usize) -> Tv {
    let at = span(value.range());
    if *budget == 0 {
        return unknown(at);
    }
    *budget -= 1;
    let v = match value {
        ast::Value::StringLit(s) => V::Str(s.value.to_string()),
        ast::Value::NumberLit(n) => n
            .value
            .parse()
            .map_or_else(|_| n.value.parse().map_or(V::Unknown, V::Float), V::Int),
        ast::Value::BooleanLit(b) => V::Bool(b.value),
        ast::Value::NullKeyword(_) => V::Null,
        ast::Value::Array(a) => match a.elements.as_slice() {
            [one @ ast::Value::Object(_)] => return literal(one, budget),
            [] => V::Null,
            items => V::Arr(items.iter().map(|v| literal(v, budget)).collect()),
        },
        ast::Value::Object(o) => V::Obj(
            o.properties
                .iter()
                .map(|p| {
                    (
                        p.name.as_str().to_owned(),
                        span(p.name.range()),
                        literal(&p.value, budget),
                    )
                })
                .collect(),
        ),
    };
    Tv {
        v,
        span: at,
        parameter: None,
    }
}

/// Marks what `after_unknown` says is known only when applied: `true` at an attribute (which
/// `after` then leaves out or null), objects and lists of such marks below.
fn mark_unknown(tv: &mut Tv, marks: &ast::Value<'_>) {
    match marks {
        ast::Value::BooleanLit(b) if b.value => tv.v = V::Unknown,
        ast::Value::Object(object) => {
            let V::Obj(entries) = &mut tv.v else {
                return;
            };
            for mark in &object.properties {
                let key = mark.name.as_str();
                match entries.iter_mut().find(|(k, _, _)| k == key) {
                    Some((_, _, value)) => mark_unknown(value, &mark.value),
                    None => {
                        if matches!(&mark.value, ast::Value::BooleanLit(b) if b.value) {
                            let at = span(mark.value.range());
                            entries.push((key.to_owned(), span(mark.name.range()), unknown(at)));
                        }
                    }
                }
            }
        }
        ast::Value::Array(list) => match (&mut tv.v, list.elements.as_slice()) {
            (V::Arr(items), _) => {
                for (item, mark) in items.iter_mut().zip(&list.elements) {
                    mark_unknown(item, mark);
                }
            }
            (V::Obj(_), [mark]) => mark_unknown(tv, mark),
            _ => {}
        },
        _ => {}
    }
}

pub(super) fn unknown(at: Span) -> Tv {
    Tv {
        v: V::Unknown,
        span: at,
        parameter: None,
    }
}

/// Every part of a value at one span.
pub(super) fn respan(tv: &mut Tv, at: Span) {
    tv.span = at;
    match &mut tv.v {
        V::Arr(items) => items.iter_mut().for_each(|i| respan(i, at)),
        V::Obj(entries) => entries.iter_mut().for_each(|(_, key, v)| {
            *key = at;
            respan(v, at);
        }),
        _ => {}
    }
}

/// One azurerm compute resource's attributes (or block's arguments) as amlint's tree, by the
/// mapping's Terraform arguments; what only IaC states beside it.
/// `named_at` is where the resource's type is written, which a finding about the whole resource
/// points at.
pub(super) fn terraform_compute<'a>(
    strings: &'a Strings,
    kind: Kind,
    tv: &Tv,
    named_at: Span,
) -> Compute<'a> {
    let forms = kind.forms();
    let mut converted = tv.clone();
    convert_types(&mut converted, kind);
    let tv = &converted;
    let mut builder = super::Builder {
        strings,
        parameters: Vec::new(),
        terraform: true,
    };
    let mut entries = builder.place(forms, forms.fields, tv, "");
    // The resource's type names the kind.
    entries.insert(
        0,
        Entry {
            key: Node::new(Value::Str("type"), named_at),
            value: Node::new(Value::Str(kind.type_name()), named_at),
        },
    );
    let facts: Vec<Rel> = forms
        .iac_only
        .iter()
        .filter_map(|only| {
            let (path, form) = only.terraform?;
            Some(Rel {
                field: only.name,
                arm: path,
                form,
            })
        })
        .collect();
    let mut facts = builder.place_rel(forms, &facts, tv, "");
    // What Terraform alone checks, as written: `vm_priority`'s case (AML110).
    if let Some(written @ Tv { v: V::Str(_), .. }) = tv.get("vm_priority") {
        facts.push(Entry {
            key: Node::new(Value::Str("vm_priority"), written.span),
            value: builder.same(written),
        });
    }
    // A fact the resource has no argument for (`disableLocalAuth` of azurerm's inference
    // cluster) is not the configuration's to state: unknown, and never judged.
    for only in forms
        .iac_only
        .iter()
        .filter(|only| only.terraform.is_none())
    {
        if !facts.iter().any(|e| e.key.as_str() == Some(only.name)) {
            facts.push(Entry {
                key: Node::new(Value::Str(only.name), named_at),
                value: Node::new(Value::Unknown, named_at),
            });
        }
    }
    // Whose words a finding about a fact uses (AML512's `local_auth_enabled`).
    facts.push(Entry {
        key: Node::new(Value::Str("input"), named_at),
        value: Node::new(Value::Str("terraform"), named_at),
    });
    Compute {
        root: Node::new(Value::Map(entries), tv.span),
        facts: Node::new(Value::Map(facts), tv.span),
        parameters: builder.parameters,
    }
}

/// Strings where Terraform takes a number or a boolean (and numbers and booleans where it takes
/// a string), converted as Terraform converts them (`max_node_count = "4"` is 4,
/// `node_public_ip_enabled = "false"` is false): a `.tf` file may write them so, and a
/// variable's value often is a string.
fn convert_types(tv: &mut Tv, kind: Kind) {
    let forms = kind.forms();
    let arguments = forms
        .fields
        .iter()
        .filter_map(|m| {
            let (path, form) = m.terraform?;
            let ty = field_type(kind.fields(), m.field)?;
            Some((path, form, ty))
        })
        .chain(forms.iac_only.iter().filter_map(|only| {
            let (path, form) = only.terraform?;
            // `local_auth_enabled`: a boolean.
            (form == crate::model::iac::Form::Not).then_some((path, form, &crate::model::Ty::Bool))
        }));
    for (path, form, ty) in arguments {
        if !matches!(
            form,
            crate::model::iac::Form::Same | crate::model::iac::Form::Not
        ) {
            continue;
        }
        let Some(value) = at_mut(tv, path) else {
            continue;
        };
        let converted = match (ty, &value.v) {
            (crate::model::Ty::Int { .. }, V::Str(text)) => text.trim().parse().ok().map(V::Int),
            (crate::model::Ty::Bool, V::Str(text)) => match text.as_str() {
                "true" => Some(V::Bool(true)),
                "false" => Some(V::Bool(false)),
                _ => None,
            },
            // A number or boolean where Terraform takes a string (`name = 42`).
            (crate::model::Ty::Str, V::Int(i)) => Some(V::Str(i.to_string())),
            (crate::model::Ty::Str, V::Bool(b)) => Some(V::Str(b.to_string())),
            _ => None,
        };
        if let Some(converted) = converted {
            value.v = converted;
        }
    }
}

/// The type of amlint's field at a dotted path (`ssh_settings.admin_username`).
fn field_type(
    fields: &'static [crate::model::Field],
    path: &str,
) -> Option<&'static crate::model::Ty> {
    let (head, rest) = match path.split_once('.') {
        Some((head, rest)) => (head, Some(rest)),
        None => (path, None),
    };
    let field = fields.iter().find(|f| f.name == head)?;
    match (rest, &field.ty) {
        (None, ty) => Some(ty),
        (Some(rest), crate::model::Ty::Object(inner)) => field_type(inner, rest),
        _ => None,
    }
}

/// The value at a dotted path, to change it.
fn at_mut<'t>(tv: &'t mut Tv, path: &str) -> Option<&'t mut Tv> {
    let mut node = tv;
    for key in path.split('.') {
        let V::Obj(entries) = &mut node.v else {
            return None;
        };
        node = entries
            .iter_mut()
            .rev()
            .find(|(k, _, _)| k == key)
            .map(|(_, _, v)| v)?;
    }
    Some(node)
}
