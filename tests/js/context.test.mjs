// Context for forms that edit a compute: `previous` (the compute as it is), `existing` (the
// workspace's computes, as `az ml compute list -o json` writes them) and `sizes` (a region's,
// as `az ml compute list-sizes -o json` writes them), given as data or as the files' text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as amlint from "amlint";

const fixture = (name) => readFileSync(new URL(`../fixtures/context/${name}`, import.meta.url), "utf8");
const codes = (found) => found.filter((d) => d.code.startsWith("AML9")).map((d) => [d.code, d.pointer, d.blocking]);

const deployed = { name: "ci-alice", type: "computeinstance", size: "Standard_DS3_v2", ssh_public_access_enabled: false, idle_time_before_shutdown_minutes: 60 };

test("previous: a change to a field fixed at creation blocks, one update cannot apply warns", () => {
  const edited = { ...deployed, ssh_public_access_enabled: true, idle_time_before_shutdown_minutes: 120 };
  assert.deepEqual(codes(amlint.validate(edited, { previous: deployed })), [
    ["AML901", "/ssh_public_access_enabled", true],
    ["AML902", "/idle_time_before_shutdown_minutes", false],
  ]);
  // The same as YAML text; and nothing without a change or without the option.
  const yaml = "name: ci-alice\ntype: computeinstance\nssh_public_access_enabled: false\n";
  assert.deepEqual(codes(amlint.validate(edited, { previous: yaml })).map((c) => c[0]), ["AML901"]);
  assert.deepEqual(codes(amlint.validate(deployed, { previous: deployed })), []);
  assert.deepEqual(codes(amlint.validate(edited)), []);
  // A form edits one compute: a new name in the form is a change too.
  assert.deepEqual(codes(amlint.validate({ ...deployed, name: "ci-bob" }, { previous: deployed })), [["AML901", "/name", true]]);
});

test("existing and sizes: the az outputs, as data or text", () => {
  const computes = fixture("computes.json");
  const sizes = fixture("sizes-westeurope.json");
  const validator = amlint.validator({ kind: "amlcompute", existing: JSON.parse(computes), sizes });
  assert.deepEqual(codes(validator.validate({ name: "k8s-compute", max_instances: 2 })), [["AML904", "/name", true]]);
  assert.deepEqual(codes(validator.validate({ name: "cpu-cluster", max_instances: 8 })), [["AML903", "/name", false]]);
  assert.deepEqual(codes(validator.validate({ name: "gpu", size: "Standard_DS3_v3", max_instances: 2 })), [["AML905", "/size", true]]);
  const lowPriority = validator.validate({ name: "gpu", size: "Standard_ND96asr_v4", tier: "low_priority", max_instances: 2 });
  assert.deepEqual(codes(lowPriority), [["AML907", "/size", true]]);
});

test("context that is not what az writes is a TypeError naming the option", () => {
  for (const [options, message] of [
    [{ existing: { name: "x" } }, /`existing`: not the output of `az ml compute list -o json`/],
    [{ sizes: "[{" }, /`sizes`: .*not JSON/],
    [{ sizes: [] }, /`sizes`: lists no VM sizes/],
    [{ previous: { type: "amlcompute" } }, /`previous`: `name` is missing/],
    [{ previous: 3 }, /`previous` must be an object, an array or a string/],
  ]) {
    assert.throws(() => amlint.validate(deployed, options), { name: "TypeError", message });
  }
});

test("no change shows a secret", () => {
  const old = { name: "cpu", type: "amlcompute", ssh_settings: { admin_username: "u", admin_password: "Old-Passw0rd-42" } };
  const edited = { ...old, ssh_settings: { admin_username: "u", admin_password: "New-Passw0rd-43" } };
  const found = amlint.validate(edited, { previous: old });
  assert.deepEqual(codes(found).map((c) => c[0]), ["AML902"]);
  const text = JSON.stringify(found);
  assert.ok(!text.includes("Passw0rd"), text);
});

test("an edit form's schema disables the fields fixed at creation", () => {
  const schema = amlint.schema("computeinstance", { mode: "update" });
  assert.equal(schema.properties.size.readOnly, true);
  assert.equal(schema.properties.ssh_public_access_enabled.readOnly, true);
  assert.equal(schema.properties.tags.readOnly, undefined);
  assert.equal(amlint.schema("computeinstance").properties.size.readOnly, undefined);
  assert.throws(() => amlint.schema("computeinstance", { mode: "edit" }), { name: "RangeError" });
});
