// The built package through `require`, as CommonJS consumers (and jest) load it.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const amlint = require("amlint");

test("require('amlint') validates synchronously", () => {
  const found = amlint.validate({ name: "ci-40986653", type: "computeinstance" });
  assert.ok(found.some((d) => d.code === "AML206" && d.pointer === "/name"));
  assert.equal(typeof amlint.init, "function");
  assert.deepEqual(amlint.validator({ kind: "computeinstance" }).validate({ name: "ci-40986653" }), amlint.validate({ name: "ci-40986653" }, { kind: "computeinstance" }));
  const conditions = amlint.matcher(amlint.schema("computeinstance"));
  assert.equal(conditions.matches({ required: ["name"] }, { name: "ci" }), true);
  assert.equal(conditions.matches({ required: ["name"] }, {}), false);
});
