// The playground's first load: what the built page (www/dist) fetches before it is usable — the
// HTML, its JS and CSS, and the form module's .wasm — gzipped, within 300 KB (300,000 bytes). The
// full module (YAML text, fixes, sizes, edit mode, policies) is held back until the form has shown
// a finding, which proves the form needs none of it; Dutch is fetched only when chosen. Sizes, not
// times: docs/playground.md records the measurement. Needs `npm run build --prefix www`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { join, normalize, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium, serve } from "./support.mjs";

const root = new URL("../../", import.meta.url).pathname;
const dist = join(root, "www/dist");
const BUDGET = 300_000;

test("the playground is usable after at most 300 KB gzipped, the full module fetched after", async (t) => {
  const fullModule = readFileSync(join(root, "pkg/full/amlint_bg.wasm"));
  const server = await serve(dist);
  const browser = await launchChromium();
  let release;
  try {
    const page = await browser.newPage();
    const fetched = new Set();
    const held = new Promise((resolve) => (release = resolve));
    let fullAsked = false;
    await page.route(`${server.url}**`, async (route) => {
      const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname));
      const file = join(dist, path === "/" ? "index.html" : path);
      if (statSync(file, { throwIfNoEntry: false })?.isFile()) {
        if (file.endsWith(".wasm") && readFileSync(file).equals(fullModule)) {
          fullAsked = true;
          await held;
        } else fetched.add(file);
      }
      await route.continue();
    });
    await page.goto(server.url);
    // Usable: the form is drawn and checks what is typed.
    await page.locator("#root_name").fill("cpu-");
    await page.locator('[data-field="root_name"] .finding').waitFor();
    const sizes = [...fetched].map((file) => [relative(dist, file), gzipSync(readFileSync(file), { level: 9 }).length]);
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    const table = sizes.map(([file, size]) => `${file} ${size}`).join(", ");
    t.diagnostic(`first load: ${total} bytes gzipped (${table})`);
    assert.ok(sizes.some(([file]) => file.endsWith(".wasm")), "the form module is fetched");
    assert.ok(!sizes.some(([file]) => /(^|\/)nl-[^/]*\.js$/.test(file)), "Dutch is fetched before it is chosen");
    assert.ok(total <= BUDGET, `the first load is ${total} bytes gzipped, over ${BUDGET}: ${table}`);
    // The full module is asked for once the page is drawn, and the page then offers what needs it.
    release();
    await page.getByRole("textbox", { name: "YAML", exact: true }).waitFor();
    assert.ok(fullAsked, "the full module was fetched after the first load");
  } finally {
    release?.();
    await browser.close();
    server.close();
  }
});

test("without the full module (its fetch fails) the form still checks what is typed, and the page says the rest failed", async () => {
  const fullModule = readFileSync(join(root, "pkg/full/amlint_bg.wasm"));
  const server = await serve(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.route(`${server.url}**/*.wasm`, async (route) => {
      const file = join(dist, normalize(decodeURIComponent(new URL(route.request().url()).pathname)));
      if (readFileSync(file).equals(fullModule)) await route.abort();
      else await route.continue();
    });
    await page.goto(server.url);
    await page.locator("#root_name").fill("cpu-");
    await page.locator('[data-field="root_name"] .finding').waitFor();
    await page.locator('.yaml [role="alert"]').waitFor();
  } finally {
    await browser.close();
    server.close();
  }
});
