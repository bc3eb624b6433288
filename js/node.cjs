// The Node `require` entry: the `--target nodejs` build, loaded synchronously.
const wasm = require("../pkg/node/amlint.js");

const locales = { nl: () => require("./locales/nl.cjs") };

module.exports = {
  init: () => Promise.resolve(),
  /** Loads the messages of a language (`"nl"`); English is built in. */
  loadLocale: async (tag) => {
    if (tag === "en") return;
    const load = locales[tag];
    if (load === undefined) throw new RangeError(`unsupported locale \`${tag}\`; available: en, ${Object.keys(locales).join(", ")}`);
    wasm.registerLocale(tag, load());
  },
  initSync: () => {},
  validate: wasm.validate,
  validator: wasm.validator,
  fix: wasm.fix,
  applyFixes: wasm.applyFixes,
  applyPatch: wasm.applyPatch,
  schema: wasm.schema,
  kinds: wasm.kinds,
  rules: wasm.rules,
  explain: wasm.explain,
  parse: wasm.parse,
  formSpec: wasm.formSpec,
  toYaml: wasm.toYaml,
  matches: wasm.matches,
  matcher: wasm.matcher,
  version: wasm.version,
};
