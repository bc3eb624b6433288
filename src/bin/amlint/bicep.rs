//! Running the Bicep CLI on a `.bicep` file: `bicep build --stdout FILE`, the `bicep` on `PATH`
//! (as PSRule for Azure runs it). Bounded: the process is stopped after the timeout
//! (`AMLINT_BICEP_TIMEOUT` seconds, 30 unless set), at most the check's byte limit of its standard
//! output and 64 KiB of its standard error are read. It runs in a process group of its own, which
//! is stopped whole (what it started too); once it has exited, a pipe that a process it left
//! behind holds open is waited for a short grace, then what it wrote is taken. What the result
//! means is the library's (`amlint::check_bicep_text`).

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use amlint::BicepBuild;

/// How long a build may take unless `AMLINT_BICEP_TIMEOUT` says otherwise: a cold start of the
/// CLI takes seconds, restoring modules from a registry more.
const DEFAULT_TIMEOUT: u64 = 30;

/// The most of its standard error kept, and of that the lines quoted.
const STDERR_LIMIT: u64 = 64 << 10;
const STDERR_LINES: usize = 5;

/// The environment variable that sets the timeout, in whole seconds.
pub(crate) const TIMEOUT_VARIABLE: &str = "AMLINT_BICEP_TIMEOUT";

/// The timeout `AMLINT_BICEP_TIMEOUT` sets (whole seconds, at least 1), else (unset or empty) the
/// default.
///
/// # Errors
/// It is set to something else: in words naming it.
pub(crate) fn timeout() -> Result<u64, String> {
    match std::env::var_os(TIMEOUT_VARIABLE) {
        // Set empty is unset, as for most variables (`AMLINT_BICEP_TIMEOUT= amlint ...`).
        None => Ok(DEFAULT_TIMEOUT),
        Some(value) if value.to_str().is_some_and(|v| v.trim().is_empty()) => Ok(DEFAULT_TIMEOUT),
        Some(value) => value
            .to_str()
            .and_then(|v| v.trim().parse::<u64>().ok())
            .filter(|seconds| (1..=86_400).contains(seconds))
            .ok_or_else(|| {
                crate::ui::say(
                    "cli.bicep_timeout",
                    &[
                        ("variable", TIMEOUT_VARIABLE),
                        (
                            "value",
                            &amlint::report::printable(&value.to_string_lossy()),
                        ),
                    ],
                )
            }),
    }
}

/// Builds `path` and says what came of it; at most `limit` bytes of JSON are taken.
pub(crate) fn build(path: &Path, limit: usize, seconds: u64) -> BicepBuild {
    // A name that starts with `-` is not taken for an option.
    let path = if path.as_os_str().as_encoded_bytes().starts_with(b"-") {
        Path::new(".").join(path)
    } else {
        path.to_path_buf()
    };
    let mut command = Command::new("bicep");
    command
        .arg("build")
        .arg("--stdout")
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // A group of its own, stopped whole: what it starts is stopped with it.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = match command.spawn() {
        Ok(child) => child,
        // Not on PATH, or no processes here (WASI, where npx runs the command).
        Err(error)
            if matches!(
                error.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::Unsupported
            ) =>
        {
            return BicepBuild::Missing;
        }
        Err(error) => return BicepBuild::Failed(error.to_string()),
    };
    let limit = u64::try_from(limit).unwrap_or(u64::MAX);
    let mut stdout = Pipe::new(child.stdout.take(), limit + 1);
    let mut stderr = Pipe::new(child.stderr.take(), STDERR_LIMIT);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let too_large = BicepBuild::TooLarge(usize::try_from(limit).unwrap_or(usize::MAX));
    // Until it exits, writes more than the limit, or runs out of time.
    let status = loop {
        stdout.take(None);
        stderr.take(None);
        if stdout.bytes.len() as u64 > limit {
            stop(&mut child);
            return too_large;
        }
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
            Ok(None) | Err(_) => break None,
        }
    };
    let Some(status) = status else {
        stop(&mut child);
        return BicepBuild::TimedOut(seconds);
    };
    // The pipes close when it exits, unless a process it started holds them: then what it wrote
    // is taken after a short grace (a pipe's contents arrive at once).
    let grace = Instant::now() + GRACE;
    stdout.take(Some(grace));
    stderr.take(Some(grace));
    let (out, err) = (stdout.bytes, stderr.bytes);
    if out.len() as u64 > limit {
        return too_large;
    }
    if !status.success() {
        let err = String::from_utf8_lossy(&err).into_owned();
        let lines: Vec<&str> = err
            .lines()
            .map(str::trim_end)
            .filter(|line| !line.is_empty())
            .take(STDERR_LINES)
            .collect();
        let detail = if lines.is_empty() {
            status.to_string()
        } else {
            lines.join("\n")
        };
        return BicepBuild::Failed(detail);
    }
    BicepBuild::Built(String::from_utf8_lossy(&out).into_owned())
}

/// How long the pipes are waited for once the CLI has exited.
const GRACE: Duration = Duration::from_millis(500);

/// Stops the CLI and every process of its group (what it started and left running too), and
/// reaps it.
fn stop(child: &mut std::process::Child) {
    #[cfg(unix)]
    {
        let group = rustix::process::Pid::from_child(child);
        let _ = rustix::process::kill_process_group(group, rustix::process::Signal::KILL);
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// A pipe of the CLI's, read on a thread of its own up to a limit (then closed: the writer
/// stops): what has arrived so far, and whether it closed.
struct Pipe {
    bytes: Vec<u8>,
    closed: bool,
    chunks: mpsc::Receiver<Vec<u8>>,
}

impl Pipe {
    fn new(pipe: Option<impl Read + Send + 'static>, limit: u64) -> Pipe {
        let (send, chunks) = mpsc::channel();
        if let Some(pipe) = pipe {
            let work = move || {
                let mut pipe = pipe.take(limit);
                let mut buffer = vec![0_u8; 64 << 10];
                loop {
                    match pipe.read(&mut buffer) {
                        Ok(0) => break,
                        Ok(n) => {
                            if send.send(buffer[..n].to_vec()).is_err() {
                                break;
                            }
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                        Err(_) => break,
                    }
                }
            };
            // Where no thread can be started, nothing is read.
            let _ = std::thread::Builder::new().spawn(work);
        }
        Pipe {
            bytes: Vec::new(),
            closed: false,
            chunks,
        }
    }

    /// Takes what has arrived; with `until`, waits until then at most for the pipe to close.
    fn take(&mut self, until: Option<Instant>) {
        while !self.closed {
            let next = match until {
                None => self.chunks.try_recv().map_err(|e| match e {
                    mpsc::TryRecvError::Empty => false,
                    mpsc::TryRecvError::Disconnected => true,
                }),
                Some(until) => self
                    .chunks
                    .recv_timeout(until.saturating_duration_since(Instant::now()))
                    .map_err(|e| matches!(e, mpsc::RecvTimeoutError::Disconnected)),
            };
            match next {
                Ok(chunk) => self.bytes.extend(chunk),
                Err(closed) => {
                    self.closed = closed;
                    break;
                }
            }
        }
    }
}
