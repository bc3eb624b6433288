// The `policy` option of `validate` and `schema`: `[policy]` of amlint.toml in camelCase (presets,
// definitions as data or text, parameters, simple settings), evaluated by the same engine as the
// command's (docs/policy.md). The full module's: the form module says to load it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as amlint from "amlint";
import * as form from "../../pkg/web/amlint.js";

form.initSync({ module: readFileSync(new URL("../../pkg/web/amlint_bg.wasm", import.meta.url)) });

const vendored = (name) =>
  readFileSync(new URL(`../../src/azure_policy/vendored/alz/Deny-MachineLearning-${name}.alz_policy_definition.json`, import.meta.url), "utf8");
const policyCodes = (found) => found.filter((d) => d.code.startsWith("AML95")).map((d) => [d.code, d.pointer, d.blocking]);

const cluster = { name: "gpu-cluster", type: "amlcompute", size: "Standard_NC4as_T4_v3", max_instances: 8, idle_time_before_scale_down: 900 };

test("simple settings deny what they do not allow, at the field", () => {
  assert.deepEqual(policyCodes(amlint.validate(cluster, { policy: { maxInstances: 4 } })), [["AML950", "/max_instances", true]]);
  assert.deepEqual(policyCodes(amlint.validate({ ...cluster, max_instances: 4 }, { policy: { maxInstances: 4 } })), []);
  // `effect: "audit"` makes them warnings, which do not block.
  assert.deepEqual(policyCodes(amlint.validate(cluster, { policy: { maxInstances: 4, effect: "audit" } })), [["AML951", "/max_instances", false]]);
  // A validator reads them once.
  const check = amlint.validator({ kind: "amlcompute", form: true, policy: { maxInstances: 4 } });
  assert.deepEqual(policyCodes(check.validate({ name: "c", max_instances: 5 })), [["AML950", "/max_instances", true]]);
});

test("definitions as objects or text, with the assignment's parameters; a preset", () => {
  const text = vendored("Compute-VmSize");
  const parameters = { allowedVmSizes: ["Standard_D2_v3"] };
  for (const definition of [text, JSON.parse(text)]) {
    const found = amlint.validate(cluster, { policy: { definitions: [definition], parameters } });
    assert.deepEqual(policyCodes(found), [["AML950", "/size", true]]);
    assert.match(found.find((d) => d.code === "AML950").message, /Limit allowed vm sizes/);
  }
  assert.deepEqual(policyCodes(amlint.validate({ ...cluster, size: "Standard_D2_v3" }, { policy: { definitions: [text], parameters } })), []);
  // The ALZ preset brings the same definition among others: its verdict on the size is the same.
  const preset = policyCodes(amlint.validate(cluster, { policy: { preset: ["alz"], parameters } }));
  assert.ok(preset.some(([code, pointer]) => code === "AML950" && pointer === "/size"), JSON.stringify(preset));
});

test("schema(kind, { policy }) narrows the fields a Deny policy bounds", () => {
  const plain = amlint.schema("amlcompute");
  const narrowed = amlint.schema("amlcompute", { policy: { maxInstances: 4 } });
  assert.equal(plain.properties.max_instances.maximum, undefined);
  assert.equal(narrowed.properties.max_instances.maximum, 4);
  const sizes = amlint.schema("amlcompute", {
    policy: { definitions: [vendored("Compute-VmSize")], parameters: { allowedVmSizes: ["Standard_D2_v3", "Standard_D4_v3"] } },
  });
  assert.deepEqual(sizes.properties.size.enum, ["Standard_D2_v3", "Standard_D4_v3"]);
  // The simple setting narrows alike: names as the enum, patterns as a pattern (case as `like` ignores it).
  const simple = amlint.schema("amlcompute", { policy: { allowedSizes: ["Standard_D2_v3", "Standard_D4_v3"] } });
  assert.deepEqual(simple.properties.size.enum, sizes.properties.size.enum);
  assert.equal(simple.properties.size.default, undefined);
  const patterns = amlint.schema("amlcompute", { policy: { allowedSizes: ["Standard_D*_v5"] } });
  const pattern = new RegExp(patterns.properties.size.pattern, "u");
  assert.ok(pattern.test("Standard_D4s_v5") && pattern.test("standard_d96ads_v5"));
  assert.ok(!pattern.test("Standard_DS3_v2") && !pattern.test("Standard_D4s_v3"));
  assert.ok(patterns.required.includes("size"));
  // An audit bounds nothing: the form still offers it, validate warns.
  assert.equal(amlint.schema("amlcompute", { policy: { maxInstances: 4, effect: "audit" } }).properties.max_instances.maximum, undefined);
});

test("a policy option that cannot be used throws, naming it", () => {
  const typeError = (policy, message) => assert.throws(() => amlint.validate(cluster, { policy }), { name: "TypeError", message });
  typeError({ maxInstance: 4 }, /unknown option `policy.maxInstance`; known: preset, definitions, parameters/);
  typeError({ maxInstances: -1 }, /`policy.maxInstances` must be a whole number from 0/);
  typeError({ definitions: ["{}"] }, /`policy.definitions\[0\]`: not an Azure Policy definition/);
  typeError({ preset: ["alz"], parameters: { maxNodes: 2 } }, /`maxNodes`.* a parameter of none of the policies given/);
  assert.throws(() => amlint.schema("amlcompute", { policy: { preset: ["azure"] } }), { name: "RangeError", message: /`policy.preset`: `azure` is not one of alz, azure-builtin/ });
  assert.throws(() => amlint.validate(cluster, { policy: { allowedKinds: ["cluster"] } }), { name: "RangeError" });
});

test("the form module leaves policies to the full one", () => {
  const needsFull = { name: "Error", message: /`policy` needs amlint's full module: `await loadFull\(\)` first/ };
  assert.throws(() => form.validate(cluster, { policy: { maxInstances: 4 } }), needsFull);
  assert.throws(() => form.validator({ policy: {} }), needsFull);
  assert.throws(() => form.schema("amlcompute", { policy: { maxInstances: 4 } }), needsFull);
});
