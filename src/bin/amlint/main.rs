//! The `amlint` command: files in, diagnostics out. Everything it decides about specs comes from
//! the library; this binary only reads files, runs the checks in parallel, and prints.

mod args;
mod bicep;
mod context_files;
mod diff;
mod discover;
mod files;
mod output;
mod print;
mod settings;
mod ui;

use std::io::Read;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use std::fmt::Write as _;
use std::path::Path;

use amlint::report::{self, Baseline, File, Format, Settings, Style, Syntax, printable};
use amlint::{FileReport, Options};

use crate::args::{CheckArgs, Cli, ColorChoice, Command, ListFormat, SchemaArgs};
use crate::discover::Input;
use crate::settings::Configs;

/// mimalloc: a run allocates for every file, finding and printed line, on every core
/// (docs/performance.md measures what it saves). WASI keeps the standard allocator.
#[cfg(not(target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Under WASI (the npm package's `amlint` command) the working folder is the one the host
    // passes; paths then mean what they mean natively.
    #[cfg(target_os = "wasi")]
    if let Some(folder) = std::env::var_os("PWD") {
        let _ = std::env::set_current_dir(folder);
    }
    let arguments: Vec<std::ffi::OsString> = std::env::args_os().collect();
    ui::set(args::help_locale(&arguments));
    let cli = match args::command(ui::locale())
        .try_get_matches_from(arguments)
        .and_then(|matches| <Cli as clap::FromArgMatches>::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(error) if ui::locale() == amlint::Locale::En => return print::usage(&error),
        Err(error) => return print::usage(&error.apply::<args::ClapWords>()),
    };
    let result = match cli.into_command() {
        Command::Check(args) => check(&args, None),
        Command::Diff(args) => check(&args.check, Some(&args.old)),
        Command::Rules { format, lang } => rules(format, lang),
        Command::Schema(args) => schema(&args),
        Command::Explain { rule, lang } => explain(&rule, lang),
        Command::Policy(args) => policy(&args),
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command, "amlint", &mut script);
            print::own(&script).map(|()| ExitCode::SUCCESS)
        }
        Command::Man => {
            let command = <Cli as clap::CommandFactory>::command();
            let mut page = Vec::new();
            clap_mangen::Man::new(command)
                .render(&mut page)
                .and_then(|()| print::own(&page))
                .map(|()| ExitCode::SUCCESS)
        }
    };
    match result {
        Ok(code) => code,
        // The reader went away (`amlint check specs | head`): nothing to say, and no one to say it to.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(2),
        Err(error) => {
            // Writing failed, or a file (a baseline) could not be read.
            let _ = print::problem(&error.to_string());
            ExitCode::from(2)
        }
    }
}

/// What `--fix` and `--diff` did to a run's files.
#[derive(Default)]
struct Fixes {
    /// Fixes applied (or, with `--diff`, that would be).
    count: usize,
    /// Files changed.
    files: usize,
    /// `--diff`: where the unified diffs are printed, each as it is made.
    diffs: Option<print::Pieces>,
    /// The fixed text of standard input.
    stdin: Option<String>,
    /// Files `--fix` did not write, and why.
    failures: Vec<(std::path::PathBuf, String)>,
}

impl Fixes {
    /// Fixes one checked file as the flags ask: writes it (or, for standard input, keeps the text
    /// to print), or adds its diff. Returns the text and report to show: what is left.
    #[allow(
        clippy::too_many_arguments,
        reason = "one call, in check_all: each argument is a different part of the run"
    )]
    fn fix(
        &mut self,
        args: &CheckArgs,
        input: &Input,
        options: &Options,
        parameter_files: &ParameterFiles,
        label: &str,
        text: String,
        report: FileReport,
    ) -> std::io::Result<(String, FileReport)> {
        // What `--diff` cannot read it cannot show: that must not pass for "nothing to change".
        if args.diff
            && let Some(finding) = report
                .diagnostics
                .iter()
                .find(|d| amlint::ALWAYS_ON.iter().any(|r| std::ptr::eq(*r, d.rule)))
        {
            let why = ui::say("cli.diff_not_read", &[("code", finding.code())]);
            self.failures.push((label.into(), why));
            return Ok((text, report));
        }
        // Only a file amlint could read has fixes (`apply::resolve`); nothing else is rewritten.
        if !report.diagnostics.iter().any(|d| d.fix.is_some()) {
            return Ok((text, report));
        }
        let (bom, body) = match text.strip_prefix('\u{feff}') {
            Some(body) => ("\u{feff}", body),
            None => ("", text.as_str()),
        };
        // A template is checked again as one, with its (first) parameter file, read again; a
        // Terraform file with its module.
        let form = args.input.form();
        let fixed = if form.reads_as_terraform(terraform_name(input, &args.stdin_filename)) {
            let module =
                terraform_module(input.path(), &args.var_files, options, &Modules::default())
                    .map_err(std::io::Error::other)?;
            amlint::apply::fix_terraform_text(body, &module, options, args.unsafe_fixes)
        } else {
            let parameters = match input.path() {
                Some(path) if form.reads_as_arm(body.as_bytes()) => {
                    parameter_files_for(path, options, parameter_files)
                        .ok()
                        .and_then(|files| files.into_iter().next())
                        .map(|(_, text)| text)
                }
                _ => None,
            };
            amlint::apply::fix_text_as(
                body,
                form,
                parameters.as_deref(),
                options,
                args.unsafe_fixes,
            )
        };
        if fixed.fixed == 0 {
            return Ok((text, report));
        }
        let new_text = format!("{bom}{}", fixed.text);
        if args.diff {
            self.count += fixed.fixed;
            self.files += 1;
            if let Some(out) = &mut self.diffs {
                out.write(&diff::unified(
                    label,
                    body,
                    &report.secrets,
                    &fixed.text,
                    &fixed.report.secrets,
                ))?;
            }
            return Ok((text, report));
        }
        // A file that is not written is a failure of the run, and its report is the one checked.
        let written = match input {
            Input::Stdin => {
                self.stdin = Some(new_text.clone());
                Ok(())
            }
            Input::Linked(_) => Err(ui::say("cli.fix_outside", &[])),
            Input::Named(path) | Input::Found(path) => {
                output::write_in_place(path, text.as_bytes(), new_text.as_bytes())
            }
        };
        if let Err(why) = written {
            self.failures.push((label.into(), why));
            return Ok((text, report));
        }
        self.count += fixed.fixed;
        self.files += 1;
        Ok((new_text, fixed.report))
    }
}

/// What became of one input.
#[allow(
    clippy::large_enum_variant,
    reason = "one per input, made once and moved once: a box would only add an allocation"
)]
enum Outcome {
    Checked(String, FileReport),
    Skipped,
    Failed(String),
}

/// How the inputs are read: as what, and whether only compute specs count.
#[derive(Clone, Copy)]
struct Reading<'r> {
    form: amlint::InputForm,
    specs_only: bool,
    /// `--var-file`s, for Terraform files.
    var_files: &'r [std::path::PathBuf],
    /// The Terraform modules read so far.
    modules: &'r Modules,
    /// How long the Bicep CLI may take to build a `.bicep` file, in seconds.
    bicep_timeout: u64,
    /// The parameter files templates are checked with.
    parameter_files: &'r ParameterFiles,
}

/// The name that says whether an input is a Terraform file: its file name, or standard input's
/// `--stdin-filename`.
fn terraform_name<'i>(input: &'i Input, stdin_name: &'i str) -> Option<&'i str> {
    match input.path() {
        Some(path) => path.file_name().and_then(std::ffi::OsStr::to_str),
        None => Some(stdin_name),
    }
}

/// Most `.tf` and `*.auto.tfvars` files of a module read.
const MAX_MODULE_FILES: usize = 256;

/// The Terraform modules read in a run, by folder: each is read and parsed once, for all its
/// files.
type Modules = Mutex<Vec<(std::path::PathBuf, Result<Arc<ReadModule>, String>)>>;

/// A module as read: what it states, and its `.tf` files that do not parse (by file name, with
/// what is wrong), which state nothing.
struct ReadModule {
    module: Arc<amlint::TerraformModule>,
    broken: Vec<(std::ffi::OsString, String)>,
}

/// What a Terraform file's module states: its folder's `.tf` files, `terraform.tfvars` (and
/// `.json`), the `*.auto.tfvars` (and `.json`) files by name and the `--var-file`s, each read
/// as any file is, bounded; read once per folder in a run (`modules`).
///
/// # Errors
/// One of them cannot be read (a pipe, a device, too large) or is not text, a var file is not
/// there or does not parse, or another `.tf` file of the module does not parse (its variables
/// and locals would silently be unknown; the file itself is told as it is checked): in words
/// naming it.
fn terraform_module(
    file: Option<&std::path::Path>,
    var_files: &[std::path::PathBuf],
    options: &Options,
    modules: &Modules,
) -> Result<Arc<amlint::TerraformModule>, String> {
    let folder = file.map(|file| match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    });
    let key = folder.clone().unwrap_or_default();
    let known = modules
        .lock()
        .ok()
        .and_then(|read| read.iter().find(|(k, _)| *k == key).map(|(_, m)| m.clone()));
    let read = match known {
        Some(read) => read,
        None => {
            let read = read_module(folder.as_deref(), var_files, options).map(Arc::new);
            if let Ok(mut modules) = modules.lock() {
                modules.push((key, read.clone()));
            }
            read
        }
    }?;
    let name = file.and_then(Path::file_name);
    match read
        .broken
        .iter()
        .find(|(broken, _)| Some(broken.as_os_str()) != name)
    {
        Some((_, problem)) => Err(problem.clone()),
        None => Ok(read.module.clone()),
    }
}

/// The files of the Terraform module in `folder` that a run reads (besides `--var-file`s), in the
/// order it reads them: `terraform.tfvars` (and `.json`), then its `.tf` and `*.auto.tfvars` (and
/// `.json`) files by name, at most [`MAX_MODULE_FILES`] of these. Listed, not read: a name may not
/// be there.
fn module_files(folder: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut names: Vec<std::path::PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| {
                    path.file_name()
                        .and_then(std::ffi::OsStr::to_str)
                        .is_some_and(|n| {
                            n.ends_with(".tf")
                                || n.ends_with(".auto.tfvars")
                                || n.ends_with(".auto.tfvars.json")
                        })
                })
                // Terraform reads the files of a module's folder, not its folders (`x.tf/`).
                .filter(|path| !path.is_dir())
                .take(MAX_MODULE_FILES)
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names.insert(0, folder.join("terraform.tfvars.json"));
    names.insert(0, folder.join("terraform.tfvars"));
    names
}

/// The files a run will read besides its inputs, once it checks them (those read while it plans,
/// configs, ignore files, context and parameter files, [`files`] remembers): the `--var-file`s,
/// the module files beside each Terraform file, and the parameter file a template's name links.
/// For refusing a report aimed at one before anything is written ([`output::check_writes`]).
fn reads_to_come(args: &CheckArgs, inputs: &[(Input, Options)]) -> Vec<std::path::PathBuf> {
    let form = args.input.form();
    let mut later = args.var_files.clone();
    let mut folders = std::collections::BTreeSet::new();
    for path in inputs.iter().filter_map(|(input, _)| input.path()) {
        let name = path.file_name().and_then(std::ffi::OsStr::to_str);
        if form.reads_as_terraform(name) {
            let folder = match path.parent() {
                Some(parent) if !parent.as_os_str().is_empty() => parent,
                _ => Path::new("."),
            };
            if folders.insert(folder.to_path_buf()) {
                later.extend(module_files(folder));
            }
        }
        if let Some(linked) = name.and_then(amlint::parameter_file_name) {
            later.push(path.with_file_name(linked));
        }
    }
    later
}

fn read_module(
    folder: Option<&std::path::Path>,
    var_files: &[std::path::PathBuf],
    options: &Options,
) -> Result<ReadModule, String> {
    let limit = u64::try_from(options.max_bytes).unwrap_or(u64::MAX);
    let text = |path: &std::path::Path, bytes: Vec<u8>| {
        String::from_utf8(bytes).map_err(|_| {
            format!(
                "{}: {}",
                path.display(),
                ui::say("cli.context_not_text", &[])
            )
        })
    };
    let mut files = Vec::new();
    let mut broken = Vec::new();
    let mut tfvars = Vec::new();
    if let Some(folder) = folder {
        for path in module_files(folder) {
            let bytes = match files::read_optional(&path, limit) {
                Ok(Some(bytes)) => bytes,
                Ok(None) => continue,
                Err(refused) => {
                    return Err(format!("{}: {}", path.display(), refused.describe(limit)));
                }
            };
            let read = text(&path, bytes)?;
            if path.extension().is_some_and(|e| e == "tf") {
                if let (Some(problem), Some(name)) = (
                    amlint::module_file_problem(&read, ui::locale()),
                    path.file_name(),
                ) {
                    broken.push((name.to_owned(), format!("{}: {problem}", path.display())));
                }
                files.push(read);
            } else {
                tfvars.push(var_file(&path, read)?);
            }
        }
    }
    for path in var_files {
        tfvars.push(var_file(path, files::read_text(path, limit)?)?);
    }
    Ok(ReadModule {
        module: Arc::new(amlint::TerraformModule::new(&files, &tfvars)),
        broken,
    })
}

/// A variable definitions file's text, or an error naming it when Terraform would not read it
/// (its values would silently be unknown).
fn var_file(path: &Path, text: String) -> Result<String, String> {
    match amlint::var_file_problem(&text, ui::locale()) {
        None => Ok(text),
        Some(problem) => Err(format!("{}: {problem}", path.display())),
    }
}

/// A parameter file's text, or an error naming it when ARM would not read it (the template's
/// parameters would silently be unknown).
fn parameter_file(path: &Path, text: String) -> Result<String, String> {
    match amlint::parameter_file_problem(&text, ui::locale()) {
        None => Ok(text),
        Some(problem) => Err(format!("{}: {problem}", path.display())),
    }
}

fn read_and_check(
    input: &Input,
    stdin_name: &str,
    options: &Options,
    reading: Reading<'_>,
) -> (String, Outcome) {
    let specs_only = reading.specs_only;
    let label = input
        .path()
        .map_or_else(|| stdin_name.to_owned(), |p| p.display().to_string());
    let bytes = match input {
        Input::Stdin => {
            let mut buffer = Vec::new();
            let limit = u64::try_from(options.max_bytes).unwrap_or(u64::MAX) + 1;
            match std::io::stdin().take(limit).read_to_end(&mut buffer) {
                // Read one byte past the limit only: how far the stream goes is not known.
                Ok(_) if buffer.len() > options.max_bytes => {
                    let report = amlint::stream_too_large(options);
                    return (label, Outcome::Checked(String::new(), report));
                }
                Ok(_) => buffer,
                Err(e) => return (label, Outcome::Failed(e.to_string())),
            }
        }
        Input::Named(path) | Input::Found(path) | Input::Linked(path) => {
            match files::read_spec(path, options) {
                Ok(Ok(bytes)) => bytes,
                Ok(Err(report)) => return (label, Outcome::Checked(String::new(), report)),
                Err(error) => return (label, Outcome::Failed(error)),
            }
        }
    };
    if reading
        .form
        .reads_as_terraform(terraform_name(input, stdin_name))
    {
        let module =
            match terraform_module(input.path(), reading.var_files, options, reading.modules) {
                Ok(module) => module,
                Err(error) => return (label, Outcome::Failed(error)),
            };
        let report = amlint::check_terraform_bytes(&bytes, &module, options);
        let found = matches!(input, Input::Found(_) | Input::Linked(_))
            || (specs_only && matches!(input, Input::Named(_)));
        if found && !report.looks_like_compute_spec() {
            return (label, Outcome::Skipped);
        }
        let text = String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        return (label, Outcome::Checked(text, report));
    }
    let found = matches!(input, Input::Found(_) | Input::Linked(_))
        || (specs_only && matches!(input, Input::Named(_)));
    if let Some(path) = input.path().filter(|p| is_bicep(p, reading.form))
        && let Ok(text) = std::str::from_utf8(&bytes)
    {
        if found && !amlint::may_declare_computes(text) {
            return (label, Outcome::Skipped);
        }
        let parameters = match parameter_files_for(path, options, reading.parameter_files) {
            Err(error) => return (label, Outcome::Failed(error)),
            Ok(files) => files,
        };
        let build = bicep::build(path, options.max_bytes, reading.bicep_timeout);
        let report = amlint::check_bicep_text(text, &build, &as_slices(&parameters), options);
        if found && !report.looks_like_compute_spec() {
            return (label, Outcome::Skipped);
        }
        return (label, Outcome::Checked(text.to_owned(), report));
    }
    let parameters = match input.path() {
        Some(path) if reading.form.reads_as_arm(&bytes) => {
            match parameter_files_for(path, options, reading.parameter_files) {
                Err(error) => return (label, Outcome::Failed(error)),
                Ok(files) => files,
            }
        }
        _ => Vec::new(),
    };
    let report = amlint::check_bytes_with(&bytes, reading.form, &as_slices(&parameters), options);
    if found && !report.looks_like_compute_spec() {
        return (label, Outcome::Skipped);
    }
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    (label, Outcome::Checked(text, report))
}

/// Whether a file is a `.bicep` file, built with the Bicep CLI and checked as the template it
/// gives (unless `--input azml` says it is a spec).
fn is_bicep(path: &Path, form: amlint::InputForm) -> bool {
    form != amlint::InputForm::Azml
        && path
            .extension()
            .and_then(std::ffi::OsStr::to_str)
            .is_some_and(|e| e.eq_ignore_ascii_case("bicep"))
}

/// The parameter files templates are checked with, decided before any input is checked.
#[derive(Default)]
struct ParameterFiles {
    /// `--parameters FILE`: its name and text, for every template.
    given: Option<(String, String)>,
    /// The parameter files among the inputs whose `metadata.template` names a template that is
    /// checked too, by the template's canonical path.
    linked: std::collections::HashMap<std::path::PathBuf, Vec<std::path::PathBuf>>,
}

/// Whether a file's name is a parameter file's, as PSRule for Azure takes them
/// (`*.parameters.json`, `*.parameters.jsonc`).
fn is_parameter_file(path: &Path) -> bool {
    path.file_name()
        .and_then(std::ffi::OsStr::to_str)
        .map(str::to_ascii_lowercase)
        .is_some_and(|name| {
            name.ends_with(".parameters.json") || name.ends_with(".parameters.jsonc")
        })
}

/// `--parameters`, read; and the parameter files among the inputs that link a template checked in
/// the run by their `metadata.template` (`./x.json` is beside the parameter file, `x.json` in the
/// working folder, as PSRule reads it). Those are read with their template, and not checked as
/// specs themselves; one that cannot be read here is checked (and its problem reported) as any
/// input is.
///
/// # Errors
/// `--parameters` names a file that cannot be read, or is not text.
fn link_parameter_files(
    args: &CheckArgs,
    inputs: &mut Vec<(Input, Options)>,
) -> Result<ParameterFiles, String> {
    let limit = u64::try_from(amlint::MAX_BYTES).unwrap_or(u64::MAX);
    let given = match &args.parameters {
        Some(path) => Some((
            path.display().to_string(),
            parameter_file(path, files::read_text(path, limit)?)?,
        )),
        None => None,
    };
    let mut linked: std::collections::HashMap<_, Vec<_>> = std::collections::HashMap::new();
    // Resolving every input's path costs a system call per folder in it: only when there is a
    // parameter file that could link one.
    if !inputs
        .iter()
        .any(|(input, _)| input.path().is_some_and(is_parameter_file))
    {
        return Ok(ParameterFiles { given, linked });
    }
    let checked: std::collections::HashSet<std::path::PathBuf> = inputs
        .iter()
        .filter_map(|(input, _)| input.path().map(discover::canonical))
        .collect();
    let mut consumed = Vec::new();
    for (at, (input, _)) in inputs.iter().enumerate() {
        let Some(path) = input.path().filter(|p| is_parameter_file(p)) else {
            continue;
        };
        let Ok(Some(bytes)) = files::read_optional(path, limit) else {
            continue;
        };
        let Some(template) = std::str::from_utf8(&bytes)
            .ok()
            .and_then(amlint::linked_template)
        else {
            continue;
        };
        let relative = ["./", "../", ".\\", "..\\"]
            .iter()
            .any(|prefix| template.starts_with(prefix));
        let target = match path.parent() {
            Some(folder) if relative => folder.join(&template),
            _ => std::path::PathBuf::from(&template),
        };
        let target = discover::canonical(&target);
        if checked.contains(&target) {
            linked.entry(target).or_default().push(path.to_path_buf());
            consumed.push(at);
        }
    }
    for at in consumed.into_iter().rev() {
        inputs.remove(at);
    }
    Ok(ParameterFiles { given, linked })
}

/// The parameter files a template is checked with, by name and text: `--parameters`, else the
/// one its name links (`x.json` → `x.parameters.json`) and those linking it by metadata; each
/// read as any file is, bounded.
///
/// # Errors
/// One is there but cannot be read, or is not text: in words naming it.
fn parameter_files_for(
    template: &Path,
    options: &Options,
    parameter_files: &ParameterFiles,
) -> Result<Vec<(String, String)>, String> {
    if let Some(given) = &parameter_files.given {
        return Ok(vec![given.clone()]);
    }
    let limit = u64::try_from(options.max_bytes).unwrap_or(u64::MAX);
    let read = |path: &Path| -> Result<Option<(String, String)>, String> {
        let named = |why: String| format!("{}: {why}", path.display());
        match files::read_optional(path, limit) {
            Ok(None) => Ok(None),
            Ok(Some(bytes)) => {
                let text = String::from_utf8(bytes)
                    .map_err(|_| named(ui::say("cli.context_not_text", &[])))?;
                Ok(Some((
                    path.display().to_string(),
                    parameter_file(path, text)?,
                )))
            }
            Err(refused) => Err(named(refused.describe(limit))),
        }
    };
    let mut out = Vec::new();
    let by_name = template
        .file_name()
        .and_then(std::ffi::OsStr::to_str)
        .and_then(amlint::parameter_file_name)
        .map(|name| template.with_file_name(name));
    if let Some(path) = &by_name {
        out.extend(read(path)?);
    }
    let by_name = by_name.as_deref().map(discover::canonical);
    if !parameter_files.linked.is_empty() {
        let key = discover::canonical(template);
        for path in parameter_files.linked.get(&key).into_iter().flatten() {
            if by_name.as_ref() != Some(&discover::canonical(path)) {
                out.extend(read(path)?);
            }
        }
    }
    Ok(out)
}

/// Names and texts as the library takes them.
fn as_slices(files: &[(String, String)]) -> Vec<(&str, &str)> {
    files
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect()
}

/// `work` done on every item, on as many threads as there are cores; the results in the items'
/// order.
fn in_parallel<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(items.len().max(1));
    // One worker needs no thread (and WASI, where the npm package runs this, has none).
    if workers == 1 {
        return items.iter().map(work).collect();
    }
    let results: Vec<Mutex<Option<R>>> = items.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else {
                        break;
                    };
                    let result = work(item);
                    if let Some(slot) = results.get(i)
                        && let Ok(mut slot) = slot.lock()
                    {
                        *slot = Some(result);
                    }
                }
            });
        }
    });
    results
        .into_iter()
        .filter_map(|slot| slot.into_inner().ok().flatten())
        .collect()
}

/// How many inputs are read and checked (on every core) before their findings are handed on:
/// enough that starting each batch's threads and waiting for its slowest file cost little (see
/// docs/performance.md), few enough that the texts and reports held at once stay small (a report
/// printed as it goes keeps nothing else of a file).
const BATCH: usize = 1024;

/// `amlint check`, or with `old` `amlint diff OLD NEW`.
fn check(args: &CheckArgs, old: Option<&Path>) -> std::io::Result<ExitCode> {
    match plan(args, old) {
        Ok(run) => run.execute(args),
        Err(error) => {
            print::problem(&error)?;
            Ok(ExitCode::from(2))
        }
    }
}

/// `--baseline`, read.
fn read_baseline(args: &CheckArgs) -> std::io::Result<Option<Baseline>> {
    let Some(path) = &args.baseline else {
        return Ok(None);
    };
    let text = files::read_text(path, files::BASELINE_LIMIT).map_err(std::io::Error::other)?;
    let baseline = Baseline::parse(&text).map_err(|e| {
        let path = path.display().to_string();
        std::io::Error::other(ui::say(
            "cli.not_baseline",
            &[("path", &path), ("detail", &e)],
        ))
    })?;
    Ok(Some(baseline))
}

/// `--color` as anstream takes it.
fn color_choice(choice: ColorChoice) -> anstream::ColorChoice {
    match choice {
        ColorChoice::Auto => anstream::ColorChoice::Auto,
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
    }
}

/// What a check run will do, decided before any input is read: its inputs, the options for each,
/// and the run-wide settings.
struct Plan {
    inputs: Vec<(Input, Options)>,
    failures: Vec<(std::path::PathBuf, String)>,
    settings: Settings,
    format: Format,
    /// The config file of the working folder, which the run-wide settings come from.
    run_config: Option<std::sync::Arc<settings::Found>>,
    /// Whether no input was given that could be checked.
    nothing: bool,
    /// How long the Bicep CLI may take to build a `.bicep` file, in seconds.
    bicep_timeout: u64,
    /// The parameter files templates are checked with.
    parameter_files: ParameterFiles,
}

fn plan(args: &CheckArgs, old: Option<&Path>) -> Result<Plan, String> {
    if old.is_some() && (args.paths.len() != 1 || !args.previous.is_empty()) {
        return Err(ui::say("cli.diff_usage", &[]));
    }
    let flags = args.selection();
    flags
        .levels()
        .map_err(|e| ui::say("cli.flags", &[("problem", &e.text(ui::locale()))]))?;
    let mut configs = Configs::new(args.config.as_deref(), args.isolated)?;
    let run_config = configs.for_folder(std::path::Path::new("."))?;
    let (found, failures) = discover::inputs(&args.paths);
    let nothing = found.is_empty();
    let mut inputs = Vec::with_capacity(found.len());
    for input in found {
        let path = input.path().map_or_else(
            || std::path::PathBuf::from(&args.stdin_filename),
            Path::to_path_buf,
        );
        let folder = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        let folder = if folder.as_os_str().is_empty() {
            ".".into()
        } else {
            folder
        };
        let config = configs.for_folder(&folder)?;
        let levels = match &config {
            Some(found) => {
                let relative = found.relative(&path);
                let named = !matches!(input, Input::Found(_) | Input::Linked(_));
                if !matches!(input, Input::Stdin)
                    && found
                        .config
                        .leaves_out(&relative, named, args.force_exclude)
                {
                    continue;
                }
                found.config.levels_for(&relative, &flags)
            }
            None => flags.levels(),
        }
        .map_err(|e| e.text(ui::locale()))?;
        inputs.push((
            input,
            Options {
                levels,
                ..Options::default()
            },
        ));
    }
    let parameter_files = link_parameter_files(args, &mut inputs)?;
    let file = run_config.as_ref().map(|f| &f.config.file);
    let locale = ui::language(args.lang, file.and_then(|f| f.lang.as_deref()))?;
    let policy = run_config
        .as_ref()
        .and_then(|f| Some((f.path.as_path(), f.config.file.policy.as_ref()?)));
    if let Some(context) = context_files::read(args, old, policy, locale)? {
        for (_, options) in &mut inputs {
            options.context = Some(context.clone());
        }
    }
    let format = Format::choose(
        args.format,
        file.and_then(|f| f.format),
        std::env::var("GITHUB_ACTIONS").ok().as_deref(),
        std::env::var("TF_BUILD").ok().as_deref(),
    );
    let config_path = run_config.as_ref().map(|f| f.path.as_path());
    let later = reads_to_come(args, &inputs);
    output::check_writes(args, old, &inputs, &later, config_path, format)?;
    Ok(Plan {
        inputs,
        failures,
        settings: amlint::config::Config::settings(
            run_config.as_ref().map(|f| &f.config),
            args.fail_on,
            args.exit_zero,
            locale,
        ),
        format,
        run_config,
        nothing,
        bicep_timeout: bicep::timeout()?,
        parameter_files,
    })
}

impl Plan {
    fn execute(mut self, args: &CheckArgs) -> std::io::Result<ExitCode> {
        if args.show_settings {
            return self.show(args);
        }
        if let Some(stream) = self.stream(args) {
            return self.write_as_checked(args, stream);
        }
        let mut checked = Vec::new();
        let mut fixes = Fixes {
            diffs: args.diff.then(|| print::Pieces::stdout(print::PLAIN)),
            ..Fixes::default()
        };
        // `--write-baseline` keeps what it records of a file (and a count), not the file.
        let mut recorded = args
            .write_baseline
            .as_ref()
            .map(|_| (Baseline::default(), 0));
        let settings = self.settings;
        self.check_all(args, &mut fixes, |_, files| {
            match &mut recorded {
                Some((baseline, count)) => {
                    baseline.record(files, &settings);
                    *count += files
                        .iter()
                        .map(|f| f.report.diagnostics.len())
                        .sum::<usize>();
                    files.clear();
                }
                // `--diff` printed what it shows of them.
                None if args.diff => files.clear(),
                None => checked.append(files),
            }
            Ok(())
        })?;
        if args.diff {
            return self.preview(fixes);
        }
        if let Some(text) = &fixes.stdin {
            print::data(text.as_bytes())?;
        }
        if args.fix {
            self.tell_fixed(&fixes)?;
        }
        self.tell_failures()?;
        let trouble = !self.failures.is_empty() || (self.nothing && checked.is_empty());
        if self.nothing && self.failures.is_empty() {
            print::problem(&ui::say("cli.no_files", &[]))?;
        }
        if let (Some(path), Some((baseline, count))) = (&args.write_baseline, &recorded) {
            return self.record(path, baseline, *count, trouble);
        }
        if let Some(mut baseline) = read_baseline(args)? {
            baseline.filter(&mut checked, &self.settings);
        }
        self.report(args, &checked, fixes.stdin.is_some(), trouble)
    }

    /// The report to write file by file as the inputs are checked, when the run asks for
    /// nothing that needs every file first: no `--diff` or `--write-baseline`, and no `--fix` of
    /// standard input (whose fixed text takes standard output before the report).
    fn stream(&self, args: &CheckArgs) -> Option<report::Stream> {
        let fixes_stdin = args.fix
            && self
                .inputs
                .iter()
                .any(|(input, _)| matches!(input, Input::Stdin));
        if fixes_stdin || args.diff || args.write_baseline.is_some() {
            return None;
        }
        if args.statistics {
            return Some(report::Stream::statistics(&self.settings));
        }
        let style = if args.output_file.is_none()
            && self.format.is_human()
            && print::styled(color_choice(args.color))
        {
            Style::Ansi
        } else {
            Style::Plain
        };
        report::Stream::new(self.format, &self.settings, style, !args.quiet)
    }

    /// Checks the inputs and writes each batch's findings (on standard output or to `-o`, and to
    /// every `--report` file) before the next is read; keeps of a file only what the cross-file
    /// rules, the baseline and the reports' counts need.
    fn write_as_checked(
        mut self,
        args: &CheckArgs,
        stream: report::Stream,
    ) -> std::io::Result<ExitCode> {
        let mut baseline = read_baseline(args)?;
        // Every target opened (a named pipe without a reader refused) before any report starts.
        let main = match &args.output_file {
            Some(path) => {
                let file = output::Atomic::create(path, self.format.syntax(false))?;
                To::File(Box::new(file))
            }
            None => {
                let styled = self.format.is_human() && print::styled(color_choice(args.color));
                To::Stdout(print::Pieces::stdout(self.format.syntax(styled)))
            }
        };
        let mut more = Vec::new();
        for (format, path) in &args.report {
            // Every format can be written file by file once the `reports` feature is built.
            if let Some(stream) =
                report::Stream::new(*format, &self.settings, Style::Plain, !args.quiet)
            {
                let file = output::Atomic::create(path, format.syntax(false))?;
                more.push((stream, To::File(Box::new(file))));
            }
        }
        let mut sinks = vec![Sink::start(stream, main)?];
        for (stream, to) in more {
            sinks.push(Sink::start(stream, to)?);
        }
        // With `--fix`, what could not be read or written is told after the fixes are counted.
        let fixing = args.fix;
        if !fixing {
            self.tell_failures()?;
        }
        let mut failed = !self.failures.is_empty();
        let settings = self.settings;
        // The GitHub step summary's table rows, rendered with the report's parts.
        let step_summary = self.step_summary();
        let mut rows = String::new();
        let mut fixes = Fixes::default();
        let mut told = 0;
        self.check_all(args, &mut fixes, |failures, files| {
            if !fixing {
                for (path, error) in failures.drain(..) {
                    print::problem(&format!("{}: {error}", path.display()))?;
                    failed = true;
                    told += 1;
                }
            }
            if let Some(baseline) = &mut baseline {
                baseline.filter(files, &settings);
            }
            let streams: Vec<&report::Stream> = sinks.iter().map(|sink| &sink.stream).collect();
            let parts = in_parallel(files, |file| {
                let row = step_summary
                    .is_some()
                    .then(|| report::github_summary_rows(file, &settings));
                let parts: Vec<report::Part> =
                    streams.iter().map(|stream| stream.part(file)).collect();
                (parts, row)
            });
            files.clear();
            for (parts, row) in parts {
                for (sink, part) in sinks.iter_mut().zip(parts) {
                    let text = sink.stream.add(part);
                    sink.write(&text)?;
                }
                rows.push_str(row.as_deref().unwrap_or_default());
            }
            Ok(())
        })?;
        if fixing {
            self.tell_fixed(&fixes)?;
            self.tell_failures()?;
            failed = !self.failures.is_empty();
        }
        if self.nothing && !failed {
            print::problem(&ui::say("cli.no_files", &[]))?;
        }
        let trouble = failed || self.nothing;
        // The summary says how many inputs were not checked, lest "no problems" read as a pass.
        for sink in &mut sinks {
            sink.stream.unchecked(self.failures.len() + told);
        }
        let mut sinks = sinks.into_iter();
        let Some(main) = sinks.next() else {
            return Ok(ExitCode::from(2));
        };
        let code = report::exit_code(report::Run::Streamed(&main.stream), &settings, trouble);
        let main = main.finish(code)?;
        for sink in sinks {
            sink.finish(code)?;
        }
        if let Some(path) = step_summary {
            let summary = main.github_summary(&rows);
            let summary = report::for_ci(&summary, print::PLAIN);
            output::append(Path::new(&path), summary.as_bytes())?;
        }
        Ok(ExitCode::from(code))
    }

    /// Reads and checks the inputs a batch at a time on every core, fixing each as the flags
    /// ask, then runs the cross-file rules in input order; hands each batch's files to `take`,
    /// with the inputs that could not be read or written so far (which `take` may keep or
    /// take away: those left join the run's failures).
    fn check_all(
        &mut self,
        args: &CheckArgs,
        fixes: &mut Fixes,
        mut take: impl FnMut(
            &mut Vec<(std::path::PathBuf, String)>,
            &mut Vec<File>,
        ) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let mut cross_file = amlint::CrossFile::default();
        let mut failures = Vec::new();
        let modules = Modules::default();
        for batch in self.inputs.chunks(BATCH) {
            let reading = Reading {
                form: args.input.form(),
                specs_only: args.specs_only,
                var_files: &args.var_files,
                modules: &modules,
                bicep_timeout: self.bicep_timeout,
                parameter_files: &self.parameter_files,
            };
            let results = in_parallel(batch, |(input, options)| {
                read_and_check(input, &args.stdin_filename, options, reading)
            });
            let mut checked = Vec::with_capacity(results.len());
            for ((label, outcome), (input, options)) in results.into_iter().zip(batch) {
                match outcome {
                    Outcome::Checked(text, report) => {
                        let (text, report) = if args.fix || args.diff {
                            let files = &self.parameter_files;
                            fixes.fix(args, input, options, files, &label, text, report)?
                        } else {
                            (text, report)
                        };
                        let mut file = File {
                            label,
                            text,
                            report,
                        };
                        cross_file.check(&mut file);
                        checked.push(file);
                    }
                    Outcome::Failed(error) => failures.push((label.into(), error)),
                    Outcome::Skipped => {}
                }
            }
            failures.append(&mut fixes.failures);
            take(&mut failures, &mut checked)?;
        }
        self.failures.append(&mut failures);
        Ok(())
    }

    /// `--fix`: how many fixes were applied, to how many files.
    fn tell_fixed(&self, fixes: &Fixes) -> std::io::Result<()> {
        let (count, files) = (fixes.count.to_string(), fixes.files.to_string());
        let note = amlint::messages::phrase(
            self.settings.locale,
            "cli.fixed",
            &[("count", &count), ("files", &files)],
        );
        print::problem(&note)
    }

    fn tell_failures(&self) -> std::io::Result<()> {
        for (path, error) in &self.failures {
            print::problem(&format!("{}: {error}", path.display()))?;
        }
        Ok(())
    }

    /// `--diff`: the diffs of what `--fix` would change, and the failures.
    fn preview(&self, fixes: Fixes) -> std::io::Result<ExitCode> {
        if let Some(out) = fixes.diffs {
            out.finish()?;
        }
        self.tell_failures()?;
        let run = report::Run::Previewed {
            changes: fixes.count,
        };
        let trouble = !self.failures.is_empty();
        Ok(ExitCode::from(report::exit_code(
            run,
            &self.settings,
            trouble,
        )))
    }

    /// `--write-baseline`: the findings recorded, and a note saying how many (`count`: all the
    /// run found, those that are never recorded too).
    fn record(
        &self,
        path: &Path,
        baseline: &Baseline,
        count: usize,
        trouble: bool,
    ) -> std::io::Result<ExitCode> {
        output::write_atomically(path, &baseline.text(), Syntax::Json)?;
        let (count, path) = (count.to_string(), path.display().to_string());
        let note = amlint::messages::phrase(
            self.settings.locale,
            "cli.recorded",
            &[("count", &count), ("path", &path)],
        );
        print::problem(&note)?;
        let code = report::exit_code(report::Run::Recorded, &self.settings, trouble);
        Ok(ExitCode::from(code))
    }

    /// The report: in the run's format on standard output (or standard error, when standard
    /// output holds the fixed text of standard input), or `-o`; the `--report` files; the GitHub
    /// step summary.
    fn report(
        &self,
        args: &CheckArgs,
        checked: &[File],
        stdout_taken: bool,
        trouble: bool,
    ) -> std::io::Result<ExitCode> {
        let code = report::exit_code(report::Run::Checked(checked), &self.settings, trouble);
        let summary = !args.quiet;
        let main = if args.statistics {
            report::statistics(checked, self.settings.locale)
        } else {
            let to_terminal = args.output_file.is_none() && self.format.is_human();
            let style = if to_terminal {
                Style::Ansi
            } else {
                Style::Plain
            };
            report::render(self.format, checked, &self.settings, style, summary, code)
        };
        match &args.output_file {
            Some(path) => {
                let syntax = if args.statistics {
                    print::PLAIN
                } else {
                    self.format.syntax(false)
                };
                output::write_atomically(path, &main, syntax)?;
            }
            None if stdout_taken => {
                let plain = anstream::adapter::strip_str(&main).to_string();
                print::err(&plain, self.format.syntax(false))?;
            }
            None => {
                // Styled text, stripped where colour is not wanted (as anstream decides).
                let styled = print::styled(color_choice(args.color));
                let text = if styled {
                    main
                } else {
                    anstream::adapter::strip_str(&main).to_string()
                };
                let syntax = self.format.syntax(styled && self.format.is_human());
                print::out(&text, syntax)?;
            }
        }
        for (format, path) in &args.report {
            let text = report::render(
                *format,
                checked,
                &self.settings,
                Style::Plain,
                summary,
                code,
            );
            output::write_atomically(path, &text, format.syntax(false))?;
        }
        if let Some(path) = self.step_summary() {
            let summary = report::github_summary(checked, &self.settings);
            let summary = report::for_ci(&summary, print::PLAIN);
            output::append(Path::new(&path), summary.as_bytes())?;
        }
        Ok(ExitCode::from(code))
    }

    /// Where GitHub takes a job's step summary, when the run reports in its format.
    fn step_summary(&self) -> Option<std::ffi::OsString> {
        if self.format != Format::Github {
            return None;
        }
        std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty())
    }

    /// `--show-settings`: the run-wide settings, where they come from, and which config each
    /// input gets.
    fn show(&self, args: &CheckArgs) -> std::io::Result<ExitCode> {
        let mut out = String::new();
        match &self.run_config {
            Some(found) => {
                let path = settings::shown(&found.path);
                let _ = writeln!(out, "{}", ui::say("cli.settings.file", &[("path", &path)]));
            }
            None if args.isolated => {
                let _ = writeln!(out, "{}", ui::say("cli.settings.isolated", &[]));
            }
            None => {
                let _ = writeln!(out, "{}", ui::say("cli.settings.none", &[]));
            }
        }
        let file = amlint::config::Config::effective(
            self.run_config.as_ref().map(|f| &f.config),
            &args.selection(),
            &self.settings,
            self.format,
        );
        let _ = writeln!(out, "{}", amlint::config::Config::show(&file).trim_end());
        let count = self.inputs.len().to_string();
        let _ = writeln!(
            out,
            "{}",
            ui::say("cli.settings.files", &[("count", &count)])
        );
        print::out(&out, print::PLAIN)?;
        Ok(ExitCode::SUCCESS)
    }
}

/// Where a report written file by file goes.
enum To {
    Stdout(print::Pieces),
    File(Box<output::Atomic>),
}

/// A report written as the inputs are checked: its stream, where it goes, and, when its head can
/// only be written last ([`report::Stream::head_last`]), its parts kept aside until then.
struct Sink {
    stream: report::Stream,
    to: To,
    spill: Option<output::Spill>,
}

impl Sink {
    fn start(stream: report::Stream, mut to: To) -> std::io::Result<Sink> {
        let spill = if stream.head_last() {
            Some(output::Spill::new())
        } else {
            to.write(stream.head())?;
            None
        };
        Ok(Sink { stream, to, spill })
    }

    fn write(&mut self, text: &str) -> std::io::Result<()> {
        match &mut self.spill {
            Some(spill) => spill.write(text),
            None => self.to.write(text),
        }
    }

    /// The report's end written (with its head first, and the parts kept aside, when its head
    /// comes last) for a run that ends with `exit_code`; its stream handed back.
    fn finish(mut self, exit_code: u8) -> std::io::Result<report::Stream> {
        if let Some(spill) = self.spill.take() {
            self.to.write(&self.stream.late_head(exit_code))?;
            spill.drain(|text| self.to.write(text))?;
        }
        self.to.write(&self.stream.tail())?;
        match self.to {
            To::Stdout(out) => out.finish()?,
            To::File(file) => file.finish()?,
        }
        Ok(self.stream)
    }
}

impl To {
    fn write(&mut self, text: &str) -> std::io::Result<()> {
        match self {
            To::Stdout(out) => out.write(text),
            To::File(file) => file.write(text),
        }
    }
}

fn schema(args: &SchemaArgs) -> std::io::Result<ExitCode> {
    use amlint::schema::{self, Draft};
    let draft = Draft::parse(&args.draft).unwrap_or_default();
    let locale = args.lang.unwrap_or_default();
    let mode = schema::Mode::parse(&args.mode).unwrap_or_default();
    let policies = match schema_policies(args, locale) {
        Ok(policies) => policies,
        Err(problem) => {
            print::problem(&problem)?;
            return Ok(ExitCode::from(2));
        }
    };
    let narrowed = |schema: schemars::Schema, kind: amlint::Kind| match &policies {
        Some(context) => schema::for_policies(schema, kind, context.policies()),
        None => schema,
    };
    let in_language = |schema: &schemars::Schema| {
        schema::localized(&schema::for_mode(schema.clone(), mode), locale)
    };
    if let (true, Some(dir)) = (args.all, &args.out_dir) {
        output::out_dir(dir)?;
        for kind in amlint::Kind::ALL {
            output::write_atomically(
                &dir.join(schema::file_name(*kind)),
                &schema::pretty(&in_language(&narrowed(
                    schema::for_kind(*kind, draft),
                    *kind,
                ))),
                Syntax::Json,
            )?;
        }
        output::write_atomically(
            &dir.join(schema::COMBINED_FILE_NAME),
            &schema::pretty(&in_language(&schema::combined(draft))),
            Syntax::Json,
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let name = args.kind.as_deref().unwrap_or_default();
    let schema = if name.eq_ignore_ascii_case("compute") {
        schema::combined(draft)
    } else if name.eq_ignore_ascii_case("config") {
        amlint::config::schema()
    } else if let Some(kind) = amlint::Kind::from_type(name) {
        narrowed(schema::for_kind(kind, draft), kind)
    } else {
        let kinds: Vec<&str> = amlint::Kind::ALL.iter().map(|k| k.type_name()).collect();
        let problem = ui::say(
            "cli.unknown_kind",
            &[("name", &printable(name)), ("kinds", &kinds.join(", "))],
        );
        print::problem(&problem)?;
        return Ok(ExitCode::from(2));
    };
    print::out(&schema::pretty(&in_language(&schema)), report::Syntax::Json)?;
    Ok(ExitCode::SUCCESS)
}

/// The language of a command that reads no specs (`rules`, `explain`): as for `check`, with the
/// working folder's config file.
fn language_here(flag: Option<amlint::Locale>) -> Result<amlint::Locale, String> {
    let run_config = Configs::new(None, false)?.for_folder(Path::new("."))?;
    ui::language(
        flag,
        run_config
            .as_ref()
            .and_then(|f| f.config.file.lang.as_deref()),
    )
}

/// The policies `schema --config`/`--policy` narrows by, or `None` when neither is given (a
/// schema is a file to commit: it does not change with the folder it is made in).
fn schema_policies(
    args: &SchemaArgs,
    locale: amlint::Locale,
) -> Result<Option<amlint::context::Context>, String> {
    if args.config.is_none() && args.policy.is_empty() {
        return Ok(None);
    }
    let mut context = amlint::context::Context::new();
    let found = match &args.config {
        Some(path) => Configs::new(Some(path), false)?.for_folder(Path::new("."))?,
        None => None,
    };
    let policy = found
        .as_ref()
        .and_then(|f| Some((f.path.as_path(), f.config.file.policy.as_ref()?)));
    context_files::add_policies(&mut context, policy, &args.policy, locale)?;
    Ok(Some(context))
}

/// `amlint policy show`: the policies `check` would evaluate, read as `check` reads them.
fn policy(args: &args::PolicyArgs) -> std::io::Result<ExitCode> {
    let args::PolicyAction::Show = args.action;
    let shown = (|| -> Result<(String, report::Syntax), String> {
        let mut configs = Configs::new(args.config.as_deref(), args.isolated)?;
        let run_config = configs.for_folder(Path::new("."))?;
        let file = run_config.as_ref().map(|f| &f.config.file);
        let locale = ui::language(args.lang, file.and_then(|f| f.lang.as_deref()))?;
        let policy = run_config
            .as_ref()
            .and_then(|f| Some((f.path.as_path(), f.config.file.policy.as_ref()?)));
        let mut context = amlint::context::Context::new();
        context_files::add_policies(&mut context, policy, &args.policy, locale)?;
        Ok(match args.format {
            args::PolicyFormat::Text => (report::policies_text(&context, locale), print::PLAIN),
            args::PolicyFormat::Json => (report::policies_json(&context), report::Syntax::Json),
        })
    })();
    match shown {
        Ok((text, syntax)) => {
            print::out(&text, syntax)?;
            Ok(ExitCode::SUCCESS)
        }
        Err(problem) => {
            print::problem(&problem)?;
            Ok(ExitCode::from(2))
        }
    }
}

fn rules(format: ListFormat, lang: Option<amlint::Locale>) -> std::io::Result<ExitCode> {
    let locale = match language_here(lang) {
        Ok(locale) => locale,
        Err(error) => {
            print::problem(&error)?;
            return Ok(ExitCode::from(2));
        }
    };
    let (text, syntax) = match format {
        ListFormat::Text => (report::rules_text(locale), print::PLAIN),
        ListFormat::Json => (report::rules_json(), report::Syntax::Json),
        ListFormat::Markdown => (report::rules_markdown(locale), print::PLAIN),
    };
    print::out(&text, syntax)?;
    Ok(ExitCode::SUCCESS)
}

fn explain(code: &str, lang: Option<amlint::Locale>) -> std::io::Result<ExitCode> {
    let locale = match language_here(lang) {
        Ok(locale) => locale,
        Err(error) => {
            print::problem(&error)?;
            return Ok(ExitCode::from(2));
        }
    };
    let Some(rule) = amlint::by_code(code) else {
        print::problem(&ui::say("cli.unknown_rule", &[("rule", code)]))?;
        return Ok(ExitCode::from(2));
    };
    print::out(&report::explain(rule, locale), print::PLAIN)?;
    Ok(ExitCode::SUCCESS)
}
