// `sizes()`: the VM sizes a kind accepts, for a size picker, from the built-in table or a region's
// `az ml compute list-sizes -o json` output, with the studio's filters (issue #31).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as amlint from "amlint";

const region = readFileSync(new URL("../fixtures/context/sizes-westeurope.json", import.meta.url), "utf8");

test("the built-in table: the sizes Azure ML offers a kind, with what a picker shows", () => {
  const all = amlint.sizes({ kind: "amlcompute" });
  const ds3 = all.find((s) => s.name === "Standard_DS3_v2");
  assert.deepEqual(ds3, { name: "Standard_DS3_v2", family: "DSv2", vcpus: 4, gpus: 0, memoryGb: 14, lowPriority: true, retired: false });
  // Every size of the table has its memory (GiB, from Azure's size pages).
  assert.ok(all.every((s) => typeof s.memoryGb === "number" && s.memoryGb > 0), JSON.stringify(all.filter((s) => !s.memoryGb)));
  // Burstable sizes are refused by Azure ML; retired ones cannot be created unless asked for.
  assert.ok(all.every((s) => !s.name.startsWith("Standard_B") && !s.retired));
  assert.ok(amlint.sizes({ kind: "amlcompute", retired: true }).some((s) => s.retired));
  // NCv3 (retired 2025-09-30) among them: shown only when asked for, marked retired.
  assert.ok(!all.some((s) => s.name === "Standard_NC6s_v3"));
  assert.ok(amlint.sizes({ kind: "amlcompute", retired: true }).some((s) => s.name === "Standard_NC6s_v3" && s.retired));
  // Kinds whose spec takes no size from Azure ML's list have none.
  assert.deepEqual(amlint.sizes({ kind: "kubernetes" }), []);
});

test("the studio's filters: GPU, least cores, family, search, low priority", () => {
  const gpus = amlint.sizes({ kind: "computeinstance", processor: "gpu", minCores: 12 });
  assert.ok(gpus.length > 0);
  assert.ok(gpus.every((s) => s.gpus > 0 && s.vcpus >= 12), JSON.stringify(gpus));
  const cpus = amlint.sizes({ kind: "amlcompute", processor: "cpu", search: "ds3" });
  assert.deepEqual(cpus.map((s) => s.name), amlint.sizes({ kind: "amlcompute" }).filter((s) => s.gpus === 0 && /ds3/i.test(s.name)).map((s) => s.name));
  assert.ok(amlint.sizes({ kind: "amlcompute", family: "dsv2" }).every((s) => s.family === "DSv2"));
  assert.ok(amlint.sizes({ kind: "amlcompute", lowPriority: true }).every((s) => s.lowPriority === true));
});

test("the memory filter works on the built-in table", () => {
  const big = amlint.sizes({ kind: "amlcompute", processor: "cpu", minMemoryGb: 400 });
  assert.deepEqual(big.map((s) => [s.name, s.memoryGb]), [["Standard_E64s_v3", 432], ["Standard_HB120rs_v3", 448]]);
  const all = amlint.sizes({ kind: "computeinstance" });
  const atLeast = amlint.sizes({ kind: "computeinstance", minMemoryGb: 56 });
  assert.deepEqual(atLeast.map((s) => s.name), all.filter((s) => s.memoryGb >= 56).map((s) => s.name));
  assert.ok(atLeast.length > 0 && atLeast.length < all.length);
});

test("a region is checked, as AML807 checks a location, and narrows nothing", () => {
  const all = amlint.sizes({ kind: "amlcompute" });
  assert.deepEqual(amlint.sizes({ kind: "amlcompute", region: "westeurope" }), all);
  assert.deepEqual(amlint.sizes({ kind: "amlcompute", region: "West Europe" }), all);
  assert.throws(() => amlint.sizes({ kind: "amlcompute", region: "westeurop" }), {
    name: "RangeError",
    message: "sizes options: `region`: `westeurop` is not an Azure region amlint knows; did you mean `westeurope`?",
  });
  // With a region's own list, that list is what is offered.
  const listed = amlint.sizes({ kind: "amlcompute", region: "westeurope", sizes: region });
  assert.deepEqual(listed, amlint.sizes({ kind: "amlcompute", sizes: region }));
});

test("a region's list in place of the table, as data or text", () => {
  const listed = JSON.parse(region);
  for (const given of [region, listed]) {
    const found = amlint.sizes({ kind: "amlcompute", sizes: given });
    assert.ok(found.length > 0);
    assert.ok(found.every((s) => listed.some((l) => l.name.toLowerCase() === s.name.toLowerCase())));
  }
  // The list says memory and family: the memory filter works on it.
  const big = amlint.sizes({ kind: "amlcompute", sizes: listed, minMemoryGb: 16 });
  assert.ok(big.length > 0 && big.every((s) => s.memoryGb >= 16), JSON.stringify(big));
  const d2 = amlint.sizes({ kind: "amlcompute", sizes: listed, search: "D2s_v3" });
  assert.deepEqual(d2.map((s) => [s.name, s.family, s.memoryGb]), [["Standard_D2s_v3", "standardDSv3Family", 8]]);
});

test("a policy narrows the list to the sizes it allows", () => {
  const policy = { allowedSizes: ["Standard_NC*"], requireSubnet: true };
  const allowed = amlint.sizes({ kind: "amlcompute", policy });
  assert.ok(allowed.length > 0);
  // The size setting narrows; requireSubnet denies every size, so it is about another field.
  assert.deepEqual(allowed.map((s) => s.name), amlint.sizes({ kind: "amlcompute", search: "Standard_NC" }).map((s) => s.name));
  const alz = amlint.sizes({ kind: "amlcompute", processor: "cpu", policy: { preset: ["alz"], parameters: { allowedVmSizes: ["Standard_DS3_v2"] } } });
  assert.deepEqual(alz.map((s) => s.name), ["Standard_DS3_v2"]);
  assert.throws(() => amlint.sizes({ kind: "amlcompute", policy: { maxInstance: 4 } }), { name: "TypeError", message: /`policy.maxInstance`/ });
});

test("options that cannot be used throw, naming them", () => {
  assert.throws(() => amlint.sizes({}), { name: "TypeError", message: "sizes options: `kind` is required" });
  assert.throws(() => amlint.sizes(), { name: "TypeError", message: "sizes options: `kind` is required" });
  assert.throws(() => amlint.sizes({ kind: "amlcompute", processor: "tpu" }), { name: "RangeError", message: /`processor`: `tpu` is not one of cpu, gpu/ });
  assert.throws(() => amlint.sizes({ kind: "amlcompute", minCores: -1 }), { name: "TypeError", message: /`minCores` must be a whole number from 0/ });
  assert.throws(() => amlint.sizes({ kind: "amlcompute", sizes: "[]" }), { name: "TypeError", message: /sizes options: `sizes`: / });
  assert.throws(() => amlint.sizes({ kind: "cluster" }), { name: "RangeError" });
});
