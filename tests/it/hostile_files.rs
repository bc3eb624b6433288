//! The command against a hostile file system: named pipes and devices where it reads or writes,
//! links out of a checked folder, globs nested to overflow a stack, read-only and foreign-owned
//! files under `--fix`, reports aimed at inputs. No run may hang, read without end, panic, widen
//! a file's permissions or write what it should not: each run has a deadline, and a run past it
//! is killed and fails the test (a regression fails instead of hanging CI).

#![cfg(unix)]

use std::ffi::OsString;
use std::io::{Read, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Far beyond what any of these runs takes: reaching it means the command hung.
const DEADLINE: Duration = Duration::from_secs(60);

use crate::support::Scratch;

/// What a run of the command gave.
#[derive(Debug)]
struct Ran {
    code: i32,
    stdout: String,
    stderr: String,
}

/// What a run reads on standard input.
enum Input {
    Nothing,
    /// A pipe fed zeros for as long as the command reads.
    EndlessPipe,
    /// `/dev/zero`.
    Zeros,
}

/// Runs the command in `dir` with only `env` in its environment, and waits for it no longer than
/// [`DEADLINE`]: a run that takes longer is killed and fails the test.
fn run(dir: &Path, args: &[OsString], env: &[(&str, OsString)], input: Input) -> Ran {
    let mut command = Command::new(env!("CARGO_BIN_EXE_amlint"));
    command
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("HOME", dir.join("home"))
        .envs(env.iter().map(|(k, v)| (k, v)))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command.stdin(match input {
        Input::Nothing => Stdio::null(),
        Input::EndlessPipe => Stdio::piped(),
        Input::Zeros => Stdio::from(std::fs::File::open("/dev/zero").unwrap()),
    });
    let mut child = command.spawn().unwrap();
    if let Some(mut stdin) = child.stdin.take() {
        // Until the command stops reading (and the pipe breaks).
        std::thread::spawn(move || while stdin.write_all(&[0; 65536]).is_ok() {});
    }
    let drain = |mut from: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut text = Vec::new();
            let _ = from.read_to_end(&mut text);
            String::from_utf8_lossy(&text).into_owned()
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("amlint {args:?} hung: killed after {DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Ran {
        code: status.code().unwrap_or(-1),
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}

fn args(words: &[&str]) -> Vec<OsString> {
    words.iter().map(OsString::from).collect()
}

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
}

/// A spec with one finding (AML207), so that every file checked shows in a report.
const SPEC: &str = "name: cpu-cluster-\ntype: amlcompute\n";

/// A Terraform file with one compute, whose module is read beside it.
const TERRAFORM: &str = "resource \"azurerm_machine_learning_compute_cluster\" \"c\" {\n  name    = var.name\n  vm_size = \"Standard_DS3_v2\"\n}\n";

/// How the command is run: arguments, environment, whether standard input is the bad file, and
/// whether the bad file is a report target, which may be a stream (see
/// [`every_path_refuses_pipes_and_devices`]).
struct Scene {
    args: Vec<OsString>,
    env: Vec<(&'static str, OsString)>,
    stdin: bool,
    report: bool,
}

fn scene(words: &[&str]) -> Scene {
    Scene {
        args: args(words),
        env: Vec::new(),
        stdin: false,
        report: false,
    }
}

/// A report target's scene: see [`Scene`].
fn report(words: &[&str]) -> Scene {
    Scene {
        report: true,
        ..scene(words)
    }
}

/// Makes the bad file (a named pipe, or a link to `/dev/zero`) at a path.
type Bad<'a> = &'a dyn Fn(&Path);

/// One path the command reads or writes: how a test points it at a bad file (made by `bad` at
/// the path it is given), and what the command is then asked to do.
struct Row {
    name: &'static str,
    /// Sets the scene in the folder: files, arguments, environment.
    setup: fn(&Scratch, Bad<'_>) -> Scene,
    /// The name the error must show.
    shows: &'static str,
}

/// Every path the command reads or writes. Adding a read or write path to the command means
/// adding a row here: the test below then points it at a named pipe and at `/dev/zero`.
const PATHS: &[Row] = &[
    Row {
        name: "spec named on the command line",
        setup: |s, bad| {
            bad(&s.join("bad.yml"));
            scene(&["check", "bad.yml"])
        },
        shows: "bad.yml",
    },
    Row {
        name: "spec found in a folder",
        setup: |s, bad| {
            bad(&s.join("specs/bad.yml"));
            scene(&["check", "specs"])
        },
        shows: "specs/bad.yml",
    },
    Row {
        name: "standard input",
        setup: |_, _| Scene {
            stdin: true,
            ..scene(&["check", "-"])
        },
        // Read one byte past the limit, so no size is claimed.
        shows: "AML005] the input goes on past 1048576 bytes",
    },
    Row {
        name: "parameter file beside a template",
        setup: |s, bad| {
            s.write(
                "azuredeploy.json",
                "{\"resources\": [{\"type\": \"Microsoft.MachineLearningServices/workspaces/computes\", \"name\": \"ws/c\", \"properties\": {\"computeType\": \"AmlCompute\"}}]}\n",
            );
            bad(&s.join("azuredeploy.parameters.json"));
            scene(&["check", "azuredeploy.json"])
        },
        shows: "azuredeploy.parameters.json",
    },
    Row {
        name: "--parameters",
        setup: |s, bad| {
            s.write(
                "azuredeploy.json",
                "{\"resources\": [{\"type\": \"Microsoft.MachineLearningServices/workspaces/computes\", \"name\": \"ws/c\", \"properties\": {\"computeType\": \"AmlCompute\"}}]}\n",
            );
            bad(&s.join("given.parameters.json"));
            scene(&[
                "check",
                "--parameters",
                "given.parameters.json",
                "azuredeploy.json",
            ])
        },
        shows: "given.parameters.json",
    },
    Row {
        name: "parameter file linking a template by metadata (named beside it)",
        setup: |s, bad| {
            s.write(
                "main.json",
                "{\"resources\": [{\"type\": \"Microsoft.MachineLearningServices/workspaces/computes\", \"name\": \"ws/c\", \"properties\": {\"computeType\": \"AmlCompute\"}}]}\n",
            );
            bad(&s.join("dev.parameters.json"));
            scene(&["check", "main.json", "dev.parameters.json"])
        },
        shows: "dev.parameters.json",
    },
    Row {
        name: ".bicep file named on the command line",
        setup: |s, bad| {
            bad(&s.join("main.bicep"));
            scene(&["check", "main.bicep"])
        },
        shows: "main.bicep",
    },
    Row {
        name: "parameter file beside a .bicep file (read before the Bicep CLI runs)",
        setup: |s, bad| {
            s.write(
                "main.bicep",
                "resource c 'Microsoft.MachineLearningServices/workspaces/computes@2024-04-01' = {}\n",
            );
            bad(&s.join("main.parameters.json"));
            scene(&["check", "main.bicep"])
        },
        shows: "main.parameters.json",
    },
    Row {
        name: "Terraform file named on the command line",
        setup: |s, bad| {
            bad(&s.join("tf/main.tf"));
            scene(&["check", "tf/main.tf"])
        },
        shows: "tf/main.tf",
    },
    Row {
        name: "another .tf file of a Terraform file's module",
        setup: |s, bad| {
            s.write("tf/main.tf", TERRAFORM);
            bad(&s.join("tf/variables.tf"));
            scene(&["check", "tf/main.tf"])
        },
        shows: "tf/variables.tf",
    },
    Row {
        name: "terraform.tfvars beside a Terraform file",
        setup: |s, bad| {
            s.write("tf/main.tf", TERRAFORM);
            bad(&s.join("tf/terraform.tfvars"));
            scene(&["check", "tf/main.tf"])
        },
        shows: "tf/terraform.tfvars",
    },
    Row {
        name: "terraform.tfvars.json beside a Terraform file",
        setup: |s, bad| {
            s.write("tf/main.tf", TERRAFORM);
            bad(&s.join("tf/terraform.tfvars.json"));
            scene(&["check", "tf/main.tf"])
        },
        shows: "tf/terraform.tfvars.json",
    },
    Row {
        name: "*.auto.tfvars beside a Terraform file",
        setup: |s, bad| {
            s.write("tf/main.tf", TERRAFORM);
            bad(&s.join("tf/sizes.auto.tfvars"));
            scene(&["check", "tf/main.tf"])
        },
        shows: "tf/sizes.auto.tfvars",
    },
    Row {
        name: "--var-file",
        setup: |s, bad| {
            s.write("tf/main.tf", TERRAFORM);
            bad(&s.join("prod.tfvars"));
            scene(&["check", "--var-file", "prod.tfvars", "tf/main.tf"])
        },
        shows: "prod.tfvars",
    },
    Row {
        name: "[policy] definitions glob",
        setup: |s, bad| {
            s.write(
                "amlint.toml",
                "[policy]\ndefinitions = [\"policies/*.json\"]\n",
            );
            std::fs::create_dir_all(s.join("policies")).unwrap();
            bad(&s.join("policies/org.json"));
            scene(&["check", "a.yml"])
        },
        shows: "policies/org.json",
    },
    Row {
        name: "--config",
        setup: |s, bad| {
            bad(&s.join("bad.toml"));
            scene(&["check", "--config", "bad.toml", "a.yml"])
        },
        shows: "bad.toml",
    },
    Row {
        name: "amlint.toml found beside the specs",
        setup: |s, bad| {
            bad(&s.join("specs/amlint.toml"));
            scene(&["check", "specs"])
        },
        shows: "specs/amlint.toml",
    },
    Row {
        name: "pyproject.toml found in the working folder",
        setup: |s, bad| {
            bad(&s.join("pyproject.toml"));
            scene(&["check", "a.yml"])
        },
        shows: "pyproject.toml",
    },
    Row {
        name: "extend = \"...\"",
        setup: |s, bad| {
            s.write("amlint.toml", "extend = \"base.toml\"\n");
            bad(&s.join("base.toml"));
            scene(&["check", "a.yml"])
        },
        shows: "base.toml",
    },
    Row {
        name: "--baseline",
        setup: |s, bad| {
            bad(&s.join("baseline.json"));
            scene(&["check", "--baseline", "baseline.json", "a.yml"])
        },
        shows: "baseline.json",
    },
    Row {
        name: "--previous",
        setup: |s, bad| {
            bad(&s.join("old.yml"));
            scene(&["check", "--previous", "old.yml", "a.yml"])
        },
        shows: "old.yml",
    },
    Row {
        name: "amlint diff OLD",
        setup: |s, bad| {
            bad(&s.join("old.yml"));
            scene(&["diff", "old.yml", "a.yml"])
        },
        shows: "old.yml",
    },
    Row {
        name: "--existing",
        setup: |s, bad| {
            bad(&s.join("computes.json"));
            scene(&["check", "--existing", "computes.json", "a.yml"])
        },
        shows: "computes.json",
    },
    Row {
        name: "--sizes",
        setup: |s, bad| {
            bad(&s.join("sizes.json"));
            scene(&["check", "--sizes", "sizes.json", "a.yml"])
        },
        shows: "sizes.json",
    },
    Row {
        name: "--policy",
        setup: |s, bad| {
            bad(&s.join("policy.json"));
            scene(&["check", "--policy", "policy.json", "a.yml"])
        },
        shows: "policy.json",
    },
    Row {
        name: ".gitignore in a walked folder",
        setup: |s, bad| {
            bad(&s.join("specs/.gitignore"));
            scene(&["check", "specs"])
        },
        shows: "specs/.gitignore",
    },
    Row {
        name: ".ignore in a walked folder",
        setup: |s, bad| {
            bad(&s.join("specs/.ignore"));
            scene(&["check", "specs"])
        },
        shows: "specs/.ignore",
    },
    Row {
        name: ".gitignore above the walked folder",
        setup: |s, bad| {
            bad(&s.join(".gitignore"));
            scene(&["check", "specs"])
        },
        shows: ".gitignore",
    },
    Row {
        name: ".git/info/exclude",
        setup: |s, bad| {
            std::fs::create_dir_all(s.join(".git/info")).unwrap();
            bad(&s.join(".git/info/exclude"));
            scene(&["check", "specs"])
        },
        shows: ".git/info/exclude",
    },
    Row {
        name: "a worktree's commondir",
        setup: |s, bad| {
            s.write("specs/tree/.git", "gitdir: ../../gitdir\n");
            bad(&s.join("gitdir/commondir"));
            scene(&["check", "specs"])
        },
        shows: "commondir",
    },
    Row {
        name: "git's global ignore file",
        setup: |s, bad| {
            bad(&s.join("xdg/git/ignore"));
            let xdg = s.join("xdg").into_os_string();
            Scene {
                env: vec![("XDG_CONFIG_HOME", xdg)],
                ..scene(&["check", "specs"])
            }
        },
        shows: "xdg/git/ignore",
    },
    Row {
        name: "git's global config file",
        setup: |s, bad| {
            bad(&s.join("gitconfig"));
            let config = s.join("gitconfig").into_os_string();
            Scene {
                env: vec![("GIT_CONFIG_GLOBAL", config)],
                ..scene(&["check", "specs"])
            }
        },
        shows: "gitconfig",
    },
    Row {
        name: "GITHUB_STEP_SUMMARY",
        setup: |s, bad| {
            bad(&s.join("summary.md"));
            let summary = s.join("summary.md").into_os_string();
            Scene {
                env: vec![("GITHUB_STEP_SUMMARY", summary)],
                ..scene(&["check", "--format", "github", "a.yml"])
            }
        },
        shows: "summary.md",
    },
    Row {
        name: "-o",
        setup: |s, bad| {
            bad(&s.join("report.txt"));
            report(&["check", "-o", "report.txt", "a.yml"])
        },
        shows: "report.txt",
    },
    Row {
        name: "--report",
        setup: |s, bad| {
            bad(&s.join("report.sarif"));
            report(&["check", "--report", "sarif=report.sarif", "a.yml"])
        },
        shows: "report.sarif",
    },
    Row {
        name: "-o through a link",
        setup: |s, bad| {
            bad(&s.join("real.json"));
            std::os::unix::fs::symlink("real.json", s.join("link.json")).unwrap();
            report(&["check", "-o", "link.json", "a.yml"])
        },
        shows: "link.json",
    },
    Row {
        name: "--write-baseline",
        setup: |s, bad| {
            bad(&s.join("baseline.json"));
            report(&["check", "--write-baseline", "baseline.json", "a.yml"])
        },
        shows: "baseline.json",
    },
    Row {
        name: "schema --all --out-dir",
        setup: |s, bad| {
            bad(&s.join("schemas/compute.schema.json"));
            report(&["schema", "--all", "--out-dir", "schemas"])
        },
        shows: "schemas/compute.schema.json",
    },
];

/// Every path of [`PATHS`], pointed at a named pipe and at a link to `/dev/zero`: a clear error
/// naming the file and exit 2, in time (standard input, a stream by nature, is read up to the
/// size limit and reported too large). A report target is written to a character device (as
/// `-o /dev/stdout` is) and to a named pipe that has a reader, never replaced: a pipe without a
/// reader is an error naming it (no wait for one), and the link to `/dev/zero` stays a link.
#[test]
fn every_path_refuses_pipes_and_devices() {
    let fifo: Bad<'_> = &|path| {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        mkfifo(path);
    };
    let zero: Bad<'_> = &|path| {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink("/dev/zero", path).unwrap();
    };
    for (i, row) in PATHS.iter().enumerate() {
        for (kind, bad, said) in [
            ("pipe", fifo, "not a regular file (a named pipe)"),
            ("zero", zero, "not a regular file (a device)"),
        ] {
            let scratch = Scratch::new(&format!("hostile-path{i}-{kind}"));
            std::fs::create_dir_all(scratch.join(".git")).unwrap();
            std::fs::create_dir_all(scratch.join("home")).unwrap();
            scratch.write("a.yml", SPEC);
            scratch.write("specs/a.yml", SPEC);
            let Scene {
                args,
                env,
                stdin,
                report,
            } = (row.setup)(&scratch, bad);
            let input = match (stdin, kind) {
                (false, _) => Input::Nothing,
                (true, "pipe") => Input::EndlessPipe,
                (true, _) => Input::Zeros,
            };
            let ran = run(&scratch.0, &args, &env, input);
            let context = format!("{} ({kind}): {ran:?}", row.name);
            if stdin {
                assert_eq!(ran.code, 1, "{context}");
                assert!(ran.stdout.contains(row.shows), "{context}");
                continue;
            }
            if report && kind == "zero" {
                assert!(ran.code == 0 || ran.code == 1, "{context}");
                let link = std::fs::symlink_metadata(scratch.join(row.shows)).unwrap();
                assert!(link.file_type().is_symlink(), "{context}");
                continue;
            }
            let said = if report {
                "a named pipe that nothing reads; amlint does not wait for a reader"
            } else {
                said
            };
            assert_eq!(ran.code, 2, "{context}");
            let line = ran
                .stderr
                .lines()
                .find(|line| line.contains(row.shows))
                .unwrap_or_else(|| panic!("no error names {}: {context}", row.shows));
            assert!(line.contains(said), "{context}");
        }
    }
}

/// A glob nested 200 deep (which globset turns into a regex past its nesting limit, and
/// panics) in `include`, `exclude` or `per-file-ignores`, or 100,000 deep (which overflows its
/// stack) in a `.gitignore`: a config error with file, line and column, or an error naming the
/// ignore file and its line; never a panic or an abort.
#[test]
fn deeply_nested_globs_are_errors() {
    let nested = |depth: usize| {
        let mut glob = String::from("a");
        for _ in 0..depth {
            glob = format!("{{a,{glob}}}");
        }
        glob
    };
    let deep = nested(200);
    for config in [
        format!("select = [\"AML2\"]\ninclude = [\"{deep}\"]\n"),
        format!("exclude = [\"*.tmp\", \"{deep}\"]\n"),
        format!("[per-file-ignores]\n\"{deep}\" = [\"AML207\"]\n"),
        format!("include = [\"{}\"]\n", nested(100_000)),
    ] {
        let scratch = Scratch::new("hostile-glob");
        scratch.write("amlint.toml", &config);
        scratch.write("specs/a.yml", SPEC);
        let ran = run(&scratch.0, &args(&["check", "specs"]), &[], Input::Nothing);
        assert_eq!(ran.code, 2, "{ran:?}");
        let line = config.lines().position(|l| l.contains("{a,{a,")).unwrap() + 1;
        assert!(
            ran.stderr.contains(&format!("amlint.toml:{line}:"))
                && ran
                    .stderr
                    .contains("not a glob: braces nested more than 32 deep"),
            "{ran:?}"
        );
    }
    let scratch = Scratch::new("hostile-glob-ignore");
    std::fs::create_dir_all(scratch.join(".git")).unwrap();
    scratch.write("specs/.gitignore", &format!("b.yml\n{}\n", nested(100_000)));
    scratch.write("specs/a.yml", SPEC);
    scratch.write("specs/b.yml", SPEC);
    let ran = run(&scratch.0, &args(&["check", "specs"]), &[], Input::Nothing);
    assert_eq!(ran.code, 2, "{ran:?}");
    assert!(
        ran.stderr
            .contains("specs/.gitignore:2: not a glob: braces nested more than 32 deep"),
        "{ran:?}"
    );
    // The file's other lines still apply, and the other files are still checked.
    assert!(
        ran.stdout.contains("specs/a.yml") && !ran.stdout.contains("specs/b.yml"),
        "{ran:?}"
    );
    // A line too large for the matcher (100,000 stars): the error names that line.
    let scratch = Scratch::new("hostile-glob-huge");
    std::fs::create_dir_all(scratch.join(".git")).unwrap();
    let huge = format!("b.yml\nc.yml\n{}\n", "*".repeat(100_000));
    scratch.write("specs/.gitignore", &huge);
    scratch.write("specs/a.yml", SPEC);
    let ran = run(&scratch.0, &args(&["check", "specs"]), &[], Input::Nothing);
    assert_eq!(ran.code, 2, "{ran:?}");
    assert!(ran.stderr.contains("specs/.gitignore:3: "), "{ran:?}");
    assert!(ran.stdout.contains("specs/a.yml"), "{ran:?}");
}

/// A spec `--fix` can change, and what it becomes.
const FIXABLE: &str = "name: cpu-cluster\ntype: AmlCompute\nmax_instances: \"4\"\n";
const FIXED: &str = "name: cpu-cluster\ntype: amlcompute\nmax_instances: 4\n";

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Whether this process may give files away (runs as root).
fn may_chown() -> bool {
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// `--fix` keeps a file's mode, owner and group (the new file gets them before it replaces the
/// old one), and leaves alone, as a failure naming it (exit 2), a file without any write
/// permission; the other files are still fixed.
#[test]
fn fix_keeps_mode_and_owner_and_leaves_read_only_files_alone() {
    let scratch = Scratch::new("hostile-fix-modes");
    std::fs::create_dir_all(scratch.join(".git")).unwrap();
    let private = scratch.write("specs/private.yml", FIXABLE);
    set_mode(&private, 0o600);
    let shared = scratch.write("specs/shared.yml", &FIXABLE.replace("cpu-cluster", "gpu"));
    set_mode(&shared, 0o664);
    let locked = scratch.write("specs/locked.yml", &FIXABLE.replace("cpu-cluster", "other"));
    set_mode(&locked, 0o444);
    let owner = if may_chown() {
        // Root runs the fix: the file must not become root's.
        std::os::unix::fs::chown(&shared, Some(65534), Some(65534)).unwrap();
        (65534, 65534)
    } else {
        let meta = std::fs::metadata(&shared).unwrap();
        (meta.uid(), meta.gid())
    };
    let ran = run(
        &scratch.0,
        &args(&["check", "--isolated", "--fix", "specs"]),
        &[],
        Input::Nothing,
    );
    assert_eq!(ran.code, 2, "{ran:?}");
    assert!(
        ran.stderr
            .contains("specs/locked.yml: not fixed: the file is read-only"),
        "{ran:?}"
    );
    assert_eq!(std::fs::read_to_string(&private).unwrap(), FIXED);
    assert_eq!(mode(&private), 0o600);
    assert_eq!(
        std::fs::read_to_string(&shared).unwrap(),
        FIXED.replace("cpu-cluster", "gpu")
    );
    assert_eq!(mode(&shared), 0o664);
    let meta = std::fs::metadata(&shared).unwrap();
    assert_eq!((meta.uid(), meta.gid()), owner);
    assert_eq!(
        std::fs::read_to_string(&locked).unwrap(),
        FIXABLE.replace("cpu-cluster", "other")
    );
    assert_eq!(mode(&locked), 0o444);
    let left: Vec<_> = std::fs::read_dir(scratch.join("specs")).unwrap().collect();
    assert_eq!(left.len(), 3, "temporary files left: {left:?}");
}

/// A link found in a folder walk to a file outside that folder is checked but not written by
/// `--fix` (a failure that says so); named on the command line, it is written through as
/// before.
#[test]
fn fix_writes_no_file_outside_what_was_named() {
    let scratch = Scratch::new("hostile-fix-outside");
    std::fs::create_dir_all(scratch.join(".git")).unwrap();
    let outside = scratch.write("outside.yml", FIXABLE);
    let inside = scratch.write("specs/inside.yml", &FIXABLE.replace("cpu-cluster", "gpu"));
    std::fs::create_dir_all(scratch.join("specs/sub")).unwrap();
    std::os::unix::fs::symlink("../../outside.yml", scratch.join("specs/sub/out.yml")).unwrap();
    std::os::unix::fs::symlink("../inside.yml", scratch.join("specs/sub/in.yml")).unwrap();
    let fix = |path: &str| {
        run(
            &scratch.0,
            &args(&["check", "--isolated", "--fix", path]),
            &[],
            Input::Nothing,
        )
    };
    let ran = fix("specs");
    assert_eq!(ran.code, 2, "{ran:?}");
    assert!(
        ran.stderr.contains(
            "specs/sub/out.yml: not fixed: a symbolic link, found in a folder, to a file outside"
        ),
        "{ran:?}"
    );
    assert!(ran.stdout.contains("specs/sub/out.yml"), "{ran:?}");
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), FIXABLE);
    // A link inside the tree is the file it links to: fixed once.
    assert_eq!(
        std::fs::read_to_string(&inside).unwrap(),
        FIXED.replace("cpu-cluster", "gpu")
    );
    // Walking the folder that holds both, the link is inside.
    let ran = fix(".");
    assert_eq!(ran.code, 0, "{ran:?}");
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), FIXED);
    std::fs::write(&outside, FIXABLE).unwrap();
    let ran = fix("specs/sub/out.yml");
    assert_eq!(ran.code, 0, "{ran:?}");
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), FIXED);
    assert!(
        std::fs::symlink_metadata(scratch.join("specs/sub/out.yml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

/// A report or baseline aimed at a file the run reads (by any name for it) is refused before
/// anything is written: the input keeps its bytes, and no other output is written.
#[test]
fn outputs_aimed_at_inputs_are_refused_before_writing() {
    let scratch = Scratch::new("hostile-clash");
    std::fs::create_dir_all(scratch.join(".git")).unwrap();
    let spec = scratch.write("specs/a.yml", FIXABLE);
    std::os::unix::fs::symlink("specs/a.yml", scratch.join("alias.yml")).unwrap();
    let baseline = scratch.write("baseline.json", "{}");
    for extra in [
        &["-o", "specs/a.yml"][..],
        &["-o", "alias.yml"],
        &["--report", "json=./specs/../specs/a.yml"],
        &["--write-baseline", "specs/a.yml"],
        &["--baseline", "baseline.json", "-o", "baseline.json"],
        &[
            "--report",
            "sarif=other.sarif",
            "--report",
            "json=alias.yml",
        ],
    ] {
        let mut words = vec!["check", "--isolated", "--fix", "specs"];
        words.extend_from_slice(extra);
        let ran = run(&scratch.0, &args(&words), &[], Input::Nothing);
        assert_eq!(ran.code, 2, "{extra:?}: {ran:?}");
        assert!(
            ran.stderr.contains(
                "this run also reads that file; amlint does not write over its own input"
            ),
            "{extra:?}: {ran:?}"
        );
        assert_eq!(
            std::fs::read_to_string(&spec).unwrap(),
            FIXABLE,
            "{extra:?}"
        );
        assert_eq!(std::fs::read_to_string(&baseline).unwrap(), "{}");
        assert!(!scratch.join("other.sarif").exists());
    }
    // GitHub's step summary too, where the run writes one.
    let summary = [("GITHUB_STEP_SUMMARY", OsString::from("specs/a.yml"))];
    let github = args(&["check", "--isolated", "--format", "github", "specs"]);
    let ran = run(&scratch.0, &github, &summary, Input::Nothing);
    assert_eq!(ran.code, 2, "{ran:?}");
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), FIXABLE);
    let concise = args(&["check", "--isolated", "--format", "concise", "specs"]);
    let ran = run(&scratch.0, &concise, &summary, Input::Nothing);
    assert_eq!(ran.code, 0, "{ran:?}");
}

/// The files checking reads besides the inputs — a Terraform file's module (its other `.tf`
/// files, `terraform.tfvars`, `*.auto.tfvars`), `--var-file`s, a template's parameter files
/// (`--parameters`, by name), a config's `extend`ed file and the policy files it names, ignore
/// files — are no report target either, whatever the name: refused (exit 2) with the input's bytes
/// kept and no other report written.
#[test]
fn outputs_aimed_at_what_checking_reads_are_refused() {
    let scratch = Scratch::new("hostile-clash-reads");
    std::fs::create_dir_all(scratch.join(".git")).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let template = std::fs::read_to_string(fixtures.join("iac/template.json")).unwrap();
    let policy =
        std::fs::read_to_string(fixtures.join("policy/org/policies/no-low-priority.json")).unwrap();
    let kept = [
        ("tf/main.tf", TERRAFORM.to_owned()),
        ("tf/variables.tf", "variable \"name\" {}\n".to_owned()),
        ("tf/terraform.tfvars", "name = \"cpu\"\n".to_owned()),
        ("tf/x.auto.tfvars", "name = \"cpu\"\n".to_owned()),
        ("prod.tfvars", "name = \"cpu\"\n".to_owned()),
        ("t.json", template),
        ("t.parameters.json", "{\"parameters\": {}}\n".to_owned()),
        ("p.json", "{\"parameters\": {}}\n".to_owned()),
        ("ext/base.toml", "select = [\"ALL\"]\n".to_owned()),
        ("ext/amlint.toml", "extend = \"base.toml\"\n".to_owned()),
        ("ext/a.yml", SPEC.to_owned()),
        (
            "pol/amlint.toml",
            "[policy]\ndefinitions = [\"pol.json\"]\n".to_owned(),
        ),
        ("pol/pol.json", policy),
        ("pol/a.yml", SPEC.to_owned()),
        ("specs/a.yml", SPEC.to_owned()),
        (".gitignore", "ignored/\n".to_owned()),
    ];
    for (name, text) in &kept {
        scratch.write(name, text);
    }
    std::os::unix::fs::symlink("tf/variables.tf", scratch.join("alias.tf")).unwrap();
    let cases: &[&[&str]] = &[
        &[
            "--isolated",
            "tf/main.tf",
            "--report",
            "json=tf/variables.tf",
        ],
        &["--isolated", "tf/main.tf", "-o", "alias.tf"],
        &["--isolated", "tf/main.tf", "-o", "tf/terraform.tfvars"],
        &[
            "--isolated",
            "tf/main.tf",
            "--write-baseline",
            "tf/x.auto.tfvars",
        ],
        &[
            "--isolated",
            "tf/main.tf",
            "--var-file",
            "prod.tfvars",
            "-o",
            "./prod.tfvars",
        ],
        &["--isolated", "t.json", "-o", "t.parameters.json"],
        &[
            "--isolated",
            "t.json",
            "--parameters",
            "p.json",
            "--report",
            "json=p.json",
        ],
        // Runs in `ext` (whose config extends another) and `pol` (whose config names a policy).
        &["a.yml", "-o", "base.toml"],
        &["a.yml", "-o", "pol.json"],
        &["--isolated", "specs", "-o", ".gitignore"],
    ];
    for case in cases {
        let mut words = vec!["check"];
        words.extend_from_slice(case);
        words.extend_from_slice(&["--report", "sarif=other.sarif"]);
        let dir = match case {
            [_, _, "base.toml"] => scratch.join("ext"),
            [_, _, "pol.json"] => scratch.join("pol"),
            _ => scratch.0.clone(),
        };
        let ran = run(&dir, &args(&words), &[], Input::Nothing);
        assert_eq!(ran.code, 2, "{case:?}: {ran:?}");
        assert!(
            ran.stderr.contains("this run also reads that file"),
            "{case:?}: {ran:?}"
        );
        for (name, text) in &kept {
            assert_eq!(
                &std::fs::read_to_string(scratch.join(name)).unwrap(),
                text,
                "{case:?}: {name}"
            );
        }
        assert!(!dir.join("other.sarif").exists(), "{case:?}");
    }
}

/// Two reports of one run aimed at the same file, by any name for it, are refused (exit 2)
/// before either is written: neither silently replaces the other.
#[test]
fn two_reports_to_one_file_are_refused() {
    let scratch = Scratch::new("hostile-two-reports");
    scratch.write("a.yml", SPEC);
    std::fs::create_dir_all(scratch.join("out")).unwrap();
    std::os::unix::fs::symlink("out/r.json", scratch.join("alias.json")).unwrap();
    let cases: &[&[&str]] = &[
        &["--report", "json=r.json", "--report", "sarif=r.json"],
        &["-o", "r.json", "--report", "json=./r.json"],
        &["-o", "out/r.json", "--write-baseline", "alias.json"],
    ];
    for case in cases {
        let mut words = vec!["check", "--isolated", "a.yml"];
        words.extend_from_slice(case);
        let ran = run(&scratch.0, &args(&words), &[], Input::Nothing);
        assert_eq!(ran.code, 2, "{case:?}: {ran:?}");
        assert!(
            ran.stderr
                .contains("another report of this run is written to that file too"),
            "{case:?}: {ran:?}"
        );
        assert!(!scratch.join("r.json").exists(), "{case:?}");
        assert!(!scratch.join("out/r.json").exists(), "{case:?}");
    }
}

/// A report goes where its path leads: through a link to a regular file (or to one not there
/// yet) the file it leads to is written and the link stays a link; to `/dev/stdout`,
/// `/dev/fd/1` and `/proc/self/fd/1` the report is standard output, a pipe, a regular file or
/// one opened to append to alike, and `/dev/stdout` stays the link it was; `/dev/stderr` is
/// standard error; a named pipe that has a reader gets the report. Nothing is created or replaced
/// in `/dev`.
#[test]
fn reports_go_through_links_and_to_streams() {
    let scratch = Scratch::new("hostile-report-streams");
    scratch.write("a.yml", SPEC);
    let is_link = |path: &Path| {
        std::fs::symlink_metadata(path)
            .unwrap()
            .file_type()
            .is_symlink()
    };
    // Links to a regular file and to nothing yet.
    scratch.write("real.json", "old\n");
    std::os::unix::fs::symlink("real.json", scratch.join("link.json")).unwrap();
    std::os::unix::fs::symlink("new.json", scratch.join("dangling.json")).unwrap();
    let words = [
        "check",
        "--isolated",
        "--format",
        "json",
        "a.yml",
        "-o",
        "link.json",
        "--report",
        "sarif=dangling.json",
    ];
    let ran = run(&scratch.0, &args(&words), &[], Input::Nothing);
    assert_eq!(ran.code, 1, "{ran:?}");
    assert!(is_link(&scratch.join("link.json")) && is_link(&scratch.join("dangling.json")));
    let real = std::fs::read_to_string(scratch.join("real.json")).unwrap();
    assert!(real.contains("AML207"), "{real}");
    let new = std::fs::read_to_string(scratch.join("new.json")).unwrap();
    assert!(new.contains("\"$schema\""), "{new}");
    // Standard output as the report, when it is a pipe.
    let dev_stdout = std::fs::symlink_metadata("/dev/stdout").ok();
    for target in ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"] {
        if std::fs::metadata(target).is_err() {
            continue;
        }
        let words = [
            "check",
            "--isolated",
            "--format",
            "json",
            "a.yml",
            "-o",
            target,
        ];
        let ran = run(&scratch.0, &args(&words), &[], Input::Nothing);
        assert_eq!(ran.code, 1, "{target}: {ran:?}");
        assert!(ran.stdout.contains("AML207"), "{target}: {ran:?}");
        // ... and when it is a regular file.
        let out = scratch.join("stdout.txt");
        let status = Command::new(env!("CARGO_BIN_EXE_amlint"))
            .args([
                "check",
                "--isolated",
                "--format",
                "json",
                "a.yml",
                "-o",
                target,
            ])
            .current_dir(&scratch.0)
            .stdout(std::fs::File::create(&out).unwrap())
            .status()
            .unwrap();
        assert_eq!(status.code(), Some(1), "{target}");
        let written = std::fs::read_to_string(&out).unwrap();
        assert!(written.contains("AML207"), "{target}: {written}");
        // ... and when it is a file opened to append to (`>>`): appended, the file's text kept.
        std::fs::write(&out, "before\n").unwrap();
        let append = std::fs::OpenOptions::new().append(true).open(&out).unwrap();
        let status = Command::new(env!("CARGO_BIN_EXE_amlint"))
            .args([
                "check",
                "--isolated",
                "--format",
                "json",
                "a.yml",
                "-o",
                target,
            ])
            .current_dir(&scratch.0)
            .stdout(append)
            .status()
            .unwrap();
        assert_eq!(status.code(), Some(1), "{target}");
        let written = std::fs::read_to_string(&out).unwrap();
        assert!(
            written.starts_with("before\n") && written.contains("AML207"),
            "{target}: {written}"
        );
    }
    // Standard error too.
    let words = [
        "check",
        "--isolated",
        "a.yml",
        "--report",
        "json=/dev/stderr",
    ];
    let ran = run(&scratch.0, &args(&words), &[], Input::Nothing);
    assert_eq!(ran.code, 1, "{ran:?}");
    assert!(ran.stderr.contains("\"AML207\""), "{ran:?}");
    assert_eq!(
        std::fs::symlink_metadata("/dev/stdout")
            .ok()
            .map(|m| m.file_type()),
        dev_stdout.map(|m| m.file_type()),
        "/dev/stdout changed"
    );
    // A named pipe with a reader (opened without waiting, before the run) gets the report.
    let fifo = scratch.join("fifo");
    mkfifo(&fifo);
    let mut reader = {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(0o4000)
            .open(&fifo)
            .unwrap()
    };
    let words = [
        "check",
        "--isolated",
        "--format",
        "json",
        "a.yml",
        "-o",
        "fifo",
    ];
    let ran = run(&scratch.0, &args(&words), &[], Input::Nothing);
    assert_eq!(ran.code, 1, "{ran:?}");
    let mut got = String::new();
    reader.read_to_string(&mut got).unwrap();
    assert!(got.contains("AML207"), "{got}");
    // Nothing made in /dev (refused before anything is written, whoever runs it).
    let words = [
        "check",
        "--isolated",
        "a.yml",
        "-o",
        "/dev/amlint-report.txt",
    ];
    let ran = run(&scratch.0, &args(&words), &[], Input::Nothing);
    assert_eq!(ran.code, 2, "{ran:?}");
    assert!(ran.stderr.contains("/dev/amlint-report.txt"), "{ran:?}");
    assert!(!Path::new("/dev/amlint-report.txt").exists());
}

/// `schema --all --out-dir` naming a file or a device says which path and that it is not a
/// folder (not "File exists").
#[test]
fn schema_out_dir_must_be_a_folder() {
    let scratch = Scratch::new("hostile-out-dir");
    scratch.write("s.yml", "x\n");
    for (dir, what) in [("s.yml", "a file"), ("/dev/null", "a device")] {
        let words = ["schema", "--all", "--out-dir", dir];
        let ran = run(&scratch.0, &args(&words), &[], Input::Nothing);
        assert_eq!(ran.code, 2, "{dir}: {ran:?}");
        assert!(
            ran.stderr
                .contains(&format!("{dir}: not a folder ({what})")),
            "{dir}: {ran:?}"
        );
    }
    assert_eq!(
        std::fs::read_to_string(scratch.join("s.yml")).unwrap(),
        "x\n"
    );
}

/// A report or baseline amlint creates gets the mode any new file gets (0666 less the umask,
/// not tempfile's 0600); one that is there keeps its mode.
#[test]
fn reports_get_the_usual_mode_and_keep_their_own() {
    let scratch = Scratch::new("hostile-report-modes");
    scratch.write("a.yml", SPEC);
    // The umask this test runs with (the command inherits it), as a new file shows it.
    let probe = scratch.join("probe");
    std::fs::File::create(&probe).unwrap();
    let usual = mode(&probe);
    let ran = run(
        &scratch.0,
        &args(&[
            "check",
            "-o",
            "report.txt",
            "--report",
            "sarif=report.sarif",
            "a.yml",
        ]),
        &[],
        Input::Nothing,
    );
    assert_eq!(ran.code, 1, "{ran:?}");
    assert_eq!(mode(&scratch.join("report.txt")), usual);
    assert_eq!(mode(&scratch.join("report.sarif")), usual);
    let ran = run(
        &scratch.0,
        &args(&["check", "--write-baseline", "baseline.json", "a.yml"]),
        &[],
        Input::Nothing,
    );
    assert_eq!(ran.code, 0, "{ran:?}");
    assert_eq!(mode(&scratch.join("baseline.json")), usual);
    set_mode(&scratch.join("report.txt"), 0o600);
    set_mode(&scratch.join("baseline.json"), 0o640);
    let ran = run(
        &scratch.0,
        &args(&["check", "-o", "report.txt", "a.yml"]),
        &[],
        Input::Nothing,
    );
    assert_eq!(ran.code, 1, "{ran:?}");
    assert_eq!(mode(&scratch.join("report.txt")), 0o600);
    let ran = run(
        &scratch.0,
        &args(&["check", "--write-baseline", "baseline.json", "a.yml"]),
        &[],
        Input::Nothing,
    );
    assert_eq!(ran.code, 0, "{ran:?}");
    assert_eq!(mode(&scratch.join("baseline.json")), 0o640);
    assert!(
        std::fs::read_to_string(scratch.join("report.txt"))
            .unwrap()
            .contains("AML207")
    );
}

/// The spec files the `ignore` crate's walker (which amlint used before it read ignore files
/// itself) finds under `root`, sorted, as `dir` names them.
fn walked_by_the_crate(dir: &Path, root: &str) -> Vec<String> {
    let mut found: Vec<String> = ignore::WalkBuilder::new(dir.join(root))
        .hidden(true)
        .git_global(false)
        .build()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_some_and(|t| !t.is_dir()))
        .filter(|e| e.path().extension().is_some_and(|x| x == "yml"))
        .map(|e| {
            let path = e.path().strip_prefix(dir).unwrap().display().to_string();
            path.strip_prefix("./").unwrap_or(&path).to_owned()
        })
        .collect();
    found.sort();
    found
}

/// The files amlint checks under `root`, from its JSON report.
fn walked_by_amlint(dir: &Path, root: &str, env: &[(&str, OsString)]) -> Vec<String> {
    let ran = run(
        dir,
        &args(&["check", "--isolated", "--format", "json", root]),
        env,
        Input::Nothing,
    );
    assert_eq!(ran.code, 1, "{root}: {ran:?}");
    let json: serde_json::Value = serde_json::from_str(&ran.stdout).unwrap();
    let mut found: Vec<String> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let path = f["path"].as_str().unwrap();
            path.strip_prefix("./").unwrap_or(path).to_owned()
        })
        .collect();
    found.sort();
    found
}

/// amlint's own reading of ignore files decides as the `ignore` crate's walker did: nested
/// `.gitignore` files and their `!` lines, `.ignore` in and out of repositories, ignore files
/// above the walked folder, `.git/info/exclude`, a repository inside another, hidden files and
/// a `!` line that brings one back, `.gitignore` outside any repository; walked from several
/// folders, by relative and absolute names.
#[test]
fn ignore_files_mean_what_they_meant() {
    let scratch = Scratch::new("hostile-ignores");
    let files = [
        ("repo/.git/info/exclude", "excluded.yml\n"),
        (
            "repo/.gitignore",
            "ignored.yml\n/build/\n*.tmp.yml\n!keep.tmp.yml\nsub/deep/\nm.yml\n!.github/\n",
        ),
        ("repo/.ignore", "by-ignore.yml\n"),
        ("repo/specs/.gitignore", "!ignored.yml\nlocal.yml\n"),
        ("repo/specs/.ignore", "!by-ignore.yml\nonly-ignore.yml\n"),
        ("repo/specs/nested/.git/HEAD", "ref: refs/heads/main\n"),
        ("repo/specs/nested/.gitignore", "n.yml\n"),
        ("outside/.gitignore", "o.yml\n"),
        ("outside/.ignore", "p.yml\n"),
    ];
    for (path, text) in files {
        scratch.write(path, text);
    }
    for spec in [
        "repo/a.yml",
        "repo/ignored.yml",
        "repo/by-ignore.yml",
        "repo/build/b.yml",
        "repo/specs/a.yml",
        "repo/specs/ignored.yml",
        "repo/specs/x.tmp.yml",
        "repo/specs/keep.tmp.yml",
        "repo/specs/excluded.yml",
        "repo/specs/by-ignore.yml",
        "repo/specs/only-ignore.yml",
        "repo/specs/local.yml",
        "repo/specs/.hidden.yml",
        "repo/specs/.hidden/a.yml",
        "repo/specs/sub/b.yml",
        "repo/specs/sub/deep/c.yml",
        "repo/specs/sub/build/d.yml",
        "repo/specs/nested/m.yml",
        "repo/specs/nested/n.yml",
        "repo/specs/nested/ok.yml",
        "repo/.github/w.yml",
        "outside/o.yml",
        "outside/p.yml",
        "outside/q.yml",
    ] {
        scratch.write(spec, SPEC);
    }
    let empty = scratch.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    // No global ignore file: the user's would differ between the two walks.
    let env = [
        ("XDG_CONFIG_HOME", empty.clone().into_os_string()),
        ("GIT_CONFIG_GLOBAL", empty.join("none").into_os_string()),
        ("GIT_CONFIG_SYSTEM", "/dev/null".into()),
    ];
    let absolute = scratch.join("repo/specs").display().to_string();
    for root in [
        "repo",
        "repo/specs",
        "repo/specs/sub",
        "repo/specs/nested",
        "outside",
        "./repo/specs/../specs",
        absolute.as_str(),
    ] {
        let expected = walked_by_the_crate(&scratch.0, root);
        let expected: Vec<String> = expected
            .into_iter()
            .map(|p| {
                if root.starts_with('/') {
                    scratch.0.join(p).display().to_string()
                } else {
                    p
                }
            })
            .collect();
        assert!(!expected.is_empty(), "{root}");
        assert_eq!(walked_by_amlint(&scratch.0, root, &env), expected, "{root}");
    }
    // From inside the repository, with `.` (the crate walks `./specs`).
    let inside = scratch.join("repo");
    let expected = walked_by_the_crate(&inside, ".");
    assert_eq!(walked_by_amlint(&inside, ".", &env), expected);
}

/// Git's global ignore file (`core.excludesFile` of the first config file that sets it, else
/// `$XDG_CONFIG_HOME/git/ignore`) applies inside a repository, as before; `/dev/null` for a
/// config file means none.
#[test]
fn the_global_ignore_file_applies_in_repositories() {
    let scratch = Scratch::new("hostile-global");
    scratch.write("repo/.git/HEAD", "ref: refs/heads/main\n");
    for spec in ["repo/a.yml", "repo/g.yml", "repo/h.yml", "plain/g.yml"] {
        scratch.write(spec, SPEC);
    }
    scratch.write("xdg/git/ignore", "g.yml\n");
    let home_config = scratch.write(
        "home/.gitconfig",
        "[core]\n\texcludesFile = ~/global-ignore\n",
    );
    scratch.write("home/global-ignore", "h.yml\n");
    let other = scratch.join("other-ignore");
    scratch.write("other-ignore", "a.yml\n");
    let global = scratch.write(
        "global-config",
        &format!("[core]\n  excludesfile = \"{}\"\n", other.display()),
    );
    let xdg = ("XDG_CONFIG_HOME", scratch.join("xdg").into_os_string());
    let system = ("GIT_CONFIG_SYSTEM", OsString::from("/dev/null"));
    let files = |root: &str, env: &[(&str, OsString)]| walked_by_amlint(&scratch.0, root, env);
    // ~/.gitconfig names the file.
    assert_eq!(
        files("repo", &[xdg.clone(), system.clone()]),
        ["repo/a.yml", "repo/g.yml"]
    );
    // GIT_CONFIG_GLOBAL comes first.
    let first = ("GIT_CONFIG_GLOBAL", global.into_os_string());
    assert_eq!(
        files("repo", &[xdg.clone(), system.clone(), first]),
        ["repo/g.yml", "repo/h.yml"]
    );
    // No config names one (`/dev/null` is no config): the XDG default.
    std::fs::remove_file(home_config).unwrap();
    let none = ("GIT_CONFIG_GLOBAL", OsString::from("/dev/null"));
    assert_eq!(
        files("repo", &[xdg.clone(), system.clone(), none]),
        ["repo/a.yml", "repo/h.yml"]
    );
    // Outside a repository it does not apply.
    assert_eq!(files("plain", &[xdg, system]), ["plain/g.yml"]);
}

/// Every file the command opens goes through its bounded reader (`files.rs`) or its writers
/// (`output.rs`): nowhere else in the command does a file get opened or read.
#[test]
fn the_command_opens_files_in_one_place() {
    let opening = regex::Regex::new(
        r"File::open|OpenOptions|fs::read\b|fs::read_to_string|fs::write|read_to_end|read_to_string|NamedTempFile|tempfile::",
    )
    .unwrap();
    // Unit tests may set up their files as they like: their part is left out.
    for (name, code) in crate::support::command_sources(&["files.rs", "output.rs"]) {
        let code = code.as_str();
        for found in opening.find_iter(code) {
            let line = code[..found.start()].lines().count();
            let text = code.lines().nth(line.saturating_sub(1)).unwrap_or("");
            // Standard input is a stream, read up to the size limit.
            if text.contains("stdin()") {
                continue;
            }
            panic!("src/bin/amlint/{name}:{line} opens a file itself: {text}");
        }
    }
}

/// The files a Terraform file's module reads beside it, too large (over the 1 MiB limit) or not
/// text: an error naming each, exit 2, in time; never read whole or guessed at.
#[test]
fn terraform_module_files_refuse_huge_and_binary() {
    let huge = vec![b'#'; amlint::MAX_BYTES + 1];
    let binary = b"max_nodes = \"\xff\xfe\"\n".to_vec();
    for (name, args) in [
        ("tf/variables.tf", vec!["check", "tf/main.tf"]),
        ("tf/terraform.tfvars", vec!["check", "tf/main.tf"]),
        ("tf/x.auto.tfvars", vec!["check", "tf/main.tf"]),
        (
            "prod.tfvars",
            vec!["check", "--var-file", "prod.tfvars", "tf/main.tf"],
        ),
    ] {
        for (what, bytes, said) in [
            ("huge", &huge, "larger than amlint reads"),
            ("binary", &binary, ""),
        ] {
            let scratch = Scratch::new(&format!("hostile-terraform-{what}"));
            std::fs::create_dir_all(scratch.join("home")).unwrap();
            scratch.write("tf/main.tf", TERRAFORM);
            std::fs::write(scratch.join(name), bytes).unwrap();
            let ran = run(&scratch.0, &self::args(&args), &[], Input::Nothing);
            let context = format!("{name} ({what}): {ran:?}");
            assert_eq!(ran.code, 2, "{context}");
            let line = ran
                .stderr
                .lines()
                .find(|line| line.contains(name))
                .unwrap_or_else(|| panic!("no error names {name}: {context}"));
            assert!(line.contains(said), "{context}");
        }
    }
}

/// The Bicep CLI's output is read bounded: a CLI that writes without end is cut off at the size
/// limit (AML016, too large), one whose output never ends and never exits is stopped at the
/// timeout, one that writes zeros and exits is no template; none hangs the run or fills memory.
#[test]
fn the_bicep_cli_is_read_bounded() {
    let bicep =
        "resource c 'Microsoft.MachineLearningServices/workspaces/computes@2024-04-01' = {}\n";
    for (name, script, says) in [
        (
            "endless",
            "#!/bin/sh\nexec cat /dev/zero\n",
            "more than 1048576 bytes",
        ),
        (
            "endless-stuck",
            "#!/bin/sh\ntrap '' PIPE\ncat /dev/zero\nsleep 30\n",
            "more than 1048576 bytes",
        ),
        ("silent", "#!/bin/sh\nexec sleep 30\n", "longer than 1 s"),
        (
            "zeros",
            "#!/bin/sh\nhead -c 1000 /dev/zero\n",
            "no ARM template",
        ),
    ] {
        let scratch = Scratch::new(&format!("hostile-bicep-{name}"));
        std::fs::create_dir_all(scratch.join(".git")).unwrap();
        std::fs::create_dir_all(scratch.join("home")).unwrap();
        scratch.write("main.bicep", bicep);
        let cli = scratch.write("bin/bicep", script);
        std::fs::set_permissions(&cli, std::fs::Permissions::from_mode(0o755)).unwrap();
        let path = format!("{}:/usr/bin:/bin", scratch.join("bin").display());
        let env = [
            ("PATH", OsString::from(path)),
            ("AMLINT_BICEP_TIMEOUT", OsString::from("1")),
        ];
        let ran = run(
            &scratch.0,
            &args(&["check", "--format", "concise", "main.bicep"]),
            &env,
            Input::Nothing,
        );
        assert_eq!(ran.code, 1, "{name}: {ran:?}");
        assert!(ran.stdout.contains("AML016"), "{name}: {ran:?}");
        assert!(ran.stdout.contains(says), "{name}: {ran:?}");
    }
}

/// The Bicep CLI is stopped whole and not waited for past its end: a CLI that exits at once but
/// leaves a child holding its output has its template checked (not "ran longer than"), and a CLI
/// stopped at the timeout takes the processes it started with it (its process group).
#[test]
fn the_bicep_cli_is_stopped_whole_and_not_waited_for_past_its_end() {
    let bicep =
        "resource c 'Microsoft.MachineLearningServices/workspaces/computes@2024-04-01' = {}\n";
    let template = r#"{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0", "resources": [{"type": "Microsoft.MachineLearningServices/workspaces/computes", "apiVersion": "2024-04-01", "name": "ws/abc_d", "location": "westeurope", "properties": {"computeType": "AmlCompute", "disableLocalAuth": true, "properties": {"vmSize": "Standard_DS3_v2", "scaleSettings": {"minNodeCount": 0, "maxNodeCount": 1}}}}]}"#;
    let scratch = Scratch::new("hostile-bicep-group");
    std::fs::create_dir_all(scratch.join(".git")).unwrap();
    std::fs::create_dir_all(scratch.join("home")).unwrap();
    scratch.write("main.bicep", bicep);
    scratch.write("template.json", template);
    let child_pid = scratch.join("child.pid");
    let run_with = |script: &str, timeout: &str| {
        let cli = scratch.write("bin/bicep", script);
        std::fs::set_permissions(&cli, std::fs::Permissions::from_mode(0o755)).unwrap();
        let path = format!("{}:/usr/bin:/bin", scratch.join("bin").display());
        let env = [
            ("PATH", OsString::from(path)),
            ("AMLINT_BICEP_TIMEOUT", OsString::from(timeout)),
        ];
        let args = args(&["check", "--format", "concise", "main.bicep"]);
        run(&scratch.0, &args, &env, Input::Nothing)
    };
    // Exits at once; its child holds the output for longer than the timeout.
    let ran = run_with(
        &format!(
            "#!/bin/sh\n(sleep 40 &)\ncat '{}'\nexit 0\n",
            scratch.join("template.json").display()
        ),
        "30",
    );
    assert_eq!(ran.code, 1, "{ran:?}");
    assert!(ran.stdout.contains("AML204"), "{ran:?}");
    assert!(!ran.stdout.contains("AML016"), "{ran:?}");
    // Ignores SIGTERM and starts a child that outlives it unless its group is stopped.
    let ran = run_with(
        &format!(
            "#!/bin/sh\ntrap '' TERM\nsleep 41 &\necho $! > '{}'\nwait\n",
            child_pid.display()
        ),
        "1",
    );
    assert!(ran.stdout.contains("longer than 1 s"), "{ran:?}");
    let pid = std::fs::read_to_string(&child_pid).unwrap();
    let stat = Path::new("/proc").join(pid.trim()).join("stat");
    // The signal is sent before the run ends; the child is gone (or a zombie) once it is handled.
    let gone = || {
        std::fs::read_to_string(&stat).map_or(true, |s| {
            s.rsplit(')')
                .next()
                .unwrap_or("")
                .trim_start()
                .starts_with('Z')
        })
    };
    let started = Instant::now();
    while !gone() && started.elapsed() < DEADLINE {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(gone(), "the Bicep CLI's child {pid} outlived it");
}
