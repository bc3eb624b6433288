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
        let options = Options::default();
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
