//! The core's own cost per spec, without CLI or WebAssembly: `cargo bench --bench core`.
//! The same 11-field cluster spec as `scripts/bench-wasm.mjs`, so the WASM numbers can be read
//! against it. Reports; asserts nothing (machines here are shared and noisy).

use std::hint::black_box;
use std::time::{Duration, Instant};

const SPEC: &str = r#"{"$schema": "https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json",
 "name": "gpu-cluster-west", "type": "amlcompute", "size": "Standard_NC4as_T4_v3", "tier": "dedicated",
 "min_instances": 0, "max_instances": 8, "idle_time_before_scale_down": 300,
 "ssh_public_access_enabled": false, "identity": {"type": "system_assigned"}, "tags": {"team": "vision"}}"#;

/// Median time per call over seven rounds of about 200 ms each.
fn per_call(mut f: impl FnMut()) -> Duration {
    let mut batch = 1u32;
    loop {
        let start = Instant::now();
        for _ in 0..batch {
            f();
        }
        if start.elapsed() > Duration::from_millis(200) {
            break;
        }
        batch *= 2;
    }
    let mut rounds: Vec<Duration> = (0..7)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..batch {
                f();
            }
            start.elapsed() / batch
        })
        .collect();
    rounds.sort();
    rounds[3]
}

fn main() {
    let options = amlint::Options::default();
    let strings = amlint::yaml::Strings::new();
    let parsed = amlint::yaml::parse(SPEC, &strings, options.limits);
    let Some(Some(tree)) = parsed.documents.into_iter().next() else {
        eprintln!("the benchmark spec does not parse");
        std::process::exit(2);
    };
    // An unknown region: the one finding that searches a table for a suggestion (AML807).
    let region = SPEC.replace(r#""tier""#, r#""location": "westeurop", "tier""#);
    let rows = [
        (
            "check_node (rules on a parsed tree)",
            per_call(|| {
                black_box(amlint::check_node(black_box(&tree), &options));
            }),
        ),
        (
            "check_text (parse YAML/JSON, then rules)",
            per_call(|| {
                black_box(amlint::check_text(black_box(SPEC), &options));
            }),
        ),
        (
            "check_text, unknown region with a suggestion (AML807)",
            per_call(|| {
                black_box(amlint::check_text(black_box(&region), &options));
            }),
        ),
    ];
    for (what, time) in rows {
        println!("{what}: {:.2} µs", time.as_secs_f64() * 1e6);
    }
    findings(&options);
    duplicates(&options);
}

/// A hostile file of one key written again and again, at three sizes up to the 1 MiB limit:
/// the time should double with the size (it grew fourfold while each duplicate searched every
/// finding before it).
fn duplicates(options: &amlint::Options) {
    for count in [15_000, 30_000, 60_000] {
        let text = format!(
            "name: cpu-cluster\ntype: amlcompute\n{}",
            "max_instances: 1\n".repeat(count)
        );
        let time = per_call(|| {
            black_box(amlint::check_text(black_box(&text), options));
        });
        println!(
            "check_text, {count} duplicate keys ({} KiB): {:.1} ms",
            text.len() / 1024,
            time.as_secs_f64() * 1e3
        );
        // The same in one flow mapping: every finding on one long line.
        let entries: Vec<String> = (0..count).map(|i| format!("k: {i}")).collect();
        let flow = format!(
            "name: cpu-cluster\ntype: amlcompute\ntags: {{{}}}\n",
            entries.join(", ")
        );
        let time = per_call(|| {
            black_box(amlint::check_text(black_box(&flow), options));
        });
        println!(
            "check_text, {count} duplicate keys in one flow mapping ({} KiB): {:.1} ms",
            flow.len() / 1024,
            time.as_secs_f64() * 1e3
        );
    }
}

/// A cluster spec with five findings (a secret among them, one with a fix): where a form state's
/// findings cost, step by step, as `validate(object)` pays for them (issue #27: findings halved the
/// npm package's throughput). No fingerprint is made for the npm package.
const FINDINGS: &str = r#"{"name": "gpu-cluster-west", "type": "amlcompute", "size": "Standard_NC4as_T4_v3",
 "tier": "Dedicated", "min_instances": 4, "max_instances": 2, "idle_time_before_scale_down": 300,
 "ssh_public_access_enabled": false, "identity": {"type": "system_assigned"}, "tags": {"team": "vision"},
 "location": "westeurope", "admin_password": "hunter2hunter2"}"#;

fn findings(options: &amlint::Options) {
    use amlint::report::{Edge, Placement, Settings};
    let strings = amlint::yaml::Strings::new();
    let tree = |text| {
        amlint::yaml::parse(text, &strings, options.limits)
            .documents
            .into_iter()
            .next()
            .flatten()
    };
    let (Some(clean), Some(found)) = (tree(SPEC), tree(FINDINGS)) else {
        eprintln!("the benchmark specs do not parse");
        std::process::exit(2);
    };
    let report = amlint::node_diagnostics(&found, options);
    let settings = Settings::default();
    let edge = Edge::without_text(&report.secrets, settings);
    let locale = settings.locale;
    // The same spec without its secret: three findings, nothing to mask.
    let plain_text = FINDINGS.replace(r#", "admin_password": "hunter2hunter2""#, "");
    let Some(plain) = tree(&plain_text) else {
        eprintln!("the benchmark specs do not parse");
        std::process::exit(2);
    };
    let plain_report = amlint::node_diagnostics(&plain, options);
    let plain_edge = Edge::without_text(&plain_report.secrets, settings);
    let rows = [
        (
            "node_diagnostics, the clean spec",
            per_call(|| {
                black_box(amlint::node_diagnostics(black_box(&clean), options));
            }),
        ),
        (
            "node_diagnostics, the spec with five findings",
            per_call(|| {
                black_box(amlint::node_diagnostics(black_box(&found), options));
            }),
        ),
        (
            "  its findings as data (Edge::data: message, params, pointer, fix)",
            per_call(|| {
                for d in &report.diagnostics {
                    black_box(edge.data(black_box(d), Placement::AsGiven));
                }
            }),
        ),
        (
            "node_diagnostics, the same without its secret (three findings)",
            per_call(|| {
                black_box(amlint::node_diagnostics(black_box(&plain), options));
            }),
        ),
        (
            "  its findings as data",
            per_call(|| {
                for d in &plain_report.diagnostics {
                    black_box(plain_edge.data(black_box(d), Placement::AsGiven));
                }
            }),
        ),
        (
            "of the five findings: the messages (templates filled)",
            per_call(|| {
                for d in &report.diagnostics {
                    black_box(black_box(d).message(locale));
                }
            }),
        ),
        (
            "of the five findings: the params (arguments worded)",
            per_call(|| {
                for d in &report.diagnostics {
                    black_box(black_box(d).params(locale));
                }
            }),
        ),
    ];
    for (what, time) in rows {
        println!("{what}: {:.2} µs", time.as_secs_f64() * 1e6);
    }
}
