// The npm package in a bundler other than the playground's Vite: webpack 5 builds a small app that
// imports `amlint` by name, and the bundle runs in headless Chromium (Debian's), driven by
// playwright-core. Needs the package built first (`npm run build`); scripts/test does that.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import { launchChromium, serve } from "./support.mjs";

const root = new URL("../../", import.meta.url).pathname;
let out;
let server;
let browser;

function bundle() {
  const compiler = webpack({
    mode: "production",
    target: "web",
    context: root,
    entry: "./tests/e2e/webpack-app/app.js",
    output: { path: out, filename: "app.js", clean: true },
    // `amlint` is this package: resolved through its package.json `exports`, as from node_modules.
    resolve: { alias: { amlint: root } },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => (error ? reject(error) : compiler.close(() => resolve(stats)))),
  );
}

before(async () => {
  out = mkdtempSync(join(tmpdir(), "amlint-webpack-"));
  const stats = await bundle();
  assert.deepEqual(stats.toJson({ all: false, errors: true }).errors, []);
  writeFileSync(join(out, "index.html"), '<!doctype html><meta charset="utf-8"><script src="app.js"></script>');
  server = await serve(out);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

test("webpack 5 emits the .wasm as an asset of the bundle", () => {
  const files = readdirSync(out);
  assert.ok(files.some((f) => f.endsWith(".wasm")), `no .wasm among ${files.join(", ")}`);
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
  assert.deepEqual(problems, []);
});
