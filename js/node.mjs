// The Node `import` entry: the ES module build, initialised synchronously when imported. The
// .wasm is named with `new URL(..., import.meta.url)`, not a path built from `__dirname`, so a
// bundler that builds server code for Node (webpack in Next.js) sees the file and emits it.
import { readFileSync } from "node:fs";
import * as wasm from "../pkg/web/amlint.js";

wasm.initSync({ module: readFileSync(new URL("../pkg/web/amlint_bg.wasm", import.meta.url)) });

export const { validate, schema, kinds, rules, explain, parse, toYaml, matches, version } = wasm;
export const init = () => Promise.resolve();
export const initSync = () => {};
