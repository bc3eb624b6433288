// The package in a bundler other than the playground's Vite: webpack 5 bundles a small app that
// imports `amlint` by name (resolved through its package.json `exports`, as from node_modules) for
// the browser, run in headless Chromium (Debian's) driven by playwright-core, and for Node, run from
// another folder. Needs the package built first (`npm run build`); scripts/test does that.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { consumerFolder, launchChromium, serve, webpackErrors } from "./support.mjs";

let work;
let out;
let server;
let browser;

const bundle = (target, entry, path) => webpackErrors(work, { target, entry, output: { path, filename: "app.js", clean: true } });

before(async () => {
  work = consumerFolder("amlint-webpack-");
  out = join(work, "web");
  assert.deepEqual(await bundle("web", "./tests/e2e/webpack-app/app.js", out), []);
  writeFileSync(join(out, "index.html"), '<!doctype html><meta charset="utf-8"><script src="app.js"></script>');
  server = await serve(out);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test("webpack 5 bundles amlint for Node, imported and required, and the bundles run on their own", async () => {
  const bundles = [];
  for (const entry of ["server.js", "server.cjs"]) {
    const path = join(work, entry.replace(".", "-"));
    assert.deepEqual(await bundle("node", `./tests/e2e/webpack-app/${entry}`, path), []);
    bundles.push(path);
  }
  // Away from this package's files: each bundle must carry the module itself.
  rmSync(join(work, "node_modules"), { recursive: true });
  for (const path of bundles) {
    const codes = execFileSync(process.execPath, [join(path, "app.js")], { cwd: path, encoding: "utf8" }).split(",");
    assert.ok(codes.includes("AML301"), `${path}: min_instances above max_instances: got ${codes}`);
  }
});

test("webpack 5 emits both .wasm files (the form module and the full one) as assets of the bundle", () => {
  const files = readdirSync(out);
  assert.equal(files.filter((f) => f.endsWith(".wasm")).length, 2, `not two .wasm among ${files.join(", ")}`);
});

test("the webpack bundle initialises amlint in the browser and validates a spec", async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset.codes !== undefined || document.body.dataset.error !== undefined);
  assert.equal(await page.evaluate(() => document.body.dataset.error), undefined);
  const codes = (await page.evaluate(() => document.body.dataset.codes)).split(",");
  assert.ok(codes.includes("AML301"), `min_instances above max_instances: got ${codes}`);
  await page.waitForFunction(() => document.body.dataset.textCodes !== undefined || document.body.dataset.error !== undefined);
  assert.equal(await page.evaluate(() => document.body.dataset.error), undefined);
  const text = (await page.evaluate(() => document.body.dataset.textCodes)).split(",");
  assert.ok(text.includes("AML301@3"), `the full module, loaded on demand, checks text: got ${text}`);
  assert.deepEqual(problems, []);
});
