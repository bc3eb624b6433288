//! The JSON Schemas: current, valid, portable, complete — and in agreement with amlint.
//!
//! The agreement contract. For any JSON spec:
//! 1. if the schema rejects it at pointer P, amlint reports an error at P or below it, or
//!    explains P with one of the findings for values that are accepted by `az ml` but are not in
//!    canonical, final form (`EXPLAINED`);
//! 2. if amlint reports an error of a rule the schema expresses (`Enforcement::Schema`), the
//!    schema rejects the spec;
//! 3. when amlint cannot tell the kind (AML010, AML011), it judges no field, so only the verdicts
//!    are compared: both reject. The combined schema (`oneOf` over the kinds) reports every
//!    failure at the root, so for it, too, only verdicts are compared.

use amlint::schema::{self, Draft};
use amlint::yaml::Node;
use amlint::{Diagnostic, Enforcement, Kind, Options, RULES, Severity, check_node};

use crate::support::{rule_examples, spec_texts};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{Map, Value, json};

/// Findings that explain a schema rejection without being errors: a truncated float, a
/// converted value, a placeholder name or resource ID.
const EXPLAINED: &[&str] = &["AML106", "AML109", "AML201", "AML804"];

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn schema_files_are_current() {
    let mut stale = Vec::new();
    for (path, text) in schema::files() {
        let full = root().join("schemas").join(&path);
        if std::env::var_os("AMLINT_UPDATE").is_some() {
            std::fs::create_dir_all(full.parent().unwrap()).unwrap();
            std::fs::write(&full, &text).unwrap();
        } else if std::fs::read_to_string(&full).unwrap_or_default() != text {
            stale.push(path);
        }
    }
    assert!(
        stale.is_empty(),
        "stale schemas {stale:?}: run `AMLINT_UPDATE=1 cargo test --test it schema` and commit"
    );
}

#[test]
fn schemas_are_valid_against_their_meta_schemas() {
    for (path, text) in schema::files() {
        let value: Value = serde_json::from_str(&text).unwrap();
        if let Err(error) = jsonschema::meta::validate(&value) {
            panic!("{path} is not a valid schema: {error}");
        }
    }
}

fn walk<'a>(value: &'a Value, out: &mut Vec<(&'a str, &'a Value)>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                out.push((key, inner));
                walk(inner, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
        _ => {}
    }
}

#[test]
fn patterns_compile_for_rust_regex_without_look_around() {
    for (path, text) in schema::files() {
        let value: Value = serde_json::from_str(&text).unwrap();
        let mut pairs = Vec::new();
        walk(&value, &mut pairs);
        for (key, pattern) in pairs.into_iter().filter(|(k, _)| *k == "pattern") {
            let pattern = pattern.as_str().unwrap();
            assert!(
                !pattern.contains("(?=") && !pattern.contains("(?!") && !pattern.contains("(?<"),
                "{path}: look-around in {pattern}"
            );
            regex::Regex::new(pattern).unwrap_or_else(|e| panic!("{path} {key}: {e}"));
        }
    }
}

#[test]
fn every_schema_rule_is_named_in_the_schemas() {
    let mut named = Vec::new();
    for (_, text) in schema::files() {
        let value: Value = serde_json::from_str(&text).unwrap();
        let mut pairs = Vec::new();
        walk(&value, &mut pairs);
        for (_, codes) in pairs.into_iter().filter(|(k, _)| *k == "x-amlint-rule") {
            named.extend(
                codes
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c.as_str().unwrap().to_owned()),
            );
        }
    }
    for rule in RULES {
        let in_schema = named.iter().any(|c| c == rule.code);
        match rule.enforcement {
            Enforcement::Schema(_) => assert!(
                in_schema,
                "{} claims a schema keyword but no schema names it",
                rule.code
            ),
            Enforcement::Semantic => assert!(
                in_schema == (rule.code == "AML105"),
                "{} is semantic but a schema names it",
                rule.code
            ),
        }
    }
}

/// The objects of a schema, each with the rule codes it names in `x-amlint-rule`.
fn tagged<'a>(value: &'a Value, out: &mut Vec<(&'a serde_json::Map<String, Value>, Vec<&'a str>)>) {
    match value {
        Value::Object(map) => {
            let codes = map
                .get("x-amlint-rule")
                .and_then(Value::as_array)
                .map(|codes| codes.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            out.push((map, codes));
            map.values().for_each(|inner| tagged(inner, out));
        }
        Value::Array(items) => items.iter().for_each(|i| tagged(i, out)),
        _ => {}
    }
}

/// Whether a keyword stands in a schema object or in one of its subschemas.
fn holds(map: &serde_json::Map<String, Value>, keyword: &str) -> bool {
    let subtree = Value::Object(map.clone());
    let mut pairs = Vec::new();
    walk(&subtree, &mut pairs);
    pairs.iter().any(|(key, _)| *key == keyword)
}

/// A rule that says a schema expresses it with a keyword has a schema node that names the rule
/// and carries the keyword (itself or in its subschemas: `if`/`then` inside an `allOf`).
#[test]
fn every_schema_keyword_of_a_rule_is_on_a_node_that_names_the_rule() {
    let values: Vec<Value> = schema::files()
        .into_iter()
        .map(|(_, text)| serde_json::from_str(&text).unwrap())
        .collect();
    let mut nodes = Vec::new();
    values.iter().for_each(|v| tagged(v, &mut nodes));
    for rule in RULES {
        let Enforcement::Schema(keywords) = rule.enforcement else {
            continue;
        };
        for keyword in keywords {
            assert!(
                nodes
                    .iter()
                    .any(|(map, codes)| codes.contains(&rule.code) && holds(map, keyword)),
                "{} declares `{keyword}`, but no schema node named {} has it",
                rule.code,
                rule.code
            );
        }
    }
}

struct Checker {
    validators: Vec<(Kind, jsonschema::Validator)>,
    combined: jsonschema::Validator,
}

impl Checker {
    fn new() -> Checker {
        let validators = Kind::ALL
            .iter()
            .map(|k| {
                (
                    *k,
                    jsonschema::validator_for(&schema::for_kind(*k, Draft::Draft07).to_value())
                        .unwrap(),
                )
            })
            .collect();
        let combined =
            jsonschema::validator_for(&schema::combined(Draft::Draft07).to_value()).unwrap();
        Checker {
            validators,
            combined,
        }
    }

    fn validator(&self, kind: Option<Kind>) -> &jsonschema::Validator {
        kind.and_then(|k| self.validators.iter().find(|(v, _)| *v == k))
            .map_or(&self.combined, |(_, v)| v)
    }

    /// Checks the contract for one spec; `Err` describes the disagreement.
    fn agree(&self, kind: Option<Kind>, instance: &Value) -> Result<(), String> {
        let report = check_node(&Node::from_json(instance), &Options::default());
        let diagnostics: &[Diagnostic] = &report.diagnostics;
        let mut pointers = Vec::new();
        for error in self.validator(kind).iter_errors(instance) {
            let at = error.instance_path().to_string();
            match error.kind() {
                jsonschema::error::ValidationErrorKind::AdditionalProperties { unexpected } => {
                    pointers.extend(
                        unexpected
                            .iter()
                            .map(|key| amlint::yaml::pointer_push(&at, key)),
                    );
                }
                _ => pointers.push(at),
            }
        }
        let kind_unknown = diagnostics
            .iter()
            .any(|d| matches!(d.code(), "AML010" | "AML011"));
        if kind.is_none() {
            let rejects = diagnostics
                .iter()
                .any(|d| d.severity == Severity::Error || EXPLAINED.contains(&d.code()));
            let schema_errors = diagnostics.iter().any(|d| {
                d.severity == Severity::Error
                    && matches!(d.rule.enforcement, Enforcement::Schema(_))
            });
            return match (pointers.is_empty(), rejects, schema_errors) {
                (false, false, _) => Err(format!(
                    "the combined schema rejects, amlint does not: {}",
                    describe(diagnostics)
                )),
                (true, _, true) => Err(format!(
                    "amlint reports schema-expressible errors the combined schema accepts: {}",
                    describe(diagnostics)
                )),
                _ => Ok(()),
            };
        }
        if kind_unknown {
            return if pointers.is_empty() {
                Err("amlint cannot tell the kind but the schema accepts".to_owned())
            } else {
                Ok(())
            };
        }
        for at in &pointers {
            let under =
                |d: &&Diagnostic| d.pointer == *at || d.pointer.starts_with(&format!("{at}/"));
            let error = diagnostics
                .iter()
                .filter(under)
                .any(|d| d.severity == Severity::Error);
            let explained = diagnostics
                .iter()
                .any(|d| d.pointer == *at && EXPLAINED.contains(&d.code()));
            if !error && !explained {
                return Err(format!(
                    "the schema rejects {at:?} but amlint has no error there: {}",
                    describe(diagnostics)
                ));
            }
        }
        let schema_errors: Vec<&Diagnostic> = diagnostics
            .iter()
            .filter(|d| {
                d.severity == Severity::Error
                    && matches!(d.rule.enforcement, Enforcement::Schema(_))
            })
            .collect();
        if pointers.is_empty() && !schema_errors.is_empty() {
            return Err(format!(
                "amlint reports schema-expressible errors the schema accepts: {}",
                describe(diagnostics)
            ));
        }
        Ok(())
    }
}

fn describe(diagnostics: &[Diagnostic]) -> String {
    let list: Vec<String> = diagnostics
        .iter()
        .map(|d| {
            format!(
                "{} {} {}",
                d.code(),
                d.pointer,
                d.message(amlint::Locale::En)
            )
        })
        .collect();
    format!("{list:#?}")
}

#[test]
fn schemas_agree_with_amlint_on_every_fixture() {
    let checker = Checker::new();
    let mut texts = rule_examples();
    texts.extend(
        [
            "examples/valid",
            "examples/invalid",
            "tests/fixtures/official",
        ]
        .into_iter()
        .flat_map(spec_texts),
    );
    let mut checked = 0;
    for text in texts {
        let strings = amlint::yaml::Strings::new();
        let parsed = amlint::yaml::parse(&text, &strings, amlint::yaml::Limits::default());
        for document in parsed.documents.iter().flatten() {
            let instance = document.to_json();
            let kind = instance
                .get("type")
                .and_then(Value::as_str)
                .and_then(Kind::from_type);
            if let Err(problem) = checker.agree(kind, &instance) {
                panic!(
                    "{problem}\nspec: {}",
                    serde_json::to_string_pretty(&instance).unwrap()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 150, "only {checked} fixtures");
}

/// Values worth trying for a field: valid ones, edge cases, and mistakes people make.
fn pool(name: &str) -> Vec<Value> {
    const SUB: &str =
        "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers";
    let ids = |t: &str| json!(format!("{SUB}/{t}"));
    let strings: &[&str] = match name {
        "name" => &[
            "cpu-cluster",
            "ci-40986653",
            "cpu-cluster-1",
            "a",
            "ab",
            "abc",
            "abcdefghijklmnopq",
            "abcdefghijklmnopqrstuvwxy",
            "abcdefghijklmnopqrstuvwxyzabcdefg",
            "cpu_cluster",
            "1st",
            "hdi-",
            "<NAME>",
            "Ab-c9",
            "a-b-c",
            "",
            "x-9y",
            "héllo",
        ],
        "size" => &[
            "Standard_DS3_v2",
            "STANDARD_D3_V2",
            "Standard_B2s",
            "NotASize",
            "Standard_DS1_v2",
            "Standard_NC6",
        ],
        "subnet" => &[
            "training",
            "/bad",
            "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s",
        ],
        "service_cidr" | "docker_bridge_cidr" => &[
            "10.0.0.0/16",
            "10.0.0.0/33",
            "256.0.0.0/8",
            "10.0.0.1",
            "172.17.0.1/16",
            "01.2.3.4/8",
            "1.2.3.4/08",
            "1.2.3.4/+8",
            "garbage",
            " 10.0.0.0/16",
        ],
        "dns_service_ip" => &[
            "10.0.0.10",
            "10.1.0.10",
            "999.1.1.1",
            "10.0.0.010",
            "10.0.0.10/32",
        ],
        "user_tenant_id" | "user_object_id" => &[
            "72f988bf-86f1-41af-91ab-2d7cd011db47",
            "ana@contoso.com",
            "",
        ],
        "start_time" => &[
            "2024-03-10T18:00:00",
            "2024-13-10T18:00:00",
            "10/03/2024 18:00",
            "2024-02-30T00:00:00",
        ],
        "expression" => &["0 18 * * *", "0 25 * * *", "* * *"],
        "ssh_key_value" => &[
            "ssh-rsa AAAAB3Nza user@host",
            "ssh-ed25519 AAAAC3 user@host",
            "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----",
        ],
        "admin_password" | "access_token" | "key" => &["${{ secrets.X }}", "hunter2", "<PASSWORD>"],
        "workspace_url" => &[
            "https://adb-1.7.azuredatabricks.net",
            "adb-1.azuredatabricks.net",
        ],
        "time_zone" => &["UTC", "Europe/Amsterdam", "W. Europe Standard Time"],
        _ => &["", "x", "hello world", "UTC"],
    };
    let mut values: Vec<Value> = strings.iter().map(|s| json!(s)).collect();
    if name == "resource_id" || name == "subnet_id" {
        values = vec![
            ids("Microsoft.Compute/virtualMachines/vm"),
            ids("Microsoft.Kubernetes/connectedClusters/c"),
            ids("Microsoft.ContainerService/managedClusters/aks"),
            ids("Microsoft.Synapse/workspaces/ws/bigDataPools/p"),
            ids("Microsoft.ManagedIdentity/userAssignedIdentities/id"),
            ids("Microsoft.Network/virtualNetworks/v/subnets/s"),
            json!(
                "/subscriptions/<SUB>/resourceGroups/<RG>/providers/Microsoft.Compute/virtualMachines/<VM>"
            ),
            json!("<RESOURCE_ID>"),
            json!("not-an-id"),
            json!(
                "/subscriptions/123/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm"
            ),
            json!(format!("{SUB}/Microsoft.Compute/virtualMachines")),
        ];
    }
    values
}

/// A random spec for `kind`, drawn from its field table. Clean specs use valid values only, so
/// accepted specs are exercised as much as rejected ones; noisy specs get values wrong in the
/// ways people get them wrong.
struct Generator<'r> {
    rng: &'r mut TestRng,
    clean: bool,
}

impl Generator<'_> {
    fn below(&mut self, n: usize) -> usize {
        use proptest::prelude::RngCore;
        usize::try_from(self.rng.next_u64() % n.max(1) as u64).unwrap_or(0)
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick(&mut self, values: &[Value]) -> Value {
        values[self.below(values.len())].clone()
    }

    /// The first value of a pool is always valid; noisy specs take any.
    fn pool_value(&mut self, values: &[Value]) -> Value {
        if self.clean {
            values[0].clone()
        } else {
            self.pick(values)
        }
    }

    fn odd(&mut self) -> Value {
        let odd = [
            json!(null),
            json!(true),
            json!(7),
            json!(2.5),
            json!("text"),
            json!([1]),
            json!({"a": 1}),
            json!("4"),
            json!("yes"),
        ];
        self.pick(&odd)
    }

    fn spec(&mut self, kind: Kind) -> Value {
        let mut map = self.object(kind.fields(), 0);
        let choice = if self.clean { 19 } else { self.below(20) };
        match choice {
            0 => {
                map.remove("type");
            }
            1 => {
                map.insert("type".into(), json!(kind.type_name().to_uppercase()));
            }
            2 => {
                map.insert("type".into(), json!("amlcluster"));
            }
            _ => {
                map.insert("type".into(), json!(kind.type_name()));
            }
        }
        if !self.clean && self.chance(5) {
            map.insert("nmae".into(), json!("x"));
        }
        Value::Object(map)
    }

    fn object(
        &mut self,
        fields: &'static [amlint::model::Field],
        depth: usize,
    ) -> Map<String, Value> {
        let mut map = Map::new();
        for field in fields {
            let present = match (self.clean, field.required, field.read_only) {
                (true, true, _) => 100,
                (true, false, true) => 0,
                (true, false, false) => 30,
                (false, true, _) => 90,
                (false, false, true) => 5,
                (false, false, false) => 45,
            };
            if self.chance(present) {
                let value = if field.read_only {
                    self.odd()
                } else {
                    self.value(field.name, &field.ty, depth)
                };
                map.insert(field.name.into(), value);
            }
        }
        map
    }

    fn value(&mut self, name: &str, ty: &'static amlint::model::Ty, depth: usize) -> Value {
        use amlint::model::Ty;
        if !self.clean && self.chance(6) {
            return self.odd();
        }
        match ty {
            Ty::Str => {
                let values = pool(name);
                self.pool_value(&values)
            }
            Ty::Int { min, max } => {
                let lo = min.unwrap_or(-5);
                let hi = max.unwrap_or(lo + 40);
                let low = f64::from(i32::try_from(lo).unwrap_or(0));
                let candidates = [
                    json!(lo + (hi - lo) / 2),
                    json!(lo),
                    json!(hi),
                    json!(lo - 1),
                    json!(hi + 1),
                    json!(format!("{lo}")),
                    json!(low + 0.5),
                    json!(low),
                    // 0 is "not set" for some fields: no range applies to it.
                    json!(0),
                ];
                self.pool_value(&candidates)
            }
            Ty::Bool => self.pool_value(&[json!(true), json!(false), json!(1), json!("no")]),
            Ty::Enum(spec) => {
                if self.clean {
                    let n = spec.values.len();
                    return json!(spec.values[self.below(n)]);
                }
                let mut values: Vec<Value> = spec.values.iter().map(|v| json!(v)).collect();
                values.extend(spec.values.iter().map(|v| json!(v.to_uppercase())));
                values.extend(spec.aliases.iter().map(|(a, _)| json!(a)));
                values.push(json!("nonsense"));
                self.pick(&values)
            }
            Ty::StrMap => self.pool_value(&[json!({"team": "vision"}), json!({}), json!({"n": 1})]),
            Ty::AnyMap => self.pool_value(&[
                json!({}),
                json!({"a": {"b": [1, 2]}}),
                json!({"relayConnectionString": "Endpoint=x"}),
            ]),
            Ty::Object(fields) if depth < 4 => Value::Object(self.object(fields, depth + 1)),
            Ty::Object(_) => json!({}),
            Ty::List(inner) => {
                let n = if self.clean {
                    self.below(3)
                } else {
                    self.below(7)
                };
                Value::Array((0..n).map(|_| self.value(name, inner, depth + 1)).collect())
            }
            Ty::Tagged { tag, variants } => {
                let (variant, fields) = variants[self.below(variants.len())];
                let mut map = self.object(fields, depth + 1);
                let choice = if self.clean { 9 } else { self.below(10) };
                let tag_value = match choice {
                    0 => json!("sometimes"),
                    1 => json!(variant.to_uppercase()),
                    _ => json!(variant),
                };
                map.insert((*tag).into(), tag_value);
                Value::Object(map)
            }
        }
    }
}

#[test]
fn schemas_agree_with_amlint_on_generated_specs() {
    let checker = Checker::new();
    let cases: usize = std::env::var("AMLINT_AGREEMENT_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    for kind in Kind::ALL {
        let mut runner = TestRunner::new_with_rng(
            Config::default(),
            TestRng::deterministic_rng(RngAlgorithm::ChaCha),
        );
        let mut rejected = 0;
        for case in 0..cases {
            let instance = Generator {
                rng: runner.rng(),
                clean: case % 2 == 0,
            }
            .spec(*kind);
            if let Err(problem) = checker.agree(Some(*kind), &instance) {
                panic!(
                    "{kind}: {problem}\nspec: {}",
                    serde_json::to_string_pretty(&instance).unwrap()
                );
            }
            // The combined schema must agree too.
            if let Err(problem) = checker.agree(None, &instance) {
                panic!(
                    "{kind} (combined schema): {problem}\nspec: {}",
                    serde_json::to_string_pretty(&instance).unwrap()
                );
            }
            rejected += usize::from(
                checker
                    .validator(Some(*kind))
                    .iter_errors(&instance)
                    .next()
                    .is_some(),
            );
        }
        // The generator must exercise both verdicts, or the test proves little.
        assert!(
            rejected > cases / 10 && rejected < cases * 95 / 100,
            "{kind}: {rejected} of {cases} generated specs rejected"
        );
    }
}

/// The matcher form libraries ask (`amlint::schema::matches_with`) agrees with the `jsonschema`
/// crate, draft-07 and 2020-12, on generated schemas and values: every validation keyword.
mod differential {
    use proptest::prelude::*;
    use serde_json::{Value, json};

    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            (-5_i64..12).prop_map(Value::from),
            prop_oneof![Just(1.5), Just(2.0), Just(-0.5)].prop_map(|f: f64| json!(f)),
            "[ab1]{0,4}".prop_map(Value::from),
        ];
        leaf.prop_recursive(3, 16, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
                proptest::collection::btree_map("[abc]", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// A schema from every validation keyword, nested.
    fn schema() -> impl Strategy<Value = Value> {
        let types = prop_oneof![
            Just("null"),
            Just("boolean"),
            Just("integer"),
            Just("number"),
            Just("string"),
            Just("array"),
            Just("object")
        ];
        let leaf = prop_oneof![
            Just(json!(true)),
            Just(json!(false)),
            types.clone().prop_map(|t| json!({ "type": t })),
            (types.clone(), types)
                .prop_filter("distinct types", |(a, b)| a != b)
                .prop_map(|(a, b)| json!({ "type": [a, b] })),
            value().prop_map(|v| json!({ "const": v })),
            proptest::collection::vec(value(), 1..3).prop_map(|v| json!({ "enum": v })),
            (1_i64..4).prop_map(|n| json!({ "multipleOf": n })),
            (-2_i64..6).prop_map(|n| json!({ "maximum": n })),
            (-2_i64..6).prop_map(|n| json!({ "minimum": n })),
            (-2_i64..6).prop_map(|n| json!({ "exclusiveMaximum": n })),
            (-2_i64..6).prop_map(|n| json!({ "exclusiveMinimum": n })),
            (0_u64..4).prop_map(|n| json!({ "maxLength": n })),
            (0_u64..4).prop_map(|n| json!({ "minLength": n })),
            prop_oneof![Just("^a"), Just("b$"), Just("[0-9]"), Just("^(ab)+$")]
                .prop_map(|p| json!({ "pattern": p })),
            (0_u64..4).prop_map(|n| json!({ "maxItems": n })),
            (0_u64..4).prop_map(|n| json!({ "minItems": n })),
            any::<bool>().prop_map(|b| json!({ "uniqueItems": b })),
            (0_u64..4).prop_map(|n| json!({ "maxProperties": n })),
            (0_u64..4).prop_map(|n| json!({ "minProperties": n })),
            proptest::collection::btree_set("[abc]", 0..3).prop_map(|k| json!({ "required": k })),
            Just(json!({ "dependencies": { "a": ["b"] } })),
            Just(json!({ "$ref": "#/$defs/positive" })),
        ];
        leaf.prop_recursive(3, 24, 3, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 1..3).prop_map(|s| json!({ "allOf": s })),
                proptest::collection::vec(inner.clone(), 1..3).prop_map(|s| json!({ "anyOf": s })),
                proptest::collection::vec(inner.clone(), 1..3).prop_map(|s| json!({ "oneOf": s })),
                inner.clone().prop_map(|s| json!({ "not": s })),
                (inner.clone(), inner.clone(), inner.clone()).prop_map(|(i, t, e)| json!({ "if": i, "then": t, "else": e })),
                (inner.clone(), inner.clone()).prop_map(|(a, b)| json!({ "properties": { "a": a, "b": b } })),
                (inner.clone(), inner.clone()).prop_map(|(a, rest)| json!({ "properties": { "a": a }, "additionalProperties": rest })),
                (inner.clone(), inner.clone()).prop_map(|(p, rest)| json!({ "patternProperties": { "^b": p }, "additionalProperties": rest })),
                inner.clone().prop_map(|s| json!({ "propertyNames": s })),
                inner.clone().prop_map(|s| json!({ "dependentSchemas": { "a": s } })),
                inner.clone().prop_map(|s| json!({ "items": s })),
                (inner.clone(), 0_u64..3).prop_map(|(s, n)| json!({ "contains": s, "minContains": n })),
                (inner.clone(), inner.clone()).prop_map(|(a, rest)| json!({ "prefixItems": [a], "items": rest })),
            ]
        })
    }

    fn regex(pattern: &str, text: &str) -> Option<bool> {
        regex::Regex::new(pattern).ok().map(|r| r.is_match(text))
    }

    /// Draft-07 spellings of 2020-12 keywords, so the same schema is asked of both drafts.
    fn draft07(schema: &Value) -> Value {
        match schema {
            Value::Object(map) => {
                let mut out = serde_json::Map::new();
                for (key, value) in map {
                    match key.as_str() {
                        // Draft-07 has no contains counts, dependentSchemas or prefixItems.
                        "minContains" | "maxContains" | "dependentSchemas" => {}
                        "prefixItems" => {
                            out.insert("items".into(), draft07(value));
                            if let Some(rest) = map.get("items") {
                                out.insert("additionalItems".into(), draft07(rest));
                            }
                        }
                        "items" if map.contains_key("prefixItems") => {}
                        "$defs" => {
                            out.insert("definitions".into(), draft07(value));
                        }
                        "$ref" => {
                            out.insert(key.clone(), json!("#/definitions/positive"));
                        }
                        _ => {
                            out.insert(key.clone(), draft07(value));
                        }
                    }
                }
                Value::Object(out)
            }
            Value::Array(items) => Value::Array(items.iter().map(draft07).collect()),
            other => other.clone(),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

        #[test]
        fn the_matcher_agrees_with_the_jsonschema_crate(schema in schema(), instance in value()) {
            let root = |schema: Value, defs: &str| {
                let mut schema = if schema.is_object() { schema } else { json!({ "allOf": [schema] }) };
                schema[defs] = json!({ "positive": { "type": "integer", "minimum": 1 } });
                schema
            };
            let modern = root(schema.clone(), "$defs");
            let expected = jsonschema::draft202012::is_valid(&modern, &instance);
            let found = amlint::schema::matches_with(&modern, &instance, &modern, &regex);
            prop_assert_eq!(found, Ok(expected), "2020-12 {} on {}", modern, instance);
            let old = root(draft07(&schema), "definitions");
            let expected = jsonschema::draft7::is_valid(&old, &instance);
            let found = amlint::schema::matches_with(&old, &instance, &old, &regex);
            prop_assert_eq!(found, Ok(expected), "draft-07 {} on {}", old, instance);
        }
    }
}

/// Every title and description a form shows has a Dutch translation, and the Dutch schemas differ
/// from the English ones only in those words.
#[test]
fn every_schema_label_has_a_dutch_translation() {
    fn texts(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(object) => {
                for (key, inner) in object {
                    match inner {
                        Value::String(text) if key == "title" || key == "description" => {
                            out.push(text.clone());
                        }
                        other => texts(other, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|i| texts(i, out)),
            _ => {}
        }
    }
    let files = schema::files();
    let mut seen = 0;
    for (path, text) in files.iter().filter(|(p, _)| !p.starts_with("nl/")) {
        let english: Value = serde_json::from_str(text).unwrap();
        let mut found = Vec::new();
        texts(&english, &mut found);
        for text in &found {
            assert!(
                amlint::messages::schema_text(amlint::Locale::Nl, text).is_some(),
                "{path}: no Dutch for {text:?}"
            );
            seen += 1;
        }
        let dutch_text = &files
            .iter()
            .find(|(p, _)| *p == format!("nl/{path}"))
            .unwrap()
            .1;
        let dutch: Value = serde_json::from_str(dutch_text).unwrap();
        let strip = |mut v: Value| {
            fn clear(v: &mut Value) {
                match v {
                    Value::Object(o) => {
                        for (k, inner) in o.iter_mut() {
                            if k == "title" || k == "description" {
                                *inner = Value::Null;
                            } else {
                                clear(inner);
                            }
                        }
                    }
                    Value::Array(items) => items.iter_mut().for_each(clear),
                    _ => {}
                }
            }
            clear(&mut v);
            v
        };
        assert_eq!(
            strip(dutch),
            strip(english),
            "{path}: more than words differ"
        );
    }
    assert!(seen > 500);
}

/// An edit form's schema marks what cannot change after creation, and nothing else.
#[test]
fn the_update_schema_marks_the_fields_fixed_at_creation() {
    use amlint::schema::{Draft, Mode, combined, for_kind, for_mode};
    let read_only = |schema: &schemars::Schema, kind: &str| -> Vec<String> {
        let value = schema.as_value();
        let properties = value
            .pointer(&format!("/definitions/{kind}/properties"))
            .or_else(|| value.pointer("/properties"))
            .and_then(serde_json::Value::as_object)
            .unwrap();
        let mut names: Vec<String> = properties
            .iter()
            .filter(|(_, p)| {
                p.get("readOnly") == Some(&serde_json::json!(true))
                    && p.get("x-amlint-rule")
                        .is_some_and(|r| r.to_string().contains("AML901"))
            })
            .map(|(name, _)| name.clone())
            .collect();
        names.sort();
        names
    };
    let instance = for_mode(
        for_kind(amlint::Kind::ComputeInstance, Draft::Draft07),
        Mode::Update,
    );
    assert_eq!(
        read_only(&instance, "computeinstance"),
        [
            "create_on_behalf_of",
            "enable_node_public_ip",
            "name",
            "network_settings",
            "size",
            "ssh_public_access_enabled",
            "type"
        ]
    );
    // Left out of an edited spec, az ml would send its own size and public IP setting.
    let required = instance.as_value()["required"].to_string();
    for name in ["size", "enable_node_public_ip", "name", "type"] {
        assert!(required.contains(&format!("\"{name}\"")), "{required}");
    }
    assert!(!required.contains("\"location\""), "{required}");
    let cluster = for_mode(combined(Draft::Draft07), Mode::Update);
    let max = cluster
        .as_value()
        .pointer("/definitions/amlcompute/properties/max_instances/x-amlint-sent");
    assert_eq!(max, Some(&serde_json::json!(4)), "what az ml sends");
    let fixed = read_only(&cluster, "amlcompute");
    assert!(fixed.contains(&"location".to_owned()), "{fixed:?}");
    assert!(!fixed.contains(&"max_instances".to_owned()), "{fixed:?}");
    assert!(!fixed.contains(&"tags".to_owned()), "{fixed:?}");
    // Create mode changes nothing.
    let plain = for_kind(amlint::Kind::ComputeInstance, Draft::Draft07);
    assert_eq!(for_mode(plain.clone(), Mode::Create), plain);
}

/// A form's schema (`schema::for_form`, npm's `schema(kind, { form: true })`) leaves out only what
/// says which fields go together: every `anyOf` and `not` of amlint's schemas holds nothing but
/// `required` (combined with `anyOf`, `allOf` and `not`, beside a `type` and `properties` that
/// constrain nothing), so no field a form shows changes; none
/// is left for a form library to draw as a picker; the `if`s a form follows stay.
#[test]
fn the_form_schema_leaves_out_only_which_fields_go_together() {
    fn only_required(value: &Value) -> bool {
        match value {
            Value::Array(items) => items.iter().all(only_required),
            Value::Object(map) => map.iter().all(|(key, inner)| match key.as_str() {
                "required" => true,
                "anyOf" | "allOf" | "not" => only_required(inner),
                // What the schemas add for the editors that need it: constraints on nothing.
                "type" => inner == "object",
                "properties" => inner
                    .as_object()
                    .is_some_and(|fields| fields.values().all(|f| f == &json!({}))),
                _ => false,
            }),
            _ => false,
        }
    }
    let count = |value: &Value, keyword: &str| {
        let mut entries = Vec::new();
        walk(value, &mut entries);
        entries.iter().filter(|(key, _)| *key == keyword).count()
    };
    let mut left_out = 0;
    for draft in [Draft::Draft07, Draft::Draft2020_12] {
        let schemas = Kind::ALL
            .iter()
            .map(|kind| schema::for_kind(*kind, draft))
            .chain([schema::combined(draft)]);
        for full in schemas {
            let mut entries = Vec::new();
            walk(full.as_value(), &mut entries);
            for (key, value) in entries {
                // 0 meaning "not set" beside a range: the form keeps 0 to the maximum.
                let zero_or_range = key == "anyOf" && value[0] == json!({ "const": 0 });
                if (key == "anyOf" || key == "not") && !zero_or_range {
                    assert!(only_required(value), "{key}: {value}");
                    left_out += 1;
                }
            }
            let form = schema::for_form(full.clone());
            for keyword in ["anyOf", "not"] {
                assert_eq!(count(form.as_value(), keyword), 0, "{keyword} is left");
            }
            for keyword in ["if", "then", "oneOf", "readOnly", "writeOnly"] {
                assert_eq!(
                    count(form.as_value(), keyword),
                    count(full.as_value(), keyword),
                    "{keyword}"
                );
            }
            // Nothing else changes: the form's schema is the full one without those keywords.
            // (A `0` that means "not set" beside a range becomes the range from 0.)
            fn without_pickers(value: &Value, in_properties: bool) -> Value {
                match value {
                    Value::Object(map) => {
                        let mut out: serde_json::Map<String, Value> = map
                            .iter()
                            .filter(|(key, _)| in_properties || (*key != "anyOf" && *key != "not"))
                            .map(|(key, inner)| {
                                (
                                    key.clone(),
                                    without_pickers(inner, !in_properties && key == "properties"),
                                )
                            })
                            .collect();
                        let any = map.get("anyOf").filter(|_| !in_properties);
                        if let Some(any) = any.filter(|any| any[0] == json!({ "const": 0 })) {
                            out.insert("minimum".into(), json!(0));
                            out.insert("maximum".into(), any[1]["maximum"].clone());
                        }
                        Value::Object(out)
                    }
                    Value::Array(items) => {
                        Value::Array(items.iter().map(|i| without_pickers(i, false)).collect())
                    }
                    other => other.clone(),
                }
            }
            assert_eq!(form.as_value(), &without_pickers(full.as_value(), false));
        }
    }
    assert!(
        left_out > 0,
        "the schemas have no anyOf or not: nothing is tested"
    );
}
