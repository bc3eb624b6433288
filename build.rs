//! Names the commit a build comes from, for `amlint --version`: `AMLINT_VERSION` is the crate's
//! version and, where the commit is known, its first nine hex digits: `0.1.0 (0a1b2c3d4)`.
//!
//! The commit is read from the files, not by running git (a build in a container may not be
//! allowed to run git on a checkout it does not own): the repository's `.git` beside Cargo.toml,
//! else the `.cargo_vcs_info.json` that `cargo package` writes into a packaged crate (what
//! `cargo install amlint` builds). Without either (a source archive), the version alone.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    println!("cargo:rerun-if-changed=build.rs");
    let commit = git_commit(&root).or_else(|| packaged_commit(&root));
    let long = match commit {
        Some(commit) => format!("{version} ({})", &commit[..9]),
        None => version,
    };
    println!("cargo:rustc-env=AMLINT_VERSION={long}");
}

/// The commit `HEAD` names in the repository whose work tree is `root`, and the files to watch
/// for it to change (printed as `rerun-if-changed`): `HEAD`, the branch's ref, `packed-refs`.
fn git_commit(root: &Path) -> Option<String> {
    let dot_git = root.join(".git");
    // A linked work tree's `.git` is a file naming its git directory; that directory's `commondir`
    // names the repository's, where branches live.
    let git_dir = if dot_git.is_file() {
        let text = fs::read_to_string(&dot_git).ok()?;
        root.join(text.trim().strip_prefix("gitdir:")?.trim())
    } else {
        dot_git
    };
    let common = match fs::read_to_string(git_dir.join("commondir")) {
        Ok(path) => git_dir.join(path.trim()),
        Err(_) => git_dir.clone(),
    };
    let head_file = git_dir.join("HEAD");
    let head = fs::read_to_string(&head_file).ok()?;
    watch(&head_file);
    let Some(reference) = head.trim().strip_prefix("ref:").map(str::trim) else {
        return hex(head.trim());
    };
    let loose = common.join(reference);
    let packed = common.join("packed-refs");
    if packed.is_file() {
        watch(&packed);
    }
    if loose.is_file() {
        watch(&loose);
        return hex(fs::read_to_string(&loose).ok()?.trim());
    }
    // A branch whose ref is packed: its loose file appears with the next commit, in this folder.
    if let Some(folder) = loose.parent().filter(|f| f.is_dir()) {
        watch(folder);
    }
    fs::read_to_string(&packed).ok()?.lines().find_map(|line| {
        let (commit, name) = line.split_once(' ')?;
        (name == reference).then(|| hex(commit)).flatten()
    })
}

/// The commit `cargo package` recorded: `{"git": {"sha1": "..."}, ...}`.
fn packaged_commit(root: &Path) -> Option<String> {
    let path = root.join(".cargo_vcs_info.json");
    let text = fs::read_to_string(&path).ok()?;
    watch(&path);
    let rest = &text[text.find("\"sha1\"")? + "\"sha1\"".len()..];
    let start = rest.find('"')? + 1;
    let end = start + rest[start..].find('"')?;
    hex(&rest[start..end])
}

/// `text` if it is a full commit hash (40 or 64 hex digits).
fn hex(text: &str) -> Option<String> {
    let full = matches!(text.len(), 40 | 64) && text.bytes().all(|b| b.is_ascii_hexdigit());
    full.then(|| text.to_ascii_lowercase())
}

fn watch(path: &Path) {
    println!("cargo:rerun-if-changed={}", path.display());
}
