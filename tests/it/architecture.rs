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

/// The crate paths a file names: `crate::rule::{Rule, Severity}` → `rule`.
fn crate_paths(code: &str) -> Vec<String> {
    let pattern = regex::Regex::new(r"crate::([a-z_]+(?:::[A-Za-z_]+)*)").unwrap();
    pattern
        .captures_iter(code)
        .map(|c| c[1].to_owned())
        .collect()
}

/// Which crate modules each part of the crate may use: the arrows of ARCHITECTURE.md's picture,
/// bottom to top. A module may use those above it in this list only through the rows that name
/// them; every file of `src/` (the command aside) must fall under a row
/// (`every_module_has_a_layer`), and the rows form no circle (`the_layers_form_no_circle`).
/// `Locale` and the other names re-exported at the crate's root count as their module's.
const LAYERS: &[(&str, &[&str])] = &[
    ("src/span.rs", &[]),
    ("src/text.rs", &[]),
    ("src/source.rs", &[]),
    ("src/model/", &["text", "model"]),
    ("src/kind.rs", &["model", "text"]),
    ("src/vm_sizes.rs", &["text"]),
    ("src/yaml/", &["span", "text", "yaml"]),
    ("src/azure_policy/", &["azure_policy", "kind"]),
    ("src/summary.rs", &["kind", "span"]),
    ("src/projection.rs", &["kind", "model", "yaml"]),
    ("src/arm/", &["arm", "kind", "model", "span", "yaml"]),
    ("src/messages/", &["messages"]),
    ("src/fix.rs", &["fix", "span"]),
    (
        "src/secrets.rs",
        &["kind", "messages", "model", "span", "source", "yaml"],
    ),
    (
        "src/context/",
        &[
            "azure_policy",
            "context",
            "kind",
            "messages",
            "secrets",
            "source",
            "text",
            "yaml",
            "Locale",
        ],
    ),
    (
        "src/rule.rs",
        &["context", "fix", "kind", "messages", "rule"],
    ),
    ("src/diagnostic.rs", &["fix", "messages", "rule", "span"]),
    (
        "src/resolve.rs",
        &["diagnostic", "fix", "secrets", "span", "yaml"],
    ),
    (
        "src/rules/",
        &[
            "azure_policy",
            "context",
            "diagnostic",
            "fix",
            "kind",
            "messages",
            "model",
            "projection",
            "rule",
            "rules",
            "secrets",
            "span",
            "summary",
            "text",
            "vm_sizes",
            "yaml",
        ],
    ),
    (
        "src/size_list.rs",
        &[
            "azure_policy",
            "context",
            "kind",
            "projection",
            "vm_sizes",
            "yaml",
            "rules",
        ],
    ),
    ("src/catalog.rs", &["catalog", "messages", "rules::RULES"]),
    (
        "src/policy/",
        &[
            "diagnostic",
            "messages",
            "policy",
            "rule",
            "rules",
            "source",
            "span",
            "Locale",
        ],
    ),
    (
        "src/outcome.rs",
        &["diagnostic", "policy", "secrets", "summary"],
    ),
    (
        "src/lint.rs",
        &[
            "arm",
            "context",
            "diagnostic",
            "fix",
            "kind",
            "messages",
            "model",
            "outcome",
            "policy",
            "resolve",
            "rule",
            "rules",
            "secrets",
            "span",
            "summary",
            "text",
            "yaml",
        ],
    ),
    ("src/edit.rs", &["kind", "model", "rules"]),
    (
        "src/apply.rs",
        &["diagnostic", "fix", "lint", "outcome", "span", "yaml"],
    ),
    (
        "src/schema/",
        &[
            "azure_policy",
            "context",
            "kind",
            "messages",
            "model",
            "rules",
            "schema",
        ],
    ),
    (
        "src/report/",
        &[
            "azure_policy",
            "context",
            "diagnostic",
            "fix",
            "kind",
            "messages",
            "outcome",
            "policy",
            "rule",
            "rules::GROUPS",
            "rules::RULES",
            "rules",
            "secrets",
            "source",
            "span",
            "summary",
        ],
    ),
    (
        "src/config.rs",
        &[
            "azure_policy",
            "messages",
            "policy",
            "report",
            "rule",
            "rules",
            "Locale",
        ],
    ),
    // The faces: they translate, and may use whatever the crate offers.
    (
        "src/wasm/",
        &[
            "apply",
            "azure_policy",
            "size_list",
            "edit",
            "by_code",
            "catalog",
            "check_text",
            "context",
            "fix",
            "form_spec",
            "Kind",
            "kind",
            "Locale",
            "messages",
            "node_diagnostics",
            "policy",
            "read_document",
            "report",
            "Rule",
            "rules",
            "schema",
            "source",
            "span",
            "Submission",
            "wasm",
            "write_document",
            "yaml",
            "Diagnostic",
            "FileReport",
            "Options",
            "Severity",
            "RULES",
            "GROUPS",
            "check_node",
            "Limits",
            "Node",
            "Value",
            "Entry",
            "Arg",
            "ContextFile",
            "MAX_BYTES",
            "check_bytes_as",
            "InputForm",
            "check_terraform_text",
            "TerraformModule",
            "var_file_problem",
            "parameter_file_problem",
        ],
    ),
    ("src/lib.rs", &[]),
];

/// The module a layer row stands for: `src/rules/` → `rules`, `src/lint.rs` → `lint`.
fn module_of(prefix: &str) -> &str {
    prefix
        .trim_start_matches("src/")
        .trim_end_matches('/')
        .trim_end_matches(".rs")
}

#[test]
fn every_module_has_a_layer() {
    for path in files("src", &[".rs"]) {
        let name = relative(&path);
        if name.starts_with("src/bin/") {
            continue;
        }
        assert!(
            LAYERS.iter().any(|(prefix, _)| name.starts_with(prefix)),
            "{name} has no row in LAYERS: say which modules it may use"
        );
    }
}

#[test]
fn the_layers_form_no_circle() {
    // Each row may name only modules of rows before it (and itself): one direction, no circle.
    for (at, (prefix, allowed)) in LAYERS.iter().enumerate() {
        let own = module_of(prefix);
        for used in *allowed {
            let module = used.split("::").next().unwrap_or(used);
            let row = LAYERS.iter().position(|(p, _)| module_of(p) == module);
            if let Some(row) = row {
                assert!(
                    row < at || module == own,
                    "{prefix} may use {used}, which stands above it: a circle"
                );
            }
        }
    }
}

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
            // A row that names only `rules::RULES`/`rules::GROUPS` may not reach a rule group.
            let group = used.strip_prefix("rules::").is_some_and(|rest| {
                rest != "RULES" && rest != "GROUPS" && rest.starts_with(char::is_lowercase)
            });
            let narrowed = group && !allowed.contains(&"rules");
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

/// Rust code without its attributes (`#[...]`, `#![...]`: TypeScript types, serde names, lint
/// reasons), raw strings (the TypeScript sections) and test module: what is left is code whose
/// string literals say things.
fn without_attributes(code: &str) -> String {
    // A test module under another `cfg` than `code` cuts at.
    let code = code.split("\nmod tests {").next().unwrap_or_default();
    let raw = regex::Regex::new(r##"(?s)r#".*?"#"##).unwrap();
    let code = raw.replace_all(code, "");
    let mut out = String::with_capacity(code.len());
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '#' || !matches!(chars.peek(), Some('[' | '!')) {
            out.push(c);
            continue;
        }
        // Skip to the matching `]`, strings and all.
        let (mut depth, mut in_string, mut escaped) = (0, false, false);
        for c in chars.by_ref() {
            match (in_string, escaped, c) {
                (true, true, _) => escaped = false,
                (true, false, '\\') => escaped = true,
                (true, false, '"') => in_string = false,
                (false, _, '"') => in_string = true,
                (false, _, '[') => depth += 1,
                (false, _, ']') => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// JavaScript without its comments (`//` to the end of the line, `/* ... */`).
fn js_code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let block = regex::Regex::new(r"(?s)/\*.*?\*/").unwrap();
    let line = regex::Regex::new(r"(?m)^\s*//.*$|\s//\s.*$").unwrap();
    line.replace_all(&block.replace_all(&text, ""), "")
        .into_owned()
}

/// The option names of the npm package, as JS spells them: the fields of the typed option structs
/// in `src/wasm/dto.rs` (`...Options`, `...Flags`; camelCase, or their serde `rename`).
fn option_names() -> Vec<String> {
    let dto = std::fs::read_to_string(root().join("src/wasm/dto.rs")).unwrap();
    let structs =
        regex::Regex::new(r"(?s)pub(?:\(crate\))? struct \w+(?:Options|Flags) \{.*?\n\}").unwrap();
    let dto: String = structs.find_iter(&dto).map(|m| m.as_str()).collect();
    let field = regex::Regex::new(r"pub(?:\(crate\))? ([a-z_]+): Option<").unwrap();
    let renamed = regex::Regex::new(r#"#\[serde\(rename = "([A-Za-z]+)"\)\]"#).unwrap();
    let mut names: Vec<String> = field
        .captures_iter(&dto)
        .map(|c| {
            let mut words = c[1].split('_');
            let first = words.next().unwrap_or_default().to_owned();
            words.fold(first, |out, word| {
                out + &word[..1].to_ascii_uppercase() + &word[1..]
            })
        })
        .chain(renamed.captures_iter(&dto).map(|c| c[1].to_owned()))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The CLI, the WASM layer, the npm entry points and the playground read input and print: no
/// verdict, no severity policy, no YAML reading of their own. The WASM layer reads options through
/// their typed structs, converts no offsets, writes no English and declares no finding of its own;
/// the JS faces rank no severities, name no rule by code, change no schema and judge no language.
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
            // Exit codes are `report::exit_code`'s, precedence and merged settings the config's.
            "u8::from(",
            "ExitCode::from(if",
            "ExitCode::from(0",
            "ExitCode::from(1",
            "fail_on.or(",
            ".with(&",
        ] {
            assert!(
                !code.contains(policy),
                "{name} decides for itself: {policy}"
            );
        }
    }

    // The WASM layer translates, no more.
    let names = option_names();
    assert!(
        ["locale", "extendSelect", "failOn", "select"]
            .iter()
            .all(|n| names.iter().any(|found| found == n)),
        "the option structs were not found in src/wasm/dto.rs: {names:?}"
    );
    let prose = regex::Regex::new(r#""[^"\\\n]*[A-Za-z]{2,} [a-z]{2,}[^"\\\n]*""#).unwrap();
    let utf16 = regex::Regex::new(r"encode_utf16|len_utf16|0x[cC]0\.\.=|0xe0\.\.=").unwrap();
    let finding_fields =
        regex::Regex::new(r"\b(end_column|end_line|schema_keywords)\s*:\s*(Option<)?[A-Za-z&']")
            .unwrap();
    let docs = regex::Regex::new(r#"rule_docs\(|split\("\\n\\n"\)|\.summary\(\)"#).unwrap();
    for path in files("src/wasm", &[".rs"]) {
        let name = relative(&path);
        let code = without_attributes(&code(&path));
        // Each option's name and type is declared once, in dto.rs's structs that serde reads:
        // no other file picks options out by name.
        if name != "src/wasm/dto.rs" {
            for option in &names {
                assert!(
                    !code.contains(&format!("\"{option}\"")),
                    "{name} reads the option `{option}` by hand: declare it in dto.rs's structs"
                );
            }
        }
        // What JS is told is the catalog's, in the caller's language.
        if let Some(found) = prose.find(&code) {
            panic!(
                "{name} writes English itself: {}; use the catalog (messages::phrase)",
                found.as_str()
            );
        }
        // Offsets and lengths in UTF-16 units are source::Encoding's.
        if let Some(found) = utf16.find(&code) {
            panic!(
                "{name} converts UTF-16 itself ({}): use source::Encoding",
                found.as_str()
            );
        }
        // A finding and a rule are data of one type each (report::Finding, report::RuleInfo),
        // with their docs and summary from one place.
        for pattern in [&finding_fields, &docs] {
            if let Some(found) = pattern.find(&code) {
                panic!(
                    "{name} declares or words a finding or rule itself ({}): use report::Finding, report::RuleInfo",
                    found.as_str()
                );
            }
        }
    }
    let report_json = without_attributes(&code(&root().join("src/report/json.rs")));
    assert!(
        !finding_fields.is_match(&report_json),
        "src/report/json.rs declares a finding of its own: use report::Finding"
    );

    // The JS faces: no severity judged or ranked, no rule named by code, no schema changed, no
    // second verdict beside `blocking`, no language judged.
    let severity =
        regex::Regex::new(r#"severity\s*[!=]==?\s*"|"(error|warning|info)"\s*[!=]=="#).unwrap();
    let ranking = regex::Regex::new(
        r#"\b(error|warning|info)\s*:\s*\d|\[\s*["'](error|warning|info)["']\s*,\s*["'](error|warning|info)["']"#,
    )
    .unwrap();
    let verdict =
        regex::Regex::new(r"\.filter\([^\n]*\.severity\b|includes\([^\n]*\.severity\b").unwrap();
    let code_literal = regex::Regex::new(r"\bAML\d{3}\b").unwrap();
    let schema_keyword = regex::Regex::new(r#"["'](anyOf|not|oneOf|allOf)["']"#).unwrap();
    let language = regex::Regex::new(r"registerLocale|new RangeError|available:").unwrap();
    let faces = files("js", &[".js", ".mjs", ".cjs"])
        .into_iter()
        .chain(files("www/src", &[".js", ".jsx"]))
        // The language modules are data: the catalogs, generated.
        .filter(|path| !relative(path).starts_with("js/locales/"));
    for path in faces {
        let name = relative(&path);
        let text = js_code(&path);
        for (pattern, what) in [
            (&severity, "judges a severity itself"),
            (
                &ranking,
                "ranks severities itself (severities() is amlint's order)",
            ),
            (
                &verdict,
                "picks findings by severity beside `blocking`, amlint's one verdict",
            ),
            (
                &code_literal,
                "names a rule by code (explain takes its name)",
            ),
            (
                &schema_keyword,
                "changes the library's schema (schema(kind, { form: true }))",
            ),
        ] {
            if let Some(found) = pattern.find(&text) {
                panic!("{name} {what}: {}", found.as_str());
            }
        }
        // Which languages there are and what to say of one amlint does not speak is the
        // library's (`localeToLoad`); js/language.js, the entries' one `loadLocale`, hands a
        // language over.
        if name != "js/language.js"
            && let Some(found) = language.find(&text)
        {
            panic!(
                "{name} judges a language itself ({}): use js/language.js",
                found.as_str()
            );
        }
    }
}

/// What the CI templates run (`ci/github-action.sh`, the Action's step; the Azure Pipelines
/// template's script), with a stand-in `amlint` that prints its arguments.
fn template_arguments(script: &str, env: &[(&str, &str)]) -> String {
    let dir = std::env::temp_dir().join(format!("amlint-template-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fake = dir.join("amlint");
    std::fs::write(&fake, "#!/bin/sh\necho \"$@\"\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let path = format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .env("PATH", path)
        .env("AMLINT_INSTALL", "false")
        .env("AMLINT_PATHS", "specs")
        .envs(env.iter().copied())
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The CI templates pass only what the user set: a flag beats `amlint.toml`, so a default
/// `--fail-on` or `--format` there would silently override the config file.
#[test]
fn the_ci_templates_pass_only_what_the_user_set() {
    let github = std::fs::read_to_string(root().join("ci/github-action.sh")).unwrap();
    let azure = std::fs::read_to_string(root().join("ci/azure-pipelines.yml")).unwrap();
    // The Azure template's step, from reading the paths on (the install needs the network).
    let step: String = azure
        .lines()
        .skip_while(|l| !l.contains("read -r -a paths"))
        .take_while(|l| !l.trim_start().starts_with("displayName:"))
        .map(|l| {
            format!(
                "{}\n",
                l.trim_start().replace("$(Agent.TempDirectory)", "/tmp")
            )
        })
        .collect();
    assert!(step.contains("amlint"), "the Azure step was not found");
    for script in [github.as_str(), step.as_str()] {
        let unset = template_arguments(script, &[("AMLINT_FAIL_ON", ""), ("AMLINT_FORMAT", "")]);
        assert!(
            !unset.contains("--fail-on") && !unset.contains("--format"),
            "a template decides for the user: {unset}"
        );
        assert!(unset.trim_end().ends_with("specs"), "{unset}");
        let set = template_arguments(script, &[("AMLINT_FAIL_ON", "warning")]);
        assert!(set.contains("--fail-on warning"), "{set}");
    }
    let action = std::fs::read_to_string(root().join("action.yml")).unwrap();
    for input in ["format:", "fail-on:"] {
        let default = action
            .lines()
            .skip_while(|l| l.trim() != input)
            .find_map(|l| l.trim().strip_prefix("default:"))
            .unwrap();
        assert_eq!(default.trim(), "\"\"", "action.yml's {input} has a default");
    }
}

/// Where a rule applies is its `kinds` alone: the registry runs a file's check only for a kind one
/// of its rules applies to, and drops findings for other kinds. A check that returns early for a
/// kind second-guesses that, and goes stale when `kinds` changes.
#[test]
fn kinds_alone_decide_where_a_rule_applies() {
    let early = regex::Regex::new(r"if (ctx|scope)\.kind [!=]= Kind::\w+ \{\s*return;").unwrap();
    for path in files("src/rules", &[".rs"]) {
        let source = code(&path);
        assert!(
            !early.is_match(&source),
            "{} returns early for a kind: let the rules' `kinds` decide",
            relative(&path)
        );
    }
}
