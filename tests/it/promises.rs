//! The promise that no output shows a secret, held over the product of two registries: every
//! place a secret can hide (`tests/fixtures/secrets/places.json`, which the npm package's test
//! reads too) and every surface amlint prints or writes on (`SURFACES` below). Random secrets are
//! planted in each place and looked for in everything each surface shows.
//!
//! Adding an output — a format, a flag that writes or prints, a subcommand — means adding a row
//! to `SURFACES`; `every_flag_of_check_is_classified` fails until the new flag is classified.

use std::path::{Path, PathBuf};
use std::process::Command;

use amlint::report::{Edge, File, Format};
use amlint::source::Encoding;
use amlint::{Locale, Options, check_files, check_text};
use proptest::prelude::*;

/// A place a secret hides: the spec, and the earlier spec or `az ml compute list` output a check
/// compares it with, each with `{S}` where the secret goes.
#[derive(Debug, Clone, serde::Deserialize)]
struct Place {
    name: String,
    spec: String,
    #[serde(default)]
    previous: Option<String>,
    #[serde(default)]
    existing: Option<String>,
}

fn places() -> Vec<Place> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/secrets/places.json");
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// What a surface is given: a folder of specs (one per place without context), or one spec with
/// its earlier state.
struct Run<'a> {
    folder: &'a Path,
    spec: &'a Path,
    previous: Option<&'a Path>,
    existing: Option<&'a Path>,
    scratch: &'a Path,
}

/// One way amlint shows what it read: the arguments of a run, and which written files and
/// variables carry output. `{dir}` is replaced by the inputs (a folder, or the spec with its
/// context flags), `{out}` by a scratch folder.
struct Surface {
    name: &'static str,
    args: &'static [&'static str],
    /// Runs `amlint diff OLD NEW` instead of `check` (only where there is an earlier spec).
    diff: bool,
}

/// Every output surface of the command. The formats are added from [`Format::ALL`].
const SURFACES: &[Surface] = &[
    Surface {
        name: "stdout, plain",
        args: &["check", "--color", "never", "{dir}"],
        diff: false,
    },
    Surface {
        name: "stdout, styled",
        args: &["check", "--color", "always", "{dir}"],
        diff: false,
    },
    Surface {
        name: "Dutch",
        args: &["check", "--lang", "nl", "{dir}"],
        diff: false,
    },
    Surface {
        name: "-o",
        args: &["check", "-o", "{out}/report.txt", "{dir}"],
        diff: false,
    },
    Surface {
        name: "--report",
        args: &[
            "check",
            "--report",
            "sarif={out}/report.sarif",
            "--report",
            "json={out}/report.json",
            "{dir}",
        ],
        diff: false,
    },
    Surface {
        name: "-o /dev/stdout (a report written to a stream)",
        args: &["check", "--format", "json", "-o", "/dev/stdout", "{dir}"],
        diff: false,
    },
    Surface {
        name: "--statistics",
        args: &["check", "--statistics", "{dir}"],
        diff: false,
    },
    Surface {
        name: "--write-baseline",
        args: &["check", "--write-baseline", "{out}/baseline.json", "{dir}"],
        diff: false,
    },
    Surface {
        name: "--baseline",
        args: &["check", "--baseline", "{out}/baseline.json", "{dir}"],
        diff: false,
    },
    Surface {
        name: "--diff",
        args: &["check", "--diff", "{dir}"],
        diff: false,
    },
    Surface {
        name: "--diff --unsafe-fixes",
        args: &["check", "--diff", "--unsafe-fixes", "{dir}"],
        diff: false,
    },
    Surface {
        name: "--fix --unsafe-fixes (messages, report)",
        args: &[
            "check",
            "--fix",
            "--unsafe-fixes",
            "--format",
            "json",
            "{dir}",
        ],
        diff: false,
    },
    Surface {
        name: "--show-settings",
        args: &["check", "--show-settings", "{dir}"],
        diff: false,
    },
    Surface {
        name: "step summary",
        args: &["check", "--format", "github", "{dir}"],
        diff: false,
    },
    Surface {
        name: "amlint diff",
        args: &["{dir}"],
        diff: true,
    },
    Surface {
        name: "amlint diff, json",
        args: &["--format", "json", "{dir}"],
        diff: true,
    },
];

/// Flags of `amlint check` that read, print or write, and those that only choose: each is
/// classified, so a new one cannot be added without deciding what it shows.
const CHECK_FLAGS: &[(&str, &str)] = &[
    ("--format", "output: every format is a surface"),
    ("--output-file", "output: -o"),
    ("--report", "output: --report"),
    ("--write-baseline", "output: --write-baseline"),
    ("--baseline", "read, and prints what it leaves"),
    ("--statistics", "output: --statistics"),
    ("--diff", "output: --diff"),
    ("--fix", "output and write: --fix"),
    ("--unsafe-fixes", "output: with --fix and --diff"),
    ("--show-settings", "output: --show-settings"),
    ("--lang", "output: Dutch"),
    ("--color", "output: styled"),
    ("--previous", "read: context, its secrets marked"),
    ("--existing", "read: context, its secrets marked"),
    ("--sizes", "read: context (no secrets in it)"),
    (
        "--policy",
        "read: policy definitions; findings quote the policy's own text, never a value of the spec (azure_policy::hostile_policies_show_no_secret)",
    ),
    ("--config", "read: settings"),
    ("--isolated", "setting"),
    ("--select", "setting"),
    ("--extend-select", "setting"),
    ("--ignore", "setting"),
    ("--severity", "setting"),
    ("--fail-on", "setting"),
    ("--exit-zero", "setting"),
    ("--quiet", "setting"),
    ("--specs-only", "setting"),
    ("--force-exclude", "setting"),
    ("--stdin-filename", "setting: the label of standard input"),
    (
        "--input",
        "setting: what a file is read as; a template's secrets: templates_show_no_secret",
    ),
    (
        "--var-file",
        "read: Terraform variables' values; a sensitive variable's are secrets (terraform_shows_no_secret)",
    ),
    (
        "--parameters",
        "read: a parameter file; its values for secure parameters are secrets (templates_show_no_secret, iac::templates_are_checked_with_each_linked_parameter_file)",
    ),
    ("--help", "no input"),
];

fn amlint(args: &[String], scratch: &Path, github: bool) -> (String, i32) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_amlint"));
    command
        .args(args)
        .arg("--isolated")
        .env_remove("GITHUB_ACTIONS")
        .env_remove("TF_BUILD")
        .env_remove("GITHUB_STEP_SUMMARY");
    if github {
        command.env("GITHUB_STEP_SUMMARY", scratch.join("summary.md"));
    }
    let output = command.output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (text, output.status.code().unwrap_or(-1))
}

/// Everything one surface shows for one run: what it printed and every file it wrote.
fn shown(surface: &Surface, run: &Run<'_>) -> String {
    let out = run.scratch.to_string_lossy().into_owned();
    let mut args: Vec<String> = Vec::new();
    if surface.diff {
        args.push("diff".to_owned());
        args.push(run.previous.unwrap().to_string_lossy().into_owned());
    }
    for arg in surface.args {
        if *arg == "{dir}" {
            if surface.diff || run.previous.is_some() || run.existing.is_some() {
                args.push(run.spec.to_string_lossy().into_owned());
            } else {
                args.push(run.folder.to_string_lossy().into_owned());
            }
            if !surface.diff
                && let Some(previous) = run.previous
            {
                args.push("--previous".to_owned());
                args.push(previous.to_string_lossy().into_owned());
            }
            if let Some(existing) = run.existing {
                args.push("--existing".to_owned());
                args.push(existing.to_string_lossy().into_owned());
            }
        } else {
            args.push(arg.replace("{out}", &out));
        }
    }
    let (mut text, code) = amlint(&args, run.scratch, surface.name == "step summary");
    assert!(
        (0..=2).contains(&code),
        "{}: exit {code}\n{text}",
        surface.name
    );
    for entry in std::fs::read_dir(run.scratch).unwrap() {
        let path = entry.unwrap().path();
        // The baseline a later row reads stays; everything is read each time.
        text.push_str(&String::from_utf8_lossy(&std::fs::read(&path).unwrap()));
    }
    text
}

/// Every surface with the formats added.
fn every_surface() -> Vec<Surface> {
    let mut surfaces: Vec<Surface> = Vec::new();
    for format in Format::ALL {
        let args: &'static [&'static str] =
            Box::leak(vec!["check", "--format", format.name(), "{dir}"].into_boxed_slice());
        surfaces.push(Surface {
            name: format.name(),
            args,
            diff: false,
        });
    }
    for surface in SURFACES {
        surfaces.push(Surface {
            name: surface.name,
            args: surface.args,
            diff: surface.diff,
        });
    }
    surfaces
}

struct Planted {
    root: PathBuf,
}

/// A place with context, written out: its name, the spec, the earlier spec, the computes.
type Contextual = (String, PathBuf, Option<PathBuf>, Option<PathBuf>);

impl Drop for Planted {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// Writes every place with `secret` planted: the places without context in one folder, each
/// with context in its own.
fn plant(secret: &str, tag: &str) -> (Planted, Vec<Contextual>) {
    let root = std::env::temp_dir().join(format!("amlint-promises-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("specs")).unwrap();
    let mut contextual = Vec::new();
    for place in places() {
        let spec = place.spec.replace("{S}", secret);
        if place.previous.is_none() && place.existing.is_none() {
            let ending = if spec.starts_with('{') { "json" } else { "yml" };
            std::fs::write(
                root.join("specs").join(format!("{}.{ending}", place.name)),
                spec,
            )
            .unwrap();
            continue;
        }
        let folder = root.join(&place.name);
        std::fs::create_dir_all(&folder).unwrap();
        let spec_path = folder.join("new.yml");
        std::fs::write(&spec_path, spec).unwrap();
        let previous = place.previous.map(|text| {
            let path = folder.join("old.yml");
            std::fs::write(&path, text.replace("{S}", secret)).unwrap();
            path
        });
        let existing = place.existing.map(|text| {
            let path = folder.join("computes.json");
            std::fs::write(&path, text.replace("{S}", secret)).unwrap();
            path
        });
        contextual.push((place.name, spec_path, previous, existing));
    }
    (Planted { root }, contextual)
}

fn secret_strategy() -> impl Strategy<Value = String> {
    // Letters and digits, 16 to 32 of them: a value that appears nowhere by chance.
    proptest::string::string_regex("[A-HJ-NP-Za-km-z2-9]{16,32}").unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3, failure_persistence: None, ..ProptestConfig::default() })]

    /// The command: every surface, every place.
    #[test]
    fn no_surface_of_the_command_shows_a_planted_secret(secret in secret_strategy()) {
        let (planted, contextual) = plant(&secret, "cli");
        let scratch = planted.root.join("out");
        for surface in every_surface() {
            std::fs::create_dir_all(&scratch).unwrap();
            if !surface.diff {
                let run = Run { folder: &planted.root.join("specs"), spec: Path::new(""), previous: None, existing: None, scratch: &scratch };
                let text = shown(&surface, &run);
                prop_assert!(!text.contains(&secret), "{}: a secret shows:\n{}", surface.name, text);
            }
            for (name, spec, previous, existing) in &contextual {
                if surface.diff && previous.is_none() {
                    continue;
                }
                let run = Run { folder: Path::new(""), spec, previous: previous.as_deref(), existing: existing.as_deref(), scratch: &scratch };
                let text = shown(&surface, &run);
                prop_assert!(!text.contains(&secret), "{} with {name}: a secret shows:\n{}", surface.name, text);
            }
            std::fs::remove_dir_all(&scratch).unwrap();
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    /// The library: every format, every finding as the npm package hands it over, with context.
    #[test]
    fn no_output_of_the_library_shows_a_planted_secret(secret in secret_strategy()) {
        let mut files = Vec::new();
        for place in places() {
            let mut options = Options::default();
            if place.previous.is_some() || place.existing.is_some() {
                let mut context = amlint::context::Context::new();
                if let Some(previous) = &place.previous {
                    context.add_previous_text("old.yml", &previous.replace("{S}", &secret), Locale::En).unwrap();
                }
                if let Some(existing) = &place.existing {
                    context.set_existing_text(&existing.replace("{S}", &secret), Locale::En).unwrap();
                }
                options.context = Some(std::sync::Arc::new(context));
            }
            let text = place.spec.replace("{S}", &secret);
            let report = check_text(&text, &options);
            prop_assert!(!report.diagnostics.is_empty(), "{}: no finding, nothing tried", place.name);
            files.push(File { label: format!("{}.yml", place.name), text, report });
        }
        check_files(&mut files);
        // Each place alone, so a failure names it; then the whole run (the cross-file rules).
        for file in &files {
            let out = library_output(std::slice::from_ref(file));
            prop_assert!(!out.contains(&secret), "{}: a secret shows:\n{}", file.label, out);
        }
        let out = library_output(&files);
        prop_assert!(!out.contains(&secret), "the whole run shows a secret:\n{}", out);
    }
}

/// Every report of the library and every finding as the npm package hands it over, in both
/// languages and both column units.
fn library_output(files: &[File]) -> String {
    let mut out = crate::support::every_output(files);
    for file in files {
        for encoding in [Encoding::Chars, Encoding::Utf16] {
            for locale in [Locale::En, Locale::Nl] {
                let settings = amlint::report::Settings {
                    locale,
                    ..amlint::report::Settings::default()
                };
                let edge = Edge::new(&file.text, &file.report.secrets, settings, encoding);
                for d in &file.report.diagnostics {
                    out.push_str(&format!("{:?}\n", edge.finding(d)));
                }
            }
        }
    }
    out
}

/// The flags `amlint check --help` lists.
fn check_flags() -> Vec<String> {
    let output = Command::new(env!("CARGO_BIN_EXE_amlint"))
        .args(["check", "--help"])
        .env("AMLINT_LANG", "en")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&output.stdout);
    let pattern = regex::Regex::new(r"(?m)^\s+(?:-\w, )?(--[a-z][a-z-]*)").unwrap();
    let mut flags: Vec<String> = pattern
        .captures_iter(&help)
        .map(|c| c[1].to_owned())
        .collect();
    flags.sort();
    flags.dedup();
    assert!(flags.len() > 10, "{help}");
    flags
}

#[test]
fn every_flag_of_check_is_classified() {
    let known: Vec<&str> = CHECK_FLAGS.iter().map(|(flag, _)| *flag).collect();
    for flag in check_flags() {
        assert!(
            known.contains(&flag.as_str()),
            "`amlint check {flag}` is not classified: add it to CHECK_FLAGS (and, if it prints, \
             writes or reads, a row to SURFACES or the read paths)"
        );
    }
    // Every flag classified as an output has a surface that uses it.
    for (flag, role) in CHECK_FLAGS {
        if role.starts_with("output") && *flag != "--format" {
            let short = match *flag {
                "--output-file" => "-o",
                other => other,
            };
            assert!(
                SURFACES
                    .iter()
                    .any(|s| s.args.contains(&short) || s.args.contains(flag)),
                "{flag} prints or writes, but no surface runs it"
            );
        }
    }
}

#[test]
fn every_place_is_a_place_amlint_reads() {
    // A place whose spec has no finding tests nothing; a context place must name a compute
    // the spec also names.
    for place in places() {
        let report = check_text(
            &place.spec.replace("{S}", "Planted-Secret-Value-1"),
            &Options::default(),
        );
        assert!(
            !report.diagnostics.is_empty() || place.previous.is_some() || place.existing.is_some(),
            "{}",
            place.name
        );
        assert!(
            place.spec.contains("{S}") || place.previous.is_some() || place.existing.is_some(),
            "{}: no secret planted",
            place.name
        );
    }
}

/// A secret in an ARM template, wherever it stands — a secure parameter's default, its value in the
/// parameter file, a literal password of a compute, another resource's password, a comment — is
/// shown by no output of the library, nor by the command in any format (the findings' code frames
/// show the lines around them).
/// The Bicep CLI's error, which AML016 quotes, may quote the file: a secret there (a literal
/// password, a `@secure()` parameter's default however short, a credential-shaped word) is not
/// shown; and a line of 64 KiB is quoted bounded.
#[cfg(unix)]
#[test]
fn the_bicep_clis_error_shows_no_secret() {
    use std::os::unix::fs::PermissionsExt;
    let secret = "Zq8-bicep-Quoted-7731";
    let scratch = crate::support::Scratch::root("promises-bicep-error");
    let cli = scratch.0.join("bin/bicep");
    std::fs::create_dir_all(cli.parent().unwrap()).unwrap();
    std::fs::write(
        &cli,
        "#!/bin/sh\nhead -c 65536 /dev/zero | tr '\\0' x >&2\necho >&2\ncat \"$3\" >&2\necho \"BCP033: the provided value 'Zq8' is string; sig=Zq8-bicep-Sig-Quoted-0042AbCdEf\" >&2\nexit 1\n",
    )
    .unwrap();
    std::fs::set_permissions(&cli, std::fs::Permissions::from_mode(0o755)).unwrap();
    let bicep = format!(
        "@secure()\nparam note string = 'Zq8'\nresource c 'Microsoft.MachineLearningServices/workspaces/computes@2024-04-01' = {{\n  properties: {{ properties: {{ userAccountCredentials: {{ adminUserPassword: '{secret}' }} }} }}\n}}\n"
    );
    std::fs::write(scratch.0.join("main.bicep"), bicep).unwrap();
    for format in ["human", "json", "sarif", "github"] {
        let output = Command::new(env!("CARGO_BIN_EXE_amlint"))
            .args(["check", "--isolated", "--format", format, "main.bicep"])
            .current_dir(&scratch.0)
            .env_clear()
            .env(
                "PATH",
                format!("{}:/usr/bin:/bin", scratch.0.join("bin").display()),
            )
            .output()
            .unwrap();
        let shown = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(shown.contains("AML016"), "{format}: {shown}");
        for secret in [secret, "'Zq8'", "Zq8-bicep-Sig"] {
            assert!(
                !shown.contains(secret),
                "{format} shows the secret:\n{shown}"
            );
        }
        // The 64 KiB line, quoted in part.
        assert!(shown.contains("xxx…"), "{format}: {shown}");
        assert!(!shown.contains(&"x".repeat(600)), "{format}: {shown}");
    }
}

/// A `.bicep` file's secrets, in its own text: a secure parameter's default (whose name does not
/// look secret: known from the built template) on the first line, which a finding of a module's
/// compute shows, and quoted by a finding; a password written as a literal (on the line a finding
/// shows).
#[test]
fn bicep_files_show_no_secret() {
    let secret = "Zq8-bicep-Secret-5519";
    let bicep = format!(
        "@secure() param note string = '{secret}1'\n\n\
resource cluster 'Microsoft.MachineLearningServices/workspaces/computes@2024-04-01' = {{\n\
  name: 'ws/cpu_cluster'\n\
  properties: {{ computeType: 'AmlCompute', properties: {{ scaleSettings: {{ maxNodeCount: 'four' }}, userAccountCredentials: {{ adminUserName: 'azureuser', adminUserPassword: '{secret}2' }} }} }}\n\
}}\n\
resource other 'Microsoft.MachineLearningServices/workspaces/computes@2024-04-01' = {{\n\
  name: 'ws/gpu_cluster'\n\
  properties: {{ computeType: 'AmlCompute', properties: {{ vmSize: note }} }}\n\
}}\n"
    );
    let built = format!(
        r#"{{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "parameters": {{ "note": {{ "type": "securestring", "defaultValue": "{secret}1" }} }},
  "resources": [
    {{
      "type": "Microsoft.MachineLearningServices/workspaces/computes",
      "name": "ws/cpu_cluster",
      "properties": {{ "computeType": "AmlCompute", "properties": {{ "scaleSettings": {{ "maxNodeCount": "four" }}, "userAccountCredentials": {{ "adminUserName": "azureuser", "adminUserPassword": "{secret}2" }} }} }}
    }},
    {{
      "type": "Microsoft.MachineLearningServices/workspaces/computes",
      "name": "ws/gpu_cluster",
      "properties": {{ "computeType": "AmlCompute", "properties": {{ "vmSize": "[parameters('note')]" }} }}
    }},
    {{
      "type": "Microsoft.Resources/deployments",
      "name": "module",
      "properties": {{ "template": {{ "resources": [ {{
        "type": "Microsoft.MachineLearningServices/workspaces/computes",
        "name": "ws/in_module",
        "properties": {{ "computeType": "AmlCompute" }}
      }} ] }} }}
    }}
  ]
}}"#
    );
    let build = amlint::BicepBuild::Built(built);
    let report = amlint::check_bicep_text(&bicep, &build, &[], &Options::default());
    assert!(report.diagnostics.len() > 2, "{:?}", report.diagnostics);
    let files = vec![File {
        label: "main.bicep".to_owned(),
        text: bicep.clone(),
        report,
    }];
    let out = crate::support::every_output(&files);
    assert!(out.contains("cpu_cluster"), "{out}");
    assert!(
        !out.contains(secret),
        "a .bicep file's secret is shown:\n{out}"
    );
}

#[test]
fn templates_show_no_secret() {
    let secret = "Zq8-template-Secret-4417";
    let template = format!(
        r#"{{
  // The old password was {secret}
  "parameters": {{
    "adminPassword": {{ "type": "securestring", "defaultValue": "{secret}1" }},
    "filePassword": {{ "type": "secureString" }}
  }},
  "resources": [
    {{
      "type": "Microsoft.Compute/virtualMachines",
      "name": "vm",
      "properties": {{ "osProfile": {{ "adminPassword": "{secret}2" }} }}
    }},
    {{
      "type": "Microsoft.MachineLearningServices/workspaces/computes",
      "name": "ws/cpu-cluster",
      "properties": {{
        "computeType": "AmlCompute",
        "properties": {{
          "vmSize": "Standard_DS3_v2",
          "scaleSettings": {{ "minNodeCount": 0, "maxNodeCount": "four" }},
          "userAccountCredentials": {{ "adminUserName": "azureuser", "adminUserPassword": "[parameters('filePassword')]" }}
        }}
      }}
    }},
    {{
      "type": "Microsoft.MachineLearningServices/workspaces/computes",
      "name": "ws/gpu-cluster",
      "properties": {{
        "computeType": "AmlCompute",
        "properties": {{
          "scaleSettings": {{ "maxNodeCount": 2 }},
          "userAccountCredentials": {{ "adminUserName": "azureuser", "adminUserPassword": "{secret}6", "adminUserPassword": "{secret}4" }}
        }}
      }}
    }}
  ]
}}
"#
    );
    let parameters =
        format!(r#"{{ "parameters": {{ "filePassword": {{ "value": "{secret}5" }} }} }}"#);
    let report = amlint::check_arm_text(&template, Some(&parameters), &Options::default());
    // The password written twice is reported by its key, on a line that shows both values.
    assert!(report.diagnostics.iter().any(|d| d.code() == "AML003"));
    let files = vec![File {
        label: "azuredeploy.json".to_owned(),
        text: template.clone(),
        report,
    }];
    let out = crate::support::every_output(&files);
    assert!(
        !out.contains(secret),
        "a template's secret is shown:\n{out}"
    );
    let scratch = crate::support::Scratch::root("promises-template");
    std::fs::write(scratch.0.join("azuredeploy.json"), &template).unwrap();
    std::fs::write(scratch.0.join("azuredeploy.parameters.json"), &parameters).unwrap();
    for format in [
        "human", "concise", "json", "sarif", "github", "azure", "junit", "gitlab",
    ] {
        let path = scratch.0.join("azuredeploy.json").display().to_string();
        let args: Vec<String> = ["check", "--format", format, path.as_str()]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let (shown, code) = amlint(&args, &scratch.0, false);
        assert_eq!(code, 1, "{format}: {shown}");
        assert!(
            !shown.contains(secret),
            "{format} shows a template's secret:\n{shown}"
        );
    }
}

/// A sensitive Terraform variable's value (its default, `terraform.tfvars`, a `--var-file`), and
/// what a plan marks sensitive, in no output: every format, the command and the library.
#[test]
fn terraform_shows_no_secret() {
    let secret = "Zq8-terraform-Secret-5521";
    let main = format!(
        r#"variable "password" {{
  type      = string
  sensitive = true
  default   = "{secret}1"
}}

variable "file_password" {{
  sensitive = true
}}

resource "azurerm_machine_learning_compute_cluster" "cpu" {{
  name    = "cpu-cluster"
  vm_size = "Standard_DS3_v2"
  ssh {{
    admin_username = "azureuser"
    admin_password = var.password
  }}
}}

resource "azurerm_machine_learning_compute_cluster" "gpu" {{
  name    = "gpu-cluster"
  vm_size = "Standard_DS3_v2"
  scale_settings {{
    min_node_count = 3
    max_node_count = 2
  }}
  ssh {{
    admin_username = "azureuser"
    admin_password = var.file_password
  }}
}}
"#
    );
    let tfvars = format!("file_password = \"{secret}2\"\n");
    let module = amlint::TerraformModule::new(&[], std::slice::from_ref(&tfvars));
    let report = amlint::check_terraform_text(&main, &module, &Options::default());
    assert!(!report.diagnostics.is_empty());
    let files = vec![File {
        label: "main.tf".to_owned(),
        text: main.clone(),
        report,
    }];
    let out = crate::support::every_output(&files);
    assert!(!out.contains(secret), "a Terraform secret is shown:\n{out}");
    let scratch = crate::support::Scratch::root("promises-terraform");
    std::fs::write(scratch.0.join("main.tf"), &main).unwrap();
    std::fs::write(scratch.0.join("prod.tfvars"), &tfvars).unwrap();
    for format in [
        "human", "concise", "json", "sarif", "github", "azure", "junit", "gitlab",
    ] {
        let path = scratch.0.join("main.tf").display().to_string();
        let var_file = scratch.0.join("prod.tfvars").display().to_string();
        let args: Vec<String> = [
            "check",
            "--format",
            format,
            "--var-file",
            var_file.as_str(),
            path.as_str(),
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        let (shown, code) = amlint(&args, &scratch.0, false);
        assert_eq!(code, 1, "{format}: {shown}");
        assert!(
            !shown.contains(secret),
            "{format} shows a Terraform secret:\n{shown}"
        );
    }
}

/// A value made from a secret is one: a secure parameter or sensitive variable passed through
/// `toLower`, `upper`, `replace`, read as a member of a secure object, or a secret number (which
/// no mask can hide in a message that quotes or multiplies it) shows nowhere — templates,
/// Terraform and plans, every output.
#[test]
fn values_made_from_secrets_are_secrets() {
    let (secret, number) = ("Zq8_Derived_Secret-", "987653");
    let lower = secret.to_lowercase();
    let upper = secret.to_uppercase();
    let replaced = secret.replace("Zq8", "X");
    let template = format!(
        r#"{{
  "parameters": {{
    "p": {{ "type": "securestring", "defaultValue": "{secret}" }},
    "o": {{ "type": "secureObject", "defaultValue": {{ "n": {number}, "s": "{secret}" }} }}
  }},
  "resources": [
    {{
      "type": "Microsoft.MachineLearningServices/workspaces/computes",
      "name": "[concat('ws/', toLower(parameters('p')))]",
      "properties": {{
        "computeType": "AmlCompute",
        "properties": {{
          "vmSize": "[toUpper(parameters('o').s)]",
          "vmPriority": "[replace(parameters('p'), 'Zq8', 'X')]",
          "scaleSettings": {{ "minNodeCount": "[parameters('o').n]", "maxNodeCount": 1 }}
        }}
      }}
    }}
  ]
}}
"#
    );
    let main = format!(
        r#"variable "name" {{
  type      = string
  sensitive = true
  default   = "{secret}"
}}

variable "n" {{
  type      = number
  sensitive = true
  default   = {number}
}}

resource "azurerm_machine_learning_compute_cluster" "c" {{
  name        = lower(var.name)
  vm_size     = upper(var.name)
  vm_priority = "${{upper(var.name)}}-x"
  scale_settings {{
    min_node_count = var.n
    max_node_count = 1
  }}
}}
"#
    );
    let plan = format!(
        r#"{{
  "format_version": "1.2",
  "resource_changes": [
    {{
      "address": "azurerm_machine_learning_compute_cluster.c",
      "mode": "managed",
      "type": "azurerm_machine_learning_compute_cluster",
      "name": "c",
      "change": {{
        "actions": ["create"],
        "after": {{
          "name": "{secret}",
          "vm_size": "Standard_DS3_v2",
          "scale_settings": [{{ "min_node_count": {number}, "max_node_count": 1 }}]
        }},
        "after_sensitive": {{ "name": true, "scale_settings": [{{ "min_node_count": true }}] }}
      }}
    }}
  ]
}}
"#
    );
    let module = amlint::TerraformModule::new(&[], &[]);
    let files = vec![
        File {
            label: "azuredeploy.json".to_owned(),
            report: amlint::check_arm_text(&template, None, &Options::default()),
            text: template,
        },
        File {
            label: "main.tf".to_owned(),
            report: amlint::check_terraform_text(&main, &module, &Options::default()),
            text: main,
        },
        File {
            label: "plan.json".to_owned(),
            report: amlint::check_terraform_plan_text(&plan, &Options::default()),
            text: plan,
        },
    ];
    // Each file still has its findings (the names' `_`, the tier): masked, not dropped.
    for file in &files {
        assert!(
            file.report.diagnostics.iter().any(|d| d.code() == "AML204"),
            "{}: {:?}",
            file.label,
            file.report.diagnostics
        );
    }
    let out = crate::support::every_output(&files);
    for shown in [secret, &lower, &upper, &replaced, number] {
        assert!(!out.contains(shown), "`{shown}` is shown:\n{out}");
    }
}

/// Values under keys that name a credential without saying "password" (`storage_key`,
/// `authorization`, `conn_str`, a `pat`), and a numeric password an alias takes into a number
/// field, show nowhere.
#[test]
fn credential_names_and_numeric_secrets_show_nowhere() {
    let (secret, number) = ("Zq8-named-Secret-7731", "7654321");
    let mut text = format!(
        "name: cpu-cluster\ntype: amlcompute\nssh_settings:\n  admin_username: azureuser\n  admin_password: &n {number}\nmin_instances: *n\nmax_instances: 2\ntags:\n"
    );
    let keys = [
        "storage_key",
        "primaryKey",
        "authorization",
        "conn_str",
        "pat",
        "webhook_url",
    ];
    for (i, key) in keys.iter().enumerate() {
        text.push_str(&format!("  {key}: &k{i} {secret}{i}\n"));
    }
    // Each taken where a finding quotes it: the tier, a tag of another name.
    text.push_str("tier: *k0\n");
    let report = amlint::check_text(&text, &Options::default());
    assert!(
        report.diagnostics.iter().any(|d| d.code() == "AML103")
            && report.diagnostics.iter().any(|d| d.code() == "AML301"),
        "{:?}",
        report.diagnostics
    );
    let files = vec![File {
        label: "cluster.yml".to_owned(),
        text,
        report,
    }];
    let out = crate::support::every_output(&files);
    assert!(!out.contains(secret), "a named credential is shown:\n{out}");
    assert!(!out.contains(number), "a numeric password is shown:\n{out}");
}

/// A Terraform variable or ARM parameter whose name says it is a secret (`admin_password`,
/// `storage_account_key`, `adminPassword`, `sasToken`) holds one though it is not marked
/// `sensitive` or `secure*` (the mistake PSRule's Azure.Template.ParameterSecure flags): its
/// values, from a default, a var file or a parameter file, show nowhere, and a number it holds is
/// unknown (AML301 would quote it).
#[test]
fn secret_named_variables_and_parameters_are_secrets() {
    let (secret, number) = ("Zq8_Named_Secret-", "987657");
    let main = format!(
        r#"variable "admin_password" {{ type = string }}

variable "storage_account_key" {{ default = "{secret}2" }}

variable "node_password" {{ default = {number} }}

resource "azurerm_machine_learning_compute_cluster" "a" {{
  name    = var.admin_password
  vm_size = lower(var.storage_account_key)
  scale_settings {{
    min_node_count = var.node_password
    max_node_count = 1
  }}
}}
"#
    );
    let tfvars = format!("admin_password = \"{secret}1\"\n");
    let template = format!(
        r#"{{
  "parameters": {{
    "adminPassword": {{ "type": "string", "defaultValue": "{secret}3" }},
    "sasToken": {{ "type": "string" }},
    "nodePassword": {{ "type": "int", "defaultValue": {number} }}
  }},
  "resources": [
    {{
      "type": "Microsoft.MachineLearningServices/workspaces/computes",
      "name": "[concat('ws/', parameters('adminPassword'))]",
      "properties": {{
        "computeType": "AmlCompute",
        "properties": {{
          "vmPriority": "[toLower(parameters('sasToken'))]",
          "scaleSettings": {{ "minNodeCount": "[parameters('nodePassword')]", "maxNodeCount": 1 }}
        }}
      }}
    }}
  ]
}}
"#
    );
    let parameters = format!(r#"{{"parameters": {{"sasToken": {{"value": "{secret}4"}}}}}}"#);
    let module = amlint::TerraformModule::new(&[], std::slice::from_ref(&tfvars));
    let files = vec![
        File {
            label: "azuredeploy.json".to_owned(),
            report: amlint::check_arm_text(&template, Some(&parameters), &Options::default()),
            text: template.clone(),
        },
        File {
            label: "main.tf".to_owned(),
            report: amlint::check_terraform_text(&main, &module, &Options::default()),
            text: main.clone(),
        },
    ];
    // The findings stay (the name's `_`, the tier): masked, not dropped.
    for file in &files {
        let codes: Vec<&str> = file.report.diagnostics.iter().map(|d| d.code()).collect();
        assert!(codes.contains(&"AML204"), "{}: {codes:?}", file.label);
        assert!(!codes.contains(&"AML301"), "{}: {codes:?}", file.label);
    }
    let out = crate::support::every_output(&files);
    let lower = secret.to_lowercase();
    for shown in [secret, &lower, number] {
        assert!(!out.contains(shown), "`{shown}` is shown:\n{out}");
    }
    // The command, reading the var file and the parameter file beside them.
    let scratch = crate::support::Scratch::root("promises-secret-names");
    std::fs::write(scratch.0.join("main.tf"), &main).unwrap();
    std::fs::write(scratch.0.join("terraform.tfvars"), &tfvars).unwrap();
    std::fs::write(scratch.0.join("azuredeploy.json"), &template).unwrap();
    std::fs::write(scratch.0.join("azuredeploy.parameters.json"), &parameters).unwrap();
    for format in ["concise", "json"] {
        let args: Vec<String> = vec![
            "check".to_owned(),
            "--format".to_owned(),
            format.to_owned(),
            scratch.0.join("main.tf").display().to_string(),
            scratch.0.join("azuredeploy.json").display().to_string(),
        ];
        let (shown, code) = amlint(&args, &scratch.0, false);
        assert_eq!(code, 1, "{format}: {shown}");
        for secret in [secret, &lower, number] {
            assert!(
                !shown.contains(secret),
                "{format} shows `{secret}`:\n{shown}"
            );
        }
    }
}

/// In a `.tf` file or template that does not parse, a secret its own marks declare (a variable
/// with `sensitive = true`, before or after its default; a `secure*` parameter; a
/// secret-looking variable or parameter name) shows in no output, the code frame of AML001
/// included; the rest of the text still does.
#[test]
fn broken_iac_files_show_no_secret() {
    let secret = "Zq8_Broken_Secret-";
    let files: Vec<(&str, String)> = vec![
        (
            "a.tf",
            format!(
                "variable \"p\" {{\n  sensitive = true\n  default   = \"{secret}1\" oops\n}}\n"
            ),
        ),
        (
            "b.tf",
            format!(
                "variable \"p\" {{\n  default   = \"{secret}2\" oops\n  sensitive = (true)\n}}\n"
            ),
        ),
        (
            "c.tf",
            format!("variable \"admin_password\" {{\n  default = \"{secret}3\" oops\n}}\n"),
        ),
        (
            "d.json",
            format!(
                "{{ \"parameters\": {{ \"p\": {{ \"type\": \"securestring\",\n \"defaultValue\": \"{secret}4\" ] }} }} }}\n"
            ),
        ),
        (
            "e.json",
            format!(
                "{{ \"parameters\": {{ \"o\": {{ \"type\": \"secureObject\",\n \"defaultValue\": {{ \"n\": \"{secret}5\" ] }} }} }}\n"
            ),
        ),
        // languageVersion 2.0: a `$ref` to a secure definition, and through a chain of them.
        (
            "f.json",
            format!(
                "{{ \"languageVersion\": \"2.0\",\n \"definitions\": {{\"pw\": {{\"type\": \"securestring\"}}}},\n \"parameters\": {{ \"p\": {{ \"$ref\": \"#/definitions/pw\",\n \"defaultValue\": \"{secret}6\" ] }} }} }}\n"
            ),
        ),
        (
            "g.json",
            format!(
                "{{ \"languageVersion\": \"2.0\",\n \"parameters\": {{ \"c\": {{ \"$ref\": \"#/definitions/cfg\",\n \"defaultValue\": {{ \"name\": \"{secret}7\" ] }} }} }},\n \"definitions\": {{ \"cfg\": {{ \"type\": \"object\", \"properties\": {{ \"name\": {{ \"$ref\": \"#/definitions/pw\" }} }} }},\n \"pw\": {{\"type\": \"securestring\"}} }}\n"
            ),
        ),
    ];
    let module = amlint::TerraformModule::default();
    let files: Vec<File> = files
        .into_iter()
        .map(|(label, text)| File {
            label: label.to_owned(),
            report: if label.ends_with(".tf") {
                amlint::check_terraform_text(&text, &module, &Options::default())
            } else {
                amlint::check_arm_text(&text, None, &Options::default())
            },
            text,
        })
        .collect();
    for file in &files {
        assert!(
            file.report.diagnostics.iter().any(|d| d.code() == "AML001"),
            "{}: {:?}",
            file.label,
            file.report.diagnostics
        );
    }
    let out = crate::support::every_output(&files);
    assert!(
        !out.contains(secret),
        "a broken file's secret is shown:\n{out}"
    );
    // Keys and marks are not secrets: the frames still show what is wrong.
    for shown in ["\"defaultValue\":", "oops"] {
        assert!(out.contains(shown), "`{shown}` is hidden:\n{out}");
    }
}

/// Terraform's ways of marking a secret that the plain `sensitive = true` does not cover —
/// `(true)`, `"true"`, `ephemeral = true`, and an override file that declares the variable again
/// with its own default — keep the value out of every output.
#[test]
fn every_terraform_secret_marking_is_kept() {
    let secret = "Zq8_Marked_Secret-";
    let variables = format!(
        r#"variable "p" {{
  sensitive = true
  default   = "{secret}p"
}}
variable "q" {{
  sensitive = (true)
  default   = "{secret}q"
}}
variable "r" {{
  ephemeral = true
  default   = "{secret}r"
}}
variable "s" {{
  sensitive = "true"
  default   = "{secret}s"
}}
variable "t" {{
  sensitive = !false
  default   = "{secret}t"
}}
variable "u" {{
  sensitive = 1 == 1
  default   = "{secret}u"
}}
variable "v" {{
  sensitive = "1"
  default   = "{secret}v"
}}
variable "w" {{
  ephemeral = "${{true}}"
  default   = "{secret}w"
}}
"#
    );
    let overrides = format!("variable \"p\" {{\n  default = \"{secret}o\"\n}}\n");
    let main = r#"resource "azurerm_machine_learning_compute_cluster" "a" {
  name        = var.p
  vm_size     = "STANDARD_DS2_V2"
  vm_priority = var.q
}
resource "azurerm_machine_learning_compute_cluster" "b" {
  name        = var.r
  vm_size     = "STANDARD_DS2_V2"
  vm_priority = var.s
}
resource "azurerm_machine_learning_compute_cluster" "c" {
  name        = var.t
  vm_size     = "STANDARD_DS2_V2"
  vm_priority = var.u
}
resource "azurerm_machine_learning_compute_cluster" "d" {
  name        = var.v
  vm_size     = "STANDARD_DS2_V2"
  vm_priority = var.w
}
"#;
    let module = amlint::TerraformModule::new(&[overrides, variables], &[]);
    let report = amlint::check_terraform_text(main, &module, &Options::default());
    let count = |code: &str| {
        report
            .diagnostics
            .iter()
            .filter(|d| d.code() == code)
            .count()
    };
    assert!(
        count("AML204") == 4 && count("AML103") == 4,
        "{:?}",
        report.diagnostics
    );
    let files = vec![File {
        label: "main.tf".to_owned(),
        text: main.to_owned(),
        report,
    }];
    let out = crate::support::every_output(&files);
    assert!(!out.contains(secret), "a marked secret is shown:\n{out}");
}

/// A template's secure types as languageVersion 2.0 writes them (and Bicep for `@secure()` on a
/// type): a `$ref` to a secure definition, an object whose property is secure, inline or by
/// definition — their values, defaults and a parameter file's, show nowhere.
#[test]
fn secure_types_by_reference_are_secrets() {
    let secret = "Zq8_Typed_Secret-";
    let template = format!(
        r##"{{
  "languageVersion": "2.0",
  "definitions": {{
    "pw": {{ "type": "securestring" }},
    "cfg": {{ "type": "object", "properties": {{ "name": {{ "$ref": "#/definitions/pw" }} }} }}
  }},
  "parameters": {{
    "p": {{ "$ref": "#/definitions/pw", "defaultValue": "{secret}p" }},
    "c": {{ "$ref": "#/definitions/cfg", "defaultValue": {{ "name": "{secret}c" }} }},
    "i": {{ "type": "object", "properties": {{ "name": {{ "type": "securestring" }} }} }}
  }},
  "resources": {{
    "a": {{
      "type": "Microsoft.MachineLearningServices/workspaces/computes",
      "name": "[concat('ws/', parameters('p'))]",
      "properties": {{ "computeType": "AmlCompute", "properties": {{
        "vmPriority": "[parameters('c').name]", "vmSize": "[parameters('i').name]",
        "scaleSettings": {{ "maxNodeCount": 1 }} }} }}
    }}
  }}
}}
"##
    );
    let parameters =
        format!(r#"{{ "parameters": {{ "i": {{ "value": {{ "name": "{secret}i" }} }} }} }}"#);
    let report = amlint::check_arm_text(&template, Some(&parameters), &Options::default());
    assert!(
        report.diagnostics.iter().any(|d| d.code() == "AML204")
            && report.diagnostics.iter().any(|d| d.code() == "AML103"),
        "{:?}",
        report.diagnostics
    );
    let files = vec![File {
        label: "azuredeploy.json".to_owned(),
        text: template,
        report,
    }];
    let out = crate::support::every_output(&files);
    assert!(
        !out.contains(secret),
        "a secure type's value is shown:\n{out}"
    );
}

/// A secure value given to a nested (inner-scope) deployment's `string` parameter — what a
/// Bicep module without `@secure()` compiles to — is still a secret when the inner template
/// transforms it.
#[test]
fn secrets_given_to_nested_deployments_stay_secret() {
    let secret = "Nested_Secret_Q-";
    let lower = secret.to_lowercase();
    let template = format!(
        r#"{{ "parameters": {{ "p": {{ "type": "securestring", "defaultValue": "{secret}" }} }},
  "resources": [ {{ "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "inner",
    "properties": {{ "mode": "Incremental", "expressionEvaluationOptions": {{ "scope": "inner" }},
      "parameters": {{ "ip": {{ "value": "[parameters('p')]" }} }},
      "template": {{
        "parameters": {{ "ip": {{ "type": "string" }} }},
        "resources": [ {{ "type": "Microsoft.MachineLearningServices/workspaces/computes", "apiVersion": "2024-04-01",
          "name": "[concat('ws/', toLower(parameters('ip')))]", "location": "westeurope",
          "properties": {{ "computeType": "AmlCompute", "disableLocalAuth": true,
            "properties": {{ "vmSize": "Standard_DS3_v2", "scaleSettings": {{ "minNodeCount": 0, "maxNodeCount": 1 }} }} }} }} ] }} }} }} ] }}
"#
    );
    let report = amlint::check_arm_text(&template, None, &Options::default());
    assert!(
        report.diagnostics.iter().any(|d| d.code() == "AML204"),
        "{:?}",
        report.diagnostics
    );
    let files = vec![File {
        label: "n.json".to_owned(),
        report,
        text: template,
    }];
    let out = crate::support::every_output(&files);
    for shown in [secret, &lower] {
        assert!(!out.contains(shown), "`{shown}` is shown:\n{out}");
    }
}

/// Values under members and locals named as secrets show nowhere: a Terraform object's
/// `password`, `locals { admin_password = ... }`, a var file's `{ admin_password = ... }`, and an
/// ARM parameter file's object member `sasToken`.
#[test]
fn secret_named_members_and_locals_are_secrets() {
    let main = r#"variable "creds" { default = { password = "Mapsecret_A-" } }
locals { admin_password = "Localsecret_E-" }
variable "cfg" {}
resource "azurerm_machine_learning_compute_cluster" "b" {
  name                          = var.creds["password"]
  location                      = local.admin_password
  vm_size                       = "STANDARD_DS2_V2"
  vm_priority                   = var.cfg.admin_password
  machine_learning_workspace_id = "x"
  local_auth_enabled            = false
  scale_settings {
    min_node_count = 0
    max_node_count = 1
  }
}
"#;
    let tfvars = r#"cfg = { admin_password = "Tfvsecret_G-" }"#.to_owned();
    let module = amlint::TerraformModule::new(&[], std::slice::from_ref(&tfvars));
    let template = r#"{ "parameters": { "plainObj": { "type": "object" } },
  "resources": [ { "type": "Microsoft.MachineLearningServices/workspaces/computes", "apiVersion": "2024-04-01",
    "name": "[concat('ws/', parameters('plainObj').sasToken)]", "location": "westeurope",
    "properties": { "computeType": "AmlCompute", "disableLocalAuth": true,
      "properties": { "vmSize": "Standard_DS3_v2", "scaleSettings": { "minNodeCount": 0, "maxNodeCount": 1 } } } } ] }
"#;
    let parameters = r#"{"parameters":{"plainObj":{"value":{"sasToken":"Pfobj_Secret_E-"}}}}"#;
    let files = vec![
        File {
            label: "main.tf".to_owned(),
            report: amlint::check_terraform_text(main, &module, &Options::default()),
            text: main.to_owned(),
        },
        File {
            label: "t.json".to_owned(),
            report: amlint::check_arm_text(template, Some(parameters), &Options::default()),
            text: template.to_owned(),
        },
    ];
    for file in &files {
        assert!(
            file.report.diagnostics.iter().any(|d| d.code() == "AML204"),
            "{}: {:?}",
            file.label,
            file.report.diagnostics
        );
    }
    let out = crate::support::every_output(&files);
    for shown in [
        "Mapsecret_A-",
        "Localsecret_E-",
        "Tfvsecret_G-",
        "Pfobj_Secret_E-",
    ] {
        assert!(!out.contains(shown), "`{shown}` is shown:\n{out}");
    }
}

/// A number or flag of a variable or parameter secret only by its name (`password_length`,
/// `tokenCount`) stays known: its findings are not lost. A marked one's stays hidden.
#[test]
fn numbers_of_secret_named_variables_stay_known() {
    let main = r#"variable "password_length" {
  type    = number
  default = 5
}
resource "azurerm_machine_learning_compute_cluster" "b" {
  name                          = "abc"
  location                      = "westeurope"
  vm_size                       = "STANDARD_DS2_V2"
  machine_learning_workspace_id = "x"
  local_auth_enabled            = false
  scale_settings {
    min_node_count = var.password_length
    max_node_count = 1
  }
}
"#;
    let module = amlint::TerraformModule::new(&[], &[]);
    let report = amlint::check_terraform_text(main, &module, &Options::default());
    assert!(
        report.diagnostics.iter().any(|d| d.code() == "AML301"),
        "{:?}",
        report.diagnostics
    );
    let marked = main.replace("type    = number", "type      = number\n  sensitive = true");
    let report = amlint::check_terraform_text(&marked, &module, &Options::default());
    assert!(
        !report.diagnostics.iter().any(|d| d.code() == "AML301"),
        "{:?}",
        report.diagnostics
    );
    let template = r#"{ "parameters": { "tokenCount": { "type": "int", "defaultValue": 5 } },
  "resources": [ { "type": "Microsoft.MachineLearningServices/workspaces/computes", "apiVersion": "2024-04-01",
    "name": "ws/abc", "location": "westeurope",
    "properties": { "computeType": "AmlCompute", "disableLocalAuth": true,
      "properties": { "vmSize": "Standard_DS3_v2", "scaleSettings": { "minNodeCount": "[parameters('tokenCount')]", "maxNodeCount": 1 } } } } ] }
"#;
    let report = amlint::check_arm_text(template, None, &Options::default());
    assert!(
        report.diagnostics.iter().any(|d| d.code() == "AML301"),
        "{:?}",
        report.diagnostics
    );
}

/// Secure types inside a discriminated union (`discriminator.mapping`) and a tuple
/// (`prefixItems`), languageVersion 2.0, are secrets: defaults and parameter-file values.
#[test]
fn secure_types_in_unions_and_tuples_are_secrets() {
    let template = r##"{ "languageVersion": "2.0", "contentVersion": "1.0.0.0",
  "definitions": {
    "a": { "type": "object", "properties": { "k": { "type": "string", "allowedValues": ["a"] },
                                             "s": { "type": "securestring" } } },
    "u": { "type": "object", "discriminator": { "propertyName": "k", "mapping": { "a": { "$ref": "#/definitions/a" } } } },
    "t": { "type": "array", "prefixItems": [ { "type": "securestring" } ], "items": false } },
  "parameters": { "p": { "$ref": "#/definitions/u", "defaultValue": { "k": "a", "s": "Disc2_Secret_R-" } },
                  "q": { "$ref": "#/definitions/t", "defaultValue": [ "Tuple_Secret_R-" ] },
                  "f": { "$ref": "#/definitions/u" } },
  "resources": {
    "a": { "type": "Microsoft.MachineLearningServices/workspaces/computes", "apiVersion": "2024-04-01",
      "name": "[concat('ws/', parameters('p').s, parameters('q')[0], parameters('f').s)]", "location": "westeurope",
      "properties": { "computeType": "AmlCompute", "disableLocalAuth": true,
        "properties": { "vmSize": "Standard_DS3_v2", "scaleSettings": { "minNodeCount": 0, "maxNodeCount": 1 } } } } } }
"##;
    let parameters =
        r#"{ "parameters": { "f": { "value": { "k": "a", "s": "Pfile_Disc_Secret-" } } } }"#;
    let report = amlint::check_arm_text(template, Some(parameters), &Options::default());
    assert!(
        report.diagnostics.iter().any(|d| d.code() == "AML204"),
        "{:?}",
        report.diagnostics
    );
    let files = vec![File {
        label: "t.json".to_owned(),
        text: template.to_owned(),
        report,
    }];
    let out = crate::support::every_output(&files);
    for shown in ["Disc2_Secret_R-", "Tuple_Secret_R-", "Pfile_Disc_Secret-"] {
        assert!(!out.contains(shown), "`{shown}` is shown:\n{out}");
    }
}
