// The browser and bundler entry: the `--target web` builds with one explicit, memoised init().
// Two modules of the same core: the form module (pkg/web), which init() loads — what a form needs:
// objects validated, schemas, the matcher, languages — and the full module (pkg/full), which
// loadFull() loads when a page needs YAML text, context, fixes or the rule reference. Once the full
// module is loaded every call goes to it; the form module says what to call when it is asked for
// what only the full one does (docs/npm.md).
import initWasm, * as form from "../pkg/web/amlint.js";
import initFull, * as fullModule from "../pkg/full/amlint.js";
import { loadLocale as loadInto, registerLoaded } from "./language.js";

let ready;
let initialised = false;
let fullReady;
let fullLoaded = false;

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

/**
 * Loads the full module (YAML text, context, fixes, the rule reference) beside the form module;
 * later calls return the same promise, and a failed load is not remembered. `input` is what
 * `init` takes, for the full module's file (`amlint/wasm-full`). The languages loaded so far are
 * registered in it.
 */
export function loadFull(input) {
  fullReady ??= initFull(input === undefined ? undefined : { module_or_path: input }).then(
    () => {
      registerLoaded(fullModule, loaded);
      fullLoaded = true;
    },
    (error) => {
      fullReady = undefined;
      throw input === undefined && error instanceof WebAssembly.CompileError ? notWebAssembly(error) : error;
    },
  );
  return fullReady;
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
    form.initSync({ module });
    initialised = true;
    ready = Promise.resolve();
  }
}

/** `loadFull` synchronously, from the full module's bytes or compiled module (`amlint/wasm-full`). */
export function loadFullSync(module) {
  if (!fullLoaded) {
    fullModule.initSync({ module });
    registerLoaded(fullModule, loaded);
    fullLoaded = true;
    fullReady = Promise.resolve();
  }
}

/** The module that answers: the full one once it is loaded (it does all the form one does). */
function wasm() {
  if (fullLoaded) return fullModule;
  if (initialised) return form;
  throw new Error("amlint is not initialised: `await init()` first");
}

/** The full module, for `name`, which only it has; before `loadFull()`, the form module's error. */
function full(name) {
  const module = wasm();
  if (module === form) throw form.needsFull(name);
  return module;
}

export function validate(spec, options) {
  return wasm().validate(spec, options);
}

export function validator(options) {
  return wasm().validator(options);
}

export function fix(text, options) {
  return full("fix").fix(text, options);
}

export function applyFixes(text, findings) {
  return full("applyFixes").applyFixes(text, findings);
}

export function applyPatch(state, findings) {
  return wasm().applyPatch(state, findings);
}

export function schema(kind, options) {
  return wasm().schema(kind, options);
}

export function kinds(options) {
  return wasm().kinds(options);
}

export function rules(options) {
  return full("rules").rules(options);
}

export function explain(code, options) {
  return full("explain").explain(code, options);
}

export function uiSchema(kind, options) {
  return full("uiSchema").uiSchema(kind, options);
}

export function jsonFormsUiSchema(kind, options) {
  return full("jsonFormsUiSchema").jsonFormsUiSchema(kind, options);
}

export function editState(existing) {
  return full("editState").editState(existing);
}

export function updateSpec(existing, current) {
  return full("updateSpec").updateSpec(existing, current);
}

export function sizes(options) {
  return full("sizes").sizes(options);
}

export function parse(text) {
  return full("parse").parse(text);
}

export function formSpec(state) {
  return wasm().formSpec(state);
}

export function toYaml(value) {
  return full("toYaml").toYaml(value);
}

export function matches(schema, value, root) {
  return wasm().matches(schema, value, root);
}

export function matcher(root) {
  return wasm().matcher(root);
}

export function version() {
  return wasm().version();
}

export function severities() {
  return wasm().severities();
}

// Languages beyond English, fetched when first asked for: bundlers make each a chunk of its own,
// so the module and the page carry only English until then.
const packs = { nl: () => import("./locales/nl.js") };
// The languages loaded, by tag, for a module loaded after them.
const loaded = new Map();

/**
 * Loads the messages of a language (`"nl"`) so `validate(spec, { locale })` can use it. English is
 * built in; loading a language twice is a no-op.
 */
export async function loadLocale(tag) {
  wasm();
  const load = async (language) => {
    const pack = await packs[language]();
    loaded.set(language, pack);
    return pack;
  };
  for (const module of [initialised && form, fullLoaded && fullModule]) {
    if (module) await loadInto(module, load, tag);
  }
}
