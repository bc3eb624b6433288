//! JSON Schemas for every compute kind, generated from the field tables in `model/` — the same
//! declarations the shape rules walk — plus the cross-field rules a schema can express. Each
//! constraint names its rule in `x-amlint-rule`. The schemas describe a spec in its canonical,
//! final form: values `az ml` merely converts (`"4"`, `Dedicated`) or template placeholders are
//! rejected here, and reported by amlint as AML106, AML109, AML201 or AML804.

mod matches;
mod policy;
mod ui;

pub use matches::{Patterns, SchemaError, matches, matches_with};
pub use policy::for_policies;
pub use ui::{UiOptions, json_forms as json_forms_ui_schema, rjsf as ui_schema};

use schemars::Schema;

/// A schema from a JSON object literal, as schemars' `json_schema!` makes one but without its
/// runtime check that the literal is an object (it always is): that check's error path formats
/// floats and would bring core's float formatting into the .wasm (docs/performance.md).
macro_rules! schema {
    ({ $($body:tt)* }) => {
        match ::serde_json::json!({ $($body)* }) {
            ::serde_json::Value::Object(map) => ::schemars::Schema::from(map),
            _ => ::schemars::Schema::from(::serde_json::Map::new()),
        }
    };
}
use serde_json::{Map, Value, json};

use crate::kind::Kind;
use crate::model::{DefaultValue, Field, Mutability, Ty};
use crate::rules::{access, aks, deployed, document, instance, name, network, resource_id, shape};

/// A JSON Schema draft to emit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Draft {
    /// Draft-07: what RJSF, JSON Forms and most editors read. The default.
    #[default]
    Draft07,
    /// Draft 2020-12: what current validators and OpenAPI 3.1 read.
    Draft2020_12,
}

impl Draft {
    /// The meta-schema URI.
    #[must_use]
    pub fn uri(self) -> &'static str {
        match self {
            Draft::Draft07 => "http://json-schema.org/draft-07/schema#",
            Draft::Draft2020_12 => "https://json-schema.org/draft/2020-12/schema",
        }
    }

    /// The folder name used under `schemas/`.
    #[must_use]
    pub fn folder(self) -> &'static str {
        match self {
            Draft::Draft07 => "draft-07",
            Draft::Draft2020_12 => "2020-12",
        }
    }

    /// Reads `07`, `draft-07`, `2020-12`, `draft2020-12`.
    #[must_use]
    pub fn parse(text: &str) -> Option<Draft> {
        match text
            .trim()
            .trim_start_matches("draft")
            .trim_start_matches('-')
        {
            "07" | "7" => Some(Draft::Draft07),
            "2020-12" => Some(Draft::Draft2020_12),
            _ => None,
        }
    }
}

/// The file name of a kind's schema, e.g. `amlcompute.schema.json`.
#[must_use]
pub fn file_name(kind: Kind) -> String {
    format!("{}.schema.json", kind.type_name())
}

/// The file name of the schema that selects the kind by `type`.
pub const COMBINED_FILE_NAME: &str = "compute.schema.json";

/// The schema of one kind.
#[must_use]
pub fn for_kind(kind: Kind, draft: Draft) -> Schema {
    let mut schema = kind_body(kind);
    if let Some(object) = schema.as_object_mut() {
        let mut root = Map::new();
        root.insert("$schema".into(), json!(draft.uri()));
        root.append(object);
        *object = root;
    }
    finish(schema, draft)
}

/// One schema for every kind, selecting the kind by `type` (`oneOf` with `const`, plus an
/// OpenAPI-style `discriminator` that RJSF and ajv understand).
#[must_use]
pub fn combined(draft: Draft) -> Schema {
    let defs_key = match draft {
        Draft::Draft07 => "definitions",
        Draft::Draft2020_12 => "$defs",
    };
    let mut defs = Map::new();
    let mut options = Vec::new();
    for kind in Kind::ALL {
        defs.insert(kind.type_name().into(), kind_body(*kind).to_value());
        options.push(json!({ "$ref": format!("#/{defs_key}/{}", kind.type_name()) }));
    }
    let schema = schema!({
        "$schema": draft.uri(),
        "title": "Azure Machine Learning compute",
        "description": "Any compute spec amlint checks; `type` selects the kind.",
        "type": "object",
        "required": ["type"],
        "discriminator": { "propertyName": "type" },
        "oneOf": options,
        defs_key: defs,
    });
    finish(schema, draft)
}

fn finish(mut schema: Schema, draft: Draft) -> Schema {
    if let Some(root) = schema.as_object_mut() {
        each_schema(root, &mut explicit_types);
        if draft == Draft::Draft07 {
            each_schema(root, &mut to_draft07);
        }
    }
    schema
}

/// Applies `change` to a schema object and then to each of its subschemas, depth first (as
/// schemars' `transform_subschemas` walks them, without converting each to a `Schema`).
fn each_schema(object: &mut Map<String, Value>, change: &mut impl FnMut(&mut Map<String, Value>)) {
    change(object);
    for (key, child) in object.iter_mut() {
        match (key.as_str(), child) {
            // `items` may also be a list of schemas (draft-07 tuples).
            ("items" | "allOf" | "anyOf" | "oneOf" | "prefixItems", Value::Array(items)) => {
                items.iter_mut().for_each(|item| subschema(item, change));
            }
            ("properties" | "patternProperties" | "$defs" | "definitions", Value::Object(map)) => {
                map.values_mut().for_each(|item| subschema(item, change));
            }
            (
                "not"
                | "if"
                | "then"
                | "else"
                | "contains"
                | "additionalProperties"
                | "propertyNames"
                | "additionalItems"
                | "items",
                value,
            ) => subschema(value, change),
            _ => {}
        }
    }
}

fn subschema(value: &mut Value, change: &mut impl FnMut(&mut Map<String, Value>)) {
    if let Value::Object(object) = value {
        each_schema(object, change);
    }
}

/// States what conditionals leave implicit, as ajv's strict mode asks: a subschema using
/// `required` is about an object and declares those properties; one using `minItems` is about
/// an array. The verdicts do not change: such subschemas only ever meet objects (or arrays)
/// whose type the enclosing schema already checks.
fn explicit_types(object: &mut Map<String, Value>) {
    let typed = ["type", "const", "enum", "$ref", "readOnly"]
        .iter()
        .any(|k| object.contains_key(*k));
    if !typed {
        let is_object = ["required", "properties", "dependentRequired"]
            .iter()
            .any(|k| object.contains_key(*k));
        let is_array = ["minItems", "maxItems", "items"]
            .iter()
            .any(|k| object.contains_key(*k));
        if is_object {
            object.insert("type".into(), json!("object"));
        } else if is_array {
            object.insert("type".into(), json!("array"));
        }
    }
    if let Some(Value::Array(required)) = object.get("required").cloned()
        && let Value::Object(properties) = object.entry("properties").or_insert_with(|| json!({}))
    {
        for key in required.iter().filter_map(Value::as_str) {
            properties.entry(key).or_insert_with(|| json!({}));
        }
    }
}

/// Rewrites the 2020-12 keywords amlint uses into their draft-07 forms.
fn to_draft07(object: &mut Map<String, Value>) {
    if let Some(value) = object.remove("dependentRequired") {
        object.insert("dependencies".into(), value);
    }
}

fn kind_body(kind: Kind) -> Schema {
    let mut body = object_schema(kind, kind.fields(), &[]);
    let extra = cross_field(kind);
    if let Some(object) = body.as_object_mut() {
        object.insert("title".into(), json!(kind_title(kind)));
        object.insert("description".into(), json!(kind_description(kind)));
        // At the root, `type: object` and `required: [type]` are also AML009 and AML010.
        object.insert(
            "x-amlint-rule".into(),
            json!([
                document::ROOT_NOT_MAPPING.code,
                document::MISSING_TYPE.code,
                shape::MISSING_REQUIRED_FIELD.code,
                shape::WRONG_TYPE.code,
                shape::UNKNOWN_FIELD.code
            ]),
        );
        if !extra.is_empty() {
            object.insert("allOf".into(), Value::Array(extra));
        }
    }
    body
}

/// A kind's schema title: `Compute cluster (amlcompute)`.
fn kind_title(kind: Kind) -> String {
    format!("{} ({})", capitalise(kind.display_name()), kind.type_name())
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_ascii_uppercase().to_string() + chars.as_str()
    })
}

fn kind_description(kind: Kind) -> String {
    use crate::kind::Submission;
    let how = match kind.submission() {
        Submission::Create => "Submitted with `az ml compute create --file`.",
        Submission::Attach => "Submitted with `az ml compute attach --file`.",
        Submission::StudioOnly => {
            "An amlint kind: az ml v2 cannot submit it; the studio, REST API and ARM can."
        }
    };
    format!(
        "An Azure Machine Learning {} spec, as amlint checks it. {how}",
        kind.display_name()
    )
}

fn object_schema(kind: Kind, fields: &'static [Field], path: &[&str]) -> Schema {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for field in fields {
        let mut here = path.to_vec();
        here.push(field.name);
        properties.insert(
            field.name.into(),
            field_schema(kind, field, &here).to_value(),
        );
        if field.required {
            required.push(field.name);
        }
    }
    let mut schema = schema!({
        "type": "object",
        "properties": properties,
        "additionalProperties": false,
        "x-amlint-rule": [shape::WRONG_TYPE.code, shape::UNKNOWN_FIELD.code],
    });
    if !required.is_empty() {
        schema.insert("required".into(), json!(required));
        rules(&mut schema, &[shape::MISSING_REQUIRED_FIELD.code]);
    }
    for (at, keywords) in nested_rules(kind) {
        if at == path
            && let (Some(object), Value::Object(add)) = (schema.as_object_mut(), keywords)
        {
            for (key, value) in add {
                match (object.get_mut(&key), value) {
                    (Some(Value::Array(existing)), Value::Array(more)) => existing.extend(more),
                    (_, value) => {
                        object.insert(key, value);
                    }
                }
            }
        }
    }
    schema
}

fn rules(schema: &mut Schema, codes: &[&str]) {
    if let Some(object) = schema.as_object_mut() {
        let list = object.entry("x-amlint-rule").or_insert_with(|| json!([]));
        if let Value::Array(items) = list {
            for code in codes {
                if !items.iter().any(|i| i == code) {
                    items.push(json!(code));
                }
            }
        }
    }
}

fn default_value(value: DefaultValue) -> Value {
    match value {
        DefaultValue::Bool(b) => json!(b),
        DefaultValue::Int(i) => json!(i),
        DefaultValue::Str(s) => json!(s),
    }
}

/// A field where `0` means "not set" (az ml sends nothing for it, and no range applies): `0`, or a
/// value in the field's range.
fn zero_or_in_range(schema: &mut Schema) {
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    let range: Map<String, Value> = ["minimum", "maximum"]
        .into_iter()
        .filter_map(|key| Some((key.to_owned(), object.remove(key)?)))
        .collect();
    if !range.is_empty() {
        object.insert("anyOf".into(), json!([{ "const": 0 }, range]));
    }
}

fn field_schema(kind: Kind, field: &'static Field, path: &[&str]) -> Schema {
    let mut schema = if field.read_only {
        // az ml drops these before validating anything, so any value is accepted (AML105 warns).
        schema!({ "readOnly": true, "x-amlint-rule": [shape::READ_ONLY_FIELD.code] })
    } else if path == ["type"] {
        schema!({ "const": kind.type_name(), "default": kind.type_name(), "x-amlint-rule": [document::UNKNOWN_TYPE.code] })
    } else {
        let mut schema = ty_schema(kind, &field.ty, path);
        special(kind, path, &mut schema);
        if field.zero_means_unset {
            zero_or_in_range(&mut schema);
        }
        schema
    };
    if let Some(object) = schema.as_object_mut() {
        let mut head = Map::new();
        if !field.title.is_empty() {
            head.insert("title".into(), json!(field.title));
        }
        if !field.description.is_empty() {
            head.insert("description".into(), json!(field.description));
        }
        if let Some(default) = field.default {
            head.insert("default".into(), default_value(default));
        }
        if field.secret {
            head.insert("writeOnly".into(), json!(true));
        }
        head.append(object);
        *object = head;
    }
    schema
}

fn ty_schema(kind: Kind, ty: &'static Ty, path: &[&str]) -> Schema {
    match ty {
        Ty::Str => schema!({ "type": "string" }),
        Ty::Int { min, max } => {
            let mut schema = schema!({ "type": "integer" });
            if let Some(min) = min {
                schema.insert("minimum".into(), json!(min));
            }
            if let Some(max) = max {
                schema.insert("maximum".into(), json!(max));
            }
            if min.is_some() || max.is_some() {
                rules(&mut schema, &[shape::VALUE_OUT_OF_RANGE.code]);
            }
            schema
        }
        Ty::Bool => schema!({ "type": "boolean" }),
        Ty::Enum(spec) => {
            schema!({ "type": "string", "enum": spec.values, "x-amlint-rule": [shape::INVALID_ENUM_VALUE.code] })
        }
        Ty::StrMap => {
            schema!({ "type": "object", "additionalProperties": { "type": "string" } })
        }
        Ty::AnyMap => schema!({ "type": "object" }),
        Ty::Object(fields) => object_schema(kind, fields, path),
        Ty::List(inner) => {
            let mut item_path = path.to_vec();
            item_path.push("*");
            schema!({ "type": "array", "items": ty_schema(kind, inner, &item_path) })
        }
        Ty::Tagged { tag, variants } => {
            let names: Vec<&str> = variants.iter().map(|(name, _)| *name).collect();
            let branches: Vec<Value> = variants
                .iter()
                .map(|(name, fields)| {
                    let mut then = object_schema(kind, fields, path);
                    if let Some(Value::Object(props)) = then.get_mut("properties") {
                        props.insert((*tag).into(), json!({ "const": name }));
                    }
                    json!({
                        "if": { "properties": { *tag: { "const": name } }, "required": [tag] },
                        "then": then,
                    })
                })
                .collect();
            schema!({
                "type": "object",
                "required": [tag],
                "properties": { *tag: { "type": "string", "enum": names, "x-amlint-rule": [shape::INVALID_ENUM_VALUE.code] } },
                "allOf": branches,
            })
        }
    }
}

/// Case-insensitive spelling of a fixed word, for patterns (`subscriptions` → `[sS][uU]...`).
fn any_case(word: &str) -> String {
    word.chars()
        .map(|c| {
            if c.is_ascii_alphabetic() {
                format!("[{}{}]", c.to_ascii_lowercase(), c.to_ascii_uppercase())
            } else {
                c.to_string()
            }
        })
        .collect()
}

const GUID: &str = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const OCTET: &str = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])";

/// An Azure resource ID, as `rules/resource_id.rs` parses it.
fn arm_id_pattern() -> String {
    format!(
        "/{}/{GUID}/{}/[^/]+/{}/[^/]+(?:/[^/]+/[^/]+)+",
        any_case("subscriptions"),
        any_case("resourceGroups"),
        any_case("providers")
    )
}

/// Keywords added to particular fields: name rules, resource IDs, address formats.
fn special(kind: Kind, path: &[&str], schema: &mut Schema) {
    let arm = arm_id_pattern();
    let add = |schema: &mut Schema, keywords: Value, codes: &[&str]| {
        if let (Some(object), Value::Object(more)) = (schema.as_object_mut(), keywords) {
            object.extend(more);
        }
        rules(schema, codes);
    };
    match path {
        ["name"] => {
            let (min, max) = crate::rules::name::length_limits(kind);
            let (pattern, rule) = if crate::rules::name::NAME_HYPHEN_SUFFIX.applies_to(kind) {
                (
                    "^[A-Za-z](?:[A-Za-z0-9]*|[A-Za-z0-9-]*-[0-9]*[A-Za-z][A-Za-z0-9]*)$",
                    name::NAME_HYPHEN_SUFFIX.code,
                )
            } else {
                (
                    "^[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?$",
                    name::NAME_TRAILING_HYPHEN.code,
                )
            };
            add(
                schema,
                json!({ "minLength": min, "maxLength": max, "pattern": pattern }),
                &[
                    name::NAME_LENGTH.code,
                    name::NAME_INVALID_CHARACTERS.code,
                    name::NAME_FIRST_CHARACTER.code,
                    rule,
                ],
            );
        }
        ["resource_id"] | ["identity", "user_assigned_identities", "*", "resource_id"] => {
            add(
                schema,
                json!({ "pattern": format!("^{arm}$") }),
                &[resource_id::RESOURCE_ID_MALFORMED.code],
            );
        }
        ["network_settings", "subnet_id"] if kind == Kind::Aks => {
            add(
                schema,
                json!({ "pattern": format!("^{arm}$") }),
                &[resource_id::RESOURCE_ID_MALFORMED.code],
            );
        }
        ["network_settings", "subnet"] => {
            add(
                schema,
                json!({ "pattern": format!("^(?:[^/][\\s\\S]*|{arm})?$") }),
                &[resource_id::RESOURCE_ID_MALFORMED.code],
            );
        }
        ["network_settings", "service_cidr" | "docker_bridge_cidr"] if kind == Kind::Aks => {
            let pattern = format!("^{OCTET}(?:\\.{OCTET}){{3}}(?:/(?:3[0-2]|[12][0-9]|[0-9]))?$");
            add(
                schema,
                json!({ "pattern": pattern }),
                &[aks::ADDRESS_INVALID.code],
            );
        }
        ["network_settings", "dns_service_ip"] if kind == Kind::Aks => {
            add(
                schema,
                json!({ "pattern": format!("^{OCTET}(?:\\.{OCTET}){{3}}$") }),
                &[aks::ADDRESS_INVALID.code],
            );
        }
        ["create_on_behalf_of", "user_tenant_id" | "user_object_id"] => {
            add(
                schema,
                json!({ "pattern": format!("^{GUID}$") }),
                &[instance::ON_BEHALF_OF_INCOMPLETE.code],
            );
        }
        [
            "schedules",
            "compute_start_stop",
            "*",
            "trigger",
            "start_time",
        ] => {
            let pattern = "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$";
            add(
                schema,
                json!({ "pattern": pattern }),
                &[instance::START_TIME_FORMAT.code],
            );
        }
        ["schedules", "compute_start_stop"] => add(
            schema,
            json!({ "maxItems": 4 }),
            &[instance::TOO_MANY_SCHEDULES.code],
        ),
        _ => {}
    }
}

// Small builders for the cross-field fragments below: `json!` expands to inline code for every
// key, which the size-optimised WASM build pays for; these loops are written once.

/// An object from key/value pairs, in order.
fn obj(pairs: Vec<(&str, Value)>) -> Value {
    Value::Object(
        pairs
            .into_iter()
            .map(|(key, value)| (key.to_owned(), value))
            .collect(),
    )
}

fn strings(items: &[&str]) -> Value {
    Value::Array(
        items
            .iter()
            .map(|s| Value::String((*s).to_owned()))
            .collect(),
    )
}

/// `{"required": [...]}`.
fn required(keys: &[&str]) -> Value {
    obj(vec![("required", strings(keys))])
}

/// `[{"required": [a]}, {"required": [b]}, ...]`: one of the keys.
fn any_required(keys: &[&str]) -> Value {
    Value::Array(keys.iter().map(|k| required(&[k])).collect())
}

/// `{"if": <property has value>, "then": then}`.
fn when(property: &str, test: (&str, Value), then: Value) -> Value {
    let condition = obj(vec![
        ("properties", obj(vec![(property, obj(vec![test]))])),
        ("required", strings(&[property])),
    ]);
    obj(vec![("if", condition), ("then", then)])
}

/// The `x-amlint-rule` entry.
fn rule_codes(codes: &[&str]) -> (&'static str, Value) {
    ("x-amlint-rule", strings(codes))
}

/// Cross-field rules inside nested objects: `(path of the object, keywords to add)`.
fn nested_rules(kind: Kind) -> Vec<(Vec<&'static str>, Value)> {
    let mut out = Vec::new();
    if matches!(kind, Kind::ComputeInstance | Kind::AmlCompute) {
        let dependent = obj(vec![("vnet_name", strings(&["subnet"]))]);
        out.push((
            vec!["network_settings"],
            obj(vec![
                ("dependentRequired", dependent),
                rule_codes(&[network::VNET_WITHOUT_SUBNET.code]),
            ]),
        ));
    }
    out.extend(ssh_credentials(kind));
    if kind.fields().iter().any(|f| f.name == "identity") {
        out.push((vec!["identity"], user_assigned_identities()));
    }
    if kind == Kind::ComputeInstance {
        let both = obj(vec![
            ("required", strings(&["user_tenant_id", "user_object_id"])),
            rule_codes(&[instance::ON_BEHALF_OF_INCOMPLETE.code]),
        ]);
        out.push((vec!["create_on_behalf_of"], both));
    }
    if kind == Kind::Aks {
        out.push((vec!["ssl"], aks_ssl()));
        let all = obj(vec![
            (
                "required",
                strings(&[
                    "subnet_id",
                    "service_cidr",
                    "dns_service_ip",
                    "docker_bridge_cidr",
                ]),
            ),
            rule_codes(&[aks::AKS_NETWORK_INCOMPLETE.code]),
        ]);
        out.push((vec!["network_settings"], all));
    }
    out
}

/// `ssh_settings` needs one of the kind's credentials (AML503).
fn ssh_credentials(kind: Kind) -> Option<(Vec<&'static str>, Value)> {
    let credentials: &[&str] = match kind {
        Kind::AmlCompute => &["admin_password", "ssh_key_value"],
        Kind::VirtualMachine => &["admin_password", "ssh_private_key_file"],
        Kind::HdInsight => &["admin_password", "ssh_private_key_file", "ssh_key_value"],
        _ => return None,
    };
    let keywords = obj(vec![
        ("anyOf", any_required(credentials)),
        rule_codes(&[access::SSH_CREDENTIALS_MISSING.code]),
    ]);
    Some((vec!["ssh_settings"], keywords))
}

/// A user-assigned identity needs its list of identities (AML508).
fn user_assigned_identities() -> Value {
    let then = obj(vec![
        ("required", strings(&["user_assigned_identities"])),
        (
            "properties",
            obj(vec![(
                "user_assigned_identities",
                obj(vec![("minItems", json!(1))]),
            )]),
        ),
    ]);
    let user = (
        "enum",
        strings(&["user_assigned", "system_assigned,user_assigned"]),
    );
    obj(vec![
        ("allOf", Value::Array(vec![when("type", user, then)])),
        rule_codes(&[access::USER_ASSIGNED_WITHOUT_IDENTITIES.code]),
    ])
}

/// An AKS cluster's SSL: one kind of certificate, and what each status needs (AML706, AML707).
fn aks_ssl() -> Value {
    let own = obj(vec![("anyOf", any_required(&["cert", "key", "cname"]))]);
    let managed = obj(vec![(
        "anyOf",
        any_required(&["leaf_domain_label", "overwrite_existing_domain"]),
    )]);
    let conditions = vec![
        when(
            "status",
            ("const", json!("enabled")),
            required(&["cert", "key", "cname"]),
        ),
        when(
            "status",
            ("const", json!("auto")),
            required(&["leaf_domain_label"]),
        ),
    ];
    obj(vec![
        (
            "not",
            obj(vec![("allOf", Value::Array(vec![own, managed]))]),
        ),
        ("allOf", Value::Array(conditions)),
        rule_codes(&[aks::SSL_CERT_WITH_LEAF_LABEL.code, aks::SSL_INCOMPLETE.code]),
    ])
}

/// Cross-field rules at the root of a spec, as `allOf` entries.
fn cross_field(kind: Kind) -> Vec<Value> {
    match kind {
        Kind::Aks => vec![
            obj(vec![
                ("not", required(&["resource_id", "size"])),
                rule_codes(&[aks::AKS_CREATE_AND_ATTACH.code]),
            ]),
            obj(vec![
                (
                    "anyOf",
                    Value::Array(vec![
                        required(&["resource_id"]),
                        required(&["size", "agent_count"]),
                    ]),
                ),
                rule_codes(&[aks::AKS_NEITHER_CREATE_NOR_ATTACH.code]),
            ]),
        ],
        _ => Vec::new(),
    }
}

/// Every `(kind or combined, draft)` schema file as `(relative path, pretty JSON)`.
#[must_use]
pub fn files() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for draft in [Draft::Draft07, Draft::Draft2020_12] {
        for kind in Kind::ALL {
            out.push((
                format!("{}/{}", draft.folder(), file_name(*kind)),
                pretty(&for_kind(*kind, draft)),
            ));
        }
        out.push((
            format!("{}/{COMBINED_FILE_NAME}", draft.folder()),
            pretty(&combined(draft)),
        ));
    }
    // The same schemas with Dutch labels and help, for Dutch forms (`schemas/nl/...`).
    let english = out.clone();
    for (path, text) in english {
        let Ok(schema) = serde_json::from_str::<Schema>(&text) else {
            continue;
        };
        out.push((
            format!("nl/{path}"),
            pretty(&localized(&schema, crate::Locale::Nl)),
        ));
    }
    out
}

/// What a schema is for: a form that creates a compute, or one that edits an existing one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Every field may be set. The default.
    #[default]
    Create,
    /// Fields that cannot change after creation are `readOnly` (an edit form disables them),
    /// tagged with the rule that reports a change to them.
    Update,
}

impl Mode {
    /// Reads `create` or `update`.
    #[must_use]
    pub fn parse(text: &str) -> Option<Mode> {
        match text {
            "create" => Some(Mode::Create),
            "update" => Some(Mode::Update),
            _ => None,
        }
    }
}

/// A kind's or the combined schema for `mode`: in update mode, every compute kind's fields that
/// are fixed at creation (model `Mutability::CreateOnly`) become `readOnly`, those of them az ml
/// fills in when left out become `required` (left out, az ml would ask to change them), and every
/// field az ml fills in says with what (`x-amlint-sent`).
#[must_use]
pub fn for_mode(mut schema: Schema, mode: Mode) -> Schema {
    fn walk(value: &mut Value) {
        let Value::Object(object) = value else { return };
        let kind = object
            .get("properties")
            .and_then(|p| p.get("type"))
            .and_then(|t| t.get("const"))
            .and_then(Value::as_str)
            .and_then(Kind::from_type);
        if let (Some(kind), Some(Value::Object(properties))) = (kind, object.get_mut("properties"))
        {
            let mut keep = Vec::new();
            for field in kind.fields() {
                if let (Some(sent), Some(Value::Object(property))) =
                    (field.sent, properties.get_mut(field.name))
                {
                    // What az ml sends when an edited spec leaves the field out.
                    property.insert("x-amlint-sent".into(), default_value(sent));
                }
                if field.mutability != Some(Mutability::CreateOnly) {
                    continue;
                }
                if field.sent.is_some() {
                    // Left out, az ml would send its own value and ask to change what cannot
                    // change (AML901): an edit form must keep the existing value.
                    keep.push(field.name);
                }
                if let Some(Value::Object(property)) = properties.get_mut(field.name) {
                    property.insert("readOnly".into(), Value::Bool(true));
                    let code = json!(deployed::IMMUTABLE_FIELD_CHANGED.code);
                    let tags = property.entry("x-amlint-rule").or_insert_with(|| json!([]));
                    if let Value::Array(codes) = tags
                        && !codes.contains(&code)
                    {
                        codes.push(code);
                    }
                }
            }
            if !keep.is_empty() {
                let required = object.entry("required").or_insert_with(|| json!([]));
                if let Value::Array(names) = required {
                    for name in keep {
                        if !names.iter().any(|n| n == name) {
                            names.push(json!(name));
                        }
                    }
                }
            }
        }
        for inner in object.values_mut() {
            match inner {
                Value::Array(items) => items.iter_mut().for_each(walk),
                other => walk(other),
            }
        }
    }
    if mode == Mode::Update
        && let Some(object) = schema.as_object_mut()
    {
        let mut value = Value::Object(std::mem::take(object));
        walk(&mut value);
        if let Value::Object(map) = value {
            *object = map;
        }
    }
    schema
}

/// The schema a form renders: without the `anyOf` and `not` keywords, which form libraries (RJSF,
/// JSON Forms) draw as pickers of alternatives. In amlint's schemas they say which fields must (or
/// must not) be given together, and that a field's `0` means "not set" beside its range
/// ([`zero_or_in_range`]); the form keeps the range from 0 to its maximum, and `validate` checks
/// the rest and reports at the field. `if`/`then`, which form libraries follow to show
/// conditional fields, stay.
#[must_use]
pub fn for_form(mut schema: Schema) -> Schema {
    if let Some(root) = schema.as_object_mut() {
        each_schema(root, &mut |object| {
            let maximum = object
                .get("anyOf")
                .and_then(Value::as_array)
                .filter(|options| options.first() == Some(&json!({ "const": 0 })))
                .and_then(|options| options.get(1)?.get("maximum").cloned());
            object.retain(|key, _| key != "anyOf" && key != "not");
            if let Some(maximum) = maximum {
                object.insert("minimum".into(), json!(0));
                object.insert("maximum".into(), maximum);
            }
        });
    }
    schema
}

/// A schema with its titles and descriptions in `locale` (what a form shows as labels and help);
/// everything a machine reads — keys, types, enums, patterns, `x-amlint-*` — stays as it is.
#[must_use]
pub fn localized(schema: &Schema, locale: crate::Locale) -> Schema {
    fn walk(value: &mut serde_json::Value, locale: crate::Locale) {
        match value {
            serde_json::Value::Object(object) => {
                for (key, inner) in object.iter_mut() {
                    match inner {
                        serde_json::Value::String(text)
                            if key == "title" || key == "description" =>
                        {
                            if let Some(translated) = crate::messages::schema_text(locale, text) {
                                *text = translated.to_owned();
                            }
                        }
                        other => walk(other, locale),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|i| walk(i, locale)),
            _ => {}
        }
    }
    // In place on a clone: no round trip through serde, which would bring its float formatting
    // and error texts into the .wasm.
    let mut localized = schema.clone();
    if let Some(object) = localized.as_object_mut() {
        for (key, inner) in object.iter_mut() {
            match inner {
                serde_json::Value::String(text) if key == "title" || key == "description" => {
                    if let Some(translated) = crate::messages::schema_text(locale, text) {
                        *text = translated.to_owned();
                    }
                }
                other => walk(other, locale),
            }
        }
    }
    localized
}

/// Pretty JSON with a trailing newline, as committed.
#[must_use]
pub fn pretty(schema: &Schema) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}
