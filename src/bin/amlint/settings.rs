//! Finding and reading config files. What they mean is the library's (`amlint::config`); this
//! module only looks for them on disk: upward from each checked file's folder, stopping at the
//! repository root, the nearest file winning.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use amlint::config::{Config, FILE_NAMES, FileKind};

/// A config file as found: where it is, and what it says (with the files it extends folded in).
#[derive(Debug)]
pub(crate) struct Found {
    pub(crate) path: PathBuf,
    pub(crate) config: Config,
}

impl Found {
    /// `path` relative to the config file's folder, `/`-separated, for its globs.
    pub(crate) fn relative(&self, path: &Path) -> String {
        let folder = self.path.parent().unwrap_or(Path::new(""));
        let absolute = absolute(path);
        let relative = absolute.strip_prefix(folder).unwrap_or(&absolute);
        relative.to_string_lossy().replace('\\', "/")
    }
}

/// How a run finds its config files.
pub(crate) struct Configs {
    /// `--config FILE`: used for every input.
    explicit: Option<Arc<Found>>,
    /// `--isolated`: no config at all.
    isolated: bool,
    /// The config of each folder looked at, so each folder is searched once.
    by_folder: HashMap<PathBuf, Option<Arc<Found>>>,
    /// The same by the folder as an input names it, so the inputs of one folder make its path
    /// absolute (a call for the working folder each time) once.
    as_named: HashMap<PathBuf, Option<Arc<Found>>>,
}

/// How many files deep `extend` may chain (a cycle would otherwise never end).
const MAX_EXTEND: usize = 8;

impl Configs {
    /// # Errors
    /// The explicit config file cannot be read, or is not a valid config.
    pub(crate) fn new(explicit: Option<&Path>, isolated: bool) -> Result<Configs, String> {
        let explicit = match explicit {
            Some(path) => {
                let kind = kind_of(path).unwrap_or(FileKind::Amlint);
                let found = load(path, kind, 0)?
                    .ok_or_else(|| crate::ui::say("cli.no_table", &[("path", &shown(path))]))?;
                Some(Arc::new(found))
            }
            None => None,
        };
        Ok(Configs {
            explicit,
            isolated,
            by_folder: HashMap::new(),
            as_named: HashMap::new(),
        })
    }

    /// The config that applies to a file in `folder` (or to the run, for the working folder).
    ///
    /// # Errors
    /// A config file on the way cannot be read or is not valid.
    pub(crate) fn for_folder(&mut self, folder: &Path) -> Result<Option<Arc<Found>>, String> {
        if self.isolated {
            return Ok(None);
        }
        if let Some(explicit) = &self.explicit {
            return Ok(Some(Arc::clone(explicit)));
        }
        if let Some(known) = self.as_named.get(folder) {
            return Ok(known.clone());
        }
        let named = folder.to_path_buf();
        let folder = absolute(folder);
        let mut searched = Vec::new();
        let mut found = None;
        for dir in folder.ancestors() {
            if let Some(known) = self.by_folder.get(dir) {
                found = known.clone();
                break;
            }
            searched.push(dir.to_path_buf());
            if let Some(here) = in_folder(dir)? {
                found = Some(Arc::new(here));
                break;
            }
            // The repository root is as far as a config is looked for.
            if dir.join(".git").exists() {
                break;
            }
        }
        for dir in searched {
            self.by_folder.insert(dir, found.clone());
        }
        self.as_named.insert(named, found.clone());
        Ok(found)
    }
}

/// The config file in one folder, if any: `amlint.toml`, `.amlint.toml`, then a `pyproject.toml`
/// with `[tool.amlint]`.
fn in_folder(dir: &Path) -> Result<Option<Found>, String> {
    for name in FILE_NAMES {
        let path = dir.join(name);
        // A pipe, device or folder by a config file's name is refused when read, not passed over.
        if !std::fs::metadata(&path).is_err_and(|e| crate::files::absent(&e)) {
            let kind = FileKind::of(name).unwrap_or(FileKind::Amlint);
            if let Some(found) = load(&path, kind, 0)? {
                return Ok(Some(found));
            }
        }
    }
    Ok(None)
}

fn kind_of(path: &Path) -> Option<FileKind> {
    FileKind::of(path.file_name()?.to_str()?)
}

/// Reads and parses a config file, and the files it extends.
fn load(path: &Path, kind: FileKind, depth: usize) -> Result<Option<Found>, String> {
    let limit = crate::files::CONFIG_LIMIT;
    let bytes = crate::files::read(path, limit)
        .map_err(|refused| format!("{}: {}", shown(path), refused.describe(limit)))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        let why = crate::ui::say("cli.context_not_text", &[]);
        format!("{}: {why}", shown(path))
    })?;
    let Some(config) = Config::parse(&text, kind, crate::ui::locale())
        .map_err(|e| format!("{}:{e}", shown(path)))?
    else {
        return Ok(None);
    };
    let config = match config.file.extend.clone() {
        Some(base) if depth >= MAX_EXTEND => {
            return Err(crate::ui::say(
                "cli.extend_deep",
                &[
                    ("path", &shown(path)),
                    ("base", &base),
                    ("depth", &MAX_EXTEND.to_string()),
                ],
            ));
        }
        Some(base) => {
            let base_path = path.parent().unwrap_or(Path::new("")).join(&base);
            let base_kind = kind_of(&base_path).unwrap_or(FileKind::Amlint);
            let mut found = load(&base_path, base_kind, depth + 1)?
                .ok_or_else(|| crate::ui::say("cli.extend_empty", &[("path", &shown(path))]))?;
            // The base names its policy files from its own folder; from this file's, they are
            // found through the folder `extend` names.
            let through = Path::new(&base).parent().unwrap_or(Path::new(""));
            if let Some(policy) = found.config.file.policy.as_mut()
                && !through.as_os_str().is_empty()
            {
                for definition in &mut policy.definitions {
                    if Path::new(definition.as_str()).is_relative() {
                        *definition = format!("{}/{definition}", through.display());
                    }
                }
            }
            config.extend_with(found.config)
        }
        None => config,
    };
    Ok(Some(Found {
        path: absolute(path),
        config,
    }))
}

/// An absolute form of a path, without resolving links (as a user wrote it, from the working
/// folder).
pub(crate) fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// A path as messages show it: relative to the working folder when it lies below it.
pub(crate) fn shown(path: &Path) -> String {
    let absolute = absolute(path);
    let here = std::env::current_dir().unwrap_or_default();
    absolute
        .strip_prefix(&here)
        .unwrap_or(&absolute)
        .display()
        .to_string()
}
