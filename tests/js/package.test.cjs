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

// The form adapters are ES modules; Node's require(esm) (20.19 and 22.12 on, on by default) loads
// them from CommonJS, as docs/npm.md says. Where it is off (Jest's loader, older Node),
// `await import()` does.
test("require('amlint/rjsf') and require('amlint/jsonforms') work where Node loads ES modules by require", (t) => {
  if (!process.features.require_module) return t.skip("this Node has no require(esm)");
  const rjsf = require("amlint/rjsf");
  const { errorObjects } = require("amlint/jsonforms");
  const spec = { name: "ci-40986653", type: "computeinstance" };
  const { errors } = rjsf.createValidator({ kind: "computeinstance" }).validateFormData(spec, {});
  assert.ok(errors.some((e) => e.name === "AML206"));
  assert.ok(errorObjects(amlint.validate(spec)).some((e) => e.keyword === "AML206"));
  assert.equal(rjsf.formProps("computeinstance").uiSchema.size["ui:widget"], "sizePicker");
  assert.equal(typeof rjsf.widgets.password, "function");
});

// One copy of Dutch ships (js/locales/nl.js, an ES module): require's entry loads it with import(),
// which CommonJS has in every Node the package supports, with or without require(esm).
test("require('amlint').loadLocale('nl') loads the one Dutch module", async () => {
  await amlint.loadLocale("nl");
  const [finding] = amlint.validate({ name: "1-cluster", type: "amlcompute" }, { locale: "nl" }).filter((d) => d.pointer === "/name");
  assert.match(finding.message, /moet met een letter beginnen/);
  assert.equal(require("node:fs").existsSync(require.resolve("amlint/package.json").replace(/package\.json$/, "js/locales/nl.cjs")), false);
});
