// Every emitted schema compiles in ajv's strict mode without a warning: what browsers, RJSF and
// JSON Forms (all ajv-based) will accept.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";

const drafts = { "draft-07": Ajv, "2020-12": Ajv2020 };

for (const [folder, AjvClass] of Object.entries(drafts)) {
  const dir = new URL(`../../schemas/${folder}/`, import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    test(`${folder}/${file} compiles in strict mode without warnings`, () => {
      const warnings = [];
      const logger = { log() {}, warn: (...m) => warnings.push(m.join(" ")), error: (...m) => warnings.push(m.join(" ")) };
      const ajv = new AjvClass({ strict: true, discriminator: true, allErrors: true, logger });
      // amlint's extension keyword: the rule codes behind each constraint.
      ajv.addKeyword({ keyword: "x-amlint-rule", schemaType: "array" });
      const schema = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
      const validate = ajv.compile(schema);
      assert.deepEqual(warnings, []);
      assert.equal(typeof validate, "function");
    });
  }
}

test("the cluster schema judges a spec as amlint does", () => {
  const ajv = new Ajv({ strict: true, allErrors: true });
  ajv.addKeyword({ keyword: "x-amlint-rule", schemaType: "array" });
  const schema = JSON.parse(readFileSync(new URL("../../schemas/draft-07/amlcompute.schema.json", import.meta.url), "utf8"));
  const validate = ajv.compile(schema);
  assert.equal(validate({ name: "cpu-cluster", type: "amlcompute", max_instances: 4 }), true);
  assert.equal(validate({ name: "cpu-cluster-", type: "amlcompute" }), false);
  assert.equal(validate.errors[0].instancePath, "/name");
  assert.equal(validate({ name: "cpu-cluster", type: "amlcompute", tier: "LowPriority" }), false);
});
