//! Writing reports, baselines and fixed specs: whole or not at all, only to regular files, never
//! over a file the run reads, and never widening who may read or write a file.

use std::io::Write;
use std::path::{Path, PathBuf};

use amlint::Options;
use amlint::report::Format;

use crate::args::CheckArgs;
use crate::discover::Input;
use crate::{files, ui};

/// Refuses, before anything is read or written, what a run would write wrongly: a report or
/// baseline target (`-o`, `--report`, `--write-baseline`, and with `format` GitHub's the step
/// summary) that is not a regular file, or that is one of the files the run reads (a spec, a
/// context file, the baseline, the config file); and under WASI, `--fix` of a file.
///
/// # Errors
/// What is wrong, naming the path.
pub(crate) fn check_writes(
    args: &CheckArgs,
    old: Option<&Path>,
    inputs: &[(Input, Options)],
    config: Option<&Path>,
    format: Format,
) -> Result<(), String> {
    #[cfg(target_os = "wasi")]
    if args.fix && inputs.iter().any(|(input, _)| input.path().is_some()) {
        return Err(ui::say("cli.fix_wasi", &[]));
    }
    let summary = std::env::var_os("GITHUB_STEP_SUMMARY")
        .filter(|path| format == Format::Github && !path.is_empty())
        .map(PathBuf::from);
    let targets: Vec<&Path> = args
        .output_file
        .iter()
        .chain(args.report.iter().map(|(_, path)| path))
        .chain(&args.write_baseline)
        .chain(&summary)
        .map(PathBuf::as_path)
        .collect();
    let mut existing = Vec::new();
    for target in targets {
        files::writable_target(target).map_err(|why| format!("{}: {why}", target.display()))?;
        // A target that is not there is no input; one that is, is compared by where it leads.
        if let Ok(canonical) = std::fs::canonicalize(target) {
            existing.push((target, canonical));
        }
    }
    if existing.is_empty() {
        return Ok(());
    }
    let read = inputs
        .iter()
        .filter_map(|(input, _)| input.path())
        .chain(old)
        .chain(args.previous.iter().map(PathBuf::as_path))
        .chain(args.existing.as_deref())
        .chain(args.sizes.as_deref())
        .chain(args.policy.iter().map(PathBuf::as_path))
        .chain(args.baseline.as_deref())
        .chain(args.config.as_deref())
        .chain(config);
    for path in read {
        let Ok(canonical) = std::fs::canonicalize(path) else {
            continue;
        };
        if let Some((target, _)) = existing.iter().find(|(_, c)| *c == canonical) {
            let target = target.display().to_string();
            return Err(ui::say("cli.output_is_input", &[("path", &target)]));
        }
    }
    Ok(())
}

/// Writes a report or baseline to `path` through a temporary file in the same folder and a
/// rename, so a reader (or a crash) never sees half a report and an existing file is replaced in
/// one step ([`Atomic`]).
///
/// # Errors
/// `path` is there and is not a regular file, or writing fails; the message names the path.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = Atomic::create(path)?;
    file.write(bytes)?;
    file.finish()
}

/// A report written piece by piece to `path`, which it replaces whole once finished: written to
/// a temporary file in the same folder, renamed over `path` by [`Atomic::finish`], removed if the
/// run stops before. A new file gets the mode a new file gets (`0666` less the umask); an
/// existing one keeps its mode, owner and group. Under WASI, which can neither set nor read a
/// mode, an existing file is rewritten in place instead, once the whole text is there, which
/// keeps them.
pub(crate) struct Atomic {
    path: PathBuf,
    existing: Option<std::fs::Metadata>,
    target: Target,
}

enum Target {
    Temporary(std::io::BufWriter<tempfile::NamedTempFile>),
    /// Under WASI, for an existing file: the text, rewritten over it at the end.
    #[cfg(target_os = "wasi")]
    Whole(Vec<u8>),
}

impl Atomic {
    /// # Errors
    /// `path` is there and is not a regular file, or its temporary file cannot be made; the
    /// message names the path.
    pub(crate) fn create(path: &Path) -> std::io::Result<Atomic> {
        let existing = match std::fs::metadata(path) {
            Ok(meta) if !meta.is_file() => {
                let why = files::not_regular(files::kind(&meta.file_type()));
                return Err(std::io::Error::other(format!("{}: {why}", path.display())));
            }
            Ok(meta) => Some(meta),
            Err(error) if files::absent(&error) => None,
            Err(error) => return Err(with_path(path, error)),
        };
        #[cfg(target_os = "wasi")]
        if existing.is_some() {
            return Ok(Atomic {
                path: path.to_owned(),
                existing,
                target: Target::Whole(Vec::new()),
            });
        }
        let mut builder = tempfile::Builder::new();
        if let (None, Some(mode)) = (&existing, new_file_mode()) {
            builder.permissions(mode);
        }
        let file = builder
            .tempfile_in(folder_of(path))
            .map_err(|e| with_path(path, e))?;
        Ok(Atomic {
            path: path.to_owned(),
            existing,
            target: Target::Temporary(std::io::BufWriter::with_capacity(1 << 16, file)),
        })
    }

    /// The next piece.
    ///
    /// # Errors
    /// Writing fails; the message names the path.
    pub(crate) fn write(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        match &mut self.target {
            Target::Temporary(file) => file.write_all(bytes).map_err(|e| with_path(&self.path, e)),
            #[cfg(target_os = "wasi")]
            Target::Whole(text) => {
                text.extend_from_slice(bytes);
                Ok(())
            }
        }
    }

    /// The file in place of `path`, whole.
    ///
    /// # Errors
    /// Writing fails; the message names the path.
    pub(crate) fn finish(self) -> std::io::Result<()> {
        let path = self.path.as_path();
        let file = match self.target {
            Target::Temporary(file) => file
                .into_inner()
                .map_err(|e| with_path(path, e.into_error()))?,
            #[cfg(target_os = "wasi")]
            Target::Whole(text) => return rewrite(path, &text).map_err(|e| with_path(path, e)),
        };
        if let Some(meta) = &self.existing {
            // A report is the run's own output: kept from others as before, and written also where
            // its owner cannot be kept (someone else's, in a folder amlint may write).
            keep(file.as_file(), meta, Owner::IfAllowed)
                .map_err(|why| std::io::Error::other(format!("{}: {why}", path.display())))?;
        }
        file.as_file().sync_all().map_err(|e| with_path(path, e))?;
        file.persist(path).map_err(|e| with_path(path, e.error))?;
        Ok(())
    }
}

/// Text kept aside until it can be written (a report's parts, before a head that only the last
/// file settles): in an anonymous temporary file, which no other program sees and which is gone
/// when the run ends, so a long run keeps little in memory; in memory where no temporary file
/// can be made (under WASI, or without a writable temporary folder). It holds only report text,
/// already masked.
pub(crate) enum Spill {
    File(std::io::BufWriter<std::fs::File>),
    Memory(String),
}

impl Spill {
    pub(crate) fn new() -> Spill {
        // WASI has no temporary folder (the standard library panics when asked for one).
        if cfg!(target_os = "wasi") {
            return Spill::Memory(String::new());
        }
        match tempfile::tempfile() {
            Ok(file) => Spill::File(std::io::BufWriter::with_capacity(1 << 16, file)),
            Err(_) => Spill::Memory(String::new()),
        }
    }

    /// Keeps `text` after what was kept before.
    ///
    /// # Errors
    /// Writing the temporary file fails.
    pub(crate) fn write(&mut self, text: &str) -> std::io::Result<()> {
        match self {
            Spill::File(file) => file.write_all(text.as_bytes()),
            Spill::Memory(kept) => {
                kept.push_str(text);
                Ok(())
            }
        }
    }

    /// Everything kept, in order, handed to `each` a line at a time (from a file) or at once.
    ///
    /// # Errors
    /// Reading the temporary file fails, or `each` fails.
    pub(crate) fn drain(
        self,
        mut each: impl FnMut(&str) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        use std::io::{BufRead, Seek};
        let file = match self {
            Spill::Memory(kept) => return each(&kept),
            Spill::File(file) => file.into_inner().map_err(|e| e.into_error())?,
        };
        let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
        reader.rewind()?;
        let mut line = String::new();
        // Only this run wrote the file, as text, and it is read back to its end once.
        while reader.read_line(&mut line)? > 0 {
            each(&line)?;
            line.clear();
        }
        Ok(())
    }
}

/// The mode a new file is created with, which the umask then narrows, as for any new file:
/// `0666` (tempfile's own is `0600`).
fn new_file_mode() -> Option<std::fs::Permissions> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(std::fs::Permissions::from_mode(0o666))
    }
    #[cfg(not(unix))]
    None
}

/// Under WASI: an existing file (a regular one, as its metadata said just before) truncated and
/// written again; the same file keeps its mode and owner.
#[cfg(target_os = "wasi")]
fn rewrite(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Replaces a spec's contents with `fixed` (`--fix`): written to its target when `path` is a
/// symbolic link (the link stays), through a temporary file beside the target and a rename. The
/// temporary file gets the target's owner, group and mode before the rename, so the file is
/// never, not even for a moment, open to more people than before. Not written: a file without
/// any write permission, one whose owner and group amlint cannot give the new file, and one that
/// no longer holds `checked`, the bytes amlint checked and fixed (an edit saved meanwhile).
///
/// # Errors
/// Why the file was not written (the caller names it).
pub(crate) fn write_in_place(path: &Path, checked: &[u8], fixed: &[u8]) -> Result<(), String> {
    if cfg!(target_os = "wasi") {
        return Err(ui::say("cli.fix_wasi", &[]));
    }
    let describe = |e: std::io::Error| crate::discover::describe(&e);
    let target = std::fs::canonicalize(path).map_err(describe)?;
    let meta = std::fs::metadata(&target).map_err(describe)?;
    if !meta.is_file() {
        return Err(files::not_regular(files::kind(&meta.file_type())));
    }
    if read_only(&meta) {
        return Err(ui::say("cli.fix_read_only", &[]));
    }
    let mut file = tempfile::Builder::new()
        .tempfile_in(folder_of(&target))
        .map_err(describe)?;
    file.write_all(fixed).map_err(describe)?;
    keep(file.as_file(), &meta, Owner::Required)?;
    file.as_file().sync_all().map_err(describe)?;
    commit(file, &target, checked)
}

/// Renames the written temporary file over `target`, unless `target` no longer holds `checked`:
/// then `target` is left as it is and the temporary file removed.
fn commit(file: tempfile::NamedTempFile, target: &Path, checked: &[u8]) -> Result<(), String> {
    let limit = u64::try_from(checked.len()).unwrap_or(u64::MAX);
    let unchanged = files::read(target, limit).is_ok_and(|now| now == checked);
    if !unchanged {
        return Err(ui::say("cli.fix_changed", &[]));
    }
    file.persist(target)
        .map(|_| ())
        .map_err(|e| crate::discover::describe(&e.error))
}

/// Whether no one may write the file: no write permission bit at all.
fn read_only(meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        meta.permissions().mode() & 0o222 == 0
    }
    #[cfg(not(unix))]
    meta.permissions().readonly()
}

/// Whether a file may be written when its owner and group cannot be kept.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    /// No: a spec is the user's, and stays whose it was.
    Required,
    /// Yes: the mode is kept all the same.
    IfAllowed,
}

/// Gives a new file the owner, group and mode of the file it replaces (`meta`'s). The owner
/// first: changing it clears the set-id bits, which the mode then restores.
fn keep(file: &std::fs::File, meta: &std::fs::Metadata, owner: Owner) -> Result<(), String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let now = file.metadata().map_err(|e| crate::discover::describe(&e))?;
        if (now.uid(), now.gid()) != (meta.uid(), meta.gid()) {
            let changed = std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid()));
            if let (Err(error), Owner::Required) = (changed, owner) {
                let detail = crate::discover::describe(&error);
                return Err(ui::say("cli.fix_owner", &[("detail", &detail)]));
            }
        }
        let mode = std::fs::Permissions::from_mode(meta.permissions().mode() & 0o7777);
        file.set_permissions(mode)
            .map_err(|e| crate::discover::describe(&e))
    }
    #[cfg(not(unix))]
    {
        let _ = owner;
        file.set_permissions(meta.permissions())
            .map_err(|e| crate::discover::describe(&e))
    }
}

/// The folder a file is in (`.` for a bare name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Appends `bytes` to `path` (GitHub's step summary is shared by every step of a job), creating
/// it if need be: only a regular file (a named pipe would block the run), opened without waiting.
///
/// # Errors
/// `path` is not a regular file, or writing fails; the message names the path.
pub(crate) fn append(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let refuse = |why: String| std::io::Error::other(format!("{}: {why}", path.display()));
    files::writable_target(path).map_err(refuse)?;
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(files::NONBLOCK);
    }
    let mut file = options.open(path).map_err(|e| with_path(path, e))?;
    let meta = file.metadata().map_err(|e| with_path(path, e))?;
    if !meta.is_file() {
        return Err(refuse(files::not_regular(files::kind(&meta.file_type()))));
    }
    file.write_all(bytes).map_err(|e| with_path(path, e))
}

fn with_path(path: &Path, error: std::io::Error) -> std::io::Error {
    std::io::Error::new(
        error.kind(),
        format!("{}: {}", path.display(), crate::discover::describe(&error)),
    )
}

/// A writer that waits when the reader is slow instead of failing. Node hands the WASI build (the
/// npm package's `amlint`) its standard streams in non-blocking mode, so a full pipe answers
/// "would block"; natively the streams block and this never waits.
pub(crate) struct Patient<W>(pub(crate) W);

impl<W: Write> Write for Patient<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        loop {
            match self.0.write(buf) {
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
                other => return other,
            }
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        loop {
            match self.0.flush() {
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
                other => return other,
            }
        }
    }
}

/// Standard output, patient.
pub(crate) fn stdout() -> Patient<std::io::StdoutLock<'static>> {
    Patient(std::io::stdout().lock())
}

/// Standard error, patient.
pub(crate) fn stderr() -> Patient<std::io::StderrLock<'static>> {
    Patient(std::io::stderr().lock())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("amlint-output-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn temporary(dir: &Path, text: &str) -> tempfile::NamedTempFile {
        let mut file = tempfile::Builder::new().tempfile_in(dir).unwrap();
        file.write_all(text.as_bytes()).unwrap();
        file
    }

    /// An edit saved between amlint's read and its rename is not lost: the file is left as the
    /// editor saved it, the fixed text is not written, and no temporary file is left.
    #[test]
    fn an_edit_saved_meanwhile_is_kept() {
        let dir = scratch("commit");
        let spec = dir.join("spec.yml");
        std::fs::write(&spec, "checked\n").unwrap();
        // Unchanged since amlint read it: replaced.
        commit(temporary(&dir, "fixed\n"), &spec, b"checked\n").unwrap();
        assert_eq!(std::fs::read_to_string(&spec).unwrap(), "fixed\n");
        // Saved meanwhile, longer, shorter, or the same length: kept.
        for saved in ["fixed\nand more\n", "fix\n", "fixex\n"] {
            std::fs::write(&spec, saved).unwrap();
            let file = temporary(&dir, "fixed again\n");
            let error = commit(file, &spec, b"fixed\n").unwrap_err();
            assert!(
                error.contains("changed while amlint was checking it"),
                "{error}"
            );
            assert_eq!(std::fs::read_to_string(&spec).unwrap(), saved);
        }
        // Deleted meanwhile: not brought back.
        std::fs::remove_file(&spec).unwrap();
        assert!(commit(temporary(&dir, "fixed\n"), &spec, b"fixed\n").is_err());
        assert!(!spec.exists());
        assert_eq!(
            std::fs::read_dir(&dir).unwrap().count(),
            0,
            "temporary files left"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
