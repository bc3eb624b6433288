//! The `amlint` command: files in, diagnostics out. Everything it decides about specs comes from
//! the library; this binary only reads files, runs the checks in parallel, and prints.

mod args;
mod discover;

use std::io::{Read, Write};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use amlint::report::{self, File, Settings, Style, printable};
use amlint::{FileReport, Options};
use clap::Parser;

use crate::args::{CheckArgs, Cli, ColorChoice, Command, Format, ListFormat, SchemaArgs};
use crate::discover::Input;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check(&args),
        Command::Rules { format } => rules(format),
        Command::Schema(args) => schema(&args),
        Command::Explain { rule } => explain(&rule),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            // Writing failed (a closed pipe, say): nothing more can be said.
            let _ = writeln!(std::io::stderr(), "amlint: {error}");
            ExitCode::from(2)
        }
    }
}

/// What became of one input.
enum Outcome {
    Checked(String, FileReport),
    Skipped,
    Failed(String),
}

fn read_and_check(input: &Input, stdin_name: &str, options: &Options) -> (String, Outcome) {
    let label = input
        .path()
        .map_or_else(|| stdin_name.to_owned(), |p| p.display().to_string());
    let bytes = match input {
        Input::Stdin => {
            let mut buffer = Vec::new();
            let limit = u64::try_from(options.max_bytes).unwrap_or(u64::MAX) + 1;
            match std::io::stdin().take(limit).read_to_end(&mut buffer) {
                Ok(_) => buffer,
                Err(e) => return (label, Outcome::Failed(e.to_string())),
            }
        }
        Input::Named(path) | Input::Found(path) => match read_file(path, options) {
            Ok(Ok(bytes)) => bytes,
            Ok(Err(report)) => return (label, Outcome::Checked(String::new(), report)),
            Err(error) => return (label, Outcome::Failed(error)),
        },
    };
    let report = amlint::check_bytes(&bytes, options);
    if matches!(input, Input::Found(_)) && !report.looks_like_compute_spec() {
        return (label, Outcome::Skipped);
    }
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    (label, Outcome::Checked(text, report))
}

/// A named file's bytes, or the report of one too large to read. Decided from its metadata before
/// it is opened: only a regular file is read (a FIFO would block, a device never end), and never
/// more than the size limit, should it grow while it is read.
fn read_file(
    path: &std::path::Path,
    options: &Options,
) -> Result<Result<Vec<u8>, FileReport>, String> {
    let meta = std::fs::metadata(path).map_err(|e| discover::describe(&e))?;
    if !meta.is_file() {
        return Err(format!(
            "not a regular file ({}); to check a stream, pipe it in with `-`",
            file_kind(&meta.file_type())
        ));
    }
    let size = usize::try_from(meta.len()).unwrap_or(usize::MAX);
    if let Some(report) = amlint::check_size(size, options) {
        return Ok(Err(report));
    }
    let file = std::fs::File::open(path).map_err(|e| discover::describe(&e))?;
    let mut bytes = Vec::with_capacity(size);
    let limit = u64::try_from(options.max_bytes).unwrap_or(u64::MAX) + 1;
    file.take(limit)
        .read_to_end(&mut bytes)
        .map_err(|e| discover::describe(&e))?;
    Ok(match amlint::check_size(bytes.len(), options) {
        Some(report) => Err(report),
        None => Ok(bytes),
    })
}

/// What a path that is not a regular file is.
fn file_kind(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a named pipe";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_dir() {
        "a folder"
    } else {
        "not a file"
    }
}

/// Reads and checks every input, on as many threads as there are cores; results in input order.
fn read_all(inputs: &[Input], stdin_name: &str, options: &Options) -> Vec<(String, Outcome)> {
    let results: Vec<Mutex<Option<(String, Outcome)>>> =
        inputs.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(inputs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(input) = inputs.get(i) else { break };
                    let result = read_and_check(input, stdin_name, options);
                    if let Some(slot) = results.get(i) {
                        if let Ok(mut slot) = slot.lock() {
                            *slot = Some(result);
                        }
                    }
                }
            });
        }
    });
    results
        .into_iter()
        .filter_map(|slot| slot.into_inner().ok().flatten())
        .collect()
}

fn check(args: &CheckArgs) -> std::io::Result<ExitCode> {
    let options = Options::default();
    let (inputs, mut failures) = discover::inputs(&args.paths);
    let mut checked = Vec::new();
    for (label, outcome) in read_all(&inputs, &args.stdin_filename, &options) {
        match outcome {
            Outcome::Checked(text, report) => checked.push(File {
                label,
                text,
                report,
            }),
            Outcome::Failed(error) => failures.push((label.into(), error)),
            Outcome::Skipped => {}
        }
    }
    amlint::check_files(&mut checked);

    let mut stderr = std::io::stderr().lock();
    for (path, error) in &failures {
        let path = path.display().to_string();
        writeln!(stderr, "amlint: {}: {}", printable(&path), printable(error))?;
    }
    let settings = Settings::default();
    let stdout = std::io::stdout();
    match args.format {
        Format::Json => stdout
            .lock()
            .write_all(report::json(&checked, &settings).as_bytes())?,
        Format::Human => {
            let choice = match args.color {
                ColorChoice::Auto => anstream::ColorChoice::Auto,
                ColorChoice::Always => anstream::ColorChoice::Always,
                ColorChoice::Never => anstream::ColorChoice::Never,
            };
            // The report is styled; anstream strips the styles where colour is not wanted.
            let text = report::human(&checked, &settings, Style::Ansi);
            anstream::AutoStream::new(stdout.lock(), choice).write_all(text.as_bytes())?;
        }
    }
    let failed = settings.fails(checked.iter().flat_map(|c| &c.report.diagnostics));
    Ok(
        if !failures.is_empty() || (inputs.is_empty() && checked.is_empty()) {
            if inputs.is_empty() && failures.is_empty() {
                writeln!(stderr, "amlint: no files to check")?;
            }
            ExitCode::from(2)
        } else if failed {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        },
    )
}

fn schema(args: &SchemaArgs) -> std::io::Result<ExitCode> {
    use amlint::schema::{self, Draft};
    let draft = Draft::parse(&args.draft).unwrap_or_default();
    if let (true, Some(dir)) = (args.all, &args.out_dir) {
        std::fs::create_dir_all(dir)?;
        for kind in amlint::Kind::ALL {
            std::fs::write(
                dir.join(schema::file_name(*kind)),
                schema::pretty(&schema::for_kind(*kind, draft)),
            )?;
        }
        std::fs::write(
            dir.join(schema::COMBINED_FILE_NAME),
            schema::pretty(&schema::combined(draft)),
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let name = args.kind.as_deref().unwrap_or_default();
    let schema = if name.eq_ignore_ascii_case("compute") {
        schema::combined(draft)
    } else if let Some(kind) = amlint::Kind::from_type(name) {
        schema::for_kind(kind, draft)
    } else {
        let kinds: Vec<&str> = amlint::Kind::ALL.iter().map(|k| k.type_name()).collect();
        writeln!(
            std::io::stderr(),
            "amlint: unknown kind `{}`; one of: compute, {}",
            printable(name),
            kinds.join(", ")
        )?;
        return Ok(ExitCode::from(2));
    };
    std::io::stdout()
        .lock()
        .write_all(schema::pretty(&schema).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn rules(format: ListFormat) -> std::io::Result<ExitCode> {
    let text = match format {
        ListFormat::Text => report::rules_text(),
        ListFormat::Json => report::rules_json(),
        ListFormat::Markdown => report::rules_markdown(),
    };
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn explain(code: &str) -> std::io::Result<ExitCode> {
    let Some(rule) = amlint::by_code(code) else {
        writeln!(
            std::io::stderr(),
            "amlint: no rule `{}`; `amlint rules` lists them",
            printable(code)
        )?;
        return Ok(ExitCode::from(2));
    };
    std::io::stdout()
        .lock()
        .write_all(report::explain(rule).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
