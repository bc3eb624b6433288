// The browser entry (`amlint/web`) in Node, in a file of its own: the test runner gives each file
// its own process, and the Node entry (which the other files import) would initialise the module
// this one must see uninitialised.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as web from "amlint/web";

const cluster = { name: "cpu-cluster", type: "amlcompute", min_instances: 4, max_instances: 2 };

test("the browser entry needs one init(), memoised, and says so when it is missing", async () => {
  assert.throws(() => web.validate(cluster), /await init\(\)/);
  // A failed load (here: bytes that are not WebAssembly) is not memoised; the next call retries.
  await assert.rejects(web.init(new Uint8Array([0, 1, 2, 3])), WebAssembly.CompileError);
  assert.throws(() => web.validate(cluster), /await init\(\)/);
  // `amlint/wasm` is the module's file, for init() where its own URL does not reach it.
  const bytes = readFileSync(new URL(import.meta.resolve("amlint/wasm")));
  const first = web.init(bytes);
  assert.equal(web.init(bytes), first);
  await first;
  assert.ok(web.validate(cluster).some((d) => d.code === "AML301"));
});

test("the browser entry loads the full module on demand; until then what only it does says to call loadFull()", async () => {
  await web.init();
  const text = "name: cpu-cluster\ntype: amlcompute\nmin_instances: 4\nmax_instances: 2\n";
  const needsFull = { name: "Error", message: /needs amlint's full module: `await loadFull\(\)` first/ };
  for (const call of [
    () => web.validate(text),
    () => web.validator().validate(text),
    () => web.validate(cluster, { previous: cluster }),
    () => web.validate(cluster, { policy: { maxInstances: 4 } }),
    () => web.schema("amlcompute", { policy: { maxInstances: 4 } }),
    () => web.fix(text),
    () => web.applyFixes(text, []),
    () => web.parse(text),
    () => web.toYaml(cluster),
    () => web.rules(),
    () => web.explain("AML301"),
    () => web.sizes({ kind: "amlcompute" }),
  ]) {
    assert.throws(call, needsFull, String(call));
  }
  // Loaded before the full module, Dutch is registered in it too when it comes.
  await web.loadLocale("nl");
  assert.throws(() => web.validate(text, { locale: "nl" }), { name: "Error", message: /`await loadFull\(\)`/ });
  const early = web.validator({ kind: "amlcompute" });

  const full = readFileSync(new URL(import.meta.resolve("amlint/wasm-full")));
  const loading = web.loadFull(full);
  assert.equal(web.loadFull(full), loading);
  await loading;
  assert.deepEqual(web.validate(text).map((d) => `${d.code}@${d.line}`), ["AML301@3", "AML302@3"]);
  assert.match(web.validate(text, { locale: "nl" })[0].message, /min_instances/);
  assert.equal(web.explain("AML301").code, "AML301");
  assert.equal(web.fix("name: cpu-cluster\ntype: amlcompute\ntier: Dedicated\n").fixed, 1);
  assert.deepEqual(web.parse(text), { name: "cpu-cluster", type: "amlcompute", min_instances: 4, max_instances: 2 });
  // Objects are the same findings from either module; a validator made before keeps working.
  assert.deepEqual(early.validate(cluster), web.validate(cluster, { kind: "amlcompute" }));
});

test("the form module carries what a form needs, and nothing that needs YAML text, context, fixes or the rule reference", async () => {
  const form = await import("../../pkg/web/amlint.js");
  const exported = Object.keys(form).filter((name) => typeof form[name] === "function" && !/^[A-Z]|^init|^default$/.test(name));
  assert.deepEqual(exported.sort(), [
    "applyPatch", "formSpec", "kinds", "localeToLoad", "matcher", "matches", "needsFull", "registerLocale", "schema", "severities", "validate", "validator", "version",
  ]);
});
