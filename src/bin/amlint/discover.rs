//! Which files a run checks.

use std::path::{Path, PathBuf};

/// An input to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Input {
    /// A file named on the command line: always checked.
    Named(PathBuf),
    /// A file found in a folder: checked only if it looks like a compute spec.
    Found(PathBuf),
    Stdin,
}

impl Input {
    pub(crate) fn path(&self) -> Option<&Path> {
        match self {
            Input::Named(p) | Input::Found(p) => Some(p),
            Input::Stdin => None,
        }
    }
}

const EXTENSIONS: &[&str] = &["yml", "yaml", "json"];

/// What went wrong with a path, in words a user can act on.
pub(crate) fn describe(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => crate::ui::say("cli.no_such_file", &[]),
        std::io::ErrorKind::PermissionDenied => crate::ui::say("cli.permission_denied", &[]),
        _ => error.to_string(),
    }
}

/// Expands folders (honouring `.gitignore`) into the spec files they hold, sorted, so output
/// order does not depend on the file system. A file named twice (`x` and `./x`, or named and found
/// in a folder) is checked once. Paths that cannot be read, and every folder or file a walk
/// cannot enter, are returned as errors: nothing is skipped silently.
pub(crate) fn inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<(PathBuf, String)>) {
    let mut inputs: Vec<(PathBuf, Input)> = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            // Standard input is not a path: it is never a duplicate of one.
            inputs.push((PathBuf::new(), Input::Stdin));
            continue;
        }
        match std::fs::metadata(path) {
            Err(error) => errors.push((path.clone(), describe(&error))),
            Ok(meta) if meta.is_dir() => {
                let (found, walk_errors) = walk(path);
                errors.extend(walk_errors);
                for file in found {
                    add(&mut inputs, Input::Found(file));
                }
            }
            Ok(_) => add(&mut inputs, Input::Named(path.clone())),
        }
    }
    (inputs.into_iter().map(|(_, input)| input).collect(), errors)
}

/// Adds an input unless its file is there already; a file named on the command line is always
/// checked, also when a folder named before it holds it.
fn add(inputs: &mut Vec<(PathBuf, Input)>, input: Input) {
    let Some(path) = input.path() else { return };
    let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    match inputs.iter_mut().find(|(seen, _)| *seen == canonical) {
        Some((_, slot)) => {
            if let (Input::Named(_), Input::Found(found)) = (&input, &slot) {
                *slot = Input::Named(found.clone());
            }
        }
        None => inputs.push((canonical, input)),
    }
}

/// The spec files under a folder, sorted, and what could not be read on the way.
fn walk(folder: &Path) -> (Vec<PathBuf>, Vec<(PathBuf, String)>) {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for entry in ignore::WalkBuilder::new(folder).hidden(true).build() {
        match entry {
            Ok(entry) => {
                // Anything but a folder: a pipe or device named like a spec is refused when read,
                // not skipped.
                let spec = entry.file_type().is_some_and(|t| !t.is_dir())
                    && entry
                        .path()
                        .extension()
                        .and_then(|e| e.to_str())
                        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
                if spec {
                    found.push(entry.into_path());
                }
            }
            Err(error) => errors.push(walk_error(folder, &error)),
        }
    }
    found.sort();
    (found, errors)
}

/// Where a walk failed, and why.
fn walk_error(folder: &Path, error: &ignore::Error) -> (PathBuf, String) {
    let mut path = folder.to_path_buf();
    let mut current = error;
    let mut why = None;
    loop {
        match current {
            ignore::Error::WithPath { path: at, err } => {
                path.clone_from(at);
                current = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                current = err;
            }
            ignore::Error::Io(io) => {
                why = Some(describe(io));
                break;
            }
            _ => break,
        }
    }
    (path, why.unwrap_or_else(|| error.to_string()))
}
