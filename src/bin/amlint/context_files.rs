//! The context files of a run (`--previous`, `--existing`, `--sizes`, `--policy`, and `amlint
//! diff`'s OLD):
//! read from disk here, understood by the library (`amlint::context`). Any problem with one is the
//! run's error (exit 2): a context that cannot be read must not turn into a check without it.

use std::path::Path;
use std::sync::Arc;

use amlint::azure_policy::PolicySettings;
use amlint::context::Context;
use amlint::{ContextFile, Locale, Options};

use crate::args::CheckArgs;
use crate::discover::{self, Input};
use crate::ui;

/// The run's context, or `None` when no flag names one. `policy` is the run config's `[policy]`
/// and the config file it is in (its globs are relative to it).
pub(crate) fn read(
    args: &CheckArgs,
    old: Option<&Path>,
    policy: Option<(&Path, &PolicySettings)>,
    locale: Locale,
) -> Result<Option<Arc<Context>>, String> {
    let mut context = Context::new();
    let previous: Vec<&Path> = old
        .into_iter()
        .chain(args.previous.iter().map(|p| p.as_path()))
        .collect();
    for path in previous {
        let (found, failures) = discover::inputs(&[path.to_path_buf()]);
        if let Some((path, why)) = failures.first() {
            return Err(format!("{}: {why}", path.display()));
        }
        let mut added = 0;
        for input in &found {
            let Some(file) = input.path() else {
                return Err(ui::say("cli.context_stdin", &[]));
            };
            let text = text(file)?;
            // In a folder, as in a folder `check` walks, only what looks like a compute spec.
            if matches!(input, Input::Found(_))
                && !amlint::check_text(&text, &Options::default()).looks_like_compute_spec()
            {
                continue;
            }
            let label = file.display().to_string();
            added += context
                .add(ContextFile::Previous, &label, &text, locale)
                .map_err(|e| located(file, &e))?;
        }
        if added == 0 {
            return Err(format!(
                "{}: {}",
                path.display(),
                ui::say("cli.context_no_specs", &[])
            ));
        }
    }
    for (kind, path) in [
        (ContextFile::Existing, &args.existing),
        (ContextFile::Sizes, &args.sizes),
    ] {
        if let Some(path) = path {
            let text = text(path)?;
            context
                .add(kind, &path.display().to_string(), &text, locale)
                .map_err(|e| located(path, &e))?;
        }
    }
    add_policies(&mut context, policy, &args.policy, locale)?;
    if old.is_some() {
        context = context.paired();
    }
    Ok((!context.is_empty()).then(|| Arc::new(context)))
}

/// The policies of `[policy]` and `--policy` files, in that order; then every parameter value
/// given must name a parameter of one of them.
pub(crate) fn add_policies(
    context: &mut Context,
    policy: Option<(&Path, &PolicySettings)>,
    files: &[std::path::PathBuf],
    locale: Locale,
) -> Result<(), String> {
    if let Some((config, settings)) = policy {
        configured_policies(context, config, settings, locale)?;
    }
    for path in files {
        add_policy_file(context, path, locale)?;
    }
    if policy.is_some() || !files.is_empty() {
        context
            .check_policy_parameters(locale)
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// One definition or policy-set file, read as every context file is.
fn add_policy_file(context: &mut Context, path: &Path, locale: Locale) -> Result<(), String> {
    let text = text(path)?;
    context
        .add(
            ContextFile::Policy,
            &path.display().to_string(),
            &text,
            locale,
        )
        .map(|_| ())
        .map_err(|e| located(path, &e))
}

/// `[policy]`: its parameters, presets, definition files (globs relative to the config file, in
/// path order) and simple settings, in that order, so a set may name a preset's definitions.
fn configured_policies(
    context: &mut Context,
    config: &Path,
    settings: &PolicySettings,
    locale: Locale,
) -> Result<(), String> {
    let named = |why: String| format!("{}: {why}", config.display());
    context.set_policy_parameters(settings.parameters.clone().into_iter().collect());
    for preset in &settings.preset {
        for (file, text) in preset.files() {
            let label = format!("preset {}: {file}", preset.name());
            context
                .add(ContextFile::Policy, &label, text, locale)
                .map_err(|e| named(e.to_string()))?;
        }
    }
    let folder = config.parent().unwrap_or(Path::new(""));
    for pattern in &settings.definitions {
        let paths = matching(folder, pattern).map_err(named)?;
        if paths.is_empty() {
            return Err(named(ui::say("cli.policy_no_match", &[("glob", pattern)])));
        }
        for path in paths {
            add_policy_file(context, &path, locale)?;
        }
    }
    let simple = settings.definitions();
    if !simple.is_empty() {
        let label = config.display().to_string();
        context
            .add_policy_definitions(&label, simple, locale)
            .map_err(|e| named(e.to_string()))?;
    }
    Ok(())
}

/// The files under `folder` a glob matches, sorted. Only the folder the glob's fixed part names is
/// walked (`policies/*.json` walks `policies/`); links are not followed into folders, and a linked
/// file is read through its link as any input is.
fn matching(folder: &Path, pattern: &str) -> Result<Vec<std::path::PathBuf>, String> {
    let glob = globset::Glob::new(pattern)
        .and_then(|g| globset::GlobSetBuilder::new().add(g).build())
        .map_err(|e| e.kind().to_string())?;
    let parts: Vec<&str> = pattern.split('/').collect();
    let fixed: Vec<&str> = parts
        .iter()
        .copied()
        .take_while(|part| !part.contains(['*', '?', '[', '{']))
        .collect();
    if fixed.len() == parts.len() {
        // No glob at all: the file itself.
        let path = folder.join(pattern);
        return Ok(if path.exists() {
            vec![path]
        } else {
            Vec::new()
        });
    }
    let base = folder.join(fixed.join("/"));
    // Everything but folders: a FIFO, a device or a link to one is matched too, and refused by
    // the bounded reader with its name, rather than left out without a word.
    let mut found: Vec<std::path::PathBuf> = ignore::WalkBuilder::new(&base)
        .standard_filters(false)
        .build()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_some_and(|t| !t.is_dir()))
        .map(ignore::DirEntry::into_path)
        .filter(|path| {
            let relative = path.strip_prefix(folder).unwrap_or(path);
            glob.is_match(
                relative
                    .to_string_lossy()
                    .replace(std::path::MAIN_SEPARATOR, "/"),
            )
        })
        .collect();
    found.sort();
    Ok(found)
}

/// `path:line:column: message`, or `path: message` when the problem has no place.
fn located(path: &Path, error: &amlint::context::ContextError) -> String {
    if error.line > 0 {
        format!("{}:{error}", path.display())
    } else {
        format!("{}: {error}", path.display())
    }
}

/// A context file's text: a regular file, no larger than a spec may be, UTF-8.
fn text(path: &Path) -> Result<String, String> {
    let named = |why: String| format!("{}: {why}", path.display());
    let limit = u64::try_from(Options::default().max_bytes).unwrap_or(u64::MAX);
    let bytes = match crate::files::read(path, limit) {
        Ok(bytes) => bytes,
        Err(crate::files::Refused::TooLarge(_)) => {
            return Err(named(ui::say("cli.context_too_large", &[])));
        }
        Err(refused) => return Err(named(refused.describe(limit))),
    };
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(&bytes)
        .to_vec();
    String::from_utf8(bytes).map_err(|_| named(ui::say("cli.context_not_text", &[])))
}
