// The package as a consumer gets it: `npm pack`, installed into a fresh project outside this
// repository, imported by name. Catches files the manifest's `files` leaves out, which the other
// tests (importing the package from inside the repository) cannot see.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

const esm = `
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { validate } from "amlint";
import { createValidator } from "amlint/rjsf";
import * as web from "amlint/web";
import * as nodejs from "amlint/nodejs";
const spec = { name: "cpu-cluster-", type: "amlcompute", min_instances: 4, max_instances: 2 };
await web.init(readFileSync(new URL("./node_modules/amlint/pkg/web/amlint_bg.wasm", import.meta.url)));
await web.loadFull(readFileSync(new URL("./node_modules/amlint/pkg/full/amlint_bg.wasm", import.meta.url)));
const schema = createRequire(import.meta.url)("amlint/schemas/draft-07/amlcompute.schema.json");
console.log(JSON.stringify({
  node: validate(spec).map((d) => d.code),
  web: web.validate(spec).map((d) => d.code),
  webText: web.validate("name: cpu-cluster-\\ntype: amlcompute\\nmin_instances: 4\\nmax_instances: 2\\n").map((d) => d.code),
  nodejs: nodejs.validate(spec).map((d) => d.code),
  rjsf: createValidator({ kind: "amlcompute" }).validateFormData(spec, schema).errors.map((e) => e.name),
  schema: schema.properties.type.const,
}));
`;

const cjs = `
const amlint = require("amlint");
const nodejs = require("amlint/nodejs");
const spec = { name: "cpu-cluster-", type: "amlcompute" };
amlint.loadLocale("nl").then(() => console.log(JSON.stringify({
  codes: [...amlint.validate(spec), ...nodejs.validate(spec)].map((d) => d.code),
  dutch: amlint.validate(spec, { locale: "nl" }).find((d) => d.code === "AML207").message,
})));
`;

test("the packed tarball installs offline and works through import, require, the web, nodejs and rjsf entries", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "amlint-consumer-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const packed = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: root, encoding: "utf8" });
  const [{ filename }] = JSON.parse(packed);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  writeFileSync(join(dir, "esm.mjs"), esm);
  writeFileSync(join(dir, "cjs.cjs"), cjs);
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--silent", join(dir, filename)], { cwd: dir });
  // `amlint/rjsf` needs what react-jsonschema-form itself needs (its widgets are React components):
  // React and @rjsf/utils, peer dependencies an RJSF app has; linked from this repository's.
  mkdirSync(join(dir, "node_modules", "@rjsf"), { recursive: true });
  for (const peer of ["react", "@rjsf/utils"]) symlinkSync(join(root, "node_modules", peer), join(dir, "node_modules", peer), "dir");

  const run = (...args) => JSON.parse(execFileSync(process.execPath, args, { cwd: dir, encoding: "utf8" }));
  const got = run("esm.mjs");
  for (const codes of [got.node, got.web, got.webText, got.nodejs, got.rjsf]) {
    assert.ok(codes.includes("AML207") && codes.includes("AML301"), JSON.stringify(got));
  }
  assert.equal(got.schema, "amlcompute");
  const twice = ({ codes }) => codes.filter((code) => code === "AML207").length === 2;
  const required = run("cjs.cjs");
  assert.ok(twice(required));
  assert.match(required.dutch, /rekennaam/);
  // Without require(esm), as Node before 20.19 and Jest's module loader: nothing in the CommonJS
  // build (its loadLocale too) may be an ES module.
  const commonOnly = run("--no-experimental-require-module", "--no-experimental-detect-module", "cjs.cjs");
  assert.ok(twice(commonOnly));
  assert.deepEqual(commonOnly, required);

  // `npx amlint`: the command, from the installed package, on a spec in the consumer's folder.
  writeFileSync(join(dir, "cluster.yml"), "name: cpu-cluster-\ntype: amlcompute\nmax_instances: 2\n");
  const cli = spawnSync("npx", ["--offline", "--no-install", "amlint", "check", "cluster.yml", "--format", "concise"], { cwd: dir, encoding: "utf8" });
  assert.equal(cli.status, 1, cli.stderr);
  assert.match(cli.stdout, /^cluster\.yml:1:7: error\[AML207\]/);
  assert.equal(cli.stderr, "");
});
