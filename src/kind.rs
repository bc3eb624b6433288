//! The compute kinds amlint knows, selected by a spec's `type`.

use serde::Serialize;

use crate::model::{self, Field};

/// A compute kind. The five CLI v2 kinds keep the CLI's `type` names; the studio kinds that CLI v2
/// cannot express get amlint names (reference §4, §7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// `computeinstance`: a compute instance.
    ComputeInstance,
    /// `amlcompute`: a compute cluster.
    AmlCompute,
    /// `kubernetes`: a Kubernetes (Azure Arc or AKS) compute.
    Kubernetes,
    /// `virtualmachine`: an attached virtual machine.
    VirtualMachine,
    /// `synapsespark`: an attached Synapse Spark pool.
    SynapseSpark,
    /// `aks`: an AKS inference cluster (studio, REST and ARM only).
    Aks,
    /// `hdinsight`: an attached HDInsight cluster (studio, REST and ARM only).
    HdInsight,
    /// `databricks`: an attached Azure Databricks workspace (studio, REST and ARM only).
    Databricks,
    /// `datalakeanalytics`: an attached Data Lake Analytics account (studio, REST and ARM only).
    DataLakeAnalytics,
}

/// How a spec of this kind reaches Azure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Submission {
    /// `az ml compute create --file`.
    Create,
    /// `az ml compute attach --file`.
    Attach,
    /// Only the studio, REST or ARM; `az ml` v2 has no such type.
    StudioOnly,
}

impl Kind {
    /// Every kind, in the order docs and schemas list them.
    pub const ALL: &'static [Kind] = &[
        Kind::ComputeInstance,
        Kind::AmlCompute,
        Kind::Kubernetes,
        Kind::VirtualMachine,
        Kind::SynapseSpark,
        Kind::Aks,
        Kind::HdInsight,
        Kind::Databricks,
        Kind::DataLakeAnalytics,
    ];

    /// The value of `type` in a spec.
    #[must_use]
    pub fn type_name(self) -> &'static str {
        match self {
            Kind::ComputeInstance => "computeinstance",
            Kind::AmlCompute => "amlcompute",
            Kind::Kubernetes => "kubernetes",
            Kind::VirtualMachine => "virtualmachine",
            Kind::SynapseSpark => "synapsespark",
            Kind::Aks => "aks",
            Kind::HdInsight => "hdinsight",
            Kind::Databricks => "databricks",
            Kind::DataLakeAnalytics => "datalakeanalytics",
        }
    }

    /// What the studio calls it.
    #[must_use]
    pub fn display_name(self) -> &'static str {
        match self {
            Kind::ComputeInstance => "compute instance",
            Kind::AmlCompute => "compute cluster",
            Kind::Kubernetes => "Kubernetes compute",
            Kind::VirtualMachine => "attached virtual machine",
            Kind::SynapseSpark => "Synapse Spark pool",
            Kind::Aks => "AKS inference cluster",
            Kind::HdInsight => "HDInsight cluster",
            Kind::Databricks => "Azure Databricks",
            Kind::DataLakeAnalytics => "Data Lake Analytics",
        }
    }

    /// `type` is compared case-insensitively, as `az ml` does (reference §0).
    #[must_use]
    pub fn from_type(value: &str) -> Option<Kind> {
        Kind::ALL
            .iter()
            .copied()
            .find(|kind| crate::text::eq_ignoring_case(kind.type_name(), value))
    }

    #[must_use]
    /// How a spec of this kind reaches Azure.
    pub fn submission(self) -> Submission {
        match self {
            Kind::ComputeInstance | Kind::AmlCompute => Submission::Create,
            Kind::Kubernetes | Kind::VirtualMachine | Kind::SynapseSpark => Submission::Attach,
            Kind::Aks | Kind::HdInsight | Kind::Databricks | Kind::DataLakeAnalytics => {
                Submission::StudioOnly
            }
        }
    }

    /// The fields a spec of this kind may hold.
    #[must_use]
    pub fn fields(self) -> &'static [Field] {
        match self {
            Kind::ComputeInstance => model::instance::FIELDS,
            Kind::AmlCompute => model::cluster::FIELDS,
            Kind::Kubernetes => model::kubernetes::FIELDS,
            Kind::VirtualMachine => model::virtual_machine::FIELDS,
            Kind::SynapseSpark => model::synapse_spark::FIELDS,
            Kind::Aks => model::aks::FIELDS,
            Kind::HdInsight => model::attached::HDINSIGHT,
            Kind::Databricks => model::attached::DATABRICKS,
            Kind::DataLakeAnalytics => model::attached::DATA_LAKE_ANALYTICS,
        }
    }

    /// Where this kind's fields stand in an ARM resource and in Terraform.
    #[must_use]
    pub fn forms(self) -> &'static model::iac::Forms {
        match self {
            Kind::ComputeInstance => &model::iac::COMPUTE_INSTANCE,
            Kind::AmlCompute => &model::iac::AML_COMPUTE,
            Kind::Kubernetes => &model::iac::KUBERNETES,
            Kind::VirtualMachine => &model::iac::VIRTUAL_MACHINE,
            Kind::SynapseSpark => &model::iac::SYNAPSE_SPARK,
            Kind::Aks => &model::iac::AKS,
            Kind::HdInsight => &model::iac::HDINSIGHT,
            Kind::Databricks => &model::iac::DATABRICKS,
            Kind::DataLakeAnalytics => &model::iac::DATA_LAKE_ANALYTICS,
        }
    }

    /// The kind an ARM resource's `properties.computeType` names, compared ignoring case like
    /// `type`; `DataFactory` has no kind.
    #[must_use]
    pub fn from_compute_type(value: &str) -> Option<Kind> {
        Kind::ALL
            .iter()
            .copied()
            .find(|kind| crate::text::eq_ignoring_case(kind.forms().compute_type, value))
    }

    /// The kind a Terraform azurerm resource type declares.
    #[must_use]
    pub fn from_terraform(resource: &str) -> Option<Kind> {
        Kind::ALL
            .iter()
            .copied()
            .find(|kind| kind.forms().terraform == Some(resource))
    }

    /// Whether this kind has a top-level field of that name (as `az ml` spells it).
    #[must_use]
    pub fn has_field(self, name: &str) -> bool {
        crate::model::find(self.fields(), name).is_some()
    }

    /// The file name of the published Azure ML schema for this kind, where one exists
    /// (reference §12).
    #[must_use]
    pub fn azure_schema_file(self) -> Option<&'static str> {
        match self {
            Kind::ComputeInstance => Some("computeInstance.schema.json"),
            Kind::AmlCompute => Some("amlCompute.schema.json"),
            Kind::Kubernetes => Some("kubernetesCompute.schema.json"),
            Kind::VirtualMachine => Some("vmCompute.schema.json"),
            Kind::SynapseSpark => Some("synapseSparkCompute.schema.json"),
            _ => None,
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.type_name())
    }
}
