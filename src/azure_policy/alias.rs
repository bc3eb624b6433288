//! The aliases of `Microsoft.MachineLearningServices/workspaces/computes` amlint resolves, each to
//! the property path it names in the ARM resource, with where the alias is published.
//!
//! An alias is Azure's name for a property path (Azure Policy docs, definition-structure-alias);
//! Azure lists them with `az provider show --namespace Microsoft.MachineLearningServices --expand
//! "resourceTypes/aliases"`. This table holds those a published definition uses; an alias outside
//! it is reported as not evaluated, never read as absent.

/// The resource type of an Azure ML compute.
pub const COMPUTES: &str = "Microsoft.MachineLearningServices/workspaces/computes";

/// What a spec can say of an alias's property.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AliasStatus {
    /// The request states it (or leaves it out): evaluated before deployment.
    Stated,
    /// Azure fills it in after creation: no spec states it, so a policy on it is judged only
    /// by Azure, on the deployed resource.
    AzureSets,
}

/// One alias.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alias {
    /// The alias after `Microsoft.MachineLearningServices/workspaces/computes/`.
    pub name: &'static str,
    /// The property path in the ARM resource, segments separated by `.`.
    pub path: &'static str,
    /// Whether a spec states it.
    pub status: AliasStatus,
    /// An ISO 8601 duration: the same time may be written in several ways.
    pub duration: bool,
    /// Where the alias is published: a definition of Azure/azure-policy
    /// (`built-in-policies/policyDefinitions/Machine Learning/`) or of the Azure Landing Zones
    /// library (`platform/alz/policy_definitions/`), both copied in `vendored/` beside this file.
    pub source: &'static str,
}

const fn stated(name: &'static str, path: &'static str, source: &'static str) -> Alias {
    Alias {
        name,
        path,
        status: AliasStatus::Stated,
        duration: false,
        source,
    }
}

/// Every alias amlint resolves.
pub const ALIASES: &[Alias] = &[
    stated(
        "computeType",
        "properties.computeType",
        "every vendored definition (e.g. Vnet_Audit.json)",
    ),
    stated(
        "disableLocalAuth",
        "properties.disableLocalAuth",
        "DisableLocalAuth_Audit.json, DisableLocalAuth_Modify.json",
    ),
    stated(
        "resourceId",
        "properties.resourceId",
        "Deny-MachineLearning-Aks.alz_policy_definition.json",
    ),
    stated(
        "vmSize",
        "properties.properties.vmSize",
        "Deny-MachineLearning-Compute-VmSize.alz_policy_definition.json",
    ),
    stated(
        "scaleSettings.maxNodeCount",
        "properties.properties.scaleSettings.maxNodeCount",
        "Deny-MachineLearning-ComputeCluster-Scale.alz_policy_definition.json",
    ),
    stated(
        "scaleSettings.minNodeCount",
        "properties.properties.scaleSettings.minNodeCount",
        "Deny-MachineLearning-ComputeCluster-Scale.alz_policy_definition.json",
    ),
    Alias {
        duration: true,
        ..stated(
            "scaleSettings.nodeIdleTimeBeforeScaleDown",
            "properties.properties.scaleSettings.nodeIdleTimeBeforeScaleDown",
            "Deny-MachineLearning-ComputeCluster-Scale.alz_policy_definition.json",
        )
    },
    stated(
        "subnet.id",
        "properties.properties.subnet.id",
        "Vnet_Audit.json; Deny-MachineLearning-Compute-SubnetId.alz_policy_definition.json",
    ),
    stated(
        "remoteLoginPortPublicAccess",
        "properties.properties.remoteLoginPortPublicAccess",
        "Deny-MachineLearning-ComputeCluster-RemoteLoginPortPublicAccess.alz_policy_definition.json",
    ),
    Alias {
        duration: true,
        ..stated(
            "idleTimeBeforeShutdown",
            "properties.properties.idleTimeBeforeShutdown",
            "IdleShutdown_Audit.json",
        )
    },
    stated(
        "enableNodePublicIP",
        "properties.properties.enableNodePublicIp",
        "MicrosoftDocs/azure-docs, the Azure ML and Foundry hub Azure Policy how-tos (custom definition denying public IPs)",
    ),
    Alias {
        status: AliasStatus::AzureSets,
        ..stated(
            "osImageMetadata.isLatestOsImageVersion",
            "properties.properties.osImageMetadata.isLatestOsImageVersion",
            "ComputeInstanceUpdates_Audit.json",
        )
    },
];

/// The alias a field names, if amlint knows it (alias names compare without regard to case).
#[must_use]
pub(crate) fn find(field: &str) -> Option<&'static Alias> {
    let (prefix, name) = field.split_at_checked(COMPUTES.len())?;
    let name = name.strip_prefix('/')?;
    if !prefix.eq_ignore_ascii_case(COMPUTES) {
        return None;
    }
    ALIASES.iter().find(|a| a.name.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_resolve_without_regard_to_case() {
        let alias = find("microsoft.machinelearningservices/workspaces/computes/VMSIZE");
        assert_eq!(alias.map(|a| a.path), Some("properties.properties.vmSize"));
        assert!(find("Microsoft.Compute/virtualMachines/sku.name").is_none());
        assert!(find("Microsoft.MachineLearningServices/workspaces/computes/nothing").is_none());
        assert!(find("Microsoft.MachineLearningServices/workspaces/computes").is_none());
    }
}
