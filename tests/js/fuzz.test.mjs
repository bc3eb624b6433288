// Random spec-shaped objects through the WebAssembly build: every field name the schemas know, with
// values of any type, nested and not. Whatever the input, validate returns well-formed findings
// (a panic in the module would trap instead), and so does validating the same object as YAML text.
// Both modules: the full one (through the Node entry) and the form module the browser entry loads
// first (pkg/web), which must find in an object what the full one finds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import * as amlint from "amlint";
import * as form from "../../pkg/web/amlint.js";

form.initSync({ module: readFileSync(new URL("../../pkg/web/amlint_bg.wasm", import.meta.url)) });

const names = new Set();
const constants = new Set();
function collect(schema) {
  if (Array.isArray(schema)) return schema.forEach(collect);
  if (schema === null || typeof schema !== "object") return;
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === "properties") Object.keys(value).forEach((name) => names.add(name));
    if (keyword === "enum" || keyword === "const") [value].flat().forEach((c) => constants.add(c));
    collect(value);
  }
}
const kinds = amlint.kinds().map((k) => k.kind);
kinds.forEach((kind) => collect(amlint.schema(kind)));

const leaf = fc.oneof(
  fc.constantFrom(...constants),
  fc.constantFrom("Standard_DS3_v2", "Standard_NC4as_T4_v3", "cpu-cluster", "10.0.0.0/16", "0 18 * * *", "2024-03-10T18:00:00"),
  fc.jsonValue({ maxDepth: 1 }),
  fc.double(),
);
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: "small" },
    leaf,
    fc.dictionary(fc.constantFrom(...names), tie("tree"), { maxKeys: 6 }),
    fc.array(tie("tree"), { maxLength: 3 }),
  ),
}));
const spec = fc
  .tuple(fc.constantFrom(...kinds), fc.dictionary(fc.constantFrom(...names), tree, { maxKeys: 14 }))
  .map(([type, fields]) => ({ ...fields, type }));

const severities = new Set(["error", "warning", "info"]);
function wellFormed(found) {
  assert.ok(Array.isArray(found));
  for (const d of found) {
    assert.match(d.code, /^AML\d{3}$/);
    assert.ok(severities.has(d.severity), d.severity);
    assert.match(d.pointer, /^(\/.*)?$/);
    assert.ok(typeof d.message === "string" && d.message.length > 0);
  }
}

test("random spec-shaped objects get well-formed findings, as objects and as YAML text", () => {
  assert.ok(names.size > 50 && constants.size > 20, "the schemas should name the fields");
  fc.assert(
    fc.property(spec, fc.constantFrom(undefined, ...kinds), (value, kind) => {
      const options = kind === undefined ? undefined : { kind };
      const found = amlint.validate(value, options);
      wellFormed(found);
      assert.deepEqual(form.validate(value, options), found);
      assert.deepEqual(form.validator({ ...options, form: true }).validate(value), amlint.validate(value, { ...options, form: true }));
      wellFormed(amlint.validate(amlint.toYaml(value)));
    }),
    { numRuns: 1500, seed: 27 },
  );
});

test("any JS value given to validator, matcher or matches returns, or throws a TypeError or RangeError (or, in the form module, the Error that says to load the full one)", () => {
  const anything = fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withSparseArray: true,
    withTypedArray: true,
    withObjectString: true,
  });
  fc.assert(
    fc.property(anything, anything, (value, other) => {
      const calls = [
        () => amlint.validator(value).validate(other),
        () => amlint.validate({ name: "c", type: "amlcompute" }, { policy: value }),
        () => amlint.schema("amlcompute", { policy: value }),
        () => amlint.sizes(value),
        () => amlint.validate(typeof other === "string" ? other : "{}", { input: value }),
        () => amlint.validate('{"properties": {"computeType": "AmlCompute"}}', { input: "rest", parameters: value }),
        () => amlint.validator({ input: "arm", parameters: other }).validate(value),
        () => amlint.fix(typeof value === "string" ? value : "{}", { input: "arm", parameters: other }),
        () => amlint.sizes({ kind: "amlcompute", sizes: value, search: other }),
        () => amlint.validate(typeof value === "string" ? value : 'resource "x" "y" {}', { input: "terraform", terraform: other }),
        () => amlint.validator({ input: "terraform", terraform: { files: value, varFiles: other } }).validate('variable "v" {}'),
        () => amlint.fix(typeof other === "string" ? other : "{}", { input: "terraform", terraform: { varFiles: [value] } }),
        () => form.validate({ name: "c", type: "amlcompute" }, { input: "terraform", terraform: value }),
        () => form.schema("amlcompute", { policy: value }),
        () => amlint.matcher(value).matches(other, value),
        () => amlint.matches(value, other, value),
        () => form.validator(value).validate(other),
        () => form.matcher(value).matches(other, value),
        () => form.matches(value, other, value),
        () => form.applyPatch(value, other),
        () => form.formSpec(value),
        () => form.schema(value, other),
        () => form.kinds(value),
        () => form.registerLocale("nl", value),
        () => form.localeToLoad(value),
        () => assert.ok(form.needsFull(value) instanceof Error),
        () => assert.deepEqual(form.severities(), amlint.severities()),
        () => assert.equal(form.version(), amlint.version()),
      ];
      for (const call of calls) {
        try {
          call();
        } catch (error) {
          const needsFull = error.constructor === Error && /await loadFull\(\)/.test(error.message);
          assert.ok(error instanceof TypeError || error instanceof RangeError || needsFull, String(error));
        }
      }
    }),
    { numRuns: 1000, seed: 28 },
  );
});
