// The browser entry's init() when the .wasm cannot be had, in headless Chromium (Debian's): a dev
// server that serves its HTML page in place of the .wasm (what Vite before version 8 does after
// pre-bundling) gets an error that says what happened and what to do, and a later call retries.
// Needs the package built first (`npm run build`), as scripts/test does.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchChromium, serve } from "./support.mjs";

const root = new URL("../../", import.meta.url).pathname;
let server;
let browser;

before(async () => {
  server = await serve(root);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("init() explains a .wasm that is not WebAssembly, and retries once it is", async () => {
  const page = await browser.newPage();
  await page.route(`${server.url}blank.html`, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html>" }));
  await page.goto(`${server.url}blank.html`);
  const html = (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>dev server</title>" });
  await page.route("**/amlint_bg.wasm", html);
  const failed = await page.evaluate(async () => {
    const { init } = await import("/js/index.js");
    return init().then(
      () => "resolved",
      (error) => error.message,
    );
  });
  assert.match(failed, /not WebAssembly/);
  assert.match(failed, /optimizeDeps/);
  await page.unroute("**/amlint_bg.wasm", html);
  const codes = await page.evaluate(async () => {
    const { init, validate } = await import("/js/index.js");
    await init();
    return validate({ name: "cpu-cluster", type: "amlcompute", min_instances: 4, max_instances: 2 }).map((d) => d.code);
  });
  assert.ok(codes.includes("AML301"), `after the retry: ${codes}`);
  await page.close();
});
