//! Writing reports, baselines and fixed specs: whole or not at all, to regular files through their
//! links (a report also to a terminal, `/dev/null` or a pipe that has a reader, directly), never
//! in `/dev`, never over a file the run reads, and never widening who may read or write a file.

use std::io::Write;
use std::path::{Path, PathBuf};

use amlint::Options;
use amlint::report::{Format, Syntax};

use crate::args::CheckArgs;
use crate::discover::Input;
use crate::{files, ui};

/// Refuses, before anything is read or written, what a run would write wrongly: a report or
/// baseline target (`-o`, `--report`, `--write-baseline`, and with `format` GitHub's the step
/// summary) that amlint does not write to ([`writable`]; the step summary only a regular file),
/// that another target of the run names too, or that is one of the files the run reads: the
/// inputs, `later` (what checking them reads: module files, var and parameter files), the files
/// named by options, and every file read while planning (configs and what they `extend`, policy
/// files, ignore files: [`files::was_read`]); and under WASI, `--fix` of a file.
///
/// # Errors
/// What is wrong, naming the path.
pub(crate) fn check_writes(
    args: &CheckArgs,
    old: Option<&Path>,
    inputs: &[(Input, Options)],
    later: &[PathBuf],
    config: Option<&Path>,
    format: Format,
) -> Result<(), String> {
    #[cfg(target_os = "wasi")]
    if args.fix && inputs.iter().any(|(input, _)| input.path().is_some()) {
        return Err(ui::say("cli.fix_wasi", &[]));
    }
    if inputs
        .iter()
        .any(|(input, _)| matches!(input, Input::Stdin))
    {
        files::remember_stdin();
    }
    let named = |target: &Path, why: String| format!("{}: {why}", target.display());
    let mut seen: Vec<PathBuf> = Vec::new();
    let reports = args
        .output_file
        .iter()
        .chain(args.report.iter().map(|(_, path)| path))
        .chain(&args.write_baseline);
    for target in reports {
        writable(target).map_err(|why| named(target, why))?;
        if let Some(identity) = identity(target) {
            if seen.contains(&identity) {
                return Err(ui::say(
                    "cli.output_twice",
                    &[("path", &target.display().to_string())],
                ));
            }
            seen.push(identity);
        }
    }
    let summary = std::env::var_os("GITHUB_STEP_SUMMARY")
        .filter(|path| format == Format::Github && !path.is_empty())
        .map(PathBuf::from);
    if let Some(summary) = &summary {
        files::writable_target(summary).map_err(|why| named(summary, why))?;
    }
    let targets = args
        .output_file
        .iter()
        .chain(args.report.iter().map(|(_, path)| path))
        .chain(&args.write_baseline)
        .chain(&summary);
    let mut existing = Vec::new();
    for target in targets {
        // A target that is not there is no input; one that is, is compared by where it leads.
        let Ok(meta) = std::fs::metadata(target) else {
            continue;
        };
        let refused = || {
            ui::say(
                "cli.output_is_input",
                &[("path", &target.display().to_string())],
            )
        };
        if meta.is_file() && files::was_read(&meta) {
            return Err(refused());
        }
        // A pipe amlint reads from: a report there goes nowhere, or waits on amlint itself. (The
        // null device or a terminal may be standard input and output at once: written as output.)
        if is_pipe(&meta)
            && crate::print::is_stdin(&meta)
            && crate::print::own_stream(&meta).is_none()
        {
            return Err(named(target, ui::say("cli.output_stdin", &[])));
        }
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
        .chain(later.iter().map(PathBuf::as_path))
        .chain(old)
        .chain(args.previous.iter().map(PathBuf::as_path))
        .chain(args.existing.as_deref())
        .chain(args.sizes.as_deref())
        .chain(args.policy.iter().map(PathBuf::as_path))
        .chain(args.parameters.as_deref())
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

/// Writes a report or baseline to `path` ([`Atomic`]): a regular file (or a new one) whole, through
/// a temporary file beside it and a rename, so a reader (or a crash) never sees half a report; a
/// stream (a terminal, `/dev/null`, a pipe with a reader) directly.
///
/// # Errors
/// `path` is something amlint does not write to, or writing fails; the message names the path.
pub(crate) fn write_atomically(path: &Path, text: &str, syntax: Syntax) -> std::io::Result<()> {
    let mut file = Atomic::create(path, syntax)?;
    file.write(text)?;
    file.finish()
}

/// A report written piece by piece to `path`. Where `path` is (or leads by links to) a regular
/// file, or to nothing yet, the report replaces that file whole once finished: it is written to a
/// temporary file beside the file the links lead to, renamed over it by [`Atomic::finish`] (a
/// link stays a link), removed if the run stops before. A new file gets the mode a new file gets
/// (`0666` less the umask); an existing one keeps its mode, owner and group. Where `path` leads to
/// a stream (a character device such as `/dev/stdout`'s terminal or `/dev/null`, or a named pipe
/// that has a reader) the report is written to it directly: nothing is created or renamed there.
/// Under WASI, which can neither set nor read a mode, an existing file is rewritten in place
/// instead, once the whole text is there, which keeps them.
pub(crate) struct Atomic {
    /// As the user gave it, for messages.
    path: PathBuf,
    /// Where the file is replaced: `path` with its links followed.
    at: PathBuf,
    existing: Option<std::fs::Metadata>,
    target: Target,
}

enum Target {
    Temporary(std::io::BufWriter<tempfile::NamedTempFile>),
    /// A character device or a named pipe with a reader, written as it comes, escaped as standard
    /// output is (it may be standard output, in a CI log).
    Stream(crate::print::Pieces<Box<dyn Write>>),
    /// Under WASI, for an existing file: the text, rewritten over it at the end.
    #[cfg(target_os = "wasi")]
    Whole(Vec<u8>),
}

/// Where a report goes: a file replaced whole at `at`, an open stream, or one of amlint's own.
enum Destination {
    File {
        at: PathBuf,
        existing: Option<std::fs::Metadata>,
    },
    Stream(std::fs::File),
    Own(crate::print::Own),
}

/// How many symbolic links are followed to a target that is not there yet (as the kernel's
/// `ELOOP` limit).
const MAX_LINKS: usize = 40;

/// `ENXIO`: a named pipe opened for writing without waiting, and without a reader.
#[cfg(unix)]
const NO_READER: i32 = 6;

/// Where a report aimed at `path` goes, decided before a byte is written (see [`Atomic`]).
///
/// # Errors
/// `path` leads to what amlint does not write to (a folder, a block device, a socket, a named
/// pipe without a reader, a file in `/dev`), or cannot be looked at; the message names the path.
fn destination(path: &Path) -> std::io::Result<Destination> {
    let refuse = |why: String| std::io::Error::other(format!("{}: {why}", path.display()));
    let found = std::fs::metadata(path);
    if let Ok(meta) = &found
        && let Some(own) = crate::print::own_stream(meta)
    {
        return Ok(Destination::Own(own));
    }
    match found {
        Ok(meta) if meta.is_file() => {
            let at = resolved(path)?;
            outside_dev(path, &at)?;
            Ok(Destination::File {
                at,
                existing: Some(meta),
            })
        }
        Ok(meta) if is_stream(&meta) => open_stream(path).map(Destination::Stream),
        Ok(meta) => Err(refuse(files::not_regular(files::kind(&meta.file_type())))),
        Err(error) if files::absent(&error) => {
            let at = follow_links(path)?;
            outside_dev(path, &at)?;
            Ok(Destination::File { at, existing: None })
        }
        Err(error) => Err(with_path(path, error)),
    }
}

/// Refuses, before anything is read or written, a report target amlint would not write (see
/// [`destination`]) — except a named pipe's reader, which only opening it can tell.
///
/// # Errors
/// What is wrong, without the path.
pub(crate) fn writable(path: &Path) -> Result<(), String> {
    let describe = |e: std::io::Error| crate::discover::describe(&e);
    match std::fs::metadata(path) {
        Ok(meta) if is_stream(&meta) || crate::print::own_stream(&meta).is_some() => Ok(()),
        Ok(meta) if !meta.is_file() => Err(files::not_regular(files::kind(&meta.file_type()))),
        Ok(_) => in_dev(&resolved(path).map_err(describe)?),
        Err(error) if files::absent(&error) => in_dev(&follow_links(path).map_err(describe)?),
        Err(_) => Ok(()),
    }
}

/// Which file a report target is, for telling two targets apart: its canonical path, or for one
/// not there yet, its links followed in its folder's canonical path. `None` if that cannot be
/// known (the write then says why).
pub(crate) fn identity(path: &Path) -> Option<PathBuf> {
    std::fs::canonicalize(path).ok().or_else(|| {
        let at = follow_links(path).ok()?;
        let folder = std::fs::canonicalize(folder_of(&at)).ok()?;
        Some(folder.join(at.file_name()?))
    })
}

/// Whether a file is written to directly: a character device (a terminal, `/dev/null`) or a named
/// pipe. WASI does not tell these apart from sockets, so there none is.
fn is_stream(meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        kind.is_char_device() || kind.is_fifo()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        false
    }
}

/// Opens a character device or a named pipe to write to it, without creating or truncating
/// anything and without waiting: a named pipe without a reader is refused at once. The opened
/// file is judged again, so one swapped in since is refused too.
fn open_stream(path: &Path) -> std::io::Result<std::fs::File> {
    let refuse = |why: String| std::io::Error::other(format!("{}: {why}", path.display()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(files::NONBLOCK);
    }
    let file = match options.open(path) {
        Ok(file) => file,
        #[cfg(unix)]
        Err(error) if error.raw_os_error() == Some(NO_READER) => {
            return Err(refuse(ui::say("cli.output_no_reader", &[])));
        }
        Err(error) => return Err(with_path(path, error)),
    };
    let meta = file.metadata().map_err(|e| with_path(path, e))?;
    if !is_stream(&meta) {
        return Err(refuse(files::not_regular(files::kind(&meta.file_type()))));
    }
    Ok(file)
}

/// `path` with every link followed, for a target that is there.
fn resolved(path: &Path) -> std::io::Result<PathBuf> {
    #[cfg(target_os = "wasi")]
    {
        // WASI cannot canonicalize; an existing file is rewritten in place there, through links.
        Ok(path.to_owned())
    }
    #[cfg(not(target_os = "wasi"))]
    std::fs::canonicalize(path).map_err(|e| with_path(path, e))
}

/// `path` with its links followed as far as they lead, for a target that is not there yet (a new
/// file, or a link to one): the path the new file gets, so that a link stays a link.
fn follow_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut at = path.to_owned();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&at).map_err(|e| with_path(path, e))?;
                at = if link.is_absolute() {
                    link
                } else {
                    folder_of(&at).join(link)
                };
            }
            _ => return Ok(at),
        }
    }
    Err(std::io::Error::other(format!(
        "{}: {}",
        path.display(),
        ui::say("cli.output_link_loop", &[])
    )))
}

/// Refuses a file to create or replace in `/dev` (a machine's `/dev/stdout` link made a file is
/// broken for every later program).
fn in_dev(at: &Path) -> Result<(), String> {
    if at.parent() == Some(Path::new("/dev")) {
        return Err(ui::say("cli.output_in_dev", &[]));
    }
    Ok(())
}

fn outside_dev(path: &Path, at: &Path) -> std::io::Result<()> {
    in_dev(at).map_err(|why| std::io::Error::other(format!("{}: {why}", path.display())))
}

impl Atomic {
    /// # Errors
    /// `path` leads to something amlint does not write to, or its temporary file cannot be made;
    /// the message names the path.
    /// `syntax` is the report's, for escaping it where it goes to a stream.
    pub(crate) fn create(path: &Path, syntax: Syntax) -> std::io::Result<Atomic> {
        let stream = |out: Box<dyn Write>| Atomic {
            path: path.to_owned(),
            at: path.to_owned(),
            existing: None,
            target: Target::Stream(crate::print::Pieces::to(out, syntax)),
        };
        let (at, existing) = match destination(path)? {
            Destination::Own(own) => return Ok(stream(crate::print::own_writer(own))),
            Destination::Stream(file) => {
                let out = std::io::BufWriter::with_capacity(1 << 16, Patient(file));
                return Ok(stream(Box::new(out)));
            }
            Destination::File { at, existing } => (at, existing),
        };
        #[cfg(target_os = "wasi")]
        if existing.is_some() {
            return Ok(Atomic {
                path: path.to_owned(),
                at,
                existing,
                target: Target::Whole(Vec::new()),
            });
        }
        let mut builder = tempfile::Builder::new();
        if let (None, Some(mode)) = (&existing, new_file_mode()) {
            builder.permissions(mode);
        }
        let file = builder
            .tempfile_in(folder_of(&at))
            .map_err(|e| with_path(path, e))?;
        Ok(Atomic {
            path: path.to_owned(),
            at,
            existing,
            target: Target::Temporary(std::io::BufWriter::with_capacity(1 << 16, file)),
        })
    }

    /// The next piece.
    ///
    /// # Errors
    /// Writing fails; the message names the path.
    pub(crate) fn write(&mut self, text: &str) -> std::io::Result<()> {
        let bytes = text.as_bytes();
        match &mut self.target {
            Target::Temporary(file) => file.write_all(bytes).map_err(|e| with_path(&self.path, e)),
            Target::Stream(out) => out.write(text).map_err(|e| with_path(&self.path, e)),
            #[cfg(target_os = "wasi")]
            Target::Whole(whole) => {
                whole.extend_from_slice(bytes);
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
        let at = self.at.as_path();
        let file = match self.target {
            Target::Temporary(file) => file
                .into_inner()
                .map_err(|e| with_path(path, e.into_error()))?,
            Target::Stream(out) => return out.finish().map_err(|e| with_path(path, e)),
            #[cfg(target_os = "wasi")]
            Target::Whole(text) => return rewrite(at, &text).map_err(|e| with_path(path, e)),
        };
        // Whatever read a file in this run, and however it was named, a report does not replace it.
        if std::fs::metadata(at).is_ok_and(|now| now.is_file() && files::was_read(&now)) {
            let path = path.display().to_string();
            return Err(std::io::Error::other(ui::say(
                "cli.output_is_input",
                &[("path", &path)],
            )));
        }
        if let Some(meta) = &self.existing {
            // A report is the run's own output: kept from others as before, and written also where
            // its owner cannot be kept (someone else's, in a folder amlint may write).
            keep(file.as_file(), meta, Owner::IfAllowed)
                .map_err(|why| std::io::Error::other(format!("{}: {why}", path.display())))?;
        }
        file.as_file().sync_all().map_err(|e| with_path(path, e))?;
        file.persist(at).map_err(|e| with_path(path, e.error))?;
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

/// Makes `schema --all --out-dir`'s folder (and those it is in) if it is not there.
///
/// # Errors
/// `dir` is there and is not a folder (after following links), or cannot be made: the message
/// names it and says what is wrong.
pub(crate) fn out_dir(dir: &Path) -> std::io::Result<()> {
    if let Ok(meta) = std::fs::metadata(dir)
        && !meta.is_dir()
    {
        let what = if meta.is_file() {
            ui::say("cli.not_regular.file", &[])
        } else {
            ui::say(files::kind(&meta.file_type()), &[])
        };
        let path = dir.display().to_string();
        return Err(std::io::Error::other(ui::say(
            "cli.out_dir_not_folder",
            &[("path", &path), ("what", &what)],
        )));
    }
    std::fs::create_dir_all(dir).map_err(|e| with_path(dir, e))
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

/// Whether the file `meta` describes is a pipe (never, where file types say nothing of it).
fn is_pipe(meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        meta.file_type().is_fifo()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        false
    }
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

    /// A file the reader opened in this run is not replaced by a report, whatever the name the
    /// report gives it (a link here) and whether or not the up-front check knew of it: refused
    /// just before the rename, the file kept and no temporary file left. A file not read is
    /// written.
    #[cfg(unix)]
    #[test]
    fn a_report_never_replaces_a_file_the_run_read() {
        let dir = scratch("read");
        let read = dir.join("module.tf");
        std::fs::write(&read, "kept\n").unwrap();
        std::os::unix::fs::symlink("module.tf", dir.join("alias.json")).unwrap();
        let other = dir.join("report.json");
        std::fs::write(&other, "old\n").unwrap();
        files::read(&read, 100).unwrap();
        let mut report = Atomic::create(&dir.join("alias.json"), Syntax::Json).unwrap();
        report.write("report\n").unwrap();
        let error = report.finish().unwrap_err().to_string();
        assert!(error.contains("this run also reads that file"), "{error}");
        assert_eq!(std::fs::read_to_string(&read).unwrap(), "kept\n");
        write_atomically(&other, "report\n", Syntax::Json).unwrap();
        assert_eq!(std::fs::read_to_string(&other).unwrap(), "report\n");
        assert_eq!(
            std::fs::read_dir(&dir).unwrap().count(),
            3,
            "temporary files left"
        );
        let _ = std::fs::remove_dir_all(&dir);
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
