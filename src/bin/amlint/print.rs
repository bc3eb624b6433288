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
pub(crate) fn usage(error: &clap::Error) -> ExitCode {
    if !error.use_stderr() {
        error.exit();
    }
    let _ = err(&error.render().to_string(), PLAIN);
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
}
