use std::path::PathBuf;

use amlint::policy::{Level, Selection};
use amlint::report::Format;
use clap::{Parser, Subcommand, ValueEnum};

/// Checks Azure Machine Learning compute specs before Azure does.
#[derive(Debug, Parser)]
// The version and the commit it was built from (build.rs): `amlint 0.1.0 (0a1b2c3d4)`.
#[command(name = "amlint", version = env!("AMLINT_VERSION"), about, long_about = None)]
pub(crate) struct Cli {
    /// The language of messages and help: `en` or `nl`, before or after the subcommand (as each
    /// subcommand's `--lang`).
    #[arg(long, value_name = "LANG", value_parser = language)]
    pub(crate) lang: Option<amlint::Locale>,
    #[command(subcommand)]
    pub(crate) command: Command,
}

impl Cli {
    /// The subcommand, with `--lang` given before it passed on (the one after it wins).
    pub(crate) fn into_command(self) -> Command {
        let mut command = self.command;
        let Some(locale) = self.lang else {
            return command;
        };
        let lang = match &mut command {
            Command::Check(args) => &mut args.lang,
            Command::Diff(args) => &mut args.check.lang,
            Command::Rules { lang, .. } | Command::Explain { lang, .. } => lang,
            Command::Schema(args) => &mut args.lang,
            Command::Policy(args) => &mut args.lang,
            Command::Completions { .. } | Command::Man => return command,
        };
        lang.get_or_insert(locale);
        command
    }
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check spec files (YAML or JSON); folders are searched for compute specs.
    Check(CheckArgs),
    /// Check NEW as an update of OLD: every finding of `check`, and every change to a field that
    /// cannot change after creation or that `az ml compute update` cannot apply.
    Diff(DiffArgs),
    /// List every rule.
    Rules {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        /// The language: `en` or `nl` (as for `check`).
        #[arg(long, value_name = "LANG", value_parser = language)]
        lang: Option<amlint::Locale>,
    },
    /// Print the JSON Schema of a compute kind, or write every schema with --all.
    Schema(SchemaArgs),
    /// Explain one rule: what it checks, why, its sources and examples.
    Explain {
        /// A rule code (AML301) or name (min-instances-above-max).
        rule: String,
        /// The language: `en` or `nl` (as for `check`).
        #[arg(long, value_name = "LANG", value_parser = language)]
        lang: Option<amlint::Locale>,
    },
    /// Show the Azure Policy definitions `check` evaluates: from `[policy]` in the config and
    /// `--policy` files, with the severity each gives and its parameter values.
    Policy(PolicyArgs),
    /// Print a shell completion script: `amlint completions bash > /etc/bash_completion.d/amlint`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `amlint man > /usr/local/share/man/man1/amlint.1`.
    Man,
}

#[derive(Debug, clap::Args)]
pub(crate) struct CheckArgs {
    /// Files and folders to check; `-` reads standard input.
    #[arg(required = true)]
    pub(crate) paths: Vec<PathBuf>,
    /// The report format [default: human; `github` under GitHub Actions, `azure` under Azure
    /// Pipelines, unless a config file names one].
    #[arg(long, alias = "output-format", value_parser = format_name)]
    pub(crate) format: Option<Format>,
    /// Write the report to FILE instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub(crate) output_file: Option<PathBuf>,
    /// Also write a report in FORMAT to FILE (repeatable): `--report sarif=amlint.sarif`.
    #[arg(long, value_name = "FORMAT=FILE", value_parser = format_and_file)]
    pub(crate) report: Vec<(Format, PathBuf)>,
    /// Run only these rules: codes, names, group prefixes (`AML3`) or `ALL`; comma-separated.
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub(crate) select: Option<Vec<String>>,
    /// Run these rules besides the selected ones.
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub(crate) extend_select: Vec<String>,
    /// Do not run these rules.
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub(crate) ignore: Vec<String>,
    /// Set the severity of rules: `AML201=error`, `AML3=off` (repeatable).
    #[arg(long, value_name = "RULES=LEVEL", value_parser = rule_level)]
    pub(crate) severity: Vec<(String, Level)>,
    /// The least severity that fails the run [default: error].
    #[arg(long, value_name = "SEVERITY", value_parser = str::parse::<amlint::Severity>)]
    pub(crate) fail_on: Option<amlint::Severity>,
    /// Exit 0 whatever the findings (problems reading inputs still exit 2).
    #[arg(long)]
    pub(crate) exit_zero: bool,
    /// Print how often each rule fired instead of the findings.
    #[arg(long)]
    pub(crate) statistics: bool,
    /// No summary line.
    #[arg(short, long)]
    pub(crate) quiet: bool,
    /// Use this config file for every input instead of the ones found beside them.
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    pub(crate) config: Option<PathBuf>,
    /// Ignore config files.
    #[arg(long)]
    pub(crate) isolated: bool,
    /// Apply the config's `exclude` to files named on the command line too (for pre-commit).
    #[arg(long)]
    pub(crate) force_exclude: bool,
    /// What the files hold: `auto` tells an ARM template, REST body or Terraform plan from an az
    /// ml spec by its content, and reads `.tf` files as Terraform; `arm` (or `rest`: ARM
    /// templates, Bicep's JSON, REST bodies), `terraform` (`.tf`), `terraform-plan` (`terraform
    /// show -json`) and `azml` say so. A template's parameter files are read beside it (`x.json`
    /// → `x.parameters.json`) and among the files checked (those whose `metadata.template` names
    /// it); `.bicep` files are built with the Bicep CLI; a `.tf` file's module (the other `.tf`
    /// files of its folder, `terraform.tfvars`, `*.auto.tfvars`) is read with it.
    #[arg(long, value_enum, default_value = "auto", value_name = "FORM")]
    pub(crate) input: InputArg,
    /// The parameter file every template (and `.bicep` file) is checked with, instead of the
    /// ones linked to it by name (`x.parameters.json`) or by their `metadata.template`.
    #[arg(long, value_name = "FILE")]
    pub(crate) parameters: Option<PathBuf>,
    /// A Terraform variable definitions file, read after `terraform.tfvars` and `*.auto.tfvars`
    /// (as `terraform plan -var-file`); repeat it for several, the last one wins.
    #[arg(long = "var-file", value_name = "FILE")]
    pub(crate) var_files: Vec<std::path::PathBuf>,
    /// Check only files that look like compute specs, also when named on the command line (as a
    /// folder walk does; for pre-commit, which names every staged YAML file).
    #[arg(long)]
    pub(crate) specs_only: bool,
    /// Report only findings not recorded in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub(crate) baseline: Option<PathBuf>,
    /// Record today's findings in a baseline file, and report nothing.
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    pub(crate) write_baseline: Option<PathBuf>,
    /// Print the settings the run would use, and where they come from, and check nothing.
    #[arg(long)]
    pub(crate) show_settings: bool,
    /// The language of messages: `en` or `nl` [default: AMLINT_LANG, then the config's `lang`,
    /// then LC_ALL / LC_MESSAGES / LANG, then English].
    #[arg(long, value_name = "LANG", value_parser = language)]
    pub(crate) lang: Option<amlint::Locale>,
    /// When to colour the human formats (NO_COLOR turns it off too).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub(crate) color: ColorChoice,
    /// The file name to report for standard input (and to match `per-file-ignores` against).
    #[arg(long, default_value = "<stdin>")]
    pub(crate) stdin_filename: String,
    /// Apply the safe fixes to the files (atomically; a symlink's target; permissions kept), then
    /// report what is left. With `-` the fixed text goes to standard output.
    #[arg(long)]
    pub(crate) fix: bool,
    /// Apply the unsafe fixes too (renames after a "did you mean", removals): review them.
    #[arg(long)]
    pub(crate) unsafe_fixes: bool,
    /// Print what `--fix` would change as a unified diff, and change nothing.
    #[arg(long, conflicts_with = "fix")]
    pub(crate) diff: bool,
    /// Check the specs as updates of the computes these earlier specs describe (files or
    /// folders; paired by compute name; repeatable).
    #[arg(long, value_name = "PATH")]
    pub(crate) previous: Vec<PathBuf>,
    /// The workspace's computes: the output of `az ml compute list -o json`.
    #[arg(long, value_name = "FILE")]
    pub(crate) existing: Option<PathBuf>,
    /// The region's VM sizes: the output of `az ml compute list-sizes --location REGION -o json`.
    #[arg(long, value_name = "FILE")]
    pub(crate) sizes: Option<PathBuf>,
    /// Azure Policy definitions or policy sets to evaluate each spec against (JSON, as Azure
    /// and the Landing Zones library publish them; repeatable; a set after its definitions).
    #[arg(long, value_name = "FILE")]
    pub(crate) policy: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub(crate) struct PolicyArgs {
    /// What to do: `show` the policies in force.
    #[arg(value_enum)]
    pub(crate) action: PolicyAction,
    /// Use this config file instead of looking for one.
    #[arg(long, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
    /// Use no config file.
    #[arg(long, conflicts_with = "config")]
    pub(crate) isolated: bool,
    /// Azure Policy definitions or policy sets, as for `check`.
    #[arg(long, value_name = "FILE")]
    pub(crate) policy: Vec<PathBuf>,
    /// The output: `text` or `json`.
    #[arg(long, value_enum, default_value_t = PolicyFormat::Text)]
    pub(crate) format: PolicyFormat,
    /// The language: `en` or `nl` (as for `check`).
    #[arg(long, value_name = "LANG", value_parser = language)]
    pub(crate) lang: Option<amlint::Locale>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum PolicyAction {
    /// The policies in force, their severities and parameters.
    Show,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum PolicyFormat {
    Text,
    Json,
}

#[derive(Debug, clap::Args)]
pub(crate) struct DiffArgs {
    /// The spec as it was (deployed).
    pub(crate) old: PathBuf,
    #[command(flatten)]
    pub(crate) check: CheckArgs,
}

impl CheckArgs {
    /// The rule selection the flags make.
    pub(crate) fn selection(&self) -> Selection {
        Selection {
            select: self.select.clone(),
            extend_select: self.extend_select.clone(),
            ignore: self.ignore.clone(),
            severity: self.severity.clone(),
        }
    }
}

fn language(tag: &str) -> Result<amlint::Locale, String> {
    amlint::Locale::from_tag(tag).ok_or_else(|| format!("one of: {}", amlint::Locale::available()))
}

fn format_name(name: &str) -> Result<Format, String> {
    Format::parse(name).ok_or_else(|| {
        let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
        format!("one of: {}", names.join(", "))
    })
}

fn format_and_file(value: &str) -> Result<(Format, PathBuf), String> {
    let (format, file) = value
        .split_once('=')
        .ok_or_else(|| "write FORMAT=FILE, e.g. sarif=amlint.sarif".to_owned())?;
    if file.is_empty() {
        return Err("no file after `=`".to_owned());
    }
    Ok((format_name(format)?, PathBuf::from(file)))
}

fn rule_level(value: &str) -> Result<(String, Level), String> {
    let (rules, level) = value
        .split_once('=')
        .ok_or_else(|| "write RULES=LEVEL, e.g. AML201=error".to_owned())?;
    let level = Level::parse(level)
        .ok_or_else(|| format!("`{level}` is not a level; one of: error, warning, info, off"))?;
    Ok((rules.to_owned(), level))
}

#[derive(Debug, clap::Args)]
pub(crate) struct SchemaArgs {
    /// A compute kind (`amlcompute`, `computeinstance`, ...), `compute` for the schema that
    /// selects the kind by `type`, or `config` for the config file's schema.
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub(crate) kind: Option<String>,
    /// Write one file per kind plus `compute.schema.json` into --out-dir.
    #[arg(long, requires = "out_dir")]
    pub(crate) all: bool,
    #[arg(long)]
    pub(crate) out_dir: Option<PathBuf>,
    /// The language of titles and descriptions: `en` (the default, whatever the environment says:
    /// schemas are files to commit) or `nl`.
    #[arg(long, value_name = "LANG", value_parser = language)]
    pub(crate) lang: Option<amlint::Locale>,
    /// JSON Schema draft: 07 (RJSF, JSON Forms, editors) or 2020-12.
    #[arg(long, default_value = "07", value_parser = ["07", "draft-07", "2020-12", "draft-2020-12"])]
    pub(crate) draft: String,
    /// `create`, or `update` for a form that edits an existing compute: fields that cannot
    /// change after creation are `readOnly`.
    #[arg(long, default_value = "create", value_parser = ["create", "update"])]
    pub(crate) mode: String,
    /// Narrow the schema by this config's `[policy]`: what its Deny policies allow of a field
    /// becomes the field's `enum`, `maximum`, `const` or `required` (docs/policy.md).
    #[arg(long, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
    /// Narrow the schema by these Azure Policy definitions too, as `check --policy` reads them.
    #[arg(long, value_name = "FILE")]
    pub(crate) policy: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ListFormat {
    Text,
    Json,
    /// The rule reference, as committed in `docs/rules.md`.
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum InputArg {
    Auto,
    Azml,
    Arm,
    Rest,
    /// A Terraform plan as `terraform show -json` writes it.
    TerraformPlan,
    /// Terraform configuration (`.tf`).
    Terraform,
}

impl InputArg {
    pub(crate) fn form(self) -> amlint::InputForm {
        match self {
            InputArg::Auto => amlint::InputForm::Auto,
            InputArg::Azml => amlint::InputForm::Azml,
            InputArg::Arm | InputArg::Rest => amlint::InputForm::Arm,
            InputArg::TerraformPlan => amlint::InputForm::TerraformPlan,
            InputArg::Terraform => amlint::InputForm::Terraform,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The language the command line's own text (help, errors) is in: `--lang` on the command line,
/// then the environment (config files are read later, for reports).
pub(crate) fn help_locale(args: &[std::ffi::OsString]) -> amlint::Locale {
    let mut words = args.iter().filter_map(|a| a.to_str());
    let mut flag = None;
    while let Some(word) = words.next() {
        let tag = match word.strip_prefix("--lang") {
            Some("") => words.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        flag = flag.or(tag.and_then(amlint::Locale::from_tag));
    }
    crate::ui::language(flag, None).unwrap_or_default()
}

/// The command line, with its help in `locale`, clap's own words too (headings, `--help`,
/// defaults and possible values, value names; its errors are [`ClapWords`]).
pub(crate) fn command(locale: amlint::Locale) -> clap::Command {
    use amlint::messages::help_text;
    let mut command = <Cli as clap::CommandFactory>::command();
    if let Some(about) = help_text(locale, "about") {
        command = command.about(about);
    }
    if let Some(help) = help_text(locale, "lang") {
        command = command.mut_arg("lang", |arg| arg.help(help));
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in subcommands {
        command = command.mut_subcommand(&name, |mut subcommand| {
            if let Some(about) = help_text(locale, &name) {
                subcommand = subcommand.about(about);
            }
            let ids: Vec<String> = subcommand
                .get_arguments()
                .map(|a| a.get_id().to_string())
                .collect();
            for id in ids {
                // `diff` takes `check`'s flags, worded once.
                let help = help_text(locale, &format!("{name}.{id}"))
                    .or_else(|| help_text(locale, &format!("check.{id}")));
                if let Some(help) = help {
                    subcommand = subcommand.mut_arg(id, |arg| arg.help(help).long_help(help));
                }
            }
            subcommand
        });
    }
    if amlint::messages::clap_word(locale, "usage").is_some() {
        command = clap_words(command, locale, true);
        // Built, so that clap's `help` subcommand is there to word, and the usage lines (with
        // the value names in `locale`) can be rendered.
        command.build();
        let word = |id| clap_word(locale, id);
        if command.find_subcommand("help").is_some() {
            command = command.mut_subcommand("help", |help| help.about(word("help.command")));
        }
        let built = command.clone();
        command = with_usage(command, &built, locale);
    }
    command
}

/// One of clap's words in `locale`.
fn clap_word(locale: amlint::Locale, id: &str) -> &'static str {
    amlint::messages::clap_word(locale, id).unwrap_or_default()
}

/// `command` and its subcommands with clap's own words in `locale`: the headings, the help and
/// version flags, the value names, and defaults and possible values after each argument's help.
fn clap_words(mut command: clap::Command, locale: amlint::Locale, root: bool) -> clap::Command {
    use clap::{Arg, ArgAction};
    let word = |id| clap_word(locale, id);
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        word("usage")
    );
    command = command
        .help_template(template)
        .subcommand_help_heading(word("commands"))
        .subcommand_value_name(word("command"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(word("help")),
        );
    if root {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(word("version")),
        );
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        command = command.mut_arg(id, |arg| localize_arg(arg, locale));
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, |s| clap_words(s, locale, false));
    }
    command
}

/// An argument's heading, value names, default and possible values in `locale`.
fn localize_arg(mut arg: clap::Arg, locale: amlint::Locale) -> clap::Arg {
    let word = |id| clap_word(locale, id);
    let heading = if arg.is_positional() {
        word("arguments")
    } else {
        word("options")
    };
    arg = arg.help_heading(heading);
    if !arg.get_action().takes_values() {
        return arg;
    }
    let name = |english: &str| amlint::messages::value_name(locale, english);
    let names: Vec<clap::builder::Str> = match arg.get_value_names() {
        Some(names) => names
            .iter()
            .map(|n| name(n.as_str()).map_or_else(|| n.clone(), Into::into))
            .collect(),
        None => name(&arg.get_id().as_str().to_uppercase())
            .into_iter()
            .map(Into::into)
            .collect(),
    };
    let long = arg.get_long_help().is_some();
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let mut extras = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        extras.push(format!("[{}: {}]", word("default"), defaults.join(", ")));
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if !values.is_empty() && !arg.is_hide_possible_values_set() {
        extras.push(format!(
            "[{}: {}]",
            word("possible_values"),
            values.join(", ")
        ));
    }
    if !names.is_empty() {
        arg = arg.value_names(names);
    }
    if extras.is_empty() {
        return arg;
    }
    // As clap shows them: after the help on one line, or in a paragraph of their own in the long
    // help.
    if long {
        arg = arg.long_help(format!("{help}\n\n{}", extras.join("\n")));
    }
    let help = format!("{help} {}", extras.join(" "));
    arg.help(help)
        .hide_default_value(true)
        .hide_possible_values(true)
}

/// `command` with each usage line in `locale`, as `built` (the same command, built) renders it.
fn with_usage(
    mut command: clap::Command,
    built: &clap::Command,
    locale: amlint::Locale,
) -> clap::Command {
    let usage = built.clone().render_usage().to_string();
    let usage = usage
        .split_once(": ")
        .map_or(usage.as_str(), |(_, usage)| usage)
        .replace("[OPTIONS]", clap_word(locale, "options.placeholder"));
    command = command.override_usage(usage);
    for sub in built.get_subcommands() {
        command = command.mut_subcommand(sub.get_name(), |s| with_usage(s, sub, locale));
    }
    command
}

/// clap's parse errors in the run's language (`crate::ui::locale`): what clap's own formatter
/// says, worded from the catalog; for English clap's own formatter is used.
pub(crate) struct ClapWords;

impl clap::error::ErrorFormatter for ClapWords {
    fn format_error(error: &clap::error::Error<Self>) -> clap::builder::StyledStr {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        let locale = crate::ui::locale();
        let word = |id| clap_word(locale, id);
        let text = |id, args: &[(&str, &str)]| {
            args.iter()
                .fold(word(id).to_owned(), |text, (name, value)| {
                    text.replace(&format!("{{{name}}}"), value)
                })
        };
        let string = |kind| match error.get(kind) {
            Some(ContextValue::String(value)) => Some(value.as_str()),
            _ => None,
        };
        let strings = |kind| match error.get(kind) {
            Some(ContextValue::Strings(values)) => values.clone(),
            Some(ContextValue::String(value)) => vec![value.clone()],
            _ => Vec::new(),
        };
        let number = |kind| match error.get(kind) {
            Some(ContextValue::Number(n)) => n.to_string(),
            _ => String::new(),
        };
        let arg = string(ContextKind::InvalidArg).unwrap_or_default();
        let value = string(ContextKind::InvalidValue).unwrap_or_default();
        let list = |name, values: Vec<String>| {
            if values.is_empty() {
                String::new()
            } else {
                format!("\n  [{}: {}]", word(name), values.join(", "))
            }
        };
        let message = match error.kind() {
            ErrorKind::UnknownArgument => text("unknown_argument", &[("arg", arg)]),
            ErrorKind::InvalidSubcommand => text(
                "invalid_subcommand",
                &[(
                    "command",
                    string(ContextKind::InvalidSubcommand).unwrap_or_default(),
                )],
            ),
            ErrorKind::InvalidValue if value.is_empty() => text("value_required", &[("arg", arg)]),
            ErrorKind::InvalidValue => {
                text("invalid_value", &[("value", value), ("arg", arg)])
                    + &list("possible_values", strings(ContextKind::ValidValue))
            }
            ErrorKind::ValueValidation => {
                let mut message = text("invalid_value", &[("value", value), ("arg", arg)]);
                if let Some(source) = std::error::Error::source(error) {
                    message.push_str(&format!(": {source}"));
                }
                message
            }
            ErrorKind::MissingRequiredArgument => {
                let mut message = word("missing").to_owned();
                for missing in strings(ContextKind::InvalidArg) {
                    message.push_str(&format!("\n  {missing}"));
                }
                message
            }
            ErrorKind::MissingSubcommand => {
                let command = string(ContextKind::InvalidSubcommand).unwrap_or_default();
                text("missing_subcommand", &[("command", command)])
                    + &list("subcommands", strings(ContextKind::ValidSubcommand))
            }
            ErrorKind::ArgumentConflict => {
                let prior = strings(ContextKind::PriorArg);
                if prior.iter().any(|p| p == arg) {
                    text("conflict.repeated", &[("arg", arg)])
                } else if prior.is_empty() {
                    format!(
                        "{} {}",
                        text("conflict", &[("arg", arg)]),
                        word("conflict.others")
                    )
                } else {
                    let prior: Vec<String> = prior.iter().map(|p| format!("'{p}'")).collect();
                    format!("{} {}", text("conflict", &[("arg", arg)]), prior.join(", "))
                }
            }
            ErrorKind::NoEquals => text("no_equals", &[("arg", arg)]),
            ErrorKind::TooManyValues => text("too_many", &[("value", value), ("arg", arg)]),
            ErrorKind::TooFewValues => text(
                "too_few",
                &[
                    ("arg", arg),
                    ("expected", &number(ContextKind::MinValues)),
                    ("actual", &number(ContextKind::ActualNumValues)),
                ],
            ),
            ErrorKind::WrongNumberOfValues => text(
                "wrong_count",
                &[
                    ("arg", arg),
                    ("expected", &number(ContextKind::ExpectedNumValues)),
                    ("actual", &number(ContextKind::ActualNumValues)),
                ],
            ),
            _ => word("invalid").to_owned(),
        };
        let mut out = format!("{} {message}", word("error"));
        let suggestions = [
            ContextKind::SuggestedSubcommand,
            ContextKind::SuggestedArg,
            ContextKind::SuggestedValue,
        ]
        .into_iter()
        .flat_map(strings);
        for (at, suggestion) in suggestions.enumerate() {
            out.push_str(if at == 0 { "\n\n  " } else { "\n  " });
            out.push_str(&text("did_you_mean", &[("value", &suggestion)]));
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            let usage = usage.to_string();
            let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, u)| u);
            out.push_str(&format!("\n\n{} {usage}", word("usage")));
        }
        out.push_str(&format!(
            "\n\n{}\n",
            text("try_help", &[("flag", "--help")])
        ));
        out.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument a person reads help for is worded in every language, and the
    /// Dutch table names nothing the command does not have.
    #[test]
    fn every_command_and_argument_has_help_in_every_language() {
        let command = <Cli as clap::CommandFactory>::command();
        let mut ids = vec!["about".to_owned()];
        ids.extend(
            command
                .get_arguments()
                .map(|a| a.get_id().to_string())
                .filter(|id| id != "help" && id != "version"),
        );
        let check_ids: Vec<String> = command
            .find_subcommand("check")
            .into_iter()
            .flat_map(|c| c.get_arguments().map(|a| a.get_id().to_string()))
            .collect();
        for subcommand in command.get_subcommands().filter(|s| s.get_name() != "help") {
            let name = subcommand.get_name();
            ids.push(name.to_owned());
            for arg in subcommand.get_arguments() {
                let id = arg.get_id().as_str();
                let worded_by_check = name == "diff" && check_ids.iter().any(|c| c == id);
                if id != "help" && id != "version" && !worded_by_check {
                    ids.push(format!("{name}.{id}"));
                }
            }
        }
        ids.sort();
        for locale in amlint::Locale::ALL
            .iter()
            .filter(|l| **l != amlint::Locale::En)
        {
            let table: Vec<String> = amlint::messages::help_ids(*locale)
                .into_iter()
                .map(str::to_owned)
                .collect();
            assert_eq!(table, ids, "{locale:?}");
        }
    }

    #[test]
    fn the_help_language_comes_from_the_flag_first() {
        let args = |words: &[&str]| {
            words
                .iter()
                .map(std::ffi::OsString::from)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            help_locale(&args(&["amlint", "check", "--lang", "nl"])),
            amlint::Locale::Nl
        );
        assert_eq!(
            help_locale(&args(&["amlint", "check", "--lang=nl"])),
            amlint::Locale::Nl
        );
    }
}
