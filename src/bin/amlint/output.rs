//! Writing reports and baselines: whole or not at all.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a reader
/// (or a crash) never sees half a report, and an existing file is replaced in one step.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(folder).map_err(|e| with_path(path, e))?;
    file.write_all(bytes).map_err(|e| with_path(path, e))?;
    file.as_file().sync_all().map_err(|e| with_path(path, e))?;
    file.persist(path).map_err(|e| with_path(path, e.error))?;
    Ok(())
}

/// Replaces a spec's contents with `bytes`: written to its target when `path` is a symbolic link
/// (the link stays), through a temporary file beside the target and a rename, with the target's
/// permissions.
pub(crate) fn write_in_place(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let target = std::fs::canonicalize(path).map_err(|e| with_path(path, e))?;
    let permissions = std::fs::metadata(&target)
        .map_err(|e| with_path(path, e))?
        .permissions();
    write_atomically(&target, bytes)?;
    std::fs::set_permissions(&target, permissions).map_err(|e| with_path(path, e))
}

/// Appends `bytes` to `path` (GitHub's step summary is shared by every step of a job).
pub(crate) fn append(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .and_then(|mut file| file.write_all(bytes))
        .map_err(|e| with_path(path, e))
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
