//! The pipeline: bytes → text → YAML documents → document rules → shape rules → semantic rules.
//! Pure: no IO, no printing, and every input ends in a report, never a panic.

use std::sync::Arc;

use crate::context::Context;
use crate::diagnostic::Diagnostic;
use crate::kind::Kind;
use crate::messages::Arg;
use crate::outcome::{File, FileReport};
use crate::policy::{Levels, suppress};
use crate::rules::{self, Findings, Scope, document, name, shape};
use crate::secrets;
use crate::span::Span;
use crate::summary::{Claim, DocumentSummary};
use crate::yaml::{self, Entry, Limits, Node, Value};

/// Files above this size are refused: real compute specs are a few kilobytes.
pub const MAX_BYTES: usize = 1024 * 1024;

/// How to check.
#[derive(Debug, Clone)]
pub struct Options {
    /// Larger inputs get `AML005` and are not read.
    pub max_bytes: usize,
    /// Bounds on nesting and alias expansion that keep hostile input cheap.
    pub limits: Limits,
    /// The kind to assume when a spec has no `type` (a web form knows what it edits).
    pub kind: Option<Kind>,
    /// The tree is a form's state ([`check_node`] only): an empty mapping stands for a section
    /// the user has not filled in (form libraries keep one for every optional object), so it is
    /// read as absent, as is a mapping left empty once those are removed.
    pub form_state: bool,
    /// Which rules report, at what severity: resolved from a [`crate::policy::Selection`].
    pub levels: Levels,
    /// What exists beside the spec (earlier specs, the workspace's computes, a region's VM
    /// sizes); the rules that need it stay silent without it.
    pub context: Option<Arc<Context>>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_bytes: MAX_BYTES,
            limits: Limits::default(),
            kind: None,
            form_state: false,
            levels: Levels::default(),
            context: None,
        }
    }
}

/// The report for an input of `len` bytes that is too large to read, if it is; lets a caller
/// refuse a file before reading it.
#[must_use]
pub fn check_size(len: usize, options: &Options) -> Option<FileReport> {
    document::check_size(len, options.max_bytes).map(FileReport::refused)
}

/// The report for a stream (standard input) that went on past the limit: read only up to it, its
/// size is not known.
#[must_use]
pub fn stream_too_large(options: &Options) -> FileReport {
    FileReport::refused(document::stream_too_large(options.max_bytes))
}

/// Checks raw file contents.
#[must_use]
pub fn check_bytes(bytes: &[u8], options: &Options) -> FileReport {
    if let Some(report) = check_size(bytes.len(), options) {
        return report;
    }
    let bytes = without_bom(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => check_text(text, options),
        Err(error) => {
            // Not text: what it holds is shown as the lossy text, and its secrets hidden there.
            let mut report = FileReport::unreadable(document::not_utf8(error.valid_up_to()));
            report.text_names_compute = names_compute(&String::from_utf8_lossy(bytes));
            report.secrets = secrets::find(
                &String::from_utf8_lossy(bytes),
                &[],
                &[],
                &[],
                known_secrets(options),
            );
            report
        }
    }
}

/// Checks text that holds one (or, wrongly, several) YAML or JSON documents.
#[must_use]
pub fn check_text(text: &str, options: &Options) -> FileReport {
    if let Some(report) = check_size(text.len(), options) {
        return report;
    }
    if let Some(finding) = document::check_binary(text) {
        let mut report = FileReport::unreadable(finding);
        report.text_names_compute = names_compute(text);
        report.secrets = secrets::find(text, &[], &[], &[], known_secrets(options));
        return report;
    }
    let strings = yaml::Strings::new();
    let parsed = yaml::parse(text, &strings, options.limits);
    let mut report = FileReport {
        diagnostics: document::report_issues(&parsed.issues).collect(),
        unreadable: parsed.issues.iter().any(|issue| issue.kind.is_unreadable()),
        text_names_compute: parsed.issues.iter().any(|issue| issue.kind.is_unreadable())
            && names_compute(text),
        ..FileReport::default()
    };
    if parsed.documents.is_empty() {
        report
            .diagnostics
            .push(document::empty(0, Span::new(0, text.len())));
    }
    for (index, root) in parsed.documents.iter().enumerate() {
        if let Some(root) = root {
            let kind = check_document(root, None, index, options, &mut report.diagnostics);
            report.documents.push(summarise(root, index, kind));
        }
    }
    report.secrets = secrets::find(
        text,
        &parsed.documents,
        &parsed.shadowed,
        &parsed.comments,
        known_secrets(options),
    );
    let starts: Vec<u32> = parsed
        .documents
        .iter()
        .flatten()
        .map(|d| d.span.start)
        .collect();
    report.suppressions = suppress::read(text, &parsed.directives, &starts);
    report.levels = options.levels.clone();
    finish(&mut report);
    // Anchored nodes and block scalars are edited by hand only (`resolve` says why).
    let untouchable = [parsed.anchored.as_slice(), parsed.block_scalars.as_slice()].concat();
    crate::resolve::resolve(
        text,
        &untouchable,
        &parsed.comments,
        &report.secrets,
        report.unreadable,
        &mut report.diagnostics,
    );
    report
}

/// What a file holds, as `--input` says or its content shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputForm {
    /// A Terraform plan or an ARM template or REST body when the content looks like one
    /// ([`crate::looks_like_arm`]), else an az ml spec; a `.tf` file by its name
    /// ([`InputForm::reads_as_terraform`]).
    #[default]
    Auto,
    /// An az ml spec (YAML or JSON).
    Azml,
    /// An ARM template, the JSON `bicep build` writes, or a REST request body.
    Arm,
    /// A Terraform plan as `terraform show -json` writes it.
    TerraformPlan,
    /// Terraform configuration (`.tf`).
    Terraform,
}

impl InputForm {
    /// Whether `bytes` are read as an ARM template (and a parameter file is looked for).
    #[must_use]
    pub fn reads_as_arm(self, bytes: &[u8]) -> bool {
        match self {
            InputForm::Azml | InputForm::TerraformPlan | InputForm::Terraform => false,
            InputForm::Arm => true,
            InputForm::Auto => {
                !self.reads_as_terraform_plan(bytes)
                    && std::str::from_utf8(without_bom(bytes)).is_ok_and(crate::arm::looks_like_arm)
            }
        }
    }

    /// Whether `bytes` are read as a Terraform plan (`terraform show -json`).
    #[must_use]
    pub fn reads_as_terraform_plan(self, bytes: &[u8]) -> bool {
        match self {
            InputForm::TerraformPlan => true,
            InputForm::Auto => std::str::from_utf8(without_bom(bytes))
                .is_ok_and(crate::arm::looks_like_terraform_plan),
            _ => false,
        }
    }

    /// Whether the file named `name` is read as Terraform configuration: said so, or a `.tf`
    /// file (HCL has no mark of its own in its content).
    #[must_use]
    pub fn reads_as_terraform(self, name: Option<&str>) -> bool {
        match self {
            InputForm::Terraform => true,
            InputForm::Auto => name.is_some_and(|n| n.ends_with(".tf")),
            _ => false,
        }
    }
}

/// What a `.tf` file's module states beside it, which its expressions may name: its `.tf`
/// files' `variable` and `locals` blocks and its variable definitions files, parsed once, so one
/// module serves every file of a folder.
#[derive(Debug, Default, Clone)]
pub struct TerraformModule(crate::arm::Module);

impl TerraformModule {
    /// `files` are the texts of the module's `.tf` files (the checked one among them or not);
    /// `var_files` of its variable definitions files in the order Terraform reads them:
    /// `terraform.tfvars`, the `*.auto.tfvars` files by name, then each `-var-file`; a later one
    /// wins. A text that does not parse is left out.
    #[must_use]
    pub fn new(files: &[String], var_files: &[String]) -> Self {
        TerraformModule(crate::arm::Module::new(files, var_files))
    }
}

/// What is wrong with a Terraform variable definitions file (`.tfvars` or `.tfvars.json`), in
/// the catalog's words at its line and column: text Terraform does not read (not HCL
/// attributes nor one JSON object, a block, a variable set twice). `None` when it reads. A file
/// with a problem gives no values: left unsaid, the module's variables would be unknown and
/// their findings gone.
#[must_use]
pub fn var_file_problem(text: &str, locale: crate::Locale) -> Option<crate::context::ContextError> {
    problem_of(text, locale, crate::arm::var_file_problem)
}

/// What is wrong with an ARM parameter file, in the catalog's words at its line and column:
/// text that is not JSON, or not `{"parameters": {"NAME": {"value": ...}}}` (or a Key Vault
/// `reference`). `None` when it reads. A file with a problem gives no values: left unsaid, the
/// template's parameters would be unknown and their findings gone.
#[must_use]
pub fn parameter_file_problem(
    text: &str,
    locale: crate::Locale,
) -> Option<crate::context::ContextError> {
    problem_of(text, locale, crate::arm::parameter_file_problem)
}

/// What is wrong with another `.tf` file of a module, in the catalog's words at its line and
/// column: text that does not parse, whose `variable` and `locals` blocks are then unknown to
/// the module's other files. `None` when it parses.
#[must_use]
pub fn module_file_problem(
    text: &str,
    locale: crate::Locale,
) -> Option<crate::context::ContextError> {
    problem_of(text, locale, crate::arm::module_file_problem)
}

/// What `find` says is wrong with a file's text (after a byte-order mark), in the catalog's words
/// at its line and column.
fn problem_of(
    text: &str,
    locale: crate::Locale,
    find: fn(&str) -> Option<(&'static str, String, usize)>,
) -> Option<crate::context::ContextError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (id, detail, at) = find(text)?;
    Some(crate::context::ContextError::new(locale, id, &[("detail", &detail)]).at(text, at))
}

fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Checks raw file contents read as `form` says: an ARM template with its parameter file's text,
/// or an az ml spec ([`check_bytes`]).
#[must_use]
pub fn check_bytes_as(
    bytes: &[u8],
    form: InputForm,
    parameters: Option<&str>,
    options: &Options,
) -> FileReport {
    match parameters {
        Some(text) => check_bytes_with(bytes, form, &[("", text)], options),
        None => check_bytes_with(bytes, form, &[], options),
    }
}

/// [`check_bytes_as`] with each of several parameter files ([`check_arm_text_with`]).
#[must_use]
pub fn check_bytes_with(
    bytes: &[u8],
    form: InputForm,
    parameter_files: &[ParameterFile<'_>],
    options: &Options,
) -> FileReport {
    if form == InputForm::Terraform {
        return check_terraform_bytes(bytes, &TerraformModule::default(), options);
    }
    let plan = form.reads_as_terraform_plan(bytes);
    if !plan && !form.reads_as_arm(bytes) {
        return check_bytes(bytes, options);
    }
    if let Some(report) = check_size(bytes.len(), options) {
        return report;
    }
    match std::str::from_utf8(without_bom(bytes)) {
        Ok(text) if plan => check_terraform_plan_text(text, options),
        Ok(text) => check_arm_text_with(text, parameter_files, options),
        // Not text: said as for any file.
        Err(_) => check_bytes(bytes, options),
    }
}

/// The name of the parameter file a template's name links, by the convention PSRule and the
/// quickstart templates follow (`azuredeploy.json` → `azuredeploy.parameters.json`, and
/// `main.bicep` → `main.parameters.json`); `None` for
/// a parameter file itself or a name that is not JSON.
#[must_use]
pub fn parameter_file_name(template: &str) -> Option<String> {
    let stem = template
        .strip_suffix(".json")
        .or_else(|| template.strip_suffix(".jsonc"))
        .or_else(|| template.strip_suffix(".bicep"))?;
    if stem.is_empty() || stem.ends_with(".parameters") {
        return None;
    }
    Some(format!("{stem}.parameters.json"))
}

/// Checks an ARM template, the JSON `bicep build` writes, or a REST request body: every compute
/// resource in it as one document of amlint's tree, at the template's own lines and columns.
/// `parameters` is the text of its parameter file, if it has one. Findings offer no fix yet.
#[must_use]
pub fn check_arm_text(text: &str, parameters: Option<&str>, options: &Options) -> FileReport {
    check_arm(text, parameters, options).report
}

/// A parameter file: its name, as findings name it, and its text.
pub type ParameterFile<'a> = (&'a str, &'a str);

/// [`check_arm_text`] with each of several parameter files (none: the defaults): the template is
/// checked once with each, and the findings of all are reported once (a compute that only some
/// of them deploy is there as its own document). With more than one, a finding on a value from a
/// parameter also names the file (`parameter_file`). A suppression comment is used if any check
/// used it.
#[must_use]
pub fn check_arm_text_with(
    text: &str,
    parameter_files: &[ParameterFile<'_>],
    options: &Options,
) -> FileReport {
    check_arm_many(text, parameter_files, options).report
}

/// A template checked.
struct ArmChecked {
    report: FileReport,
    /// For each document, the span of its resource object in the template.
    resources: Vec<Span>,
    /// The template's `// amlint:` comments.
    directives: Vec<Span>,
}

fn check_arm_many(text: &str, files: &[ParameterFile<'_>], options: &Options) -> ArmChecked {
    let [(_, first), rest @ ..] = files else {
        return check_arm(text, None, options);
    };
    if rest.is_empty() {
        return check_arm(text, Some(first), options);
    }
    // Each check's documents by their resource and copy, joined.
    let mut keys: Vec<(Span, usize)> = Vec::new();
    let mut merged = FileReport::default();
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    let mut directives = Vec::new();
    for (name, parameters) in files {
        let checked = check_arm(text, Some(parameters), options);
        let given = crate::arm::parameter_names(parameters);
        directives = checked.directives;
        let mut index = Vec::with_capacity(checked.resources.len());
        for (at, resource) in checked.resources.iter().enumerate() {
            let copy = checked.resources[..at]
                .iter()
                .filter(|r| *r == resource)
                .count();
            let key = (*resource, copy);
            let joined = keys.iter().position(|k| *k == key).unwrap_or_else(|| {
                keys.push(key);
                keys.len() - 1
            });
            index.push(joined);
        }
        let report = checked.report;
        for (at, mut summary) in report.documents.into_iter().enumerate() {
            let joined = index.get(at).copied().unwrap_or(at);
            if joined == merged.documents.len() {
                summary.document = joined;
                merged.documents.push(summary);
            }
        }
        for mut diagnostic in report.diagnostics.into_iter().chain(report.suppressed) {
            if suppress::is_about_suppressions(diagnostic.rule) {
                continue;
            }
            diagnostic.document = index
                .get(diagnostic.document)
                .copied()
                .unwrap_or(diagnostic.document);
            // A value this file gives (not a default) names the file.
            let from_file = matches!(diagnostic.get("parameter"), Some(Arg::Code(parameter))
                if given.iter().any(|g| g.eq_ignore_ascii_case(parameter)));
            if from_file {
                diagnostic.args.push(("parameter_file", Arg::code(*name)));
            }
            if !diagnostics.contains(&diagnostic) {
                diagnostics.push(diagnostic);
            }
        }
        merged.secrets = merged.secrets.with_values_of(text, &report.secrets);
        merged.unreadable |= report.unreadable;
        merged.text_names_compute |= report.text_names_compute;
    }
    merged.diagnostics = diagnostics;
    let mut starts: Vec<u32> = keys.iter().map(|(span, _)| span.start).collect();
    starts.sort_unstable();
    merged.suppressions = suppress::read(text, &directives, &starts);
    merged.levels = options.levels.clone();
    finish(&mut merged);
    ArmChecked {
        report: merged,
        resources: keys.into_iter().map(|(span, _)| span).collect(),
        directives,
    }
}

/// The report of an IaC text amlint does not read (too large, or binary: a NUL byte), with the
/// secrets it holds marked; `None` for a text to read.
fn refused_iac_text(text: &str, options: &Options) -> Option<FileReport> {
    if let Some(report) = check_size(text.len(), options) {
        return Some(report);
    }
    let finding = document::check_binary(text)?;
    let mut report = FileReport::unreadable(finding);
    report.secrets = secrets::find(text, &[], &[], &[], known_secrets(options));
    Some(report)
}

/// [`check_arm_text`], with where each document's resource stands.
fn check_arm(text: &str, parameters: Option<&str>, options: &Options) -> ArmChecked {
    let alone = |report| ArmChecked {
        report,
        resources: Vec::new(),
        directives: Vec::new(),
    };
    if let Some(report) = refused_iac_text(text, options) {
        return alone(report);
    }
    let strings = yaml::Strings::new();
    let read = crate::arm::read(text, parameters, &strings);
    check_read(text, &read, true, options)
}

/// Checks a Terraform plan as `terraform show -json` writes it: every compute resource it will
/// create (azurerm's four, and `azapi_resource`s of the computes' type) as one document, at the
/// plan's lines and columns. What is known only after apply is unknown; sensitive values are
/// secrets. A plan is written by Terraform, so its findings offer no fix.
#[must_use]
pub fn check_terraform_plan_text(text: &str, options: &Options) -> FileReport {
    if let Some(report) = refused_iac_text(text, options) {
        return report;
    }
    let strings = yaml::Strings::new();
    let read = crate::arm::read_plan(text, &strings);
    check_read(text, &read, false, options).report
}

/// [`check_terraform_text`] of raw file contents: what is not text is said as for any file.
#[must_use]
pub fn check_terraform_bytes(
    bytes: &[u8],
    module: &TerraformModule,
    options: &Options,
) -> FileReport {
    if let Some(report) = check_size(bytes.len(), options) {
        return report;
    }
    match std::str::from_utf8(without_bom(bytes)) {
        Ok(text) => check_terraform_text(text, module, options),
        Err(_) => check_bytes(bytes, options),
    }
}

/// Checks Terraform configuration (a `.tf` file), read directly: every compute resource in it
/// (azurerm's four, and `azapi_resource`s of the computes' type) as one document, at the file's
/// lines and columns. `module` holds the module's files and var files, which variables and
/// locals come from; what only `terraform apply` knows is unknown.
#[must_use]
pub fn check_terraform_text(text: &str, module: &TerraformModule, options: &Options) -> FileReport {
    if let Some(report) = refused_iac_text(text, options) {
        return report;
    }
    let strings = yaml::Strings::new();
    let read = crate::arm::read_tf(text, &module.0, &strings);
    check_read(text, &read, true, options).report
}

/// Checks the computes an IaC reader found in `text`; `literal_fixes` keeps the fixes of values
/// the text writes literally, as the mapping's ARM paths spell them.
fn check_read(
    text: &str,
    read: &crate::arm::Read<'_>,
    literal_fixes: bool,
    options: &Options,
) -> ArmChecked {
    let mut report = FileReport::default();
    if let Some((detail, span)) = &read.error {
        report.diagnostics.push(if read.terraform {
            document::hcl_syntax(detail.clone(), *span)
        } else {
            document::json_syntax(detail.clone(), *span)
        });
        report.unreadable = true;
    }
    if read.exhausted {
        report.diagnostics.push(document::template_too_complex(
            crate::arm::BUDGET,
            Span::new(0, text.len()),
        ));
        report.unreadable = true;
    }
    for (index, compute) in read.computes.iter().enumerate() {
        let first = report.diagnostics.len();
        let kind = check_with_unknowns(
            &compute.root,
            Some(&compute.facts),
            index,
            options,
            &mut report.diagnostics,
        );
        report.documents.push(summarise(&compute.root, index, kind));
        // A finding on a value that came from a parameter names the parameter.
        for diagnostic in &mut report.diagnostics[first..] {
            let from = compute.parameters.iter().find(|(pointer, _)| {
                diagnostic.pointer == *pointer
                    || diagnostic
                        .pointer
                        .strip_prefix(pointer.as_str())
                        .is_some_and(|rest| rest.starts_with('/'))
            });
            if let Some((_, parameter)) = from {
                // Terraform's are variables.
                let name = if read.terraform {
                    "variable"
                } else {
                    "parameter"
                };
                diagnostic.args.push((name, Arg::code(parameter.as_str())));
            }
        }
    }
    // A key written twice: at the compute whose resource holds it, else the file's first.
    for (key, at, _) in &read.duplicates {
        let document = read
            .computes
            .iter()
            .position(|c| c.root.span.start <= at.start && at.end <= c.root.span.end)
            .unwrap_or(0);
        report
            .diagnostics
            .push(document::template_duplicate_key(key, document, *at));
    }
    let trees: Vec<Option<Node<'_>>> = read.computes.iter().map(|c| Some(c.root.clone())).collect();
    let mut known = known_secrets(options).to_vec();
    known.extend(read.secrets.iter().cloned());
    report.secrets =
        secrets::find_in_template(text, &trees, &read.comments, &known, read.error.is_some());
    let mut starts: Vec<u32> = read.computes.iter().map(|c| c.root.span.start).collect();
    starts.sort_unstable();
    report.suppressions = suppress::read(text, &read.directives, &starts);
    report.levels = options.levels.clone();
    finish(&mut report);
    // A fix is kept where the template writes the value itself, as amlint's field spells it: a
    // literal (no expression) of a field the mapping takes as it is. Its edit is of the
    // template's text; its JSON Patch, which speaks of a spec, is left out.
    let kinds: Vec<Option<Kind>> = report.documents.iter().map(|d| d.kind).collect();
    // An azurerm resource's values stand where the mapping's Terraform arguments say; an
    // `azapi_resource`'s body is ARM's.
    let azurerm: Vec<bool> = read
        .computes
        .iter()
        .map(|c| {
            c.facts
                .entry("input")
                .is_some_and(|e| e.value.value == yaml::Value::Str("terraform"))
        })
        .collect();
    for diagnostic in &mut report.diagnostics {
        let kind = kinds.get(diagnostic.document).copied().flatten();
        let column = azurerm.get(diagnostic.document).copied().unwrap_or(false);
        let literal = literal_fixes
            && diagnostic.fix.as_ref().is_some_and(|fix| {
                fix.changes
                    .iter()
                    .all(|change| literal_replacement(text, kind, change, read.terraform, column))
            });
        if !literal {
            diagnostic.fix = None;
        }
    }
    crate::resolve::resolve(
        text,
        &[],
        &read.comments,
        &report.secrets,
        report.unreadable,
        &mut report.diagnostics,
    );
    for diagnostic in &mut report.diagnostics {
        let Some(fix) = diagnostic.fix.as_mut() else {
            continue;
        };
        // HCL writes a literal as JSON does (resolve writes YAML's scalars into a text that
        // does not start as JSON); a string that would be a template is not written.
        if read.terraform {
            let values: Vec<Option<String>> = fix
                .changes
                .iter()
                .map(|change| match change {
                    crate::fix::Change::Replace { value, .. } => serde_json::to_string(value)
                        .ok()
                        .filter(|v| !v.contains("${") && !v.contains("%{")),
                    _ => None,
                })
                .collect();
            if fix.edits.len() != values.len() || values.iter().any(Option::is_none) {
                diagnostic.fix = None;
                continue;
            }
            for (edit, value) in fix.edits.iter_mut().zip(values.into_iter().flatten()) {
                edit.replacement = value;
            }
        }
        fix.changes.clear();
    }
    ArmChecked {
        report,
        resources: read.computes.iter().map(|c| c.root.span).collect(),
        directives: read.directives.clone(),
    }
}

/// What running the Bicep CLI on a `.bicep` file gave. The command runs it (`bicep build
/// --stdout`); what that means for the file is decided here ([`check_bicep_text`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BicepBuild {
    /// The JSON it wrote.
    Built(String),
    /// No Bicep CLI could be started (none on `PATH`, or no processes where amlint runs).
    Missing,
    /// It exited with an error: the start of what it wrote to standard error (its first lines,
    /// one per line); quoted masked, each line bounded.
    Failed(String),
    /// It ran longer than this many seconds and was stopped.
    TimedOut(u64),
    /// It wrote more than amlint reads (this many bytes at most).
    TooLarge(usize),
}

/// The most characters of each line of a tool's output quoted: one line may be all it wrote.
const QUOTED_LINE_CHARS: usize = 500;

/// Lines a tool wrote, as one message quotes them: each bounded, joined by `; `.
fn quoted_lines(text: &str) -> String {
    text.lines()
        .map(|line| match line.char_indices().nth(QUOTED_LINE_CHARS) {
            Some((cut, _)) => format!("{}…", &line[..cut]),
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Checks a `.bicep` file (`text`) through the JSON its build gave: every compute as in
/// [`check_arm_text`], each finding placed back in the `.bicep` text (by its resource's symbolic
/// name, else the order of the compute declarations, then key by key along the ARM path; the
/// declaration's name when the property is not written there, the file's start when the resource
/// is in a module). Suppressions are the `.bicep` file's own `// amlint: ...` comments; no fixes
/// (the text that was checked is not the one written). A build that gave no template is AML016,
/// and the file's computes are unchecked.
#[must_use]
pub fn check_bicep_text(
    text: &str,
    build: &BicepBuild,
    parameter_files: &[ParameterFile<'_>],
    options: &Options,
) -> FileReport {
    use crate::arm::bicep;
    if let Some(report) = refused_iac_text(text, options) {
        return report;
    }
    let read = bicep::read(text);
    let not_built = |finding: Diagnostic| {
        let mut report = FileReport::unreadable(finding);
        report.text_names_compute = bicep::may_declare_computes(text);
        report
    };
    let (mut report, resources, json) = match build {
        BicepBuild::Built(json) if crate::arm::looks_like_arm(json) => {
            let ArmChecked {
                report, resources, ..
            } = check_arm_many(json, parameter_files, options);
            if report.diagnostics.iter().any(|d| d.rule.code == "AML001") {
                (
                    not_built(document::bicep_not_built("output").arg("limit", options.max_bytes)),
                    Vec::new(),
                    "",
                )
            } else {
                (report, resources, json.as_str())
            }
        }
        BicepBuild::Built(_) => (
            not_built(document::bicep_not_built("output").arg("limit", options.max_bytes)),
            Vec::new(),
            "",
        ),
        BicepBuild::Missing => (not_built(document::bicep_not_built("")), Vec::new(), ""),
        BicepBuild::Failed(detail) => (
            not_built(
                // The CLI quotes values of the file (a `@secure()` default) in its errors.
                document::bicep_not_built("failed").arg(
                    "detail",
                    Arg::Foreign(quoted_lines(&secrets::mask_foreign(
                        detail,
                        &read.secure_defaults(text),
                    ))),
                ),
            ),
            Vec::new(),
            "",
        ),
        BicepBuild::TimedOut(seconds) => (
            not_built(document::bicep_not_built("timeout").arg("seconds", *seconds)),
            Vec::new(),
            "",
        ),
        BicepBuild::TooLarge(limit) => (
            not_built(document::bicep_not_built("output").arg("limit", *limit)),
            Vec::new(),
            "",
        ),
    };
    // Each finding's place in the template, then in the `.bicep` text.
    let start = Span::new(0, 0);
    let mut queries = Vec::new();
    for diagnostic in &report.diagnostics {
        if let (Some(at), Some(resource)) = (diagnostic.span, resources.get(diagnostic.document)) {
            queries.push((*resource, at));
        }
    }
    for summary in &report.documents {
        if let (Some((_, at)), Some(resource)) = (&summary.name, resources.get(summary.document)) {
            queries.push((*resource, *at));
        }
    }
    let places = crate::arm::places(json, &queries);
    let mut computes: Vec<Span> = resources
        .iter()
        .zip(crate::arm::places(
            json,
            &resources.iter().map(|r| (*r, *r)).collect::<Vec<_>>(),
        ))
        .filter(|(_, place)| place.as_ref().is_some_and(|p| !p.nested))
        .map(|(resource, _)| *resource)
        .collect();
    computes.sort_by_key(|s| s.start);
    computes.dedup();
    let by_order = computes.len() == read.declarations.len();
    let locate = |resource: Span, place: Option<&crate::arm::Place>| -> Span {
        let Some(place) = place else {
            return start;
        };
        if place.nested {
            return start;
        }
        let declaration = match &place.symbol {
            Some(symbol) => {
                let own = symbol.rsplit("::").next().unwrap_or(symbol);
                read.declarations.iter().find(|d| d.symbol == own)
            }
            None if by_order => computes
                .iter()
                .position(|c| *c == resource)
                .and_then(|at| read.declarations.get(at)),
            None => None,
        };
        let declaration = declaration.or(match read.declarations.as_slice() {
            [only] => Some(only),
            _ => None,
        });
        declaration.map_or(start, |d| read.locate(text, d, &place.path))
    };
    let mut placed = places.iter();
    for diagnostic in &mut report.diagnostics {
        diagnostic.fix = None;
        match (diagnostic.span, resources.get(diagnostic.document)) {
            (Some(_), Some(resource)) => {
                let place = placed.next().and_then(Option::as_ref);
                diagnostic.span = Some(locate(*resource, place));
            }
            (Some(_), None) => diagnostic.span = Some(start),
            (None, _) => {}
        }
    }
    for summary in &mut report.documents {
        if let (Some((_, at)), Some(resource)) =
            (&mut summary.name, resources.get(summary.document))
        {
            let place = placed.next().and_then(Option::as_ref);
            *at = locate(*resource, place);
        }
    }
    // What no output may show, in the `.bicep` text: what it looks like there, and every place
    // a secret of the template (a secure parameter's value) stands.
    report.secrets = secrets::find(text, &[], &[], &read.comments, known_secrets(options))
        .with_values_of(text, &report.secrets);
    // A file whose computes were not checked has no suppression to use (AML016 is switched off
    // by the settings: `ignore`, `per-file-ignores`).
    let built = !json.is_empty();
    let directives: Vec<Span> = read
        .comments
        .iter()
        .copied()
        .filter(|s| {
            built
                && text
                    .get(s.range())
                    .and_then(|c| c.strip_prefix("//"))
                    .is_some_and(|body| body.trim_start().starts_with("amlint:"))
        })
        .collect();
    let mut starts: Vec<u32> = read.declarations.iter().map(|d| d.whole.start).collect();
    starts.sort_unstable();
    report.suppressions = suppress::read(text, &directives, &starts);
    report.levels = options.levels.clone();
    finish(&mut report);
    report
}

/// Whether a change of a template's compute replaces a value the template writes literally, of a
/// field ARM spells as amlint does (`model::iac`'s `Form::Same`).
///
/// In Terraform (`hcl`), a literal is a number, `true`, `false` or a quoted string without
/// interpolation; an azurerm resource's (`terraform_column`) field is placed by the mapping's
/// Terraform argument, an `azapi_resource` body's by its ARM path.
fn literal_replacement(
    text: &str,
    kind: Option<Kind>,
    change: &crate::fix::Change,
    hcl: bool,
    terraform_column: bool,
) -> bool {
    let crate::fix::Change::Replace { pointer, span, .. } = change else {
        return false;
    };
    let Some(written) = text.get(span.range()) else {
        return false;
    };
    // An expression's value is not written where its span is.
    if written.starts_with("\"[") && !written.starts_with("\"[[") {
        return false;
    }
    if hcl {
        let literal = match written.as_bytes().first() {
            Some(b'"') => !written.contains("${") && !written.contains("%{"),
            Some(b'-' | b'0'..=b'9') => written.parse::<f64>().is_ok(),
            _ => matches!(written, "true" | "false"),
        };
        if !literal {
            return false;
        }
    }
    // `/schedules/compute_start_stop/0/action` is the mapping's `schedules.compute_start_stop[].action`.
    let mut field = String::new();
    for token in pointer.split('/').skip(1) {
        if !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit()) {
            field.push_str("[]");
        } else {
            if !field.is_empty() {
                field.push('.');
            }
            field.push_str(&token.replace("~1", "/").replace("~0", "~"));
        }
    }
    kind.and_then(|kind| kind.forms().by_field(&field))
        .and_then(|mapping| {
            if terraform_column {
                mapping.terraform
            } else {
                mapping.arm
            }
        })
        .is_some_and(|(_, form)| form == crate::model::iac::Form::Same)
}

/// The secrets of what a check compares with (earlier specs, the workspace's computes): a
/// finding that quotes them, or a spec that repeats one, must hide them too.
fn known_secrets(options: &Options) -> &[String] {
    options
        .context
        .as_deref()
        .map_or(&[], crate::context::Context::secrets)
}

/// What the settings leave of a report's findings: rules switched off or set to another severity
/// ([`Levels`]), findings suppressed by comments (moved to `suppressed`), and the findings about
/// the suppressions themselves. Safe to run again when findings are added: the cross-file rules
/// do, so their findings are suppressed and counted like any other.
fn finish(report: &mut FileReport) {
    report
        .diagnostics
        .retain(|d| !suppress::is_about_suppressions(d.rule));
    report.levels.apply(&mut report.diagnostics);
    if !report.suppressions.is_empty() {
        suppress::apply(
            &mut report.suppressions,
            &mut report.diagnostics,
            &mut report.suppressed,
        );
        let mut about = suppress::findings(&report.suppressions, &report.levels);
        report.levels.apply(&mut about);
        report.diagnostics.extend(about);
    }
    secrets::mark(
        crate::diagnostic::arguments(&mut report.diagnostics),
        &report.secrets,
    );
    sort(&mut report.diagnostics);
}

/// The first document of YAML or JSON text as plain data, read as `az ml` reads it (YAML 1.1
/// scalars, merge keys, last-wins duplicate keys); `None` when it cannot be read. `check_text`
/// says why.
#[must_use]
pub fn read_document(text: &str, options: &Options) -> Option<serde_json::Value> {
    if text.len() > options.max_bytes {
        return None;
    }
    let strings = yaml::Strings::new();
    let parsed = yaml::parse(text, &strings, options.limits);
    if parsed.issues.iter().any(|issue| issue.kind.is_fatal()) {
        return None;
    }
    Some(parsed.documents.into_iter().next().flatten()?.to_json())
}

/// Writes plain data as YAML that `az ml` reads back as the same data: block style, strings
/// quoted wherever YAML 1.1 and 1.2 could read them as something else.
#[must_use]
pub fn write_document(value: &serde_json::Value) -> String {
    yaml::emit(value)
}

/// Checks one document given as a tree (a JS object or JSON value, without source text).
#[must_use]
pub fn check_node(root: &Node<'_>, options: &Options) -> FileReport {
    let mut report = node_diagnostics(root, options);
    let kind = report.documents.first().and_then(|d| d.kind);
    report.documents = vec![summarise(root, 0, kind)];
    report
}

/// [`check_node`] without the document summary the cross-file rules use: what a form needs.
/// Its `documents` hold only the kind found.
#[must_use]
pub fn node_diagnostics(root: &Node<'_>, options: &Options) -> FileReport {
    let pruned = options.form_state.then(|| form_spec(root));
    let root = pruned.as_ref().unwrap_or(root);
    let mut diagnostics = Vec::new();
    let kind = check_document(root, None, 0, options, &mut diagnostics);
    options.levels.apply(&mut diagnostics);
    // What no output may show matters only where there is a finding to show: a clean document (a
    // form filled in correctly, the common case) is not walked for secrets, which was a fifth of
    // the npm package's `validate` (docs/performance.md).
    let secrets = if diagnostics.is_empty() {
        secrets::Secrets::default()
    } else {
        secrets::of_tree(root, kind, known_secrets(options))
    };
    secrets::mark(crate::diagnostic::arguments(&mut diagnostics), &secrets);
    sort(&mut diagnostics);
    FileReport {
        levels: options.levels.clone(),
        diagnostics,
        documents: vec![DocumentSummary {
            document: 0,
            kind,
            name: None,
            location: None,
            schema: Claim::Nothing,
            other_asset_fields: false,
        }],
        secrets,
        ..FileReport::default()
    }
}

/// The rules that look across all files of one run (such as two specs claiming one name), on
/// checked files: their labels name them in messages. Adds the findings to the files they
/// concern, under each file's settings and suppressions.
pub fn check_files(files: &mut [File]) {
    let mut run = CrossFile::default();
    for file in files {
        run.check(file);
    }
}

/// The rules that look across the files of one run, run file by file in the run's order (as a
/// command that prints each file's findings before it reads the next needs them): what is kept of
/// the files already checked is what the rules need (each compute name's first place), not the
/// files. [`check_files`] on a run's files, one at a time.
#[derive(Debug, Default)]
pub struct CrossFile {
    names: name::Names,
}

impl CrossFile {
    /// Checks `file`, the run's next, against the files before it: adds the findings to the
    /// file, under its settings and suppressions.
    pub fn check(&mut self, file: &mut File) {
        let found = self.names.check(&file.label, &file.report.documents);
        if !found.is_empty() {
            file.report.diagnostics.extend(found);
            finish(&mut file.report);
        }
    }
}

/// A form's state as the spec it stands for: mappings left without entries once their own empty
/// mappings are removed are not set. Lists keep their items. What [`Options::form_state`] checks.
#[must_use]
pub fn form_spec<'a>(node: &Node<'a>) -> Node<'a> {
    let value = match &node.value {
        Value::Map(entries) => Value::Map(
            entries
                .iter()
                .map(|entry| Entry {
                    key: entry.key.clone(),
                    value: form_spec(&entry.value),
                })
                .filter(
                    |entry| !matches!(&entry.value.value, Value::Map(inner) if inner.is_empty()),
                )
                .collect(),
        ),
        Value::Seq(items) => Value::Seq(items.iter().map(form_spec).collect()),
        other => other.clone(),
    };
    Node::new(value, node.span)
}

/// Runs every rule on one document; returns its kind, if it has one amlint knows.
fn check_document(
    root: &Node<'_>,
    facts: Option<&Node<'_>>,
    index: usize,
    options: &Options,
    out: &mut Vec<Diagnostic>,
) -> Option<Kind> {
    let kind = document::kind_of(root, index, options.kind, &mut Findings::new(out))?;
    let kind_assumed = root.get("type").is_none();
    let context = options.context.as_deref();
    let mut ctx = Scope::new(kind, root, index, kind_assumed, context, out).with_facts(facts);
    document::check_type(&mut ctx);
    shape::check(&mut ctx);
    rules::check_semantics(&mut ctx);
    Some(kind)
}

/// Most unknown values one document's findings are weighed against, and most samples of each.
const MAX_UNKNOWNS: usize = 64;
const MAX_SAMPLES: usize = 8;

/// One step of a path into a tree.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// [`check_document`] for a tree that holds values known only when deployed
/// ([`Value::Unknown`]): a finding is kept only if it holds whatever they turn out to be, as far
/// as samples tell: it must also be found when each unknown value is left out or replaced by each
/// of its samples (the values the rules' valid examples give the field, both booleans, every
/// value of an enumeration, an integer field's bounds and default).
fn check_with_unknowns(
    root: &Node<'_>,
    facts: Option<&Node<'_>>,
    index: usize,
    options: &Options,
    out: &mut Vec<Diagnostic>,
) -> Option<Kind> {
    let mut base = Vec::new();
    let kind = check_document(root, facts, index, options, &mut base);
    let mut unknowns = Vec::new();
    unknown_paths(root, &mut Vec::new(), &mut unknowns);
    let Some(kind) = kind.filter(|_| !unknowns.is_empty() && !base.is_empty()) else {
        out.extend(base);
        return kind;
    };
    let examples = valid_examples(kind);
    let same = |a: &Diagnostic, b: &Diagnostic| {
        a.rule.code == b.rule.code && a.pointer == b.pointer && a.message_id == b.message_id
    };
    let mut keep = vec![true; base.len()];
    'unknowns: for path in unknowns.iter().take(MAX_UNKNOWNS) {
        for sample in samples(kind, path, examples).into_iter().take(MAX_SAMPLES) {
            let mut variant = root.clone();
            replace(&mut variant, path, sample);
            let mut found = Vec::new();
            check_document(&variant, facts, index, options, &mut found);
            for (kept, diagnostic) in keep.iter_mut().zip(&base) {
                *kept = *kept && found.iter().any(|f| same(f, diagnostic));
            }
            if !keep.contains(&true) {
                break 'unknowns;
            }
        }
    }
    out.extend(
        base.into_iter()
            .zip(keep)
            .filter_map(|(diagnostic, kept)| kept.then_some(diagnostic)),
    );
    Some(kind)
}

/// The rules' valid YAML examples of `kind`, read once, as plain data.
fn valid_examples(kind: Kind) -> &'static [serde_json::Value] {
    static READ: std::sync::OnceLock<Vec<(Kind, Vec<serde_json::Value>)>> =
        std::sync::OnceLock::new();
    let all = READ.get_or_init(|| {
        let read: Vec<(Kind, serde_json::Value)> = rules::RULES
            .iter()
            .filter(|rule| rule.input == crate::rule::Input::Yaml)
            .filter_map(|rule| read_document(rule.valid, &Options::default()))
            .filter_map(|example| {
                let kind = Kind::from_type(example.get("type")?.as_str()?)?;
                Some((kind, example))
            })
            .collect();
        Kind::ALL
            .iter()
            .map(|&kind| {
                let of_kind = read
                    .iter()
                    .filter(|(k, _)| *k == kind)
                    .map(|(_, example)| example.clone())
                    .collect();
                (kind, of_kind)
            })
            .collect()
    });
    all.iter()
        .find(|(k, _)| *k == kind)
        .map_or(&[], |(_, examples)| examples.as_slice())
}

/// The paths of the unknown values of a tree (not those inside one).
fn unknown_paths<'a>(node: &Node<'a>, path: &mut Vec<Step<'a>>, out: &mut Vec<Vec<Step<'a>>>) {
    match &node.value {
        Value::Unknown => out.push(path.clone()),
        Value::Map(entries) => {
            for entry in entries {
                if let Some(key) = entry.key.as_str() {
                    path.push(Step::Key(key));
                    unknown_paths(&entry.value, path, out);
                    path.pop();
                }
            }
        }
        Value::Seq(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Step::Index(i));
                unknown_paths(item, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// What an unknown value at `path` may turn out to be: left out (`None`), and the values the
/// field's type and the rules' valid examples suggest.
fn samples(
    kind: Kind,
    path: &[Step<'_>],
    examples: &'static [serde_json::Value],
) -> Vec<Option<Node<'static>>> {
    let mut out: Vec<Option<Node<'static>>> = vec![None];
    let node = |value| Some(Node::new(value, Span::default()));
    if let Some(field) = field_at(kind.fields(), path) {
        match &field.ty {
            crate::model::Ty::Bool => {
                out.extend([node(Value::Bool(true)), node(Value::Bool(false))]);
            }
            crate::model::Ty::Enum(spec) => {
                out.extend(spec.values.iter().map(|v| node(Value::Str(v))));
            }
            crate::model::Ty::Int { min, max } => {
                out.extend(
                    [min, max]
                        .into_iter()
                        .flatten()
                        .map(|i| node(Value::Int(*i))),
                );
            }
            _ => {}
        }
        match field.default {
            Some(crate::model::DefaultValue::Str(s)) => out.push(node(Value::Str(s))),
            Some(crate::model::DefaultValue::Int(i)) => out.push(node(Value::Int(i))),
            Some(crate::model::DefaultValue::Bool(b)) => out.push(node(Value::Bool(b))),
            None => {}
        }
    }
    for example in examples {
        let found = path.iter().try_fold(example, |at, step| match step {
            Step::Key(key) => at.get(*key),
            // Any item of a list stands for every other.
            Step::Index(_) => at.as_array()?.first(),
        });
        if let Some(found) = found.map(Node::from_json)
            && !out.iter().flatten().any(|n| n.value == found.value)
        {
            out.push(Some(found));
        }
    }
    out
}

/// The field a path names in a kind's table (the variants of a tagged field searched in turn).
fn field_at(
    fields: &'static [crate::model::Field],
    path: &[Step<'_>],
) -> Option<&'static crate::model::Field> {
    use crate::model::Ty;
    let (Step::Key(key), rest) = path.split_first()? else {
        return None;
    };
    let field = crate::model::find(fields, key)?;
    let mut ty = &field.ty;
    let mut rest = rest;
    while let (Ty::List(inner), Some((Step::Index(_), after))) = (ty, rest.split_first()) {
        ty = inner;
        rest = after;
    }
    if rest.is_empty() {
        return Some(field);
    }
    match ty {
        Ty::Object(inner) => field_at(inner, rest),
        Ty::Tagged { variants, .. } => variants.iter().find_map(|(_, inner)| field_at(inner, rest)),
        _ => None,
    }
}

/// Puts `sample` at `path` of the tree, or takes the value there out.
fn replace<'a>(root: &mut Node<'a>, path: &[Step<'_>], sample: Option<Node<'a>>) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut node = root;
    for step in parents {
        let next = match (&mut node.value, step) {
            (Value::Map(entries), Step::Key(key)) => entries
                .iter_mut()
                .find(|e| e.key.as_str() == Some(*key))
                .map(|e| &mut e.value),
            (Value::Seq(items), Step::Index(i)) => items.get_mut(*i),
            _ => None,
        };
        let Some(next) = next else {
            return;
        };
        node = next;
    }
    match (&mut node.value, last, sample) {
        (Value::Map(entries), Step::Key(key), sample) => {
            let at = entries.iter().position(|e| e.key.as_str() == Some(*key));
            match (at, sample) {
                (Some(at), Some(sample)) => {
                    if let Some(entry) = entries.get_mut(at) {
                        entry.value.value = sample.value;
                    }
                }
                (Some(at), None) => {
                    entries.remove(at);
                }
                (None, _) => {}
            }
        }
        (Value::Seq(items), Step::Index(i), Some(sample)) => {
            if let Some(item) = items.get_mut(*i) {
                item.value = sample.value;
            }
        }
        (Value::Seq(items), Step::Index(i), None) if *i < items.len() => {
            items.remove(*i);
        }
        _ => {}
    }
}

/// What the cross-file rules and the CLI's file selection need to know of a checked document.
fn summarise(root: &Node<'_>, index: usize, kind: Option<Kind>) -> DocumentSummary {
    let text = |key| root.get(key).and_then(|n| Some((n.as_str()?, n.span)));
    DocumentSummary {
        document: index,
        kind,
        name: kind
            .and(text("name"))
            .map(|(name, span)| (name.to_owned(), span)),
        location: kind
            .and(text("location"))
            .map(|(location, _)| location.to_owned()),
        schema: text("$schema").map_or(Claim::Nothing, |(url, _)| Claim::of(url)),
        other_asset_fields: root.as_map().is_some_and(|entries| {
            entries.iter().filter_map(Entry::key_str).any(|key| {
                crate::summary::OTHER_ASSET_FIELDS.contains(&key)
                    && kind.is_none_or(|kind| !kind.has_field(key))
            })
        }),
    }
}

/// Whether a text that could not be read names a compute kind as its `type` (`type: amlcompute`,
/// `"type": "kubernetes"`) or a compute `$schema`: then it was meant as a compute spec.
fn names_compute(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let typed = lower.match_indices("type").any(|(at, _)| {
        let rest = lower[at + 4..].trim_start_matches(['"', '\'']).trim_start();
        let Some(rest) = rest.strip_prefix(':') else {
            return false;
        };
        let value = rest.trim_start().trim_start_matches(['"', '\'']);
        Kind::ALL.iter().any(|kind| {
            value.starts_with(kind.type_name())
                && !value[kind.type_name().len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
        })
    });
    typed
        || lower
            .split(|c: char| c.is_whitespace() || matches!(c, '"' | '\''))
            .any(|word| word.contains("schema.json") && Claim::of(word) == Claim::Compute)
}

fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| (d.document, d.span.map_or(0, |s| s.start), d.rule.code);
        key(a).cmp(&key(b))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_state_leaves_its_empty_sections_unset() {
        let state = serde_json::json!({
            "name": "cpu-cluster",
            "ssh_settings": {},
            "network_settings": { "subnet": {} },
            "tags": { "team": "vision" },
        });
        let options = Options {
            kind: Some(Kind::AmlCompute),
            ..Options::default()
        };
        let codes = |options: &Options| -> Vec<&str> {
            node_diagnostics(&Node::from_json(&state), options)
                .diagnostics
                .iter()
                .map(Diagnostic::code)
                .collect()
        };
        assert!(codes(&options).contains(&"AML503"));
        let form = Options {
            form_state: true,
            ..options
        };
        assert!(!codes(&form).contains(&"AML503"));
        let spec = form_spec(&Node::from_json(&state)).to_json();
        assert_eq!(
            spec,
            serde_json::json!({ "name": "cpu-cluster", "tags": { "team": "vision" } })
        );
    }
}
