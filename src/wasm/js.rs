//! Reads a JS value (a form's state) straight into a `Node`, without a serde round trip: every
//! property is read once through js-sys. Bounded, and strict about what is not plain data.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::diagnostic::Span;
use crate::yaml::{Entry, Limits, Node, Value, pointer_push};

/// Why a JS value cannot be read as a spec.
pub(crate) struct Unreadable(pub(crate) String);

pub(crate) fn to_node(value: &JsValue) -> Result<Node, Unreadable> {
    let limits = Limits::default();
    let mut budget = limits.max_nodes;
    read(value, "", 0, limits.max_depth, &mut budget)
}

fn read(
    value: &JsValue,
    at: &str,
    depth: usize,
    max_depth: usize,
    budget: &mut usize,
) -> Result<Node, Unreadable> {
    *budget = budget.checked_sub(1).ok_or_else(|| {
        Unreadable(format!(
            "the spec has more than {} values",
            Limits::default().max_nodes
        ))
    })?;
    let node = |value| Node::new(value, Span::default());
    if let Some(text) = value.as_string() {
        return Ok(node(Value::Str(text)));
    }
    if let Some(flag) = value.as_bool() {
        return Ok(node(Value::Bool(flag)));
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
    if value.is_null() || value.is_undefined() {
        return Ok(node(Value::Null));
    }
    let place = if at.is_empty() {
        "the spec".to_owned()
    } else {
        format!("`{at}`")
    };
    if value.is_function() || value.is_symbol() {
        return Err(Unreadable(format!(
            "{place} is a function or symbol; pass plain data"
        )));
    }
    if value.is_bigint() {
        let text = String::from(
            js_sys::BigInt::from(value.clone())
                .to_string(10)
                .unwrap_or_default(),
        );
        return Ok(node(text.parse().map_or(Value::Str(text), Value::Int)));
    }
    if depth >= max_depth {
        return Err(Unreadable(format!(
            "{place} nests deeper than {max_depth} levels (is there a cycle?)"
        )));
    }
    if Array::is_array(value) {
        let array: &Array = value.unchecked_ref();
        let mut items = Vec::with_capacity(array.length() as usize);
        for (i, item) in array.iter().enumerate() {
            items.push(read(
                &item,
                &pointer_push(at, &i.to_string()),
                depth + 1,
                max_depth,
                budget,
            )?);
        }
        return Ok(node(Value::Seq(items)));
    }
    if value.is_instance_of::<js_sys::Map>() || value.is_instance_of::<js_sys::Set>() {
        return Err(Unreadable(format!(
            "{place} is a Map or Set; pass a plain object"
        )));
    }
    if let Some(date) = value.dyn_ref::<js_sys::Date>() {
        return Ok(node(Value::Str(String::from(date.to_iso_string()))));
    }
    let object: &Object = value.unchecked_ref();
    let keys = Object::keys(object);
    let mut entries = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        let name = key.as_string().unwrap_or_default();
        let field = Reflect::get(object, &key)
            .map_err(|_| Unreadable(format!("{place} has a property that cannot be read")))?;
        // A form's `undefined` means "not set", as JSON.stringify treats it.
        if field.is_undefined() {
            continue;
        }
        let here = pointer_push(at, &name);
        let value = read(&field, &here, depth + 1, max_depth, budget)?;
        entries.push(Entry {
            key: node(Value::Str(name)),
            value,
        });
    }
    Ok(node(Value::Map(entries)))
}
