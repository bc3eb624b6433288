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

/// Expands folders (honouring `.gitignore`) into the spec files they hold, sorted, so output
/// order does not depend on the file system. Paths that do not exist are returned as errors.
pub(crate) fn inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<(PathBuf, String)>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            let mut found: Vec<PathBuf> = ignore::WalkBuilder::new(path)
                .hidden(true)
                .build()
                .filter_map(Result::ok)
                .filter(|entry| entry.file_type().is_some_and(|t| t.is_file()))
                .map(ignore::DirEntry::into_path)
                .filter(|p| {
                    p.extension()
                        .and_then(|e| e.to_str())
                        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
                })
                .collect();
            found.sort();
            inputs.extend(found.into_iter().map(Input::Found));
        } else if path.exists() {
            inputs.push(Input::Named(path.clone()));
        } else {
            errors.push((path.clone(), "no such file or folder".to_owned()));
        }
    }
    (inputs, errors)
}
