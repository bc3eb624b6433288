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
