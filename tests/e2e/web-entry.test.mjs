// The browser entry without a bundler, in headless Chromium (Debian's) driven by playwright-core:
// in a module Web Worker (no window, no document), where init() finds the .wasm next to the module
// and validate runs off the main thread; and init() when the .wasm cannot be had — a dev server that
// serves its HTML page in its place (what Vite before version 8 does after pre-bundling) gets an
// error that says what happened and what to do, and a later call retries. Needs the package built
// first (`npm run build`), as scripts/test does.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { blankPage, launchChromium, serve } from "./support.mjs";

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

test("a module worker initialises amlint and validates what the page posts", async () => {
  const page = await blankPage(browser, server);
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  const answers = await page.evaluate(async () => {
    const worker = new Worker("/tests/e2e/worker/worker.js", { type: "module" });
    const ask = (spec) =>
      new Promise((resolve, reject) => {
        worker.onmessage = ({ data }) => resolve(data);
        worker.onerror = (event) => reject(new Error(event.message));
        worker.postMessage(spec);
      });
    const broken = await ask({ name: "cpu-cluster", type: "amlcompute", min_instances: 4, max_instances: 2 });
    const fixed = await ask({ name: "cpu-cluster", type: "amlcompute", min_instances: 0, max_instances: 2 });
    const text = await ask("name: 1-bad\ntype: amlcompute\n");
    worker.terminate();
    return { broken, fixed, text };
  });
  assert.equal(answers.broken.error, undefined);
  assert.ok(answers.broken.codes.includes("AML301"), `min above max: got ${answers.broken.codes}`);
  assert.ok(!answers.fixed.codes.includes("AML301"), `fixed: got ${answers.fixed.codes}`);
  assert.ok(answers.text.codes.includes("AML205"), `a name starting with a digit: got ${answers.text.codes}`);
  assert.deepEqual(problems, []);
});

test("init() explains a .wasm that is not WebAssembly, and retries once it is", async () => {
  const page = await blankPage(browser, server);
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
