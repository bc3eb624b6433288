// The npm package in a bundler other than the playground's Vite: webpack 5 builds a small app that
// imports `amlint` by name, and the bundle runs in headless Chromium (Debian's), driven by
// playwright-core. Needs the package built first (`npm run build`); scripts/test does that.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import webpack from "webpack";
import { chromium } from "playwright-core";

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
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
  server = createServer((request, response) => {
    const file = join(out, new URL(request.url, "http://localhost").pathname.replace(/^\/+$/, "/index.html").replace(/\.\./g, ""));
    try {
      const body = readFileSync(file);
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
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
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.body.dataset.codes !== undefined || document.body.dataset.error !== undefined);
  assert.equal(await page.evaluate(() => document.body.dataset.error), undefined);
  const codes = (await page.evaluate(() => document.body.dataset.codes)).split(",");
  assert.ok(codes.includes("AML301"), `min_instances above max_instances: got ${codes}`);
  assert.deepEqual(problems, []);
});
