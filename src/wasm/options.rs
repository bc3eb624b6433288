//! The options of the npm package's functions, read into their typed structs (`dto.rs`) by serde's
//! `Deserialize` — the one place each option's name and type is declared — and turned into the
//! core's settings. They are read from the tree `flatten.js` makes of the JS value, not from the
//! value itself, so no getter or Proxy trap runs between WebAssembly frames. Every error is the
//! catalog's, in the language the options ask for (English when they ask for none, or for one that
//! is not loaded). Pure Rust: tested natively.
#![cfg_attr(
    not(target_arch = "wasm32"),
    allow(dead_code, reason = "used by the wasm32 exports, tested natively")
)]

use std::cell::Cell;
use std::sync::Arc;

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Visitor};

use super::dto::{
    self, DocsOptions, Documents, FIX_FLAGS, FixFlags, Given, Object, Pairs, PolicyOptions,
    SchemaOptions, ValidateOptions,
};
#[cfg(not(feature = "form"))]
use crate::context::Assigned;
use crate::context::Context;
use crate::messages::{self, Locale};
use crate::policy::{Level, Selection};
use crate::report::Settings;
use crate::schema::{Draft, Mode};
use crate::yaml::{Entry, Node, Value};
use crate::{ContextFile, Kind, Options};

/// An error to throw in JS: its constructor and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Thrown {
    /// A `TypeError`: a value of the wrong type, a misspelt option, data that cannot be read.
    Type(String),
    /// A `RangeError`: a value of the right type that names nothing amlint knows.
    Range(String),
    /// An `Error`: what the form module (feature `form`) leaves to the full one.
    #[cfg(feature = "form")]
    Error(String),
}

/// Who speaks to the caller: the catalog, in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Say(pub(crate) Locale);

impl Say {
    /// The catalog's text for `id` in this language, its placeholders filled with `args`.
    pub(crate) fn text(self, id: &str, args: &[(&'static str, &str)]) -> String {
        messages::phrase(self.0, id, args)
    }

    /// A `TypeError` with the catalog's text for `id`.
    pub(crate) fn type_error(self, id: &str, args: &[(&'static str, &str)]) -> Thrown {
        Thrown::Type(self.text(id, args))
    }

    /// A `RangeError` with the catalog's text for `id`.
    pub(crate) fn range_error(self, id: &str, args: &[(&'static str, &str)]) -> Thrown {
        Thrown::Range(self.text(id, args))
    }

    /// The `Error` for `what` (a function, an input, an option) called on the form module: the
    /// full module does it, once `loadFull()` has loaded it.
    #[cfg(feature = "form")]
    pub(crate) fn needs_full(self, what: &str) -> Thrown {
        Thrown::Error(self.text("wasm.needs_full", &[("what", what)]))
    }

    /// How a function's options are named in messages: "validate options".
    pub(crate) fn options_of(self, function: &str) -> String {
        self.text("wasm.options", &[("function", function)])
    }
}

/// What a value handed to the package is called in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Subject {
    /// The spec to check or fix.
    Spec,
    /// The form's state `applyPatch` changes.
    State,
    /// The form's state `formSpec` reads.
    FormState,
    /// The findings `applyFixes` and `applyPatch` apply.
    Findings,
    /// Any other value (`toYaml`, the schema matcher).
    Value,
    /// A language `registerLocale` registers.
    Language,
    /// The options of a function.
    Options(&'static str),
}

impl Subject {
    /// Its name in `say`'s language.
    pub(crate) fn name(self, say: Say) -> String {
        let id = match self {
            Subject::Spec => "wasm.subject.spec",
            Subject::State => "wasm.subject.state",
            Subject::FormState => "wasm.subject.form_state",
            Subject::Findings => "wasm.subject.findings",
            Subject::Value => "wasm.subject.value",
            Subject::Language => "wasm.subject.language",
            Subject::Options(function) => return say.options_of(function),
        };
        say.text(id, &[])
    }
}

/// What an option's type asks for, as its `Deserialize` asked the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Flag,
    Text,
    /// An array of strings (the only arrays options take).
    List,
    /// An object of strings (the only objects options take).
    Map,
    /// Plain data: an object, an array or a string.
    Data,
    /// A whole number from 0 (`policy.maxInstances`).
    Count,
    /// A JSON object (`policy.parameters`).
    Object,
    /// An array of objects or strings (`policy.definitions`).
    Documents,
}

impl Shape {
    /// The catalog's words for what the option takes.
    fn expected(self) -> &'static str {
        match self {
            Shape::Flag => "wasm.expected.flag",
            Shape::Text => "wasm.expected.string",
            Shape::List => "wasm.expected.strings",
            Shape::Map => "wasm.expected.string_map",
            Shape::Data => "wasm.expected.data",
            Shape::Count => "wasm.expected.count",
            Shape::Object => "wasm.expected.object",
            Shape::Documents => "wasm.expected.documents",
        }
    }
}

/// Why options could not be read.
#[derive(Debug)]
enum OptionError {
    /// An option none of the function's options is called.
    Unknown {
        key: String,
        known: &'static [&'static str],
    },
    /// An option whose value is not what it takes.
    Wrong { key: String, shape: Shape },
    /// A value of the wrong type, before it is placed at its option.
    Mismatch,
    /// An option that must be given and is not.
    Missing(&'static str),
    /// An option given under two of its names: in the form module, `terraform` beside
    /// `parameters`, whose other name it is there (`dto::ValidateOptions`).
    #[cfg(feature = "form")]
    Twice,
}

impl std::fmt::Display for OptionError {
    // Never shown: `read` turns each into the catalog's words.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OptionError")
    }
}

impl std::error::Error for OptionError {}

// Every constructor serde's derived code calls, without formatting serde's own English texts.
impl de::Error for OptionError {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        OptionError::Mismatch
    }
    fn invalid_type(_: de::Unexpected<'_>, _: &dyn de::Expected) -> Self {
        OptionError::Mismatch
    }
    fn invalid_value(_: de::Unexpected<'_>, _: &dyn de::Expected) -> Self {
        OptionError::Mismatch
    }
    fn invalid_length(_: usize, _: &dyn de::Expected) -> Self {
        OptionError::Mismatch
    }
    fn unknown_variant(_: &str, _: &'static [&'static str]) -> Self {
        OptionError::Mismatch
    }
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        OptionError::Unknown {
            key: field.to_owned(),
            known: expected,
        }
    }
    fn missing_field(field: &'static str) -> Self {
        OptionError::Missing(field)
    }
    #[cfg(feature = "form")]
    fn duplicate_field(_: &'static str) -> Self {
        OptionError::Twice
    }
    #[cfg(not(feature = "form"))]
    fn duplicate_field(_: &'static str) -> Self {
        OptionError::Mismatch
    }
}

/// A serde `Deserializer` over a node of the tree. At the level of the options themselves it
/// notes what the option's type asked for (`shape`), so an error inside names the option and what
/// it takes.
struct Reader<'n, 'a> {
    node: &'n Node<'a>,
    shape: Option<&'n Cell<Option<Shape>>>,
    /// The option this value is, for an object of options inside the options (`policy`): its
    /// options are named `policy.maxInstances` in errors.
    path: String,
}

impl<'n, 'a> Reader<'n, 'a> {
    fn new(node: &'n Node<'a>) -> Self {
        Reader {
            node,
            shape: None,
            path: String::new(),
        }
    }

    /// Notes the first thing the option's type asks for (an `Option` asks for nothing).
    fn asks(&self, shape: Shape) {
        if let Some(cell) = self.shape
            && cell.get().is_none()
        {
            cell.set(Some(shape));
        }
    }

    fn any<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        match &self.node.value {
            // As `Node::to_json` has it; a JS value never holds one.
            Value::Null | Value::Unknown => visitor.visit_unit(),
            Value::Bool(flag) => visitor.visit_bool(*flag),
            Value::Int(int) => visitor.visit_i64(*int),
            Value::Float(float) => visitor.visit_f64(*float),
            // As `Node::to_json` has them: digits beyond 64 bits and timestamps as text.
            Value::Str(text) | Value::BigInt(text) | Value::Timestamp(text) => {
                visitor.visit_str(text)
            }
            Value::Seq(items) => visitor.visit_seq(Items(items.iter())),
            Value::Map(entries) => visitor.visit_map(Entries::new(entries, false)),
        }
    }
}

impl<'de> de::Deserializer<'de> for Reader<'_, '_> {
    type Error = OptionError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        self.asks(Shape::Data);
        self.any(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        self.asks(Shape::Flag);
        match self.node.value {
            Value::Bool(flag) => visitor.visit_bool(flag),
            _ => Err(OptionError::Mismatch),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        self.asks(Shape::Text);
        match self.node.value {
            Value::Str(text) => visitor.visit_str(text),
            _ => Err(OptionError::Mismatch),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        self.asks(Shape::Count);
        match self.node.value {
            Value::Int(int) if int >= 0 => visitor.visit_i64(int),
            _ => Err(OptionError::Mismatch),
        }
    }

    /// The newtypes options take: `dto::Object`, an object of any values, and `dto::Documents`,
    /// an array of objects or strings.
    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, OptionError> {
        let (shape, fits) = match (name, &self.node.value) {
            ("Documents", value) => (Shape::Documents, matches!(value, Value::Seq(_))),
            (_, value) => (Shape::Object, matches!(value, Value::Map(_))),
        };
        self.asks(shape);
        if fits {
            visitor.visit_newtype_struct(self)
        } else {
            Err(OptionError::Mismatch)
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        self.asks(Shape::List);
        match &self.node.value {
            Value::Seq(items) => visitor.visit_seq(Items(items.iter())),
            _ => Err(OptionError::Mismatch),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        self.asks(Shape::Map);
        match &self.node.value {
            Value::Map(entries) => visitor.visit_map(Entries::new(entries, false)),
            _ => Err(OptionError::Mismatch),
        }
    }

    /// The options themselves: each value read knowing which option it is.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, OptionError> {
        match &self.node.value {
            Value::Map(entries) => {
                let mut options = Entries::new(entries, true);
                options.path = self.path;
                visitor.visit_map(options)
            }
            _ => Err(OptionError::Mismatch),
        }
    }

    /// A value that is given is `Some`, `null` too: `null` is not "not set" (`undefined` is,
    /// and `flatten.js` leaves such fields out).
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        visitor.visit_some(self)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u64 u128 f32 f64 char bytes byte_buf unit unit_struct
        tuple tuple_struct enum identifier
    }
}

/// The items of an array.
struct Items<'n, 'a>(std::slice::Iter<'n, Node<'a>>);

impl<'de> de::SeqAccess<'de> for Items<'_, '_> {
    type Error = OptionError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, OptionError> {
        self.0
            .next()
            .map(|node| seed.deserialize(Reader::new(node)))
            .transpose()
    }
}

/// The entries of an object; of the options themselves when `options` is set, whose values are
/// then read knowing their option.
struct Entries<'n, 'a> {
    entries: std::slice::Iter<'n, Entry<'a>>,
    value: Option<(&'n Node<'a>, &'n str)>,
    options: bool,
    /// The option these options are inside (`policy`), or empty.
    path: String,
}

impl<'n, 'a> Entries<'n, 'a> {
    fn new(entries: &'n [Entry<'a>], options: bool) -> Self {
        Entries {
            entries: entries.iter(),
            value: None,
            options,
            path: String::new(),
        }
    }

    /// An option's name as errors give it: `policy.maxInstances` inside `policy`.
    fn named(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }
}

impl<'de> de::MapAccess<'de> for Entries<'_, '_> {
    type Error = OptionError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, OptionError> {
        let Some(entry) = self.entries.next() else {
            return Ok(None);
        };
        // A JS object's keys are strings (`flatten.js` writes no other).
        let key = entry.key_str().unwrap_or_default();
        self.value = Some((&entry.value, key));
        seed.deserialize(key.into_deserializer())
            .map(Some)
            .map_err(|error| match error {
                OptionError::Unknown { key, known } => OptionError::Unknown {
                    key: self.named(&key),
                    known,
                },
                other => other,
            })
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, OptionError> {
        let Some((node, key)) = self.value.take() else {
            return Err(OptionError::Mismatch);
        };
        if !self.options {
            return seed.deserialize(Reader::new(node));
        }
        let shape = Cell::new(None);
        let reader = Reader {
            node,
            shape: Some(&shape),
            path: self.named(key),
        };
        seed.deserialize(reader).map_err(|error| match error {
            OptionError::Mismatch => OptionError::Wrong {
                key: self.named(key),
                shape: shape.get().unwrap_or(Shape::Data),
            },
            other => other,
        })
    }
}

/// The language the options ask for, if it is one amlint speaks and has loaded: the language of
/// the errors in reading them.
fn asked_locale(node: &Node<'_>) -> Locale {
    dto::asked_locale(node)
        .and_then(Locale::from_tag)
        .filter(|locale| locale.is_loaded())
        .unwrap_or_default()
}

/// The options of `function` read into `T`: every option as its type says, a misspelt option or a
/// value of the wrong type a `TypeError` in `say`'s words (naming `also` among the options known,
/// for options read elsewhere). `undefined` and `null` are no options.
fn read<T: DeserializeOwned + Default>(
    node: &Node<'_>,
    function: &str,
    say: Say,
    also: &[&str],
) -> Result<T, Thrown> {
    match node.value {
        Value::Null => Ok(T::default()),
        Value::Map(_) => {
            T::deserialize(Reader::new(node)).map_err(|e| worded(e, function, say, also))
        }
        _ => Err(worded(OptionError::Mismatch, function, say, also)),
    }
}

/// Why the options of `function` could not be read, in `say`'s words. Apart from `read`, which
/// each options type has a copy of.
#[inline(never)]
fn worded(error: OptionError, function: &str, say: Say, also: &[&str]) -> Thrown {
    let what = say.options_of(function);
    match error {
        OptionError::Unknown { key, known } => {
            // `also` are the function's own options, not those inside one (`policy.*`).
            let also = if key.contains('.') { &[][..] } else { also };
            let known: Vec<&str> = known.iter().chain(also).copied().collect();
            say.type_error(
                "wasm.options.unknown",
                &[
                    ("options", &what),
                    ("key", &key),
                    ("known", &known.join(", ")),
                ],
            )
        }
        OptionError::Wrong { key, shape } => say.type_error(
            "wasm.options.type",
            &[
                ("options", &what),
                ("key", &key),
                ("expected", &say.text(shape.expected(), &[])),
            ],
        ),
        OptionError::Mismatch => say.type_error("wasm.options.not_object", &[("options", &what)]),
        OptionError::Missing(key) => {
            say.type_error("wasm.options.missing", &[("options", &what), ("key", key)])
        }
        // The full module reads the two apart.
        #[cfg(feature = "form")]
        OptionError::Twice => say.needs_full(&format!("{what}: `terraform` with `parameters`")),
    }
}

/// Validation options, read: the core's options and settings, and whether `fix` applies unsafe
/// fixes too.
#[derive(Debug)]
pub(crate) struct Read {
    pub(crate) options: Options,
    pub(crate) settings: Settings,
    pub(crate) unsafe_fixes: bool,
    /// What a text is read as (`input`): the full module's, which reads text.
    #[cfg(not(feature = "form"))]
    pub(crate) input: crate::InputForm,
    /// A template's parameter file (`parameters`).
    #[cfg(not(feature = "form"))]
    pub(crate) parameters: Option<String>,
    /// A `.tf` text's module (`terraform`), parsed once.
    #[cfg(not(feature = "form"))]
    pub(crate) terraform: crate::TerraformModule,
}

/// `validate`'s options (`function` names the caller in messages); `fix` (`for_fix`) also takes
/// `unsafe`, which is `fix`'s own.
pub(crate) fn validation(node: &Node<'_>, function: &str, for_fix: bool) -> Result<Read, Thrown> {
    let say = Say(asked_locale(node));
    // `unsafe` is read apart: `validate` does not take it.
    let parts;
    let (options, unsafe_fixes) = if for_fix {
        parts = split(node, FIX_FLAGS);
        let FixFlags { unsafe_fixes } = read(&parts.0, function, say, &[])?;
        (&parts.1, unsafe_fixes)
    } else {
        (node, None)
    };
    let also = if for_fix { FIX_FLAGS } else { &[] };
    let mut read_options: ValidateOptions = read(options, function, say, also)?;
    let context_options = read_options.context();
    let policy = read_options.policy.take();
    let ValidateOptions {
        locale,
        kind,
        form,
        select,
        extend_select,
        ignore,
        severity,
        fail_on,
        input,
        parameters,
        #[cfg(not(feature = "form"))]
        terraform,
        ..
    } = read_options;
    let locale = loaded_locale(locale.as_deref(), say)?;
    let say = Say(locale);
    #[cfg(not(feature = "form"))]
    let input = match input.as_deref().map(|name| (name, dto::input_form(name))) {
        None => crate::InputForm::Auto,
        Some((_, Some(form))) => form,
        Some((other, None)) => {
            let what = say.options_of(function);
            let (key, values) = super::dto::INPUT;
            let args = [
                ("options", what.as_str()),
                ("key", key),
                ("value", other),
                ("values", values),
            ];
            return Err(say.range_error("wasm.options.one_of", &args));
        }
    };
    // A var file or parameter file Terraform or ARM would not read is said, as a broken context
    // file is: its values would silently be unknown.
    #[cfg(not(feature = "form"))]
    {
        let what = say.options_of(function);
        let broken = |key: &str, problem: crate::context::ContextError| {
            say.type_error(
                "wasm.options.context",
                &[
                    ("options", what.as_str()),
                    ("key", key),
                    ("problem", &problem.to_string()),
                ],
            )
        };
        let var_files = terraform.iter().flat_map(|m| m.var_files.iter().flatten());
        for (index, text) in var_files.enumerate() {
            if let Some(problem) = crate::var_file_problem(text, locale) {
                return Err(broken(&format!("terraform.varFiles[{index}]"), problem));
            }
        }
        if let Some(problem) = parameters
            .as_deref()
            .and_then(|text| crate::parameter_file_problem(text, locale))
        {
            return Err(broken(super::dto::PARAMETERS, problem));
        }
    }
    // The module's texts, parsed once for every text the options check.
    #[cfg(not(feature = "form"))]
    let terraform = terraform.map_or_else(crate::TerraformModule::default, |module| {
        crate::TerraformModule::new(
            &module.files.unwrap_or_default(),
            &module.var_files.unwrap_or_default(),
        )
    });
    // The form module reads no text (`unread_text`).
    #[cfg(feature = "form")]
    let _ = (input, parameters);
    let mut levels = Vec::new();
    for (rules, level) in severity.unwrap_or_default().0 {
        let level = Level::parse(&level).ok_or_else(|| {
            say.range_error(
                "wasm.severity_level",
                &[("rules", &rules), ("level", &level)],
            )
        })?;
        levels.push((rules, level));
    }
    let selection = Selection {
        select,
        extend_select: extend_select.unwrap_or_default(),
        ignore: ignore.unwrap_or_default(),
        severity: levels,
    };
    let levels = selection
        .levels()
        .map_err(|e| Thrown::Range(e.text(locale)))?;
    let fail_on = fail_on
        .map(|name| {
            name.parse::<crate::Severity>()
                .map_err(|_| say.range_error("wasm.fail_on", &[("value", &name)]))
        })
        .transpose()?;
    let what = say.options_of(function);
    let context = context(say, &what, context_options, policy)?;
    let options = Options {
        kind: kind
            .as_deref()
            .map(|name| compute_kind(name, say))
            .transpose()?,
        form_state: form.unwrap_or(false),
        levels,
        context,
        ..Options::default()
    };
    let settings = Settings {
        locale,
        ..Settings::default()
    }
    .failing_on(fail_on);
    Ok(Read {
        options,
        settings,
        unsafe_fixes: unsafe_fixes.unwrap_or(false),
        #[cfg(not(feature = "form"))]
        input,
        #[cfg(not(feature = "form"))]
        parameters,
        #[cfg(not(feature = "form"))]
        terraform,
    })
}

/// The node's entries named in `names`, and the others, as two objects.
fn split<'a>(node: &Node<'a>, names: &[&str]) -> (Node<'a>, Node<'a>) {
    let Value::Map(entries) = &node.value else {
        return (Node::new(Value::Null, node.span), node.clone());
    };
    let (picked, rest): (Vec<Entry<'a>>, Vec<Entry<'a>>) = entries
        .iter()
        .cloned()
        .partition(|e| names.contains(&e.key_str().unwrap_or_default()));
    (
        Node::new(Value::Map(picked), node.span),
        Node::new(Value::Map(rest), node.span),
    )
}

/// `fix`'s own option on a validator (`validator(...).fix(spec, { unsafe })`).
#[cfg(not(feature = "form"))]
pub(crate) fn fix_flags(node: &Node<'_>, say: Say) -> Result<bool, Thrown> {
    let FixFlags { unsafe_fixes } = read(node, "fix", say, &[])?;
    Ok(unsafe_fixes.unwrap_or(false))
}

/// The form module (feature `form`) reads no context: an option that gives one is an `Error`
/// that names it and says to load the full module.
#[cfg(feature = "form")]
fn context(
    say: Say,
    what: &str,
    options: [(ContextFile, &'static str, Option<Given>); 3],
    policy: Option<PolicyOptions>,
) -> Result<Option<Arc<Context>>, Thrown> {
    match options.iter().find(|(_, _, given)| given.is_some()) {
        Some((_, name, _)) => Err(say.needs_full(&format!("{what}: `{name}`"))),
        None => no_policies(policy, say, what).map(|()| None),
    }
}

/// The form module (feature `form`) evaluates no policies: a `policy` option is an `Error` that
/// says to load the full module.
#[cfg(feature = "form")]
fn no_policies(policy: Option<PolicyOptions>, say: Say, what: &str) -> Result<(), Thrown> {
    match policy {
        Some(_) => Err(say.needs_full(&format!("{what}: `policy`"))),
        None => Ok(()),
    }
}

/// The context the `previous`, `existing` and `sizes` options give; a value that is not what
/// `az ml` writes is a `TypeError` naming the option and the problem.
#[cfg(not(feature = "form"))]
fn context(
    say: Say,
    what: &str,
    options: [(ContextFile, &'static str, Option<Given>); 3],
    policy: Option<PolicyOptions>,
) -> Result<Option<Arc<Context>>, Thrown> {
    let locale = say.0;
    let mut context = Context::new();
    for (file, name, given) in options {
        let added = match given {
            None => continue,
            Some(Given::Text(text)) => context.add(file, name, &text, locale),
            Some(Given::Data(value)) => match file {
                ContextFile::Previous => context.add_previous(name, value, locale).map(|()| 1),
                ContextFile::Existing => context.set_existing(value, locale),
                ContextFile::Sizes => context.set_sizes(value, locale),
                ContextFile::Policy => context.add_policy_text(name, &value.to_string(), locale),
            },
        };
        added.map_err(|e| {
            say.type_error(
                "wasm.options.context",
                &[
                    ("options", what),
                    ("key", name),
                    ("problem", &e.to_string()),
                ],
            )
        })?;
    }
    if let Some(policy) = policy {
        add_policies(&mut context, policy, say, what)?;
    }
    // A form edits one compute: the earlier state is the form's, whatever its name says.
    let context = context.paired();
    Ok((!context.is_empty()).then(|| Arc::new(context)))
}

/// The policies of a `policy` option, assigned: what `schema` narrows by.
#[cfg(not(feature = "form"))]
fn policies(policy: Option<PolicyOptions>, say: Say, what: &str) -> Result<Vec<Assigned>, Thrown> {
    let Some(policy) = policy else {
        return Ok(Vec::new());
    };
    let mut context = Context::new();
    add_policies(&mut context, policy, say, what)?;
    Ok(context.policies().to_vec())
}

/// The `policy` option, added to the context as the CLI adds `[policy]`: its parameters, presets,
/// definitions (in the order given, so a set may name a preset's definitions) and simple settings;
/// then every parameter value given must name a parameter of one of them. A name that names no
/// preset, effect or kind is a `RangeError`; a definition or parameter that cannot be used a
/// `TypeError`.
#[cfg(not(feature = "form"))]
fn add_policies(
    context: &mut Context,
    policy: PolicyOptions,
    say: Say,
    what: &str,
) -> Result<(), Thrown> {
    use crate::azure_policy::{PolicySettings, Preset, SimpleEffect};
    let locale = say.0;
    let one_of = |key: &str, value: &str, values: &[&str]| {
        say.range_error(
            "wasm.options.one_of",
            &[
                ("options", what),
                ("key", key),
                ("value", value),
                ("values", &values.join(", ")),
            ],
        )
    };
    let unusable = |key: &str, problem: &crate::context::ContextError| {
        say.type_error(
            "wasm.options.context",
            &[
                ("options", what),
                ("key", key),
                ("problem", &problem.to_string()),
            ],
        )
    };
    let PolicyOptions {
        preset,
        definitions,
        parameters,
        effect,
        allowed_sizes,
        max_instances,
        min_instances,
        max_idle_before_scale_down,
        require_idle_shutdown,
        max_idle_shutdown_minutes,
        no_public_ip,
        no_ssh,
        require_subnet,
        require_identity,
        required_tags,
        name_pattern,
        allowed_locations,
        allowed_kinds,
    } = policy;
    const PRESETS: [Preset; 2] = [Preset::Alz, Preset::AzureBuiltin];
    let preset = preset
        .unwrap_or_default()
        .iter()
        .map(|name| {
            PRESETS
                .into_iter()
                .find(|p| p.name() == name)
                .ok_or_else(|| one_of("policy.preset", name, &PRESETS.map(Preset::name)))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let effect = match effect.as_deref() {
        None => None,
        Some("deny") => Some(SimpleEffect::Deny),
        Some("audit") => Some(SimpleEffect::Audit),
        Some(other) => return Err(one_of("policy.effect", other, &["deny", "audit"])),
    };
    let settings = PolicySettings {
        preset,
        definitions: Vec::new(),
        parameters: parameters
            .map(|p| p.0.into_iter().collect())
            .unwrap_or_default(),
        effect,
        allowed_sizes,
        max_instances,
        min_instances,
        max_idle_before_scale_down,
        require_idle_shutdown: require_idle_shutdown.unwrap_or(false),
        max_idle_shutdown_minutes,
        no_public_ip: no_public_ip.unwrap_or(false),
        no_ssh: no_ssh.unwrap_or(false),
        require_subnet: require_subnet.unwrap_or(false),
        require_identity: require_identity.unwrap_or(false),
        required_tags: required_tags.unwrap_or_default(),
        name_pattern,
        allowed_locations,
        allowed_kinds,
    };
    if let Some(kind) = settings.unknown_kind() {
        let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.type_name()).collect();
        return Err(one_of("policy.allowedKinds", kind, &kinds));
    }
    context.set_policy_parameters(settings.parameters.clone().into_iter().collect());
    for preset in &settings.preset {
        for (file, text) in preset.files() {
            let label = format!("preset {}: {file}", preset.name());
            context
                .add_policy_text(&label, text, locale)
                .map_err(|e| unusable("policy.preset", &e))?;
        }
    }
    for (index, given) in definitions.unwrap_or_default().0.into_iter().enumerate() {
        let key = format!("policy.definitions[{index}]");
        let text = match given {
            Given::Text(text) => text,
            Given::Data(value) => value.to_string(),
        };
        context
            .add_policy_text(&key, &text, locale)
            .map_err(|e| unusable(&key, &e))?;
    }
    // The simple settings: definitions of their own, with a fixed effect and no parameters.
    let simple = settings.definitions();
    if !simple.is_empty() {
        context
            .add_policy_definitions("settings", simple, locale)
            .map_err(|e| unusable("policy.effect", &e))?;
    }
    context
        .check_policy_parameters(locale)
        .map_err(|e| unusable("policy.parameters", &e))
}

/// `sizes`'s options, read: the kind, the region's list as a context (none: the built-in
/// table), and the filter.
#[cfg(not(feature = "form"))]
pub(crate) struct SizesRead {
    pub(crate) kind: Kind,
    pub(crate) region: Context,
    pub(crate) filter: crate::size_list::SizeFilter,
    /// The policies that narrow the list (`policy`).
    pub(crate) policies: Vec<Assigned>,
}

/// `sizes`'s options.
#[cfg(not(feature = "form"))]
pub(crate) fn sizes(node: &Node<'_>) -> Result<SizesRead, Thrown> {
    use crate::size_list::{Processor, SizeFilter};
    let say = Say(Locale::En);
    let what = say.options_of(super::dto::SizesOptions::FUNCTION);
    // No options at all is options without the kind, which must be given.
    let none = Node::new(Value::Map(Vec::new()), node.span);
    let node = if matches!(node.value, Value::Null) {
        &none
    } else {
        node
    };
    let super::dto::SizesOptions {
        kind,
        sizes,
        region: location,
        processor,
        family,
        min_cores,
        min_memory_gb,
        low_priority,
        search,
        retired,
        policy,
    } = read(node, super::dto::SizesOptions::FUNCTION, say, &[])?;
    let kind = compute_kind(&kind, say)?;
    let processor = match processor.as_deref() {
        None => None,
        Some("cpu") => Some(Processor::Cpu),
        Some("gpu") => Some(Processor::Gpu),
        Some(other) => {
            return Err(say.range_error(
                "wasm.sizes.processor",
                &[("options", &what), ("value", other)],
            ));
        }
    };
    // A region is checked, as AML807 checks a spec's `location`; it narrows nothing (`SizesOptions`).
    if let Some(location) = location.as_deref()
        && let Err(nearest) = crate::size_list::known_region(location)
    {
        return Err(match nearest {
            Some(suggestion) => say.range_error(
                "wasm.sizes.region_suggest",
                &[
                    ("options", &what),
                    ("value", location),
                    ("suggestion", suggestion),
                ],
            ),
            None => say.range_error(
                "wasm.sizes.region",
                &[("options", &what), ("value", location)],
            ),
        });
    }
    let mut region = Context::new();
    let listed = match sizes {
        None => Ok(0),
        Some(Given::Text(text)) => region.set_sizes_text(&text, say.0),
        Some(Given::Data(value)) => region.set_sizes(value, say.0),
    };
    listed.map_err(|e| {
        say.type_error(
            "wasm.options.context",
            &[
                ("options", &what),
                ("key", super::dto::SizesOptions::LIST),
                ("problem", &e.to_string()),
            ],
        )
    })?;
    Ok(SizesRead {
        kind,
        region,
        filter: SizeFilter {
            processor,
            family,
            min_cores,
            min_memory_gb: min_memory_gb.map(f64::from),
            low_priority: low_priority.unwrap_or(false),
            search,
            retired: retired.unwrap_or(false),
        },
        policies: policies(policy, say, &what)?,
    })
}

/// `schema`'s options, read.
#[derive(Debug)]
pub(crate) struct SchemaRead {
    pub(crate) draft: Draft,
    pub(crate) locale: Locale,
    pub(crate) mode: Mode,
    pub(crate) form: bool,
    /// The policies the schema is narrowed by (`policy`).
    #[cfg(not(feature = "form"))]
    pub(crate) policies: Vec<Assigned>,
}

/// `schema`'s options.
pub(crate) fn schema(node: &Node<'_>) -> Result<SchemaRead, Thrown> {
    let say = Say(asked_locale(node));
    let SchemaOptions {
        draft,
        locale,
        mode,
        form,
        policy,
    } = read(node, "schema", say, &[])?;
    let locale = loaded_locale(locale.as_deref(), say)?;
    let say = Say(locale);
    let mode = match mode.as_deref() {
        None => Mode::Create,
        Some(name) => Mode::parse(name)
            .ok_or_else(|| say.range_error("wasm.unknown_mode", &[("value", name)]))?,
    };
    let draft = match draft.as_deref() {
        None => Draft::default(),
        Some(name) => Draft::parse(name)
            .ok_or_else(|| say.range_error("wasm.unknown_draft", &[("value", name)]))?,
    };
    #[cfg(feature = "form")]
    no_policies(policy, say, &say.options_of("schema"))?;
    Ok(SchemaRead {
        draft,
        locale,
        mode,
        form: form.unwrap_or(false),
        #[cfg(not(feature = "form"))]
        policies: policies(policy, say, &say.options_of("schema"))?,
    })
}

/// `uiSchema`'s and `jsonFormsUiSchema`'s options.
#[cfg(not(feature = "form"))]
pub(crate) fn ui_schema(node: &Node<'_>) -> Result<crate::schema::UiOptions, Thrown> {
    let say = Say(asked_locale(node));
    let super::dto::UiSchemaOptions { locale, mode } = read(node, "uiSchema", say, &[])?;
    let locale = loaded_locale(locale.as_deref(), say)?;
    let say = Say(locale);
    let mode = match mode.as_deref() {
        None => Mode::Create,
        Some(name) => Mode::parse(name)
            .ok_or_else(|| say.range_error("wasm.unknown_mode", &[("value", name)]))?,
    };
    Ok(crate::schema::UiOptions { locale, mode })
}

/// The language option of `rules`, `kinds` and `explain`.
pub(crate) fn docs_locale(node: &Node<'_>, function: &str) -> Result<Locale, Thrown> {
    let say = Say(asked_locale(node));
    let DocsOptions { locale } = read(node, function, say, &[])?;
    loaded_locale(locale.as_deref(), say)
}

/// A `locale` option: English when not given; an unknown language or one not loaded is a
/// `RangeError` that says what to do.
pub(crate) fn loaded_locale(tag: Option<&str>, say: Say) -> Result<Locale, Thrown> {
    let Some(tag) = tag else {
        return Ok(Locale::En);
    };
    let locale = Locale::from_tag(tag).ok_or_else(|| unsupported(tag, say))?;
    if !locale.is_loaded() {
        return Err(say.range_error(
            "wasm.locale.not_loaded",
            &[("tag", tag), ("language", locale.tag())],
        ));
    }
    Ok(locale)
}

/// The `RangeError` for a language amlint does not speak.
pub(crate) fn unsupported(tag: &str, say: Say) -> Thrown {
    say.range_error(
        "wasm.locale.unsupported",
        &[("tag", tag), ("languages", &Locale::available())],
    )
}

/// The language `loadLocale(tag)` must fetch: `None` when it is built in or loaded already; a
/// `RangeError` for a language amlint does not speak.
pub(crate) fn locale_to_load(tag: &str) -> Result<Option<Locale>, Thrown> {
    let locale = Locale::from_tag(tag).ok_or_else(|| unsupported(tag, Say(Locale::En)))?;
    Ok((!locale.is_loaded()).then_some(locale))
}

/// The compute kind called `name`, or a `RangeError` listing them.
pub(crate) fn compute_kind(name: &str, say: Say) -> Result<Kind, Thrown> {
    Kind::from_type(name).ok_or_else(|| {
        let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.type_name()).collect();
        say.range_error(
            "wasm.unknown_kind",
            &[("name", name), ("kinds", &kinds.join(", "))],
        )
    })
}

impl<'de> Deserialize<'de> for Given {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match serde_json::Value::deserialize(deserializer)? {
            serde_json::Value::String(text) => Ok(Given::Text(text)),
            value @ (serde_json::Value::Object(_) | serde_json::Value::Array(_)) => {
                Ok(Given::Data(value))
            }
            // The reader words it: `Shape::Data`.
            _ => Err(de::Error::invalid_type(
                de::Unexpected::Other("scalar"),
                &"data",
            )),
        }
    }
}

impl<'de> Deserialize<'de> for Object {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> Visitor<'de> for Entries {
            type Value = Object;
            // The reader words it: `Shape::Object`.
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("Object")
            }
            fn visit_newtype_struct<D: de::Deserializer<'de>>(
                self,
                deserializer: D,
            ) -> Result<Object, D::Error> {
                serde_json::Map::deserialize(deserializer).map(Object)
            }
        }
        deserializer.deserialize_newtype_struct("Object", Entries)
    }
}

impl<'de> Deserialize<'de> for Documents {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Items;
        impl<'de> Visitor<'de> for Items {
            type Value = Documents;
            // The reader words it: `Shape::Documents`.
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("Documents")
            }
            fn visit_newtype_struct<D: de::Deserializer<'de>>(
                self,
                deserializer: D,
            ) -> Result<Documents, D::Error> {
                Vec::deserialize(deserializer).map(Documents)
            }
        }
        deserializer.deserialize_newtype_struct("Documents", Items)
    }
}

impl<'de> Deserialize<'de> for Pairs {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Strings;
        impl<'de> Visitor<'de> for Strings {
            type Value = Pairs;
            // The reader words it: `Shape::Map`.
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("Pairs")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Pairs, A::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = map.next_entry::<String, String>()? {
                    pairs.push(pair);
                }
                Ok(Pairs(pairs))
            }
        }
        deserializer.deserialize_map(Strings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(json: &serde_json::Value) -> Node<'_> {
        Node::from_json(json)
    }

    fn error(json: serde_json::Value) -> Thrown {
        validation(&node(&json), "validate", false).unwrap_err()
    }

    #[test]
    fn options_are_read_by_their_types() {
        let json = serde_json::json!({
            "kind": "amlcompute", "form": true, "select": ["AML3"], "ignore": ["AML302"],
            "severity": { "AML3": "off", "AML301": "warning" }, "failOn": "warning",
        });
        let read = validation(&node(&json), "validate", false).unwrap();
        assert_eq!(read.options.kind, Some(Kind::AmlCompute));
        assert!(read.options.form_state);
        assert_eq!(read.settings.fail_on, crate::Severity::Warning);
        assert!(!read.unsafe_fixes);
        let none = validation(
            &Node::new(Value::Null, crate::Span::default()),
            "validate",
            false,
        );
        assert!(none.is_ok_and(|read| read.options.kind.is_none()));
    }

    #[test]
    fn a_wrong_option_is_named_with_what_it_takes() {
        for (json, message) in [
            (
                serde_json::json!({ "knd": "x" }),
                "validate options: unknown option `knd`; known: locale, kind, form, select, extendSelect, ignore, severity, failOn, previous, existing, sizes, policy, input, parameters, terraform",
            ),
            (
                serde_json::json!({ "form": "yes" }),
                "validate options: `form` must be true or false",
            ),
            (
                serde_json::json!({ "ignore": "AML302" }),
                "validate options: `ignore` must be an array of strings",
            ),
            (
                serde_json::json!({ "ignore": ["AML302", 1] }),
                "validate options: `ignore` must be an array of strings",
            ),
            (
                serde_json::json!({ "severity": { "AML302": 1 } }),
                "validate options: `severity` must be an object of strings",
            ),
            (
                serde_json::json!({ "kind": null }),
                "validate options: `kind` must be a string",
            ),
            (
                serde_json::json!({ "previous": 3 }),
                "validate options: `previous` must be an object, an array or a string",
            ),
            (
                serde_json::json!({ "unsafe": true }),
                "validate options: unknown option `unsafe`; known: locale, kind, form, select, extendSelect, ignore, severity, failOn, previous, existing, sizes, policy, input, parameters, terraform",
            ),
        ] {
            assert_eq!(error(json), Thrown::Type(message.to_owned()));
        }
        assert_eq!(
            validation(&node(&serde_json::json!("amlcompute")), "validate", false).unwrap_err(),
            Thrown::Type("validate options must be an object".to_owned())
        );
        let fix = validation(&node(&serde_json::json!({ "unsafe": true })), "fix", true);
        assert!(fix.is_ok_and(|read| read.unsafe_fixes));
        assert_eq!(
            validation(&node(&serde_json::json!({ "unsafe": 1 })), "fix", true).unwrap_err(),
            Thrown::Type("fix options: `unsafe` must be true or false".to_owned())
        );
    }

    #[test]
    fn var_files_and_parameter_files_that_do_not_read_are_thrown() {
        for (json, message) in [
            (
                serde_json::json!({ "terraform": { "varFiles": ["a = 1", "p = \"x\" oops"] } }),
                "validate options: `terraform.varFiles[1]`: 1:9: does not parse as a variable definitions file: expected newline or eof",
            ),
            (
                serde_json::json!({ "terraform": { "varFiles": ["p = 1\np = 2\n"] } }),
                "validate options: `terraform.varFiles[0]`: 2:1: does not parse as a variable definitions file: invalid attribute; expected unique attribute key; found redefined attribute",
            ),
            (
                serde_json::json!({ "terraform": { "varFiles": ["locals {\n}\n"] } }),
                "validate options: `terraform.varFiles[0]`: 1:1: holds a block `locals`: a variable definitions file holds only `name = value` (Terraform: Blocks are not allowed here)",
            ),
            (
                serde_json::json!({ "parameters": "{\"parameters\": oops" }),
                "validate options: `parameters`: 1:16: is not JSON: Unexpected word",
            ),
            (
                serde_json::json!({ "parameters": "[1, 2]" }),
                "validate options: `parameters`: 1:1: is not a JSON object (a parameter file gives each value as `parameters.NAME.value`)",
            ),
            (
                serde_json::json!({ "parameters": "{\"parameters\": {\"n\": {\"valu\": 1}}}" }),
                "validate options: `parameters`: 1:17: the parameter `n` has neither a `value` nor a `reference` (Key Vault)",
            ),
        ] {
            assert_eq!(error(json), Thrown::Type(message.to_owned()));
        }
        let good = serde_json::json!({
            "terraform": { "varFiles": ["p = 1", "{\"q\": 2}"] },
            "parameters": "{\"parameters\": {\"n\": {\"value\": 1}, \"k\": {\"reference\": {}}}}",
        });
        assert!(validation(&node(&good), "validate", false).is_ok());
    }

    #[test]
    fn values_that_name_nothing_are_range_errors() {
        for (json, message) in [
            (
                serde_json::json!({ "kind": "cluster" }),
                "unknown compute kind `cluster`; one of: computeinstance, amlcompute, kubernetes, virtualmachine, synapsespark, aks, hdinsight, databricks, datalakeanalytics",
            ),
            (
                serde_json::json!({ "locale": "xx" }),
                "unsupported locale `xx`; available: en, nl",
            ),
            (
                serde_json::json!({ "failOn": "never" }),
                "failOn: `never` is not one of error, warning, info",
            ),
            (
                serde_json::json!({ "severity": { "AML302": "fatal" } }),
                "severity of `AML302`: `fatal` is not one of error, warning, info, off",
            ),
            (
                serde_json::json!({ "ignore": ["AML320"] }),
                "no rule `AML320`; did you mean `AML302`?",
            ),
        ] {
            assert_eq!(error(json), Thrown::Range(message.to_owned()));
        }
    }

    #[test]
    fn schema_and_docs_options() {
        let read = schema(&node(
            &serde_json::json!({ "draft": "2020-12", "mode": "update", "form": true }),
        ))
        .unwrap();
        assert_eq!(
            (read.draft, read.mode, read.form),
            (Draft::Draft2020_12, Mode::Update, true)
        );
        assert_eq!(
            schema(&node(&serde_json::json!({ "mode": "edit" }))).unwrap_err(),
            Thrown::Range("unknown mode `edit`; use \"create\" or \"update\"".to_owned())
        );
        assert_eq!(
            schema(&node(&serde_json::json!({ "form": "yes" }))).unwrap_err(),
            Thrown::Type("schema options: `form` must be true or false".to_owned())
        );
        assert_eq!(
            docs_locale(&node(&serde_json::json!({ "lang": "nl" })), "rules").unwrap_err(),
            Thrown::Type("rules options: unknown option `lang`; known: locale".to_owned())
        );
        assert_eq!(
            docs_locale(&node(&serde_json::json!(null)), "kinds"),
            Ok(Locale::En)
        );
        let flags = serde_json::json!({ "unsafe": true });
        assert_eq!(fix_flags(&node(&flags), Say(Locale::En)), Ok(true));
        assert_eq!(locale_to_load("en-GB"), Ok(None));
        assert_eq!(
            locale_to_load("de"),
            Err(Thrown::Range(
                "unsupported locale `de`; available: en, nl".to_owned()
            ))
        );
        assert_eq!(Subject::Options("fix").name(Say(Locale::En)), "fix options");
        assert_eq!(Subject::FormState.name(Say(Locale::En)), "the form state");
    }

    /// `policy` is `[policy]` of amlint.toml in camelCase: presets, definitions as data or text,
    /// parameters and simple settings, each checked as the config's are.
    #[test]
    fn policy_options_are_read_as_the_config_is() {
        let vm_size = include_str!(
            "../azure_policy/vendored/alz/Deny-MachineLearning-Compute-VmSize.alz_policy_definition.json"
        );
        let json = serde_json::json!({ "policy": {
            "definitions": [vm_size, serde_json::from_str::<serde_json::Value>(vm_size).unwrap()],
            "parameters": { "allowedVmSizes": ["Standard_D2_v3"] },
            "preset": ["azure-builtin"], "effect": "audit",
            "maxInstances": 4, "noSsh": true, "allowedKinds": ["amlcompute"],
        }});
        let read = validation(&node(&json), "validate", false).unwrap();
        let context = read.options.context.expect("a context");
        let labels: Vec<&str> = context
            .policies()
            .iter()
            .map(|a| a.label.as_str())
            .collect();
        assert_eq!(
            labels
                .iter()
                .filter(|l| l.starts_with("preset azure-builtin"))
                .count(),
            5
        );
        assert!(
            labels.contains(&"policy.definitions[0]") && labels.contains(&"policy.definitions[1]")
        );
        // maxInstances, noSsh and allowedKinds: one definition each.
        assert_eq!(labels.iter().filter(|l| **l == "settings").count(), 3);
        let narrowed = schema(&node(
            &serde_json::json!({ "policy": { "maxInstances": 4 } }),
        ))
        .unwrap();
        assert_eq!(narrowed.policies.len(), 1);
        for (json, message) in [
            (
                serde_json::json!({ "policy": { "maxInstance": 4 } }),
                "validate options: unknown option `policy.maxInstance`; known: preset, definitions, parameters, effect, allowedSizes, maxInstances, minInstances, maxIdleBeforeScaleDown, requireIdleShutdown, maxIdleShutdownMinutes, noPublicIp, noSsh, requireSubnet, requireIdentity, requiredTags, namePattern, allowedLocations, allowedKinds",
            ),
            (
                serde_json::json!({ "policy": { "maxInstances": -1 } }),
                "validate options: `policy.maxInstances` must be a whole number from 0",
            ),
            (
                serde_json::json!({ "policy": { "parameters": [] } }),
                "validate options: `policy.parameters` must be an object",
            ),
            (
                serde_json::json!({ "policy": { "definitions": [1] } }),
                "validate options: `policy.definitions` must be an array of objects or strings",
            ),
            (
                serde_json::json!({ "policy": { "definitions": "{}" } }),
                "validate options: `policy.definitions` must be an array of objects or strings",
            ),
            (
                serde_json::json!({ "policy": { "definitions": ["{}"] } }),
                "validate options: `policy.definitions[0]`: not an Azure Policy definition or policy set (JSON with a `policyRule`, or with `policyDefinitions`)",
            ),
            (
                serde_json::json!({ "policy": { "preset": ["alz"], "parameters": { "maxNodes": 2 } } }),
                "validate options: `policy.parameters`: `maxNodes` under `[policy.parameters]` is a parameter of none of the policies given",
            ),
            (
                serde_json::json!({ "policy": true }),
                "validate options: `policy` must be an object, an array or a string",
            ),
        ] {
            assert_eq!(error(json), Thrown::Type(message.to_owned()));
        }
        for (json, message) in [
            (
                serde_json::json!({ "policy": { "preset": ["azure"] } }),
                "validate options: `policy.preset`: `azure` is not one of alz, azure-builtin",
            ),
            (
                serde_json::json!({ "policy": { "effect": "warn" } }),
                "validate options: `policy.effect`: `warn` is not one of deny, audit",
            ),
            (
                serde_json::json!({ "policy": { "allowedKinds": ["cluster"] } }),
                "validate options: `policy.allowedKinds`: `cluster` is not one of computeinstance, amlcompute, kubernetes, virtualmachine, synapsespark, aks, hdinsight, databricks, datalakeanalytics",
            ),
        ] {
            assert_eq!(error(json), Thrown::Range(message.to_owned()));
        }
    }

    /// `sizes`: the kind is required; the filters and the region's list are read as typed.
    #[test]
    fn sizes_options() {
        let read = sizes(&node(&serde_json::json!({
            "kind": "amlcompute", "processor": "gpu", "minCores": 8, "minMemoryGb": 32,
            "lowPriority": true, "search": "nc", "family": "NC", "retired": true,
            "sizes": "[{\"name\": \"Standard_NC4as_T4_v3\", \"v_cp_us\": 4}]",
        })))
        .unwrap();
        assert_eq!(read.kind, Kind::AmlCompute);
        assert_eq!(read.region.sizes().map(crate::context::Sizes::len), Some(1));
        assert_eq!(read.filter.min_memory_gb, Some(32.0));
        let plain = sizes(&node(&serde_json::json!({ "kind": "computeinstance" }))).unwrap();
        assert!(plain.region.sizes().is_none());
        let thrown = |json| sizes(&node(&json)).err();
        for nothing in [serde_json::json!({}), serde_json::json!(null)] {
            assert_eq!(
                thrown(nothing),
                Some(Thrown::Type("sizes options: `kind` is required".to_owned()))
            );
        }
        assert_eq!(
            thrown(serde_json::json!({ "kind": "amlcompute", "processor": "tpu" })),
            Some(Thrown::Range(
                "sizes options: `processor`: `tpu` is not one of cpu, gpu".to_owned()
            ))
        );
        assert!(matches!(
            thrown(serde_json::json!({ "kind": "amlcompute", "sizes": "[]" })),
            Some(Thrown::Type(message)) if message.starts_with("sizes options: `sizes`: ")
        ));
        assert!(matches!(
            thrown(serde_json::json!({ "kind": "cluster" })),
            Some(Thrown::Range(_))
        ));
        // A region is checked as AML807 checks a spec's location, and narrows nothing.
        for known in ["westeurope", "West Europe"] {
            let read = sizes(&node(
                &serde_json::json!({ "kind": "amlcompute", "region": known }),
            ));
            assert!(
                read.is_ok_and(|read| read.region.sizes().is_none()),
                "{known}"
            );
        }
        assert_eq!(
            thrown(serde_json::json!({ "kind": "amlcompute", "region": "westeurop" })),
            Some(Thrown::Range(
                "sizes options: `region`: `westeurop` is not an Azure region amlint knows; did you mean `westeurope`?"
                    .to_owned()
            ))
        );
        assert!(matches!(
            thrown(serde_json::json!({ "kind": "amlcompute", "region": "mars" })),
            Some(Thrown::Range(message)) if message.starts_with("sizes options: `region`: `mars` is not an Azure region amlint knows")
        ));
    }

    /// With the command's Dutch built in, errors speak the language the options ask for.
    #[cfg(feature = "nl")]
    #[test]
    fn errors_speak_the_language_asked_for() {
        let Thrown::Type(unknown) = error(serde_json::json!({ "locale": "nl", "knd": 1 })) else {
            panic!("not a TypeError")
        };
        assert!(
            unknown.starts_with("het optieobject van validate: onbekende optie `knd`"),
            "{unknown}"
        );
        let Thrown::Range(kind) = error(serde_json::json!({ "locale": "nl", "kind": "x" })) else {
            panic!("not a RangeError")
        };
        assert!(kind.starts_with("onbekend type rekenkracht `x`"), "{kind}");
    }
}
