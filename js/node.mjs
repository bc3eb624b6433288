// The Node `import` entry: the same CommonJS build, ready as soon as it is imported.
import { createRequire } from "node:module";

const wasm = createRequire(import.meta.url)("../pkg/node/amlint.js");

export const { validate, schema, kinds, rules, explain, parse, toYaml, matches, version } = wasm;
export const init = () => Promise.resolve();
export const initSync = () => {};
