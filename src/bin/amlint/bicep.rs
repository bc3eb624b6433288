//! Running the Bicep CLI on a `.bicep` file: `bicep build --stdout FILE`, the `bicep` on `PATH`
//! (as PSRule for Azure runs it). Bounded: the process is stopped after the timeout
//! (`AMLINT_BICEP_TIMEOUT` seconds, 30 unless set), at most the check's byte limit of its standard
//! output and 64 KiB of its standard error are read, and a reader that a leftover child process
//! keeps waiting is left behind rather than waited for. What the result means is the library's
//! (`amlint::check_bicep_text`).

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

/// The timeout `AMLINT_BICEP_TIMEOUT` sets (whole seconds, at least 1), else the default.
///
/// # Errors
/// It is set to something else: in words naming it.
pub(crate) fn timeout() -> Result<u64, String> {
    match std::env::var_os(TIMEOUT_VARIABLE) {
        None => Ok(DEFAULT_TIMEOUT),
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
    let spawned = Command::new("bicep")
        .arg("build")
        .arg("--stdout")
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
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
    let stdout = child.stdout.take().map(|pipe| reader(pipe, limit + 1));
    let stderr = child.stderr.take().map(|pipe| reader(pipe, STDERR_LIMIT));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let too_large = BicepBuild::TooLarge(usize::try_from(limit).unwrap_or(usize::MAX));
    // Until it exits, writes more than the limit, or runs out of time.
    let mut out = None;
    let status = loop {
        if out.is_none() {
            out = stdout.as_ref().and_then(|r| r.try_recv().ok());
        }
        if out.as_ref().is_some_and(|o| o.len() as u64 > limit) {
            let _ = child.kill();
            let _ = child.wait();
            return too_large;
        }
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
            Ok(None) | Err(_) => break None,
        }
    };
    let Some(status) = status else {
        let _ = child.kill();
        let _ = child.wait();
        return BicepBuild::TimedOut(seconds);
    };
    // The pipes close when the process ends, unless a process it started holds them: then what
    // is left of the time is waited, no longer.
    let left = |deadline: Instant| deadline.saturating_duration_since(Instant::now());
    let out = out.or_else(|| stdout.and_then(|r| r.recv_timeout(left(deadline)).ok()));
    let err = stderr.and_then(|r| r.recv_timeout(left(deadline)).ok());
    let Some(out) = out else {
        return BicepBuild::TimedOut(seconds);
    };
    if out.len() as u64 > limit {
        return too_large;
    }
    if !status.success() {
        let err = String::from_utf8_lossy(&err.unwrap_or_default()).into_owned();
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

/// Reads at most `limit` bytes of `pipe` on a thread of its own, and hands them over when the
/// pipe closes or the limit is reached (then the pipe is closed: the writer stops).
fn reader(pipe: impl Read + Send + 'static, limit: u64) -> mpsc::Receiver<Vec<u8>> {
    let (send, receive) = mpsc::channel();
    let work = move || {
        let _ = send.send(crate::files::read_stream(pipe, limit));
    };
    // Where no thread can be started, nothing is read: the receiver reports it as a timeout.
    let _ = std::thread::Builder::new().spawn(work);
    receive
}
