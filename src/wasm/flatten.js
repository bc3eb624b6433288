// Reads a JS value (a form's state, options) for the Rust side in one call: `flatten` walks it here,
// in JS, and returns one string that src/wasm/flat.rs reads back. Reading the object from Rust
// instead costs a call across the boundary for every key, value and type test, and an exception
// thrown by a getter or Proxy during such a call would unwind through WebAssembly and leave the
// module broken. Here every exception is caught and reported. Export only `export function`
// declarations: scripts/build-wasm rewrites them as CommonJS for the Node build.
//
// A value is written as:
//   s<n>:<n UTF-16 code units>  a string      n<String(number)>;  a number
//   i<digits>;                  a bigint      t | f | z           true, false, null
//   [ value* ]                  an array (undefined items are null, as in JSON)
//   { (<n>:<key> value)* }      an object (undefined fields are left out: "not set")
// As JSON.stringify, an object with a `toJSON` method is what that returns (a Date its ISO string,
// null when invalid; a date library's object as it serialises itself), and a boxed primitive is
// its value. What is not data gives
//   !<reason><JSON pointer>     reason: f function or symbol, m Map or Set, d too deep,
//                               n too many values, r a getter, Proxy trap or toJSON threw
export function flatten(value, maxDepth, maxValues) {
  const state = { values: maxValues, maxDepth, reason: "", path: [] };
  const text = write(value, 0, state, "");
  if (text !== undefined) return text;
  const pointer = state.reason === "n" ? "" : state.path.reverse().map(token).join("");
  return `!${state.reason}${pointer}`;
}

const token = (key) => `/${String(key).replaceAll("~", "~0").replaceAll("/", "~1")}`;

function fail(state, reason) {
  state.reason = reason;
  return undefined;
}

function write(value, depth, state, key) {
  if (--state.values < 0) return fail(state, "n");
  if (typeof value === "object" && value !== null) {
    try {
      value = asJson(value, key);
    } catch {
      return fail(state, "r");
    }
  }
  switch (typeof value) {
    case "string":
      return `s${value.length}:${value}`;
    case "number":
      return `n${value};`;
    case "boolean":
      return value ? "t" : "f";
    case "undefined":
      return "z";
    case "bigint":
      return `i${value};`;
    case "object":
      if (value === null) return "z";
      break;
    default:
      return fail(state, "f");
  }
  if (depth >= state.maxDepth) return fail(state, "d");
  let at; // the index or key being read, for the pointer of an error
  try {
    if (Array.isArray(value)) {
      let out = "[";
      const length = value.length;
      for (let i = 0; i < length; i++) {
        at = i;
        const item = write(value[i], depth + 1, state, String(i));
        if (item === undefined) return within(state, at);
        out += item;
      }
      return `${out}]`;
    }
    if (value instanceof Map || value instanceof Set) return fail(state, "m");
    let out = "{";
    for (const key of Object.keys(value)) {
      at = key;
      const field = value[key];
      if (field === undefined) continue;
      const item = write(field, depth + 1, state, key);
      if (item === undefined) return within(state, at);
      out += `${key.length}:${key}${item}`;
    }
    return `${out}}`;
  } catch {
    if (at !== undefined) state.path.push(at);
    return fail(state, "r");
  }
}

// The value JSON.stringify would write for an object.
function asJson(value, key) {
  if (typeof value.toJSON === "function") value = value.toJSON(key);
  if (value instanceof String || value instanceof Number || value instanceof Boolean) return value.valueOf();
  return value;
}

function within(state, at) {
  state.path.push(at);
  return undefined;
}

const encoder = new TextEncoder();

// Writes `text` as UTF-8 into `into` (a view of the module's memory, at least three bytes per
// UTF-16 unit) and returns the number of bytes written: the engine's encoder, several times faster
// than wasm-bindgen's own string hand-over, which copies ASCII a character at a time.
export function encodeInto(text, into) {
  return encoder.encodeInto(text, into).written;
}
