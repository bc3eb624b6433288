// ARM templates, the JSON `bicep build` writes and REST bodies, validated from text by the full
// module as `amlint check` checks them (`input`, `parameters`): the same findings at the
// template's own lines. The form module reads no text and says so.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as amlint from "amlint";
import * as form from "../../pkg/web/amlint.js";

form.initSync({ module: readFileSync(new URL("../../pkg/web/amlint_bg.wasm", import.meta.url)) });

const fixture = (name) => readFileSync(new URL(`../fixtures/iac/${name}`, import.meta.url), "utf8");
const found = (list) => list.map((d) => `${d.code}@${d.line}:${d.column}`);

test("a template with its parameter file gets the findings amlint check gives (tests/cmd/check-arm-template.toml)", () => {
  const template = fixture("template.json");
  const options = { input: "arm", parameters: fixture("template.parameters.json") };
  assert.deepEqual(found(amlint.validate(template, options)), ["AML502@41:15", "AML512@57:9", "AML204@53:15", "AML512@57:9"]);
  // By content too (`auto`), and the same through a validator.
  assert.deepEqual(amlint.validate(template, { parameters: options.parameters }), amlint.validate(template, options));
  assert.deepEqual(amlint.validator(options).validate(template), amlint.validate(template, options));
  // A value from a parameter names it.
  const name = amlint.validate(template, options).find((d) => d.code === "AML204");
  assert.equal(name.params.parameter, "instanceNames");
});

test("a parameter file's values win over the defaults", () => {
  const template = fixture("linked/main.json");
  assert.deepEqual(found(amlint.validate(template, { input: "arm" })), []);
  const prod = fixture("linked/prod.parameters.json");
  assert.deepEqual(found(amlint.validate(template, { input: "arm", parameters: prod })), [
    "AML301@21:46",
    "AML107@21:65",
    "AML301@21:46",
    "AML107@21:65",
  ]);
});

test("a REST body, and `azml` to read a template's text as a spec", () => {
  const body = fixture("rest-amlcompute.json");
  assert.deepEqual(found(amlint.validate(body, { input: "rest" })), ["AML512@4:5", "AML306@7:17"]);
  assert.ok(amlint.validate(body, { input: "azml" }).some((d) => d.code === "AML010"));
});

test("fix edits a template's literal values and checks the result as a template", () => {
  const text = '{"properties": {"computeType": "AmlCompute", "disableLocalAuth": true, "properties": {"scaleSettings": {"minNodeCount": 0, "maxNodeCount": 2.5}}}}';
  const result = amlint.fix(text, { input: "rest" });
  assert.equal(result.fixed, 1);
  assert.ok(result.text.includes('"maxNodeCount": 2}'), result.text);
  assert.deepEqual(found(result.diagnostics), []);
});

test("an unknown input is a RangeError; the form module needs the full one for text", () => {
  assert.throws(() => amlint.validate("{}", { input: "bicep" }), { name: "RangeError", message: /`input`: `bicep` is not one of auto, azml, arm, rest/ });
  assert.throws(() => amlint.validate("{}", { parameters: 1 }), { name: "TypeError" });
  assert.throws(() => form.validate(fixture("template.json"), { input: "arm" }), /await loadFull\(\)/);
  // The form module reads no text: it takes the text options and leaves them unread.
  assert.deepEqual(form.validate({ name: "c", type: "amlcompute" }, { input: "arm", parameters: "{}" }), form.validate({ name: "c", type: "amlcompute" }));
});
