//! Kubernetes names and quantities (AML805, AML806), held to Kubernetes' own grammars: object
//! names (RFC 1123 labels and subdomains), label keys and values, resource quantities. `az ml`
//! passes them to the cluster unchecked; the cluster refuses them later.

use super::dns::{alnum_lower, is_dns_label};
use super::{Scope, is_template};
use crate::kind::Kind;
use crate::rule::{Enforcement, declare_rules, dutch};
use crate::yaml::{Node, pointer_push};

declare_rules! {
    /// A Kubernetes object name the cluster would refuse. A `namespace` is an RFC 1123 label:
    /// at most 63 lower-case letters, digits and `-`, starting and ending with a letter or
    /// digit (`azureml`, not `AzureML` or `ml_jobs`). An instance type (a key of
    /// `properties.instanceTypes`, and `properties.defaultInstanceType`) is an object name:
    /// at most 253 lower-case letters, digits, `-` and `.`, starting and ending with a letter
    /// or digit. Azure ML creates these objects in the cluster when it attaches it or runs a
    /// job, and Kubernetes refuses other names.
    ///
    /// Sources: reference §5 (`namespace` must exist in the cluster; `properties`:
    /// `defaultInstanceType`, `instanceTypes`); Kubernetes object names and IDs (RFC 1123).
    pub(crate) static KUBERNETES_NAME_INVALID = {
        code: "AML805", name: "kubernetes-name-invalid", severity: crate::Severity::Error, kinds: &[Kind::Kubernetes],
        enforcement: Enforcement::Semantic,
        invalid: "name: k8s-compute\ntype: kubernetes\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc\nnamespace: AzureML_jobs\n",
        valid: "name: k8s-compute\ntype: kubernetes\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc\nnamespace: azureml-jobs\n",
        message: "namespace `{name}` is not a Kubernetes namespace name: at most 63 lower-case letters, digits and `-`, starting and ending with a letter or digit",
        variants: &[
            ("instance_type", "instance type `{name}` is not a Kubernetes object name: lower-case letters, digits, `-` and `.`, starting and ending with a letter or digit"),
        ],
        dutch: dutch! {
            docs: "Een Kubernetes-objectnaam die het cluster zou weigeren. Een `namespace` is een RFC 1123-label: hoogstens 63 kleine letters, cijfers en `-`, beginnend en eindigend met een letter of cijfer (`azureml`, niet `AzureML` of `ml_jobs`). Een instantietype (een sleutel van `properties.instanceTypes`, en `properties.defaultInstanceType`) is een objectnaam: hoogstens 253 kleine letters, cijfers, `-` en `.`, beginnend en eindigend met een letter of cijfer. Azure Machine Learning maakt deze objecten in het cluster wanneer het dat koppelt of een taak uitvoert, en Kubernetes weigert andere namen.\n\n\
                  Bronnen: naslag §5 (`namespace` moet in het cluster bestaan; `properties`: `defaultInstanceType`, `instanceTypes`); Kubernetes-objectnamen en -id's (RFC 1123).",
            message: "naamruimte `{name}` is geen Kubernetes-naamruimtenaam: hoogstens 63 kleine letters, cijfers en `-`, beginnend en eindigend met een letter of cijfer",
            variants: &[
                ("instance_type", "instantietype `{name}` is geen Kubernetes-objectnaam: kleine letters, cijfers, `-` en `.`, beginnend en eindigend met een letter of cijfer"),
            ],
        },
    }

    /// An instance type's resources or node selector that Kubernetes would refuse. Requests and
    /// limits are quantities: a number with an optional suffix, binary (`Ki`, `Mi`, `Gi`, `Ti`,
    /// `Pi`, `Ei`), decimal (`n`, `u`, `m`, `k`, `M`, `G`, `T`, `P`, `E`) or an exponent
    /// (`1e3`) — `500m`, `2`, `4Gi`, not `4GB` or `2 cores`. Node selector keys are label keys
    /// (an optional DNS prefix and `/`, then at most 63 letters, digits, `-`, `_` and `.`,
    /// starting and ending with a letter or digit); values are empty or the same as a key's
    /// name part.
    ///
    /// Sources: reference §5 (`properties.instanceTypes{name:{nodeSelector, resources{requests,
    /// limits}}}`); Kubernetes resource quantities and label syntax.
    pub(crate) static KUBERNETES_RESOURCE_INVALID = {
        code: "AML806", name: "kubernetes-resource-invalid", severity: crate::Severity::Error, kinds: &[Kind::Kubernetes],
        enforcement: Enforcement::Semantic,
        invalid: "name: k8s-compute\ntype: kubernetes\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc\nnamespace: azureml\nproperties:\n  instanceTypes:\n    gpu-small:\n      nodeSelector:\n        agentpool: gpu pool\n      resources:\n        requests:\n          cpu: 2 cores\n          memory: 16GB\n",
        valid: "name: k8s-compute\ntype: kubernetes\nresource_id: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc\nnamespace: azureml\nproperties:\n  instanceTypes:\n    gpu-small:\n      nodeSelector:\n        agentpool: gpupool\n      resources:\n        requests:\n          cpu: \"2\"\n          memory: 16Gi\n",
        message: "`{value}` is not a Kubernetes quantity (such as `500m`, `2` or `4Gi`)",
        variants: &[
            ("label_key", "`{key}` is not a Kubernetes label key (an optional DNS prefix and `/`, then at most 63 letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit)"),
            ("label_value", "the value `{value}` of label `{key}` is not a Kubernetes label value (at most 63 letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit)"),
        ],
        dutch: dutch! {
            docs: "De resources of knooppuntselector van een instantietype dat Kubernetes zou weigeren. Aanvragen en limieten zijn hoeveelheden: een getal met een optioneel achtervoegsel, binair (`Ki`, `Mi`, `Gi`, `Ti`, `Pi`, `Ei`), decimaal (`n`, `u`, `m`, `k`, `M`, `G`, `T`, `P`, `E`) of een exponent (`1e3`) — `500m`, `2`, `4Gi`, niet `4GB` of `2 cores`. Sleutels van de knooppuntselector zijn labelsleutels (een optioneel DNS-voorvoegsel en `/`, dan hoogstens 63 letters, cijfers, `-`, `_` en `.`, beginnend en eindigend met een letter of cijfer); waarden zijn leeg of zoals het naamdeel van een sleutel.\n\n\
                  Bronnen: naslag §5 (`properties.instanceTypes{name:{nodeSelector, resources{requests, limits}}}`); Kubernetes-resourcehoeveelheden en labelsyntaxis.",
            message: "`{value}` is geen Kubernetes-hoeveelheid (zoals `500m`, `2` of `4Gi`)",
            variants: &[
                ("label_key", "`{key}` is geen Kubernetes-labelsleutel (een optioneel DNS-voorvoegsel en `/`, dan hoogstens 63 letters, cijfers, `-`, `_` en `.`, beginnend en eindigend met een letter of cijfer)"),
                ("label_value", "de waarde `{value}` van label `{key}` is geen Kubernetes-labelwaarde (hoogstens 63 letters, cijfers, `-`, `_` en `.`, beginnend en eindigend met een letter of cijfer)"),
            ],
        },
    }
}

pub(crate) fn check(ctx: &mut Scope<'_>) {
    if let Some((namespace, node)) = ctx.str(&["namespace"])
        && !is_template(namespace)
        && !is_dns_label(namespace)
    {
        let finding = ctx
            .at(&KUBERNETES_NAME_INVALID, "/namespace", node.span)
            .arg("name", namespace);
        ctx.emit(finding);
    }
    let instance_name = |ctx: &Scope<'_>, name: &str, at: String, span| {
        (!is_template(name) && !is_dns_subdomain(name)).then(|| {
            ctx.at(&KUBERNETES_NAME_INVALID, at, span)
                .variant("AML805.instance_type")
                .arg("name", name)
        })
    };
    let mut found = Vec::new();
    if let Some((name, node)) = ctx.str(&["properties", "defaultInstanceType"]) {
        found.extend(instance_name(
            ctx,
            name,
            "/properties/defaultInstanceType".into(),
            node.span,
        ));
    }
    let types = ctx
        .get(&["properties", "instanceTypes"])
        .and_then(Node::as_map);
    for entry in types.into_iter().flatten() {
        let Some(name) = entry.key.as_str() else {
            continue;
        };
        let at = pointer_push("/properties/instanceTypes", name);
        found.extend(instance_name(ctx, name, at.clone(), entry.key.span));
        for part in ["requests", "limits"] {
            let quantities = entry
                .value
                .get_path(&["resources", part])
                .and_then(Node::as_map);
            for quantity in quantities.into_iter().flatten() {
                let text = match &quantity.value.value {
                    crate::yaml::Value::Int(_) | crate::yaml::Value::Float(_) => continue,
                    _ => quantity.value.as_str(),
                };
                let Some(text) = text.filter(|t| !is_template(t) && !is_quantity(t)) else {
                    continue;
                };
                let key = quantity.key.as_str().unwrap_or_default();
                let pointer =
                    pointer_push(&pointer_push(&pointer_push(&at, "resources"), part), key);
                found.push(
                    ctx.at(&KUBERNETES_RESOURCE_INVALID, pointer, quantity.value.span)
                        .arg("value", text),
                );
            }
        }
        let selector = entry.value.get("nodeSelector").and_then(Node::as_map);
        for label in selector.into_iter().flatten() {
            let key = label.key.as_str().unwrap_or_default();
            let pointer = pointer_push(&pointer_push(&at, "nodeSelector"), key);
            if !is_label_key(key) {
                found.push(
                    ctx.at(
                        &KUBERNETES_RESOURCE_INVALID,
                        pointer.clone(),
                        label.key.span,
                    )
                    .variant("AML806.label_key")
                    .arg("key", key),
                );
            }
            if let Some(value) = label.value.as_str()
                && !(is_template(value) || value.is_empty() || is_label_name(value))
            {
                found.push(
                    ctx.at(&KUBERNETES_RESOURCE_INVALID, pointer, label.value.span)
                        .variant("AML806.label_value")
                        .arg("key", key)
                        .arg("value", value),
                );
            }
        }
    }
    found.into_iter().for_each(|d| ctx.emit(d));
}

/// A lower-case RFC 1123 subdomain as Kubernetes reads one (`IsDNS1123Subdomain`): most object
/// names, and a label key's prefix. At most 253 characters in all; each `.`-separated part
/// lower-case letters, digits and `-`, a letter or digit at both ends — of any length: Kubernetes
/// does not hold a part to DNS's 63 (its own table accepts 253 `a`s).
fn is_dns_subdomain(text: &str) -> bool {
    text.len() <= 253
        && text.split('.').all(|part| {
            let b = part.as_bytes();
            b.first().copied().is_some_and(alnum_lower)
                && b.last().copied().is_some_and(alnum_lower)
                && b.iter().all(|c| alnum_lower(*c) || *c == b'-')
        })
}

/// A label's name part (and a label value): at most 63 of `[A-Za-z0-9_.-]`, alphanumeric at
/// both ends.
fn is_label_name(text: &str) -> bool {
    let b = text.as_bytes();
    (1..=63).contains(&b.len())
        && b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
}

/// A label key: `[prefix/]name`, the prefix a DNS subdomain.
fn is_label_key(text: &str) -> bool {
    match text.split_once('/') {
        Some((prefix, name)) => is_dns_subdomain(prefix) && is_label_name(name),
        None => is_label_name(text),
    }
}

/// A Kubernetes quantity: `[+-]number[suffix]`, the number digits with at most one `.`.
fn is_quantity(text: &str) -> bool {
    let body = text.strip_prefix(['+', '-']).unwrap_or(text);
    let digits = body
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(body.len());
    let (number, suffix) = body.split_at(digits);
    let number_ok = number.chars().filter(|c| *c == '.').count() <= 1
        && number.chars().any(|c| c.is_ascii_digit());
    let exponent = |s: &str| {
        let rest = s.strip_prefix(['e', 'E'])?;
        let rest = rest.strip_prefix(['+', '-']).unwrap_or(rest);
        Some(!rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
    };
    number_ok
        && (matches!(
            suffix,
            "" | "Ki"
                | "Mi"
                | "Gi"
                | "Ti"
                | "Pi"
                | "Ei"
                | "n"
                | "u"
                | "m"
                | "k"
                | "M"
                | "G"
                | "T"
                | "P"
                | "E"
        ) || exponent(suffix) == Some(true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kubernetes_grammars_accept_and_refuse_what_kubernetes_does() {
        assert!(is_dns_subdomain("gpu.small-1") && !is_dns_subdomain("gpu..small"));
        // A part longer than a DNS label: Kubernetes limits only the whole name.
        assert!(is_dns_subdomain(&"a".repeat(253)) && !is_dns_subdomain(&"a".repeat(254)));
        for ok in [
            "500m", "2", "4Gi", "1.5", "1e3", "+1", "0.5Ti", "100k", "1E-2",
        ] {
            assert!(is_quantity(ok), "{ok}");
        }
        for bad in ["4GB", "2 cores", "", "m", "1.2.3", "1e", "Gi", "1ki"] {
            assert!(!is_quantity(bad), "{bad}");
        }
        for ok in [
            "agentpool",
            "kubernetes.io/os",
            "node.kubernetes.io/instance-type",
            "a_b.c-d",
        ] {
            assert!(is_label_key(ok), "{ok}");
        }
        for bad in ["gpu pool", "/x", "Example.com/x", "a/", "-a"] {
            assert!(!is_label_key(bad), "{bad}");
        }
    }
}
