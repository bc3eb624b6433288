//! The core's own cost per spec, without CLI or WebAssembly: `cargo bench --bench core`.
//! The same 11-field cluster spec as `scripts/bench-wasm.mjs`, so the WASM numbers can be read
//! against it. Reports; asserts nothing (machines here are shared and noisy).

use std::hint::black_box;
use std::time::{Duration, Instant};

const SPEC: &str = r#"{"$schema": "https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json",
 "name": "gpu-cluster-west", "type": "amlcompute", "size": "Standard_NC6s_v3", "tier": "dedicated",
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
}
