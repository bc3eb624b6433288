// The browser module's size budget (issue #27): the form module `init()` loads stays within 150 KB
// gzipped, measured from the built artefact as docs/performance.md measures it (zlib at level 9),
// so a change that adds bytes to it shows here, not at release. The full module, loaded on demand
// by `loadFull()`, has no budget of its own: only pages that need it fetch it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const gzipped = (path) => gzipSync(readFileSync(new URL(path, import.meta.url)), { level: 9 }).length;

test("the form module init() loads is at most 150 KB gzipped, and smaller than the full module", () => {
  const form = gzipped("../../pkg/web/amlint_bg.wasm");
  const full = gzipped("../../pkg/full/amlint_bg.wasm");
  assert.ok(form <= 150_000, `the form module is ${form} bytes gzipped, over the 150,000-byte budget`);
  assert.ok(form < full, `the form module (${form} bytes) should be smaller than the full one (${full})`);
});
