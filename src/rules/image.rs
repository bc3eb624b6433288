//! Container image references (AML809), held to distribution/reference's grammar (what Docker and
//! every registry client parse) and go-digest's digests.

use super::dns::alnum_lower;
use super::{Scope, is_template};
use crate::kind::Kind;
use crate::rule::{Enforcement, declare_rules, dutch};
use crate::yaml::{Node, pointer_push};

declare_rules! {
    /// A custom application's `image.reference` that is not a container image reference:
    /// `[registry[:port]/]repository[:tag][@digest]`, the repository in lower case
    /// (`ghcr.io/org/rstudio:4.3`, `rocker/rstudio@sha256:...`), a digest as go-digest reads
    /// it (`sha256` with exactly 64 lower-case hex digits), and not 64 hex digits alone (an
    /// image ID, which Docker does not pull as a name). Docker refuses
    /// to pull anything else ("invalid reference format"), and the application never starts. A
    /// first part with an upper-case letter (`Rocker/rstudio`) is read as a registry host
    /// (distribution/reference's `splitDockerDomain`), which will not resolve.
    ///
    /// Sources: reference §9.3 (`image.reference`: docker image reference, no check);
    /// distribution/reference (`ParseNormalizedNamed`, what Docker reads a name to pull with)
    /// and go-digest, held to their own test tables.
    pub(crate) static IMAGE_REFERENCE_INVALID = {
        code: "AML809", name: "image-reference-invalid", severity: crate::Severity::Error, kinds: &[Kind::ComputeInstance],
        enforcement: Enforcement::Semantic,
        invalid: "name: ci-alice\ntype: computeinstance\nidle_time_before_shutdown_minutes: 60\ncustom_applications:\n  - name: rstudio\n    image:\n      reference: Rocker/RStudio:latest\n    endpoints:\n      - target: 8787\n        published: 8788\n",
        valid: "name: ci-alice\ntype: computeinstance\nidle_time_before_shutdown_minutes: 60\ncustom_applications:\n  - name: rstudio\n    image:\n      reference: rocker/rstudio:latest\n    endpoints:\n      - target: 8787\n        published: 8788\n",
        message: "`{value}` is not a container image reference (`[registry/]repository[:tag][@digest]`, the repository in lower case); Docker refuses it (\"invalid reference format\")",
        variants: &[
            ("host", "`{value}` names `{host}` as its registry: Docker reads a first part with an upper-case letter as a host name, which will not resolve; write the repository in lower case"),
        ],
        dutch: dutch! {
            docs: "Een `image.reference` van een aangepaste toepassing die geen verwijzing naar een containerinstallatiekopie is: `[register[:poort]/]opslagplaats[:tag][@digest]`, de opslagplaats in kleine letters (`ghcr.io/org/rstudio:4.3`, `rocker/rstudio@sha256:...`), een digest zoals go-digest die leest (`sha256` met precies 64 hexadecimale cijfers in kleine letters), en niet alleen 64 hexadecimale cijfers (een id van een installatiekopie, die Docker niet als naam ophaalt). Docker weigert al het andere op te halen (\"invalid reference format\"), en de toepassing start nooit. Een eerste deel met een hoofdletter (`Rocker/rstudio`) wordt gelezen als registerhost (`splitDockerDomain` van distribution/reference), en die wordt niet gevonden.\n\n\
                  Bronnen: naslag §9.3 (`image.reference`: docker-verwijzing naar een installatiekopie, geen controle); distribution/reference (`ParseNormalizedNamed`, waarmee Docker een op te halen naam leest) en go-digest, getoetst aan hun eigen testtabellen.",
            message: "`{value}` is geen verwijzing naar een containerinstallatiekopie (`[register/]opslagplaats[:tag][@digest]`, de opslagplaats in kleine letters); Docker weigert hem (\"invalid reference format\")",
            variants: &[
                ("host", "`{value}` noemt `{host}` als register: Docker leest een eerste deel met een hoofdletter als hostnaam, en die wordt niet gevonden; schrijf de opslagplaats in kleine letters"),
            ],
        },
    }
}

pub(crate) fn check(ctx: &mut Scope<'_>) {
    let apps = ctx.get(&["custom_applications"]).and_then(Node::as_seq);
    let mut found = Vec::new();
    for (i, app) in apps.into_iter().flatten().enumerate() {
        let Some(node) = app.get_path(&["image", "reference"]) else {
            continue;
        };
        let Some(reference) = node.as_str() else {
            continue;
        };
        if is_template(reference) {
            continue;
        }
        // Valid, but its upper-case first part names a registry host that will not resolve.
        let upper_host = reference.split_once('/').is_some_and(|(first, _)| {
            first.bytes().any(|c| c.is_ascii_uppercase()) && !first.contains(['.', ':'])
        });
        if is_image_reference(reference) && !upper_host {
            continue;
        }
        let at = pointer_push(
            &pointer_push(
                &pointer_push("/custom_applications", &i.to_string()),
                "image",
            ),
            "reference",
        );
        let finding = ctx
            .at(&IMAGE_REFERENCE_INVALID, at, node.span)
            .arg("value", reference);
        found.push(if is_image_reference(reference) {
            let host = reference.split_once('/').map_or("", |(first, _)| first);
            finding.variant("AML809.host").arg("host", host)
        } else {
            finding
        });
    }
    found.into_iter().for_each(|d| ctx.emit(d));
}

/// A container image reference: `[registry[:port]/]path[:tag][@algorithm:digest]`.
fn is_image_reference(text: &str) -> bool {
    // 64 hex digits alone are an image ID, not a name: `ParseNormalizedNamed`, which Docker reads
    // a name to pull with, refuses them ("cannot specify 64-byte hexadecimal strings").
    if text.len() == 64
        && text
            .bytes()
            .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c))
    {
        return false;
    }
    let (name, digest) = match text.split_once('@') {
        Some((name, digest)) => (name, Some(digest)),
        None => (text, None),
    };
    if let Some(digest) = digest {
        let Some((algorithm, hex)) = digest.split_once(':') else {
            return false;
        };
        let algorithm_ok = !algorithm.is_empty()
            && algorithm
                .bytes()
                .all(|c| alnum_lower(c) || matches!(c, b'+' | b'.' | b'_' | b'-'));
        // As distribution/reference's own table reads digests: go-digest v1.0.0 (which it pins)
        // with only crypto/sha256 linked, so sha256 alone, exactly 64 lower-case hex digits
        // (`^[a-f0-9]{64}$`); any other algorithm is "unsupported digest algorithm". go-digest
        // now registers sha512 by default, sha384 and blake3 only when a program asks
        // (tests/fixtures/owners/go-digest.json: the rows amlint refuses, and why).
        let length = match algorithm {
            "sha256" => 64,
            _ => return false,
        };
        let hex_ok = hex.len() == length
            && hex
                .bytes()
                .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c));
        if !algorithm_ok || !hex_ok {
            return false;
        }
    }
    // The tag is after the last `:` that follows the last `/` (a registry's port has a `/` after it).
    let last_slash = name.rfind('/').map_or(0, |at| at + 1);
    let (repository, tag) = match name[last_slash..].rfind(':') {
        Some(at) => (&name[..last_slash + at], Some(&name[last_slash + at + 1..])),
        None => (name, None),
    };
    if let Some(tag) = tag {
        let b = tag.as_bytes();
        let ok = (1..=128).contains(&b.len())
            && b.first()
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
            && b.iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'));
        if !ok {
            return false;
        }
    }
    let mut parts: Vec<&str> = repository.split('/').collect();
    // A first part with a `.` or `:`, `localhost`, or any upper-case letter is a registry host
    // (distribution/reference's `splitDockerDomain`: `Docker/docker` is valid, its host `Docker`).
    if parts.len() > 1 {
        let first = parts[0];
        if first.contains(['.', ':'])
            || first == "localhost"
            || first.bytes().any(|c| c.is_ascii_uppercase())
        {
            if !is_registry_host(first) {
                return false;
            }
            parts.remove(0);
        }
        // The name without its host holds at most 255 characters (`NameTotalLengthMax`).
        if parts.iter().map(|p| p.len() + 1).sum::<usize>() > 256 {
            return false;
        }
    }
    !parts.is_empty() && parts.iter().all(|part| is_path_component(part))
}

/// A registry host as distribution/reference's `domainAndPort` reads it: a domain name (labels of
/// letters, digits and `-`, a letter or digit at both ends, joined by `.`) or an IPv6 address in
/// brackets (`[2001:db8::1]`: hex digits and `:`), then an optional `:` and port digits.
fn is_registry_host(text: &str) -> bool {
    let (host_ok, port) = match text.strip_prefix('[') {
        Some(rest) => {
            let Some((address, after)) = rest.split_once(']') else {
                return false;
            };
            let ok =
                !address.is_empty() && address.bytes().all(|c| c.is_ascii_hexdigit() || c == b':');
            let port = match after {
                "" => None,
                _ => match after.strip_prefix(':') {
                    Some(port) => Some(port),
                    None => return false,
                },
            };
            (ok, port)
        }
        None => {
            let (host, port) = match text.split_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (text, None),
            };
            let ok = host.split('.').all(|label| {
                let b = label.as_bytes();
                b.first().is_some_and(u8::is_ascii_alphanumeric)
                    && b.last().is_some_and(u8::is_ascii_alphanumeric)
                    && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
            });
            (ok, port)
        }
    };
    host_ok && port.is_none_or(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
}

/// A repository path component: lower-case letters and digits, separated by `.`, `_`, `__` or
/// runs of `-`.
fn is_path_component(part: &str) -> bool {
    let b = part.as_bytes();
    if !b.first().copied().is_some_and(alnum_lower) || !b.last().copied().is_some_and(alnum_lower) {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        if alnum_lower(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && !alnum_lower(b[i]) {
            i += 1;
        }
        let separator = &part[start..i];
        if !(separator == "."
            || separator == "_"
            || separator == "__"
            || separator.bytes().all(|c| c == b'-'))
        {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_references_follow_distribution() {
        for ok in [
            "rocker/rstudio:latest",
            "ghcr.io/org/rstudio:4.3",
            "localhost:5000/tools/app",
            "myregistry.azurecr.io/ml/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "ubuntu",
            "my__repo/a-b--c",
            "[fc00::1]:5000/docker",
            "docker.io/1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a",
        ] {
            assert!(is_image_reference(ok), "{ok}");
        }
        for bad in [
            "Rocker/RStudio:latest",
            "rocker/rstudio:",
            "rocker rstudio",
            "rocker//rstudio",
            "rocker/rstudio@sha256:xyz",
            // go-digest: sha256 is exactly 64 lower-case hex digits.
            "rocker/rstudio@sha256:0123456789abcdef0123456789abcdef01234567",
            "rocker/rstudio@sha256:0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF",
            "rocker/rstudio@md5:0123456789abcdef0123456789abcdef",
            "-rocker/rstudio",
            "rocker/rstudio:-tag",
            // A host label starts and ends with a letter or digit; a port has digits.
            "-docker.io/docker/docker",
            "dock-.er/docker",
            "localhost:/app",
            "[fc00::1]:/app",
            // An image ID is not a name (normalize_test.go).
            "1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a",
        ] {
            assert!(!is_image_reference(bad), "{bad}");
        }
    }
}
