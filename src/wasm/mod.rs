//! The WebAssembly face of amlint (the npm package). Each export reads its JS arguments, calls the
//! core, and hands back plain data: no rule logic lives here. Options are read into their typed
//! structs in `options.rs`; every error thrown is the message catalog's.

mod dto;
mod flat;
mod options;

// Validation allocates many small strings; talc serves them faster than the default dlmalloc, and
// its code is smaller (docs/performance.md).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod js;

/// What `Validator::validate` does with an object, from the flat notation `flatten.js` writes to
/// the text `findings.js` reads, without JS: for fuzzing, and for tests that need no engine.
#[doc(hidden)]
pub fn validate_flat(
    text: &str,
    options: &crate::Options,
    locale: crate::Locale,
) -> Result<String, String> {
    let node = flat::read(text, options.limits)
        .map_err(|e| e.text(locale, &options::Subject::Spec.name(options::Say(locale))))?;
    let settings = crate::report::Settings {
        locale,
        ..crate::report::Settings::default()
    };
    let found = dto::from_tree(&crate::node_diagnostics(&node, options), settings);
    Ok(dto::flat_text(&found))
}

pub use crate::report::{
    Finding as Diagnostic, FindingEdit as TextEdit, FindingFix as Fix, RuleInfo,
};
#[cfg(not(feature = "form"))]
pub use dto::SizesOptions;
#[cfg(not(feature = "form"))]
pub use dto::TerraformOptions;
pub use dto::{
    Documents, Given, KindInfo, Object, Pairs, PolicyOptions, SchemaOptions, ValidateOptions,
};

#[cfg(target_arch = "wasm32")]
mod exports {
    use serde::Serialize;
    use wasm_bindgen::prelude::*;

    use super::dto::{self, KindInfo};
    use super::js;
    use super::options::{self, Say, Subject, Thrown};
    use crate::report::{SEVERITIES, Settings};
    use crate::schema;
    use crate::yaml::{Node, Value};
    use crate::{Kind, Locale, Options};

    #[wasm_bindgen(typescript_custom_section)]
    const TYPES: &str = r#"
/** A compute kind: the value of `type` in a spec. */
export type ComputeKind = "computeinstance" | "amlcompute" | "kubernetes" | "virtualmachine" | "synapsespark" | "aks" | "hdinsight" | "databricks" | "datalakeanalytics";
/** How serious a finding is. */
export type Severity = "error" | "warning" | "info";
"#;

    /// The error JS receives.
    fn thrown(error: Thrown) -> JsValue {
        match error {
            Thrown::Type(message) => js_sys::TypeError::new(&message).into(),
            Thrown::Range(message) => js_sys::RangeError::new(&message).into(),
            #[cfg(feature = "form")]
            Thrown::Error(message) => js_sys::Error::new(&message).into(),
        }
    }

    /// Errors of the functions that take no `locale`: English.
    const ENGLISH: Say = Say(Locale::En);

    /// Hands plain data to JS as one JSON string that the engine's own `JSON.parse` turns into
    /// objects: one boundary crossing instead of one per value, and less code than building the
    /// objects from Rust. (Findings, handed over on every keystroke, take a cheaper path:
    /// `js::diagnostics`.)
    /// Serialising these types cannot fail (string keys only); the error's text is not kept
    /// because formatting serde errors costs the .wasm several kilobytes.
    fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
        let text = serde_json::to_string(value)
            .map_err(|_| thrown(ENGLISH.type_error("wasm.serialise", &[])))?;
        js_sys::JSON::parse(&text)
    }

    /// Reads a JS value (in `flatten.js`, inside its `try`) and hands its tree to `f`; a value
    /// that is not data is a `TypeError` naming it as `subject`.
    fn with_node<R>(
        value: &JsValue,
        say: Say,
        subject: Subject,
        f: impl FnOnce(&Node<'_>) -> R,
    ) -> Result<R, JsValue> {
        js::with_node(value, f).map_err(|e| thrown(Thrown::Type(e.text(say.0, &subject.name(say)))))
    }

    /// Reads the options of `function` with `read` (in `options.rs`).
    fn read_options<R>(
        value: &JsValue,
        function: &'static str,
        read: impl FnOnce(&Node<'_>) -> Result<R, Thrown>,
    ) -> Result<R, JsValue> {
        with_node(value, ENGLISH, Subject::Options(function), read)?.map_err(thrown)
    }

    /// What a JS value is, for a message: its `typeof`, or `null`.
    fn what_is(value: &JsValue) -> String {
        if value.is_null() {
            "null".to_owned()
        } else {
            value.js_typeof().as_string().unwrap_or_default()
        }
    }

    /// A string argument, or a `TypeError`: the catalog's `id` ("`parse` expects YAML or JSON
    /// text (a string), not number").
    fn string_arg(value: &JsValue, say: Say, id: &str) -> Result<String, JsValue> {
        value
            .as_string()
            .ok_or_else(|| thrown(say.type_error(id, &[("type", &what_is(value))])))
    }

    /// The `TypeError` for a spec that is neither an object nor text.
    fn not_a_spec(function: &str, spec: &JsValue, say: Say) -> JsValue {
        thrown(say.type_error(
            "wasm.not_spec",
            &[("function", function), ("type", &what_is(spec))],
        ))
    }

    /// Checks a spec: a plain object (a form's state) or YAML/JSON text. Returns every finding;
    /// findings for text carry 1-based lines and UTF-16 columns. Throws a `TypeError` for input
    /// that is not a spec at all (undefined, a number, a function, a cyclic object) and a
    /// `RangeError` for an unknown kind or locale.
    #[wasm_bindgen(unchecked_return_type = "Diagnostic[]")]
    pub fn validate(
        #[wasm_bindgen(unchecked_param_type = "object | string")] spec: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ValidateOptions")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        validator(options)?.validate(spec)
    }

    /// `validate` with its options read once: a form validates on every change with the same
    /// options, and reading them is a good part of a call. Throws as `validate` does for
    /// them.
    #[wasm_bindgen]
    pub fn validator(
        #[wasm_bindgen(unchecked_param_type = "ValidateOptions")] options: JsValue,
    ) -> Result<Validator, JsValue> {
        read_validator(&options, "validate", false).map(|(validator, _)| validator)
    }

    /// Reads `validate`'s options (and, for `fix`, its `unsafe` flag).
    fn read_validator(
        value: &JsValue,
        function: &'static str,
        for_fix: bool,
    ) -> Result<(Validator, bool), JsValue> {
        let read = read_options(value, function, |node| {
            options::validation(node, function, for_fix)
        })?;
        let validator = Validator {
            options: read.options,
            settings: read.settings,
            #[cfg(not(feature = "form"))]
            input: read.input,
            #[cfg(not(feature = "form"))]
            parameters: read.parameters,
            #[cfg(not(feature = "form"))]
            terraform: read.terraform,
        };
        Ok((validator, read.unsafe_fixes))
    }

    /// Validation options, read; see `validator`.
    #[wasm_bindgen]
    pub struct Validator {
        options: Options,
        settings: Settings,
        /// What a text is read as.
        #[cfg(not(feature = "form"))]
        input: crate::InputForm,
        /// A template's parameter file.
        #[cfg(not(feature = "form"))]
        parameters: Option<String>,
        /// A `.tf` text's module: its other files and var files.
        #[cfg(not(feature = "form"))]
        terraform: crate::TerraformModule,
    }

    impl Validator {
        /// Who speaks to the caller: the catalog, in the options' language.
        fn say(&self) -> Say {
            Say(self.settings.locale)
        }

        /// `fix` with its `unsafe` flag read.
        #[cfg(not(feature = "form"))]
        fn fix_spec(&self, spec: &JsValue, unsafe_fixes: bool) -> Result<JsValue, JsValue> {
            let result = js_sys::Object::new();
            // A plain object of our own: setting its properties runs no code of the caller's.
            let set =
                |key: &str, value: &JsValue| js_sys::Reflect::set(&result, &key.into(), value);
            let (fixed, found) = if let Some(text) = js::as_string(spec) {
                let fixed = if self.input == crate::InputForm::Terraform {
                    crate::apply::fix_terraform_text(
                        &text,
                        &self.terraform,
                        &self.options,
                        unsafe_fixes,
                    )
                } else if self.reads_as_iac(&text) {
                    let parameters = self.parameters.as_deref();
                    crate::apply::fix_text_as(
                        &text,
                        self.input,
                        parameters,
                        &self.options,
                        unsafe_fixes,
                    )
                } else {
                    crate::apply::fix_text(&text, &self.options, unsafe_fixes)
                };
                set("text", &fixed.text.as_str().into())?;
                let found = dto::from_text(&fixed.text, &fixed.report, self.settings);
                (fixed.fixed, found)
            } else if spec.is_object() && !spec.is_function() {
                let state = with_node(spec, self.say(), Subject::Spec, |node| node.to_json())?;
                let (document, fixed, report) =
                    crate::apply::fix_tree(&state, &self.options, unsafe_fixes);
                set("spec", &to_js(&document)?)?;
                (fixed, dto::from_tree(&report, self.settings))
            } else {
                return Err(not_a_spec("fix", spec, self.say()));
            };
            set("fixed", &(fixed as f64).into())?;
            set("diagnostics", &js::diagnostics(&found))?;
            Ok(result.into())
        }
    }

    impl Validator {
        /// Whether a text is read as a Terraform plan or an ARM template (or REST body), as said
        /// or by its content.
        #[cfg(not(feature = "form"))]
        fn reads_as_iac(&self, text: &str) -> bool {
            self.input.reads_as_terraform_plan(text.as_bytes())
                || self.input.reads_as_arm(text.as_bytes())
        }

        /// The findings of YAML/JSON text.
        #[cfg(not(feature = "form"))]
        #[allow(clippy::unnecessary_wraps)] // the form module's version fails
        fn text_findings(&self, text: &str) -> Result<Vec<crate::report::Finding>, JsValue> {
            // Terraform, a plan, an ARM template or REST body as `amlint check` reads it; a spec
            // as before.
            let report = if self.input == crate::InputForm::Terraform {
                crate::check_terraform_text(text, &self.terraform, &self.options)
            } else if self.reads_as_iac(text) {
                let parameters = self.parameters.as_deref();
                crate::check_bytes_as(text.as_bytes(), self.input, parameters, &self.options)
            } else {
                crate::check_text(text, &self.options)
            };
            Ok(dto::from_text(text, &report, self.settings))
        }

        /// The form module reads no text: the full module does.
        #[cfg(feature = "form")]
        fn text_findings(&self, _: &str) -> Result<Vec<crate::report::Finding>, JsValue> {
            Err(thrown(self.say().needs_full("validate(text)")))
        }
    }

    #[wasm_bindgen]
    impl Validator {
        /// Checks a spec as `validate` does, with this validator's options.
        #[wasm_bindgen(unchecked_return_type = "Diagnostic[]")]
        pub fn validate(
            &self,
            #[wasm_bindgen(unchecked_param_type = "object | string")] spec: JsValue,
        ) -> Result<JsValue, JsValue> {
            let found = if let Some(text) = js::as_string(&spec) {
                self.text_findings(&text)?
            } else if spec.is_object() && !spec.is_function() {
                with_node(&spec, self.say(), Subject::Spec, |node| {
                    dto::from_tree(&crate::node_diagnostics(node, &self.options), self.settings)
                })?
            } else {
                return Err(not_a_spec("validate", &spec, self.say()));
            };
            // A clean spec, the common case while a form is filled in correctly: no text to hand
            // over and read.
            if found.is_empty() {
                return Ok(js_sys::Array::new().into());
            }
            Ok(js::diagnostics(&found))
        }

        /// Applies the fixes of a spec as `amlint check --fix` does (the unsafe ones too with
        /// `unsafe: true`), until nothing more is fixed: to YAML/JSON text (the result's `text`)
        /// or to a form's state (the result's `spec`, a new object). Returns that, how many fixes
        /// were applied, and the findings of what is left.
        #[cfg(not(feature = "form"))]
        #[wasm_bindgen(unchecked_return_type = "FixResult")]
        pub fn fix(
            &self,
            #[wasm_bindgen(unchecked_param_type = "object | string")] spec: JsValue,
            #[wasm_bindgen(unchecked_param_type = "{ unsafe?: boolean }")] options: JsValue,
        ) -> Result<JsValue, JsValue> {
            let say = self.say();
            let unsafe_fixes = with_node(&options, say, Subject::Options("fix"), |node| {
                options::fix_flags(node, say)
            })?
            .map_err(thrown)?;
            self.fix_spec(&spec, unsafe_fixes)
        }
    }

    #[cfg(not(feature = "form"))]
    #[wasm_bindgen(typescript_custom_section)]
    const FIX_TYPES: &str = r#"
/** What `fix` made of a spec. */
export interface FixResult {
    /** For text input: the fixed text (the input when nothing was fixed). */
    text?: string;
    /** For a form's state: the fixed state, a new object. */
    spec?: Record<string, unknown>;
    /** How many fixes were applied. */
    fixed: number;
    /** The findings of the fixed text: what is left. */
    diagnostics: Diagnostic[];
}
"#;

    /// `validator(options).fix(text, { unsafe })`: the options of `validate`, and whether to apply
    /// the unsafe fixes too.
    #[cfg(not(feature = "form"))]
    #[wasm_bindgen(unchecked_return_type = "FixResult")]
    pub fn fix(
        #[wasm_bindgen(unchecked_param_type = "object | string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ValidateOptions & { unsafe?: boolean }")]
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let (validator, unsafe_fixes) = read_validator(&options, "fix", true)?;
        validator.fix_spec(&text, unsafe_fixes)
    }

    /// Applies the fixes of the given findings (from `validate` on `text`) to `text`: each
    /// finding's edits, in order, skipping one that overlaps another taken before it. For one
    /// "Fix" button, pass that one finding.
    #[cfg(not(feature = "form"))]
    #[wasm_bindgen(js_name = applyFixes)]
    pub fn apply_fixes(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Diagnostic[]")] findings: JsValue,
    ) -> Result<String, JsValue> {
        let text = string_arg(&text, ENGLISH, "wasm.expects.text")?;
        let units = crate::source::Encoding::Utf16.byte_offsets(&text);
        // An edit that does not read (a missing field, an offset outside the text or inside a
        // character) makes its finding's edits `None`.
        let groups = with_node(&findings, ENGLISH, Subject::Findings, |node| {
            node.as_seq().map(|items| {
                items
                    .iter()
                    .map(|finding| {
                        let edits = finding.get_path(&["fix", "edits"]).and_then(Node::as_seq);
                        edits
                            .into_iter()
                            .flatten()
                            .map(|edit| {
                                let at = |key| {
                                    let unit = usize::try_from(edit.get(key)?.as_int()?).ok()?;
                                    units.get(unit).copied().flatten()
                                };
                                let (start, end) = (at("start")?, at("end")?);
                                let replacement = edit.get("content")?.as_str()?.to_owned();
                                (start <= end).then(|| crate::fix::Edit {
                                    span: crate::Span::new(start, end),
                                    replacement,
                                })
                            })
                            .collect::<Option<Vec<_>>>()
                    })
                    .collect::<Vec<_>>()
            })
        })?
        .ok_or_else(|| {
            thrown(ENGLISH.type_error("wasm.expects.findings", &[("function", "applyFixes")]))
        })?;
        // Edits a finding of `validate` cannot hold (outside the text, inside a character,
        // reversed or overlapping each other) would garble it: the caller hears of it.
        if let Some(at) = groups.iter().position(|edits| {
            edits
                .as_ref()
                .is_none_or(|edits| !crate::apply::well_formed(&text, edits))
        }) {
            return Err(thrown(
                ENGLISH.type_error("wasm.edits_misfit", &[("index", &at.to_string())]),
            ));
        }
        let groups: Vec<&[crate::fix::Edit]> = groups.iter().flatten().map(Vec::as_slice).collect();
        Ok(crate::apply::apply_edits(&text, &groups).text)
    }

    /// Applies the fixes of the given findings (from `validate` on `state`) to a form's state, as
    /// JSON Patch: returns the new state (a copy; `state` is not changed). For one "Fix" button,
    /// pass that one finding.
    #[wasm_bindgen(js_name = applyPatch, unchecked_return_type = "Record<string, unknown>")]
    pub fn apply_patch(
        #[wasm_bindgen(unchecked_param_type = "Record<string, unknown>")] state: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Diagnostic[]")] findings: JsValue,
    ) -> Result<JsValue, JsValue> {
        let mut document = with_node(&state, ENGLISH, Subject::State, |node| node.to_json())?;
        let operations = with_node(&findings, ENGLISH, Subject::Findings, |node| {
            node.as_seq().map(|items| {
                items
                    .iter()
                    .filter_map(|f| f.get_path(&["fix", "patch"]).and_then(Node::as_seq))
                    .flatten()
                    .map(Node::to_json)
                    .collect::<Vec<_>>()
            })
        })?
        .ok_or_else(|| {
            thrown(ENGLISH.type_error("wasm.expects.findings", &[("function", "applyPatch")]))
        })?;
        crate::apply::apply_patch(&mut document, &operations);
        to_js(&document)
    }

    /// The JSON Schema of a kind (`compute` for the one that selects the kind by `type`), as a
    /// plain object: the same schema `amlint schema` prints; with `form: true`, the one a form
    /// renders.
    #[wasm_bindgen(unchecked_return_type = "Record<string, unknown>")]
    pub fn schema(
        #[wasm_bindgen(unchecked_param_type = "ComputeKind | \"compute\"")] kind: JsValue,
        #[wasm_bindgen(unchecked_param_type = "SchemaOptions")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let read = read_options(&options, "schema", options::schema)?;
        let say = Say(read.locale);
        let kind = string_arg(&kind, say, "wasm.expects.kind")?;
        let schema = if kind.eq_ignore_ascii_case("compute") {
            schema::combined(read.draft)
        } else {
            let kind = options::compute_kind(&kind, say).map_err(thrown)?;
            narrowed(schema::for_kind(kind, read.draft), kind, &read)
        };
        let mut schema = schema::for_mode(schema, read.mode);
        if read.form {
            schema = schema::for_form(schema);
        }
        if read.locale == Locale::En {
            return to_js(&schema);
        }
        to_js(&schema::localized(&schema, read.locale))
    }

    /// react-jsonschema-form's `uiSchema` for a kind's form, from the field tables: field order by
    /// section (`ui:options.sections`), widgets by meaning, titles and help in `locale`, and in
    /// `mode: "update"` the fields fixed at creation read-only with the reason.
    #[cfg(not(feature = "form"))]
    #[wasm_bindgen(js_name = uiSchema, unchecked_return_type = "Record<string, unknown>")]
    pub fn ui_schema(
        #[wasm_bindgen(unchecked_param_type = "ComputeKind")] kind: JsValue,
        #[wasm_bindgen(unchecked_param_type = "UiSchemaOptions")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let (kind, read) = ui_schema_args(&kind, &options)?;
        to_js(&schema::ui_schema(kind, read))
    }

    /// The same layout as `uiSchema`, as a JSON Forms UI schema (a `Categorization` of the
    /// sections, `Group`s of controls for nested objects, `rule`s).
    #[cfg(not(feature = "form"))]
    #[wasm_bindgen(js_name = jsonFormsUiSchema, unchecked_return_type = "Record<string, unknown>")]
    pub fn json_forms_ui_schema(
        #[wasm_bindgen(unchecked_param_type = "ComputeKind")] kind: JsValue,
        #[wasm_bindgen(unchecked_param_type = "UiSchemaOptions")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let (kind, read) = ui_schema_args(&kind, &options)?;
        to_js(&schema::json_forms_ui_schema(kind, read))
    }

    #[cfg(not(feature = "form"))]
    fn ui_schema_args(
        kind: &JsValue,
        options: &JsValue,
    ) -> Result<(Kind, schema::UiOptions), JsValue> {
        let read = read_options(options, "uiSchema", options::ui_schema)?;
        let say = Say(read.locale);
        let kind = string_arg(kind, say, "wasm.expects.kind")?;
        let kind = options::compute_kind(&kind, say).map_err(thrown)?;
        Ok((kind, read))
    }

    /// What the `policy` option's Deny policies allow of a kind's fields.
    #[cfg(not(feature = "form"))]
    fn narrowed(
        schema: schemars::Schema,
        kind: Kind,
        read: &options::SchemaRead,
    ) -> schemars::Schema {
        schema::for_policies(schema, kind, &read.policies)
    }

    /// The form module evaluates no policies (it throws for the `policy` option).
    #[cfg(feature = "form")]
    fn narrowed(schema: schemars::Schema, _: Kind, _: &options::SchemaRead) -> schemars::Schema {
        schema
    }

    /// Every compute kind amlint knows, with its title in `locale` once that is loaded.
    #[wasm_bindgen(unchecked_return_type = "KindInfo[]")]
    pub fn kinds(
        #[wasm_bindgen(unchecked_param_type = "{ locale?: string }")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let locale = read_options(&options, "kinds", |node| {
            options::docs_locale(node, "kinds")
        })?;
        to_js(
            &Kind::ALL
                .iter()
                .map(|k| KindInfo::new(*k, locale))
                .collect::<Vec<_>>(),
        )
    }

    /// Every rule: code, name, severity, kinds, summary, docs.
    #[cfg(not(feature = "form"))]
    #[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
    pub fn rules(
        #[wasm_bindgen(unchecked_param_type = "{ locale?: string }")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let locale = read_options(&options, "rules", |node| {
            options::docs_locale(node, "rules")
        })?;
        to_js(
            &crate::RULES
                .iter()
                .map(|r| crate::report::RuleInfo::new(r, false, locale))
                .collect::<Vec<_>>(),
        )
    }

    /// The severities, most severe first: the order amlint ranks findings in, for a face that
    /// sorts or marks them by severity.
    #[wasm_bindgen(unchecked_return_type = "Severity[]")]
    pub fn severities() -> Result<JsValue, JsValue> {
        to_js(&SEVERITIES)
    }

    /// The VM sizes a kind accepts, from the built-in table or a region's `az ml compute
    /// list-sizes` output (`sizes`), narrowed by the studio's filters: what a size picker lists.
    #[cfg(not(feature = "form"))]
    #[wasm_bindgen(unchecked_return_type = "SizeInfo[]")]
    pub fn sizes(
        #[wasm_bindgen(unchecked_param_type = "SizesOptions")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let read = read_options(&options, dto::SizesOptions::FUNCTION, options::sizes)?;
        let offered = crate::size_list::offered(read.kind, read.region.sizes(), &read.filter);
        to_js(&crate::size_list::allowed(
            read.kind,
            offered,
            &read.policies,
        ))
    }

    /// One rule with its docs and examples, by code (`AML301`) or name. Throws a `RangeError` for
    /// an unknown rule.
    #[cfg(not(feature = "form"))]
    #[wasm_bindgen(unchecked_return_type = "RuleInfo")]
    pub fn explain(
        #[wasm_bindgen(unchecked_param_type = "string")] code: JsValue,
        #[wasm_bindgen(unchecked_param_type = "{ locale?: string }")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let locale = read_options(&options, "explain", |node| {
            options::docs_locale(node, "explain")
        })?;
        let say = Say(locale);
        let code = string_arg(&code, say, "wasm.expects.rule")?;
        let rule = crate::by_code(&code)
            .ok_or_else(|| thrown(say.range_error("cli.no_rule", &[("rule", &code)])))?;
        to_js(&crate::report::RuleInfo::new(rule, true, locale))
    }

    /// Reads YAML or JSON text the way `az ml` does (YAML 1.1, merge keys, last-wins duplicate
    /// keys) and returns its first document as plain data, or `null` when the text is not YAML.
    /// `validate(text)` says what is wrong with it, with lines and columns.
    #[cfg(not(feature = "form"))]
    #[wasm_bindgen(unchecked_return_type = "unknown")]
    pub fn parse(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<JsValue, JsValue> {
        let text = string_arg(&text, ENGLISH, "wasm.expects.yaml")?;
        match crate::read_document(&text, &Options::default()) {
            Some(value) => to_js(&value),
            None => Ok(JsValue::NULL),
        }
    }

    /// A spec given as a plain object or YAML/JSON text, as data; a `TypeError` for anything else.
    #[cfg(not(feature = "form"))]
    fn spec_value(function: &str, value: &JsValue) -> Result<serde_json::Value, JsValue> {
        let spec = match value.as_string() {
            Some(text) => crate::read_document(&text, &Options::default()),
            None => with_node(value, ENGLISH, Subject::Spec, |node| Some(node.to_json()))?,
        };
        match spec {
            Some(spec @ serde_json::Value::Object(_)) => Ok(spec),
            _ => Err(not_a_spec(function, value, ENGLISH)),
        }
    }

    /// An edit form's starting state from an existing compute (its YAML, or the output of
    /// `az ml compute show -o json`, as text or data): the kind's fields without what Azure sets
    /// and without secrets.
    #[cfg(not(feature = "form"))]
    #[wasm_bindgen(js_name = editState, unchecked_return_type = "Record<string, unknown>")]
    pub fn edit_state(
        #[wasm_bindgen(unchecked_param_type = "object | string")] existing: JsValue,
    ) -> Result<JsValue, JsValue> {
        to_js(&crate::edit::edit_state(&spec_value(
            "editState",
            &existing,
        )?))
    }

    /// What to give `az ml compute update` for the change from `existing` (object or text) to
    /// `current` (a form's state): `name`, `type` and the changed fields the command can change;
    /// never a secret.
    #[cfg(not(feature = "form"))]
    #[wasm_bindgen(js_name = updateSpec, unchecked_return_type = "Record<string, unknown>")]
    pub fn update_spec(
        #[wasm_bindgen(unchecked_param_type = "object | string")] existing: JsValue,
        #[wasm_bindgen(unchecked_param_type = "object")] current: JsValue,
    ) -> Result<JsValue, JsValue> {
        let existing = spec_value("updateSpec", &existing)?;
        let current = with_node(&current, ENGLISH, Subject::FormState, |node| {
            crate::form_spec(node).to_json()
        })?;
        to_js(&crate::edit::update_spec(&existing, &current))
    }

    /// The spec a form's state stands for: empty objects (sections not filled in) left out, as
    /// `validate(state, { form: true })` reads it. For showing or saving what a form holds.
    #[wasm_bindgen(
        js_name = "formSpec",
        unchecked_return_type = "Record<string, unknown>"
    )]
    pub fn form_spec(
        #[wasm_bindgen(unchecked_param_type = "object")] state: JsValue,
    ) -> Result<JsValue, JsValue> {
        let spec = with_node(&state, ENGLISH, Subject::FormState, |node| {
            crate::form_spec(node).to_json()
        })?;
        to_js(&spec)
    }

    /// Writes plain data as the YAML `az ml compute create --file` reads: block style, strings
    /// quoted wherever YAML 1.1 and 1.2 could read them as something else.
    #[cfg(not(feature = "form"))]
    #[wasm_bindgen(js_name = "toYaml")]
    pub fn to_yaml(
        #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    ) -> Result<String, JsValue> {
        with_node(&value, ENGLISH, Subject::Value, |node| {
            crate::write_document(&node.to_json())
        })
    }

    /// Whether `value` satisfies `schema` (a subschema of `root`, for `$ref`s): what form
    /// libraries ask of `if` conditions. Every draft-07 and 2020-12 validation keyword counts,
    /// `pattern` by the JS engine's `RegExp`; a schema that cannot be evaluated throws a
    /// `TypeError`. Reads `root` on every call: to ask many questions of one root schema, use
    /// `matcher`.
    #[wasm_bindgen]
    pub fn matches(
        #[wasm_bindgen(unchecked_param_type = "unknown")] schema: JsValue,
        #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
        #[wasm_bindgen(unchecked_param_type = "unknown")] root: JsValue,
    ) -> Result<bool, JsValue> {
        let schema = read_json(&schema)?;
        let root = if root.is_undefined() {
            schema.clone()
        } else {
            read_json(&root)?
        };
        evaluate(&schema, &read_json(&value)?, &root)
    }

    /// A root schema read once, to evaluate values against its subschemas: RJSF asks `isValid`
    /// of every `if` condition and `anyOf` option on each render, always with the same root, and
    /// reading a root of tens of kilobytes takes far longer than evaluating a condition.
    #[wasm_bindgen]
    pub fn matcher(
        #[wasm_bindgen(unchecked_param_type = "unknown")] root: JsValue,
    ) -> Result<Matcher, JsValue> {
        Ok(Matcher {
            root: read_json(&root)?,
        })
    }

    /// A root schema, read; see `matcher`.
    #[wasm_bindgen]
    pub struct Matcher {
        root: serde_json::Value,
    }

    #[wasm_bindgen]
    impl Matcher {
        /// Whether `value` satisfies `schema`, a subschema of this root (`$ref`s resolve in
        /// it). Throws a `TypeError` for a schema that cannot be evaluated.
        pub fn matches(
            &self,
            #[wasm_bindgen(unchecked_param_type = "unknown")] schema: JsValue,
            #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
        ) -> Result<bool, JsValue> {
            evaluate(&read_json(&schema)?, &read_json(&value)?, &self.root)
        }
    }

    /// The matcher's verdict, patterns by the JS engine's `RegExp`; a `TypeError` for a schema
    /// that cannot be evaluated (a `$ref` to nowhere, a cycle, an unknown type, a bad pattern).
    fn evaluate(
        schema: &serde_json::Value,
        value: &serde_json::Value,
        root: &serde_json::Value,
    ) -> Result<bool, JsValue> {
        crate::schema::matches_with(schema, value, root, &js::pattern).map_err(|e| {
            thrown(ENGLISH.type_error("wasm.schema_error", &[("problem", &e.text(ENGLISH.0))]))
        })
    }

    /// A JS value as JSON data, or a `TypeError` saying why it is not data.
    fn read_json(value: &JsValue) -> Result<serde_json::Value, JsValue> {
        with_node(value, ENGLISH, Subject::Value, |node| node.to_json())
    }

    /// The language `loadLocale(tag)` must fetch and register (its tag), or `undefined` when it is
    /// built in or loaded already; a `RangeError` for a language amlint does not speak. For the
    /// package's `loadLocale` (js/language.js).
    #[wasm_bindgen(js_name = localeToLoad)]
    pub fn locale_to_load(tag: &str) -> Result<Option<String>, JsValue> {
        let locale = options::locale_to_load(tag).map_err(thrown)?;
        Ok(locale.map(|l| l.tag().to_owned()))
    }

    /// Registers a language the module does not carry (what `loadLocale` in the package's entry
    /// fetches): `{ messages: [id, template][], docs: [code, markdown][] }`. Throws a `TypeError`
    /// for anything else.
    #[wasm_bindgen(js_name = registerLocale)]
    pub fn register_locale(
        tag: &str,
        #[wasm_bindgen(
            unchecked_param_type = "{ messages: [string, string][]; docs: [string, string][]; schema: [string, string][] }"
        )]
        pack: JsValue,
    ) -> Result<(), JsValue> {
        let locale =
            Locale::from_tag(tag).ok_or_else(|| thrown(options::unsupported(tag, ENGLISH)))?;
        let pairs = |node: Option<&crate::yaml::Node<'_>>| -> Option<Vec<(String, String)>> {
            let Value::Seq(items) = &node?.value else {
                return None;
            };
            items
                .iter()
                .map(|item| match &item.value {
                    Value::Seq(pair) => match pair.as_slice() {
                        [id, text] => Some((id.as_str()?.to_owned(), text.as_str()?.to_owned())),
                        _ => None,
                    },
                    _ => None,
                })
                .collect()
        };
        let (messages, docs, schema) = with_node(&pack, ENGLISH, Subject::Language, |node| {
            Some((
                pairs(node.get("messages"))?,
                pairs(node.get("docs"))?,
                pairs(node.get("schema"))?,
            ))
        })?
        .ok_or_else(|| thrown(ENGLISH.type_error("wasm.language.shape", &[])))?;
        crate::catalog::register(locale, messages, docs, schema).map_err(|problem| {
            thrown(ENGLISH.type_error(
                "wasm.language.invalid",
                &[("tag", tag), ("problem", &problem)],
            ))
        })
    }

    /// The `Error` the package's entry throws for `function` (`"fix"`), which the form module
    /// leaves to the full one, before `loadFull()`.
    #[cfg(feature = "form")]
    #[wasm_bindgen(js_name = needsFull)]
    #[must_use]
    pub fn needs_full(function: &str) -> JsValue {
        thrown(ENGLISH.needs_full(function))
    }

    /// The version of amlint.
    #[wasm_bindgen]
    #[must_use]
    pub fn version() -> String {
        env!("CARGO_PKG_VERSION").to_owned()
    }
}

#[cfg(target_arch = "wasm32")]
pub use exports::*;

#[cfg(test)]
mod tests {
    use crate::{Locale, Options};

    /// The flat-notation fuzz target's seeds and every input it once crashed on
    /// (`fuzz/regressions/flat_to_report/`) read, check and write back without a panic.
    #[test]
    fn flat_fuzz_inputs_replay() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
        let mut found = Vec::new();
        for folder in ["seeds/flat_to_report", "regressions/flat_to_report"] {
            for entry in std::fs::read_dir(root.join(folder)).into_iter().flatten() {
                let path = entry.map(|e| e.path()).unwrap_or_default();
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                found.push((
                    path,
                    super::validate_flat(&text, &Options::default(), Locale::En),
                ));
            }
        }
        assert!(found.len() >= 5, "the seeds are missing");
        let cluster = found
            .iter()
            .find(|(path, _)| path.ends_with("sample-0.txt"))
            .and_then(|(_, result)| result.as_ref().ok());
        assert!(
            cluster.is_some_and(|text| text.contains("AML301")),
            "{cluster:?}"
        );
        let unreadable = found
            .iter()
            .find(|(path, _)| path.ends_with("sample-5.txt"));
        assert!(unreadable.is_some_and(|(_, result)| result.is_err()));
    }
}
