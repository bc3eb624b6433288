//! Which files a run checks: the files named, and the spec files in the folders named. A folder
//! is walked honouring `.gitignore`, `.ignore`, `.git/info/exclude` and git's global ignore file
//! with the `ignore` crate's rules and precedence (its walker's, which amlint used before), but
//! every one of those files is read through [`crate::files`]: a regular file, bounded. The walker
//! would open a named pipe by an ignore file's name and wait for ever, or read a link to a device
//! until memory ran out.

use foldhash::HashMap;
use std::collections::hash_map::Entry;
use std::ffi::OsStr;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use ignore::Match;
use ignore::gitignore::{Gitignore, GitignoreBuilder};

use crate::files;

/// An input to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Input {
    /// A file named on the command line: always checked.
    Named(PathBuf),
    /// A file found in a folder: checked only if it looks like a compute spec.
    Found(PathBuf),
    /// A symbolic link found in a folder, to a file outside that folder: checked as a found file
    /// is, never written by `--fix` (the user named the folder, not what it links to).
    Linked(PathBuf),
    Stdin,
}

impl Input {
    pub(crate) fn path(&self) -> Option<&Path> {
        match self {
            Input::Named(p) | Input::Found(p) | Input::Linked(p) => Some(p),
            Input::Stdin => None,
        }
    }
}

const EXTENSIONS: &[&str] = &["yml", "yaml", "json", "tf", "bicep"];

/// What went wrong with a path, in words a user can act on.
pub(crate) fn describe(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => crate::ui::say("cli.no_such_file", &[]),
        std::io::ErrorKind::PermissionDenied => crate::ui::say("cli.permission_denied", &[]),
        _ => error.to_string(),
    }
}

/// Problems met on the way: a path, and what is wrong with it.
type Problems = Vec<(PathBuf, String)>;

/// Expands folders (honouring ignore files) into the spec files they hold, sorted, so output
/// order does not depend on the file system. A file named twice (`x` and `./x`, or named and found
/// in a folder) is checked once. Paths that cannot be read, and every folder, file or ignore file
/// a walk cannot read, are returned as errors: nothing is skipped silently.
pub(crate) fn inputs(paths: &[PathBuf]) -> (Vec<Input>, Problems) {
    let mut inputs = Inputs::default();
    let mut errors = Vec::new();
    let mut global = None;
    for path in paths {
        if path.as_os_str() == "-" {
            // Standard input is not a path: it is never a duplicate of one.
            inputs.list.push(Input::Stdin);
            continue;
        }
        match std::fs::metadata(path) {
            Err(error) => errors.push((path.clone(), describe(&error))),
            Ok(meta) if meta.is_dir() => {
                for file in walk(path, &mut global, &mut errors) {
                    let input = if file.outside {
                        Input::Linked(file.path)
                    } else {
                        Input::Found(file.path)
                    };
                    inputs.add(input, file.key);
                }
            }
            Ok(_) => {
                let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
                inputs.add(Input::Named(path.clone()), key);
            }
        }
    }
    (inputs.list, errors)
}

/// The inputs so far, in the order first seen, and where each file's is (by canonical path).
#[derive(Default)]
struct Inputs {
    list: Vec<Input>,
    index: HashMap<PathBuf, usize>,
}

impl Inputs {
    /// Adds an input unless its file is there already; a file named on the command line is always
    /// checked, also when a folder named before it holds it.
    fn add(&mut self, input: Input, key: PathBuf) {
        match self.index.entry(key) {
            Entry::Vacant(slot) => {
                slot.insert(self.list.len());
                self.list.push(input);
            }
            Entry::Occupied(at) => {
                let Some(slot) = self.list.get_mut(*at.get()) else {
                    return;
                };
                if let (Input::Named(_), Input::Found(found) | Input::Linked(found)) =
                    (&input, &mut *slot)
                {
                    let found = std::mem::take(found);
                    *slot = Input::Named(found);
                }
            }
        }
    }
}

/// A spec file a walk found.
struct Walked {
    /// As the walk reached it (the folder named, joined with the names below it).
    path: PathBuf,
    /// Its canonical path, to know it again.
    key: PathBuf,
    /// A link to a file outside the folder walked.
    outside: bool,
}

/// The ignore rules of one folder, and (through `parent`) of the folders above it.
struct Rules {
    /// `.ignore`: applies in and out of repositories.
    ignore: Gitignore,
    /// `.gitignore`: applies inside a repository, up to its root.
    git: Gitignore,
    /// `.git/info/exclude`, at a repository's root.
    exclude: Gitignore,
    /// Whether the folder is a repository's root (`.git` or `.jj` in it).
    has_git: bool,
    parent: Option<Rc<Rules>>,
}

impl Rules {
    fn chain(&self) -> impl Iterator<Item = &Rules> {
        std::iter::successors(Some(self), |rules| rules.parent.as_deref())
    }

    /// Whether a file or folder at `path` (absolute, below the folder of these rules) is ignored
    /// or explicitly not (a `!` line), as the `ignore` crate decides: the nearest folder with a
    /// matching line wins, `.ignore` over `.gitignore` over `exclude` over the global file; git's
    /// files only inside a repository and not above its root.
    fn matched(&self, path: &Path, is_dir: bool) -> (Match<()>, bool) {
        let any_git = self.chain().any(|rules| rules.has_git);
        let (mut ignore, mut git, mut exclude) = (Match::None, Match::None, Match::None);
        let mut saw_git = false;
        for rules in self.chain() {
            if ignore.is_none() {
                ignore = rules.ignore.matched(path, is_dir).map(|_| ());
            }
            if any_git && !saw_git {
                if git.is_none() {
                    git = rules.git.matched(path, is_dir).map(|_| ());
                }
                if exclude.is_none() {
                    exclude = rules.exclude.matched(path, is_dir).map(|_| ());
                }
            }
            saw_git = saw_git || rules.has_git;
        }
        (ignore.or(git).or(exclude), any_git)
    }
}

/// The spec files under a folder, sorted; what could not be read on the way is added to
/// `errors`. `global` is git's global ignore file, read when a walk inside a repository first
/// needs it.
fn walk(folder: &Path, global: &mut Option<Gitignore>, errors: &mut Problems) -> Vec<Walked> {
    let base = canonical(folder);
    let rules = Rc::new(folder_rules(
        folder,
        &base,
        ancestors(&base, errors),
        true,
        errors,
    ));
    let mut found = Vec::new();
    // Depth first, each folder's entries in name order and a subfolder walked where its name
    // falls: the files come out in path order, so the sort at the end finds them sorted.
    let mut levels: Vec<Level> = Level::open(folder, base.clone(), rules, errors)
        .into_iter()
        .collect();
    while let Some(level) = levels.last_mut() {
        let Some(entry) = level.entries.next() else {
            levels.pop();
            continue;
        };
        let path = entry.path();
        // The entry itself: a link is not followed (to a folder, it is not walked).
        let kind = match entry.file_type() {
            Ok(kind) => kind,
            Err(error) => {
                errors.push((path, describe(&error)));
                continue;
            }
        };
        let name = entry.file_name();
        let at = level.absolute.join(&name);
        let (mut matched, any_git) = level.rules.matched(&at, kind.is_dir());
        if matched.is_none() && any_git {
            // Matched as the crate matches it: the path as walked, from the working folder.
            let global = global.get_or_insert_with(|| global_rules(errors));
            matched = global.matched(&path, kind.is_dir()).map(|_| ());
        }
        if matched.is_ignore() || (matched.is_none() && hidden(&name)) {
            continue;
        }
        if kind.is_dir() {
            let inner = folder_rules(&path, &at, Some(Rc::clone(&level.rules)), true, errors);
            levels.extend(Level::open(&path, at, Rc::new(inner), errors));
        } else if is_spec(&path) {
            // Anything but a folder: a pipe or device named like a spec is refused when
            // read, not skipped. Below a canonical folder, only a link needs resolving.
            let (key, outside) = if kind.is_symlink() {
                match std::fs::canonicalize(&path) {
                    Ok(target) => {
                        let outside = !target.starts_with(&base);
                        (target, outside)
                    }
                    Err(_) => (at, false),
                }
            } else {
                (at, false)
            };
            found.push(Walked { path, key, outside });
        }
    }
    found.sort_by(|a, b| a.path.cmp(&b.path));
    found
}

/// A folder being walked: its canonical path, its ignore rules, and the entries not yet seen.
struct Level {
    absolute: PathBuf,
    rules: Rc<Rules>,
    entries: std::vec::IntoIter<std::fs::DirEntry>,
}

impl Level {
    /// The folder's entries in name order, or `None` (and the error added) when it cannot be
    /// read.
    fn open(
        dir: &Path,
        absolute: PathBuf,
        rules: Rc<Rules>,
        errors: &mut Problems,
    ) -> Option<Level> {
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(error) => {
                errors.push((dir.to_path_buf(), describe(&error)));
                return None;
            }
        };
        let mut children = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => children.push(entry),
                Err(error) => errors.push((dir.to_path_buf(), describe(&error))),
            }
        }
        children.sort_by_key(std::fs::DirEntry::file_name);
        Some(Level {
            absolute,
            rules,
            entries: children.into_iter(),
        })
    }
}

fn is_spec(path: &Path) -> bool {
    path.extension()
        .and_then(OsStr::to_str)
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

fn hidden(name: &OsStr) -> bool {
    name.as_encoded_bytes().starts_with(b".")
}

/// A path without `.`, `..` or links: canonical, or where the system cannot say (WASI), absolute
/// and tidied by its names.
pub(crate) fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let mut tidy = PathBuf::new();
        for component in absolute.components() {
            match component {
                Component::CurDir => {}
                Component::ParentDir => {
                    tidy.pop();
                }
                other => tidy.push(other),
            }
        }
        tidy
    })
}

/// The rules of the folders above a walked folder (`base`, canonical), from the file system's
/// root down. `.ignore` files apply from any of them; git's files only from the folders up to the
/// nearest repository root, and only when the walked folder is not a root itself, so only those
/// are read.
fn ancestors(base: &Path, errors: &mut Problems) -> Option<Rc<Rules>> {
    let above: Vec<&Path> = base.ancestors().skip(1).collect();
    let git_up_to = if is_repository(base) {
        None
    } else {
        above.iter().position(|dir| is_repository(dir))
    };
    let mut chain = None;
    for (i, dir) in above.iter().enumerate().rev() {
        let git = git_up_to.is_some_and(|last| i <= last);
        chain = Some(Rc::new(folder_rules(dir, dir, chain, git, errors)));
    }
    chain
}

fn is_repository(dir: &Path) -> bool {
    dir.join(".git").exists() || dir.join(".jj").exists()
}

/// One folder's ignore rules: `dir` as the walk names it (for reading and for messages),
/// `absolute` to match against; git's files only when `git` is set.
fn folder_rules(
    dir: &Path,
    absolute: &Path,
    parent: Option<Rc<Rules>>,
    git: bool,
    errors: &mut Problems,
) -> Rules {
    let dot_git = dir.join(".git");
    let git_kind = std::fs::metadata(&dot_git).ok().map(|m| m.file_type());
    let has_git = git_kind.is_some() || dir.join(".jj").exists();
    let exclude = match (git, git_kind) {
        (true, Some(kind)) => common_git_dir(&dot_git, kind.is_file(), errors)
            .map_or_else(Gitignore::empty, |common| {
                read_rules(absolute, &common.join("info").join("exclude"), errors)
            }),
        _ => Gitignore::empty(),
    };
    Rules {
        ignore: read_rules(absolute, &dir.join(".ignore"), errors),
        git: if git {
            read_rules(absolute, &dir.join(".gitignore"), errors)
        } else {
            Gitignore::empty()
        },
        exclude,
        has_git,
        parent,
    }
}

/// Where a repository keeps `info/exclude`: its `.git` folder, or for a worktree (a `.git` file
/// saying `gitdir: ...`) the common folder its `commondir` names.
fn common_git_dir(dot_git: &Path, is_file: bool, errors: &mut Problems) -> Option<PathBuf> {
    if !is_file {
        return Some(dot_git.to_path_buf());
    }
    let line = first_line(dot_git, errors)?;
    let git_dir = PathBuf::from(line.strip_prefix("gitdir: ")?);
    let git_dir = dot_git.parent().unwrap_or(Path::new("")).join(git_dir);
    let common = first_line(&git_dir.join("commondir"), errors)?;
    Some(if common.starts_with('.') {
        git_dir.join(common)
    } else {
        PathBuf::from(common)
    })
}

fn first_line(path: &Path, errors: &mut Problems) -> Option<String> {
    match files::read_optional(path, files::IGNORE_LIMIT) {
        Ok(bytes) => {
            let bytes = bytes?;
            String::from_utf8_lossy(&bytes)
                .lines()
                .next()
                .map(str::to_owned)
        }
        Err(refused) => {
            errors.push((path.to_path_buf(), refused.describe(files::IGNORE_LIMIT)));
            None
        }
    }
}

/// The rules of one ignore file (none when there is no file), matched below `root`. A line that
/// is no glob is passed over, as git and the `ignore` crate do; one whose braces nest too deep
/// to be compiled safely is an error naming its line.
fn read_rules(root: &Path, file: &Path, errors: &mut Problems) -> Gitignore {
    match files::read_optional(file, files::IGNORE_LIMIT) {
        Ok(Some(bytes)) => compile(root, file, &bytes, errors),
        Ok(None) => Gitignore::empty(),
        Err(refused) => {
            errors.push((file.to_path_buf(), refused.describe(files::IGNORE_LIMIT)));
            Gitignore::empty()
        }
    }
}

/// An ignore file's lines as rules (see [`read_rules`]).
fn compile(root: &Path, file: &Path, bytes: &[u8], errors: &mut Problems) -> Gitignore {
    let text = String::from_utf8_lossy(bytes);
    let lines = || {
        text.lines().enumerate().map(|(i, line)| {
            let line = if i == 0 {
                line.trim_start_matches('\u{feff}')
            } else {
                line
            };
            (i + 1, line)
        })
    };
    let at = |number: usize| PathBuf::from(format!("{}:{number}", file.display()));
    let mut builder = GitignoreBuilder::new(root);
    for (number, line) in lines() {
        if amlint::config::glob_nesting(line) > amlint::config::MAX_GLOB_NESTING {
            errors.push((
                at(number),
                amlint::config::glob_too_deep(crate::ui::locale()),
            ));
            continue;
        }
        let _ = builder.add_line(Some(file.to_path_buf()), line);
    }
    builder.build().unwrap_or_else(|error| {
        // The matcher of all the lines could not be built: the line that cannot be built alone
        // is named, so the user knows which to mend.
        let culprit = lines().find(|(_, line)| {
            let mut alone = GitignoreBuilder::new(root);
            let _ = alone.add_line(None, line);
            alone.build().is_err()
        });
        let place = culprit.map_or_else(|| file.to_path_buf(), |(number, _)| at(number));
        errors.push((place, error.to_string()));
        Gitignore::empty()
    })
}

/// Git's global ignore file, as the `ignore` crate finds it: `core.excludesFile` in the first of
/// git's config files (`GIT_CONFIG_GLOBAL`, `~/.gitconfig`, `$XDG_CONFIG_HOME/git/config`, the
/// system's) that sets it, else `$XDG_CONFIG_HOME/git/ignore` (`~/.config/git/ignore`); matched
/// from the working folder. These files are the user's, not the project's: one amlint may not
/// read is passed over, as git does; a pipe, device or oversized one is an error.
fn global_rules(errors: &mut Problems) -> Gitignore {
    let Some(path) = global_ignore_file(errors) else {
        return Gitignore::empty();
    };
    let Ok(here) = std::env::current_dir() else {
        return Gitignore::empty();
    };
    match files::read_optional(&path, files::IGNORE_LIMIT) {
        Ok(Some(bytes)) => compile(&here, &path, &bytes, errors),
        Ok(None) | Err(files::Refused::Io(_)) => Gitignore::empty(),
        Err(refused) => {
            errors.push((path, refused.describe(files::IGNORE_LIMIT)));
            Gitignore::empty()
        }
    }
}

fn global_ignore_file(errors: &mut Problems) -> Option<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|value| !value.is_empty())
            .map(PathBuf::from)
    };
    #[allow(
        deprecated,
        reason = "deprecated before Rust 1.86, which fixed it on Windows"
    )]
    let home = std::env::home_dir();
    let xdg = var("XDG_CONFIG_HOME").or_else(|| home.as_ref().map(|h| h.join(".config")));
    let configs = [
        var("GIT_CONFIG_GLOBAL"),
        home.as_ref().map(|h| h.join(".gitconfig")),
        xdg.as_ref().map(|x| x.join("git").join("config")),
        Some(var("GIT_CONFIG_SYSTEM").unwrap_or_else(|| PathBuf::from("/etc/gitconfig"))),
    ];
    for config in configs.into_iter().flatten() {
        match files::read_optional(&config, files::IGNORE_LIMIT) {
            Ok(Some(bytes)) => {
                if let Some(path) = excludes_file(&bytes, home.as_deref()) {
                    return Some(path);
                }
            }
            Ok(None) | Err(files::Refused::Io(_)) => {}
            Err(refused) => errors.push((config, refused.describe(files::IGNORE_LIMIT))),
        }
    }
    xdg.map(|x| x.join("git").join("ignore"))
}

/// `core.excludesFile` in a git config file's text, as the `ignore` crate reads it: the first
/// line `excludesfile = VALUE` (any case, in any section), the value one word, perhaps quoted,
/// `~` standing for the home folder.
fn excludes_file(config: &[u8], home: Option<&Path>) -> Option<PathBuf> {
    const KEY: &[u8] = b"excludesfile";
    for line in config.split(|b| *b == b'\n') {
        let line = line.trim_ascii();
        let Some(key) = line.get(..KEY.len()) else {
            continue;
        };
        if !key.eq_ignore_ascii_case(KEY) {
            continue;
        }
        let Some(value) = line[KEY.len()..].trim_ascii_start().strip_prefix(b"=") else {
            continue;
        };
        let value = value.trim_ascii();
        let value = value
            .strip_prefix(b"\"")
            .unwrap_or(value)
            .trim_ascii_start();
        let value = value.strip_suffix(b"\"").unwrap_or(value).trim_ascii_end();
        if value.is_empty() || value.iter().any(u8::is_ascii_whitespace) {
            continue;
        }
        let value = std::str::from_utf8(value).ok()?;
        let value = match home {
            Some(home) => value.replace('~', &home.to_string_lossy()),
            None => value.to_owned(),
        };
        return Some(PathBuf::from(value));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_global_ignore_file_is_read_as_the_ignore_crate_reads_it() {
        let home = Some(Path::new("/home/me"));
        let cases: &[(&str, Option<&str>)] = &[
            (
                "[core]\n\texcludesFile = ~/.gitignore_global\n",
                Some("/home/me/.gitignore_global"),
            ),
            (
                "[core]\n  excludesfile=\"/etc/ignore\"  \r\n",
                Some("/etc/ignore"),
            ),
            ("[core]\nexcludesfile = a b\nexcludesfile = c\n", Some("c")),
            ("[core]\n# excludesfile = x\n", None),
            ("[user]\nname = me\n", None),
        ];
        for (config, expected) in cases {
            assert_eq!(
                excludes_file(config.as_bytes(), home),
                expected.map(PathBuf::from),
                "{config:?}"
            );
        }
    }

    #[test]
    fn a_file_named_again_is_one_input_and_named_wins() {
        let mut inputs = Inputs::default();
        inputs.add(Input::Found("d/a.yml".into()), "/d/a.yml".into());
        inputs.add(Input::Linked("d/l.yml".into()), "/x/l.yml".into());
        inputs.add(Input::Named("./d/a.yml".into()), "/d/a.yml".into());
        inputs.add(Input::Named("d/l.yml".into()), "/x/l.yml".into());
        inputs.add(Input::Found("d/a.yml".into()), "/d/a.yml".into());
        assert_eq!(
            inputs.list,
            [
                Input::Named("d/a.yml".into()),
                Input::Named("d/l.yml".into())
            ]
        );
    }
}
