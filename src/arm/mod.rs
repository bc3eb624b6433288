//! ARM templates, the JSON `bicep build` writes, and REST request bodies, read into amlint's
//! tree: one document per `Microsoft.MachineLearningServices/workspaces/computes` resource (at
//! any depth: child resources, nested deployments, symbolic names, `copy` loops), its values at
//! amlint's fields by the mapping of `model::iac`, every span in the template's own text.
//!
//! Expressions are evaluated where they are pure (`expr.rs`): parameters from their default
//! values or a parameter file, variables, `concat`, `format`, `if`, ... What depends on the
//! deployment is [`Value::Unknown`]: present, and never judged. Bounded: nesting (the parser's
//! own limit), copies, documents and the work of one file.

pub(crate) mod bicep;
mod expr;
mod hcl;
mod terraform;

use std::rc::Rc;

use jsonc_parser::ast;
use jsonc_parser::common::Ranged;

use crate::kind::Kind;
use crate::model::iac::{Form, Forms, Mapping};
use crate::span::Span;
use crate::yaml::{Entry, Node, Strings, Value};

use expr::{Env, Ev};

pub(crate) use hcl::{Module, module_file_problem, read_tf, var_file_problem};
pub(crate) use terraform::{looks_like_terraform_plan, read_plan};

/// The resource type of a compute.
const COMPUTES: &str = "Microsoft.MachineLearningServices/workspaces/computes";
const DEPLOYMENTS: &str = "Microsoft.Resources/deployments";
/// ARM's own bound on a resource's copies.
const MAX_COPIES: i64 = 800;
/// Most computes one file yields.
const MAX_COMPUTES: usize = 1000;
/// Most nested deployments inside one another.
const MAX_NESTING: usize = 8;
/// Steps of work one file may take: expression steps and values built.
pub(crate) const BUDGET: usize = 2_000_000;

/// What a template holds for amlint.
#[derive(Debug, Default)]
pub(crate) struct Read<'a> {
    /// One per compute resource (and copy), in the order they are written.
    pub(crate) computes: Vec<Compute<'a>>,
    /// The text is not JSON (with comments): the parser's message and where.
    pub(crate) error: Option<(String, Span)>,
    /// Where the comments are (`//`, `/* */`).
    pub(crate) comments: Vec<Span>,
    /// The `//` comments that speak to amlint (`// amlint: ignore[AML512]`).
    pub(crate) directives: Vec<Span>,
    /// Values of `secureString` and `secureObject` parameters, wherever they were given.
    pub(crate) secrets: Vec<String>,
    /// The work budget ran out (a hostile file): what was not read yet stayed unread.
    pub(crate) exhausted: bool,
    /// Terraform configuration (HCL), whose values come from variables rather than parameters.
    pub(crate) terraform: bool,
    /// Keys written twice in one object (ARM compares names without case): the key as written
    /// last, where it stands, and the whole property written before it, which the reader ignores.
    pub(crate) duplicates: Vec<(String, Span, Span)>,
}

/// One compute resource as amlint's tree.
#[derive(Debug)]
pub(crate) struct Compute<'a> {
    pub(crate) root: Node<'a>,
    /// What only an IaC input states, by the names of `model::iac` (`disable_local_auth`).
    pub(crate) facts: Node<'a>,
    /// The values that came from a parameter: amlint's pointer and the parameter's name.
    pub(crate) parameters: Vec<(String, String)>,
}

/// Whether a text looks like what this reader reads: a JSON object (after any comments) that is
/// a template (a deployment template's `$schema`, or `resources` naming an Azure ML resource) or a
/// REST body (`computeType`). Cheap: no parse.
#[must_use]
pub fn looks_like_arm(text: &str) -> bool {
    let mut start = text.trim_start_matches('\u{feff}').trim_start();
    // Comments before the object: `// ...` lines and `/* ... */` blocks.
    loop {
        if let Some(rest) = start.strip_prefix("//") {
            start = rest
                .split_once('\n')
                .map_or("", |(_, after)| after)
                .trim_start();
        } else if let Some(rest) = start.strip_prefix("/*") {
            start = rest
                .split_once("*/")
                .map_or("", |(_, after)| after)
                .trim_start();
        } else {
            break;
        }
    }
    start.starts_with('{')
        && (text.contains("deploymentTemplate.json")
            || text.contains("\"computeType\"")
            || (text.contains("\"resources\"")
                && text.contains("Microsoft.MachineLearningServices")))
}

/// The template a parameter file links by its metadata, as PSRule for Azure reads the link: a
/// deployment parameters file (its `$schema` names `deploymentParameters.json`) whose
/// `metadata.template` is a path (`./x.json` relative to the parameter file; otherwise relative
/// to the folder amlint runs in). `None` for anything else.
#[must_use]
pub fn linked_template(text: &str) -> Option<String> {
    let parsed = parse_json(text.trim_start_matches('\u{feff}')).ok()?;
    let Some(ast::Value::Object(root)) = &parsed.value else {
        return None;
    };
    let Some(ast::Value::StringLit(schema)) = get(root, "$schema") else {
        return None;
    };
    if !schema
        .value
        .to_ascii_lowercase()
        .contains("deploymentparameters.json")
    {
        return None;
    }
    let Some(ast::Value::Object(metadata)) = get(root, "metadata") else {
        return None;
    };
    match get(metadata, "template") {
        Some(ast::Value::StringLit(template)) if !template.value.trim().is_empty() => {
            Some(template.value.to_string())
        }
        _ => None,
    }
}

/// Reads `text`; `parameters` is a parameter file's text (`*.parameters.json`), whose values win
/// over the defaults. The trees' strings live in `strings`.
#[must_use]
pub(crate) fn read<'a>(text: &'a str, parameters: Option<&str>, strings: &'a Strings) -> Read<'a> {
    let mut out = Read::default();
    let options = jsonc_parser::ParseOptions::default();
    let collect = jsonc_parser::CollectOptions {
        comments: jsonc_parser::CommentCollectionStrategy::Separate,
        tokens: false,
    };
    let parsed = match jsonc_parser::parse_to_ast(text, &collect, &options) {
        Ok(parsed) => parsed,
        Err(error) => {
            let range = error.range();
            out.error = Some((error.kind().to_string(), Span::new(range.start, range.end)));
            return out;
        }
    };
    if let Some(comments) = &parsed.comments {
        let mut spans: Vec<Span> = comments
            .values()
            .flat_map(|list| list.iter().map(|c| span(c.range())))
            .collect();
        spans.sort_by_key(|s| (s.start, s.end));
        spans.dedup();
        out.directives = spans
            .iter()
            .copied()
            .filter(|s| {
                text.get(s.range())
                    .and_then(|c| c.strip_prefix("//"))
                    .is_some_and(|body| body.trim_start().starts_with("amlint:"))
            })
            .collect();
        out.comments = spans;
    }
    let Some(ast::Value::Object(root)) = &parsed.value else {
        return out;
    };
    out.duplicates = duplicate_keys(root);
    let file_values = parameters.map(parameter_file).unwrap_or_default();
    out.secrets = secure_values(root, &file_values);
    let mut reader = Reader {
        strings,
        budget: BUDGET,
        out,
    };
    let mut scope = Scope::new(None, &file_values, None);
    if is_rest_body(root) {
        reader.compute(root, &mut scope, true);
    } else if let Some(body) = rest_example_body(root) {
        reader.compute(body, &mut scope, true);
    } else {
        scope.template = Some(root);
        reader.template(root, &mut scope, 0);
    }
    let mut out = reader.out;
    scope.hand_over_secrets(&mut out.secrets);
    out.exhausted = reader.budget == 0;
    out
}

/// Every key written twice in one object, at any depth: the reader takes the last (`get`), as it
/// compares names without case as ARM does. Walked with a stack of its own (the parser bounds the
/// nesting, this keeps the call stack out of it); one set of names per object.
fn duplicate_keys(root: &ast::Object<'_>) -> Vec<(String, Span, Span)> {
    let mut out = Vec::new();
    let mut stack: Vec<&ast::Value<'_>> = Vec::new();
    let mut object = Some(root);
    loop {
        if let Some(object) = object.take() {
            let mut seen: std::collections::HashMap<String, Span> =
                std::collections::HashMap::with_capacity(object.properties.len());
            for property in &object.properties {
                let name = property.name.as_str();
                if let Some(earlier) = seen.insert(name.to_ascii_lowercase(), span(property.range))
                {
                    out.push((name.to_owned(), span(property.name.range()), earlier));
                }
                stack.push(&property.value);
            }
        }
        match stack.pop() {
            Some(ast::Value::Object(inner)) => object = Some(inner),
            Some(ast::Value::Array(array)) => stack.extend(array.elements.iter()),
            Some(_) => {}
            None => break,
        }
    }
    out.sort_by_key(|(_, at, _)| at.start);
    out
}

fn span(range: jsonc_parser::common::Range) -> Span {
    Span::new(range.start, range.end)
}

/// JSON (with comments, as ARM reads templates) as a tree, with the parser's default options.
fn parse_json(
    text: &str,
) -> Result<jsonc_parser::ParseResult<'_>, jsonc_parser::errors::ParseError> {
    jsonc_parser::parse_to_ast(
        text,
        &jsonc_parser::CollectOptions::default(),
        &jsonc_parser::ParseOptions::default(),
    )
}

fn get<'o, 'a>(object: &'o ast::Object<'a>, key: &str) -> Option<&'o ast::Value<'a>> {
    object
        .properties
        .iter()
        .rev()
        .find(|p| p.name.as_str().eq_ignore_ascii_case(key))
        .map(|p| &p.value)
}

fn is_rest_body(root: &ast::Object<'_>) -> bool {
    get(root, "resources").is_none()
        && matches!(get(root, "properties"), Some(ast::Value::Object(p)) if get(p, "computeType").is_some())
}

/// The body of one of the REST API's example files (`{"parameters": {..., "parameters": body}}`).
fn rest_example_body<'o, 'a>(root: &'o ast::Object<'a>) -> Option<&'o ast::Object<'a>> {
    if get(root, "resources").is_some() {
        return None;
    }
    let ast::Value::Object(outer) = get(root, "parameters")? else {
        return None;
    };
    let ast::Value::Object(body) = get(outer, "parameters")? else {
        return None;
    };
    is_rest_body(body).then_some(body)
}

/// A parameter file's values: `{"parameters": {"name": {"value": ...}}}`; a Key Vault
/// `reference` is unknown.
fn parameter_file(text: &str) -> Vec<(String, Ev)> {
    let Ok(parsed) = parse_json(text.strip_prefix('\u{feff}').unwrap_or(text)) else {
        return Vec::new();
    };
    let Some(ast::Value::Object(root)) = &parsed.value else {
        return Vec::new();
    };
    let Some(ast::Value::Object(parameters)) = get(root, "parameters") else {
        return Vec::new();
    };
    let mut budget = BUDGET;
    parameters
        .properties
        .iter()
        .map(|p| {
            let value = match &p.value {
                ast::Value::Object(entry) => match get(entry, "value") {
                    Some(value) => literal(value, &mut budget),
                    None => Ev::Unknown,
                },
                _ => Ev::Unknown,
            };
            (p.name.as_str().to_owned(), value)
        })
        .collect()
}

/// What is wrong with a parameter file's text, if anything, as a catalog message id, its
/// argument and the offset it is at: text that is not JSON, or not the shape ARM reads
/// (`{"parameters": {"name": {"value": ...} or {"reference": ...}}}`). A file with such a
/// problem would give no values, so the template's parameters would silently be unknown.
pub(crate) fn parameter_file_problem(text: &str) -> Option<(&'static str, String, usize)> {
    let parsed = match parse_json(text) {
        Ok(parsed) => parsed,
        Err(error) => {
            return Some((
                "iac.parameters.unreadable",
                error.kind().to_string(),
                error.range().start,
            ));
        }
    };
    let Some(ast::Value::Object(root)) = &parsed.value else {
        return Some(("iac.parameters.not_object", String::new(), 0));
    };
    let Some(ast::Value::Object(parameters)) = get(root, "parameters") else {
        return Some((
            "iac.parameters.no_parameters",
            String::new(),
            root.range.start,
        ));
    };
    parameters.properties.iter().find_map(|p| {
        let given = matches!(&p.value, ast::Value::Object(entry)
            if get(entry, "value").is_some() || get(entry, "reference").is_some());
        (!given).then(|| {
            (
                "iac.parameters.no_value",
                p.name.as_str().to_owned(),
                p.range.start,
            )
        })
    })
}

/// The names of the parameters a parameter file gives.
pub(crate) fn parameter_names(text: &str) -> Vec<String> {
    parameter_file(text)
        .into_iter()
        .map(|(name, _)| name)
        .collect()
}

/// The values of a template's secure parameters (`secureString`, `secureObject`): their
/// defaults and what the parameter file gives them, used or not.
fn secure_values(template: &ast::Object<'_>, given: &[(String, Ev)]) -> Vec<String> {
    let mut out = Vec::new();
    let Some(ast::Value::Object(parameters)) = get(template, "parameters") else {
        return out;
    };
    let mut budget = BUDGET;
    for parameter in &parameters.properties {
        let ast::Value::Object(declared) = &parameter.value else {
            continue;
        };
        let name = parameter.name.as_str();
        for (_, value) in given.iter().filter(|(n, _)| n.eq_ignore_ascii_case(name)) {
            secret_member_texts(value, &mut out);
        }
        if !is_secure(name, declared, template) {
            continue;
        }
        if let Some(default) = get(declared, "defaultValue") {
            secret_texts(&literal(default, &mut budget), &mut out);
        }
        for (_, value) in given.iter().filter(|(n, _)| n.eq_ignore_ascii_case(name)) {
            secret_texts(value, &mut out);
        }
    }
    out
}

/// Whether a parameter's values are secrets: its type is `secureString` or `secureObject`, or its
/// name says it is one (`adminPassword`, `sasToken`: the mistake PSRule's
/// Azure.Template.ParameterSecure flags), as a YAML key's name does.
fn is_secure(name: &str, declared: &ast::Object<'_>, root: &ast::Object<'_>) -> bool {
    declares_secret(declared, root, 0) || crate::model::is_secret_like_key(name)
}

/// Whether a name secret only by its name (not marked) also makes its numbers secrets: its last
/// word names the credential itself (`node_password`, `adminPin`), not a quantity of it
/// (`password_length`, `tokenCount`, `max_tokens`, `passes`), whose number stays known.
pub(crate) fn names_a_secret_number(name: &str) -> bool {
    let name = name.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
    let run = name
        .rfind(|c: char| !c.is_ascii_alphanumeric())
        .map_or(name, |i| &name[i + 1..]);
    // The last camel-case word of the run: from its last upper-case letter after a lower one.
    let bytes = run.as_bytes();
    let start = (1..bytes.len())
        .rev()
        .find(|&i| bytes[i].is_ascii_uppercase() && !bytes[i - 1].is_ascii_uppercase())
        .unwrap_or(0);
    let word = &run[start..];
    [
        "password",
        "passwd",
        "pwd",
        "pass",
        "passphrase",
        "passcode",
        "pin",
        "secret",
        "token",
        "key",
        "apikey",
        "credential",
        "sastoken",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether a declared type is, or holds, a secure one: `secureString`/`secureObject`, a `$ref`
/// to a definition that is (languageVersion 2.0; what Bicep writes for `@secure()` on a type),
/// or an object's property or an array's items that are — then the whole value is kept hidden.
fn declares_secret(declared: &ast::Object<'_>, root: &ast::Object<'_>, depth: usize) -> bool {
    // Definitions may refer to each other, in a cycle too.
    if depth > 8 {
        return false;
    }
    let inner = |value: Option<&ast::Value<'_>>| match value {
        Some(ast::Value::Object(o)) => declares_secret(o, root, depth + 1),
        _ => false,
    };
    let secure_type = matches!(get(declared, "type"), Some(ast::Value::StringLit(t)) if t.value.to_ascii_lowercase().starts_with("secure"));
    let referred = match get(declared, "$ref") {
        Some(ast::Value::StringLit(r)) => {
            r.value.strip_prefix("#/definitions/").is_some_and(|name| {
                match get(root, "definitions") {
                    Some(ast::Value::Object(definitions)) => inner(get(definitions, name)),
                    _ => false,
                }
            })
        }
        _ => false,
    };
    let properties = match get(declared, "properties") {
        Some(ast::Value::Object(properties)) => {
            properties.properties.iter().any(|p| inner(Some(&p.value)))
        }
        _ => false,
    };
    // A tuple's items (`prefixItems`), a discriminated union's members (`discriminator.mapping`).
    let tuple = match get(declared, "prefixItems") {
        Some(ast::Value::Array(items)) => items.elements.iter().any(|v| inner(Some(v))),
        _ => false,
    };
    let union = match get(declared, "discriminator") {
        Some(ast::Value::Object(discriminator)) => match get(discriminator, "mapping") {
            Some(ast::Value::Object(mapping)) => {
                mapping.properties.iter().any(|p| inner(Some(&p.value)))
            }
            _ => false,
        },
        _ => false,
    };
    secure_type
        || referred
        || properties
        || tuple
        || union
        || inner(get(declared, "items"))
        || inner(get(declared, "additionalProperties"))
}

/// A JSON value without expressions (a parameter file's); strings as written.
fn literal(value: &ast::Value<'_>, budget: &mut usize) -> Ev {
    if *budget == 0 {
        return Ev::Unknown;
    }
    *budget -= 1;
    match value {
        ast::Value::StringLit(s) => Ev::Str(s.value.to_string()),
        ast::Value::NumberLit(n) => n.value.parse().map_or(Ev::Unknown, Ev::Int),
        ast::Value::BooleanLit(b) => Ev::Bool(b.value),
        ast::Value::NullKeyword(_) => Ev::Null,
        ast::Value::Array(a) => Ev::Array(a.elements.iter().map(|v| literal(v, budget)).collect()),
        ast::Value::Object(o) => Ev::Object(
            o.properties
                .iter()
                .map(|p| (p.name.as_str().to_owned(), literal(&p.value, budget)))
                .collect(),
        ),
    }
}

/// Where a template's expressions look names up.
struct Scope<'t, 'a> {
    template: Option<&'t ast::Object<'a>>,
    /// Values given from outside (a parameter file, a nested deployment's `parameters`).
    given: &'t [(String, Ev)],
    /// The copy loop being expanded: its name and index.
    copy: Option<(String, i64)>,
    /// Variables being evaluated (a cycle is unknown).
    evaluating: Vec<String>,
    /// The parameters the current expression used, and their values, in the order used.
    used: Vec<(String, Ev)>,
    /// Values of secure parameters that were used, and values made from them: kept for the
    /// scope's life, to know a value made from one ([`Env::tainted`]).
    secrets: Vec<String>,
    /// How many of `secrets` were handed over to the file's.
    handed_over: usize,
    /// Variables and parameters already evaluated (they do not change within a scope; a
    /// default that uses `copyIndex()` cannot).
    known: Vec<(bool, String, Ev)>,
    steps: usize,
}

/// The work a value stands for when it is copied: one step per 256 bytes of its text.
fn weight(value: &Ev) -> usize {
    match value {
        Ev::Str(s) => 1 + s.len() / 256,
        Ev::Array(items) => 1 + items.iter().map(weight).sum::<usize>(),
        Ev::Object(entries) => {
            1 + entries
                .iter()
                .map(|(k, v)| k.len() / 256 + weight(v))
                .sum::<usize>()
        }
        _ => 1,
    }
}

impl<'t, 'a> Scope<'t, 'a> {
    fn new(
        template: Option<&'t ast::Object<'a>>,
        given: &'t [(String, Ev)],
        copy: Option<(String, i64)>,
    ) -> Self {
        Scope {
            template,
            given,
            copy,
            evaluating: Vec::new(),
            used: Vec::new(),
            secrets: Vec::new(),
            handed_over: 0,
            known: Vec::new(),
            steps: 0,
        }
    }

    /// Adds the secrets found since the last call to `out` (the file's).
    fn hand_over_secrets(&mut self, out: &mut Vec<String>) {
        out.extend_from_slice(self.secrets.get(self.handed_over..).unwrap_or_default());
        self.handed_over = self.secrets.len();
    }

    fn section(&self, name: &str) -> Option<&'t ast::Object<'a>> {
        match get(self.template?, name)? {
            ast::Value::Object(o) => Some(o),
            _ => None,
        }
    }

    /// A JSON value of the template with its expressions evaluated.
    fn evaluate(&mut self, value: &ast::Value<'_>) -> Ev {
        if !self.step() {
            return Ev::Unknown;
        }
        match value {
            ast::Value::StringLit(s) => expr::evaluate_string(&s.value, self),
            ast::Value::NumberLit(n) => n.value.parse().map_or(Ev::Unknown, Ev::Int),
            ast::Value::BooleanLit(b) => Ev::Bool(b.value),
            ast::Value::NullKeyword(_) => Ev::Null,
            ast::Value::Array(a) => {
                Ev::Array(a.elements.iter().map(|v| self.evaluate(v)).collect())
            }
            ast::Value::Object(o) => Ev::Object(
                o.properties
                    .iter()
                    .map(|p| (p.name.as_str().to_owned(), self.evaluate(&p.value)))
                    .collect(),
            ),
        }
    }
}

/// The texts under an object's members named as secrets (a parameter file's
/// `{ "sasToken": ... }`), at any depth.
fn secret_member_texts(value: &Ev, out: &mut Vec<String>) {
    match value {
        Ev::Array(items) => items.iter().for_each(|v| secret_member_texts(v, out)),
        Ev::Object(entries) => {
            for (key, v) in entries {
                if crate::model::is_secret_like_key(key) {
                    secret_texts(v, out);
                } else {
                    secret_member_texts(v, out);
                }
            }
        }
        _ => {}
    }
}

fn secret_texts(value: &Ev, out: &mut Vec<String>) {
    match value {
        Ev::Str(s) if !s.is_empty() => out.push(s.clone()),
        Ev::Array(items) => items.iter().for_each(|v| secret_texts(v, out)),
        Ev::Object(entries) => entries.iter().for_each(|(_, v)| secret_texts(v, out)),
        _ => {}
    }
}

impl Env for Scope<'_, '_> {
    fn parameter(&mut self, name: &str) -> Ev {
        let value = self.remembered(true, name, |scope| scope.parameter_value(name));
        if !self.used.iter().any(|(used, _)| used == name) {
            self.used.push((name.to_owned(), value.clone()));
        }
        value
    }

    fn variable(&mut self, name: &str) -> Ev {
        self.remembered(false, name, |scope| scope.variable_value(name))
    }

    fn copy_index(&self, name: Option<&str>) -> Ev {
        match (&self.copy, name) {
            (Some((_, index)), None) => Ev::Int(*index),
            (Some((loop_name, index)), Some(name)) if loop_name.eq_ignore_ascii_case(name) => {
                Ev::Int(*index)
            }
            _ => Ev::Unknown,
        }
    }

    fn step(&mut self) -> bool {
        self.steps += 1;
        self.steps <= BUDGET
    }

    fn tainted(&self, value: &Ev) -> bool {
        expr::holds_secret(value, &self.secrets)
    }

    fn conceal(&mut self, value: Ev) -> Ev {
        expr::conceal(value, &mut self.secrets)
    }
}

impl Scope<'_, '_> {
    /// A parameter's or variable's value, evaluated once; each use pays for its size.
    fn remembered(
        &mut self,
        parameter: bool,
        name: &str,
        evaluate: impl FnOnce(&mut Self) -> Ev,
    ) -> Ev {
        let found = self
            .known
            .iter()
            .find(|(p, n, _)| *p == parameter && n.eq_ignore_ascii_case(name))
            .map(|(_, _, v)| v.clone());
        let value = match found {
            Some(value) => value,
            None => {
                let value = evaluate(self);
                self.known.push((parameter, name.to_owned(), value.clone()));
                value
            }
        };
        self.steps = self.steps.saturating_add(weight(&value));
        if self.steps > BUDGET {
            return Ev::Unknown;
        }
        value
    }

    fn parameter_value(&mut self, name: &str) -> Ev {
        let declared = self.section("parameters").and_then(|p| match get(p, name) {
            Some(ast::Value::Object(o)) => Some(o),
            _ => None,
        });
        // Declared secure, or named as the credential itself (`nodePassword`): all of the value
        // is hidden (a number is unknown). Secret only by a name that says a quantity of one
        // (`passwordLength`): its texts are; its numbers and flags stay known.
        let named = crate::model::is_secret_like_key(name);
        let secure = match (declared, self.template) {
            (Some(declared), Some(root)) => declares_secret(declared, root, 0),
            _ => false,
        } || (named && names_a_secret_number(name));
        let value = match self
            .given
            .iter()
            .rev()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
        {
            Some((_, value)) => value.clone(),
            None => match declared.and_then(|d| get(d, "defaultValue")) {
                Some(default) => {
                    // A default is evaluated as an expression of the template, without loops.
                    let copy = self.copy.take();
                    let value = self.evaluate(default);
                    self.copy = copy;
                    value
                }
                None => Ev::Unknown,
            },
        };
        // A value given that holds a secret (an outer secure value) is one too.
        if secure || expr::holds_secret(&value, &self.secrets) {
            return expr::conceal(value, &mut self.secrets);
        }
        if named {
            secret_texts(&value, &mut self.secrets);
        }
        secret_member_texts(&value, &mut self.secrets);
        value
    }

    fn variable_value(&mut self, name: &str) -> Ev {
        let lower = name.to_ascii_lowercase();
        if self.evaluating.contains(&lower) || self.evaluating.len() >= 32 {
            return Ev::Unknown;
        }
        let Some(value) = self.section("variables").and_then(|v| get(v, name)) else {
            return Ev::Unknown;
        };
        self.evaluating.push(lower);
        let value = self.evaluate(value);
        self.evaluating.pop();
        value
    }
}

/// A template value with expressions evaluated, each with the span it was written at.
#[derive(Debug, Clone)]
struct Tv {
    v: V,
    span: Span,
    /// The parameter it came from.
    parameter: Option<Rc<str>>,
}

#[derive(Debug, Clone)]
enum V {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Null,
    Arr(Vec<Tv>),
    Obj(Vec<(String, Span, Tv)>),
    Unknown,
}

impl Tv {
    fn get(&self, key: &str) -> Option<&Tv> {
        match &self.v {
            V::Obj(entries) => entries
                .iter()
                .rev()
                .find(|(k, _, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, _, v)| v),
            _ => None,
        }
    }

    fn str(&self) -> Option<&str> {
        match &self.v {
            V::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The value at a dotted path; an unknown value on the way is the answer.
    fn at(&self, path: &str) -> Option<&Tv> {
        let mut node = self;
        for key in path.split('.').filter(|k| !k.is_empty()) {
            if matches!(node.v, V::Unknown) {
                return Some(node);
            }
            node = node.get(key)?;
        }
        Some(node)
    }
}

struct Reader<'a> {
    strings: &'a Strings,
    budget: usize,
    out: Read<'a>,
}

impl<'a> Reader<'a> {
    fn spend(&mut self) -> bool {
        if self.budget == 0 {
            return false;
        }
        self.budget -= 1;
        true
    }

    /// The resources of a template, and of the templates it deploys.
    fn template(&mut self, template: &ast::Object<'_>, scope: &mut Scope<'_, '_>, depth: usize) {
        if let Some(resources) = get(template, "resources") {
            self.resources(resources, None, scope, depth);
        }
    }

    fn resources(
        &mut self,
        resources: &ast::Value<'_>,
        parent: Option<&str>,
        scope: &mut Scope<'_, '_>,
        depth: usize,
    ) {
        // An array, or an object of symbolic names (`languageVersion` 2.0).
        let items: Vec<&ast::Value<'_>> = match resources {
            ast::Value::Array(a) => a.elements.iter().collect(),
            ast::Value::Object(o) => o.properties.iter().map(|p| &p.value).collect(),
            _ => return,
        };
        for item in items {
            let ast::Value::Object(resource) = item else {
                continue;
            };
            if self.out.computes.len() >= MAX_COMPUTES || !self.spend() {
                return;
            }
            self.resource(resource, parent, scope, depth);
        }
    }

    fn resource(
        &mut self,
        resource: &ast::Object<'_>,
        parent: Option<&str>,
        scope: &mut Scope<'_, '_>,
        depth: usize,
    ) {
        let Some(ty) = get(resource, "type").map(|t| scope.evaluate(t)) else {
            return;
        };
        let Ev::Str(ty) = ty else {
            return;
        };
        // A child resource names its type relative to its parent's.
        let full = match parent {
            Some(parent) if !ty.contains('/') => format!("{parent}/{ty}"),
            _ => ty,
        };
        // A reference to a resource declared elsewhere (Bicep's `existing`).
        if matches!(get(resource, "existing"), Some(ast::Value::BooleanLit(b)) if b.value) {
            return;
        }
        if full.eq_ignore_ascii_case(COMPUTES) {
            self.copies(resource, scope);
        } else if full.eq_ignore_ascii_case(DEPLOYMENTS) && depth < MAX_NESTING {
            self.deployment(resource, scope, depth);
        }
        if let Some(children) = get(resource, "resources") {
            self.resources(children, Some(&full), scope, depth);
        }
    }

    /// A compute resource once, or once per copy of its `copy` loop.
    fn copies(&mut self, resource: &ast::Object<'_>, scope: &mut Scope<'_, '_>) {
        let Some(ast::Value::Object(copy)) = get(resource, "copy") else {
            self.compute(resource, scope, false);
            return;
        };
        let name = match get(copy, "name").map(|n| scope.evaluate(n)) {
            Some(Ev::Str(name)) => name,
            _ => String::new(),
        };
        let count = get(copy, "count").map(|c| scope.evaluate(c));
        let outer = scope.copy.take();
        match count {
            Some(Ev::Int(count)) => {
                for index in 0..count.clamp(0, MAX_COPIES) {
                    if self.out.computes.len() >= MAX_COMPUTES {
                        break;
                    }
                    scope.copy = Some((name.clone(), index));
                    self.compute(resource, scope, false);
                }
            }
            // How many is known only when deployed: one, with an unknown index.
            _ => self.compute(resource, scope, false),
        }
        scope.copy = outer;
    }

    /// A nested deployment's template, with the parameters it is given.
    fn deployment(&mut self, resource: &ast::Object<'_>, scope: &mut Scope<'_, '_>, depth: usize) {
        let Some(ast::Value::Object(properties)) = get(resource, "properties") else {
            return;
        };
        let Some(ast::Value::Object(template)) = get(properties, "template") else {
            return;
        };
        let inner = matches!(
            get(properties, "expressionEvaluationOptions"),
            Some(ast::Value::Object(o)) if matches!(get(o, "scope"), Some(ast::Value::StringLit(s)) if s.value.eq_ignore_ascii_case("inner"))
        );
        if !inner {
            // The outer template's names: its parameters and variables.
            self.template(template, scope, depth + 1);
            return;
        }
        let given: Vec<(String, Ev)> = match get(properties, "parameters") {
            Some(ast::Value::Object(parameters)) => parameters
                .properties
                .iter()
                .map(|p| {
                    let value = match &p.value {
                        ast::Value::Object(o) => {
                            get(o, "value").map_or(Ev::Unknown, |v| scope.evaluate(v))
                        }
                        _ => Ev::Unknown,
                    };
                    (p.name.as_str().to_owned(), value)
                })
                .collect(),
            _ => Vec::new(),
        };
        scope.hand_over_secrets(&mut self.out.secrets);
        let mut inner_scope = Scope::new(Some(template), &given, None);
        inner_scope.steps = scope.steps;
        // The inner template knows the outer secrets: a secure value given to an inner
        // `string` parameter, then transformed (`toLower()`), is still one.
        inner_scope.secrets.clone_from(&scope.secrets);
        inner_scope.handed_over = inner_scope.secrets.len();
        self.template(template, &mut inner_scope, depth + 1);
        scope.steps = inner_scope.steps;
        inner_scope.hand_over_secrets(&mut self.out.secrets);
    }

    /// A template value with its expressions evaluated and spans kept.
    fn value(&mut self, value: &ast::Value<'_>, scope: &mut Scope<'_, '_>) -> Tv {
        let at = span(value.range());
        if !self.spend() {
            return unknown(at);
        }
        let v = match value {
            ast::Value::StringLit(s) => {
                scope.used.clear();
                let ev = expr::evaluate_string(&s.value, scope);
                // The parameter whose value it is, else the last one it used (the name's own
                // in `format('{0}/{1}', parameters('workspace'), parameters('name'))`).
                let parameter: Option<Rc<str>> = scope
                    .used
                    .iter()
                    .find(|(_, value)| *value == ev)
                    .or(scope.used.last())
                    .map(|(name, _)| Rc::from(name.as_str()));
                scope.hand_over_secrets(&mut self.out.secrets);
                return self.expression_value(ev, at, parameter.as_ref());
            }
            ast::Value::NumberLit(n) => n
                .value
                .parse()
                .map_or_else(|_| n.value.parse().map_or(V::Unknown, V::Float), V::Int),
            ast::Value::BooleanLit(b) => V::Bool(b.value),
            ast::Value::NullKeyword(_) => V::Null,
            ast::Value::Array(a) => {
                V::Arr(a.elements.iter().map(|v| self.value(v, scope)).collect())
            }
            ast::Value::Object(o) => return self.object(o, scope),
        };
        Tv {
            v,
            span: at,
            parameter: None,
        }
    }

    fn object(&mut self, object: &ast::Object<'_>, scope: &mut Scope<'_, '_>) -> Tv {
        let entries = object
            .properties
            .iter()
            .map(|p| {
                let key_span = span(p.name.range());
                (
                    p.name.as_str().to_owned(),
                    key_span,
                    self.value(&p.value, scope),
                )
            })
            .collect();
        Tv {
            v: V::Obj(entries),
            span: span(object.range),
            parameter: None,
        }
    }

    /// An expression's value, every part at the expression's span.
    fn expression_value(&mut self, ev: Ev, at: Span, parameter: Option<&Rc<str>>) -> Tv {
        let v = if self.spend() {
            match ev {
                Ev::Str(s) => V::Str(s),
                Ev::Int(i) => V::Int(i),
                Ev::Bool(b) => V::Bool(b),
                Ev::Null => V::Null,
                Ev::Array(items) => V::Arr(
                    items
                        .into_iter()
                        .map(|i| self.expression_value(i, at, parameter))
                        .collect(),
                ),
                Ev::Object(entries) => V::Obj(
                    entries
                        .into_iter()
                        .map(|(k, v)| (k, at, self.expression_value(v, at, parameter)))
                        .collect(),
                ),
                Ev::Unknown => V::Unknown,
            }
        } else {
            V::Unknown
        };
        Tv {
            v,
            span: at,
            parameter: parameter.cloned(),
        }
    }

    /// One compute resource (a template's, or a REST body) as amlint's tree.
    fn compute(&mut self, resource: &ast::Object<'_>, scope: &mut Scope<'_, '_>, rest: bool) {
        if let Some(condition) = get(resource, "condition")
            && matches!(scope.evaluate(condition), Ev::Bool(false))
        {
            return;
        }
        let tv = self.object(resource, scope);
        if let Some(compute) = arm_compute(self.strings, &tv, rest) {
            self.out.computes.push(compute);
        }
    }
}

/// An evaluated compute resource (or REST body) as amlint's tree, by the mapping's ARM paths;
/// `None` where its `computeType` is unknown or has no kind in amlint.
fn arm_compute<'a>(strings: &'a Strings, tv: &Tv, rest: bool) -> Option<Compute<'a>> {
    let Some(kind) = tv
        .at("properties.computeType")
        .and_then(Tv::str)
        .and_then(Kind::from_compute_type)
    else {
        // Unknown until deployed, or a type amlint has no kind for (`DataFactory`).
        return None;
    };
    let mut builder = Builder {
        strings,
        parameters: Vec::new(),
        terraform: false,
    };
    let mut entries = builder.place(kind.forms(), kind.forms().fields, tv, "");
    let facts: Vec<Rel> = kind
        .forms()
        .iac_only
        .iter()
        .map(|only| Rel {
            field: only.name,
            arm: only.arm.0,
            form: only.arm.1,
        })
        .collect();
    let facts = builder.place_rel(kind.forms(), &facts, tv, "");
    if rest {
        // A REST body's compute is named in the URL: known, but not here.
        entries.insert(
            0,
            Entry {
                key: Node::new(Value::Str("name"), tv.span),
                value: unknown_node(tv.span),
            },
        );
    }
    Some(Compute {
        root: Node::new(Value::Map(entries), tv.span),
        facts: Node::new(Value::Map(facts), tv.span),
        parameters: builder.parameters,
    })
}

fn unknown(at: Span) -> Tv {
    Tv {
        v: V::Unknown,
        span: at,
        parameter: None,
    }
}

fn unknown_node<'a>(at: Span) -> Node<'a> {
    Node::new(Value::Unknown, at)
}

/// Seconds of an ISO 8601 duration (`PT2M`, `P1DT30S`) in whole units; `None` for any other text.
fn iso_seconds(text: &str) -> Option<i64> {
    let rest = text.strip_prefix(['P', 'p'])?;
    let (date, time) = match rest.find(['T', 't']) {
        Some(at) => (&rest[..at], Some(&rest[at + 1..])),
        None => (rest, None),
    };
    let mut seconds: i64 = 0;
    let mut any = false;
    let mut add = |part: &str, units: &[(char, i64)]| -> Option<()> {
        let mut number = String::new();
        let mut last = 0usize;
        for c in part.chars() {
            if c.is_ascii_digit() {
                number.push(c);
                continue;
            }
            let position = units.iter().position(|(u, _)| u.eq_ignore_ascii_case(&c))?;
            if number.is_empty() || position < last {
                return None;
            }
            last = position + 1;
            let n: i64 = number.parse().ok()?;
            seconds = seconds.checked_add(n.checked_mul(units[position].1)?)?;
            number.clear();
            any = true;
        }
        number.is_empty().then_some(())
    };
    add(date, &[('D', 86_400)])?;
    if let Some(time) = time {
        if time.is_empty() {
            return None;
        }
        add(time, &[('H', 3_600), ('M', 60), ('S', 1)])?;
    }
    any.then_some(seconds)
}

/// Builds amlint's tree from an evaluated resource by the mapping.
struct Builder<'a> {
    strings: &'a Strings,
    parameters: Vec<(String, String)>,
    /// Places values by the mapping's Terraform arguments rather than its ARM paths.
    terraform: bool,
}

/// A mapping's field and ARM paths, relative to where the builder stands.
#[derive(Clone, Copy)]
struct Rel {
    field: &'static str,
    arm: &'static str,
    form: Form,
}

impl<'a> Builder<'a> {
    fn text(&self, s: &str) -> &'a str {
        self.strings.keep(s.to_owned())
    }

    /// The entries of one object of amlint's tree from the ARM value `at`.
    fn place(
        &mut self,
        forms: &Forms,
        mappings: &[Mapping],
        at: &Tv,
        pointer: &str,
    ) -> Vec<Entry<'a>> {
        let rels: Vec<Rel> = mappings
            .iter()
            .filter_map(|m| {
                let (arm, form) = if self.terraform { m.terraform } else { m.arm }?;
                Some(Rel {
                    field: m.field,
                    arm,
                    form,
                })
            })
            .collect();
        self.place_rel(forms, &rels, at, pointer)
    }

    fn place_rel(&mut self, forms: &Forms, rels: &[Rel], at: &Tv, pointer: &str) -> Vec<Entry<'a>> {
        let mut entries: Vec<Entry<'a>> = Vec::new();
        let mut taken_arm: Vec<&'static str> = Vec::new();
        let mut lists_done: Vec<&'static str> = Vec::new();
        let variants = self.variants(rels, at);
        let mut raw_tags: Vec<&'static str> = Vec::new();
        let place = |path: &str| place_of(rels, at, path);
        for rel in rels {
            let in_list = rel.field.contains("[]");
            if let Some(variant) = variant_of(rel.field).filter(|_| !in_list)
                && !variants.contains(&variant)
            {
                // A tag that selects no variant is placed as written, for the rules to judge.
                let tag = rel.field.split_once('.').map(|(prefix, _)| prefix);
                if let (Some(prefix), Form::Values(_)) = (tag, rel.form) {
                    let prefix_key = prefix.split('{').next().unwrap_or(prefix);
                    let selected = variants.iter().any(|v| {
                        rels.iter().any(|r| {
                            variant_of(r.field) == Some(v) && r.field.starts_with(prefix_key)
                        })
                    });
                    if !selected
                        && !raw_tags.contains(&prefix_key)
                        && let Some(value) = at.at(rel.arm)
                    {
                        raw_tags.push(prefix_key);
                        insert(
                            &mut entries,
                            rel.field,
                            self.same(value),
                            value.span,
                            &place,
                            "",
                        );
                    }
                }
                continue;
            }
            match (rel.field.split_once("[]."), rel.arm.split_once("[].")) {
                (Some((field_list, _)), Some((arm_list, _))) => {
                    if lists_done.contains(&field_list) {
                        continue;
                    }
                    lists_done.push(field_list);
                    let inner: Vec<Rel> = rels
                        .iter()
                        .filter_map(|r| {
                            let (f, f_rest) = r.field.split_once("[].")?;
                            let (a, a_rest) = r.arm.split_once("[].")?;
                            (f == field_list && a == arm_list).then_some(Rel {
                                field: f_rest,
                                arm: a_rest,
                                form: r.form,
                            })
                        })
                        .collect();
                    let Some(list) = at.at(arm_list) else {
                        continue;
                    };
                    let list_pointer =
                        format!("{pointer}/{}", strip_variant(field_list).replace('.', "/"));
                    let node = match &list.v {
                        V::Arr(items) => {
                            let mut nodes = Vec::new();
                            for (index, item) in items.iter().enumerate() {
                                let item_pointer = format!("{list_pointer}/{index}");
                                let fields = self.place_rel(forms, &inner, item, &item_pointer);
                                nodes.push(Node::new(Value::Map(fields), item.span));
                            }
                            Node::new(Value::Seq(nodes), list.span)
                        }
                        _ => self.same(list),
                    };
                    let list_place = |path: &str| {
                        if path == field_list {
                            written_at(at, arm_list)
                        } else {
                            place(path)
                        }
                    };
                    insert(&mut entries, field_list, node, list.span, &list_place, "");
                }
                _ => {
                    if taken_arm.contains(&rel.arm) {
                        continue;
                    }
                    let Some(value) = at.at(rel.arm) else {
                        if rel.form == Form::BlockPresent {
                            // Terraform sends the switch off when the block is not written.
                            taken_arm.push(rel.arm);
                            let off = Node::new(Value::Bool(false), at.span);
                            insert(&mut entries, rel.field, off, at.span, &place, "");
                        }
                        continue;
                    };
                    let Some(node) = self.convert(forms, rel, value) else {
                        continue;
                    };
                    taken_arm.push(rel.arm);
                    // `identity.user_assigned_identities[].resource_id`: the list itself.
                    let field = rel.field.split_once("[].").map_or(rel.field, |(f, _)| f);
                    if let Some(parameter) = &value.parameter {
                        self.parameters.push((
                            format!("{pointer}/{}", strip_variant(field).replace('.', "/")),
                            parameter.to_string(),
                        ));
                    }
                    insert(&mut entries, field, node, value.span, &place, "");
                }
            }
        }
        entries
    }

    /// The variants of tagged fields (`trigger{cron}`) whose tag the ARM value at `at` selects.
    fn variants(&self, rels: &[Rel], at: &Tv) -> Vec<&'static str> {
        rels.iter()
            .filter(|rel| !rel.field.contains("[]"))
            .filter_map(|rel| {
                let variant = variant_of(rel.field)?;
                let Form::Values(pairs) = rel.form else {
                    return None;
                };
                let written = at.at(rel.arm)?.str()?;
                pairs
                    .iter()
                    .any(|(ours, theirs)| *ours == variant && theirs.eq_ignore_ascii_case(written))
                    .then_some(variant)
            })
            .collect()
    }

    /// The value of one field, or `None` where the form does not take it (a reader then tries
    /// the next field of the same ARM path) or it states nothing.
    fn convert(&self, forms: &Forms, rel: &Rel, value: &Tv) -> Option<Node<'a>> {
        match value.v {
            V::Unknown => return Some(unknown_node(value.span)),
            // A property set to null is not sent: as if left out.
            V::Null => return None,
            _ => {}
        }
        let int = |i: i64| Some(Node::new(Value::Int(i), value.span));
        match rel.form {
            Form::Seconds => match value.str().and_then(iso_seconds) {
                Some(seconds) => int(seconds),
                None => Some(self.same(value)),
            },
            Form::Minutes => match value.str().and_then(iso_seconds) {
                Some(seconds) if seconds % 60 == 0 => int(seconds / 60),
                // Not whole minutes: the next field of the path takes it.
                _ => None,
            },
            Form::MinutesWithM => match value
                .str()
                .and_then(|s| s.strip_suffix(['m', 'M']))
                .and_then(|n| n.parse().ok())
            {
                Some(minutes) => int(minutes),
                None => Some(self.same(value)),
            },
            Form::Values(pairs) => Some(self.values(value, pairs)),
            Form::Switch(on, off) => match value.str() {
                Some(s) if s.eq_ignore_ascii_case(on) => {
                    Some(Node::new(Value::Bool(true), value.span))
                }
                Some(s) if s.eq_ignore_ascii_case(off) => {
                    Some(Node::new(Value::Bool(false), value.span))
                }
                // `NotSpecified`: as if left out.
                Some(_) => None,
                None => Some(self.same(value)),
            },
            Form::KeysOf => match &value.v {
                V::Obj(ids) => Some(Node::new(
                    Value::Seq(
                        ids.iter()
                            .map(|(id, key_span, _)| {
                                let id = Node::new(Value::Str(self.text(id)), *key_span);
                                Node::new(
                                    Value::Map(vec![Entry {
                                        key: Node::new(Value::Str("resource_id"), *key_span),
                                        value: id,
                                    }]),
                                    *key_span,
                                )
                            })
                            .collect(),
                    ),
                    value.span,
                )),
                _ => Some(self.same(value)),
            },
            Form::EnvironmentVariables => match &value.v {
                V::Obj(variables) => Some(Node::new(
                    Value::Map(
                        variables
                            .iter()
                            .map(|(name, key_span, variable)| Entry {
                                key: Node::new(Value::Str(self.text(name)), *key_span),
                                value: variable
                                    .get("value")
                                    .map_or_else(|| self.same(variable), |v| self.same(v)),
                            })
                            .collect(),
                    ),
                    value.span,
                )),
                _ => Some(self.same(value)),
            },
            Form::OtherKeys => match &value.v {
                V::Obj(keys) => {
                    let mapped = |key: &str| {
                        forms.fields.iter().any(|m| {
                            m.arm.is_some_and(|(path, _)| {
                                path.strip_prefix(rel.arm)
                                    .and_then(|rest| rest.strip_prefix('.'))
                                    .is_some_and(|rest| rest.eq_ignore_ascii_case(key))
                            })
                        })
                    };
                    Some(Node::new(
                        Value::Map(
                            keys.iter()
                                .filter(|(key, _, _)| !mapped(key))
                                .map(|(key, key_span, v)| Entry {
                                    key: Node::new(Value::Str(self.text(key)), *key_span),
                                    value: self.same(v),
                                })
                                .collect(),
                        ),
                        value.span,
                    ))
                }
                _ => Some(self.same(value)),
            },
            Form::LastNameSegment => match value.str() {
                Some(name) => {
                    let last = name.rsplit('/').next().unwrap_or(name);
                    Some(Node::new(Value::Str(self.text(last)), value.span))
                }
                None => Some(self.same(value)),
            },
            // A list of IDs for a list of objects (Terraform's `identity.identity_ids`).
            Form::Same if rel.field.contains("[].") => match &value.v {
                V::Arr(ids) => {
                    let key = rel.field.rsplit_once("[].").map_or("", |(_, key)| key);
                    Some(Node::new(
                        Value::Seq(
                            ids.iter()
                                .map(|id| {
                                    Node::new(
                                        Value::Map(vec![Entry {
                                            key: Node::new(Value::Str(self.text(key)), id.span),
                                            value: self.same(id),
                                        }]),
                                        id.span,
                                    )
                                })
                                .collect(),
                        ),
                        value.span,
                    ))
                }
                _ => Some(self.same(value)),
            },
            Form::Same => Some(self.same(value)),
            // Terraform's: a boolean negated, a block written.
            Form::Not => match value.v {
                V::Bool(b) => Some(Node::new(Value::Bool(!b), value.span)),
                _ => Some(self.same(value)),
            },
            Form::BlockPresent => Some(Node::new(Value::Bool(true), value.span)),
        }
    }

    /// An enumeration spelt as ARM spells it, in amlint's spelling; a list of them item by
    /// item; any other value as it is, for the rules to judge.
    fn values(&self, value: &Tv, pairs: &[(&'static str, &'static str)]) -> Node<'a> {
        match &value.v {
            V::Str(s) => match pairs
                .iter()
                .find(|(_, theirs)| theirs.eq_ignore_ascii_case(s))
            {
                Some((ours, _)) => Node::new(Value::Str(ours), value.span),
                None => self.same(value),
            },
            V::Arr(items) => Node::new(
                Value::Seq(items.iter().map(|i| self.values(i, pairs)).collect()),
                value.span,
            ),
            _ => self.same(value),
        }
    }

    /// The value as it is.
    fn same(&self, value: &Tv) -> Node<'a> {
        let v = match &value.v {
            V::Str(s) => Value::Str(self.text(s)),
            V::Int(i) => Value::Int(*i),
            V::Float(f) => Value::Float(*f),
            V::Bool(b) => Value::Bool(*b),
            V::Null => Value::Null,
            V::Arr(items) => Value::Seq(items.iter().map(|i| self.same(i)).collect()),
            V::Obj(entries) => Value::Map(
                entries
                    .iter()
                    .map(|(k, key_span, v)| Entry {
                        key: Node::new(Value::Str(self.text(k)), *key_span),
                        value: self.same(v),
                    })
                    .collect(),
            ),
            V::Unknown => Value::Unknown,
        };
        Node::new(v, value.span)
    }
}

/// The variant a field path names (`trigger{cron}.type` → `cron`).
fn variant_of(field: &str) -> Option<&str> {
    let open = field.find('{')?;
    let close = field[open..].find('}')? + open;
    Some(&field[open + 1..close])
}

/// A field path without its variant (`trigger{cron}.type` → `trigger.type`).
fn strip_variant(field: &str) -> String {
    match (field.find('{'), field.find('}')) {
        (Some(open), Some(close)) if open < close => {
            format!("{}{}", &field[..open], &field[close + 1..])
        }
        _ => field.to_owned(),
    }
}

/// Where an ARM property is written: its key's span and its value's, at a dotted path below
/// `at`; `None` where a step is not an object's property.
fn written_at(at: &Tv, path: &str) -> Option<(Span, Span)> {
    let (parent, last) = match path.rsplit_once('.') {
        Some((parent, last)) => (at.at(parent)?, last),
        None => (at, path),
    };
    match &parent.v {
        V::Obj(entries) => entries
            .iter()
            .rev()
            .find(|(k, _, _)| k.eq_ignore_ascii_case(last))
            .map(|(_, key, value)| (*key, value.span)),
        _ => None,
    }
}

/// Where the fields of `rels` at `field` stand in the ARM value `at`: the field's own property,
/// or the object that holds the properties of the fields below it (`ssh_settings` is
/// `userAccountCredentials`). `None` where they share none.
fn place_of(rels: &[Rel], at: &Tv, field: &str) -> Option<(Span, Span)> {
    if let Some(rel) = rels.iter().find(|r| r.field == field) {
        return written_at(at, rel.arm);
    }
    let below = format!("{field}.");
    let mut common: Option<Vec<&str>> = None;
    for rel in rels.iter().filter(|r| r.field.starts_with(&below)) {
        let parent: Vec<&str> = rel
            .arm
            .rsplit_once('.')
            .map_or(Vec::new(), |(p, _)| p.split('.').collect());
        common = Some(match common {
            None => parent,
            Some(c) => c
                .iter()
                .zip(&parent)
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| *a)
                .collect(),
        });
    }
    let common: Vec<&str> = common?
        .into_iter()
        .take_while(|s| !s.contains("[]"))
        .collect();
    if common.is_empty() {
        return None;
    }
    written_at(at, &common.join("."))
}

/// Puts `node` at the dotted `field` path, making the objects on the way; each key's span is its
/// ARM property's where `place` knows it (`within` is the path so far), else `at`.
fn insert<'a>(
    entries: &mut Vec<Entry<'a>>,
    field: &'static str,
    node: Node<'a>,
    at: Span,
    place: &dyn Fn(&str) -> Option<(Span, Span)>,
    within: &str,
) {
    let (head, rest) = match field.split_once('.') {
        Some((head, rest)) => (head, Some(rest)),
        None => (field, None),
    };
    let key = head.split('{').next().unwrap_or(head);
    let path = if within.is_empty() {
        head.to_owned()
    } else {
        format!("{within}.{head}")
    };
    let written = place(&path);
    let Some(rest) = rest else {
        entries.push(Entry {
            key: Node::new(Value::Str(key), written.map_or(at, |(k, _)| k)),
            value: node,
        });
        return;
    };
    let position = entries
        .iter()
        .position(|e| e.key.as_str() == Some(key))
        .unwrap_or_else(|| {
            let (key_span, object_span) = written.unwrap_or((at, at));
            entries.push(Entry {
                key: Node::new(Value::Str(key), key_span),
                value: Node::new(Value::Map(Vec::new()), object_span),
            });
            entries.len() - 1
        });
    let Some(entry) = entries.get_mut(position) else {
        return;
    };
    let object = &mut entry.value;
    if written.is_none() {
        object.span = Span {
            start: object.span.start.min(at.start),
            end: object.span.end.max(at.end),
        };
    }
    if let Value::Map(inner) = &mut object.value {
        insert(inner, rest, node, at, place, &path);
    }
}

#[cfg(test)]
mod tests {
    use super::iso_seconds;

    #[test]
    fn a_name_says_its_number_is_a_secret_by_its_last_word() {
        for name in [
            "node_password",
            "nodePassword",
            "admin-pin",
            "key",
            "SasToken",
            "pwd_",
        ] {
            assert!(super::names_a_secret_number(name), "{name}");
        }
        for name in [
            "password_length",
            "passwordLength",
            "tokenCount",
            "max_tokens",
            "passes",
            "bypass_count",
            "pin_count",
            "PASSWORDLength",
        ] {
            assert!(!super::names_a_secret_number(name), "{name}");
        }
    }

    #[test]
    fn iso_durations_are_read_in_whole_units() {
        assert_eq!(iso_seconds("PT2M"), Some(120));
        assert_eq!(iso_seconds("PT120S"), Some(120));
        assert_eq!(iso_seconds("P1DT1H"), Some(90_000));
        assert_eq!(iso_seconds("PT15M"), Some(900));
        assert_eq!(iso_seconds("PT1.5S"), None);
        assert_eq!(iso_seconds("PT"), None);
        assert_eq!(iso_seconds("P"), None);
        assert_eq!(iso_seconds("PT1S2M"), None);
        assert_eq!(iso_seconds("120"), None);
        assert_eq!(iso_seconds("PT99999999999999999999S"), None);
    }
}

/// Where a compute resource of a template stands, and the ARM path of a place inside it: what
/// places a finding in the `.bicep` file the template was built from.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Place {
    /// The resource's symbolic name (`resources` written as an object, `languageVersion` 2.0;
    /// a nested resource's `parent::child`).
    pub(crate) symbol: Option<String>,
    /// The resource is in a nested deployment's template (a Bicep module: another file).
    pub(crate) nested: bool,
    /// Keys from the resource down to the place (an array's index as its number).
    pub(crate) path: Vec<String>,
}

/// For each `(resource, target)`: the place of `target` in the resource object whose span is
/// `resource`; `None` when no such object is there. One parse for all.
pub(crate) fn places(text: &str, queries: &[(Span, Span)]) -> Vec<Option<Place>> {
    let Ok(parsed) = parse_json(text) else {
        return vec![None; queries.len()];
    };
    let Some(root) = &parsed.value else {
        return vec![None; queries.len()];
    };
    // Every object with its symbolic name and whether it is inside a nested template.
    let mut objects: Vec<(Span, &ast::Object<'_>, Option<String>, bool)> = Vec::new();
    let mut stack: Vec<(&ast::Value<'_>, Option<String>, bool)> = vec![(root, None, false)];
    while let Some((value, symbol, nested)) = stack.pop() {
        match value {
            ast::Value::Object(object) => {
                objects.push((span(object.range), object, symbol, nested));
                for property in &object.properties {
                    let name = property.name.as_str();
                    let inner_nested = nested || name.eq_ignore_ascii_case("template");
                    if name.eq_ignore_ascii_case("resources")
                        && let ast::Value::Object(resources) = &property.value
                    {
                        objects.push((span(resources.range), resources, None, inner_nested));
                        for resource in &resources.properties {
                            stack.push((
                                &resource.value,
                                Some(resource.name.as_str().to_owned()),
                                inner_nested,
                            ));
                        }
                        continue;
                    }
                    stack.push((&property.value, None, inner_nested));
                }
            }
            ast::Value::Array(array) => {
                stack.extend(array.elements.iter().map(|v| (v, None, nested)));
            }
            _ => {}
        }
    }
    objects.sort_by_key(|(at, ..)| (at.start, at.end));
    queries
        .iter()
        .map(|(resource, target)| {
            let at = objects
                .binary_search_by_key(&(resource.start, resource.end), |(s, ..)| (s.start, s.end))
                .ok()?;
            let (_, object, symbol, nested) = objects.get(at)?;
            Some(Place {
                symbol: symbol.clone(),
                nested: *nested,
                path: path_to(object, *target),
            })
        })
        .collect()
}

fn contains(outer: Span, inner: Span) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// The keys (and indices) from `object` down to the innermost property holding `target`.
fn path_to(object: &ast::Object<'_>, target: Span) -> Vec<String> {
    let mut path = Vec::new();
    let mut current = object;
    loop {
        let Some(property) = current
            .properties
            .iter()
            .find(|p| contains(span(p.range), target))
        else {
            return path;
        };
        path.push(property.name.as_str().to_owned());
        if contains(span(property.name.range()), target) {
            return path;
        }
        let mut value = &property.value;
        // Into arrays, by index, until an object.
        loop {
            match value {
                ast::Value::Object(inner) => {
                    current = inner;
                    break;
                }
                ast::Value::Array(array) => {
                    let Some((index, element)) = array
                        .elements
                        .iter()
                        .enumerate()
                        .find(|(_, e)| contains(span(e.range()), target))
                    else {
                        return path;
                    };
                    path.push(index.to_string());
                    value = element;
                }
                _ => return path,
            }
        }
    }
}
