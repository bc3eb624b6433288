// Languages beyond English load on demand: the module carries English only, and `loadLocale("nl")`
// fetches the Dutch catalog, after which findings read in Dutch with the same codes and pointers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import * as amlint from "amlint";

const spec = { name: "cpu-cluster-", type: "amlcompute", min_instances: 4, max_instances: 2, tier: "LowPriority" };
const shape = (found) => found.map((d) => [d.code, d.pointer, d.severity, d.blocking, Object.keys(d.params)]);

test("Dutch is loaded on demand and then speaks every finding with the same codes and pointers", async () => {
  assert.throws(() => amlint.validate(spec, { locale: "nl" }), { name: "RangeError", message: /loadLocale\("nl"\)/ });
  assert.throws(() => amlint.explain("AML302", { locale: "nl" }), { name: "RangeError" });
  assert.throws(() => amlint.schema("amlcompute", { locale: "nl" }), { name: "RangeError" });
  await amlint.loadLocale("nl");
  await amlint.loadLocale("nl");
  const english = amlint.validate(spec);
  const dutch = amlint.validate(spec, { locale: "nl_BE" });
  assert.deepEqual(shape(dutch), shape(english));
  assert.match(dutch.find((d) => d.code === "AML301").message, /is groter dan/);
  assert.match(dutch.find((d) => d.code === "AML207").message, /de rekennaam `cpu-cluster-`/);
  const text = amlint.validate("name: cpu-cluster-\ntype: amlcompute\n", { locale: "nl" });
  assert.equal(text[0].line, 1);
  await assert.rejects(amlint.loadLocale("de"), { name: "RangeError" });
  // Schemas for Dutch forms: the same schema, Dutch labels.
  const nlSchema = amlint.schema("amlcompute", { locale: "nl" });
  assert.equal(nlSchema.properties.min_instances.title, "Minimum aantal knooppunten");
  assert.deepEqual(Object.keys(nlSchema.properties), Object.keys(amlint.schema("amlcompute").properties));
  // The rules' documentation comes with the language.
  const rule = amlint.explain("AML302", { locale: "nl" });
  assert.match(rule.docs, /Bronnen:/);
  assert.equal(rule.code, "AML302");
  assert.deepEqual(amlint.rules({ locale: "nl" }).map((r) => r.code), amlint.rules().map((r) => r.code));
  assert.notEqual(amlint.rules({ locale: "nl" })[0].summary, amlint.rules()[0].summary);
  const { createValidator } = await import("amlint/rjsf");
  const { errors } = createValidator({ kind: "amlcompute", locale: "nl" }).validateFormData({ name: "cpu-cluster-", max_instances: 2 }, {});
  assert.match(errors[0].message, /eindigt op `-`; hij moet/);
});

test("errors speak the language the options ask for; loadLocale takes what validate takes", async () => {
  await amlint.loadLocale("nl-BE");
  assert.throws(() => amlint.validate(spec, { locale: "nl", knd: "amlcompute" }), {
    name: "TypeError",
    message: /^het optieobject van validate: onbekende optie `knd`; bekende opties: locale, kind/,
  });
  assert.throws(() => amlint.validate(spec, { locale: "nl", kind: "cluster" }), { name: "RangeError", message: /^onbekend type rekenkracht `cluster`/ });
  assert.throws(() => amlint.validator({ locale: "nl" }).validate(42), { name: "TypeError", message: /^validate verwacht een specificatie/ });
  assert.throws(() => amlint.schema("aks", { locale: "nl", mode: "edit" }), { name: "RangeError", message: /^onbekende modus `edit`/ });
  assert.throws(() => amlint.explain("AML999", { locale: "nl" }), { name: "RangeError", message: "er is geen regel `AML999`" });
  // Without a language asked for, English.
  assert.throws(() => amlint.validate(spec, { knd: "amlcompute" }), { name: "TypeError", message: /^validate options: unknown option `knd`/ });
  await assert.rejects(amlint.loadLocale("de"), { name: "RangeError", message: "unsupported locale `de`; available: en, nl" });
});

test("require('amlint') loads Dutch too", async () => {
  const cjs = createRequire(import.meta.url)("amlint");
  await cjs.loadLocale("nl");
  assert.match(cjs.validate(spec, { locale: "nl" }).find((d) => d.code === "AML301").message, /is groter dan/);
});

test("every rule's failing example gives the same findings in English and Dutch, worded in Dutch", async () => {
  await amlint.loadLocale("nl");
  let dutchWords = 0;
  for (const { code } of amlint.rules()) {
    const { invalid } = amlint.explain(code);
    for (const text of invalid.split("# amlint: next file\n")) {
      const english = amlint.validate(text);
      const dutch = amlint.validate(text, { locale: "nl" });
      assert.deepEqual(shape(dutch), shape(english), code);
      assert.deepEqual(dutch.map((d) => [d.line, d.column]), english.map((d) => [d.line, d.column]), code);
      dutchWords += dutch.filter((d, i) => d.message !== english[i].message).length;
    }
  }
  assert.ok(dutchWords > 100, `only ${dutchWords} findings were worded differently`);
});
