// The RJSF form of docs/forms.md in headless Chromium (bundled by webpack as an app would): a GPU
// size picked with the filter, a finding under its field as the user types, a password masked and
// never in a DOM attribute, and in edit mode a field fixed at creation locked. Needs the package
// built first (`npm run build`), as scripts/test does.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { consumerFolder, launchChromium, screenshotPath, serve, webpackErrors } from "./support.mjs";


let work;
let server;
let browser;

before(async () => {
  work = consumerFolder("amlint-rjsf-");
  const out = join(work, "web");
  const errors = await webpackErrors(work, { target: "web", entry: "./tests/e2e/rjsf-app/app.js", output: { path: out, filename: "app.js", clean: true } });
  assert.deepEqual(errors, []);
  writeFileSync(join(out, "index.html"), '<!doctype html><meta charset="utf-8"><title>form</title><main id="root"></main><script src="app.js"></script>');
  server = await serve(out);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(query = "") {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector("body[data-ready], body[data-error]");
  assert.equal(await page.evaluate(() => document.body.dataset.error), undefined);
  await page.waitForSelector(".amlint-size-picker");
  return { page, problems };
}

test("pick a GPU size with the filter, findings live under their fields", async () => {
  const { page, problems } = await open();
  const rows = () => page.$$eval(".amlint-size-picker tbody tr", (trs) => trs.map((tr) => [tr.dataset.size, Number(tr.cells[5].textContent)]));
  const all = await rows();
  await page.check('input[name="root_size__processor"][value="gpu"]');
  const gpus = await rows();
  assert.ok(gpus.length > 0 && gpus.length < all.length, `${gpus.length} of ${all.length}`);
  assert.ok(gpus.every(([, count]) => count > 0), JSON.stringify(gpus));
  await page.fill("#root_size__search", "NC");
  const [[name]] = await rows();
  await page.check(`input[name="root_size"][value="${name}"]`);
  assert.equal(await page.$eval(`tr[data-size="${name}"]`, (tr) => tr.getAttribute("aria-selected")), "true");
  // Findings live, under their field: a name that starts with a digit.
  await page.fill("#root_name", "1-cluster");
  await page.waitForSelector(".rjsf-field-error #root_name");
  // Switching the language keeps the finding, and the labels follow.
  await page.click("#dutch");
  await page.waitForSelector('legend:text("VM-grootte")');
  assert.ok(await page.$(".rjsf-field-error #root_name"), "the finding went with the language switch");
  // The advanced sections start folded.
  assert.equal(await page.$eval('details[data-section="network"]', (d) => d.open), false);
  await page.screenshot({ path: screenshotPath("rjsf-form-gpu-size.png"), fullPage: true });
  assert.deepEqual(problems, []);
});

test("a password is masked on screen and never written into a DOM attribute", async () => {
  const { page, problems } = await open();
  await page.click('details[data-section="access"] > summary');
  const secret = "Planted-P4ssw0rd-e2e";
  const input = "#root_ssh_settings_admin_password";
  await page.focus(input);
  await page.keyboard.type(secret);
  await page.click("#root_name");
  assert.equal(await page.$eval(input, (el) => el.type), "password");
  assert.equal(await page.$eval(input, (el) => el.value), secret);
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  assert.ok(!html.includes(secret), "the secret is in the page's HTML");
  assert.deepEqual(problems, []);
});

test("edit mode: an existing compute's create-only field is locked, with the reason", async () => {
  const { page, problems } = await open("?mode=update");
  assert.equal(await page.$eval("#root_name", (el) => el.readOnly || el.disabled), true);
  assert.equal(await page.$eval("#root_name", (el) => el.value), "cpu-cluster");
  const text = await page.evaluate(() => document.body.innerText);
  assert.match(text, /cannot change it \(AML901\)/);
  assert.doesNotMatch(text, /Succeeded|provisioning/i);
  assert.deepEqual(problems, []);
});
