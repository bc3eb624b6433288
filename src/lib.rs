//! amlint checks Azure Machine Learning compute specs — the YAML files given to
//! `az ml compute create --file`, and the studio's inference and attached computes — against every
//! documented field rule, before Azure sees them.
//!
//! The core is pure: it takes text (or a parsed tree) and returns [`Diagnostic`]s, and does no IO.
//! The CLI (`src/bin/amlint`) and the WebAssembly layer only translate.
//!
//! ```
//! let report = amlint::check_text("name: ci-40986653\ntype: computeinstance\n", &amlint::Options::default());
//! assert_eq!(report.diagnostics[0].code(), "AML206");
//! ```
#![warn(clippy::print_stdout, clippy::print_stderr, missing_docs)]

// The public API is what a library user needs: the checks and their options, findings and their
// text (`report`), the rule registry, the schemas. The modules marked `doc(hidden)` are
// implementation detail kept reachable for the integration tests and fuzz targets.
pub mod apply;
mod arm;
pub mod azure_policy;
pub mod catalog;
#[cfg(feature = "config")]
pub mod config;
pub mod context;
mod diagnostic;
pub mod edit;
pub mod fix;
mod kind;
mod lint;
#[doc(hidden)]
pub mod messages;
#[doc(hidden)]
pub mod model;
mod outcome;
pub mod policy;
pub mod projection;
pub mod report;
mod resolve;
mod rule;
mod rules;
pub mod schema;
mod secrets;
pub mod size_list;
pub mod source;
mod span;
mod summary;
mod text;
mod vm_sizes;
#[cfg(any(feature = "wasm", test))]
#[doc(hidden)]
pub mod wasm;
#[doc(hidden)]
pub mod yaml;

pub use arm::bicep::may_declare_computes;
pub use arm::{linked_template, looks_like_arm};
pub use context::ContextFile;
pub use diagnostic::Diagnostic;
pub use kind::{Kind, Submission};
pub use lint::{
    BicepBuild, CrossFile, InputForm, MAX_BYTES, Options, ParameterFile, TerraformModule,
    check_arm_text, check_arm_text_with, check_bicep_text, check_bytes, check_bytes_as,
    check_bytes_with, check_files, check_node, check_size, check_terraform_bytes,
    check_terraform_plan_text, check_terraform_text, check_text, form_spec, module_file_problem,
    node_diagnostics, parameter_file_name, parameter_file_problem, read_document, stream_too_large,
    var_file_problem, write_document,
};
pub use messages::{Arg, Join, Locale};
pub use report::{DocumentSummary, FileReport};
pub use rule::{Enforcement, FILE_SEPARATOR, Input, Rule, Severity};
pub use rules::{ALWAYS_ON, GROUPS, RULES, by_code};
pub use span::Span;
pub use yaml::{Entry, Limits, Node, Value};
