// The package's types as every TypeScript module resolution sees them, checked by arethetypeswrong
// on the packed tarball: ES module and CommonJS consumers (node16) and bundlers each get types that
// match the JavaScript they load. Node 10 resolution (no `exports`) is out of scope; the ES-module-only
// entries (web, rjsf, jsonforms) are meant to be imported, so `require` reaching them is not a problem
// here. `amlint/wasm` (the .wasm file) is typed as the compiled module Workers give.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const attw = fileURLToPath(new URL("../../node_modules/@arethetypeswrong/cli/dist/index.js", import.meta.url));

test("arethetypeswrong finds no problem with the packed package's types", () => {
  const args = ["--pack", ".", "--no-definitely-typed", "--format", "json", "--profile", "node16", "--ignore-rules", "cjs-resolves-to-esm"];
  const run = spawnSync(process.execPath, [attw, ...args], { cwd: root, encoding: "utf8" });
  // The JSON report lists every problem; the exit code and this filter leave out the ones above.
  const problems = Object.values(JSON.parse(run.stdout).problems ?? {})
    .flat()
    .filter((p) => p.resolutionKind !== "node10" && p.kind !== "CJSResolvesToESM")
    .map((p) => JSON.stringify(p));
  assert.deepEqual(problems, []);
  assert.equal(run.status, 0, run.stderr);
});
