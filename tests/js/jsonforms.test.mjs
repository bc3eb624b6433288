// `amlint/jsonforms` with JSON Forms' own state logic (@jsonforms/core, what its React, Angular and
// Vue bindings render from): amlint's findings go in as `additionalErrors` with validation off, and
// each control's error text is what JSON Forms would show under that field.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Actions, coreReducer, mapStateToControlProps } from "@jsonforms/core";
import { schema, validate } from "amlint";
import { errorObjects } from "amlint/jsonforms";

const formSchema = schema("amlcompute");

/** The error text JSON Forms gives the control for `scope`, after `data` was validated by amlint. */
function errorsShown(data, scope, options) {
  const additionalErrors = errorObjects(validate(data, { kind: "amlcompute", ...options }));
  const core = coreReducer(undefined, Actions.init(data, formSchema, undefined, { validationMode: "NoValidation", additionalErrors }));
  const state = { jsonforms: { core } };
  return mapStateToControlProps(state, { uischema: { type: "Control", scope }, schema: formSchema, path: "" }).errors;
}

test("a finding shows under its field", () => {
  const data = { name: "cpu-cluster", min_instances: 4, max_instances: 2 };
  assert.match(errorsShown(data, "#/properties/min_instances"), /greater than `max_instances`/);
  assert.equal(errorsShown(data, "#/properties/max_instances"), "");
  assert.equal(errorsShown({ ...data, min_instances: 0 }, "#/properties/min_instances"), "");
});

test("a missing required field shows under that field", () => {
  assert.match(errorsShown({ min_instances: 0 }, "#/properties/name"), /required field `name` is missing/);
  assert.match(errorsShown({ name: "cpu-cluster", identity: {} }, "#/properties/identity/properties/type"), /identity\.type/);
});

test("only what blocks, as amlint decides; warnings when failOn makes them block", () => {
  // min_instances above 0 keeps nodes (and cost) running: a warning.
  const data = { name: "cpu-cluster", min_instances: 1, max_instances: 2 };
  assert.equal(errorsShown(data, "#/properties/min_instances"), "");
  assert.match(errorsShown(data, "#/properties/min_instances", { failOn: "warning" }), /.+/);
  const [error] = errorObjects(validate({ name: "cpu-cluster", min_instances: 4, max_instances: 2 }, { kind: "amlcompute" }));
  assert.deepEqual(
    { instancePath: error.instancePath, keyword: error.keyword, code: error.params.code, severity: error.params.severity },
    { instancePath: "/min_instances", keyword: "AML301", code: "AML301", severity: "error" },
  );
});
