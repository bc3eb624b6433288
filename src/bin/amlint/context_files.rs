//! The context files of a run (`--previous`, `--existing`, `--sizes`, `--policy`, and `amlint
//! diff`'s OLD):
//! read from disk here, understood by the library (`amlint::context`). Any problem with one is the
//! run's error (exit 2): a context that cannot be read must not turn into a check without it.

use std::path::Path;
use std::sync::Arc;

use amlint::context::Context;
use amlint::{ContextFile, Locale, Options};

use crate::args::CheckArgs;
use crate::discover::{self, Input};
use crate::ui;

/// The run's context, or `None` when no flag names one.
pub(crate) fn read(
    args: &CheckArgs,
    old: Option<&Path>,
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
    for path in &args.policy {
        let text = text(path)?;
        context
            .add(
                ContextFile::Policy,
                &path.display().to_string(),
                &text,
                locale,
            )
            .map_err(|e| located(path, &e))?;
    }
    if !args.policy.is_empty() {
        context
            .check_policy_parameters(locale)
            .map_err(|e| e.to_string())?;
    }
    if old.is_some() {
        context = context.paired();
    }
    Ok((!context.is_empty()).then(|| Arc::new(context)))
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
