//! Reads JS values for the core: a value into a `Node` with one call to `flatten` (flatten.js) and
//! the reader in flat.rs, and a string as Rust text through the engine's `TextEncoder`. Hands
//! findings back as one text that findings.js turns into objects. Nothing here calls into JS values
//! directly: JS code that a value may run (getters, Proxy traps, `toJSON`) runs inside flatten's
//! `try`, never between WebAssembly frames.

use js_sys::JsString;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use super::flat::{self, Unreadable};
use crate::yaml::{Limits, Node};

#[wasm_bindgen(module = "/src/wasm/flatten.js")]
extern "C" {
    /// The value as flat text, or why it cannot be read (see flatten.js). `catch`: should the
    /// walk itself throw (a stack overflow), the error comes back here instead of unwinding.
    #[wasm_bindgen(catch)]
    fn flatten(value: &JsValue, max_depth: usize, max_values: usize) -> Result<JsString, JsValue>;

    /// Writes the text as UTF-8 into `into`, which has room for it; returns the bytes written.
    #[wasm_bindgen(js_name = "encodeInto")]
    fn encode_into(text: &JsString, into: &mut [u8]) -> usize;
}

#[wasm_bindgen(module = "/src/wasm/findings.js")]
extern "C" {
    /// The `Diagnostic` objects the text `dto::flat_text` wrote stands for.
    fn findings(text: &str) -> JsValue;

    /// Whether `text` matches `pattern` by the JS engine's own `RegExp` (`u` flag): 1 or 0, or 2
    /// for a pattern it cannot read. It catches that error itself: nothing unwinds through here.
    #[wasm_bindgen(js_name = "testPattern")]
    fn test_pattern(pattern: &str, text: &str) -> u32;
}

/// A pattern engine for the schema matcher: the JS engine's `RegExp`, so none is in the module.
pub(crate) fn pattern(pattern: &str, text: &str) -> Option<bool> {
    match test_pattern(pattern, text) {
        0 => Some(false),
        1 => Some(true),
        _ => None,
    }
}

/// Findings as the JS objects `validate` returns.
pub(crate) fn diagnostics(found: &[crate::report::Finding]) -> JsValue {
    findings(&super::dto::flat_text(found))
}

/// Reads a JS value and hands its tree to `f`. The tree borrows its strings from the text the
/// value was flattened to, which lives only for this call.
pub(crate) fn with_node<R>(
    value: &JsValue,
    f: impl FnOnce(&Node<'_>) -> R,
) -> Result<R, Unreadable> {
    let limits = Limits::default();
    let text = flatten(value, limits.max_depth, limits.max_nodes)
        .ok()
        .and_then(|text| to_rust(&text));
    flat::read(text.as_deref().unwrap_or("!r"), limits).map(|node| f(&node))
}

/// Above this many UTF-16 units the text takes wasm-bindgen's own conversion, which sizes its buffer
/// as it goes instead of reserving three bytes per unit up front.
const FAST_UNITS: usize = 64 * 1024;

/// The value as Rust text, if it is a string.
pub(crate) fn as_string(value: &JsValue) -> Option<String> {
    value.dyn_ref::<JsString>().and_then(to_rust)
}

/// The JS string as Rust text. A form's state is a few hundred units: the JS engine's encoder
/// writes them straight into a buffer here, several times faster than wasm-bindgen's conversion
/// (docs/performance.md).
fn to_rust(text: &JsString) -> Option<String> {
    let units = text.length() as usize;
    if units > FAST_UNITS {
        return text.as_string();
    }
    let mut bytes = vec![0; units * 3];
    let written = encode_into(text, &mut bytes);
    bytes.truncate(written);
    String::from_utf8(bytes).ok()
}
