//! Everything amlint prints goes through one edge (`report::for_ci`, called by
//! `src/bin/amlint/print.rs` alone): whatever a file name, a spec, a config, baseline or context
//! file or an argument holds, no printed line moves the cursor, reorders itself, or reads as a
//! command to GitHub Actions or Azure Pipelines, and the GitHub step summary renders it as text.

use std::ffi::OsString;
use std::process::{Command, Stdio};

/// A file name from a hostile repository: a forged line with a GitHub workflow command, an
/// Azure logging command (one with a zero-width space in it, which a .NET reader may skip), a
/// terminal escape, a bidi override, and Markdown for a link and HTML. (No `/`: it is one name.)
const NAME: &str = "h\n::error::x ##vso[task.setvariable variable=a]b #\u{200b}#vso[task.complete result=Failed] \u{1b}[2J\u{202e} `[l](evil.x)` <img src=x>";

/// A spec whose findings quote hostile values (a name that is a template placeholder, an
/// unknown tier), in YAML's double-quoted escapes.
const SPEC: &str = "name: \"::error::n ##vso[task.setvariable variable=a]b ##[add-mask]m \\e[2J \\u202e `[l](http://x) ![i](http://x/p) <img src=x> x`` y p\\\\|q | r\"\n\
type: amlcompute\n\
tier: \"\\n::error::t ##vso[task.setvariable variable=a]b \\r::warning::t\"\n\
min_instances: 4\n\
max_instances: 2\n";

/// A spec with a fix, for `--diff` and `--fix`: its lines hold a command, a bidi override and a
/// carriage return (a line break to YAML and to both CI runners) before a command.
const FIXABLE: &str = "# ::error::d ##vso[task.setvariable variable=a]b \u{202e}\n\
name: cpu-cluster\n\
type: amlcompute\n\
description: \"x\r ::error::r ##vso[task.setvariable variable=a]b\"\n\
tier: Dedicated\n";

/// The spec `amlint diff` compares with: values that are not allowed to change, hostile.
const OLD: &str = "name: cpu-cluster\ntype: amlcompute\nsize: \"\\n::error::o ##vso[task.setvariable variable=a]b \\e[2J\"\nlocation: \"::error::l ##vso[x]\"\n";
const NEW: &str =
    "name: cpu-cluster\ntype: amlcompute\nsize: Standard_DS3_v2\nlocation: westeurope\n";

/// A config file with a hostile unknown key, and one whose globs are hostile but valid.
const BAD_CONFIG: &str =
    "\"\\n::error::c ##vso[task.setvariable variable=a]b\\u001b[2J\\u202e\" = 1\n";
const GLOB_CONFIG: &str = "[per-file-ignores]\n\"\\n::error::p ##vso[task.setvariable variable=a]b\\u001b]0;x\\u0007\\u202e\" = [\"AML301\"]\n";

/// A policy whose name and parameter hold commands, escapes and a bidi override, and which
/// denies every compute.
const POLICY: &str = r#"{"properties": {"displayName": "\n::error::y ##vso[task.setvariable variable=a]b \u001b[2J\u202e", "parameters": {"note": {"type": "String", "defaultValue": "\r::warning::q ##vso[x]"}},
  "policyRule": {"if": {"field": "type", "equals": "Microsoft.MachineLearningServices/workspaces/computes"}, "then": {"effect": "deny"}}}}"#;

/// A baseline file with a hostile unknown key.
const BAD_BASELINE: &str = "{\"version\": 1, \"findings\": [], \"\\n::error::b ##vso[task.setvariable variable=a]b\\u001b[2J\\u202e\": 1}";

/// An argument: `NAME` and the like stand for the files `Scratch::hostile` makes.
fn arg(text: &str) -> OsString {
    match text {
        "SPEC" => format!("{NAME}.yml").into(),
        "FIXABLE" => format!("fix/{NAME}.yml").into(),
        "OLD" => format!("old/{NAME}.yml").into(),
        "CONTEXT" => format!("{NAME}.json").into(),
        "MISSING" => format!("missing {NAME}.yml").into(),
        "BASELINE_OUT" => format!("{NAME}.baseline.json").into(),
        "NAME" => NAME.into(),
        "BICEP" => format!("{NAME}.bicep").into(),
        other => other.into(),
    }
}

/// Every surface amlint prints, with hostile input. Adding an output surface (a format, a flag
/// that prints, a new error) means adding a row here.
///
/// `shows` is a piece of the hostile text as the surface prints it escaped: proof that it ran on
/// the hostile input, so a row cannot pass by printing nothing.
const SURFACES: &[Surface] = &[
    Surface::new("human", &["check", "--format", "human", "SPEC"], "##vso\\["),
    Surface::new(
        "concise",
        &["check", "--format", "concise", "SPEC"],
        "##vso\\[",
    ),
    Surface::new(
        "json",
        &["check", "--format", "json", "SPEC"],
        "##vso\\u005b",
    ),
    Surface::new(
        "sarif",
        &["check", "--format", "sarif", "SPEC"],
        "##vso\\u005b",
    ),
    Surface::new(
        "github",
        &["check", "--format", "github", "SPEC"],
        "::error file=",
    ),
    Surface::new("azure", &["check", "--format", "azure", "SPEC"], "##vso%5B"),
    Surface::new(
        "junit",
        &["check", "--format", "junit", "SPEC"],
        "##vso&#91;",
    ),
    Surface::new(
        "gitlab",
        &["check", "--format", "gitlab", "SPEC"],
        "##vso\\u005b",
    ),
    // The format the CI service asks for, and under GitHub Actions the step summary.
    Surface::new("by environment", &["check", "SPEC"], "vso"),
    Surface::new("statistics", &["check", "--statistics", "SPEC"], "AML301"),
    // A report written to a stream, standard output here: escaped as standard output is.
    Surface::new(
        "-o /dev/stdout",
        &["check", "--format", "concise", "-o", "/dev/stdout", "SPEC"],
        "##vso\\[",
    ),
    Surface::new(
        "--report json=/dev/stdout",
        &[
            "check",
            "--format",
            "concise",
            "-o",
            "/dev/null",
            "--report",
            "json=/dev/stdout",
            "SPEC",
        ],
        "##vso\\u005b",
    ),
    Surface::new(
        "show-settings",
        &["check", "--config", "globs.toml", "--show-settings", "SPEC"],
        "##vso\\[",
    ),
    Surface::new("diff", &["check", "--diff", "FIXABLE"], "\\r  ::error::r"),
    Surface::new("fix", &["check", "--fix", "FIXABLE"], "fixed"),
    Surface::stdin(
        "fix stdin",
        &["check", "--fix", "--stdin-filename", "NAME", "-"],
        FIXABLE,
        "h\\n",
    ),
    Surface::stdin(
        "stdin",
        &["check", "--stdin-filename", "NAME", "-"],
        SPEC,
        "h\\n",
    ),
    Surface::new(
        "write-baseline",
        &["check", "--write-baseline", "BASELINE_OUT", "SPEC"],
        "h\\n",
    ),
    Surface::new(
        "baseline with an unknown key",
        &["check", "--baseline", "base.json", "SPEC"],
        "##vso\\[",
    ),
    Surface::new(
        "config error",
        &["check", "--config", "bad.toml", "SPEC"],
        "##vso\\[",
    ),
    Surface::new(
        "context file error",
        &["check", "--existing", "CONTEXT", "SPEC"],
        "h\\n",
    ),
    Surface::new("missing input", &["check", "MISSING"], "h\\n"),
    Surface::new(
        "policy finding",
        &["check", "--policy", "policy.json", "SPEC"],
        "error::y",
    ),
    Surface::new(
        "policy show",
        &["policy", "show", "--isolated", "--policy", "policy.json"],
        "##vso\\[",
    ),
    Surface::new(
        "policy file error",
        &["check", "--policy", "CONTEXT", "SPEC"],
        "h\\n",
    ),
    Surface::new("amlint diff", &["diff", "OLD", "new.yml"], "::error::o"),
    Surface::new(
        "usage error",
        &["check", "--format", "NAME", "SPEC"],
        "##vso\\[",
    ),
    // A stand-in Bicep CLI that fails, quoting the hostile file name and forging a command and a
    // colour on its standard error, which the finding quotes.
    Surface::bicep("bicep CLI failure", &["check", "BICEP"], "fail", "BCP018"),
    Surface::new("explain", &["explain", "NAME"], "##vso\\["),
    Surface::new("schema", &["schema", "NAME"], "##vso\\["),
];

/// The CI services amlint may run under: each job's variables.
const SERVICES: &[&[(&str, &str)]] = &[&[("TF_BUILD", "True")], &[("GITHUB_ACTIONS", "true")]];

struct Surface {
    name: &'static str,
    args: &'static [&'static str],
    shows: &'static str,
    /// What comes on standard input.
    stdin: Option<&'static str>,
    /// The stand-in Bicep CLI on `PATH` (a folder of `tests/fixtures/bicep/cli/`; shell
    /// scripts, so the row runs where there is a shell).
    bicep: Option<&'static str>,
}

impl Surface {
    const fn new(name: &'static str, args: &'static [&'static str], shows: &'static str) -> Self {
        Surface {
            name,
            args,
            shows,
            stdin: None,
            bicep: None,
        }
    }

    const fn bicep(
        name: &'static str,
        args: &'static [&'static str],
        cli: &'static str,
        shows: &'static str,
    ) -> Self {
        Surface {
            bicep: Some(cli),
            ..Surface::new(name, args, shows)
        }
    }

    const fn stdin(
        name: &'static str,
        args: &'static [&'static str],
        stdin: &'static str,
        shows: &'static str,
    ) -> Self {
        Surface {
            stdin: Some(stdin),
            ..Surface::new(name, args, shows)
        }
    }
}

use crate::support::Scratch;

/// A fresh folder with the hostile files, removed when dropped.
fn hostile(name: &str) -> Scratch {
    let scratch = Scratch::root(&format!("printing-{name}"));
    let dir = &scratch.0;
    for sub in ["fix", "old"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    let files: [(String, &str); 10] = [
        (format!("{NAME}.yml"), SPEC),
        (format!("fix/{NAME}.yml"), FIXABLE),
        (format!("old/{NAME}.yml"), OLD),
        ("new.yml".to_owned(), NEW),
        (format!("{NAME}.json"), "{\"not\": \"a list\"}"),
        ("bad.toml".to_owned(), BAD_CONFIG),
        ("globs.toml".to_owned(), GLOB_CONFIG),
        ("base.json".to_owned(), BAD_BASELINE),
        ("policy.json".to_owned(), POLICY),
        (
            format!("{NAME}.bicep"),
            "resource c 'Microsoft.MachineLearningServices/workspaces/computes@2024-04-01' = {}\n",
        ),
    ];
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    scratch
}

/// Characters a .NET reader may skip when it compares by culture (control and format
/// characters, variation selectors): written out here, apart from the code under test.
fn skippable(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
        )
}

/// Characters that move the cursor, end a line or reorder it.
fn unprintable(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// Which commands a text may start its lines with: its format's own.
#[derive(Clone, Copy, PartialEq)]
enum Own {
    None,
    Github,
    Azure,
}

/// Panics when a line of `text` moves the cursor or reads as a CI command that is not the
/// format's own at the start of its line.
fn assert_safe(what: &str, text: &str, own: Own) {
    let text = text.strip_suffix('\n').unwrap_or(text);
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if let Some(c) = line.chars().find(|c| unprintable(*c)) {
            panic!("{what}: {c:?} printed as is in {line:?}");
        }
        let seen: String = line
            .chars()
            .filter(|c| !skippable(*c))
            .collect::<String>()
            .to_lowercase();
        let github_own = own == Own::Github
            && ["::error ", "::warning ", "::notice "]
                .iter()
                .any(|p| line.starts_with(p));
        assert!(
            github_own || !seen.trim_start().starts_with("::"),
            "{what}: a GitHub workflow command: {line:?}"
        );
        assert!(!seen.contains("##["), "{what}: a `##[` command: {line:?}");
        let azure_own = own == Own::Azure
            && ["##vso[task.logissue ", "##vso[task.complete "]
                .iter()
                .any(|p| line.starts_with(p));
        for (at, _) in seen.match_indices("##vso[") {
            assert!(
                at == 0 && azure_own,
                "{what}: an Azure logging command: {line:?}"
            );
        }
    }
}

/// Panics when a row of the step summary's table shows text from outside other than in a code
/// span (where Markdown renders no link, image, HTML or emphasis) or breaks out of its cell.
fn assert_summary_safe(what: &str, summary: &str) {
    assert_safe(what, summary, Own::None);
    let rows: Vec<&str> = summary
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| File |"))
        .collect();
    let rule = regex::Regex::new(r"^AML\d{3} `[a-z0-9-]+`$").unwrap();
    let position = regex::Regex::new(r"^\d+:\d+$").unwrap();
    for row in rows {
        // Cells end at a `|` that no backslash comes before: GitHub's tables (cmark-gfm) read a
        // cell as the longest run of `\` + punctuation or other characters, so `\|` is in the
        // cell even after another backslash.
        let mut cells = Vec::new();
        let mut cell = String::new();
        let mut after_backslash = false;
        for c in row.chars() {
            if c == '|' && !after_backslash {
                cells.push(std::mem::take(&mut cell));
            } else {
                cell.push(c);
            }
            after_backslash = c == '\\';
        }
        let cells: Vec<&str> = cells[1..].iter().map(|c| c.trim()).collect();
        assert_eq!(cells.len(), 5, "{what}: {row}");
        for outside in [cells[0], cells[4]] {
            assert!(code_span(outside), "{what}: not one code span: {outside}");
        }
        assert!(position.is_match(cells[1]), "{what}: {row}");
        assert!(
            ["error", "warning", "info"].contains(&cells[2]),
            "{what}: {row}"
        );
        assert!(rule.is_match(cells[3]), "{what}: {row}");
    }
}

/// Whether `cell` is one CommonMark code span and nothing else: a fence of n backticks, a
/// space, text with no run of exactly n backticks, a space, the fence.
fn code_span(cell: &str) -> bool {
    let n = cell.chars().take_while(|c| *c == '`').count();
    let fence = "`".repeat(n);
    let Some(inner) = cell
        .strip_prefix(&format!("{fence} "))
        .and_then(|rest| rest.strip_suffix(&format!(" {fence}")))
    else {
        return false;
    };
    n > 0 && inner.split(|c| c != '`').all(|run| run.len() != n)
}

fn run_surface(surface: &Surface, service: &[(&str, &str)]) {
    if surface.bicep.is_some() && !cfg!(unix) {
        return;
    }
    let scratch = hostile(&surface.name.replace(' ', "-"));
    let summary = scratch.0.join("summary.md");
    let mut command = Command::new(env!("CARGO_BIN_EXE_amlint"));
    command
        .current_dir(&scratch.0)
        .args(surface.args.iter().map(|a| arg(a)))
        .env_clear()
        .env("NO_COLOR", "1")
        .envs(service.iter().copied())
        .env("GITHUB_STEP_SUMMARY", &summary)
        .envs(surface.bicep.map(|cli| {
            let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/bicep/cli")
                .join(cli);
            ("PATH", format!("{}:/usr/bin:/bin", folder.display()))
        }))
        .stdin(if surface.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    if let (Some(mut stdin), Some(text)) = (child.stdin.take(), surface.stdin) {
        use std::io::Write;
        stdin.write_all(text.as_bytes()).unwrap();
    }
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let what = format!("{} under {service:?}", surface.name);
    let format = surface
        .args
        .iter()
        .position(|a| *a == "--format")
        .map(|i| surface.args[i + 1]);
    // A report in the format the environment asks for.
    let by_environment = format.is_none()
        && ["check", "diff"].contains(&surface.args[0])
        && !surface.args.contains(&"--show-settings");
    let own = match format {
        Some("github") => Own::Github,
        Some("azure") => Own::Azure,
        None if by_environment && service[0].0 == "GITHUB_ACTIONS" => Own::Github,
        None if by_environment => Own::Azure,
        _ => Own::None,
    };
    // `check --fix -` prints the fixed spec on standard output, as asked: data, not a report
    // (docs/ci.md); its report goes to standard error.
    if surface.stdin.is_some() && surface.args.contains(&"--fix") {
        assert_eq!(
            stdout,
            FIXABLE.replace("tier: Dedicated", "tier: dedicated"),
            "{what}"
        );
    } else {
        assert_safe(&format!("{what}, stdout"), &stdout, own);
    }
    assert_safe(&format!("{what}, stderr"), &stderr, own);
    let shown = format!("{stdout}{stderr}");
    assert!(
        shown.contains(surface.shows),
        "{what}: {:?} not shown in\n{shown}",
        surface.shows
    );
    if let Ok(text) = std::fs::read_to_string(&summary) {
        assert_summary_safe(&format!("{what}, step summary"), &text);
    }
}

#[test]
fn no_output_surface_prints_a_command_or_a_control_character() {
    // Every surface is run, and every failing one named.
    let mut failed = Vec::new();
    for surface in SURFACES {
        for service in SERVICES {
            if std::panic::catch_unwind(|| run_surface(surface, service)).is_err() {
                failed.push(format!("{} under {service:?}", surface.name));
            }
        }
    }
    assert!(failed.is_empty(), "unsafe output: {failed:#?}");
}

/// The step summary is written under GitHub Actions when its format is `github`; the table above
/// reaches it through the rows that leave the format to the environment.
#[test]
fn the_step_summary_is_checked_with_hostile_input() {
    let surface = SURFACES
        .iter()
        .find(|s| s.name == "by environment")
        .unwrap();
    let scratch = hostile("summary-written");
    let summary = scratch.0.join("summary.md");
    let status = Command::new(env!("CARGO_BIN_EXE_amlint"))
        .current_dir(&scratch.0)
        .args(surface.args.iter().map(|a| arg(a)))
        .env_clear()
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap()
        .status;
    assert_eq!(status.code(), Some(1));
    let text = std::fs::read_to_string(&summary).unwrap();
    assert_summary_safe("step summary", &text);
    assert!(text.matches("\n| ").count() > 2, "{text}");
    assert!(text.contains("` h\\n::error::x"), "{text}");
}

/// Only `print.rs` names the standard streams, so every text the command prints goes through
/// `report::for_ci` (`output.rs` makes the streams patient, and `print.rs` uses them).
#[test]
fn only_the_printing_module_writes_to_the_standard_streams() {
    let streams = regex::Regex::new(
        r"output::std(out|err)\(|std::io::std(out|err)\(|\b(print|println|eprint|eprintln|dbg)!|\.print\(\)",
    )
    .unwrap();
    for (name, code) in crate::support::command_sources(&["print.rs", "output.rs"]) {
        let code: String = code
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        if let Some(found) = streams.find(&code) {
            panic!(
                "src/bin/amlint/{name} writes to a standard stream itself ({}); go through print.rs",
                found.as_str()
            );
        }
    }
}
