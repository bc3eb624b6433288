//! Releases (docs/releasing.md): Cargo.toml's version is every channel's, the command names it and
//! its commit, CHANGELOG.md keeps its form, the Action installs without a published wheel, and the
//! workflows pin their actions and ask for little. `AMLINT_UPDATE=1 cargo test --test it release`
//! writes Cargo.toml's version everywhere else.

use std::path::{Path, PathBuf};
use std::process::Command;

use regex::Regex;

const VERSION: &str = env!("CARGO_PKG_VERSION");
const SEMVER: &str = r"(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every place that names the version, as a pattern whose first group is the version, and how many
/// times it must match there (a pattern that stops matching is a stale row, and fails too).
fn places() -> Vec<(String, Regex, Option<usize>)> {
    let mut places: Vec<(String, Regex, Option<usize>)> = [
        ("package.json", r#"(?m)^  "version": "([^"]*)""#, 1),
        // The package's own entry and the lock's root.
        (
            "package-lock.json",
            r#""name": "amlint",\s*"version": "([^"]*)""#,
            2,
        ),
        // The playground depends on the package in `..`.
        (
            "www/package-lock.json",
            r#""\.\.": \{\s*"name": "amlint",\s*"version": "([^"]*)""#,
            1,
        ),
        ("Cargo.lock", r#"name = "amlint"\nversion = "([^"]*)""#, 1),
        (
            "fuzz/Cargo.lock",
            r#"name = "amlint"\nversion = "([^"]*)""#,
            1,
        ),
        // The amlint-cli the Action installs by default.
        (
            "action.yml",
            r#"(?m)^  version:\n(?:    [a-z]+: .*\n)*?    default: "([^"]*)""#,
            1,
        ),
    ]
    .into_iter()
    .map(|(path, pattern, count)| (path.to_owned(), Regex::new(pattern).unwrap(), Some(count)))
    .collect();
    // The tag users pin: pre-commit's `rev`, the Action, Azure Pipelines' repository resource.
    let tags = Regex::new(&format!(r"(?:rev: v|amlint/amlint@v|refs/tags/v){SEMVER}")).unwrap();
    let mut pages = vec!["README.md".to_owned()];
    for entry in std::fs::read_dir(root().join("docs")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".md") {
            pages.push(format!("docs/{name}"));
        }
    }
    pages.sort();
    for page in pages {
        places.push((page, tags.clone(), None));
    }
    places
}

fn with_version(text: &str, pattern: &Regex, version: &str) -> String {
    pattern
        .replace_all(text, |caps: &regex::Captures<'_>| {
            let (whole, group) = (caps.get(0).unwrap(), caps.get(1).unwrap());
            format!(
                "{}{version}{}",
                &text[whole.start()..group.start()],
                &text[group.end()..whole.end()]
            )
        })
        .into_owned()
}

#[test]
fn every_channel_has_cargos_version() {
    let update = std::env::var_os("AMLINT_UPDATE").is_some();
    let mut wrong = Vec::new();
    let mut tags_named = 0;
    for (path, pattern, count) in places() {
        let text = read(&path);
        let found: Vec<String> = pattern
            .captures_iter(&text)
            .map(|c| c[1].to_owned())
            .collect();
        match count {
            Some(count) => assert_eq!(
                found.len(),
                count,
                "{path}: `{pattern}` should match {count} time(s); a stale row in tests/it/release.rs?"
            ),
            None => tags_named += found.len(),
        }
        let others: Vec<&String> = found.iter().filter(|v| *v != VERSION).collect();
        if others.is_empty() {
            continue;
        }
        if update {
            std::fs::write(root().join(&path), with_version(&text, &pattern, VERSION)).unwrap();
        } else {
            wrong.push(format!("{path}: {others:?}"));
        }
    }
    assert!(
        tags_named >= 3,
        "README.md and docs/ name the release tag (rev:, amlint/amlint@, refs/tags/)"
    );
    assert!(
        wrong.is_empty(),
        "Cargo.toml's version is {VERSION}; these disagree (`AMLINT_UPDATE=1 cargo test --test it release` writes it):\n{}",
        wrong.join("\n")
    );
    // The wheel's version is Cargo.toml's through maturin; a version here would be a second one.
    let pyproject = read("pyproject.toml");
    assert!(
        pyproject.contains(r#"dynamic = ["version"]"#),
        "pyproject.toml"
    );
    assert!(
        !Regex::new(r"(?m)^version\s*=")
            .unwrap()
            .is_match(&pyproject),
        "pyproject.toml sets a version: maturin takes Cargo.toml's"
    );
}

#[test]
fn version_rows_rewrite_only_the_version() {
    let (_, pattern, _) = places()
        .into_iter()
        .find(|(path, ..)| path == "action.yml")
        .unwrap();
    let action = "  version:\n    description: x\n    default: \"0.0.1\"\n  install:\n    default: \"true\"\n";
    assert_eq!(
        with_version(action, &pattern, "9.8.7"),
        action.replace("0.0.1", "9.8.7")
    );
}

/// `amlint 0.1.0 (0a1b2c3d4)`: the version and, built from a repository, the commit (build.rs).
#[test]
fn the_command_names_its_version_and_commit() {
    let output = Command::new(env!("CARGO_BIN_EXE_amlint"))
        .arg("--version")
        .env_clear()
        .output()
        .unwrap();
    assert!(output.status.success());
    let printed = String::from_utf8(output.stdout).unwrap();
    let shape = Regex::new(r"^amlint (\S+)(?: \(([0-9a-f]{9})\))?\n$").unwrap();
    let caps = shape
        .captures(&printed)
        .unwrap_or_else(|| panic!("{printed:?}"));
    assert_eq!(&caps[1], VERSION);
    if !root().join(".git").exists() {
        return;
    }
    let commit = caps
        .get(2)
        .unwrap_or_else(|| {
            panic!("built in a repository, the version names no commit: {printed:?}")
        })
        .as_str();
    // A commit of this repository (not necessarily HEAD: someone may have committed since the build).
    let known = Command::new("git")
        .args(["cat-file", "-e", &format!("{commit}^{{commit}}")])
        .current_dir(root())
        .status();
    if let Ok(known) = known {
        assert!(known.success(), "{commit} is no commit of this repository");
    }
}

/// Keep a Changelog: `## [Unreleased]` first, then released versions newest first with their dates,
/// the newest of them Cargo.toml's; the usual kinds of change; a link for every heading.
#[test]
fn the_changelog_keeps_its_form() {
    let changelog = read("CHANGELOG.md");
    assert!(changelog.starts_with("# Changelog\n"));
    let headings: Vec<&str> = changelog.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(headings.first(), Some(&"## [Unreleased]"), "{headings:?}");
    let released = Regex::new(&format!(r"^## \[{SEMVER}\] - \d{{4}}-\d{{2}}-\d{{2}}$")).unwrap();
    let mut versions = Vec::new();
    for heading in &headings[1..] {
        let caps = released
            .captures(heading)
            .unwrap_or_else(|| panic!("not `## [X.Y.Z] - YYYY-MM-DD`: {heading}"));
        versions.push(caps[1].to_owned());
    }
    let order = |v: &str| -> Vec<u64> {
        v.split(['.', '-'])
            .take(3)
            .map(|n| n.parse().unwrap())
            .collect()
    };
    for pair in versions.windows(2) {
        assert!(order(&pair[0]) > order(&pair[1]), "newest first: {pair:?}");
    }
    if let Some(newest) = versions.first() {
        assert_eq!(
            newest, VERSION,
            "CHANGELOG.md's newest release is not Cargo.toml's version"
        );
    }
    for line in changelog.lines().filter(|l| l.starts_with("### ")) {
        assert!(
            [
                "### Added",
                "### Changed",
                "### Deprecated",
                "### Removed",
                "### Fixed",
                "### Security"
            ]
            .contains(&line),
            "{line}"
        );
    }
    for name in std::iter::once("Unreleased".to_owned()).chain(versions) {
        assert!(
            changelog.contains(&format!("\n[{name}]: https://")),
            "CHANGELOG.md has no link for [{name}]"
        );
    }
}

/// The release's notes are CHANGELOG.md's section for its version, and a tag without one is refused.
#[test]
fn release_notes_are_the_changelogs_section() {
    let scratch = std::env::temp_dir().join(format!("amlint-notes-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let changelog = scratch.join("CHANGELOG.md");
    std::fs::write(
        &changelog,
        "# Changelog\n\n## [Unreleased]\n\n### Added\n\n- later\n\n## [1.2.0] - 2027-01-02\n\n### Fixed\n\n- this\n\n## [1.1.0] - 2026-12-24\n\n### Added\n\n- that\n\n[Unreleased]: https://example.com/u\n[1.2.0]: https://example.com/2\n",
    )
    .unwrap();
    let notes = |version: &str| {
        Command::new("python3")
            .arg(root().join(".github/scripts/release-notes.py"))
            .arg(version)
            .arg(&changelog)
            .output()
            .unwrap()
    };
    let found = notes("1.2.0");
    assert!(found.status.success());
    assert_eq!(
        String::from_utf8(found.stdout).unwrap(),
        "### Fixed\n\n- this\n"
    );
    assert_eq!(
        String::from_utf8(notes("1.1.0").stdout).unwrap(),
        "### Added\n\n- that\n"
    );
    for missing in ["1.3.0", "Unreleased", "1.2"] {
        assert!(!notes(missing).status.success(), "{missing}");
    }
    std::fs::remove_dir_all(&scratch).unwrap();
}

/// The Action's `version` defaults to its own, which is not on the package index before its
/// release: then it builds its own source; another version it cannot install fails the step.
#[cfg(unix)]
#[test]
fn the_action_installs_without_a_published_wheel() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = std::env::temp_dir().join(format!("amlint-action-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let log = scratch.join("pip.log");
    // A pip whose index has no amlint-cli; an amlint that says it ran.
    let stand_ins = [
        (
            "python3",
            format!(
                "#!/bin/sh\necho \"$*\" >> '{}'\ncase \"$*\" in *amlint-cli==*) exit 1;; esac\n",
                log.display()
            ),
        ),
        ("amlint", "#!/bin/sh\necho ran\n".to_owned()),
    ];
    for (name, script) in stand_ins {
        let path = scratch.join(name);
        std::fs::write(&path, script).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let run = |version: &str| {
        let _ = std::fs::remove_file(&log);
        let output = Command::new("bash")
            .arg(root().join("ci/github-action.sh"))
            .env_clear()
            .env("PATH", format!("{}:/usr/bin:/bin", scratch.display()))
            .env("GITHUB_ACTION_PATH", root())
            .env("AMLINT_INSTALL", "true")
            .env("AMLINT_VERSION", version)
            .env("AMLINT_PATHS", "specs")
            .output()
            .unwrap();
        let pip = std::fs::read_to_string(&log).unwrap_or_default();
        (output, pip)
    };
    let action = read("action.yml");
    assert!(action.contains(&format!("    default: \"{VERSION}\"")));
    let source = format!(
        "-m pip install --quiet --disable-pip-version-check {}",
        root().display()
    );

    let (output, pip) = run(VERSION);
    assert!(output.status.success(), "{output:?}");
    let lines: Vec<&str> = pip.lines().collect();
    assert_eq!(lines.len(), 2, "{pip}");
    assert!(
        lines[0].ends_with(&format!("amlint-cli=={VERSION}")),
        "{pip}"
    );
    assert_eq!(lines[1], source, "{pip}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("::notice::"));

    let (output, pip) = run("");
    assert!(output.status.success(), "{output:?}");
    assert_eq!(pip.trim_end(), source);

    let (output, pip) = run("0.0.0-none");
    assert!(!output.status.success(), "{output:?}");
    assert!(!pip.contains(&source), "{pip}");
    std::fs::remove_dir_all(&scratch).unwrap();
}

fn workflows() -> Vec<(PathBuf, String)> {
    let mut found: Vec<(PathBuf, String)> = std::fs::read_dir(root().join(".github/workflows"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yml"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .collect();
    found.sort();
    assert!(found.len() >= 2, "ci.yml and release.yml");
    found
}

/// Every action is pinned by its full commit, with the version in a comment (a tag can move; a
/// commit cannot), or is this repository's own (`./`).
#[test]
fn workflows_pin_actions_by_commit() {
    let uses = Regex::new(r"(?m)^\s*(?:- )?uses: (\S+)(.*)$").unwrap();
    let pinned = Regex::new(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$").unwrap();
    let comment = Regex::new(r"^ # v\d+(\.\d+)*$").unwrap();
    for (path, text) in workflows() {
        for caps in uses.captures_iter(&text) {
            if &caps[1] == "./" {
                continue;
            }
            assert!(
                pinned.is_match(&caps[1]) && comment.is_match(&caps[2]),
                "{}: `{}` is not pinned as `owner/repo@<commit> # vX.Y.Z`",
                path.display(),
                caps[0].trim()
            );
        }
    }
}

/// The workflows grant nothing by default; each job asks for its own permissions, and only the
/// jobs that sign or publish with GitHub's OIDC token get one.
#[test]
fn workflows_ask_each_job_for_its_permissions() {
    let job = Regex::new(r"(?m)^  ([\w-]+):\n((?:    .*\n|\n)*)").unwrap();
    for (path, text) in workflows() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            text.contains("\npermissions: {}\n"),
            "{name}: permissions: {{}} at the top"
        );
        let jobs = &text[text.find("\njobs:\n").unwrap()..];
        let mut with_token = Vec::new();
        for caps in job.captures_iter(jobs) {
            let body = &caps[2];
            assert!(
                body.contains("\n    permissions:\n") || body.starts_with("    permissions:\n"),
                "{name}: job {} has no permissions of its own",
                &caps[1]
            );
            if body.contains("id-token: write") {
                with_token.push(caps[1].to_owned());
            }
            assert!(
                !body.contains("write-all") && !body.contains("read-all"),
                "{name}: job {}",
                &caps[1]
            );
        }
        let expected: &[&str] = match name.as_str() {
            "release.yml" => &["attest", "pypi", "npm-publish"],
            _ => &[],
        };
        assert_eq!(with_token, expected, "{name}: jobs with an OIDC token");
    }
}
