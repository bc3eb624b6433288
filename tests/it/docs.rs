//! Generated files must match what the code generates. `AMLINT_UPDATE=1 cargo test` rewrites
//! them.

use std::process::Command;

fn assert_current(path: &str, args: &[&str]) {
    // A cleared environment: a developer's LANG must not turn the English reference Dutch.
    let output = Command::new(env!("CARGO_BIN_EXE_amlint"))
        .args(args)
        .env_clear()
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let generated = String::from_utf8(output.stdout).unwrap();
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("AMLINT_UPDATE").is_some() {
        std::fs::write(&full, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&full).unwrap_or_default();
    assert!(
        committed == generated,
        "{path} is stale: run `AMLINT_UPDATE=1 cargo test --test it docs` and commit the result"
    );
}

#[test]
fn rules_reference_is_current() {
    assert_current("docs/rules.md", &["rules", "--format", "markdown"]);
    assert_current(
        "docs/rules.nl.md",
        &["rules", "--format", "markdown", "--lang", "nl"],
    );
}

#[test]
fn schema_command_writes_the_committed_schemas() {
    let out = std::env::temp_dir().join(format!("amlint-schemas-{}", std::process::id()));
    for (draft, folder) in [("07", "draft-07"), ("2020-12", "2020-12")] {
        for (lang, prefix) in [("en", ""), ("nl", "nl/")] {
            let status = Command::new(env!("CARGO_BIN_EXE_amlint"))
                .args([
                    "schema",
                    "--all",
                    "--draft",
                    draft,
                    "--lang",
                    lang,
                    "--out-dir",
                ])
                .arg(out.join(format!("{prefix}{folder}")))
                .status()
                .unwrap();
            assert!(status.success());
        }
    }
    for (path, text) in amlint::schema::files() {
        assert_eq!(
            std::fs::read_to_string(out.join(&path)).unwrap(),
            text,
            "{path}"
        );
    }
    let _ = std::fs::remove_dir_all(&out);
    let one = Command::new(env!("CARGO_BIN_EXE_amlint"))
        .args(["schema", "aks"])
        .output()
        .unwrap();
    let committed = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/draft-07/aks.schema.json"),
    )
    .unwrap();
    assert_eq!(String::from_utf8(one.stdout).unwrap(), committed);
    let unknown = Command::new(env!("CARGO_BIN_EXE_amlint"))
        .args(["schema", "cluster"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
}

/// The count of rules by severity in the README and docs/checks.md is the registry's;
/// `AMLINT_UPDATE=1` rewrites it, so adding a rule needs no hand edit there.
#[test]
fn readme_counts_the_rules_by_severity() {
    let count = |severity| {
        amlint::RULES
            .iter()
            .filter(|r| r.severity == severity)
            .count()
    };
    let counted = format!(
        "{} rules (`amlint rules`, [docs/rules.md](LINK); {} errors, {} warnings, {} infos)",
        amlint::RULES.len(),
        count(amlint::Severity::Error),
        count(amlint::Severity::Warning),
        count(amlint::Severity::Info)
    );
    let pattern = regex::Regex::new(
        r"\d+ rules \(`amlint rules`, \[docs/rules\.md\]\((?P<link>[^)]+)\); \d+ errors, \d+ warnings, \d+ infos\)",
    )
    .unwrap();
    for (page, link) in [
        (
            "README.md",
            "https://github.com/amlint/amlint/blob/main/docs/rules.md",
        ),
        ("docs/checks.md", "rules.md"),
    ] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(page);
        let text = std::fs::read_to_string(&path).unwrap();
        let line = counted.replace("LINK", link);
        if std::env::var_os("AMLINT_UPDATE").is_some() {
            let updated = pattern.replace_all(&text, regex::NoExpand(&line));
            std::fs::write(&path, updated.as_bytes()).unwrap();
            continue;
        }
        assert!(
            text.contains(&line),
            "{page} should say: {line} (`AMLINT_UPDATE=1 cargo test --test it docs` writes it)"
        );
    }
}

/// The table of what may change after creation in `docs/context.md` is the field tables' own
/// (`Field::mutability`); `AMLINT_UPDATE=1` rewrites it.
#[test]
fn the_mutability_table_is_current() {
    use amlint::model::Mutability;
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/context.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let (start, end) = ("<!-- mutability:start -->\n", "<!-- mutability:end -->");
    let (Some(from), Some(to)) = (text.find(start), text.find(end)) else {
        panic!("docs/context.md has no mutability markers");
    };
    let mut table = String::from(
        "| kind | fixed at creation (AML901) | `az ml compute update` changes | other changes (AML902) |\n|---|---|---|---|\n",
    );
    for kind in amlint::Kind::ALL {
        let by_update = matches!(
            kind,
            amlint::Kind::ComputeInstance
                | amlint::Kind::AmlCompute
                | amlint::Kind::Kubernetes
                | amlint::Kind::SynapseSpark
        );
        let mut columns = [Vec::new(), Vec::new(), Vec::new()];
        for field in kind.fields() {
            // Sections whose every field Azure sets (a Spark pool's scale settings) are not compared.
            let all_read_only = matches!(&field.ty, amlint::model::Ty::Object(inner) if inner.iter().all(|f| f.read_only));
            if field.read_only || field.name == "$schema" || all_read_only {
                continue;
            }
            let column = match field.mutability.unwrap_or(Mutability::Resubmit) {
                Mutability::CreateOnly => 0,
                Mutability::Updatable if by_update => 1,
                _ => 2,
            };
            columns[column].push(format!("`{}`", field.name));
        }
        let cell = |names: &Vec<String>| {
            if names.is_empty() {
                "—".to_owned()
            } else {
                names.join(", ")
            }
        };
        table.push_str(&format!(
            "| `{kind}` | {} | {} | {} |\n",
            cell(&columns[0]),
            cell(&columns[1]),
            cell(&columns[2])
        ));
    }
    let current = format!("{}{start}{table}{}", &text[..from], &text[to..]);
    if std::env::var_os("AMLINT_UPDATE").is_some() {
        std::fs::write(&path, &current).unwrap();
    } else {
        assert!(
            current == text,
            "docs/context.md's table is stale: run `AMLINT_UPDATE=1 cargo test --test it docs`"
        );
    }
}

/// The config file's schema, for editors and SchemaStore, is what `amlint schema config` prints.
#[test]
fn config_schema_is_current() {
    assert_current("schemas/amlint-config.schema.json", &["schema", "config"]);
}

/// Every relative link in the README and the docs, and every link of the README to the
/// repository's files (absolute: the README is also the registry's page and is read in the installed
/// package, where relative links are dead), points at a file of the repository: moving a page
/// cannot leave a link behind.
#[test]
fn relative_links_in_the_docs_resolve() {
    const REPOSITORY_FILES: &str = "https://github.com/amlint/amlint/blob/main/";
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let link = regex::Regex::new(r"\]\(([^)#\s]+)(#[^)]*)?\)").unwrap();
    let mut pages = vec![root.join("README.md"), root.join("ARCHITECTURE.md")];
    for entry in std::fs::read_dir(root.join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            pages.push(path);
        }
    }
    for page in pages {
        let text = std::fs::read_to_string(&page).unwrap();
        let readme = page.ends_with("README.md") && page.parent() == Some(root);
        for found in link.captures_iter(&text) {
            let target = &found[1];
            let (base, target) = match target.strip_prefix(REPOSITORY_FILES) {
                Some(file) => (root, file),
                None if target.contains("://") || target.starts_with("mailto:") => continue,
                None => {
                    assert!(
                        !readme,
                        "README.md: the link {target} is relative, dead on the registry's page; link {REPOSITORY_FILES}{target}"
                    );
                    (page.parent().unwrap(), target)
                }
            };
            let resolved = base.join(target);
            assert!(
                resolved.exists(),
                "{}: the link {target} leads nowhere",
                page.display()
            );
        }
    }
}

/// The npm package's language modules (`js/locales/*.js`), which `loadLocale` fetches on
/// demand, are the catalogs the command has built in.
#[test]
fn locale_modules_are_current() {
    use amlint::Locale;
    fn pairs<K: serde::Serialize>(list: &[(K, &str)]) -> String {
        let lines: Vec<String> = list
            .iter()
            .map(|(key, text)| serde_json::to_string(&(key, text)).unwrap())
            .collect();
        format!("[\n    {}\n  ]", lines.join(",\n    "))
    }
    for locale in Locale::ALL.iter().filter(|l| **l != Locale::En) {
        let body = format!(
            "{{\n  messages: {},\n  docs: {},\n  schema: {},\n}}",
            pairs(&amlint::catalog::messages(*locale)),
            pairs(&amlint::catalog::rule_docs(*locale)),
            pairs(amlint::messages::all_schema_texts(*locale))
        );
        let header = format!(
            "// The {} messages, rule documentation and schema texts of amlint, loaded on demand by `loadLocale(\"{}\")`.\n// Generated from src/messages/{}.rs and the rules' declarations: `AMLINT_UPDATE=1 cargo test --test it docs`.\n",
            locale.tag(),
            locale.tag(),
            locale.tag()
        );
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("js/locales");
        // One ES module per language: `require`'s entry (js/node.cjs) loads it with `import()`.
        let file = format!("{}.js", locale.tag());
        let text = format!("{header}export default {body};\n");
        let path = root.join(&file);
        if std::env::var_os("AMLINT_UPDATE").is_some() {
            std::fs::create_dir_all(&root).unwrap();
            std::fs::write(&path, &text).unwrap();
        } else {
            assert!(
                std::fs::read_to_string(&path).unwrap_or_default() == text,
                "js/locales/{file} is stale: run `AMLINT_UPDATE=1 cargo test --test it docs`"
            );
        }
    }
}
