//! Reads a JS value (a form's state) straight into a `Node`, without a serde round trip. Calls
//! across the JS/WASM boundary are the cost here (measured: about 10 µs for an 11-field spec), so
//! common values are tested first, plain objects skip the checks only exotic values need, and the
//! location of a problem is assembled only when there is one. Bounded, and strict about what is
//! not plain data.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::diagnostic::Span;
use crate::yaml::{Entry, Limits, Node, Value, pointer_push};

/// Why a JS value cannot be read as a spec, and where (path segments, innermost first).
pub(crate) struct Unreadable {
    reason: String,
    path: Vec<String>,
}

impl Unreadable {
    fn new(reason: impl Into<String>) -> Unreadable {
        Unreadable {
            reason: reason.into(),
            path: Vec::new(),
        }
    }

    fn within(mut self, segment: impl Into<String>) -> Unreadable {
        self.path.push(segment.into());
        self
    }

    /// The message for a `TypeError`.
    pub(crate) fn message(&self) -> String {
        if self.path.is_empty() {
            return format!("the spec {}", self.reason);
        }
        let pointer = self
            .path
            .iter()
            .rev()
            .fold(String::new(), |p, s| pointer_push(&p, s));
        format!("`{pointer}` {}", self.reason)
    }
}

pub(crate) fn to_node(value: &JsValue) -> Result<Node, Unreadable> {
    let limits = Limits::default();
    let mut budget = limits.max_nodes;
    read(value, 0, limits.max_depth, &mut budget)
}

fn node(value: Value) -> Node {
    Node::new(value, Span::default())
}

fn read(
    value: &JsValue,
    depth: usize,
    max_depth: usize,
    budget: &mut usize,
) -> Result<Node, Unreadable> {
    *budget = budget.checked_sub(1).ok_or_else(|| {
        Unreadable::new(format!(
            "has more than {} values",
            Limits::default().max_nodes
        ))
    })?;
    // The common cases first: each check is a call across the boundary.
    if let Some(text) = value.as_string() {
        return Ok(node(Value::Str(text)));
    }
    if let Some(number) = value.as_f64() {
        // Integral numbers JS can represent exactly are integers, as in JSON.
        #[expect(
            clippy::cast_possible_truncation,
            reason = "checked to be integral and within 2^53"
        )]
        let read = if number.fract() == 0.0 && number.abs() <= 9_007_199_254_740_992.0 {
            Value::Int(number as i64)
        } else {
            Value::Float(number)
        };
        return Ok(node(read));
    }
    if let Some(flag) = value.as_bool() {
        return Ok(node(Value::Bool(flag)));
    }
    if value.is_null() || value.is_undefined() {
        return Ok(node(Value::Null));
    }
    if !value.is_object() {
        return scalar_exotic(value);
    }
    if depth >= max_depth {
        return Err(Unreadable::new(format!(
            "nests deeper than {max_depth} levels (is there a cycle?)"
        )));
    }
    if Array::is_array(value) {
        let array: &Array = value.unchecked_ref();
        let mut items = Vec::with_capacity(array.length() as usize);
        for (i, item) in array.iter().enumerate() {
            items.push(
                read(&item, depth + 1, max_depth, budget).map_err(|e| e.within(i.to_string()))?,
            );
        }
        return Ok(node(Value::Seq(items)));
    }
    let object: &Object = value.unchecked_ref();
    if !is_plain(object) {
        if value.is_instance_of::<js_sys::Map>() || value.is_instance_of::<js_sys::Set>() {
            return Err(Unreadable::new("is a Map or Set; pass a plain object"));
        }
        if let Some(date) = value.dyn_ref::<js_sys::Date>() {
            return Ok(node(Value::Str(String::from(date.to_iso_string()))));
        }
    }
    read_object(object, depth, max_depth, budget)
}

/// A plain object (`{...}` or `Object.create(null)`), as forms and `JSON.parse` make.
fn is_plain(object: &Object) -> bool {
    let prototype = Object::get_prototype_of(object);
    prototype.is_null() || Object::get_prototype_of(prototype.as_ref()).is_null()
}

fn read_object(
    object: &Object,
    depth: usize,
    max_depth: usize,
    budget: &mut usize,
) -> Result<Node, Unreadable> {
    let keys = Object::keys(object);
    let mut entries = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        let name = key.as_string().unwrap_or_default();
        let field = Reflect::get(object, &key)
            .map_err(|_| Unreadable::new("has a property that cannot be read"))?;
        // A form's `undefined` means "not set", as JSON.stringify treats it.
        if field.is_undefined() {
            continue;
        }
        let value = match read(&field, depth + 1, max_depth, budget) {
            Ok(value) => value,
            Err(error) => return Err(error.within(name)),
        };
        entries.push(Entry {
            key: node(Value::Str(name)),
            value,
        });
    }
    Ok(node(Value::Map(entries)))
}

/// Values that are neither objects nor the common scalars: functions, symbols, bigints.
fn scalar_exotic(value: &JsValue) -> Result<Node, Unreadable> {
    if value.is_bigint() {
        let text = js_sys::BigInt::from(value.clone())
            .to_string(10)
            .map(String::from)
            .unwrap_or_default();

        return Ok(node(text.parse().map_or(Value::Str(text), Value::Int)));
    }
    Err(Unreadable::new("is a function or symbol; pass plain data"))
}
