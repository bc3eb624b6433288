// The Node `import` entry: the ES module build of the full module, initialised synchronously when
// imported (size matters little on a server, so Node never loads the form module). The
// module's bytes come inlined as base64 (scripts/build-wasm writes them; the `require` entry loads
// the same file) rather than read from a file: bundlers that build server code for Node (Next.js
// with webpack or Turbopack) rewrite file references into public URL paths or leave them pointing
// into their output, where no .wasm is.
import { Buffer } from "node:buffer";
import { createRequire } from "node:module";
import * as wasm from "../pkg/full/amlint.js";
import { loadLocale as loadInto } from "./language.js";

// Required, not imported: importing CommonJS from an ES module makes Node scan the whole file for
// export names first (about 6 ms for this one). webpack and Turbopack follow createRequire too.
const base64 = createRequire(import.meta.url)("../pkg/node/amlint_bg.wasm.base64.js");

wasm.initSync({ module: Buffer.from(base64, "base64") });

export const { validate, validator, fix, applyFixes, applyPatch, schema, kinds, rules, severities, explain, sizes, uiSchema, jsonFormsUiSchema, editState, updateSpec, parse, formSpec, toYaml, matches, matcher, version } = wasm;
export const init = () => Promise.resolve();

const packs = { nl: () => import("./locales/nl.js") };

/** Loads the messages of a language (`"nl"`); English is built in. */
export const loadLocale = (tag) => loadInto(wasm, (language) => packs[language](), tag);
export const initSync = () => {};
export const loadFull = () => Promise.resolve();
export const loadFullSync = () => {};
