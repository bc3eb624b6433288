// The browser entry in a module Web Worker (no window, no document): init() finds the .wasm next
// to the module and validate runs off the main thread. Headless Chromium (Debian's), driven by
// playwright-core; needs the package built first (`npm run build`), as scripts/test does.
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

test("a module worker initialises amlint and validates what the page posts", async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  // An empty page of the server's origin, so the worker and its imports are same-origin.
  await page.route(`${server.url}blank.html`, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html>" }));
  await page.goto(`${server.url}blank.html`);
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
