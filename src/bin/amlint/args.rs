use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Checks Azure Machine Learning compute specs before Azure does.
#[derive(Debug, Parser)]
#[command(name = "amlint", version, about, long_about = None)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check spec files (YAML or JSON); folders are searched for compute specs.
    Check(CheckArgs),
    /// List every rule.
    Rules {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Print the JSON Schema of a compute kind, or write every schema with --all.
    Schema(SchemaArgs),
    /// Explain one rule: what it checks, why, its sources and examples.
    Explain {
        /// A rule code (AML301) or name (min-instances-above-max).
        rule: String,
    },
}

#[derive(Debug, clap::Args)]
pub(crate) struct CheckArgs {
    /// Files and folders to check; `-` reads standard input.
    #[arg(required = true)]
    pub(crate) paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub(crate) format: Format,
    /// When to colour the human format (NO_COLOR turns it off too).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub(crate) color: ColorChoice,
    /// The file name to report for standard input.
    #[arg(long, default_value = "<stdin>")]
    pub(crate) stdin_filename: String,
}

#[derive(Debug, clap::Args)]
pub(crate) struct SchemaArgs {
    /// A compute kind (`amlcompute`, `computeinstance`, ...), or `compute` for the schema that
    /// selects the kind by `type`.
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub(crate) kind: Option<String>,
    /// Write one file per kind plus `compute.schema.json` into --out-dir.
    #[arg(long, requires = "out_dir")]
    pub(crate) all: bool,
    #[arg(long)]
    pub(crate) out_dir: Option<PathBuf>,
    /// JSON Schema draft: 07 (RJSF, JSON Forms, editors) or 2020-12.
    #[arg(long, default_value = "07", value_parser = ["07", "draft-07", "2020-12", "draft-2020-12"])]
    pub(crate) draft: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// `path:line:col: severity[CODE] message`, the source line and a caret.
    Human,
    /// One JSON document with every file and a summary.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ListFormat {
    Text,
    Json,
    /// The rule reference, as committed in `docs/rules.md`.
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}
