// The Node `require` entry: the `--target nodejs` build of the full module, loaded synchronously.
const wasm = require("../pkg/node/amlint.js");
// js/language.js, as CommonJS (scripts/build-wasm writes it).
const { loadLocale } = require("../pkg/node/language.cjs");

// The ES module the other entries load too (one copy of each language in the package).
const packs = { nl: () => import("./locales/nl.js") };

module.exports = {
  init: () => Promise.resolve(),
  /** Loads the messages of a language (`"nl"`); English is built in. */
  loadLocale: (tag) => loadLocale(wasm, (language) => packs[language](), tag),
  initSync: () => {},
  loadFull: () => Promise.resolve(),
  loadFullSync: () => {},
  validate: wasm.validate,
  validator: wasm.validator,
  fix: wasm.fix,
  applyFixes: wasm.applyFixes,
  applyPatch: wasm.applyPatch,
  schema: wasm.schema,
  kinds: wasm.kinds,
  rules: wasm.rules,
  severities: wasm.severities,
  explain: wasm.explain,
  sizes: wasm.sizes,
  uiSchema: wasm.uiSchema,
  jsonFormsUiSchema: wasm.jsonFormsUiSchema,
  editState: wasm.editState,
  updateSpec: wasm.updateSpec,
  parse: wasm.parse,
  formSpec: wasm.formSpec,
  toYaml: wasm.toYaml,
  matches: wasm.matches,
  matcher: wasm.matcher,
  version: wasm.version,
};
