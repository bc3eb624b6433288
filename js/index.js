// The browser and bundler entry: the `--target web` build with one explicit, memoised init().
import initWasm, * as wasm from "../pkg/web/amlint.js";
import { loadLocale as loadInto } from "./language.js";

let ready;
let initialised = false;

/**
 * Loads the WebAssembly module. Call (and await) it once before anything else; later calls
 * return the same promise. `input` may be a URL, a Response, bytes or a compiled module.
 * A failed load (the network dropped the .wasm) is not remembered: calling again retries.
 */
export function init(input) {
  ready ??= initWasm(input === undefined ? undefined : { module_or_path: input }).then(
    () => {
      initialised = true;
    },
    (error) => {
      ready = undefined;
      throw input === undefined && error instanceof WebAssembly.CompileError ? notWebAssembly(error) : error;
    },
  );
  return ready;
}

// Fetched from beside this module, the .wasm was something else: typically the HTML page a dev
// server answers with after it moved this module but not the .wasm (Vite before version 8
// pre-bundling dependencies). Say so, and what to do, instead of "expected magic word".
function notWebAssembly(error) {
  return new Error(
    "amlint could not load its WebAssembly: the file served as amlint_bg.wasm is not WebAssembly. " +
      "A dev server that pre-bundles dependencies (Vite before version 8) moves amlint's code away " +
      'from its .wasm: exclude amlint from pre-bundling (Vite: `optimizeDeps: { exclude: ["amlint"] }`), ' +
      'or pass init() the URL of "amlint/wasm" (Vite: `import url from "amlint/wasm?url"; await init(url)`).',
    { cause: error },
  );
}

/** Initialises synchronously from the module's bytes or a compiled `WebAssembly.Module`. */
export function initSync(module) {
  if (!initialised) {
    wasm.initSync({ module });
    initialised = true;
    ready = Promise.resolve();
  }
}

function ensure() {
  if (!initialised) throw new Error("amlint is not initialised: `await init()` first");
}

export function validate(spec, options) {
  ensure();
  return wasm.validate(spec, options);
}

export function validator(options) {
  ensure();
  return wasm.validator(options);
}

export function fix(text, options) {
  ensure();
  return wasm.fix(text, options);
}

export function applyFixes(text, findings) {
  ensure();
  return wasm.applyFixes(text, findings);
}

export function applyPatch(state, findings) {
  ensure();
  return wasm.applyPatch(state, findings);
}

export function schema(kind, options) {
  ensure();
  return wasm.schema(kind, options);
}

export function kinds(options) {
  ensure();
  return wasm.kinds(options);
}

export function rules(options) {
  ensure();
  return wasm.rules(options);
}

export function explain(code, options) {
  ensure();
  return wasm.explain(code, options);
}

export function parse(text) {
  ensure();
  return wasm.parse(text);
}

export function formSpec(state) {
  ensure();
  return wasm.formSpec(state);
}

export function toYaml(value) {
  ensure();
  return wasm.toYaml(value);
}

export function matches(schema, value, root) {
  ensure();
  return wasm.matches(schema, value, root);
}

export function matcher(root) {
  ensure();
  return wasm.matcher(root);
}

export function version() {
  ensure();
  return wasm.version();
}

export function severities() {
  ensure();
  return wasm.severities();
}

// Languages beyond English, fetched when first asked for: bundlers make each a chunk of its own,
// so the module and the page carry only English until then.
const packs = { nl: () => import("./locales/nl.js") };

/**
 * Loads the messages of a language (`"nl"`) so `validate(spec, { locale })` can use it. English is
 * built in; loading a language twice is a no-op.
 */
export async function loadLocale(tag) {
  ensure();
  return loadInto(wasm, (language) => packs[language](), tag);
}
