//! The WebAssembly face of amlint (the npm package). Each export reads its JS arguments, calls the
//! core, and hands back plain data: no rule logic lives here.

mod dto;
mod flat;

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
    let node = flat::read(text, options.limits).map_err(|e| e.message("the spec"))?;
    let settings = crate::report::Settings {
        locale,
        ..crate::report::Settings::default()
    };
    let found = dto::from_tree(&crate::node_diagnostics(&node, options), settings);
    Ok(dto::flat_text(&found))
}

pub use dto::{Diagnostic, Fix, KindInfo, RuleInfo, SchemaOptions, TextEdit, ValidateOptions};

#[cfg(target_arch = "wasm32")]
mod exports {
    use serde::Serialize;
    use wasm_bindgen::prelude::*;

    use super::dto::{self, KindInfo, RuleInfo};
    use super::js;
    use crate::context::Context;
    use crate::policy::{Level, Levels, Selection};
    use crate::report::Settings;
    use crate::schema::{self, Draft};
    use crate::yaml::{Node, Value};
    use crate::{ContextFile, Kind, Locale, Options};

    #[wasm_bindgen(typescript_custom_section)]
    const TYPES: &str = r#"
/** A compute kind: the value of `type` in a spec. */
export type ComputeKind = "computeinstance" | "amlcompute" | "kubernetes" | "virtualmachine" | "synapsespark" | "aks" | "hdinsight" | "databricks" | "datalakeanalytics";
"#;

    fn type_error(message: impl AsRef<str>) -> JsValue {
        js_sys::TypeError::new(message.as_ref()).into()
    }

    fn range_error(message: impl AsRef<str>) -> JsValue {
        js_sys::RangeError::new(message.as_ref()).into()
    }

    /// Hands plain data to JS as one JSON string that the engine's own `JSON.parse` turns into
    /// objects: one boundary crossing instead of one per value, and less code than building the
    /// objects from Rust. (Findings, handed over on every keystroke, take a cheaper path:
    /// `js::diagnostics`.)
    /// Serialising these types cannot fail (string keys only); the error's text is not kept
    /// because formatting serde errors costs the .wasm several kilobytes.
    fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
        let text = serde_json::to_string(value)
            .map_err(|_| type_error("amlint could not serialise its result"))?;
        js_sys::JSON::parse(&text)
    }

    /// The value of an option, as given.
    enum Given {
        Text(String),
        /// Plain data (`Shape::Data`), or the text it was given as.
        Data(serde_json::Value),
        Flag(bool),
        List(Vec<String>),
        Map(Vec<(String, String)>),
    }

    /// What an option takes.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Shape {
        Text,
        Flag,
        /// An array of strings.
        List,
        /// An object of strings.
        Map,
        /// Plain data: an object or array (or text holding YAML or JSON).
        Data,
    }

    /// Reads an options object whose options have the given shapes. A misspelt option or a value
    /// of the wrong type is an error, not silently ignored.
    fn read_options<const N: usize>(
        value: &JsValue,
        what: &str,
        known: [(&str, Shape); N],
    ) -> Result<[Option<Given>; N], JsValue> {
        let mut found: [Option<Given>; N] = std::array::from_fn(|_| None);
        if value.is_undefined() || value.is_null() {
            return Ok(found);
        }
        js::with_node(value, |options| {
            let entries = options
                .as_map()
                .ok_or_else(|| type_error(format!("{what} must be an object")))?;
            for entry in entries {
                let key = entry.key_str().unwrap_or_default();
                let Some(slot) = known.iter().position(|(k, _)| *k == key) else {
                    let names: Vec<&str> = known.iter().map(|(k, _)| *k).collect();
                    return Err(type_error(format!(
                        "{what}: unknown option `{key}`; known: {}",
                        names.join(", ")
                    )));
                };
                let wrong =
                    |expects: &str| type_error(format!("{what}: `{key}` must be {expects}"));
                let value = &entry.value;
                found[slot] = Some(match known[slot].1 {
                    Shape::Flag => match value.value {
                        Value::Bool(flag) => Given::Flag(flag),
                        _ => return Err(wrong("true or false")),
                    },
                    Shape::Text => {
                        Given::Text(value.as_str().ok_or_else(|| wrong("a string"))?.to_owned())
                    }
                    Shape::Data => match &value.value {
                        Value::Str(text) => Given::Text((*text).to_owned()),
                        Value::Map(_) | Value::Seq(_) => Given::Data(value.to_json()),
                        _ => return Err(wrong("an object, an array or a string")),
                    },
                    Shape::List => {
                        let Value::Seq(items) = &value.value else {
                            return Err(wrong("an array of strings"));
                        };
                        let items: Option<Vec<String>> = items
                            .iter()
                            .map(|i| i.as_str().map(str::to_owned))
                            .collect();
                        Given::List(items.ok_or_else(|| wrong("an array of strings"))?)
                    }
                    Shape::Map => {
                        let entries = value
                            .as_map()
                            .ok_or_else(|| wrong("an object of strings"))?;
                        let pairs: Option<Vec<(String, String)>> = entries
                            .iter()
                            .map(|e| Some((e.key_str()?.to_owned(), e.value.as_str()?.to_owned())))
                            .collect();
                        Given::Map(pairs.ok_or_else(|| wrong("an object of strings"))?)
                    }
                });
            }
            Ok(found)
        })
        .map_err(|e| type_error(e.message(what)))?
    }

    /// A string option's text (`read_options` gives no other kind for it).
    fn text(given: Option<Given>) -> Option<String> {
        match given {
            Some(Given::Text(text)) => Some(text),
            _ => None,
        }
    }

    /// A list option's items.
    fn list(given: Option<Given>) -> Option<Vec<String>> {
        match given {
            Some(Given::List(items)) => Some(items),
            _ => None,
        }
    }

    /// The rule selection the options make, resolved, and the least severity that blocks.
    fn policy(
        [select, extend_select, ignore, severity, fail_on]: [Option<Given>; 5],
    ) -> Result<(Levels, Option<crate::Severity>), JsValue> {
        let mut levels = Vec::new();
        if let Some(Given::Map(pairs)) = severity {
            for (rules, level) in pairs {
                let level = Level::parse(&level).ok_or_else(|| {
                    range_error(format!(
                        "severity of `{rules}`: `{level}` is not one of error, warning, info, off"
                    ))
                })?;
                levels.push((rules, level));
            }
        }
        let selection = Selection {
            select: list(select),
            extend_select: list(extend_select).unwrap_or_default(),
            ignore: list(ignore).unwrap_or_default(),
            severity: levels,
        };
        let levels = selection.levels().map_err(|e| range_error(e.to_string()))?;
        let fail_on = text(fail_on)
            .map(|name| name.parse::<crate::Severity>())
            .transpose()
            .map_err(|e| range_error(format!("failOn: {e}")))?;
        Ok((levels, fail_on))
    }

    /// The context the `previous`, `existing` and `sizes` options give; a value that is not what
    /// `az ml` writes is a `TypeError` naming the option and the problem.
    fn context(
        locale: Locale,
        [previous, existing, sizes]: [Option<Given>; 3],
    ) -> Result<Option<std::sync::Arc<Context>>, JsValue> {
        let mut context = Context::new();
        for (file, name, given) in [
            (ContextFile::Previous, "previous", previous),
            (ContextFile::Existing, "existing", existing),
            (ContextFile::Sizes, "sizes", sizes),
        ] {
            let added = match given {
                None => continue,
                Some(Given::Text(text)) => context.add(file, name, &text, locale),
                Some(Given::Data(value)) => match file {
                    ContextFile::Previous => context.add_previous(name, value, locale).map(|()| 1),
                    ContextFile::Existing => context.set_existing(value, locale),
                    ContextFile::Sizes => context.set_sizes(value, locale),
                },
                Some(_) => continue,
            };
            added.map_err(|e| type_error(format!("validate options: `{name}`: {e}")))?;
        }
        // A form edits one compute: the earlier state is the form's, whatever its name says.
        let context = context.paired();
        Ok((!context.is_empty()).then(|| std::sync::Arc::new(context)))
    }

    /// What a JS value is, for a message: its `typeof`, or `null`.
    fn what_is(value: &JsValue) -> String {
        if value.is_null() {
            "null".to_owned()
        } else {
            value.js_typeof().as_string().unwrap_or_default()
        }
    }

    /// A string argument, or a `TypeError`: "`expects` (a string), not number".
    fn string_arg(value: &JsValue, expects: &str) -> Result<String, JsValue> {
        value
            .as_string()
            .ok_or_else(|| type_error(format!("{expects} (a string), not {}", what_is(value))))
    }

    fn parse_kind(name: &str) -> Result<Kind, JsValue> {
        Kind::from_type(name).ok_or_else(|| {
            let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.type_name()).collect();
            range_error(format!(
                "unknown compute kind `{name}`; one of: {}",
                kinds.join(", ")
            ))
        })
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
        read_validator(&options, "validate options", false).map(|(validator, _)| validator)
    }

    /// Reads `validate`'s options (and, for `fix`, its `unsafe` flag).
    fn read_validator(
        options: &JsValue,
        what: &str,
        for_fix: bool,
    ) -> Result<(Validator, bool), JsValue> {
        let [
            locale,
            kind,
            form,
            select,
            extend_select,
            ignore,
            severity,
            fail_on,
            previous,
            existing,
            sizes,
            unsafe_fixes,
        ] = read_options(
            options,
            what,
            [
                ("locale", Shape::Text),
                ("kind", Shape::Text),
                ("form", Shape::Flag),
                ("select", Shape::List),
                ("extendSelect", Shape::List),
                ("ignore", Shape::List),
                ("severity", Shape::Map),
                ("failOn", Shape::Text),
                ("previous", Shape::Data),
                ("existing", Shape::Data),
                ("sizes", Shape::Data),
                ("unsafe", Shape::Flag),
            ],
        )?;
        if unsafe_fixes.is_some() && !for_fix {
            return Err(type_error(format!(
                "{what}: unknown option `unsafe` (it is `fix`'s)"
            )));
        }
        let (locale, kind) = (loaded_locale(text(locale))?, text(kind));
        let (levels, fail_on) = policy([select, extend_select, ignore, severity, fail_on])?;
        let context = context(locale, [previous, existing, sizes])?;
        let options = Options {
            kind: kind.as_deref().map(parse_kind).transpose()?,
            form_state: matches!(form, Some(Given::Flag(true))),
            levels,
            context,
            ..Options::default()
        };
        let settings = Settings {
            locale,
            ..Settings::default()
        }
        .failing_on(fail_on);
        let unsafe_fixes = matches!(unsafe_fixes, Some(Given::Flag(true)));
        Ok((Validator { options, settings }, unsafe_fixes))
    }

    /// Validation options, read; see `validator`.
    #[wasm_bindgen]
    pub struct Validator {
        options: Options,
        settings: Settings,
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
                let report = crate::check_text(&text, &self.options);
                dto::from_text(&text, &report, self.settings)
            } else if spec.is_object() && !spec.is_function() {
                js::with_node(&spec, |node| {
                    dto::from_tree(&crate::node_diagnostics(node, &self.options), self.settings)
                })
                .map_err(|e| type_error(e.message("the spec")))?
            } else {
                return Err(type_error(format!(
                    "validate expects a spec object or YAML/JSON text, not {}",
                    what_is(&spec)
                )));
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
        #[wasm_bindgen(unchecked_return_type = "FixResult")]
        pub fn fix(
            &self,
            #[wasm_bindgen(unchecked_param_type = "object | string")] spec: JsValue,
            #[wasm_bindgen(unchecked_param_type = "{ unsafe?: boolean }")] options: JsValue,
        ) -> Result<JsValue, JsValue> {
            let [unsafe_fixes] = read_options(&options, "fix options", [("unsafe", Shape::Flag)])?;
            let unsafe_fixes = matches!(unsafe_fixes, Some(Given::Flag(true)));
            let result = js_sys::Object::new();
            // A plain object of our own: setting its properties runs no code of the caller's.
            let set =
                |key: &str, value: &JsValue| js_sys::Reflect::set(&result, &key.into(), value);
            let (fixed, found) = if let Some(text) = js::as_string(&spec) {
                let fixed = crate::apply::fix_text(&text, &self.options, unsafe_fixes);
                set("text", &fixed.text.as_str().into())?;
                let found = dto::from_text(&fixed.text, &fixed.report, self.settings);
                (fixed.fixed, found)
            } else if spec.is_object() && !spec.is_function() {
                let state = js::with_node(&spec, |node| node.to_json())
                    .map_err(|e| type_error(e.message("the spec")))?;
                let (document, fixed, report) =
                    crate::apply::fix_tree(&state, &self.options, unsafe_fixes);
                set("spec", &to_js(&document)?)?;
                (fixed, dto::from_tree(&report, self.settings))
            } else {
                return Err(type_error(format!(
                    "fix expects a spec object or YAML/JSON text, not {}",
                    what_is(&spec)
                )));
            };
            set("fixed", &(fixed as f64).into())?;
            set("diagnostics", &js::diagnostics(&found))?;
            Ok(result.into())
        }
    }

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
    #[wasm_bindgen(unchecked_return_type = "FixResult")]
    pub fn fix(
        #[wasm_bindgen(unchecked_param_type = "object | string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ValidateOptions & { unsafe?: boolean }")]
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let (validator, unsafe_fixes) = read_validator(&options, "fix options", true)?;
        let flags = js_sys::Object::new();
        js_sys::Reflect::set(&flags, &"unsafe".into(), &unsafe_fixes.into())?;
        validator.fix(text, flags.into())
    }

    /// Applies the fixes of the given findings (from `validate` on `text`) to `text`: each
    /// finding's edits, in order, skipping one that overlaps another taken before it. For one
    /// "Fix" button, pass that one finding.
    #[wasm_bindgen(js_name = applyFixes)]
    pub fn apply_fixes(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Diagnostic[]")] findings: JsValue,
    ) -> Result<String, JsValue> {
        let text = string_arg(&text, "applyFixes expects the spec's text")?;
        let units = crate::source::Encoding::Utf16.byte_offsets(&text);
        // An edit that does not read (a missing field, an offset outside the text or inside a
        // character) makes its finding's edits `None`.
        let groups = js::with_node(&findings, |node| {
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
        })
        .map_err(|e| type_error(e.message("the findings")))?
        .ok_or_else(|| type_error("applyFixes expects an array of findings"))?;
        // Edits a finding of `validate` cannot hold (outside the text, inside a character,
        // reversed or overlapping each other) would garble it: the caller hears of it.
        if let Some(at) = groups.iter().position(|edits| {
            edits
                .as_ref()
                .is_none_or(|edits| !crate::apply::well_formed(&text, edits))
        }) {
            return Err(type_error(format!(
                "applyFixes: the edits of finding {at} do not fit the text (outside it, reversed or overlapping)"
            )));
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
        let mut document = js::with_node(&state, |node| node.to_json())
            .map_err(|e| type_error(e.message("the state")))?;
        let operations = js::with_node(&findings, |node| {
            node.as_seq().map(|items| {
                items
                    .iter()
                    .filter_map(|f| f.get_path(&["fix", "patch"]).and_then(Node::as_seq))
                    .flatten()
                    .map(Node::to_json)
                    .collect::<Vec<_>>()
            })
        })
        .map_err(|e| type_error(e.message("the findings")))?
        .ok_or_else(|| type_error("applyPatch expects an array of findings"))?;
        crate::apply::apply_patch(&mut document, &operations);
        to_js(&document)
    }

    /// The JSON Schema of a kind (`compute` for the one that selects the kind by `type`), as a
    /// plain object: the same schema `amlint schema` prints.
    #[wasm_bindgen(unchecked_return_type = "Record<string, unknown>")]
    pub fn schema(
        #[wasm_bindgen(unchecked_param_type = "ComputeKind | \"compute\"")] kind: JsValue,
        #[wasm_bindgen(unchecked_param_type = "SchemaOptions")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let kind = string_arg(&kind, "schema expects a kind name")?;
        let [draft, locale, mode] = read_options(
            &options,
            "schema options",
            [
                ("draft", Shape::Text),
                ("locale", Shape::Text),
                ("mode", Shape::Text),
            ],
        )?;
        let mode = match text(mode).as_deref() {
            None => schema::Mode::Create,
            Some(name) => schema::Mode::parse(name).ok_or_else(|| {
                range_error(format!(
                    "unknown mode `{name}`; use \"create\" or \"update\""
                ))
            })?,
        };
        let draft = text(draft);
        let locale = loaded_locale(text(locale))?;

        let draft = match draft.as_deref() {
            None => Draft::default(),
            Some(text) => Draft::parse(text).ok_or_else(|| {
                range_error(format!("unknown draft `{text}`; use \"07\" or \"2020-12\""))
            })?,
        };
        let schema = if kind.eq_ignore_ascii_case("compute") {
            schema::combined(draft)
        } else {
            schema::for_kind(parse_kind(&kind)?, draft)
        };
        let schema = schema::for_mode(schema, mode);
        if locale == Locale::En {
            return to_js(&schema);
        }
        to_js(&schema::localized(&schema, locale))
    }

    /// Every compute kind amlint knows, with its title in `locale` once that is loaded.
    #[wasm_bindgen(unchecked_return_type = "KindInfo[]")]
    pub fn kinds(
        #[wasm_bindgen(unchecked_param_type = "{ locale?: string }")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let locale = docs_locale(&options, "kinds options")?;
        to_js(
            &Kind::ALL
                .iter()
                .map(|k| KindInfo::new(*k, locale))
                .collect::<Vec<_>>(),
        )
    }

    /// Every rule: code, name, severity, kinds, summary, docs.
    #[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
    pub fn rules(
        #[wasm_bindgen(unchecked_param_type = "{ locale?: string }")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let locale = docs_locale(&options, "rules options")?;
        to_js(
            &crate::RULES
                .iter()
                .map(|r| RuleInfo::new(r, false, locale))
                .collect::<Vec<_>>(),
        )
    }

    /// The language of `rules` and `explain` (their `locale` option): loaded, or a `RangeError`.
    fn docs_locale(options: &JsValue, what: &str) -> Result<Locale, JsValue> {
        let [locale] = read_options(options, what, [("locale", Shape::Text)])?;
        loaded_locale(text(locale))
    }

    /// A `locale` option read: English when not given; an unknown language or one not loaded is a
    /// `RangeError` that says what to do.
    fn loaded_locale(tag: Option<String>) -> Result<Locale, JsValue> {
        match tag {
            None => Ok(Locale::En),
            Some(tag) => {
                let locale = Locale::from_tag(&tag).ok_or_else(|| {
                    range_error(format!(
                        "unsupported locale `{tag}`; available: {}",
                        Locale::available()
                    ))
                })?;
                if !locale.is_loaded() {
                    return Err(range_error(format!(
                        "locale `{tag}` is not loaded: `await loadLocale(\"{}\")` first",
                        locale.tag()
                    )));
                }
                Ok(locale)
            }
        }
    }

    /// One rule with its docs and examples, by code (`AML301`) or name. Throws a `RangeError` for
    /// an unknown rule.
    #[wasm_bindgen(unchecked_return_type = "RuleInfo")]
    pub fn explain(
        #[wasm_bindgen(unchecked_param_type = "string")] code: JsValue,
        #[wasm_bindgen(unchecked_param_type = "{ locale?: string }")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let code = string_arg(&code, "explain expects a rule code or name")?;
        let locale = docs_locale(&options, "explain options")?;
        let rule = crate::by_code(&code).ok_or_else(|| range_error(format!("no rule `{code}`")))?;
        to_js(&RuleInfo::new(rule, true, locale))
    }

    /// Reads YAML or JSON text the way `az ml` does (YAML 1.1, merge keys, last-wins duplicate
    /// keys) and returns its first document as plain data, or `null` when the text is not YAML.
    /// `validate(text)` says what is wrong with it, with lines and columns.
    #[wasm_bindgen(unchecked_return_type = "unknown")]
    pub fn parse(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<JsValue, JsValue> {
        let text = string_arg(&text, "parse expects YAML or JSON text")?;
        match crate::read_document(&text, &Options::default()) {
            Some(value) => to_js(&value),
            None => Ok(JsValue::NULL),
        }
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
        let spec = js::with_node(&state, |node| crate::form_spec(node).to_json())
            .map_err(|e| type_error(e.message("the form state")))?;
        to_js(&spec)
    }

    /// Writes plain data as the YAML `az ml compute create --file` reads: block style, strings
    /// quoted wherever YAML 1.1 and 1.2 could read them as something else.
    #[wasm_bindgen(js_name = "toYaml")]
    pub fn to_yaml(
        #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    ) -> Result<String, JsValue> {
        js::with_node(&value, |node| crate::write_document(&node.to_json()))
            .map_err(|e| type_error(e.message("the value")))
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
        crate::schema::matches_with(schema, value, root, &js::pattern)
            .map_err(|e| type_error(format!("the schema cannot be evaluated: {e}")))
    }

    /// A JS value as JSON data, or a `TypeError` saying why it is not data.
    fn read_json(value: &JsValue) -> Result<serde_json::Value, JsValue> {
        js::with_node(value, |node| node.to_json()).map_err(|e| type_error(e.message("the value")))
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
        let locale = Locale::from_tag(tag)
            .ok_or_else(|| range_error(format!("unsupported locale `{tag}`")))?;
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
        let (messages, docs, schema) = js::with_node(&pack, |node| {
            Some((
                pairs(node.get("messages"))?,
                pairs(node.get("docs"))?,
                pairs(node.get("schema"))?,
            ))
        })
        .map_err(|e| type_error(e.message("the language")))?
        .ok_or_else(|| {
            type_error("a language is { messages, docs, schema }, each a list of [key, text] pairs")
        })?;
        crate::catalog::register(locale, messages, docs, schema)
            .map_err(|e| type_error(format!("not the language `{tag}`: {e}")))
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
