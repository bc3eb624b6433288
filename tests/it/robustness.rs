//! Hostile and random input: never a panic, never a hang, always a diagnostic with a sane span.

use amlint::report::{Edge, File, Settings};
use amlint::source::Encoding;
use amlint::yaml::{Limits, Node, Strings, Value, parse};
use amlint::{FileReport, Options, check_bytes, check_files, check_text};
use proptest::prelude::*;

fn assert_sane(text_len: usize, report: &FileReport) {
    for d in &report.diagnostics {
        if let Some(span) = d.span {
            assert!(
                span.start <= span.end && span.end as usize <= text_len + 1,
                "{} span {span:?} outside {text_len}",
                d.code()
            );
        }
        let _ = d.message(amlint::Locale::En);
    }
}

fn codes(report: &FileReport) -> Vec<&'static str> {
    report.diagnostics.iter().map(|d| d.code()).collect()
}

#[test]
fn hostile_files_get_a_diagnostic() {
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", b"".to_vec(), "AML007"),
        ("whitespace", b"  \n\n".to_vec(), "AML007"),
        ("binary", vec![0x7f, b'E', b'L', b'F', 0, 1, 2, 0], "AML006"),
        (
            "latin-1",
            b"name: caf\xe9\ntype: amlcompute\n".to_vec(),
            "AML006",
        ),
        ("utf-16", b"\xff\xfen\x00a\x00".to_vec(), "AML006"),
        ("deep flow", "[".repeat(100_000).into_bytes(), "AML008"),
        (
            "deep block",
            (0..200)
                .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
                .collect::<String>()
                .into_bytes(),
            "AML008",
        ),
        ("scalar root", b"just text\n".to_vec(), "AML009"),
        (
            "unknown tag",
            b"name: !!python/object:os.system x\ntype: amlcompute\n".to_vec(),
            "AML001",
        ),
        ("bad merge", b"a: 1\n<<: 3\n".to_vec(), "AML001"),
        (
            "tab indent",
            b"name: x\ntype: amlcompute\nssh_settings:\n\tadmin_username: u\n".to_vec(),
            "AML001",
        ),
    ];
    for (what, bytes, code) in cases {
        let report = check_bytes(&bytes, &Options::default());
        assert!(
            codes(&report).contains(&code),
            "{what}: expected {code}, got {:?}",
            codes(&report)
        );
        assert_sane(bytes.len(), &report);
    }
}

#[test]
fn alias_bombs_are_stopped() {
    let mut text = String::from(
        "name: bomb\ntype: kubernetes\nresource_id: x\nproperties:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
    );
    for i in 1..10 {
        let p = i - 1;
        text.push_str(&format!(
            "  a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let report = check_text(&text, &Options::default());
    assert!(codes(&report).contains(&"AML008"), "{:?}", codes(&report));
}

#[test]
fn a_huge_single_line_is_handled() {
    let text = format!(
        "name: cpu-cluster\ntype: amlcompute\ndescription: {}\n",
        "y".repeat(900_000)
    );
    let report = check_text(&text, &Options::default());
    assert_sane(text.len(), &report);
    assert!(
        report
            .diagnostics
            .iter()
            .all(|d| d.severity != amlint::Severity::Error)
    );
}

/// Many tabs, each inside one of many quoted values, then one outside: the tab check looks each
/// up among the quoted spans by bisection, not by a scan per tab (which grows with the square of
/// the file: 9 s against 0.5 s for this one in a debug build).
#[test]
fn many_tabs_in_many_quoted_values_stay_cheap() {
    let mut text = String::from("name: cpu-cluster\ntype: amlcompute\ntags:\n");
    for i in 0..40_000 {
        text.push_str(&format!("  k{i}: \"a\tb\"\n"));
    }
    text.push_str("description: x\t\n");
    let report = check_text(&text, &Options::default());
    assert_sane(text.len(), &report);
    let tabs: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.message(amlint::Locale::En).contains("allows a tab only"))
        .collect();
    assert_eq!(tabs.len(), 1, "{tabs:?}");
    assert_eq!(tabs[0].span.map(|s| s.end as usize), Some(text.len() - 1));
}

/// Files PyYAML (so `az ml`) cannot load, or loads differently, although YAML 1.2 readers take them:
/// each was loaded with PyYAML 6.0.3 to confirm. Written the safe way, each passes.
#[test]
fn what_pyyaml_refuses_is_an_error_and_the_safe_spelling_passes() {
    let spec = "name: cpu-cluster\ntype: amlcompute\nmax_instances: 2\n";
    let cases = [
        (
            "description: \"a\u{1b}[31mb\"\n",
            "refuses the character U+001B",
            "description: \"a\\u001b[31mb\"\n",
        ),
        (
            "description: \"a\u{7f}b\"\n",
            "U+007F",
            "description: \"a\\u007fb\"\n",
        ),
        ("# note \u{fffe}\n", "U+FFFE", "# note\n"),
        (
            "description: a\u{2028}b\n",
            "reads U+2028 as a line break",
            "description: \"a\\u2028b\"\n",
        ),
        (
            "description: \"a\u{85}b\"\n",
            "reads U+0085 as a line break",
            "description: \"a\\x85b\"\n",
        ),
        (
            "description: x\t\n",
            "allows a tab only inside quotes",
            "description: \"x\t\"\n",
        ),
        (
            "tags: {op: =}\n",
            "a plain `=` is YAML 1.1's `value` tag",
            "tags: {op: \"=\"}\n",
        ),
        (
            "tags: {m: <<}\n",
            "a plain `<<` is YAML 1.1's `merge` tag",
            "tags: {m: \"<<\"}\n",
        ),
        (
            "description: !!binary //79\n",
            "not base64-encoded UTF-8 text",
            "description: !!binary eA==\n",
        ),
    ];
    for (bad, says, good) in cases {
        let text = format!("{spec}{bad}");
        let report = check_text(&text, &Options::default());
        let found: Vec<String> = report
            .diagnostics
            .iter()
            .filter(|d| d.code() == "AML001")
            .map(|d| d.message(amlint::Locale::En))
            .collect();
        assert!(
            found.len() == 1 && found[0].contains(says),
            "{bad:?}: {found:?}"
        );
        assert_sane(text.len(), &report);
        let fixed = check_text(&format!("{spec}{good}"), &Options::default());
        assert!(
            !codes(&fixed).contains(&"AML001"),
            "{good:?}: {:?}",
            codes(&fixed)
        );
    }
    // As a key, PyYAML reads `=` as text and `<<` as a merge.
    let keys = check_text(
        &format!("{spec}tags:\n  =: x\n<<: {{}}\n"),
        &Options::default(),
    );
    assert!(!codes(&keys).contains(&"AML001"), "{:?}", codes(&keys));
}

/// Building blocks of spec-like YAML, so random input reaches the rules and not only the parser.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("name: cpu-cluster\n".to_owned()),
        Just("type: amlcompute\n".to_owned()),
        Just("type: computeinstance\n".to_owned()),
        Just("type: aks\n".to_owned()),
        Just("min_instances: 4\n".to_owned()),
        Just("max_instances: -1\n".to_owned()),
        Just("ssh_settings:\n  admin_password: x\n".to_owned()),
        Just("network_settings: {vnet_name: v}\n".to_owned()),
        Just("identity: {type: user_assigned}\n".to_owned()),
        Just("schedules: {compute_start_stop: [{action: stop, trigger: {type: cron, expression: '* * *'}}]}\n".to_owned()),
        Just("agent_count: 2\nsize: Standard_D3_v2\n".to_owned()),
        Just("&a x: *a\n".to_owned()),
        Just("- item\n".to_owned()),
        Just("---\n".to_owned()),
        Just("  nested: [1, {a: b}]\n".to_owned()),
        "[a-z_]{1,12}: [ -~]{0,20}\n",
        "[ -~\n\t]{0,40}",
    ]
}

/// `text` with `cut` bytes at `at` (both moved back to character boundaries) replaced by `insert`.
fn edit_at(text: &str, at: usize, cut: usize, insert: &str) -> String {
    let mut start = at.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (start + cut).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{insert}{}", &text[..start], &text[end..])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let report = check_bytes(&bytes, &Options::default());
        assert_sane(bytes.len(), &report);
    }

    /// Context files of any content are read or refused, never a panic; a spec checked against
    /// any earlier spec reports sanely.
    #[test]
    fn random_context_never_panics(
        old in proptest::collection::vec(fragment(), 0..12),
        new in proptest::collection::vec(fragment(), 0..12),
        bytes in "[ -~\n\t]{0,200}",
        json in r#"\[(\{"(name|type|v_cp_us|gpus|low_priority_capable)": ("[a-z_]{0,8}"|-?[0-9]{1,3}|true|null|\[\]), ?"(name|type|v_cp_us)": ("[a-z]{0,4}"|[0-9]{1,2})\}, ?){0,3}\]"#,
    ) {
        use amlint::{ContextFile, context::Context};
        for file in [ContextFile::Previous, ContextFile::Existing, ContextFile::Sizes] {
            let _ = Context::new().add(file, "c", &bytes, amlint::Locale::En);
            let _ = Context::new().add(file, "c", &json, amlint::Locale::En);
        }
        let (old, new) = (old.concat(), new.concat());
        for paired in [false, true] {
            let mut context = Context::new();
            if context.add(ContextFile::Previous, "old.yml", &old, amlint::Locale::En).is_ok() {
                if paired {
                    context = context.paired();
                }
                let options = Options { context: Some(std::sync::Arc::new(context)), ..Options::default() };
                let report = check_text(&new, &options);
                assert_sane(new.len(), &report);
            }
        }
    }

    #[test]
    fn random_spec_like_yaml_never_panics(parts in proptest::collection::vec(fragment(), 0..12)) {
        let text = parts.concat();
        let report = check_text(&text, &Options::default());
        assert_sane(text.len(), &report);
    }

    /// The same input gives a byte-identical report; every pointer resolves in its document;
    /// every line and column lies inside the file.
    #[test]
    fn reports_are_deterministic_and_point_inside_the_input(
        parts in proptest::collection::vec(fragment(), 0..12),
    ) {
        let text = parts.concat();
        let rendered = || {
            let file = File { label: "spec.yml".to_owned(), text: text.clone(), report: check_text(&text, &Options::default()) };
            let files = [file];
            crate::support::every_output(&files)
        };
        prop_assert_eq!(rendered(), rendered());
        let report = check_text(&text, &Options::default());
        let strings = Strings::new();
        let parsed = parse(&text, &strings, Limits::default());
        let lines: Vec<&str> = text.split(['\n', '\r']).collect();
        let edge = Edge::new(&text, &report.secrets, Settings::default(), Encoding::Chars);
        for d in &report.diagnostics {
            if let Some(Some(root)) = parsed.documents.get(d.document)
                && !report.unreadable {
                    prop_assert!(resolve(root, &d.pointer).is_some(), "{} {:?} does not resolve in {:?}", d.code(), d.pointer, text);
                }
            let found = edge.finding(d);
            for position in [found.start, found.end].into_iter().flatten() {
                prop_assert!(position.line >= 1 && position.line <= lines.len().max(1), "{} line {} in {:?}", d.code(), position.line, text);
                let line = lines.get(position.line - 1).copied().unwrap_or_default();
                prop_assert!(position.column >= 1 && position.column <= line.chars().count() + 1, "{} column {} of {:?}", d.code(), position.column, line);
            }
        }
    }
}

/// The node an RFC 6901 pointer names, keys compared as the reader writes them in pointers.
fn resolve<'n, 'a>(root: &'n Node<'a>, pointer: &str) -> Option<&'n Node<'a>> {
    let mut node = root;
    for token in pointer.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
        node = match &node.value {
            Value::Map(entries) => &entries.iter().find(|e| key_text(&e.key) == token)?.value,
            Value::Seq(items) => items.get(token.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(node)
}

fn key_text(key: &Node<'_>) -> String {
    match &key.value {
        Value::Str(s) | Value::Timestamp(s) => (*s).to_owned(),
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => {
            serde_json::Number::from_f64(*f).map_or_else(String::new, |n| n.to_string())
        }
        _ => String::new(),
    }
}

/// Every input a fuzz target once crashed on (`fuzz/regressions/text_to_report/`), replayed as the
/// target runs it: checked, rendered in every format, and no secret shown.
#[test]
fn fuzz_regressions_stay_fixed() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions/text_to_report");
    let mut replayed = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let mut files = [File {
            label: "spec.yml".to_owned(),
            text: String::from_utf8_lossy(&bytes).into_owned(),
            report: check_bytes(&bytes, &Options::default()),
        }];
        check_files(&mut files);
        let out = crate::support::every_output(&files);
        for secret in files[0]
            .report
            .secrets
            .values
            .iter()
            // As the target: long values, and none read from bytes that are not text (U+FFFD,
            // which output also shows for control characters).
            .filter(|s| s.len() >= 12 && !s.contains('\u{FFFD}'))
        {
            assert!(
                !out.contains(secret.as_str()),
                "{}: shows {secret:?}",
                path.display()
            );
        }
        replayed += 1;
    }
    assert!(replayed > 0);
}

#[test]
fn no_message_quotes_a_secret() {
    // Under the secret field, and under a misspelling of it.
    for key in ["admin_password", "admin_pasword"] {
        let text = format!(
            "name: vm-attached\ntype: virtualmachine\nresource_id: x\nssh_settings:\n  admin_username: u\n  {key}: on\n"
        );
        let report = check_text(&text, &Options::default());
        assert!(codes(&report).contains(&"AML004"));
        for d in &report.diagnostics {
            let message = d.message(amlint::Locale::En);
            assert!(
                !message.contains("`on`") && !message.contains("\"on\""),
                "{}: {message}",
                d.code()
            );
            // The npm package hands the arguments to JS as `params`: they may not hold it either.
            let params = d.params(amlint::Locale::En);
            assert!(params.iter().all(|(_, value)| value != "on"), "{d:?}");
        }
    }
    // A password that breaks rules of its own (a YAML 1.1 boolean, a wrong type) and a key in the
    // wrong field: no message and no argument holds them.
    for (text, secret, code) in [
        (
            "name: cpu-cluster\ntype: amlcompute\nssh_settings: {admin_username: u, admin_password: [Hunter2-secret]}\n",
            "Hunter2-secret",
            "AML102",
        ),
        (
            "name: cpu-cluster\ntype: amlcompute\nssh_public_access_enabled: true\nssh_settings:\n  admin_username: u\n  ssh_key_value: \"-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjE=\\n-----END OPENSSH PRIVATE KEY-----\"\n",
            "b3BlbnNzaC1rZXktdjE",
            "AML507",
        ),
    ] {
        let report = check_text(text, &Options::default());
        assert!(codes(&report).contains(&code), "{text}");
        for d in &report.diagnostics {
            assert!(!d.message(amlint::Locale::En).contains(secret), "{d:?}");
            assert!(
                d.params(amlint::Locale::En)
                    .iter()
                    .all(|(_, value)| !value.contains(secret)),
                "{d:?}"
            );
        }
    }
}

/// An integer beyond 64 bits is an integer (Python's have no bound) outside the field's range,
/// shown as written, not "a string".
#[test]
fn integers_beyond_64_bits_are_out_of_range() {
    for value in [
        "100000000000000000000",
        "0x1FFFFFFFFFFFFFFFFF",
        "-99999999999999999999",
    ] {
        let text = format!(
            "name: ci-dev\ntype: computeinstance\nidle_time_before_shutdown_minutes: {value}\n"
        );
        let report = check_text(&text, &Options::default());
        let found = report.diagnostics.iter().find(|d| d.code() == "AML107");
        let message = found
            .map(|d| d.message(amlint::Locale::En))
            .unwrap_or_default();
        assert!(message.contains(value), "{value}: {:?}", codes(&report));
        assert!(
            !codes(&report).contains(&"AML102"),
            "{value}: {:?}",
            codes(&report)
        );
    }
}

/// The templates of tests/fixtures/iac, each read with a random edit at a random place, and with
/// random expressions where a value stands: never a panic, every span inside the text.
fn iac_fixtures() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/iac");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    names.sort();
    names
        .into_iter()
        .filter(|p| p.is_file())
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// The Terraform fixtures (tests/fixtures/terraform), for edits as the templates get.
fn terraform_fixtures() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/terraform");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn edited_templates_never_panic(
        which in 0usize..64,
        at in 0usize..8000,
        cut in 0usize..40,
        insert in r#"[\[\]{}"',:()a-zA-Z0-9 ./-]{0,16}"#,
        expression in r#"\[(concat|format|if|parameters|variables|copyIndex|json|toLower|length|createArray|createObject|reference)\(('[a-z{}0-9]{0,4}'|[0-9]{1,3}|parameters\('[a-z]{0,6}'\)|, ?){0,4}\)(\.[a-z]{1,4}|\[[0-9]\])?\]"#,
    ) {
        let fixtures = iac_fixtures();
        let text = &fixtures[which % fixtures.len()];
        let edited = edit_at(text, at, cut, &insert);
        let report = amlint::check_arm_text(&edited, None, &Options::default());
        assert_sane(edited.len(), &report);
        let with_expression = text.replacen("\"Standard_DS3_v2\"", &format!("\"{expression}\""), 1);
        let report = amlint::check_arm_text(&with_expression, Some(&edited), &Options::default());
        assert_sane(with_expression.len(), &report);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Terraform files with a random edit at a random place, with random expressions where a
    /// value stands, and with random var files, and a plan edited the same way: never a panic,
    /// every span inside the text.
    #[test]
    fn edited_terraform_never_panics(
        which in 0usize..8,
        at in 0usize..6000,
        cut in 0usize..40,
        insert in r#"[\[\]{}"'=,:()#/*<$%a-zA-Z0-9 .\n-]{0,16}"#,
        expression in r#"(var|local|each|count|data)\.[a-z_]{0,8}(\[[0-9]\]|\.[a-z]{1,4})?|(lower|upper|tostring|tonumber|jsonencode|substr)\(("[a-z0-9${}.]{0,6}"|[0-9]{1,3}|var\.[a-z_]{0,6}|, ?){0,3}\)|"\$\{(var|local)\.[a-z_]{0,8}\}-[a-z]{0,3}"|(true|false) \? [0-9] : "x"|<<EOT\n[a-z ]{0,8}\nEOT"#,
        var_file in r#"[a-z_]{1,10} = ("[a-z0-9]{0,6}"|[0-9]{1,4}|true|\{ a = 1 \})\n"#,
    ) {
        let fixtures = terraform_fixtures();
        let text = &fixtures[which % fixtures.len()];
        let edited = edit_at(text, at, cut, &insert);
        let module = amlint::TerraformModule::new(&fixtures, &[var_file.clone(), edited.clone()]);
        let report = amlint::check_terraform_text(&edited, &module, &Options::default());
        assert_sane(edited.len(), &report);
        let with_expression = text.replacen("\"STANDARD_DS2_V2\"", &expression, 1);
        let report = amlint::check_terraform_text(&with_expression, &module, &Options::default());
        assert_sane(with_expression.len(), &report);
        // A plan edited the same way.
        let plan = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/iac/terraform-plan.json"),
        )
        .unwrap();
        let edited = edit_at(&plan, at, cut, &insert);
        let report = amlint::check_terraform_plan_text(&edited, &Options::default());
        assert_sane(edited.len(), &report);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// A `.bicep` file and the JSON built from it, each edited at random (the two no longer
    /// agree): never a panic, every finding inside the `.bicep` text.
    #[test]
    fn edited_bicep_files_never_panic(
        at in 0usize..2000,
        cut in 0usize..40,
        insert in r#"[\[\]{}'$:()a-zA-Z0-9 ./=@\n-]{0,16}"#,
        json_at in 0usize..4000,
        json_insert in r#"[\[\]{}"',:a-zA-Z0-9 -]{0,8}"#,
    ) {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bicep");
        let bicep = std::fs::read_to_string(dir.join("main.bicep")).unwrap();
        let built = std::fs::read_to_string(dir.join("main.built")).unwrap();
        let edited = edit_at(&bicep, at, cut, &insert);
        let json = edit_at(&built, json_at, 0, &json_insert);
        for build in [amlint::BicepBuild::Built(built.clone()), amlint::BicepBuild::Built(json)] {
            let report = amlint::check_bicep_text(&edited, &build, &[], &Options::default());
            assert_sane(edited.len(), &report);
        }
    }
}
