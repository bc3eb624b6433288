//! DNS names (AML810): an AKS cluster's leaf domain label and CNAME, as Azure DNS reads them; and
//! the DNS label grammars other systems' names are built from.

use super::{Scope, is_template};
use crate::kind::Kind;
use crate::rule::{Enforcement, declare_rules, dutch};

declare_rules! {
    /// A domain name of an AKS cluster's SSL settings that DNS cannot hold: `leaf_domain_label`
    /// is one DNS label (letters, digits and `-`, not starting or ending with `-`), the first
    /// part of the Microsoft-provided name, to which Azure appends six characters
    /// (`<label>######.<region>.cloudapp.azure.com`), so at most 57; `cname` is a host name
    /// (labels of at most 63, joined by `.`, at most 253 characters; a leading `*.` for a
    /// wildcard certificate).
    ///
    /// Sources: reference §4 (`sslConfiguration.{cname, leafDomainLabel}`); DNS names (RFC 1123);
    /// the v1 article on securing a web service (the six appended characters).
    pub(crate) static DNS_NAME_INVALID = {
        code: "AML810", name: "dns-name-invalid", severity: crate::Severity::Error, kinds: &[Kind::Aks],
        enforcement: Enforcement::Semantic,
        invalid: "name: aks-prod
type: aks
size: Standard_D4s_v3
agent_count: 3
ssl:
  status: auto
  leaf_domain_label: scoring_prod
",
        valid: "name: aks-prod
type: aks
size: Standard_D4s_v3
agent_count: 3
ssl:
  status: auto
  leaf_domain_label: scoring-prod
",
        message: "`{name}` is not a DNS label: at most 63 letters, digits and `-`, not starting or ending with `-`",
        variants: &[
            ("cname", "`{name}` is not a host name: DNS labels (letters, digits and `-`) joined by `.`, at most 253 characters"),
            ("leaf", "`{name}` is too long for a leaf domain label: Azure appends six characters (`<label>######.<region>.cloudapp.azure.com`), so at most {max}"),
        ],
        dutch: dutch! {
            docs: "Een domeinnaam in de SSL-instellingen van een AKS-cluster die DNS niet kan bevatten: `leaf_domain_label` is één DNS-label (letters, cijfers en `-`, niet beginnend of eindigend met `-`), het eerste deel van de door Microsoft geleverde naam, waaraan Azure zes tekens toevoegt (`<label>######.<regio>.cloudapp.azure.com`), dus hoogstens 57; `cname` is een hostnaam (zulke labels, verbonden door `.`, hoogstens 253 tekens; een `*.` vooraan voor een jokertekencertificaat).\n\n\
                  Bronnen: naslag §4 (`sslConfiguration.{cname, leafDomainLabel}`); DNS-namen (RFC 1123); het v1-artikel over het beveiligen van een webservice (de zes toegevoegde tekens).",
            message: "`{name}` is geen DNS-label: hoogstens 63 letters, cijfers en `-`, niet beginnend of eindigend met `-`",
            variants: &[
                ("cname", "`{name}` is geen hostnaam: DNS-labels (letters, cijfers en `-`) verbonden door `.`, hoogstens 253 tekens"),
                ("leaf", "`{name}` is te lang voor een leaf-domeinlabel: Azure voegt zes tekens toe (`<label>######.<regio>.cloudapp.azure.com`), dus hoogstens {max}"),
            ],
        },
    }
}

pub(crate) fn check(ctx: &mut Scope<'_>) {
    let mut found = Vec::new();
    if let Some((label, node)) = ctx.str(&["ssl", "leaf_domain_label"]) {
        if !is_template(label) && !is_host_label(label) {
            found.push(
                ctx.at(&DNS_NAME_INVALID, "/ssl/leaf_domain_label", node.span)
                    .arg("name", label),
            );
        } else if !is_template(label) && label.len() > LEAF_LABEL_MAX {
            // Azure appends six characters to the label (`<label>######.<region>.cloudapp.azure.com`).
            found.push(
                ctx.at(&DNS_NAME_INVALID, "/ssl/leaf_domain_label", node.span)
                    .variant("AML810.leaf")
                    .arg("name", label)
                    .arg("max", LEAF_LABEL_MAX),
            );
        }
    }
    if let Some((cname, node)) = ctx.str(&["ssl", "cname"]) {
        let host = cname.strip_prefix("*.").unwrap_or(cname);
        let valid = host.len() <= 253 && host.split('.').all(is_host_label);
        if !(valid || is_template(cname)) {
            found.push(
                ctx.at(&DNS_NAME_INVALID, "/ssl/cname", node.span)
                    .variant("AML810.cname")
                    .arg("name", cname),
            );
        }
    }
    found.into_iter().for_each(|d| ctx.emit(d));
}

/// The longest `leaf_domain_label`: a DNS label holds 63 characters, and Azure appends six.
const LEAF_LABEL_MAX: usize = 57;

/// A lower-case ASCII letter or digit.
pub(crate) fn alnum_lower(c: u8) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit()
}

/// RFC 1123 label: a Kubernetes namespace.
pub(crate) fn is_dns_label(text: &str) -> bool {
    let b = text.as_bytes();
    (1..=63).contains(&b.len())
        && b.first().copied().is_some_and(alnum_lower)
        && b.last().copied().is_some_and(alnum_lower)
        && b.iter().all(|c| alnum_lower(*c) || *c == b'-')
}

/// A DNS label in any case: letters, digits and `-`, not at either end, at most 63.
fn is_host_label(text: &str) -> bool {
    let b = text.as_bytes();
    (1..=63).contains(&b.len())
        && b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dns_labels_follow_rfc_1123() {
        for ok in ["azureml", "a", "ns-1", "0abc"] {
            assert!(is_dns_label(ok), "{ok}");
        }
        for bad in ["", "AzureML", "ml_jobs", "-a", "a-", &"a".repeat(64)] {
            assert!(!is_dns_label(bad), "{bad}");
        }
        assert!(
            is_host_label("Scoring-01") && !is_host_label("scoring_prod") && !is_host_label("-a")
        );
    }
}
