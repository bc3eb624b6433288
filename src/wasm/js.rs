//! Reads a JS value into a `Node` with one call to `flatten` (flatten.js) and the reader in
//! flat.rs. Nothing here calls into JS values directly: JS code that a value may run (getters,
//! Proxy traps, `toJSON`) runs inside flatten's `try`, never between WebAssembly frames.

use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;

use super::flat::{self, Unreadable};
use crate::yaml::{Limits, Node};

#[wasm_bindgen(module = "/src/wasm/flatten.js")]
extern "C" {
    /// The value as flat text, or why it cannot be read (see flatten.js). `catch`: should the
    /// walk itself throw (a stack overflow), the error comes back here instead of unwinding.
    #[wasm_bindgen(catch)]
    fn flatten(value: &JsValue, max_depth: usize, max_values: usize) -> Result<String, JsValue>;
}

pub(crate) fn to_node(value: &JsValue) -> Result<Node, Unreadable> {
    let limits = Limits::default();
    match flatten(value, limits.max_depth, limits.max_nodes) {
        Ok(text) => flat::read(&text, limits),
        Err(_) => flat::read("!r", limits),
    }
}
