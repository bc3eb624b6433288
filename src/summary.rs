//! What the cross-file rules and file selection know of each document: a summary the pipeline
//! writes and the rules read, below both.

use crate::kind::Kind;
use crate::span::Span;

/// What cross-file rules need to know of each document.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentSummary {
    /// The index of the document in its file.
    pub document: usize,
    /// Its compute kind, when amlint knows it.
    pub kind: Option<Kind>,
    /// Its `name`, and where it stands.
    pub name: Option<(String, Span)>,
    /// Its `location`, when set.
    pub location: Option<String>,
    /// What its `$schema` says it is.
    pub schema: Claim,
    /// Whether it has top-level fields that belong to another Azure ML asset (a job's `command`,
    /// a deployment's `endpoint_name`, an environment's `conda_file`) and to no field of its kind.
    pub other_asset_fields: bool,
}

/// What a document's `$schema` says it is. Every Azure ML YAML names its asset there:
/// `amlCompute.schema.json`, `computeInstance.schema.json`, ... versus `commandJob.schema.json`,
/// `managedOnlineDeployment.schema.json`, `environment.schema.json`, ...
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Claim {
    /// No `$schema`, or one of neither Azure ML nor amlint.
    #[default]
    Nothing,
    /// An Azure ML compute schema (its file name names a compute), or amlint's own.
    Compute,
    /// An Azure ML schema of another asset: a job, component, deployment, environment, data, ...
    OtherAsset,
}

impl Claim {
    /// What a `$schema` URL claims.
    #[must_use]
    pub fn of(url: &str) -> Claim {
        let lower = url.to_ascii_lowercase();
        let file = lower.rsplit('/').next().unwrap_or_default();
        if lower.contains("amlint") || (lower.contains("azureml") && file.contains("compute")) {
            Claim::Compute
        } else if lower.contains("azureml") {
            Claim::OtherAsset
        } else {
            Claim::Nothing
        }
    }
}

/// Top-level fields of the other Azure ML assets (jobs, components, pipelines, endpoints,
/// deployments, environments, data, models) that no compute kind has.
pub(crate) const OTHER_ASSET_FIELDS: &[&str] = &[
    "app_insights_enabled",
    "auth_mode",
    "build",
    "code",
    "command",
    "component",
    "compute",
    "conda_file",
    "data_collector",
    "display_name",
    "distribution",
    "egress_public_network_access",
    "endpoint_name",
    "environment",
    "experiment_name",
    "inputs",
    "instance_count",
    "instance_type",
    "jobs",
    "limits",
    "liveness_probe",
    "mini_batch_size",
    "model",
    "objective",
    "outputs",
    "path",
    "readiness_probe",
    "request_settings",
    "resources",
    "sampling_algorithm",
    "scoring_script",
    "search_space",
    "settings",
    "trial",
    "version",
];

impl DocumentSummary {
    /// Whether the document is a compute spec: its `$schema` says so, or it has none that says
    /// otherwise and its `type` names a compute kind with no field of another asset beside it.
    #[must_use]
    pub fn is_compute_spec(&self) -> bool {
        match self.schema {
            Claim::Compute => true,
            Claim::OtherAsset => false,
            Claim::Nothing => self.kind.is_some() && !self.other_asset_fields,
        }
    }
}
