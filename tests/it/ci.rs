//! amlint in CI: the machine-read formats are valid for their readers (SARIF against the official
//! schema, JUnit for an XML parser), fingerprints survive edits elsewhere, the baseline hides only
//! what it recorded, and reports written to files are whole.

use std::path::Path;
use std::process::Command;

use amlint::report::{self, Baseline, File, Settings};
use amlint::{Options, check_files, check_text};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs amlint in `dir` with a cleared environment plus `env`; (exit code, stdout, stderr).
fn run(dir: &Path, args: &[&str], env: &[(&str, &Path)]) -> (i32, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_amlint"));
    command.current_dir(dir).args(args).env_clear();
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

use crate::support::Scratch;

/// SARIF results and JSON findings carry the fixes `--fix` would apply: the same edits.
#[test]
fn reports_carry_the_fixes() {
    let folder = "tests/fixtures/fixes/AML109.before.yml";
    let (_, stdout, _) = run(
        root(),
        &["check", "--isolated", "--format", "sarif", folder],
        &[],
    );
    let log: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let result = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| {
            r["ruleId"] == "AML109"
                && r["locations"][0]["physicalLocation"]["region"]["startLine"] == 5
        })
        .unwrap();
    let replacement = &result["fixes"][0]["artifactChanges"][0]["replacements"][0];
    assert_eq!(replacement["insertedContent"]["text"], "dedicated");
    assert_eq!(replacement["deletedRegion"]["startColumn"], 7);
    assert_eq!(replacement["deletedRegion"]["endColumn"], 16);
    let (_, stdout, _) = run(
        root(),
        &["check", "--isolated", "--format", "json", folder],
        &[],
    );
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let tier = report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["pointer"] == "/tier")
        .unwrap();
    assert_eq!(tier["fix"]["applicability"], "safe");
    assert_eq!(tier["fix"]["edits"][0]["content"], "dedicated");
    assert_eq!(
        tier["fix"]["patch"][0],
        serde_json::json!({"op": "replace", "path": "/tier", "value": "dedicated"})
    );
}

#[test]
fn sarif_is_valid_for_the_official_schema_and_names_every_rule() {
    // The official schema, as published. Its `language` pattern ends in a stray `]`, which
    // ECMAScript regexes read as a literal and Rust's refuse: escaped here, so it means the same.
    let text = std::fs::read_to_string(root().join("tests/fixtures/sarif-schema-2.1.0.json"))
        .unwrap()
        .replace("[a-zA-Z]{2}]?$", "[a-zA-Z]{2}\\\\]?$");
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let rules_doc = std::fs::read_to_string(root().join("docs/rules.md")).unwrap();
    for folder in [
        "tests/fixtures/ci/specs",
        "examples/invalid",
        "tests/fixtures/bad",
        "examples/valid",
        "tests/fixtures/fixes",
    ] {
        let (code, stdout, stderr) = run(
            root(),
            &["check", "--isolated", "--format", "sarif", folder],
            &[],
        );
        assert!(code == 0 || code == 1, "{folder}: {stderr}");
        let log: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{folder}: {errors:#?}");
        let run = &log["runs"][0];
        assert_eq!(run["invocations"][0]["exitCode"], code);
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        assert_eq!(rules.len(), amlint::RULES.len());
        for rule in rules {
            let id = rule["id"].as_str().unwrap();
            let anchor = rule["helpUri"]
                .as_str()
                .unwrap()
                .rsplit('#')
                .next()
                .unwrap();
            assert_eq!(anchor, id.to_ascii_lowercase());
            assert!(
                rules_doc.contains(&format!("\n### {id}\n")),
                "no section {id}"
            );
        }
        for result in run["results"].as_array().unwrap() {
            let index = result["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[index]["id"], result["ruleId"]);
            let location = &result["locations"][0]["physicalLocation"];
            let uri = location["artifactLocation"]["uri"].as_str().unwrap();
            assert!(uri.starts_with(folder), "{uri}");
            assert_eq!(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
            let fingerprint = result["partialFingerprints"]["amlint/v1"].as_str().unwrap();
            assert_eq!(fingerprint.len(), 16);
        }
    }
}

/// The JUnit report parses as XML whatever the messages hold: markup, quotes, control characters.
#[test]
fn junit_is_well_formed_for_any_message() {
    let hostile = "name: \"a>b<&'c\\\"]]>\\u001b\\u0007\\uFFFF\"\ntype: amlcompute\nmin_instances: 9\nmax_instances: 2\n";
    let mut files = vec![File {
        label: "specs/<odd> & \"name\".yml".to_owned(),
        text: hostile.to_owned(),
        report: check_text(hostile, &Options::default()),
    }];
    check_files(&mut files);
    // Every finding a failure, so every message stands in an attribute too.
    let settings = Settings {
        fail_on: amlint::Severity::Info,
        ..Settings::default()
    };
    let xml = report::junit(&files, &settings);
    let document = roxmltree::Document::parse(&xml).unwrap();
    let failures: Vec<_> = document
        .descendants()
        .filter(|n| n.has_tag_name("failure"))
        .collect();
    assert!(failures.len() >= 2, "{xml}");
    let case = document
        .descendants()
        .find(|n| n.has_tag_name("testcase"))
        .unwrap();
    assert_eq!(case.attribute("name"), Some("specs/<odd> & \"name\".yml"));
    let message = failures
        .iter()
        .find(|f| f.attribute("type") == Some("AML201"))
        .and_then(|f| f.attribute("message"))
        .unwrap();
    assert!(message.contains("a>b<&'c\"]]>"), "{message}");
}

/// Fingerprints name a finding by rule, document and place in the spec, so lines added above it
/// do not change them; a second finding of the same rule elsewhere gets another.
#[test]
fn fingerprints_survive_edits_above_a_finding() {
    let fingerprints = |text: &str| -> Vec<(String, String)> {
        let files = [File {
            label: "cluster.yml".to_owned(),
            text: text.to_owned(),
            report: check_text(text, &Options::default()),
        }];
        let json: serde_json::Value =
            serde_json::from_str(&report::json(&files, &Settings::default())).unwrap();
        json["files"][0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["code"].as_str().unwrap().to_owned(),
                    d["fingerprint"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let before =
        fingerprints("name: gpu-cluster\ntype: amlcompute\nmin_instances: 4\nmax_instances: 2\n");
    let after = fingerprints(
        "# The team's training cluster.\n\nname: gpu-cluster\ntype: amlcompute\n\nmin_instances: 4\nmax_instances: 2\n",
    );
    assert!(!before.is_empty());
    assert_eq!(before, after);
    let renamed =
        fingerprints("name: cpu-cluster\ntype: amlcompute\nmin_instances: 4\nmax_instances: 2\n");
    assert_ne!(before, renamed, "the document is named by its compute name");
}

#[test]
fn a_baseline_hides_what_it_recorded_and_nothing_else() {
    let scratch = Scratch::root("ci-baseline");
    let spec = scratch.0.join("cluster.yml");
    let password = "Zq8vN3kR7tW2pL5xY9mB";
    std::fs::write(
        &spec,
        format!(
            "name: gpu-cluster\ntype: amlcompute\nmin_instances: 4\nmax_instances: 2\nssh_settings:\n  admin_username: azureuser\n  admin_password: {password}\n"
        ),
    )
    .unwrap();
    let (code, _, stderr) = run(
        &scratch.0,
        &[
            "check",
            "--isolated",
            ".",
            "--write-baseline",
            "amlint-baseline.json",
        ],
        &[],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("recorded"), "{stderr}");
    let baseline = std::fs::read_to_string(scratch.0.join("amlint-baseline.json")).unwrap();
    assert!(baseline.contains("AML301"), "{baseline}");
    assert!(!baseline.contains(password), "the baseline shows a secret");
    assert!(Baseline::parse(&baseline).is_ok());

    // Lines added above the findings: still known.
    let text = std::fs::read_to_string(&spec).unwrap();
    std::fs::write(&spec, format!("# Training.\n\n{text}")).unwrap();
    let args = [
        "check",
        "--isolated",
        ".",
        "--baseline",
        "amlint-baseline.json",
        "--format",
        "concise",
    ];
    let (code, stdout, stderr) = run(&scratch.0, &args, &[]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.contains("No problems found"), "{stdout}");

    // A new finding is reported; the known ones stay hidden.
    let text = std::fs::read_to_string(&spec).unwrap();
    std::fs::write(
        &spec,
        text.replace("type: amlcompute", "type: amlcompute\ntier: LowPriority"),
    )
    .unwrap();
    let (code, stdout, _) = run(&scratch.0, &args, &[]);
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.contains("AML103"), "{stdout}");
    assert!(!stdout.contains("AML301"), "{stdout}");

    // A file that is not a baseline is a usage error, not a silent pass.
    std::fs::write(scratch.0.join("bad.json"), "{\"findings\": 3}").unwrap();
    let (code, _, stderr) = run(
        &scratch.0,
        &["check", "--isolated", ".", "--baseline", "bad.json"],
        &[],
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("not a baseline"), "{stderr}");
}

#[test]
fn reports_go_to_files_whole_and_beside_the_main_one() {
    let scratch = Scratch::root("ci-reports");
    std::fs::write(
        scratch.0.join("cluster.yml"),
        "name: cpu-cluster-\ntype: amlcompute\nmax_instances: 2\n",
    )
    .unwrap();
    std::fs::create_dir_all(scratch.0.join("out")).unwrap();
    std::fs::write(scratch.0.join("out/amlint.sarif"), "stale").unwrap();
    let (code, stdout, stderr) = run(
        &scratch.0,
        &[
            "check",
            "--isolated",
            "cluster.yml",
            "--format",
            "github",
            "--report",
            "sarif=out/amlint.sarif",
            "--report",
            "junit=out/amlint.xml",
            "-o",
            "out/log.txt",
        ],
        &[],
    );
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(stdout, "", "the main report went to its file");
    let log = std::fs::read_to_string(scratch.0.join("out/log.txt")).unwrap();
    assert!(log.starts_with("::error file=cluster.yml,line=1"), "{log}");
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(scratch.0.join("out/amlint.sarif")).unwrap())
            .unwrap();
    assert_eq!(sarif["runs"][0]["results"][0]["ruleId"], "AML207");
    let junit = std::fs::read_to_string(scratch.0.join("out/amlint.xml")).unwrap();
    assert!(roxmltree::Document::parse(&junit).is_ok());
    // Nothing but the reports is left in the folder: no temporary files.
    let mut names: Vec<String> = std::fs::read_dir(scratch.0.join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["amlint.sarif", "amlint.xml", "log.txt"]);
    // A report that cannot be written is an error (exit 2) that names it.
    let (code, _, stderr) = run(
        &scratch.0,
        &[
            "check",
            "--isolated",
            "cluster.yml",
            "-o",
            "missing/log.txt",
        ],
        &[],
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("missing/log.txt"), "{stderr}");
}

/// Under GitHub Actions the log shows ten annotations per step; the step summary shows all, and
/// what earlier steps wrote there stays.
#[test]
fn github_jobs_get_every_finding_in_the_step_summary() {
    let scratch = Scratch::root("ci-summary");
    std::fs::write(
        scratch.0.join("cluster.yml"),
        "name: cpu_cluster-\ntype: amlcompute\nmax_instances: 2\n",
    )
    .unwrap();
    let summary = scratch.0.join("summary.md");
    std::fs::write(&summary, "# Earlier step\n").unwrap();
    let (code, stdout, _) = run(
        &scratch.0,
        &["check", "--isolated", "cluster.yml"],
        &[
            ("GITHUB_ACTIONS", Path::new("true")),
            ("GITHUB_STEP_SUMMARY", &summary),
        ],
    );
    assert_eq!(code, 1);
    assert!(stdout.starts_with("::error "), "{stdout}");
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(text.starts_with("# Earlier step\n## amlint"), "{text}");
    assert!(
        text.contains("| ` cluster.yml ` | 1:7 | error | AML204 `name-invalid-characters` |"),
        "{text}"
    );
    assert!(text.contains("AML207"), "{text}");
}
