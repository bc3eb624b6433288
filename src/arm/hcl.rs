//! Terraform configuration (`.tf`) read directly, as the module's text says it, without
//! `terraform init` or credentials: every `resource` block of azurerm's four compute types, and
//! `azapi_resource`s of the computes' type (`body = {...}` or `jsonencode({...})`), into amlint's
//! tree by the mapping's Terraform arguments (`terraform.rs`), spans in the file's text.
//!
//! Expressions resolve where the module states their value: literals, `var.x` (the last var file
//! that sets it, else its `default`), `local.x`, string templates of known parts, a conditional
//! on a known condition and a few pure functions (`lower`, `upper`, `trimspace`, `tostring`,
//! `tonumber`, `tobool`). Anything else (another resource's attribute, `each`, `count.index`,
//! `data`, `module`, other functions, operators, `for` expressions, `dynamic` blocks) is
//! [`V::Unknown`]. A value from a variable names it; the values of `sensitive` variables and of
//! variables named as secrets (`admin_password`) are secrets.

use hcl_edit::Span as _;
use hcl_edit::expr::{Expression, ObjectKey, TraversalOperator, UnaryOperator};
use hcl_edit::structure::{Body, Structure};
use hcl_edit::template::{Element, Template};

use std::rc::Rc;

use super::terraform::{azapi_compute, json_in_string, respan, terraform_compute, unknown};
use super::{BUDGET, MAX_COMPUTES, Read, Tv, V};
use crate::kind::Kind;
use crate::span::Span;
use crate::yaml::Strings;

/// What a `.tf` file's module declares beside it, parsed once: its `.tf` files (their `variable`
/// and `locals` blocks) and its variable definitions files, in the order Terraform reads them
/// (`terraform.tfvars`, `*.auto.tfvars` by name, then each `-var-file`; a later one wins). A file
/// that does not parse is left out (it is reported when it is checked itself).
#[derive(Debug, Default, Clone)]
pub(crate) struct Module {
    files: Vec<Body>,
    var_files: Vec<Body>,
}

impl Module {
    pub(crate) fn new(files: &[String], var_files: &[String]) -> Self {
        Module {
            files: files
                .iter()
                .filter_map(|t| hcl_edit::parser::parse_body(t).ok())
                .collect(),
            var_files: var_files.iter().filter_map(|t| var_file(t)).collect(),
        }
    }
}

/// A variable definitions file: HCL attributes (`*.tfvars`), or one JSON object of the values
/// (`*.tfvars.json`), which HCL's expression syntax reads as an object.
fn var_file(text: &str) -> Option<Body> {
    if let Ok(body) = hcl_edit::parser::parse_body(text) {
        return Some(body);
    }
    let Ok(Expression::Object(object)) = hcl_edit::parser::parse_expr(text.trim()) else {
        return None;
    };
    Some(
        object
            .iter()
            .filter_map(|(key, value)| {
                let name = match key {
                    ObjectKey::Ident(ident) => ident.as_str().to_owned(),
                    ObjectKey::Expression(Expression::String(name)) => name.value().clone(),
                    ObjectKey::Expression(_) => return None,
                };
                let name = hcl_edit::Ident::try_new(name).ok()?;
                Some(hcl_edit::structure::Attribute::new(
                    name,
                    value.expr().clone(),
                ))
            })
            .collect(),
    )
}

/// What is wrong with a module's `.tf` file, if anything: text that does not parse (its
/// `variable` and `locals` blocks would silently be unknown to the module's other files).
pub(crate) fn module_file_problem(text: &str) -> Option<(&'static str, String, usize)> {
    let error = hcl_edit::parser::parse_body(text).err()?;
    Some((
        "iac.module_file.unreadable",
        error.message().to_owned(),
        error.location().offset().min(text.len()),
    ))
}

/// What is wrong with a variable definitions file's text, if anything, as a catalog message id,
/// its argument and the offset it is at: text that is neither HCL attributes nor one JSON
/// object (a variable set twice is a parse error, as Terraform's "Attribute redefined"), or a
/// block (Terraform: "Blocks are not allowed here"). Such a file would give no values, so the
/// variables would silently be unknown.
pub(crate) fn var_file_problem(text: &str) -> Option<(&'static str, String, usize)> {
    let body_error = match hcl_edit::parser::parse_body(text) {
        Ok(body) => {
            let block = body.blocks().next()?;
            let at = block.ident.span().map_or(0, |r| r.start);
            return Some(("iac.var_file.block", block.ident.to_string(), at));
        }
        Err(error) => error,
    };
    let trimmed = text.trim_start();
    let lead = text.len() - trimmed.len();
    let error = if trimmed.starts_with('{') {
        match hcl_edit::parser::parse_expr(trimmed.trim_end()) {
            Ok(Expression::Object(_)) => return None,
            Ok(_) => return Some(("iac.var_file.not_object", String::new(), lead)),
            Err(error) => (error.message().to_owned(), lead + error.location().offset()),
        }
    } else {
        (
            body_error.message().to_owned(),
            body_error.location().offset(),
        )
    };
    Some(("iac.var_file.unreadable", error.0, error.1.min(text.len())))
}

/// Most locals inside one another that are evaluated.
const MAX_DEPTH: usize = 32;

/// Reads a `.tf` file's computes, with what its module states.
#[must_use]
pub(crate) fn read_tf<'a>(text: &str, module: &Module, strings: &'a Strings) -> Read<'a> {
    let mut out = Read {
        terraform: true,
        ..Read::default()
    };
    out.comments = comments(text);
    out.directives = out
        .comments
        .iter()
        .copied()
        .filter(|s| {
            text.get(s.range()).is_some_and(|c| {
                c.trim_start_matches(['#', '/'])
                    .trim_start()
                    .starts_with("amlint:")
            })
        })
        .collect();
    let body = match hcl_edit::parser::parse_body(text) {
        Ok(body) => body,
        Err(error) => {
            let at = error.location().offset().min(text.len());
            let end = text
                .get(at..)
                .and_then(|rest| rest.chars().next())
                .map_or(at, |c| at + c.len_utf8());
            out.error = Some((error.message().to_owned(), Span::new(at, end)));
            return out;
        }
    };
    let mut eval = Eval::new(&body, &module.files, &module.var_files);
    for structure in body.iter() {
        let Structure::Block(block) = structure else {
            continue;
        };
        if block.ident.as_str() != "resource" || eval.out_of_budget() {
            continue;
        }
        let [ty, _name] = block.labels.as_slice() else {
            continue;
        };
        if out.computes.len() >= MAX_COMPUTES {
            break;
        }
        let ty_span = ty.span().map_or(Span::new(0, 0), range_span);
        // `count = 0` creates nothing (also `"0"`: Terraform converts a string to the number it
        // spells); any other count, or `for_each`, one of each kind.
        if let Some(count) = block.body.get_attribute("count")
            && match eval.value(&count.value).v {
                V::Int(n) => n == 0,
                V::Float(n) => n == 0.0,
                V::Str(s) => s.parse::<f64>().is_ok_and(|n| n == 0.0),
                _ => false,
            }
        {
            continue;
        }
        let compute = if ty.as_str() == "azapi_resource" {
            let tv = eval.body(&block.body, block.span().map_or(ty_span, range_span));
            let body = block.body.get_attribute("body").map(|body| {
                let value = match &body.value {
                    Expression::FuncCall(call)
                        if call.name.name.as_str() == "jsonencode" && call.args.len() == 1 =>
                    {
                        call.args.iter().next().map(|arg| eval.value(arg))
                    }
                    value => Some(eval.value(value)),
                };
                match value {
                    Some(Tv {
                        v: V::Str(json),
                        span,
                        ..
                    }) => json_in_string(&json, span, &mut eval.budget),
                    Some(value) => value,
                    None => unknown(ty_span),
                }
            });
            body.and_then(|body| azapi_compute(strings, &tv, body))
        } else if let Some(kind) = Kind::from_terraform(ty.as_str()) {
            let tv = eval.body(&block.body, block.span().map_or(ty_span, range_span));
            Some(terraform_compute(strings, kind, &tv, ty_span))
        } else {
            None
        };
        out.computes.extend(compute);
    }
    out.exhausted = eval.out_of_budget();
    out.secrets = eval.secrets;
    out
}

/// Whether a flag attribute (`sensitive`, `ephemeral`) may be true. Terraform evaluates it as a
/// constant expression and converts it to a flag: `true`, `(true)`, `"true"`, `"1"`, `!false`,
/// `"${true}"`. What amlint does not evaluate (`1 == 1`, `false || true`) counts as true: a
/// secret is kept hidden rather than shown; only a known false (`false`, `"0"`, `null`) is not.
fn may_be_true(expression: &Expression) -> bool {
    let mut eval = Eval {
        variables: Vec::new(),
        locals: Vec::new(),
        evaluating: Vec::new(),
        budget: 64,
        secrets: Vec::new(),
    };
    match eval.value(expression).v {
        V::Bool(b) => b,
        V::Null => false,
        V::Str(s) => s != "false" && s != "0",
        _ => true,
    }
}

fn range_span(range: std::ops::Range<usize>) -> Span {
    Span::new(range.start, range.end)
}

/// A `variable` block's parts.
struct Variable<'b> {
    name: &'b str,
    default: Option<&'b Expression>,
    /// The defaults of the variable's other blocks (an override file's): secrets too when it is.
    other_defaults: Vec<&'b Expression>,
    /// What a var file sets it to (the last one that does).
    given: Option<&'b Expression>,
    /// Marked `sensitive` or `ephemeral`, or named as the credential itself (`node_password`):
    /// all of its value is hidden (a number is unknown).
    sensitive: bool,
    /// Named as a secret but not marked nor as the credential itself: its texts are secrets;
    /// its numbers and flags (`password_length`, `token_count`) stay known.
    named: bool,
}

/// Evaluates a module's expressions.
struct Eval<'b> {
    variables: Vec<Variable<'b>>,
    locals: Vec<(&'b str, &'b Expression)>,
    /// Locals being evaluated (a cycle is unknown).
    evaluating: Vec<&'b str>,
    budget: usize,
    secrets: Vec<String>,
}

impl<'b> Eval<'b> {
    fn new(body: &'b Body, others: &'b [Body], var_files: &'b [Body]) -> Self {
        let mut variables: Vec<Variable<'b>> = Vec::new();
        let mut locals = Vec::new();
        for file in std::iter::once(body).chain(others) {
            for block in file.blocks() {
                match (block.ident.as_str(), block.labels.as_slice()) {
                    ("variable", [name]) => {
                        let marked = |attribute| {
                            block
                                .body
                                .get_attribute(attribute)
                                .is_some_and(|a| may_be_true(&a.value))
                        };
                        // Marked (`sensitive`, or `ephemeral`: never persisted), or named as a
                        // secret (`admin_password`, `sas_token`): the mistake PSRule's
                        // Azure.Template.ParameterSecure flags in templates.
                        let named = crate::model::is_secret_like_key(name.as_str());
                        let sensitive = marked("sensitive")
                            || marked("ephemeral")
                            || (named && super::names_a_secret_number(name.as_str()));
                        let default = block.body.get_attribute("default").map(|a| &a.value);
                        match variables.iter_mut().find(|v| v.name == name.as_str()) {
                            // Declared again (an override file merges into the block): a secret
                            // stays one, whichever block said so.
                            Some(known) => {
                                known.sensitive |= sensitive;
                                known.named |= named;
                                match known.default {
                                    Some(_) => known.other_defaults.extend(default),
                                    None => known.default = default,
                                }
                            }
                            None => variables.push(Variable {
                                name: name.as_str(),
                                default,
                                other_defaults: Vec::new(),
                                given: None,
                                sensitive,
                                named,
                            }),
                        }
                    }
                    ("locals", []) => {
                        locals.extend(block.body.attributes().map(|a| (a.key.as_str(), &a.value)));
                    }
                    _ => {}
                }
            }
        }
        for file in var_files {
            for attribute in file.attributes() {
                if let Some(variable) = variables
                    .iter_mut()
                    .find(|v| v.name == attribute.key.as_str())
                {
                    variable.given = Some(&attribute.value);
                }
            }
        }
        let mut eval = Eval {
            variables,
            locals,
            evaluating: Vec::new(),
            budget: BUDGET,
            secrets: Vec::new(),
        };
        // A sensitive variable's values are secrets wherever they stand, used or not.
        let sensitive: Vec<&'b Expression> = eval
            .variables
            .iter()
            .filter(|v| v.sensitive || v.named)
            .flat_map(|v| (v.default.iter().chain(&v.other_defaults).copied()).chain(v.given))
            .collect();
        for expression in sensitive {
            let value = eval.literal_only(expression);
            super::terraform::texts(&value, &mut eval.secrets);
        }
        eval
    }

    fn out_of_budget(&self) -> bool {
        self.budget == 0
    }

    fn spend(&mut self) -> bool {
        if self.budget == 0 {
            return false;
        }
        self.budget -= 1;
        true
    }

    /// A value without the module's names (a var file's or a default's, for secrets).
    fn literal_only(&mut self, expression: &'b Expression) -> Tv {
        let variables = std::mem::take(&mut self.variables);
        let locals = std::mem::take(&mut self.locals);
        let value = self.value(expression);
        self.variables = variables;
        self.locals = locals;
        value
    }

    /// A block's body as an object: its attributes, and its blocks as objects (a repeated block's
    /// first; a `dynamic` block is unknown).
    fn body(&mut self, body: &'b Body, at: Span) -> Tv {
        let mut entries: Vec<(String, Span, Tv)> = Vec::new();
        for structure in body.iter() {
            if !self.spend() {
                break;
            }
            match structure {
                Structure::Attribute(attribute) => {
                    let key_span = attribute.key.span().map_or(at, range_span);
                    let value = self.value(&attribute.value);
                    entries.push((attribute.key.as_str().to_owned(), key_span, value));
                }
                Structure::Block(block) => {
                    let block_span = block.span().map_or(at, range_span);
                    let key_span = block.ident.span().map_or(at, range_span);
                    let (name, value) = match (block.ident.as_str(), block.labels.as_slice()) {
                        ("dynamic", [label]) => (label.as_str(), unknown(block_span)),
                        (name, _) => {
                            if entries.iter().any(|(k, _, _)| k == name) {
                                continue;
                            }
                            (name, self.body(&block.body, block_span))
                        }
                    };
                    entries.push((name.to_owned(), key_span, value));
                }
            }
        }
        Tv {
            v: V::Obj(entries),
            span: at,
            parameter: None,
        }
    }

    /// An expression's value, spans kept where it is written.
    fn value(&mut self, expression: &'b Expression) -> Tv {
        let at = expression.span().map_or(Span::new(0, 0), range_span);
        if !self.spend() {
            return unknown(at);
        }
        let v = match expression {
            Expression::Null(_) => V::Null,
            Expression::Bool(b) => V::Bool(*b.value()),
            Expression::Number(n) => match (n.as_i64(), n.as_f64()) {
                (Some(i), _) => V::Int(i),
                (None, Some(f)) => V::Float(f),
                _ => V::Unknown,
            },
            Expression::String(s) => V::Str(s.value().clone()),
            Expression::Array(items) => V::Arr(items.iter().map(|i| self.value(i)).collect()),
            Expression::Object(object) => {
                let mut entries = Vec::new();
                for (key, value) in object.iter() {
                    let (name, key_span) = match key {
                        ObjectKey::Ident(ident) => (
                            ident.as_str().to_owned(),
                            ident.span().map_or(at, range_span),
                        ),
                        ObjectKey::Expression(key) => match self.value(key) {
                            Tv {
                                v: V::Str(name),
                                span,
                                ..
                            } => (name, span),
                            // A key known only when applied: the object's keys are unknown.
                            _ => return unknown(at),
                        },
                    };
                    let value = self.value(value.expr());
                    // A member named as a secret (`{ password = ... }`): its texts are secrets.
                    if crate::model::is_secret_like_key(&name) {
                        super::terraform::texts(&value, &mut self.secrets);
                    }
                    entries.push((name, key_span, value));
                }
                V::Obj(entries)
            }
            Expression::StringTemplate(template) => return self.template(template, at),
            Expression::Parenthesis(inner) => return self.value(inner.inner()),
            Expression::Traversal(traversal) => return self.traversal(traversal, at),
            Expression::Conditional(conditional) => {
                return match self.value(&conditional.cond_expr).v {
                    V::Bool(true) => self.value(&conditional.true_expr),
                    V::Bool(false) => self.value(&conditional.false_expr),
                    _ => unknown(at),
                };
            }
            Expression::UnaryOp(op) => {
                let inner = self.value(&op.expr);
                match (op.operator.value(), inner.v) {
                    (UnaryOperator::Not, V::Bool(b)) => V::Bool(!b),
                    (UnaryOperator::Neg, V::Int(i)) => i.checked_neg().map_or(V::Unknown, V::Int),
                    (UnaryOperator::Neg, V::Float(f)) => V::Float(-f),
                    _ => V::Unknown,
                }
            }
            Expression::FuncCall(call) => return self.call(call, at),
            // Heredocs, bare names, operators and `for` expressions.
            _ => V::Unknown,
        };
        Tv {
            v,
            span: at,
            parameter: None,
        }
    }

    /// A quoted string with interpolations: known when every part is.
    fn template(&mut self, template: &'b Template, at: Span) -> Tv {
        let mut text = String::new();
        let mut parameter = None;
        for element in template.iter() {
            match element {
                Element::Literal(literal) => text.push_str(literal.value()),
                Element::Interpolation(interpolation) => {
                    let value = self.value(&interpolation.expr);
                    parameter = value.parameter.clone().or(parameter);
                    match value.v {
                        V::Str(s) => text.push_str(&s),
                        V::Int(i) => text.push_str(&i.to_string()),
                        V::Bool(b) => text.push_str(if b { "true" } else { "false" }),
                        _ => return unknown(at),
                    }
                }
                Element::Directive(_) => return unknown(at),
            }
        }
        Tv {
            v: V::Str(text),
            span: at,
            parameter,
        }
    }

    /// `var.x`, `local.x` and what follows them; any other name is unknown.
    fn traversal(&mut self, traversal: &'b hcl_edit::expr::Traversal, at: Span) -> Tv {
        let Expression::Variable(root) = &traversal.expr else {
            return unknown(at);
        };
        let mut operators = traversal.operators.iter();
        let Some(TraversalOperator::GetAttr(name)) = operators.next().map(|o| o.value()) else {
            return unknown(at);
        };
        let mut value = match root.as_str() {
            "var" => self.variable(name.as_str(), at),
            "local" => self.local(name.as_str(), at),
            _ => return unknown(at),
        };
        for operator in operators {
            let next = match operator.value() {
                TraversalOperator::GetAttr(key) => value.get(key.as_str()).cloned(),
                TraversalOperator::Index(index) => match (self.value(index).v, &value.v) {
                    (V::Int(i), V::Arr(items)) => {
                        usize::try_from(i).ok().and_then(|i| items.get(i).cloned())
                    }
                    (V::Str(key), V::Obj(_)) => value.get(&key).cloned(),
                    _ => None,
                },
                TraversalOperator::LegacyIndex(i) => match &value.v {
                    V::Arr(items) => usize::try_from(*i.value())
                        .ok()
                        .and_then(|i| items.get(i).cloned()),
                    _ => None,
                },
                TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_) => None,
            };
            let parameter = value.parameter.clone();
            value = next.unwrap_or_else(|| unknown(at));
            value.parameter = parameter;
            respan(&mut value, at);
        }
        value
    }

    /// A variable's value at the place that uses it, naming the variable.
    fn variable(&mut self, name: &str, at: Span) -> Tv {
        let Some(index) = self.variables.iter().position(|v| v.name == name) else {
            return unknown(at);
        };
        let (given, default) = {
            let variable = &self.variables[index];
            (variable.given, variable.default)
        };
        let mut value = match given.or(default) {
            // A var file's value is a literal; a default may name nothing either.
            Some(expression) => self.literal_only(expression),
            None => unknown(at),
        };
        if self.variables[index].sensitive {
            super::terraform::conceal(&mut value, &mut self.secrets);
        } else if self.variables[index].named {
            super::terraform::texts(&value, &mut self.secrets);
        }
        respan(&mut value, at);
        value.parameter = Some(Rc::from(name));
        value
    }

    /// A local value at the place that uses it.
    fn local(&mut self, name: &str, at: Span) -> Tv {
        // The checked file's own first (the module's copy of it may be older, under `--fix`).
        let Some(&(key, expression)) = self.locals.iter().find(|(n, _)| *n == name) else {
            return unknown(at);
        };
        if self.evaluating.contains(&key) || self.evaluating.len() >= MAX_DEPTH {
            return unknown(at);
        }
        self.evaluating.push(key);
        let mut value = self.value(expression);
        self.evaluating.pop();
        // `locals { admin_password = ... }`: its texts are secrets, as a variable's so named.
        if crate::model::is_secret_like_key(key) {
            super::terraform::texts(&value, &mut self.secrets);
        }
        respan(&mut value, at);
        value
    }

    /// The pure functions amlint evaluates; any other call is unknown.
    fn call(&mut self, call: &'b hcl_edit::expr::FuncCall, at: Span) -> Tv {
        // `provider::...::f()`: a provider's function.
        if call.name.is_namespaced() {
            return unknown(at);
        }
        let args: Vec<Tv> = call.args.iter().map(|a| self.value(a)).collect();
        let [arg] = args.as_slice() else {
            return unknown(at);
        };
        // Made from a secret, a value is one: `lower()` of a password is masked as it is.
        let tainted = super::terraform::holds_secret(arg, &self.secrets);
        let text = match &arg.v {
            V::Str(s) => Some(s.clone()),
            V::Int(i) => Some(i.to_string()),
            V::Bool(b) => Some(b.to_string()),
            _ => None,
        };
        let v = match (call.name.name.as_str(), text) {
            ("lower", Some(s)) => V::Str(s.to_lowercase()),
            ("upper", Some(s)) => V::Str(s.to_uppercase()),
            ("trimspace", Some(s)) => V::Str(s.trim().to_owned()),
            ("tostring", Some(s)) => V::Str(s),
            ("tonumber", Some(s)) => s.trim().parse().map_or(V::Unknown, V::Int),
            ("tobool", Some(s)) => match s.as_str() {
                "true" => V::Bool(true),
                "false" => V::Bool(false),
                _ => V::Unknown,
            },
            _ => V::Unknown,
        };
        let mut value = Tv {
            v,
            span: at,
            parameter: arg.parameter.clone(),
        };
        if tainted {
            super::terraform::conceal(&mut value, &mut self.secrets);
        }
        value
    }
}

/// Where the comments of HCL text are (`#`, `//`, `/* */`), outside strings and heredocs.
fn comments(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // What the scanner is inside: code (with the depth of `{` in an interpolation) or a string.
    let mut stack: Vec<Option<usize>> = vec![Some(0)];
    let mut i = 0;
    while i < bytes.len() {
        let Some(top) = stack.last().copied() else {
            break;
        };
        let rest = &bytes[i..];
        match top {
            // Inside a quoted string.
            None => {
                if rest.starts_with(b"\\") {
                    i += 2;
                    continue;
                }
                if rest.starts_with(b"\"") {
                    stack.pop();
                } else if rest.starts_with(b"${") || rest.starts_with(b"%{") {
                    stack.push(Some(0));
                    i += 2;
                    continue;
                }
                i += 1;
            }
            Some(depth) => {
                if rest.starts_with(b"#") || rest.starts_with(b"//") {
                    let end = text[i..].find(['\n', '\r']).map_or(text.len(), |e| i + e);
                    out.push(Span::new(i, end));
                    i = end;
                    continue;
                }
                if rest.starts_with(b"/*") {
                    let end = text[i + 2..]
                        .find("*/")
                        .map_or(text.len(), |e| i + 2 + e + 2);
                    out.push(Span::new(i, end));
                    i = end;
                    continue;
                }
                if rest.starts_with(b"<<")
                    && let Some(end) = heredoc_end(text, i)
                {
                    i = end;
                    continue;
                }
                match rest.first() {
                    Some(b'"') => stack.push(None),
                    Some(b'{') => {
                        if let Some(Some(d)) = stack.last_mut() {
                            *d += 1;
                        }
                    }
                    Some(b'}') if stack.len() > 1 => {
                        if depth == 0 {
                            stack.pop();
                        } else if let Some(Some(d)) = stack.last_mut() {
                            *d -= 1;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        }
    }
    out
}

/// Where the heredoc that starts at `at` (`<<EOT`, `<<-EOT`) ends: after its closing line.
fn heredoc_end(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at + 2..)?;
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let name = &rest[..name_len];
    if name.is_empty() {
        return None;
    }
    let start = text.len() - rest.len() + name_len;
    let mut offset = start + text[start..].find('\n')? + 1;
    while offset < text.len() {
        let line_end = text[offset..].find('\n').map_or(text.len(), |e| offset + e);
        if text[offset..line_end].trim() == name {
            return Some(line_end);
        }
        offset = line_end + 1;
    }
    Some(text.len())
}

#[cfg(test)]
mod tests {
    use super::comments;

    fn found(text: &str) -> Vec<&str> {
        comments(text).iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn comments_are_found_outside_strings_and_heredocs() {
        assert_eq!(
            found("a = \"# not\" # one\nb = 2 // two\n/* three */ c = 3\n"),
            ["# one", "// two", "/* three */"]
        );
        // Inside an interpolation a string may hold quotes and braces.
        assert_eq!(
            found("a = \"${x == \"}\" ? \"#\" : \"y\"}\" # after\n"),
            ["# after"]
        );
        assert_eq!(found("a = <<EOT\n# text\nEOT\n# after\n"), ["# after"]);
        assert_eq!(found("a = <<-EOT\n  # text\n  EOT\n"), Vec::<&str>::new());
        // Unclosed: nothing beyond the text, no panic.
        assert_eq!(found("a = \"# open"), Vec::<&str>::new());
        assert_eq!(found("/* open"), ["/* open"]);
        assert_eq!(found("a = <<EOT\n# never closed\n"), Vec::<&str>::new());
    }
}
