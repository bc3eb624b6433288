//! Every write to standard output and standard error. Each text goes through
//! `report::for_ci` whole, so nothing from outside that it quotes (file names, spec text, config,
//! baseline and context files, arguments) can move the cursor, forge a line or read as a command
//! to the CI service whose log it lands in. Only this module names the standard streams
//! (`tests/it/printing.rs` holds it).

use std::io::Write;
use std::process::ExitCode;

use amlint::report::{self, Syntax, printable};

use crate::output;

/// Plain text for people.
pub(crate) const PLAIN: Syntax = Syntax::Text { styled: false };

/// `text` on standard output, printed as `syntax` is.
pub(crate) fn out(text: &str, syntax: Syntax) -> std::io::Result<()> {
    output::stdout().write_all(report::for_ci(text, syntax).as_bytes())
}

/// Standard output written piece by piece (a report file by file), or a stream a report goes to
/// (`-o /dev/stdout`, a terminal, a named pipe: what lands in a CI log just as standard output
/// does): every piece goes through `report::for_ci` as [`out`]'s whole text does. The escape
/// reads a text line by line, so a piece is escaped up to its last line feed and the rest waits
/// for the next piece: the pieces print as their whole would.
pub(crate) struct Pieces<
    W: Write = std::io::BufWriter<output::Patient<std::io::StdoutLock<'static>>>,
> {
    syntax: Syntax,
    /// The end of the last piece, after its last line feed.
    pending: String,
    out: W,
}

impl Pieces {
    /// Standard output, printed as `syntax` is.
    pub(crate) fn stdout(syntax: Syntax) -> Pieces {
        Pieces::to(
            std::io::BufWriter::with_capacity(1 << 16, output::stdout()),
            syntax,
        )
    }
}

impl<W: Write> Pieces<W> {
    /// `out`, written to as `syntax` is printed.
    pub(crate) fn to(out: W, syntax: Syntax) -> Pieces<W> {
        Pieces {
            syntax,
            pending: String::new(),
            out,
        }
    }

    /// The next piece.
    pub(crate) fn write(&mut self, piece: &str) -> std::io::Result<()> {
        let Some(last) = piece.rfind('\n') else {
            self.pending.push_str(piece);
            return Ok(());
        };
        let (lines, rest) = piece.split_at(last + 1);
        if self.pending.is_empty() {
            self.out
                .write_all(report::for_ci(lines, self.syntax).as_bytes())?;
        } else {
            self.pending.push_str(lines);
            let lines = std::mem::take(&mut self.pending);
            self.out
                .write_all(report::for_ci(&lines, self.syntax).as_bytes())?;
        }
        self.pending.push_str(rest);
        Ok(())
    }

    /// The end: what is left of the last piece, and everything written out.
    pub(crate) fn finish(mut self) -> std::io::Result<()> {
        let rest = std::mem::take(&mut self.pending);
        self.out
            .write_all(report::for_ci(&rest, self.syntax).as_bytes())?;
        self.out.flush()
    }
}

/// One of amlint's own standard streams, named as a report's target (`-o /dev/stdout`).
#[derive(Clone, Copy)]
pub(crate) enum Own {
    Stdout,
    Stderr,
}

/// Which of amlint's own standard streams (output first) is the file `meta` describes, by device
/// and inode: `/dev/stdout`, `/dev/fd/2`, `/proc/self/fd/1`, or the file standard output is
/// redirected to. A report aimed there is written to the stream as it stands (appended after
/// `>>`, to a socket too) rather than by reopening or replacing what it leads to.
pub(crate) fn own_stream(meta: &std::fs::Metadata) -> Option<Own> {
    [Own::Stdout, Own::Stderr]
        .into_iter()
        .find(|own| is_own(meta, *own))
}

/// Whether the file `meta` describes is the stream `own` (never, where files have no device and
/// inode to tell them by).
fn is_own(meta: &std::fs::Metadata, own: Own) -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::MetadataExt;
        let copy = match own {
            Own::Stdout => std::io::stdout().as_fd().try_clone_to_owned(),
            Own::Stderr => std::io::stderr().as_fd().try_clone_to_owned(),
        };
        copy.ok()
            .map(std::fs::File::from)
            .and_then(|file| file.metadata().ok())
            .is_some_and(|it| (it.dev(), it.ino()) == (meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = (meta, own);
        false
    }
}

/// Whether the file `meta` describes is amlint's own standard input (`-o /dev/stdin` with a
/// pipe or a terminal there: a report written to it would go nowhere, or wait for a reader that
/// is amlint itself).
pub(crate) fn is_stdin(meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::MetadataExt;
        std::io::stdin()
            .as_fd()
            .try_clone_to_owned()
            .ok()
            .map(std::fs::File::from)
            .and_then(|file| file.metadata().ok())
            .is_some_and(|it| (it.dev(), it.ino()) == (meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        false
    }
}

/// A report's writer to one of amlint's own standard streams, locked a write at a time (the run
/// prints on it meanwhile), patient.
pub(crate) fn own_writer(own: Own) -> Box<dyn Write> {
    match own {
        Own::Stdout => Box::new(std::io::BufWriter::with_capacity(
            1 << 16,
            output::Patient(std::io::stdout()),
        )),
        Own::Stderr => Box::new(std::io::BufWriter::with_capacity(
            1 << 16,
            output::Patient(std::io::stderr()),
        )),
    }
}

/// `text` on standard error, printed as `syntax` is.
pub(crate) fn err(text: &str, syntax: Syntax) -> std::io::Result<()> {
    output::stderr().write_all(report::for_ci(text, syntax).as_bytes())
}

/// `amlint: PROBLEM` on standard error, on one line.
pub(crate) fn problem(problem: &str) -> std::io::Result<()> {
    err(&format!("amlint: {}\n", printable(problem)), PLAIN)
}

/// What amlint generates from its own definitions, with nothing from outside in it (completion
/// scripts, the manual page, whose syntax an escape could break), on standard output.
pub(crate) fn own(bytes: &[u8]) -> std::io::Result<()> {
    output::stdout().write_all(bytes)
}

/// The fixed text of standard input (`check --fix -`) on standard output: the user's own spec,
/// byte for byte, as asked for (it is data for a file or the next command, which an escape
/// would change).
pub(crate) fn data(bytes: &[u8]) -> std::io::Result<()> {
    output::stdout().write_all(bytes)
}

/// Whether text on standard output is styled: as `choice` says, and for `auto` as anstream
/// decides (a terminal, `NO_COLOR`, `CLICOLOR_FORCE`).
pub(crate) fn styled(choice: anstream::ColorChoice) -> bool {
    anstream::AutoStream::new(std::io::stdout(), choice).current_choice()
        != anstream::ColorChoice::Never
}

/// A command line clap could not read: its error on standard error (it quotes the arguments),
/// exit 2; help and version on standard output as clap prints them (nothing from outside).
pub(crate) fn usage<F: clap::error::ErrorFormatter>(error: &clap::error::Error<F>) -> ExitCode {
    if !error.use_stderr() {
        error.exit();
    }
    let _ = err(&error.render().to_string(), PLAIN);
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
}
