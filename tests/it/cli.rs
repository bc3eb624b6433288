//! The command line, as data: each `tests/cmd/*.toml` holds arguments, input and the expected
//! output and exit code. `TRYCMD=overwrite cargo test` rewrites the expectations.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .register_bin("amlint", std::path::Path::new(env!("CARGO_BIN_EXE_amlint")))
        .case("tests/cmd/*.toml");
}

/// The cases that run a stand-in Bicep CLI (`tests/fixtures/bicep/cli/*/bicep`, shell scripts).
#[cfg(unix)]
#[test]
fn cli_bicep_cases() {
    trycmd::TestCases::new()
        .register_bin("amlint", std::path::Path::new(env!("CARGO_BIN_EXE_amlint")))
        .case("tests/cmd/bicep/*.toml");
}

/// The command's standard output for `input` piped to its standard input.
fn piped(args: &[&str], input: &[u8]) -> String {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_amlint"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap()
}

use crate::support::Scratch;

fn amlint(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_amlint"))
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A named pipe or a device is refused from its metadata, before a byte is read: no hang, no
/// read without end.
#[cfg(unix)]
#[test]
fn pipes_and_devices_are_refused_without_being_read() {
    let scratch = Scratch::new("cli-fifo");
    let fifo = scratch.0.join("spec.yml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    for (path, kind) in [
        (fifo.as_os_str(), "a named pipe"),
        ("/dev/zero".as_ref(), "a device"),
    ] {
        let (code, stdout, stderr) = amlint(&["check".as_ref(), path]);
        assert_eq!(code, 2, "{stderr}");
        assert!(
            stderr.contains(&format!("not a regular file ({kind})")),
            "{stderr}"
        );
        // Nothing read is not "no problems": the summary counts what was not checked.
        assert_eq!(
            stdout.trim(),
            "No problems found in 0 files; 1 path could not be read."
        );
    }
    // Found in a folder, a pipe is refused too, and the other files are still checked.
    std::fs::write(
        scratch.0.join("cluster.yml"),
        "name: cpu-cluster-\ntype: amlcompute\n",
    )
    .unwrap();
    let (code, stdout, stderr) = amlint(&["check".as_ref(), scratch.0.as_os_str()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("not a regular file"), "{stderr}");
    assert!(stdout.contains("AML207"), "{stdout}");
    assert!(
        stdout.contains("in 1 of 1 file; 1 path could not be read."),
        "{stdout}"
    );
}

/// A file named twice (`x` and `./x`) is one file: checked once, and no duplicate-name finding
/// about itself.
#[test]
fn a_file_named_twice_is_checked_once() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/valid/compute-cluster.yml");
    let dotted = path.parent().unwrap().join(".").join("compute-cluster.yml");
    let (code, stdout, _) = amlint(&["check".as_ref(), path.as_os_str(), dotted.as_os_str()]);
    assert_eq!(code, 0, "{stdout}");
    assert!(!stdout.contains("AML208"), "{stdout}");
    assert!(stdout.contains("in 1 file"), "{stdout}");
}

/// A folder amlint cannot enter is an error (exit 2) that names it, never a silent pass; a file
/// in a folder without the search bit is "permission denied", not "no such file".
#[cfg(unix)]
#[test]
fn unreadable_folders_are_reported_not_skipped() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = Scratch::new("cli-perm");
    let open = scratch.0.join("specs");
    let closed = open.join("closed");
    std::fs::create_dir_all(&closed).unwrap();
    std::fs::write(
        closed.join("cluster.yml"),
        "name: cpu-cluster\ntype: amlcompute\n",
    )
    .unwrap();
    std::fs::write(
        open.join("ok.yml"),
        "name: cpu-cluster\ntype: amlcompute\nmax_instances: 2\n",
    )
    .unwrap();
    for dir in [&scratch.0, &open] {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    std::fs::set_permissions(&closed, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root may read anything: run as nobody where the tests run as root.
    let run = |args: &[&std::ffi::OsStr]| {
        let mut command = if running_as_root() {
            let mut c = std::process::Command::new("setpriv");
            c.args([
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                env!("CARGO_BIN_EXE_amlint"),
            ]);
            c
        } else {
            std::process::Command::new(env!("CARGO_BIN_EXE_amlint"))
        };
        let output = command.args(args).output().unwrap();
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let (code, stdout, stderr) = run(&["check".as_ref(), open.as_os_str()]);
    std::fs::set_permissions(&closed, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(code, 2, "{stdout}{stderr}");
    assert!(
        stderr.contains("closed") && stderr.contains("permission denied"),
        "{stderr}"
    );
    assert!(
        stdout.contains("1 file"),
        "the readable file is still checked: {stdout}"
    );
    std::fs::set_permissions(&closed, std::fs::Permissions::from_mode(0o600)).unwrap();
    let inside = closed.join("cluster.yml");
    let (code, _, stderr) = run(&["check".as_ref(), inside.as_os_str()]);
    std::fs::set_permissions(&closed, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(code, 2);
    assert!(stderr.contains("permission denied"), "{stderr}");
}

/// Whether this process runs as root (uid 0), from `/proc/self/status`.
fn running_as_root() -> bool {
    std::fs::read_to_string("/proc/self/status").is_ok_and(|status| {
        status
            .lines()
            .find(|line| line.starts_with("Uid:"))
            .is_some_and(|line| line.split_whitespace().nth(1) == Some("0"))
    })
}

/// A file name or argument cannot forge a line or reorder what a reader sees: control and bidi
/// characters are printed escaped, in every format and on stderr.
#[test]
fn names_and_arguments_are_printed_escaped() {
    let forged = "a.yml\nsrc/other.yml:1:7: error[AML206] forged\u{9b}\u{202e}";
    for format in ["human", "json"] {
        let args = ["check", "--format", format, "--stdin-filename", forged, "-"];
        let stdout = piped(&args, b"name: cpu-cluster-\ntype: amlcompute\n");
        assert!(
            !stdout.lines().any(|l| l.starts_with("src/other.yml")),
            "{stdout}"
        );
        assert!(!stdout.contains(['\u{9b}', '\u{202e}']), "{stdout}");
    }
    for args in [
        ["explain", "AML\u{1b}[31m1"],
        ["schema", "kind\u{1b}]0;x\u{7}"],
    ] {
        let (code, stdout, stderr) = amlint(&args.map(std::ffi::OsStr::new));
        assert_eq!(code, 2);
        assert!(!format!("{stdout}{stderr}").contains('\u{1b}'), "{stderr}");
    }
}

/// amlint never writes to an input: every file of a checked folder keeps its bytes and its
/// modification time, in every format.
#[test]
fn inputs_are_never_written() {
    let scratch = Scratch::new("cli-readonly");
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/invalid");
    let mut before = Vec::new();
    for entry in std::fs::read_dir(&examples).unwrap() {
        let path = entry.unwrap().path();
        let copy = scratch.0.join(path.file_name().unwrap());
        std::fs::copy(&path, &copy).unwrap();
        let meta = std::fs::metadata(&copy).unwrap();
        before.push((
            copy,
            std::fs::read(&path).unwrap(),
            meta.modified().unwrap(),
        ));
    }
    for format in ["human", "json"] {
        let (code, _, _) = amlint(&[
            "check".as_ref(),
            "--format".as_ref(),
            format.as_ref(),
            scratch.0.as_os_str(),
        ]);
        assert_eq!(code, 1);
    }
    for (path, bytes, modified) in before {
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{}", path.display());
        assert_eq!(
            std::fs::metadata(&path).unwrap().modified().unwrap(),
            modified
        );
    }
}

/// `--fix` is the one way amlint writes to an input: whole (no temporary file left), through a
/// symbolic link to its target (the link stays), with the file's permissions; a second run
/// changes nothing; `--diff` shows the same change and writes nothing; standard input's fixed
/// text goes to standard output.
#[test]
fn fix_writes_whole_files_through_links_and_only_when_asked() {
    let scratch = Scratch::new("cli-fix");
    std::fs::create_dir_all(scratch.0.join(".git")).unwrap();
    let before = "# keep this\nname: cpu-cluster\ntype: AmlCompute\ntier: Dedicated   # and this\nmax_instances: \"4\"\n";
    let after = "# keep this\nname: cpu-cluster\ntype: amlcompute\ntier: dedicated   # and this\nmax_instances: 4\n";
    let target = scratch.0.join("cluster.yml");
    std::fs::write(&target, before).unwrap();
    let link = scratch.0.join("link.yml");
    let arg = |p: &std::path::Path| p.as_os_str().to_owned();
    let run = |extra: &[&str], path: &std::path::Path| {
        let mut args: Vec<std::ffi::OsString> = vec!["check".into(), "--isolated".into()];
        args.extend(extra.iter().map(std::ffi::OsString::from));
        args.push(arg(path));
        let refs: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
        amlint(&refs)
    };
    // --diff: the change, and nothing written.
    let (code, stdout, _) = run(&["--diff"], &target);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("\n-type: AmlCompute\n") && stdout.contains("\n+type: amlcompute\n"),
        "{stdout}"
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), before);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
        std::os::unix::fs::symlink("cluster.yml", &link).unwrap();
        let (code, _, stderr) = run(&["--fix"], &link);
        assert_eq!(code, 0, "{stderr}");
        assert!(
            stderr.contains("fixed 3 finding(s) in 1 file(s)"),
            "{stderr}"
        );
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&target).unwrap(), after);
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }
    #[cfg(not(unix))]
    assert_eq!(run(&["--fix"], &target).0, 0);
    let modified = std::fs::metadata(&target).unwrap().modified().unwrap();
    assert_eq!(run(&["--fix"], &target).0, 0);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), after);
    assert_eq!(
        std::fs::metadata(&target).unwrap().modified().unwrap(),
        modified
    );
    let left: Vec<_> = std::fs::read_dir(&scratch.0)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != ".git")
        .collect();
    assert!(left.len() <= 2, "temporary files left: {left:?}");
    // Standard input: the fixed text on standard output.
    let stdout = piped(&["check", "--isolated", "--fix", "-"], before.as_bytes());
    assert_eq!(stdout, after);
}

/// CR-only line endings (old Mac files): findings sit on the line PyYAML names, and the code frame
/// shows that line alone.
#[test]
fn carriage_returns_alone_end_lines() {
    let input = b"name: cpu-cluster\rtype: amlcompute\rmax_instances: 2\rmin_instances: 4\r";
    let stdout = piped(&["check", "--color", "never", "-"], input);
    assert!(stdout.contains("<stdin>:4:16: error[AML301]"), "{stdout}");
    assert!(stdout.contains("4 | min_instances: 4\n"), "{stdout}");
    assert!(!stdout.contains("name: cpu-cluster\rtype"), "{stdout}");
}

/// Shell completions and the manual page are generated from the same clap definitions as the
/// command: every flag is in them, and the bash script is valid bash.
#[test]
fn completions_and_the_manual_page_come_from_the_command_definition() {
    for (shell, mark) in [
        ("bash", "_amlint()"),
        ("zsh", "#compdef amlint"),
        ("fish", "complete -c amlint"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[amlint]"),
    ] {
        let (code, stdout, stderr) = amlint(&["completions".as_ref(), shell.as_ref()]);
        assert_eq!(code, 0, "{shell}: {stderr}");
        assert!(stdout.contains(mark), "{shell}: no {mark}");
        assert!(stdout.contains("fail-on"), "{shell}: no fail-on");
        if shell == "bash" {
            let script =
                std::env::temp_dir().join(format!("amlint-completion-{}.bash", std::process::id()));
            std::fs::write(&script, &stdout).unwrap();
            let syntax = std::process::Command::new("bash")
                .arg("-n")
                .arg(&script)
                .status()
                .unwrap();
            let _ = std::fs::remove_file(&script);
            assert!(syntax.success(), "the bash completion is not valid bash");
        }
    }
    let (code, man, _) = amlint(&["man".as_ref()]);
    assert_eq!(code, 0);
    assert!(man.contains(".TH amlint 1"), "{man}");
    assert!(
        man.contains("check") && man.contains("completions"),
        "{man}"
    );
    let (code, _, stderr) = amlint(&["completions".as_ref(), "tcsh".as_ref()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("invalid value 'tcsh'"), "{stderr}");
}

/// In every language the findings are the same: codes, severities, files, lines and columns, and
/// the JSON pointers; only the words differ.
#[test]
fn every_language_reports_the_same_findings() {
    let run = |lang: &str, format: &str| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_amlint"))
            .args(["check", "--isolated", "--format", format, "--lang", lang])
            .args(["examples/invalid", "tests/fixtures/ci/specs"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_clear()
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    // The place and the severity, its label read back to English.
    let places = |text: String, lang: &str| -> Vec<String> {
        let locale = amlint::Locale::from_tag(lang).unwrap();
        text.lines()
            .filter_map(|line| line.split_once("] ").map(|(place, _)| place.to_owned()))
            .map(|mut place| {
                for severity in amlint::report::SEVERITIES {
                    let english = severity.as_str();
                    let id = format!("severity.{english}");
                    let label = amlint::messages::template(locale, &id).unwrap();
                    place = place.replace(&format!(": {label}["), &format!(": {english}["));
                }
                place
            })
            .collect()
    };
    let pointers = |text: String| -> Vec<(String, String)> {
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        json["files"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| f["diagnostics"].as_array().unwrap().clone())
            .map(|d| (d["code"].to_string(), d["pointer"].to_string()))
            .collect()
    };
    let english = places(run("en", "concise"), "en");
    assert!(english.len() > 50);
    for lang in amlint::Locale::ALL.iter().map(|l| l.tag()) {
        assert_eq!(places(run(lang, "concise"), lang), english, "{lang}");
        assert_eq!(
            pointers(run(lang, "json")),
            pointers(run("en", "json")),
            "{lang}"
        );
    }
    assert_ne!(run("nl", "concise"), run("en", "concise"));
}

/// A run of more files than the command reads at once prints, batch after batch and rendered on
/// every core, what the library renders for all of them at once: the same order, the findings of
/// the cross-file rule that name a file of an earlier batch, a baseline used up across batches,
/// byte for byte, in every format printed as the files are checked (SARIF's and JUnit's parts
/// kept aside until their head is known), to standard output, `-o` and `--report` files,
/// `--statistics`, GitHub's step summary and a baseline recorded in turns.
#[test]
fn many_files_print_as_one_report_of_them_all() {
    use amlint::report::{self, Baseline, File, Format, Settings, Style};
    let scratch = Scratch::root("cli-many");
    let texts: Vec<String> = [
        crate::support::spec_texts("examples/valid"),
        crate::support::spec_texts("examples/invalid"),
    ]
    .concat();
    let mut files = Vec::new();
    for i in 0..700 {
        let label = format!("specs/team-{}/spec-{i:03}.yml", i % 3);
        // Each name three times, 300 files apart.
        let text: String = texts[i % texts.len()]
            .split_inclusive('\n')
            .map(|line| {
                if line.starts_with("name:") && !line.contains('<') {
                    format!("name: spec{}-x\n", i % 300)
                } else {
                    line.to_owned()
                }
            })
            .collect();
        let path = scratch.join(&label);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &text).unwrap();
        let report = amlint::check_bytes(text.as_bytes(), &amlint::Options::default());
        if report.looks_like_compute_spec() {
            files.push(File {
                label,
                text,
                report,
            });
        }
    }
    files.sort_by(|a, b| a.label.cmp(&b.label));
    amlint::check_files(&mut files);
    assert!(
        files[400..]
            .iter()
            .any(|f| f.report.diagnostics.iter().any(|d| d.code() == "AML208")),
        "no name is used again in a later batch"
    );
    let settings = Settings::default();
    let baseline = Baseline::write(&files[..350], &settings);
    std::fs::write(scratch.join("baseline.json"), &baseline).unwrap();
    let summary = scratch.join("summary.md");
    let run = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_amlint"))
            .current_dir(&scratch.0)
            .env("GITHUB_STEP_SUMMARY", &summary)
            .args(["check", "--isolated"])
            .args(args)
            .arg("specs")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    for format in [
        Format::Human,
        Format::Concise,
        Format::Json,
        Format::Github,
        Format::Azure,
        Format::Sarif,
        Format::Junit,
        Format::Gitlab,
    ] {
        let expected = report::render(format, &files, &settings, Style::Plain, true, 1);
        let printed = run(&["--format", format.name()]);
        assert!(printed == expected, "--format {}", format.name());
    }
    assert!(
        run(&["--statistics"]) == report::statistics(&files, amlint::Locale::En),
        "--statistics"
    );
    // The step summary of the GitHub format's run, its table's rows rendered file by file.
    let whole = report::github_summary(&files, &settings);
    let expected = report::for_ci(&whole, report::Syntax::Text { styled: false });
    assert!(
        std::fs::read_to_string(&summary).unwrap() == expected,
        "step summary"
    );
    // The same to `-o` and a `--report` file (GitHub's step summary would grow a second time).
    for format in [
        Format::Human,
        Format::Json,
        Format::Sarif,
        Format::Junit,
        Format::Gitlab,
    ] {
        let expected = report::render(format, &files, &settings, Style::Plain, true, 1);
        let report = format!("{}=report.out", format.name());
        let printed = run(&[
            "--format",
            format.name(),
            "-o",
            "main.out",
            "--report",
            &report,
        ]);
        assert!(printed.is_empty(), "-o prints nothing");
        for name in ["main.out", "report.out"] {
            let written = std::fs::read_to_string(scratch.join(name)).unwrap();
            assert!(written == expected, "--format {} to {name}", format.name());
        }
    }
    let recorded = std::process::Command::new(env!("CARGO_BIN_EXE_amlint"))
        .current_dir(&scratch.0)
        .args([
            "check",
            "--isolated",
            "--write-baseline",
            "recorded.json",
            "specs",
        ])
        .output()
        .unwrap();
    assert_eq!(recorded.status.code(), Some(0));
    let recorded = std::fs::read_to_string(scratch.join("recorded.json")).unwrap();
    assert!(
        recorded == Baseline::write(&files, &settings),
        "--write-baseline"
    );
    let mut known = Baseline::parse(&baseline).unwrap();
    known.filter(&mut files, &settings);
    let expected = report::render(Format::Human, &files, &settings, Style::Plain, true, 1);
    assert!(
        run(&["--baseline", "baseline.json"]) == expected,
        "--baseline"
    );
}

/// A template takes the settings a spec does: a baseline records its findings and hides them,
/// `per-file-ignores` in the config applies to it by path, and it is found in a folder walk
/// while its parameter file (no compute spec) is not reported. `--fix` writes nothing it has no
/// fix for.
#[test]
fn templates_take_baselines_configs_and_folder_walks() {
    let scratch = Scratch::root("cli-template-settings");
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/iac");
    std::fs::create_dir_all(scratch.0.join("infra")).unwrap();
    for name in ["template.json", "template.parameters.json"] {
        std::fs::copy(fixtures.join(name), scratch.0.join("infra").join(name)).unwrap();
    }
    let template = scratch.0.join("infra/template.json");
    let baseline = scratch.0.join("baseline.json");
    let (code, _, stderr) = amlint(&[
        "check".as_ref(),
        "--isolated".as_ref(),
        "--write-baseline".as_ref(),
        baseline.as_os_str(),
        template.as_os_str(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("recorded 4 findings"), "{stderr}");
    let (code, stdout, _) = amlint(&[
        "check".as_ref(),
        "--isolated".as_ref(),
        "--baseline".as_ref(),
        baseline.as_os_str(),
        template.as_os_str(),
    ]);
    assert_eq!((code, stdout.trim()), (0, "No problems found in 1 file."));
    std::fs::write(
        scratch.0.join("amlint.toml"),
        "[per-file-ignores]\n\"infra/*.json\" = [\"AML204\", \"AML502\"]\n",
    )
    .unwrap();
    let folder = scratch.0.join("infra");
    let (code, stdout, stderr) = amlint(&[
        "check".as_ref(),
        "--config".as_ref(),
        scratch.0.join("amlint.toml").as_os_str(),
        "--format".as_ref(),
        "concise".as_ref(),
        folder.as_os_str(),
    ]);
    // The two instances' AML512 are left: warnings, which fail no run.
    assert_eq!(code, 0, "{stdout}{stderr}");
    let reported: Vec<&str> = stdout.lines().filter(|l| l.contains(".json")).collect();
    assert_eq!(reported.len(), 2, "{stdout}");
    assert!(
        reported
            .iter()
            .all(|l| l.contains("template.json") && l.contains("AML512")),
        "{stdout}"
    );
    // None of its findings has a fix (no literal it could rewrite): it is not written, with
    // unsafe fixes too.
    let before = std::fs::read(&template).unwrap();
    let (_, _, stderr) = amlint(&[
        "check".as_ref(),
        "--isolated".as_ref(),
        "--fix".as_ref(),
        "--unsafe-fixes".as_ref(),
        template.as_os_str(),
    ]);
    assert_eq!(std::fs::read(&template).unwrap(), before, "{stderr}");
}

/// `--fix` rewrites a template where it writes a value itself, in JSON, and checks it again as a
/// template: nothing is left, and a second run changes nothing.
#[test]
fn fix_rewrites_a_templates_literal_values() {
    let scratch = Scratch::root("cli-template-fix");
    let template = scratch.0.join("azuredeploy.json");
    let text = |public: &str, max: &str| {
        format!(
            "{{\n  \"resources\": [{{\n    \"type\": \"Microsoft.MachineLearningServices/workspaces/computes\",\n    \"name\": \"ws/cpu-cluster\",\n    \"properties\": {{\n      \"computeType\": \"AmlCompute\",\n      \"disableLocalAuth\": true,\n      \"properties\": {{ \"enableNodePublicIp\": {public}, \"scaleSettings\": {{ \"minNodeCount\": 0, \"maxNodeCount\": {max} }} }}\n    }}\n  }}]\n}}\n"
        )
    };
    std::fs::write(&template, text("\"true\"", "2.5")).unwrap();
    let (code, stdout, stderr) = amlint(&[
        "check".as_ref(),
        "--isolated".as_ref(),
        "--fix".as_ref(),
        template.as_os_str(),
    ]);
    assert_eq!(
        (code, stdout.trim()),
        (0, "No problems found in 1 file."),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&template).unwrap(),
        text("true", "2")
    );
    let (_, _, stderr) = amlint(&[
        "check".as_ref(),
        "--isolated".as_ref(),
        "--fix".as_ref(),
        template.as_os_str(),
    ]);
    assert!(stderr.contains("fixed 0 finding(s)"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&template).unwrap(),
        text("true", "2")
    );
}

/// `--diff` of a file it cannot read is no "nothing to change": it says so, exit 2; and a
/// one-letter name's length reads as English (no "1 characters").
#[test]
fn diff_does_not_pass_a_file_it_cannot_read() {
    let scratch = Scratch::new("cli-diff-unread");
    let broken = scratch.0.join("broken.yml");
    std::fs::write(&broken, "name: abc\ntype: amlcompute\nmax_instances: [1\n").unwrap();
    let (code, stdout, stderr) = amlint(&["check".as_ref(), "--diff".as_ref(), broken.as_os_str()]);
    assert_eq!(code, 2, "{stdout}{stderr}");
    assert!(
        stderr.contains("not read as az ml reads it (AML001), so `--diff` shows no fixes for it"),
        "{stderr}"
    );
    let short = scratch.0.join("short.yml");
    std::fs::write(&short, "name: a\ntype: amlcompute\n").unwrap();
    let (_, stdout, _) = amlint(&["check".as_ref(), short.as_os_str()]);
    assert!(
        stdout.contains("compute name `a` has a length of 1;"),
        "{stdout}"
    );
}

/// A config that extends another keeps its own `[policy]`, and a base's policy files are found
/// from the base's folder.
#[test]
fn an_extending_config_keeps_its_policy_and_finds_the_bases() {
    let scratch = Scratch::new("cli-extend-policy");
    let write = |path: &str, text: &str| {
        let path = scratch.0.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "team/policies/sizes.json",
        r#"{ "name": "sizes", "properties": { "displayName": "Only D2s v3", "mode": "All",
  "policyRule": { "if": { "allOf": [
    { "field": "type", "equals": "Microsoft.MachineLearningServices/workspaces/computes" },
    { "field": "Microsoft.MachineLearningServices/workspaces/computes/vmSize", "notIn": ["Standard_D2s_v3"] } ] },
    "then": { "effect": "deny" } } } }"#,
    );
    write(
        "team/base.toml",
        "[policy]\ndefinitions = [\"policies/*.json\"]\n",
    );
    write(
        "proj/s.yml",
        "name: cpu-cluster\ntype: amlcompute\nmax_instances: 2\nsize: Standard_DS3_v2\nssh_public_access_enabled: true\n",
    );
    let run = |config: &str| {
        write("proj/amlint.toml", config);
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_amlint"))
            .args(["check", "--format", "concise", "s.yml"])
            .current_dir(scratch.0.join("proj"))
            .output()
            .unwrap();
        String::from_utf8_lossy(&output.stdout).into_owned()
            + &String::from_utf8_lossy(&output.stderr)
    };
    let shown = run("extend = \"../team/base.toml\"\n");
    assert!(shown.contains("the policy “Only D2s v3” denies"), "{shown}");
    let shown = run("extend = \"../team/base.toml\"\n[policy]\nno-ssh = true\n");
    assert!(shown.contains("amlint.toml: no-ssh"), "{shown}");
    assert!(!shown.contains("Only D2s v3"), "{shown}");
}

/// A var file, parameter file or module `.tf` file that Terraform or ARM would not read is an
/// error naming it and what is wrong (exit 2), as a missing one is: never read as no values,
/// which would make the variables unknown, their findings vanish and the run pass.
#[test]
fn var_files_and_parameter_files_that_do_not_read_are_errors() {
    let scratch = Scratch::root("cli-broken-values");
    scratch.write(
        "tf/main.tf",
        "variable \"p\" { type = string }\nresource \"azurerm_machine_learning_compute_cluster\" \"a\" {\n  name               = var.p\n  vm_size            = \"STANDARD_DS2_V2\"\n  local_auth_enabled = false\n}\n",
    );
    scratch.write(
        "arm/t.json",
        r#"{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0", "parameters": { "n": { "type": "string" } },
  "resources": [ { "type": "Microsoft.MachineLearningServices/workspaces/computes", "apiVersion": "2024-04-01",
      "name": "[concat('ws/', parameters('n'))]", "location": "westeurope",
      "properties": { "computeType": "AmlCompute", "disableLocalAuth": true,
        "properties": { "vmSize": "Standard_DS3_v2", "scaleSettings": { "minNodeCount": 0, "maxNodeCount": 1 } } } } ] }
"#,
    );
    let run = |args: &[&str]| {
        let mut all: Vec<std::ffi::OsString> = vec!["check".into(), "--isolated".into()];
        all.extend(args.iter().map(|a| match a.strip_prefix("--") {
            Some(_) => (*a).into(),
            None => scratch.join(a).into_os_string(),
        }));
        let all: Vec<&std::ffi::OsStr> = all.iter().map(std::ffi::OsString::as_os_str).collect();
        amlint(&all)
    };
    scratch.write("good.tfvars", "p = \"a_b\"\n");
    // A folder named as a `.tf` file is no file of the module: Terraform does not read it.
    std::fs::create_dir_all(scratch.join("tf/sub.tf")).unwrap();
    std::fs::create_dir_all(scratch.join("tf/sub.auto.tfvars")).unwrap();
    let cases: &[(&str, &str, &str, &[&str], &str)] = &[
        (
            "tf/vars.tf",
            "variable \"q\" {\n  default = \"x\" oops\n}\n",
            "variable \"q\" {}\n",
            &["tf/main.tf", "--var-file", "good.tfvars"],
            "vars.tf: 2:17: does not parse, so the variables and locals it declares are unknown to the module's other files",
        ),
        (
            "tf/terraform.tfvars",
            "p = \"x\" oops\n",
            "p = \"a_b\"\n",
            &["tf/main.tf"],
            "terraform.tfvars: 1:9: does not parse as a variable definitions file",
        ),
        (
            "tf/z.auto.tfvars",
            "p = \"a_b\"\np = \"c\"\n",
            "p = \"a_b\"\n",
            &["tf/main.tf"],
            "z.auto.tfvars: 2:1: does not parse as a variable definitions file: invalid attribute; expected unique attribute key; found redefined attribute",
        ),
        (
            "v.tfvars.json",
            "[\"a_b\"]\n",
            "{\"p\": \"a_b\"}\n",
            &["tf/main.tf", "--var-file", "v.tfvars.json"],
            "v.tfvars.json: 1:1: does not parse as a variable definitions file",
        ),
        (
            "p.json",
            "this is not json\n",
            "{\"parameters\": {\"n\": {\"value\": \"a_b\"}}}\n",
            &["arm/t.json", "--parameters", "p.json"],
            "p.json: 1:1: is not JSON",
        ),
        (
            "arm/t.parameters.json",
            "{\"parameters\": {\"n\": {\"valu\": \"a_b\"}}}\n",
            "{\"parameters\": {\"n\": {\"value\": \"a_b\"}}}\n",
            &["arm/"],
            "t.parameters.json: 1:17: the parameter `n` has neither a `value` nor a `reference` (Key Vault)",
        ),
        (
            "arm/dev.parameters.json",
            "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\", \"metadata\": {\"template\": \"./t.json\"}, \"parameters\": [1]}\n",
            "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\", \"metadata\": {\"template\": \"./t.json\"}, \"parameters\": {\"n\": {\"value\": \"a_b\"}}}\n",
            &["arm/t.json", "arm/dev.parameters.json"],
            "dev.parameters.json: 1:1: has no `parameters` object",
        ),
    ];
    for (file, broken, good, args, said) in cases {
        let path = scratch.write(file, broken);
        let (code, stdout, stderr) = run(args);
        assert_eq!(code, 2, "{file}: {stdout}{stderr}");
        assert!(stderr.contains(said), "{file}: {stderr}");
        std::fs::write(&path, good).unwrap();
        let (code, stdout, stderr) = run(args);
        assert_eq!(code, 1, "{file}: {stdout}{stderr}");
        assert!(stdout.contains("`a_b`"), "{file}: {stdout}");
        std::fs::remove_file(&path).unwrap();
    }
}

/// A `.bicep` file the Bicep CLI did not build is AML016 under any selection, as a file that
/// does not parse is AML001: it says the file was not read (never a silent pass); and
/// `AMLINT_BICEP_TIMEOUT` set empty is unset, as most variables are (it failed every run).
#[cfg(unix)]
#[test]
fn a_bicep_file_never_built_is_reported_under_any_selection() {
    let scratch = Scratch::root("cli-bicep-always");
    let bicep = scratch.write(
        "main.bicep",
        "resource c 'Microsoft.MachineLearningServices/workspaces/computes@2024-04-01' = {}\n",
    );
    let spec = scratch.write(
        "spec.yml",
        "name: cpu-cluster\ntype: amlcompute\nmax_instances: 1\n",
    );
    // An empty folder: no Bicep CLI on PATH.
    let empty = scratch.join("no-bicep");
    std::fs::create_dir_all(&empty).unwrap();
    for flags in [&[][..], &["--select", "AML3"], &["--ignore", "AML016"]] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_amlint"))
            .args(["check", "--isolated", "--format", "concise"])
            .args(flags)
            .arg(&bicep)
            .env("PATH", &empty)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(1), "{flags:?}: {stdout}");
        assert!(stdout.contains("AML016"), "{flags:?}: {stdout}");
    }
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_amlint"))
        .args(["check", "--isolated"])
        .arg(&spec)
        .env("AMLINT_BICEP_TIMEOUT", "")
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A long line (a flow mapping, minified JSON) is shown as a window around each finding, so a
/// frame's cost does not grow with the line: 4,000 findings on one 40 KB line were quadratic.
#[test]
fn long_lines_are_framed_as_a_window() {
    let scratch = Scratch::new("cli-long-line");
    let tags: Vec<String> = (0..4000).map(|i| format!("k{i}: {i}")).collect();
    let spec = scratch.0.join("flow.yml");
    std::fs::write(
        &spec,
        format!(
            "name: cpu-cluster\ntype: amlcompute\ntags: {{{}}}\n",
            tags.join(", ")
        ),
    )
    .unwrap();
    let (code, stdout, _) = amlint(&["check".as_ref(), spec.as_os_str()]);
    assert_eq!(code, 1);
    let longest = stdout.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(longest < 300, "a frame line of {longest} characters");
    // The window is around the place, and the mark under it.
    let at = stdout.find("`tags.k3999` must be a string").unwrap();
    let frame: Vec<&str> = stdout[at..].lines().skip(1).take(3).collect();
    let (line, mark) = (frame[1], frame[2]);
    let caret = mark.find('^').unwrap();
    assert!(line.starts_with("3 | …"), "{line}");
    assert_eq!(
        &line[line
            .char_indices()
            .nth(mark[..caret].chars().count())
            .unwrap()
            .0..][..4],
        "3999",
        "{line}\n{mark}"
    );
}

/// A spec read through `-` from a file is read as any other: no report is written over it; and
/// a report is never written to amlint's own standard input (a pipe it reads).
#[cfg(unix)]
#[test]
fn standard_input_is_never_a_report_target() {
    let scratch = Scratch::new("cli-stdin-target");
    let spec = scratch.0.join("a.yml");
    let text = "name: cpu-cluster\ntype: amlcompute\nmax_instances: \"2\"\n";
    std::fs::write(&spec, text).unwrap();
    let run = |target: &str, stdin: std::process::Stdio| {
        std::process::Command::new(env!("CARGO_BIN_EXE_amlint"))
            .args(["check", "--isolated", "-", "-o", target])
            .current_dir(&scratch.0)
            .stdin(stdin)
            .output()
            .unwrap()
    };
    for target in ["a.yml", "/dev/stdin"] {
        let output = run(target, std::fs::File::open(&spec).unwrap().into());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{target}: {stderr}");
        assert!(stderr.contains("this run also reads that file"), "{stderr}");
        assert_eq!(std::fs::read_to_string(&spec).unwrap(), text);
    }
    let output = run("/dev/stdin", std::process::Stdio::piped());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("own standard input"), "{stderr}");
}
