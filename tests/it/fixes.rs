//! Fixes: each fixable rule's before/after pair in `tests/fixtures/fixes/`, applied and checked
//! again; fixes are idempotent, edit nothing but what they fix, and keep JSON JSON.

use amlint::apply::{apply, fix_text};
use amlint::fix::Applicability;
use amlint::{Options, RULES, check_text, read_document};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fixes")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A fixture pair: the file before, the rule it fixes, and values the fixed spec holds (pointer,
/// JSON) as az ml reads it.
type Pair = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const PAIRS: &[Pair] = &[
    ("AML003.before.yml", "AML003", &[("/max_instances", "4")]),
    (
        "AML004.before.yml",
        "AML004",
        &[
            ("/idle_time_before_shutdown_minutes", "48"),
            ("/ssh_public_access_enabled", "true"),
            ("/enable_sso", "false"),
            (
                "/schedules/compute_start_stop/0/trigger/schedule/minutes/0",
                "0",
            ),
        ],
    ),
    (
        "AML104.before.yml",
        "AML104",
        &[
            ("/max_instances", "4"),
            ("/ssh_settings/admin_username", "\"azureuser\""),
        ],
    ),
    (
        "AML104-units.before.yml",
        "AML104",
        &[("/idle_time_before_shutdown_minutes", "30")],
    ),
    ("AML105.before.yml", "AML105", &[("/max_instances", "4")]),
    (
        "AML608.before.yml",
        "AML608",
        &[("/idle_time_before_shutdown_minutes", "30")],
    ),
    (
        "AML106.before.yml",
        "AML106",
        &[
            ("/max_instances", "4"),
            ("/idle_time_before_scale_down", "120"),
        ],
    ),
    (
        "AML109.before.yml",
        "AML109",
        &[
            ("/type", "\"amlcompute\""),
            ("/tier", "\"dedicated\""),
            ("/max_instances", "4"),
            ("/enable_node_public_ip", "true"),
            ("/identity/type", "\"system_assigned\""),
        ],
    ),
    (
        "AML956.before.yml",
        "AML956",
        &[("/enable_node_public_ip", "false"), ("/max_instances", "2")],
    ),
    (
        "AML109.before.json",
        "AML109",
        &[
            ("/type", "\"computeinstance\""),
            ("/idle_time_before_shutdown_minutes", "60"),
            ("/identity/type", "\"system_assigned,user_assigned\""),
        ],
    ),
];

#[test]
fn every_fixable_rule_has_a_pair_that_fixes_it() {
    let fixable: Vec<&str> = RULES
        .iter()
        .filter(|r| r.fix.is_some())
        .map(|r| r.code)
        .collect();
    let covered: Vec<&str> = PAIRS.iter().map(|(_, code, _)| *code).collect();
    for code in &fixable {
        assert!(
            covered.contains(code),
            "{code} has a fix but no fixture pair"
        );
    }
    for (before_name, code, values) in PAIRS {
        let rule = amlint::by_code(code).unwrap();
        let unsafe_fixes = rule.fix == Some(Applicability::Unsafe);
        let before = fixture(before_name);
        let after = fixture(&before_name.replace(".before.", ".after."));
        // With the context the rule's examples declare (a policy, for AML956).
        let options = crate::registry::options(rule);
        assert!(
            check_text(&before, &options)
                .diagnostics
                .iter()
                .any(|d| d.code() == *code),
            "{before_name} does not trigger {code}"
        );
        let fixed = fix_text(&before, &options, unsafe_fixes);
        assert_eq!(fixed.text, after, "{before_name}");
        assert!(fixed.fixed > 0);
        assert!(
            fixed.report.diagnostics.iter().all(|d| d.code() != *code),
            "{before_name}: {code} is left"
        );
        // Read as az ml reads it (amlint's reader is held to PyYAML), the fixed spec says what was meant.
        let document = read_document(&fixed.text, &options).unwrap();
        for (pointer, expected) in *values {
            let expected: serde_json::Value = serde_json::from_str(expected).unwrap();
            assert_eq!(
                document.pointer(pointer),
                Some(&expected),
                "{before_name} {pointer}"
            );
        }
        if before_name.ends_with(".json") {
            serde_json::from_str::<serde_json::Value>(&fixed.text).expect("still JSON");
        }
        // Applying fixes twice changes nothing.
        let again = fix_text(&fixed.text, &options, unsafe_fixes);
        assert_eq!(
            (again.fixed, again.text.as_str()),
            (0, fixed.text.as_str()),
            "{before_name}"
        );
        // Without --unsafe-fixes an unsafe fix is not applied.
        if unsafe_fixes {
            assert_ne!(
                fix_text(&before, &options, false).text,
                after,
                "{before_name}"
            );
        }
    }
}

#[test]
fn every_fix_is_as_sure_as_its_rule_says() {
    for (before_name, _, _) in PAIRS {
        for d in check_text(&fixture(before_name), &Options::default()).diagnostics {
            if let Some(fix) = &d.fix {
                assert_eq!(
                    Some(fix.applicability),
                    d.rule.fix,
                    "{} in {before_name}",
                    d.code()
                );
                assert!(
                    !fix.edits.is_empty(),
                    "{} in {before_name}: no edits",
                    d.code()
                );
            }
        }
    }
}

#[test]
fn a_fix_touching_a_secret_is_marked_and_an_unreadable_file_is_never_fixed() {
    let text = "name: cpu\ntype: amlcompute\nmax_instances: 2\nssh_settings:\n  admin_username: u\n  admin_password: on\n";
    let report = check_text(text, &Options::default());
    let fix = report
        .diagnostics
        .iter()
        .find(|d| d.code() == "AML004")
        .and_then(|d| d.fix.as_ref());
    assert!(fix.is_some_and(|f| f.secret), "{:?}", report.diagnostics);
    let broken = "name: cpu\ntype: AmlCompute\nmax_instances: [\n";
    assert!(
        check_text(broken, &Options::default())
            .diagnostics
            .iter()
            .all(|d| d.fix.is_none())
    );
}

/// A form's state is fixed as its text would be: safe fixes by default, unsafe ones when asked.
#[test]
fn a_tree_is_fixed_through_json_patch() {
    let options = Options {
        kind: Some(amlint::Kind::AmlCompute),
        ..Options::default()
    };
    let state = serde_json::json!({"name": "cpu", "tier": "Dedicated", "max_instance": 4});
    let (safe, count, left) = amlint::apply::fix_tree(&state, &options, false);
    assert_eq!(
        (safe.clone(), count),
        (
            serde_json::json!({"name": "cpu", "tier": "dedicated", "max_instance": 4}),
            1
        )
    );
    assert!(left.diagnostics.iter().any(|d| d.code() == "AML104"));
    let (all, count, _) = amlint::apply::fix_tree(&state, &options, true);
    assert_eq!(
        (all, count),
        (
            serde_json::json!({"name": "cpu", "tier": "dedicated", "max_instances": 4}),
            2
        )
    );
    assert_eq!(amlint::apply::fix_tree(&safe, &options, false).1, 0);
}

/// Spec-like YAML with spellings the safe fixes write canonically.
fn fixable_spec() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("tier: Dedicated\n".to_owned()),
        Just("tier: LOW_PRIORITY\n".to_owned()),
        Just("max_instances: \"4\"\n".to_owned()),
        Just("min_instances: 1.5\n".to_owned()),
        Just("ssh_public_access_enabled: yes\n".to_owned()),
        Just("enable_node_public_ip: \"False\"\n".to_owned()),
        Just("idle_time_before_scale_down: 0_120\n".to_owned()),
        Just("# a comment\n".to_owned()),
        Just("description: \"kept as written\"   # and this\n".to_owned()),
        Just("identity:\n  type: SystemAssigned\n".to_owned()),
        Just("tags: {team: vision, owner: 'x'}\n".to_owned()),
        "location: [a-z]{3,10}\n",
    ];
    (
        prop_oneof![Just("amlcompute"), Just("AmlCompute"), Just("AMLCOMPUTE")],
        proptest::collection::vec(line, 0..10),
    )
        .prop_map(|(kind, lines)| format!("name: cpu-cluster\ntype: {kind}\n{}", lines.concat()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// All safe fixes applied: the next pass finds nothing a safe fix would change, and every byte
    /// outside the edits is the same.
    #[test]
    fn safe_fixes_converge_and_edit_nothing_else(text in fixable_spec()) {
        let options = Options::default();
        let report = check_text(&text, &options);
        let applied = apply(&text, &report.diagnostics, false);
        // The text outside the edits, before and after.
        let mut outside_before = String::new();
        let mut outside_after = String::new();
        let (mut at, mut shift) = (0_usize, 0_isize);
        for edit in &applied.edits {
            let (start, end) = (edit.span.start as usize, edit.span.end as usize);
            outside_before.push_str(&text[at..start]);
            let new_start = (start as isize + shift) as usize;
            outside_after.push_str(&applied.text[(at as isize + shift) as usize..new_start]);
            shift += edit.replacement.len() as isize - (end - start) as isize;
            at = end;
        }
        outside_before.push_str(&text[at..]);
        outside_after.push_str(&applied.text[(at as isize + shift) as usize..]);
        prop_assert_eq!(outside_before, outside_after);
        let fixed = fix_text(&text, &options, false);
        let left = fixed.report.diagnostics.iter().filter(|d| d.fix.as_ref().is_some_and(|f| f.applies(false))).count();
        prop_assert_eq!(left, 0, "{}", fixed.text);
        prop_assert_eq!(fix_text(&fixed.text, &options, false).fixed, 0);
    }
}

/// A spec whose fixable values may carry anchors that other fields alias, comments after every
/// line, a password that looks like a fixable value (or is aliased as one), and duplicate keys.
/// Each comment is numbered, so a lost one is known.
fn hostile_spec() -> impl Strategy<Value = String> {
    let value = |choices: &'static [&'static str]| {
        proptest::sample::select(choices).prop_map(str::to_owned)
    };
    (
        value(&[
            "Dedicated",
            "dedicated",
            "LowPriority",
            "LOW_PRIORITY",
            "|-\n  Dedicated",
            ">\n  Dedicated\n",
        ]),
        value(&["\"4\"", "4", "'4'", "4.0", "4.5"]),
        value(&["yes", "On", "oN", "tRUE", "\"False\"", "no", "true"]),
        value(&[
            "Dedicated",
            "0755",
            "yes",
            "\"4\"",
            "On",
            "Hunter2-Long-Secret-Value",
        ]),
        proptest::collection::vec(any::<bool>(), 10),
    )
        .prop_map(|(tier, max, public_ip, password, flags)| {
            let mut lines: Vec<String> =
                vec!["name: cpu-cluster".into(), "type: amlcompute".into()];
            let anchor = |on: bool, name: &str| {
                if on {
                    format!("&{name} ")
                } else {
                    String::new()
                }
            };
            lines.push(format!("tier: {}{tier}", anchor(flags[0], "t")));
            lines.push(format!("max_instances: {}{max}", anchor(flags[1], "n")));
            lines.push(format!("enable_node_public_ip: {public_ip}"));
            lines.push("ssh_settings:".into());
            lines.push("  admin_username: azureuser".into());
            if flags[2] {
                // An earlier password the reader drops.
                lines.push("  admin_password: Earlier-Password-0755".into());
            }
            lines.push(format!(
                "  admin_password: {}{password}",
                anchor(flags[3], "pw")
            ));
            if flags[0] && flags[4] {
                lines.push("description: *t".into());
            }
            if flags[1] && flags[5] {
                lines.push("tags: {nodes: *n}".into());
            }
            if flags[3] && flags[6] {
                lines.push("location: *pw".into());
            }
            if flags[7] {
                lines.push(format!("tier: {tier}"));
            }
            lines
                .iter()
                .enumerate()
                .map(|(at, line)| {
                    if flags[8] || at % 2 == usize::from(flags[9]) {
                        format!("{line}  # c{at}\n")
                    } else {
                        format!("{line}\n")
                    }
                })
                .collect()
        })
}

/// A value as `az ml` reads it, for comparing what a spec means before and after a fix: enum
/// spellings in lower case, numbers from text, floats truncated (as marshmallow's `Integer`
/// does), marshmallow's booleans.
fn as_az_ml_reads(value: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(text) => {
            if let Ok(number) = text.parse::<i64>() {
                return Value::from(number);
            }
            match text.as_str() {
                "true" | "True" | "TRUE" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" => {
                    Value::Bool(true)
                }
                "false" | "False" | "FALSE" | "no" | "No" | "NO" | "off" | "Off" | "OFF" => {
                    Value::Bool(false)
                }
                _ => Value::String(text.to_lowercase().replace('_', "")),
            }
        }
        // The numbers here are integer fields, which marshmallow truncates.
        Value::Number(n) => n
            .as_f64()
            .map_or_else(|| value.clone(), |f| Value::from(f.trunc() as i64)),
        Value::Array(items) => Value::Array(items.iter().map(as_az_ml_reads).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), as_az_ml_reads(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Every safe fix keeps the file readable, every comment and every anchor and alias, what
    /// each alias means, every secret as written, and what the spec means to az ml.
    #[test]
    fn safe_fixes_keep_anchors_comments_secrets_and_meaning(text in hostile_spec()) {
        let options = Options::default();
        let fixed = fix_text(&text, &options, false);
        let before = read_document(&text, &options).unwrap();
        let after = read_document(&fixed.text, &options);
        prop_assert!(after.is_some(), "the fixed file no longer reads:\n{}\n--- from ---\n{}", fixed.text, text);
        let after = after.unwrap();
        for token in text.split_whitespace().filter(|w| w.starts_with(['#', '&', '*'])) {
            prop_assert_eq!(
                text.matches(token).count(),
                fixed.text.matches(token).count(),
                "`{}` lost:\n{}", token, fixed.text
            );
        }
        // The password lines stand as written: a safe fix never changes a secret.
        let passwords = |t: &str| t.lines().filter(|l| l.contains("admin_password")).map(str::to_owned).collect::<Vec<_>>();
        prop_assert_eq!(passwords(&text), passwords(&fixed.text));
        // What every alias stands for, and everything else as az ml reads it.
        for pointer in ["/description", "/tags/nodes", "/location", "/ssh_settings/admin_password"] {
            prop_assert_eq!(before.pointer(pointer), after.pointer(pointer), "{}:\n{}", pointer, fixed.text);
        }
        prop_assert_eq!(as_az_ml_reads(&before), as_az_ml_reads(&after), "{}", fixed.text);
    }
}

/// `idle_time_before_shutdown_minutes: 0` is unset for az ml (`if self.…_minutes:`): beside the
/// ISO field, the ISO field is what is sent, so the fix removes the minutes; alone, it is no
/// value out of range but no idle shutdown at all.
#[test]
fn zero_idle_minutes_are_read_as_az_ml_reads_them() {
    let both = "name: ci-dev\ntype: computeinstance\nidle_time_before_shutdown: PT60M\nidle_time_before_shutdown_minutes: 0\n";
    let fixed = fix_text(both, &Options::default(), false);
    assert_eq!(
        fixed.text,
        "name: ci-dev\ntype: computeinstance\nidle_time_before_shutdown: PT60M\n"
    );
    let alone = "name: ci-dev\ntype: computeinstance\nidle_time_before_shutdown_minutes: 0\n";
    let codes: Vec<String> = check_text(alone, &Options::default())
        .diagnostics
        .iter()
        .map(|d| format!("{}{}", d.code(), d.pointer))
        .collect();
    assert_eq!(codes, ["AML610/idle_time_before_shutdown_minutes"]);
}
