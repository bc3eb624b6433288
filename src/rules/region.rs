//! Azure regions (AML807): a `location` Azure does not know, with the nearest it does.

use super::{Scope, is_template};
use crate::kind::Kind;
use crate::rule::{Enforcement, declare_rules, dutch};

declare_rules! {
    /// `location` is not the name of an Azure region amlint knows (`westeurope`, `eastus2`;
    /// display names such as `West Europe` are read too). Azure refuses a location it does not
    /// have ("The provided location ... is not available"). A warning: Azure opens new regions,
    /// and amlint's list may not know one yet.
    ///
    /// Sources: reference §3 (location: any region), §4 (region), §10 (`location` of the size
    /// list).
    pub(crate) static REGION_UNKNOWN = {
        code: "AML807", name: "region-unknown", severity: crate::Severity::Warning, kinds: &[Kind::AmlCompute, Kind::Aks],
        enforcement: Enforcement::Semantic,
        invalid: "name: cpu-cluster\ntype: amlcompute\nlocation: westeuorpe\nmax_instances: 4\n",
        valid: "name: cpu-cluster\ntype: amlcompute\nlocation: westeurope\nmax_instances: 4\n",
        message: "`{location}` is not an Azure region amlint knows; Azure refuses a location it does not have",
        variants: &[
            ("suggest", "`{location}` is not an Azure region amlint knows; did you mean `{suggestion}`?"),
        ],
        dutch: dutch! {
            docs: "`location` is geen naam van een Azure-regio die amlint kent (`westeurope`, `eastus2`; weergavenamen zoals `West Europe` worden ook gelezen). Azure weigert een locatie die het niet heeft (\"The provided location ... is not available\"). Een waarschuwing: Azure opent nieuwe regio's, en de lijst van amlint kent er misschien nog een niet.\n\n\
                  Bronnen: naslag §3 (locatie: elke regio), §4 (regio), §10 (`location` van de groottelijst).",
            message: "`{location}` is geen Azure-regio die amlint kent; Azure weigert een locatie die het niet heeft",
            variants: &[
                ("suggest", "`{location}` is geen Azure-regio die amlint kent; bedoelde u `{suggestion}`?"),
            ],
        },
    }
}

pub(crate) fn check(ctx: &mut Scope<'_>) {
    let Some((location, node)) = ctx.str(&["location"]) else {
        return;
    };
    if is_template(location) {
        return;
    }
    let wanted = region_name(location);
    if REGIONS.binary_search(&wanted.as_str()).is_ok() {
        return;
    }
    let finding = ctx
        .at(&REGION_UNKNOWN, "/location", node.span)
        .arg("location", location);
    let finding = super::suggest(finding, "AML807.suggest", &wanted, REGIONS.iter().copied());
    ctx.emit(finding);
}

/// Whether amlint knows `location` as an Azure region, in any spelling `check` reads (`West
/// Europe` is `westeurope`); if not, the nearest region it knows, when one is near.
#[cfg(not(feature = "form"))]
pub(crate) fn known(location: &str) -> Result<(), Option<&'static str>> {
    let wanted = region_name(location);
    if REGIONS.binary_search(&wanted.as_str()).is_ok() {
        return Ok(());
    }
    Err(super::shape::closest(&wanted, REGIONS.iter().copied()))
}

/// A region as Azure names it programmatically: `West Europe` is `westeurope`.
pub(crate) fn region_name(location: &str) -> String {
    location
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Azure's public and sovereign regions by their programmatic names, sorted (a test checks).
static REGIONS: &[&str] = &[
    "australiacentral",
    "australiacentral2",
    "australiaeast",
    "australiasoutheast",
    "austriaeast",
    "belgiumcentral",
    "brazilsouth",
    "brazilsoutheast",
    "canadacentral",
    "canadaeast",
    "centralindia",
    "centralus",
    "centraluseuap",
    "chilecentral",
    "chinaeast",
    "chinaeast2",
    "chinaeast3",
    "chinanorth",
    "chinanorth2",
    "chinanorth3",
    "eastasia",
    "eastus",
    "eastus2",
    "eastus2euap",
    "francecentral",
    "francesouth",
    "germanynorth",
    "germanywestcentral",
    "indonesiacentral",
    "israelcentral",
    "italynorth",
    "japaneast",
    "japanwest",
    "jioindiacentral",
    "jioindiawest",
    "koreacentral",
    "koreasouth",
    "malaysiawest",
    "mexicocentral",
    "newzealandnorth",
    "northcentralus",
    "northeurope",
    "norwayeast",
    "norwaywest",
    "polandcentral",
    "qatarcentral",
    "southafricanorth",
    "southafricawest",
    "southcentralus",
    "southeastasia",
    "southindia",
    "spaincentral",
    "swedencentral",
    "swedensouth",
    "switzerlandnorth",
    "switzerlandwest",
    "uaecentral",
    "uaenorth",
    "uksouth",
    "ukwest",
    "usdodcentral",
    "usdodeast",
    "usgovarizona",
    "usgovtexas",
    "usgovvirginia",
    "westcentralus",
    "westeurope",
    "westindia",
    "westus",
    "westus2",
    "westus3",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_are_sorted_for_binary_search() {
        assert!(REGIONS.windows(2).all(|w| w[0] < w[1]));
    }
}
