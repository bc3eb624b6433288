//! Dutch output is Dutch: every format on the examples, `--statistics`, every help screen and
//! command-line error, `rules` and `explain`, docs/rules.nl.md and the Dutch schemas are scanned
//! for English words. Field names, values and codes (in backticks), quoted service errors (in
//! double quotes), paths, URLs and rule names are not prose and are left out; what is left must
//! not hold a word of the list below.

use std::process::Command;

/// Words that are English and not Dutch (nor a field name or value amlint prints bare).
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "with",
    "while",
    "parsing",
    "expected",
    "found",
    "usage",
    "options",
    "commands",
    "arguments",
    "print",
    "default",
    "possible",
    "values",
    "value",
    "error",
    "errors",
    "warning",
    "warnings",
    "reference",
    "resolver",
    "burstable",
    "seed",
    "save",
    "money",
    "setting",
    "create",
    "new",
    "use",
    "existing",
    "for",
    "information",
    "try",
    "unexpected",
    "invalid",
    "required",
    "not",
    "provided",
    "this",
    "that",
    "from",
    "must",
    "cannot",
    "should",
    "only",
    "when",
    "file",
    "files",
    "sources",
    "see",
    "version",
    "observed",
    "behaviour",
    "checked",
    "every",
    "subcommand",
    "rekeninstantie",
    "rekeninstanties",
    "soort",
    "knooppunt(en)",
];

/// Where a listed word is allowed: the words around it, when it is a value clap lists after an
/// argument's help (the default of `--fail-on`, the modes of `schema`).
const ALLOWED: &[(&str, &str)] = &[
    ("error", "standaard error"),
    ("create", "standaard create"),
    ("create", "waarden create update"),
];

/// The prose of a text: without the spec lines the human format quotes, HTML comments, backtick
/// spans, double-quoted strings, URLs, paths and rule names.
fn prose(text: &str) -> String {
    let text: Vec<&str> = text
        .lines()
        .filter(|line| {
            // `12 | name: x` and `   |   ^^^` (a Markdown table's `| a | b |` stays).
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
            !(rest.starts_with('|') && rest.len() < line.len())
        })
        .collect();
    let mut text = text.join("\n");
    while let Some(start) = text.find("<!--") {
        let end = text[start..]
            .find("-->")
            .map_or(text.len(), |e| start + e + 3);
        text.replace_range(start..end, "");
    }
    let mut out = String::with_capacity(text.len());
    let mut quote = None;
    for c in text.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '`' || c == '"' => quote = Some(c),
            None => out.push(c),
        }
    }
    let mut out: String = out
        .split(' ')
        .filter(|word| !word.contains("://") && !word.contains('/'))
        .collect::<Vec<_>>()
        .join(" ");
    for rule in amlint::RULES {
        out = out.replace(rule.name, "");
    }
    out
}

/// The listed English words in `text`, each with the words around it.
fn english(text: &str) -> Vec<String> {
    let prose = prose(text);
    // Field names (`ssh_key_value`) and flags (`--specs-only`) are one word; other compounds
    // are read part by part (`service-errors`).
    let words: Vec<&str> = prose
        .split(|c: char| !(c.is_alphanumeric() || "()'_-".contains(c)))
        .filter(|w| !w.is_empty() && !w.starts_with('-') && !w.contains('_'))
        .flat_map(|w| w.split('-'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut hits = Vec::new();
    for (at, word) in words.iter().enumerate() {
        let bare = word.trim_matches(|c| c == '(' || c == '\'');
        let bare = bare
            .strip_suffix(')')
            .filter(|b| !b.ends_with("(en"))
            .unwrap_or(bare);
        let lower = bare.to_lowercase();
        if !ENGLISH.contains(&lower.as_str()) {
            continue;
        }
        let around = words[at.saturating_sub(4)..(at + 5).min(words.len())].join(" ");
        if ALLOWED
            .iter()
            .any(|(w, context)| *w == lower && around.contains(context))
        {
            continue;
        }
        hits.push(format!("{bare}: …{around}…"));
    }
    hits
}

fn run(args: &[&str]) -> String {
    run_in(".", args)
}

/// The command's output, run in `folder` of the repository.
fn run_in(folder: &str, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_amlint"))
        .args(args)
        .current_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder))
        .env_clear()
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The strings a person reads in a JSON report or schema.
fn json_texts(value: &serde_json::Value, out: &mut Vec<String>) {
    const READ: &[&str] = &[
        "message",
        "text",
        "description",
        "title",
        "markdownDescription",
    ];
    match value {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                match value {
                    serde_json::Value::String(s) if READ.contains(&key.as_str()) => {
                        out.push(s.clone());
                    }
                    _ => json_texts(value, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_texts(v, out)),
        _ => {}
    }
}

/// Every Dutch output, by name.
fn dutch_outputs() -> Vec<(String, String)> {
    let mut outputs = Vec::new();
    let inputs = ["examples/invalid", "examples/valid"];
    for format in amlint::report::Format::ALL {
        let name = format.name();
        let mut args = vec!["check", "--lang", "nl", "--format", name];
        args.extend(inputs);
        let text = run(&args);
        let prose = match name {
            "json" | "sarif" | "gitlab" => {
                let mut texts = Vec::new();
                let json: serde_json::Value = serde_json::from_str(&text).unwrap();
                json_texts(&json, &mut texts);
                texts.join("\n")
            }
            // The workflow commands' own words are a protocol, not prose: the message follows.
            "github" => text
                .lines()
                .map(|l| l.rsplit_once("::").map_or(l, |(_, m)| m))
                .collect::<Vec<_>>()
                .join("\n"),
            "azure" => text
                .lines()
                .map(|l| {
                    l.strip_prefix("##vso[")
                        .and_then(|l| l.split_once(']'))
                        .map_or(l, |(_, m)| m)
                })
                .collect::<Vec<_>>()
                .join("\n"),
            // Tags and attribute names are the format's; the messages are the text inside.
            "junit" => {
                let document = roxmltree::Document::parse(&text).unwrap();
                document
                    .descendants()
                    .filter_map(|n| n.text())
                    .collect::<Vec<_>>()
                    .join("\n")
            }
            _ => text,
        };
        outputs.push((format!("check --format {name}"), prose));
    }
    // The GitHub step summary, written beside the report under GitHub Actions.
    let summary = std::env::temp_dir().join(format!("amlint-dutch-{}.md", std::process::id()));
    let _ = Command::new(env!("CARGO_BIN_EXE_amlint"))
        .args(["check", "--lang", "nl", "examples/invalid"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_clear()
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    let text = std::fs::read_to_string(&summary).unwrap();
    let _ = std::fs::remove_file(&summary);
    outputs.push(("GitHub step summary".into(), text));
    let mut statistics = vec!["check", "--lang", "nl", "--statistics"];
    statistics.extend(inputs);
    outputs.push(("check --statistics".into(), run(&statistics)));
    let screens: &[&[&str]] = &[
        &["--lang", "nl", "--help"],
        &["--lang", "nl", "-h"],
        &["--lang", "nl", "help", "check"],
        &["--lang", "nl", "check", "--help"],
        &["--lang", "nl", "diff", "--help"],
        &["--lang", "nl", "rules", "--help"],
        &["--lang", "nl", "schema", "--help"],
        &["--lang", "nl", "explain", "--help"],
        &["--lang", "nl", "policy", "--help"],
        &["--lang", "nl", "completions", "--help"],
        &["--lang", "nl", "man", "--help"],
        &["check", "--lang", "nl", "-h"],
        // Parse errors.
        &["--lang", "nl"],
        &["--lang", "nl", "check"],
        &["--lang", "nl", "check", "--bogus", "x.yml"],
        &["--lang", "nl", "chek"],
        &["--lang", "nl", "check", "--color", "sometimes", "x.yml"],
        &["--lang", "nl", "rules"],
        &["--lang", "nl", "explain", "AML001"],
        &["--lang", "nl", "explain", "AML999"],
    ];
    for args in screens {
        outputs.push((args.join(" "), run(args)));
    }
    let others: &[&[&str]] = &[
        &[
            "--lang",
            "nl",
            "diff",
            "examples/invalid/compute-cluster.yml",
            "examples/valid",
        ],
        &[
            "--lang",
            "nl",
            "check",
            "--show-settings",
            "examples/invalid",
        ],
        &["--lang", "nl", "check", "no/such/spec.yml"],
    ];
    for args in others {
        outputs.push((args.join(" "), run(args)));
    }
    // The policies' names are the definitions' own (data, as field names are): each line that
    // starts with a severity ends with one.
    let policies = run_in(
        "tests/fixtures/policy/org",
        &["policy", "show", "--lang", "nl"],
    );
    let policies: Vec<&str> = policies
        .lines()
        .filter(|l| {
            !["fout ", "waarschuwing ", "info "]
                .iter()
                .any(|s| l.trim_start().starts_with(s))
        })
        .collect();
    outputs.push(("policy show".into(), policies.join("\n")));
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    outputs.push((
        "docs/rules.nl.md".into(),
        std::fs::read_to_string(root.join("docs/rules.nl.md")).unwrap(),
    ));
    for folder in ["schemas/nl/draft-07", "schemas/nl/2020-12"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(folder))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        for path in paths {
            let json: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let mut texts = Vec::new();
            json_texts(&json, &mut texts);
            outputs.push((path.display().to_string(), texts.join("\n")));
        }
    }
    outputs
}

#[test]
fn dutch_output_holds_no_english() {
    let outputs = dutch_outputs();
    assert!(outputs.len() > 40, "only {} outputs", outputs.len());
    let mut report = String::new();
    let mut count = 0;
    for (name, text) in &outputs {
        assert!(!text.trim().is_empty(), "{name} is empty");
        let hits = english(text);
        if !hits.is_empty() {
            count += hits.len();
            report.push_str(&format!("\n{name}:\n  {}", hits.join("\n  ")));
        }
    }
    assert!(count == 0, "{count} English words in Dutch output:{report}");
}

#[test]
fn the_scan_finds_english() {
    assert_eq!(
        english(
            "error[AML202] de naam; see the `reference` \"while parsing\" https://x/the AML001"
        ),
        [
            "error: …error AML202 de naam see…",
            "see: …error AML202 de naam see the AML001…",
            "the: …AML202 de naam see the AML001…",
        ]
    );
}
