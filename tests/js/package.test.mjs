// The built package, imported the way a consumer imports it (by name, through the exports map).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import * as amlint from "amlint";

const cluster = { name: "cpu-cluster", type: "amlcompute", min_instances: 4, max_instances: 2 };

test("validate finds errors in a form's state, with rule codes and pointers", () => {
  const found = amlint.validate(cluster);
  const error = found.find((d) => d.code === "AML301");
  assert.equal(error.severity, "error");
  assert.equal(error.pointer, "/min_instances");
  assert.match(error.message, /greater than/);
  assert.equal(error.line, undefined);
  assert.deepEqual(amlint.validate({ ...cluster, min_instances: 0 }).filter((d) => d.severity === "error"), []);
});

test("validate reads YAML text and gives 1-based lines and UTF-16 columns", () => {
  const found = amlint.validate('description: "😀"\nname: cpu-cluster-\ntype: amlcompute\n');
  const name = found.find((d) => d.code === "AML207");
  assert.deepEqual([name.line, name.column, name.endLine, name.endColumn], [2, 7, 2, 19]);
});

test("bad input throws typed errors, never a trap", () => {
  assert.throws(() => amlint.validate(undefined), TypeError);
  assert.throws(() => amlint.validate(42), TypeError);
  const cyclic = { name: "x" };
  cyclic.self = cyclic;
  assert.throws(() => amlint.validate(cyclic), TypeError);
  assert.throws(() => amlint.validate(cluster, { kind: "cluster" }), RangeError);
  assert.throws(() => amlint.validate(cluster, { knd: "amlcompute" }), TypeError);
  assert.throws(() => amlint.explain("AML999"), RangeError);
  // Still usable after errors.
  assert.ok(amlint.validate(cluster).length > 0);
});

test("odd JS values give a TypeError that says where, and the module stays usable", () => {
  const spec = { name: "cpu-cluster", type: "amlcompute" };
  const getterThatThrows = Object.defineProperty({}, "team", { enumerable: true, get: () => { throw new Error("boom"); } });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const cases = [
    [{ ...spec, tags: getterThatThrows }, /^`\/tags\/team` could not be read/],
    [new Proxy({}, { ownKeys: () => { throw new Error("trap"); } }), /^the spec could not be read/],
    [{ ...spec, tags: revoked.proxy }, /^`\/tags` could not be read/],
    [{ ...spec, tags: new Map([["team", "vision"]]) }, /^`\/tags` is a Map or Set/],
    [{ ...spec, size: () => "Standard_DS3_v2" }, /^`\/size` is a function or symbol/],
    [{ ...spec, size: Symbol("size") }, /^`\/size` is a function or symbol/],
    [{ ...spec, "a/b": [{ "c~d": new Set() }] }, /^`\/a~1b\/0\/c~0d` is a Map or Set/],
    [{ ...spec, tags: Array.from({ length: 100_001 }, () => 1) }, /^the spec has more than 100000 values/],
  ];
  // Exceptions once unwound through WebAssembly from the reader and, after enough calls, broke the module.
  for (let round = 0; round < 500; round++) {
    for (const [value, message] of cases) assert.throws(() => amlint.validate(value), { name: "TypeError", message });
  }
  assert.throws(() => amlint.validate(spec, new Proxy({}, { ownKeys: () => { throw new Error("trap"); } })), {
    name: "TypeError",
    message: /^validate options could not be read/,
  });
  assert.throws(() => amlint.toYaml({ f() {} }), { name: "TypeError", message: /^`\/f` is a function/ });
  assert.throws(() => amlint.validate(null), { name: "TypeError", message: /not null$/ });
  assert.throws(() => amlint.schema(undefined), { name: "TypeError", message: /^schema expects a kind name \(a string\), not undefined$/ });
  assert.throws(() => amlint.explain(301), { name: "TypeError", message: /not number$/ });
  assert.throws(() => amlint.parse({}), { name: "TypeError", message: /not object$/ });
  // What toJSON returns, as JSON.stringify has it: a date library's object (here a stand-in that,
  // like dayjs or Luxon, keeps its state in fields) is its text, not its fields.
  class Day {
    constructor(iso) {
      this.$d = new Date(iso);
      this.$L = "en";
    }
    toJSON() {
      return this.$d.toISOString().slice(0, 10);
    }
  }
  assert.deepEqual(amlint.parse(amlint.toYaml({ since: new Day(0), name: new String("cpu"), n: new Number(4) })), {
    since: "1970-01-01",
    name: "cpu",
    n: 4,
  });
  const brokenToJson = { toJSON: () => { throw new Error("no"); } };
  assert.throws(() => amlint.validate({ ...spec, tags: { since: brokenToJson } }), { name: "TypeError", message: /^`\/tags\/since` could not be read/ });
  // An emptied date field (an invalid Date) is null, as JSON.stringify has it; a Date its ISO text.
  const found = amlint.validate({ ...spec, tags: { since: new Date(Number.NaN) } });
  assert.ok(found.some((d) => d.code === "AML102" && d.pointer === "/tags/since"), JSON.stringify(found));
  assert.deepEqual(amlint.parse(amlint.toYaml({ since: new Date(0) })), { since: "1970-01-01T00:00:00.000Z" });
  assert.deepEqual(amlint.parse(amlint.toYaml({ n: 12n, huge: 2n ** 70n })), { n: 12, huge: "1180591620717411303424" });
  assert.deepEqual(amlint.validate(spec).filter((d) => d.severity === "error"), []);
});

test("any JSON value survives the trip into the core and back (toYaml, then parse)", () => {
  // Unicode keys and strings (surrogate pairs, combining marks), deep nesting, numbers of every size.
  const value = fc.jsonValue({ maxDepth: 4, stringUnit: "grapheme" });
  fc.assert(
    fc.property(value, (v) => {
      // As JSON carries it: -0 is 0.
      assert.deepEqual(amlint.parse(amlint.toYaml(v)), JSON.parse(JSON.stringify(v)));
    }),
    { numRuns: 500, seed: 2026 },
  );
});

test("findings come back whole whatever their text holds", () => {
  // Keys and values with the characters the hand-over's notation uses (`:`, `;`, digits), non-ASCII
  // and astral text: every finding keeps its pointer, message and params.
  const key = "9:😀;é:";
  const found = amlint.validate({ name: "cpu-cluster", type: "amlcompute", tags: { [key]: 1 }, [key]: "x;1:" });
  const unknown = found.find((d) => d.code === "AML104");
  assert.equal(unknown.pointer, `/${key}`);
  assert.equal(unknown.params.field, key);
  assert.ok(unknown.message.includes(key), unknown.message);
  const tag = found.find((d) => d.code === "AML102");
  assert.equal(tag.pointer, `/tags/${key}`);
  assert.deepEqual(Object.keys(tag), ["code", "rule", "severity", "blocking", "pointer", "document", "message", "params"]);
  const fromText = amlint.validate(`name: cpu-cluster\ntype: amlcompute\n"${key}": 1\n`);
  assert.deepEqual(Object.keys(fromText[0]), [...Object.keys(tag), "line", "column", "endLine", "endColumn"]);
  assert.equal(fromText.find((d) => d.code === "AML104").column, 1);
});

test("strings of any size and any UTF-16 reach the core whole", () => {
  // A lone surrogate is not Unicode text: it reads as U+FFFD, as TextEncoder writes it.
  assert.deepEqual(amlint.parse(amlint.toYaml({ "k\uD800": "v\uDC00😀" })), { "k\uFFFD": "v\uFFFD😀" });
  // Small values take the engine's encoder, large ones (over 64 Ki UTF-16 units) wasm-bindgen's
  // conversion; both must agree, ASCII or not.
  for (const length of [10, 30_000, 70_000]) {
    for (const unit of ["a", "é", "€", "😀"]) {
      const value = { [unit]: unit.repeat(length / unit.length) };
      assert.deepEqual(amlint.parse(amlint.toYaml(value)), value, `${length} × ${unit}`);
    }
  }
  const name = `${"é".repeat(40_000)}`;
  const found = amlint.validate({ name, type: "amlcompute", size: "Standard_DS3_v2" });
  assert.ok(found.some((d) => d.code === "AML202" && d.pointer === "/name"), JSON.stringify(found.map((d) => d.code)));
});

test("schemas, kinds, rules and explanations are plain data", () => {
  const schema = amlint.schema("amlcompute");
  const committed = JSON.parse(readFileSync(new URL("../../schemas/draft-07/amlcompute.schema.json", import.meta.url), "utf8"));
  assert.deepEqual(schema, committed);
  assert.equal(amlint.schema("compute", { draft: "2020-12" }).$schema, "https://json-schema.org/draft/2020-12/schema");
  assert.equal(amlint.kinds().length, 9);
  assert.ok(amlint.rules().every((r) => /^AML\d{3}$/.test(r.code)));
  assert.equal(amlint.explain("min-instances-above-max").code, "AML301");
  assert.match(amlint.version(), /^\d+\.\d+\.\d+/);
});

test("the library gives the faces what they would otherwise decide: a severity order, a schema for forms", () => {
  assert.deepEqual(amlint.severities(), ["error", "warning", "info"]);
  // A form's schema: no anyOf/not for a form library to draw as pickers; the rest as it was.
  const keys = (value, out = new Set()) => {
    if (value && typeof value === "object") for (const [key, inner] of Object.entries(value)) out.add(key) && keys(inner, out);
    return out;
  };
  for (const kind of ["amlcompute", "aks", "compute"]) {
    const full = amlint.schema(kind);
    const form = amlint.schema(kind, { form: true });
    assert.ok(keys(full).has("anyOf"), kind);
    assert.ok(!keys(form).has("anyOf") && !keys(form).has("not"), kind);
    assert.deepEqual(Object.keys(form.properties ?? {}), Object.keys(full.properties ?? {}));
  }
  assert.ok(keys(amlint.schema("aks")).has("not"));
  assert.throws(() => amlint.schema("aks", { form: "yes" }), { name: "TypeError", message: "schema options: `form` must be true or false" });
  // A rule by name, for a face that needs one rule's words.
  assert.equal(amlint.explain("not-submittable-with-cli").code, "AML012");
});

test("parse and toYaml round-trip a spec as az ml reads it", () => {
  const spec = { name: "cpu-cluster", type: "amlcompute", tier: "dedicated", tags: { enabled: "yes" }, max_instances: 4 };
  const text = amlint.toYaml(spec);
  assert.match(text, /enabled: "yes"/);
  assert.deepEqual(amlint.parse(text), spec);
  assert.equal(amlint.parse("name: [broken"), null);
  assert.equal(amlint.parse("enable_sso: yes").enable_sso, true);
});

test("the RJSF validator maps findings to fields and evaluates conditions", async () => {
  const { createValidator } = await import("amlint/rjsf");
  const validator = createValidator({ kind: "amlcompute" });
  const { errors, errorSchema } = validator.validateFormData({ name: "cpu-cluster", min_instances: 4, max_instances: 2 }, {});
  assert.deepEqual(errorSchema.min_instances.__errors, [errors.find((e) => e.name === "AML301").message]);
  // A missing required field is placed at that field, as RJSF's own validator places "required".
  // (An empty section is a section not filled in: `identity: {}` is not set.)
  const unnamed = validator.validateFormData({ identity: { user_assigned_identities: [] } }, {});
  assert.match(unnamed.errorSchema.name.__errors[0], /required field `name`/);
  assert.match(unnamed.errorSchema.identity.type.__errors[0], /required field `identity.type`/);
  assert.equal(errors.find((e) => e.name === "AML301").property, ".min_instances");
  const clean = validator.validateFormData({ name: "cpu-cluster", min_instances: 0, max_instances: 2 }, {});
  assert.deepEqual(clean.errors, []);
  const schema = amlint.schema("computeinstance");
  const cron = { properties: { type: { const: "cron" } }, required: ["type"], type: "object" };
  assert.equal(validator.isValid(cron, { type: "cron" }, schema), true);
  assert.equal(validator.isValid(cron, { type: "recurrence" }, schema), false);
  const custom = validator.validateFormData({ name: "cpu-cluster" }, {}, (data, errs) => {
    errs.description.addError("say what it is for");
    return errs;
  });
  assert.deepEqual(custom.errorSchema.description.__errors, ["say what it is for"]);
  // A key holding a `.` is one key of the errorSchema, not a path.
  const dotted = validator.validateFormData({ name: "cpu-cluster", tags: { "cost.center": 7 } }, {});
  assert.match(dotted.errorSchema.tags["cost.center"].__errors[0], /must be a string/);
  assert.equal(dotted.errorSchema.tags.cost, undefined);
});

test("amlint decides which findings block a form, and the adapters follow it", async () => {
  const found = amlint.validate({ name: "cpu-cluster-", type: "amlcompute", min_instances: 1, max_instances: 2, bogus: 1 });
  assert.deepEqual(new Set(found.map((d) => d.severity)), new Set(["error", "warning"]));
  for (const d of found) assert.equal(d.blocking, d.severity === "error", d.code);
  const { createValidator } = await import("amlint/rjsf");
  const { errors } = createValidator({ kind: "amlcompute" }).validateFormData({ name: "cpu-cluster-", min_instances: 1, max_instances: 2 }, {});
  assert.deepEqual(errors.map((e) => e.name), ["AML207"]);
  const { errorObjects } = await import("amlint/jsonforms");
  assert.deepEqual(errorObjects(found).map((e) => e.params.code), found.filter((d) => d.blocking).map((d) => d.code));
});

test("rule selection, severities and the blocking threshold are the CLI's, as options", async () => {
  const spec = { name: "cpu-cluster", type: "amlcompute", min_instances: 4, max_instances: 2 };
  const codes = (options) => amlint.validate(spec, options).map((d) => d.code);
  assert.ok(codes().includes("AML302"));
  assert.ok(!codes({ ignore: ["AML302"] }).includes("AML302"));
  assert.deepEqual(codes({ select: ["AML3"], ignore: ["min-instances-not-zero"] }), ["AML301"]);
  assert.deepEqual(codes({ select: ["AML301"], extendSelect: ["AML302"] }), ["AML301", "AML302"]);
  const raised = amlint.validate(spec, { select: ["AML3"], severity: { AML302: "error", AML301: "off" } });
  assert.deepEqual(raised.map((d) => [d.code, d.severity, d.blocking]), [["AML302", "error", true]]);
  const strict = amlint.validate(spec, { failOn: "warning" }).find((d) => d.code === "AML302");
  assert.equal(strict.blocking, true);
  assert.throws(() => amlint.validate(spec, { ignore: ["AML320"] }), { name: "RangeError", message: /did you mean `AML302`/ });
  assert.throws(() => amlint.validate(spec, { ignore: "AML302" }), { name: "TypeError", message: /array of strings/ });
  assert.throws(() => amlint.validate(spec, { severity: { AML302: "fatal" } }), { name: "RangeError" });
  assert.throws(() => amlint.validate(spec, { failOn: "never" }), { name: "RangeError" });
  // Findings of a file that cannot be read are never switched off.
  assert.deepEqual(amlint.validate("name: [", { ignore: ["ALL"] }).map((d) => d.code), ["AML001"]);
  const { createValidator } = await import("amlint/rjsf");
  const { errors } = createValidator({ kind: "amlcompute", failOn: "warning", ignore: ["AML304"] }).validateFormData({ name: "cpu-cluster", min_instances: 1, max_instances: 2 }, {});
  assert.deepEqual(errors.map((e) => e.name), ["AML302"]);
});

test("a validator reads its options once and finds what validate finds", () => {
  const states = [{ name: "cpu-cluster", min_instances: 4, max_instances: 2 }, { name: "x" }, {}, "name: cpu-cluster\nmax_instances: 2\n"];
  for (const options of [undefined, { kind: "amlcompute" }, { kind: "computeinstance", locale: "en" }]) {
    const check = amlint.validator(options);
    for (const state of states) assert.deepEqual(check.validate(state), amlint.validate(state, options));
    assert.throws(() => check.validate(undefined), { name: "TypeError", message: /not undefined/ });
    check.free();
  }
  assert.throws(() => amlint.validator({ knd: "amlcompute" }), { name: "TypeError", message: /unknown option `knd`/ });
  assert.throws(() => amlint.validator({ kind: "gpu" }), { name: "RangeError" });
  assert.throws(() => amlint.validator({ locale: "xx" }), { name: "RangeError" });
});

test("a matcher reads its root schema once and answers as matches does", () => {
  const root = amlint.schema("compute");
  const conditions = amlint.matcher(root);
  // The combined schema's options are `$ref`s into its definitions, resolved in the root.
  const options = root.oneOf;
  const specs = [{ type: "computeinstance", name: "ci-dev" }, { type: "amlcompute", name: "cpu-cluster", max_instances: 2 }, { type: "aks" }, {}];
  for (const option of options) {
    for (const spec of specs) {
      assert.equal(conditions.matches(option, spec), amlint.matches(option, spec, root), `${option.$ref} ${JSON.stringify(spec)}`);
    }
  }
  assert.equal(conditions.matches(options[0], specs[0]), true);
  assert.equal(conditions.matches(options[0], specs[1]), false);
  assert.throws(() => conditions.matches(() => {}, {}), { name: "TypeError" });
  assert.throws(() => amlint.matcher(new Map()), { name: "TypeError", message: /Map or Set/ });
  conditions.free();
  assert.throws(() => conditions.matches(options[0], specs[0]), Error);
});

test("the RJSF validator reads its options and each root schema once, however often RJSF asks", async () => {
  const { makeValidator } = await import("../../js/rjsf-core.js");
  const read = [];
  const options = [];
  const counting = {
    ...amlint,
    matcher: (root) => (read.push(root), amlint.matcher(root)),
    validator: (o) => (options.push(o), amlint.validator(o)),
  };
  const validator = makeValidator(counting, { kind: "computeinstance" });
  for (let i = 0; i < 3; i++) assert.match(validator.validateFormData({ name: "x" }, {}).errors[0].message, /.+/);
  assert.deepEqual(options, [{ kind: "computeinstance", form: true }]);
  const [first, second] = [amlint.schema("computeinstance"), amlint.schema("aks")];
  const cron = { properties: { type: { const: "cron" } }, required: ["type"], type: "object" };
  for (let i = 0; i < 3; i++) {
    assert.equal(validator.isValid(cron, { type: "cron" }, first), true);
    assert.equal(validator.isValid(cron, { type: "recurrence" }, second), false);
  }
  assert.deepEqual(read, [first, second]);
  // A root that is not an object is no schema to hold on to: asked directly.
  assert.equal(validator.isValid({ type: "object" }, {}, undefined), true);
});

test("a form's empty sections are not set, for the adapter as for validate({ form: true })", async () => {
  // RJSF keeps `{}` for optional sections never filled in; `ssh_settings: {}` would be an
  // incomplete section (AML503) if it were read as written.
  const state = { name: "cpu-cluster", max_instances: 2, ssh_settings: {}, network_settings: { vnet_name: undefined }, tags: {} };
  assert.ok(amlint.validate(state, { kind: "amlcompute" }).some((d) => d.code === "AML503"));
  assert.deepEqual(amlint.validate(state, { kind: "amlcompute", form: true }), amlint.validate({ name: "cpu-cluster", max_instances: 2 }, { kind: "amlcompute" }));
  assert.deepEqual(amlint.formSpec(state), { name: "cpu-cluster", max_instances: 2 });
  assert.deepEqual(amlint.formSpec({ list: [{}], a: { b: {} } }), { list: [{}] });
  assert.throws(() => amlint.validator({ form: "yes" }), { name: "TypeError", message: /`form` must be true or false/ });
  const { createValidator } = await import("amlint/rjsf");
  const { errors } = createValidator({ kind: "amlcompute" }).validateFormData(state, {});
  assert.deepEqual(errors, []);
});

test("no finding the package hands over shows a secret", () => {
  const secret = "Zq7Wm3Rt9Kx2Vb5Np8Lc";
  const findings = [
    // A value that is also a password, a misspelt password key, a key that is a secret,
    // a SAS token in a URL, and the same in YAML text through an alias.
    amlint.validate({ name: secret, type: "amlcompute", ssh_settings: { admin_username: "u", admin_password: secret } }),
    amlint.validate({ name: "cpu-cluster", type: "amlcompute", ssh_settings: { admin_username: "u", admin_pasword: secret } }),
    amlint.validate({ name: "cpu-cluster", type: "amlcompute", [secret]: 1, tags: { token: secret, [secret]: [1] } }),
    amlint.validate({ name: "cpu-cluster", type: "amlcompute", network_settings: { subnet: `https://a.blob.core.windows.net/c?sig=${secret}` } }),
    amlint.validate(`ssh_settings:\n  admin_username: u\n  admin_password: &p ${secret}\nname: *p\ntype: amlcompute\n*p : 1\n`),
    amlint.validator({ form: true }).validate({ name: secret, type: "amlcompute", ssh_settings: { admin_password: secret } }),
  ];
  for (const found of findings) {
    assert.ok(found.length > 0);
    const text = JSON.stringify(found);
    assert.ok(!text.includes(secret), text);
  }
  // The masked pointer keeps its place: the same number of segments.
  const unknown = findings[2].find((d) => d.code === "AML104");
  assert.equal(unknown.pointer, "/********");
});

test("a BigInt beyond 64 bits is an integer out of range, not a string", () => {
  const found = amlint.validate({ name: "ci-dev", type: "computeinstance", idle_time_before_shutdown_minutes: 2n ** 64n });
  const range = found.find((d) => d.code === "AML107");
  assert.ok(range, JSON.stringify(found));
  assert.match(range.message, /18446744073709551616/);
  assert.ok(!found.some((d) => d.code === "AML102"));
});

test("matches evaluates every validation keyword, patterns by RegExp, and throws for a schema it cannot evaluate", () => {
  assert.equal(amlint.matches({ pattern: "^a\\d+$" }, "a12"), true);
  assert.equal(amlint.matches({ pattern: "^a\\d+$" }, "b12"), false);
  assert.equal(amlint.matches({ minProperties: 2 }, { a: 1 }), false);
  assert.equal(amlint.matches({ uniqueItems: true }, [1, 1.0]), false);
  assert.equal(amlint.matches({ contains: { const: 2 } }, [1, 3]), false);
  assert.equal(amlint.matches({ propertyNames: { maxLength: 1 } }, { ab: 1 }), false);
  assert.equal(amlint.matches({ exclusiveMinimum: 1 }, 1), false);
  assert.equal(amlint.matches({ items: [{ type: "string" }], additionalItems: false }, ["a", 1]), false);
  assert.equal(amlint.matches({ prefixItems: [{ type: "string" }], items: false }, ["a"]), true);
  for (const [schema, message] of [
    [{ $ref: "#/nowhere" }, /names nothing/],
    [{ allOf: [{ $ref: "#" }] }, /leads back to itself/],
    [{ type: "whole" }, /not a JSON Schema type/],
    [{ pattern: "(" }, /not a valid regular expression/],
  ]) {
    assert.throws(() => amlint.matches(schema, "x"), { name: "TypeError", message });
  }
  // The module stays usable after any of them.
  assert.equal(amlint.matches({ type: "integer" }, 1), true);
});

test("a freed Validator or Matcher says it was freed", () => {
  const validator = amlint.validator();
  validator.free();
  assert.throws(() => validator.validate({}), { name: "TypeError", message: /this Validator was freed/ });
  const matcher = amlint.matcher({ type: "object" });
  matcher.free();
  assert.throws(() => matcher.matches({}, {}), { name: "TypeError", message: /this Matcher was freed/ });
  assert.deepEqual(amlint.validator().validate({ name: "cpu-cluster", type: "amlcompute", max_instances: 2 }), []);
});
