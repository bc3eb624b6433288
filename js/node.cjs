// The Node `require` entry: the `--target nodejs` build, loaded synchronously.
const wasm = require("../pkg/node/amlint.js");

module.exports = {
  init: () => Promise.resolve(),
  initSync: () => {},
  validate: wasm.validate,
  validator: wasm.validator,
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
