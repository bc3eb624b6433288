//! The one way the command opens a file to read it: specs, config files and the files they
//! `extend`, baselines, context files, ignore files and git's config files (for the global ignore
//! file). Only a regular file is read — decided from the open file's metadata before a byte is
//! read (a named pipe would block, a device never end); the file is opened without blocking, so
//! that opening a pipe cannot hang the run (where that flag is unknown, the path's metadata is
//! judged before opening too) — and never more than a limit, should it grow while it is read. A
//! symbolic link is followed only to a regular file. One metadata call per file.
//!
//! A new read path goes through here, and gets a row in `tests/it/hostile_files.rs`.

use std::io::Read;
use std::path::Path;

use crate::ui;

/// The most a config file (`amlint.toml`, `.amlint.toml`, `pyproject.toml`, an `extend` target)
/// may hold: far more than any config needs.
pub(crate) const CONFIG_LIMIT: u64 = 1 << 20;

/// The most a baseline (`--baseline`) may hold: it grows with the findings it records (about
/// 100 bytes each).
pub(crate) const BASELINE_LIMIT: u64 = 16 << 20;

/// The most an ignore file (`.gitignore`, `.ignore`, `.git/info/exclude`, the global one) or a
/// git config file may hold.
pub(crate) const IGNORE_LIMIT: u64 = 16 << 20;

/// Every file read so far in this run, by device and inode (Unix): what a report must not be
/// written over, whatever the name it is given by (`output.rs` asks before it writes). Every
/// reader goes through [`read`], so none can be left out.
#[cfg(unix)]
static READ: std::sync::Mutex<std::collections::BTreeSet<(u64, u64)>> =
    std::sync::Mutex::new(std::collections::BTreeSet::new());

/// Remembers that the file `meta` describes is read in this run.
fn remember(meta: &std::fs::Metadata) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(mut read) = READ.lock() {
            read.insert((meta.dev(), meta.ino()));
        }
    }
    #[cfg(not(unix))]
    let _ = meta;
}

/// Remembers the file standard input is, when it is one (`amlint check - < spec.yml`): a spec
/// read through `-` is read as any other, and no report may be written over it.
pub(crate) fn remember_stdin() {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let meta = std::io::stdin()
            .as_fd()
            .try_clone_to_owned()
            .map(std::fs::File::from)
            .and_then(|file| file.metadata());
        if let Ok(meta) = meta
            && meta.is_file()
        {
            remember(&meta);
        }
    }
}

/// Whether the file `meta` describes was read in this run (always `false` where files have no
/// device and inode to tell them by: there the canonical paths `output.rs` compares decide).
pub(crate) fn was_read(meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        READ.lock()
            .is_ok_and(|read| read.contains(&(meta.dev(), meta.ino())))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        false
    }
}

/// Why a file was not read.
#[derive(Debug)]
pub(crate) enum Refused {
    /// It could not be opened or read (missing, permission denied, ...).
    Io(std::io::Error),
    /// It is not a regular file: the catalog word for what it is.
    NotRegular(&'static str),
    /// It holds more than the limit: its size, as far as it was seen.
    TooLarge(u64),
}

impl Refused {
    /// In words a user can act on, for a file read with `limit`.
    pub(crate) fn describe(&self, limit: u64) -> String {
        match self {
            Refused::Io(error) => crate::discover::describe(error),
            Refused::NotRegular(what) => not_regular(what),
            Refused::TooLarge(_) => ui::say("cli.too_large", &[("limit", &size(limit))]),
        }
    }
}

/// "not a regular file (a named pipe)".
pub(crate) fn not_regular(what: &str) -> String {
    let what = ui::say(what, &[]);
    ui::say("cli.not_regular_file", &[("what", &what)])
}

/// A limit as messages show it.
fn size(limit: u64) -> String {
    format!("{} MiB", limit >> 20)
}

/// The bytes of the regular file at `path`, at most `limit` of them.
///
/// # Errors
/// The file cannot be read, is not a regular file (after following links), or holds more than
/// `limit` bytes.
pub(crate) fn read(path: &Path, limit: u64) -> Result<Vec<u8>, Refused> {
    if !OPENS_WITHOUT_WAITING {
        regular(&std::fs::metadata(path).map_err(Refused::Io)?, limit)?;
    }
    let file = match open(path) {
        Ok(file) => file,
        Err(error) => {
            // What is there but cannot be opened (a socket) is named for what it is.
            if let Ok(meta) = std::fs::metadata(path) {
                regular(&meta, limit)?;
            }
            return Err(Refused::Io(error));
        }
    };
    // The file opened is the one judged, before a byte is read: a pipe, device or folder (or
    // one swapped in since it was found) is refused here.
    let meta = file.metadata().map_err(Refused::Io)?;
    regular(&meta, limit)?;
    remember(&meta);
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(Refused::Io)?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > limit {
        return Err(Refused::TooLarge(read));
    }
    Ok(bytes)
}

/// A spec's bytes (a file named on the command line or found in a folder), or the report of one
/// too large to read (`AML005`).
///
/// # Errors
/// The file cannot be read or is not a regular file, in words a user can act on.
pub(crate) fn read_spec(
    path: &Path,
    options: &amlint::Options,
) -> Result<Result<Vec<u8>, amlint::FileReport>, String> {
    let limit = u64::try_from(options.max_bytes).unwrap_or(u64::MAX);
    match read(path, limit) {
        Ok(bytes) => Ok(Ok(bytes)),
        Err(Refused::TooLarge(size)) => {
            let size = usize::try_from(size).unwrap_or(usize::MAX);
            amlint::check_size(size, options)
                .map(Err)
                .ok_or_else(|| Refused::TooLarge(0).describe(limit))
        }
        // A stream is checked through standard input.
        Err(Refused::NotRegular(what)) => {
            let what = ui::say(what, &[]);
            Err(ui::say("cli.not_regular", &[("what", &what)]))
        }
        Err(refused) => Err(refused.describe(limit)),
    }
}

/// Like [`read`], for a file that need not exist: `None` when nothing is at `path` (or a link
/// there leads nowhere), and for the null device, which git's users name to mean "no file".
///
/// # Errors
/// As [`read`], for a file that is there.
pub(crate) fn read_optional(path: &Path, limit: u64) -> Result<Option<Vec<u8>>, Refused> {
    match std::fs::metadata(path) {
        Err(error) if absent(&error) => return Ok(None),
        Ok(meta) if !meta.is_file() && is_null_device(path) => return Ok(None),
        _ => {}
    }
    match read(path, limit) {
        Err(Refused::Io(error)) if absent(&error) => Ok(None),
        other => other.map(Some),
    }
}

/// A text file's contents: [`read`], then UTF-8. Messages name the path.
///
/// # Errors
/// As [`read`], or the bytes are not UTF-8.
pub(crate) fn read_text(path: &Path, limit: u64) -> Result<String, String> {
    let named = |why: String| format!("{}: {why}", path.display());
    let bytes = read(path, limit).map_err(|e| named(e.describe(limit)))?;
    String::from_utf8(bytes).map_err(|_| named(ui::say("cli.context_not_text", &[])))
}

/// Whether an error means there is nothing at the path.
pub(crate) fn absent(error: &std::io::Error) -> bool {
    matches!(
        error.kind(),
        std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
    )
}

fn is_null_device(path: &Path) -> bool {
    path == Path::new("/dev/null")
        || std::fs::canonicalize(path).is_ok_and(|p| p == Path::new("/dev/null"))
}

/// Refuses what is not a regular file, or is larger than `limit`.
fn regular(meta: &std::fs::Metadata, limit: u64) -> Result<(), Refused> {
    if !meta.is_file() {
        return Err(Refused::NotRegular(kind(&meta.file_type())));
    }
    if meta.len() > limit {
        return Err(Refused::TooLarge(meta.len()));
    }
    Ok(())
}

/// What a path that is not a regular file is: the catalog's word for it.
pub(crate) fn kind(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "cli.not_regular.fifo";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "cli.not_regular.device";
        }
        if kind.is_socket() {
            return "cli.not_regular.socket";
        }
    }
    if kind.is_dir() {
        "cli.not_regular.folder"
    } else if cfg!(target_os = "wasi") && !kind.is_symlink() {
        // WASI tells only files, folders and links apart (in stable Rust).
        "cli.not_regular.special"
    } else {
        "cli.not_regular.other"
    }
}

/// Refuses a path that is there and is not a regular file (after following links): for the
/// files a run writes, which must not be a pipe that would block or a device.
///
/// # Errors
/// The message, without the path.
pub(crate) fn writable_target(path: &Path) -> Result<(), String> {
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => Err(not_regular(kind(&meta.file_type()))),
        _ => Ok(()),
    }
}

/// `O_NONBLOCK`: opening a named pipe with it returns at once (for reading) or fails (for writing
/// with no reader) instead of waiting for the other end. No effect on regular files.
#[cfg(unix)]
pub(crate) const NONBLOCK: i32 = if cfg!(any(target_os = "linux", target_os = "android")) {
    if cfg!(any(
        target_arch = "mips",
        target_arch = "mips64",
        target_arch = "mips32r6",
        target_arch = "mips64r6"
    )) {
        0x80
    } else if cfg!(any(target_arch = "sparc", target_arch = "sparc64")) {
        0x4000
    } else {
        0o4000
    }
} else if cfg!(any(
    target_vendor = "apple",
    target_os = "freebsd",
    target_os = "netbsd",
    target_os = "openbsd",
    target_os = "dragonfly"
)) {
    0x4
} else {
    // Elsewhere the metadata checked before opening is the guard.
    0
};

/// Whether opening a file to read it never waits (a named pipe opens at once): then a file is
/// judged once, from the open file's metadata; elsewhere from its path's metadata first too.
#[cfg(unix)]
const OPENS_WITHOUT_WAITING: bool = NONBLOCK != 0;
#[cfg(not(unix))]
const OPENS_WITHOUT_WAITING: bool = false;

/// Opens a file to read it, without waiting on a pipe.
fn open(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(NONBLOCK);
    }
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("amlint-files-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn regular_files_are_read_up_to_the_limit() {
        let dir = scratch("limit");
        let path = dir.join("a");
        std::fs::write(&path, b"12345").unwrap();
        assert_eq!(read(&path, 5).unwrap(), b"12345");
        assert!(matches!(read(&path, 4), Err(Refused::TooLarge(5))));
        assert!(matches!(read(&dir, 4), Err(Refused::NotRegular(_))));
        assert!(matches!(read(&dir.join("b"), 4), Err(Refused::Io(_))));
        assert!(read_optional(&dir.join("b"), 4).unwrap().is_none());
        assert!(read_optional(&path.join("b"), 4).unwrap().is_none());
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// The flag is right for this platform: a pipe without a writer opens at once.
    #[cfg(unix)]
    #[test]
    fn a_pipe_opens_without_waiting() {
        let dir = scratch("fifo");
        let fifo = dir.join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        // On another thread, so that a wrong flag fails the test instead of hanging it.
        let (sender, receiver) = std::sync::mpsc::channel();
        let path = fifo.clone();
        std::thread::spawn(move || sender.send(open(&path).is_ok()));
        let opened = receiver.recv_timeout(std::time::Duration::from_secs(60));
        assert_eq!(opened, Ok(true), "opening a pipe waited for a writer");
        assert!(matches!(
            read(&fifo, 10),
            Err(Refused::NotRegular("cli.not_regular.fifo"))
        ));
        assert!(read_optional(Path::new("/dev/null"), 10).unwrap().is_none());
        assert!(matches!(
            read_optional(Path::new("/dev/zero"), 10),
            Err(Refused::NotRegular("cli.not_regular.device"))
        ));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
