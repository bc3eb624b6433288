// The RJSF form of docs/forms.md in headless Chromium (bundled by webpack as an app would): a GPU
// size picked with the filter, a finding under its field as the user types and re-worded at once
// by a language switch, a password masked and never in a DOM attribute, a private key that keeps
// its line breaks, a policy that narrows the picker and never changes a size it denies, and in edit
// mode a field fixed at creation locked. Needs the package built first (`npm run build`), as
// scripts/test does.
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

async function open(query = "", ready = ".amlint-size-picker") {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector("body[data-ready], body[data-error]");
  assert.equal(await page.evaluate(() => document.body.dataset.error), undefined);
  await page.waitForSelector(ready);
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
  await page.check(`input[name="root_size__size"][value="${name}"]`);
  assert.equal(await page.$eval(`tr[data-size="${name}"]`, (tr) => tr.getAttribute("aria-selected")), "true");
  assert.equal(await page.inputValue("#root_size"), name);
  // Keyboard: the arrows move between the rows (selecting, as radio buttons do), Enter selects.
  await page.focus(`input[name="root_size__size"][value="${name}"]`);
  await page.keyboard.press("ArrowDown");
  const next = await page.evaluate(() => document.activeElement.value);
  assert.notEqual(next, name);
  assert.equal(await page.inputValue("#root_size"), next);
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  assert.equal(await page.inputValue("#root_size"), name);
  // The selection column is labelled; the size can also be typed, with the table's sizes suggested.
  assert.equal(await page.$eval(".amlint-size-table th", (th) => th.textContent), "Select");
  assert.ok(await page.$eval("#root_size", (input) => input.list.options.length > 10));
  // Findings live, under their field: a name that starts with a digit.
  await page.fill("#root_name", "1-cluster");
  const error = () => page.$eval("#root_name__error", (ul) => ul.textContent);
  await page.waitForSelector(".rjsf-field-error #root_name");
  const english = await error();
  assert.match(english, /must start with a letter/);
  // Switching the language re-words the finding at once (no edit), and the labels follow.
  await page.click("#dutch");
  await page.waitForSelector('legend:text("VM-grootte")');
  await page.waitForFunction((before) => document.querySelector("#root_name__error")?.textContent !== before, english);
  assert.match(await error(), /moet met een letter beginnen/);
  assert.equal(await page.$eval(".amlint-size-table th", (th) => th.textContent), "Kiezen");
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

test("a policy narrows the picker; a size it denies, typed or loaded, stays as it is with its finding", async () => {
  const { page, problems } = await open("?policy");
  const rows = () => page.$$eval(".amlint-size-picker tbody tr", (trs) => trs.map((tr) => tr.dataset.size).sort());
  assert.deepEqual(await rows(), ["Standard_DS3_v2", "Standard_DS4_v2", "Standard_NC24ads_A100_v4", "Standard_NC4as_T4_v3"]);
  assert.match(await page.$eval(".amlint-size-table caption", (c) => c.textContent), /^4 of \d+ sizes \(narrowed by the policy\)$/);
  await page.fill("#root_name", "gpu-cluster");
  await page.fill("#root_size", "Standard_NC8as_T4_v3");
  await page.waitForSelector("#root_size__error:has-text('Only approved VM sizes')");
  assert.equal(await page.inputValue("#root_size"), "Standard_NC8as_T4_v3");
  assert.equal(await page.evaluate(() => window.formData.size), "Standard_NC8as_T4_v3");
  assert.equal(await page.$eval(".amlint-size-denied", (p) => p.textContent), "Standard_NC8as_T4_v3 is not allowed by the policy");
  await page.fill("#root_size", "Standard_NC4as_T4_v3");
  await page.waitForSelector("#root_size__error", { state: "detached" });
  assert.equal(await page.$(".amlint-size-denied"), null);
  // Loaded with a size the policy denies: kept, and flagged from the first render.
  const loaded = await open("?policy&size=Standard_NC8as_T4_v3");
  await loaded.page.waitForSelector("#root_size__error:has-text('Only approved VM sizes')");
  assert.equal(await loaded.page.inputValue("#root_size"), "Standard_NC8as_T4_v3");
  assert.equal(await loaded.page.evaluate(() => window.formData.size), "Standard_NC8as_T4_v3");
  await loaded.page.screenshot({ path: screenshotPath("rjsf-form-policy.png"), fullPage: true });
  assert.deepEqual([...problems, ...loaded.problems], []);
});

test("a private key keeps its line breaks, masked on screen and never in the page's HTML", async () => {
  const { page, problems } = await open("?kind=aks");
  await page.click('details[data-section="network"] > summary');
  const key = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC-planted-e2e\nAgEAAoIBAQC7-second-line\n-----END PRIVATE KEY-----\n";
  const input = "#root_ssl_key";
  assert.equal(await page.$eval(input, (el) => el.tagName), "TEXTAREA");
  assert.equal(await page.$eval(input, (el) => getComputedStyle(el).webkitTextSecurity), "disc");
  // Pasted (inserted as a paste inserts it): the line breaks stay.
  await page.focus(input);
  await page.keyboard.insertText(key);
  await page.click("#root_name");
  assert.equal(await page.evaluate(() => window.formData.ssl.key), key);
  let html = await page.evaluate(() => document.documentElement.outerHTML);
  assert.ok(!html.includes("planted-e2e"), "the key is in the page's HTML");
  // Read from its file.
  const fromFile = key.replace("planted-e2e", "from-file-e2e");
  await page.setInputFiles(`${input}__file`, { name: "key.pem", mimeType: "application/x-pem-file", buffer: Buffer.from(fromFile) });
  await page.waitForFunction((text) => window.formData.ssl.key === text, fromFile);
  html = await page.evaluate(() => document.documentElement.outerHTML);
  assert.ok(!html.includes("from-file-e2e"), "the key read from a file is in the page's HTML");
  assert.deepEqual(problems, []);
});
