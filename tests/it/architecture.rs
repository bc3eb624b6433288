//! ARCHITECTURE.md's invariants about the code's shape, checked on the source itself: which
//! module may use which, that the core does no IO, that findings become text in one place, and
//! that the faces decide nothing.

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The files under `dir` (relative to the repository) whose names end in one of `endings`.
fn files(dir: &str, endings: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root().join(dir)];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                stack.push(entry.unwrap().path());
            }
        } else if endings.iter().any(|e| path.to_string_lossy().ends_with(e)) {
            out.push(path);
        }
    }
    assert!(!out.is_empty(), "no files in {dir}");
    out.sort();
    out
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/")
}

/// The code of a Rust file without its comments, and without its `#[cfg(test)]` module (tests
/// may reach anywhere).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let text = text
        .split("#[cfg(test)]\nmod tests")
        .next()
        .unwrap_or_default();
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The crate paths a file names: `crate::rules::declare::{Rule, Severity}` → `rules::declare`.
fn crate_paths(code: &str) -> Vec<String> {
    let pattern = regex::Regex::new(r"crate::([a-z_]+(?:::[A-Za-z_]+)*)").unwrap();
    pattern
        .captures_iter(code)
        .map(|c| c[1].to_owned())
        .collect()
}

/// Which crate modules each part of the core may use. The arrows of ARCHITECTURE.md's picture.
const LAYERS: &[(&str, &[&str])] = &[
    ("src/span.rs", &[]),
    ("src/text.rs", &[]),
    ("src/source.rs", &[]),
    ("src/kind.rs", &["model", "text"]),
    ("src/model/", &["text"]),
    ("src/vm_sizes.rs", &["text"]),
    ("src/yaml/", &["span", "text", "yaml"]),
    ("src/messages/", &["messages"]),
    (
        "src/context/",
        &[
            "context", "kind", "messages", "secrets", "source", "text", "yaml", "Locale",
        ],
    ),
    (
        "src/rules/declare.rs",
        &["context", "fix", "kind", "rules::declare"],
    ),
    ("src/fix.rs", &["fix", "span"]),
    (
        "src/apply.rs",
        &["diagnostic", "fix", "lint", "report", "span", "yaml"],
    ),
    (
        "src/diagnostic.rs",
        &["fix", "messages", "rules::declare", "span"],
    ),
    (
        "src/secrets.rs",
        &["kind", "messages", "model", "span", "source", "yaml"],
    ),
    (
        "src/rules/",
        &[
            "context",
            "diagnostic",
            "fix",
            "kind",
            "messages",
            "model",
            "report::DocumentSummary",
            "rules",
            "secrets",
            "span",
            "text",
            "vm_sizes",
            "yaml",
        ],
    ),
    (
        "src/policy/",
        &[
            "diagnostic",
            "messages",
            "policy",
            "rules",
            "source",
            "span",
        ],
    ),
    (
        "src/schema/",
        &["kind", "messages", "model", "rules", "schema"],
    ),
    (
        "src/report/",
        &[
            "context",
            "diagnostic",
            "fix",
            "kind",
            "messages",
            "policy",
            "rules::declare",
            "rules::GROUPS",
            "rules::RULES",
            "rules",
            "secrets",
            "source",
            "span",
        ],
    ),
    (
        "src/lint.rs",
        &[
            "apply",
            "context",
            "diagnostic",
            "kind",
            "policy",
            "report",
            "rules",
            "secrets",
            "span",
            "text",
            "yaml",
        ],
    ),
];

#[test]
fn dependencies_point_one_way() {
    for path in files("src", &[".rs"]) {
        let name = relative(&path);
        let Some((_, allowed)) = LAYERS
            .iter()
            .filter(|(prefix, _)| name.starts_with(prefix))
            .max_by_key(|(prefix, _)| prefix.len())
        else {
            continue;
        };
        for used in crate_paths(&code(&path)) {
            let ok = allowed
                .iter()
                .any(|a| used == *a || used.starts_with(&format!("{a}::")));
            // `rules` in a list means the registry's own items (RULES, GROUPS): not a rule group.
            let group = used
                .strip_prefix("rules::")
                .is_some_and(|rest| !rest.starts_with("declare"));
            let narrowed =
                allowed.contains(&"rules::declare") && group && !allowed.contains(&"rules");
            assert!(
                ok && !narrowed,
                "{name} uses crate::{used}, which its layer may not"
            );
        }
    }
}

#[test]
fn the_core_does_no_io() {
    let io = regex::Regex::new(
        r"std::(fs|env|process|time|thread)\b|std::net::(Tcp|Udp)|std::io::std(in|out|err)|\b(print|println|eprint|eprintln|dbg)!",
    )
    .unwrap();
    for path in files("src", &[".rs"]) {
        let name = relative(&path);
        if name.starts_with("src/bin/") {
            continue;
        }
        if let Some(found) = io.find(&code(&path)) {
            panic!("{name} does IO: {}", found.as_str());
        }
    }
}

/// Messages, arguments and source lines become text in `report/edge.rs` alone (and in the
/// diagnostic and catalog that it calls), so what may be shown is decided in one place.
#[test]
fn findings_become_text_in_one_place() {
    let to_text =
        regex::Regex::new(r"\.message\((locale|Locale|self\.|settings)|\.params\(|LineIndex|messages::render|arg_text").unwrap();
    let allowed = [
        "src/report/edge.rs",
        "src/diagnostic.rs",
        "src/source.rs",
        "src/messages/mod.rs",
    ];
    for path in files("src", &[".rs"]) {
        let name = relative(&path);
        if allowed.contains(&name.as_str()) {
            continue;
        }
        if let Some(found) = to_text.find(&code(&path)) {
            panic!(
                "{name} turns findings into text itself ({}); go through report::Edge",
                found.as_str()
            );
        }
    }
}

/// The CLI, the WASM layer, the npm entry points and the playground read input and print: no
/// verdict, no severity policy, no YAML reading of their own.
#[test]
fn the_faces_decide_nothing() {
    for path in files("src/bin", &[".rs"])
        .into_iter()
        .chain(files("src/wasm", &[".rs"]))
    {
        let name = relative(&path);
        let code = code(&path);
        for policy in [
            "Severity::",
            "yaml::parse",
            "yaml::emit",
            "yaml::Strings",
            "crate::rules::",
        ] {
            assert!(
                !code.contains(policy),
                "{name} decides for itself: {policy}"
            );
        }
    }
    let severity =
        regex::Regex::new(r#"severity\s*[!=]==?\s*"|"(error|warning|info)"\s*[!=]=="#).unwrap();
    let faces = files("js", &[".js", ".mjs", ".cjs"])
        .into_iter()
        .chain(files("www/src", &[".js", ".jsx"]));
    for path in faces {
        let text = std::fs::read_to_string(&path).unwrap();
        if let Some(found) = severity.find(&text) {
            panic!(
                "{} judges a severity itself: {}",
                relative(&path),
                found.as_str()
            );
        }
    }
}
