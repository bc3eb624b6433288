// End-to-end: the built www/ page in headless Chromium (Debian's), driven by playwright-core.
// Needs `npm run build --prefix www` and the amlint binary (cargo build) first; scripts/test does
// both. Screenshots of each kind's form go to tests/screenshots/ (git-ignored).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { launchChromium, serve } from "./support.mjs";

const root = new URL("../../", import.meta.url).pathname;
const dist = join(root, "www/dist");
const screenshots = join(root, "tests/screenshots");

let server;
let browser;
let page;
let url;

before(async () => {
  server = await serve(dist);
  url = server.url;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 1000 }, acceptDownloads: true });
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(url);
  await page.locator("#root_name").waitFor();
  assert.deepEqual(problems, []);
  mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

const field = (id) => page.locator(`[data-field="${id}"]`);

test("min > max shows AML301 under the minimum field, and fixing it clears it", async () => {
  await page.getByRole("tab", { name: "Compute cluster" }).click();
  await page.fill("#root_max_instances", "2");
  await page.fill("#root_min_instances", "4");
  const error = field("root_min_instances").locator('.finding.error[data-code="AML301"]');
  await error.waitFor();
  assert.match(await error.textContent(), /greater than `max_instances`/);
  assert.equal(await page.locator('.summary li[data-code="AML301"]').count(), 1);
  await page.fill("#root_min_instances", "0");
  await error.waitFor({ state: "detached" });
  assert.equal(await page.locator(".finding.error").count(), 0);
});

test("a name Azure would reject is flagged as it is typed", async () => {
  await page.fill("#root_name", "cpu-cluster-1");
  await field("root_name").locator('[data-code="AML206"]').waitFor();
  await page.fill("#root_name", "cpu-cluster-a1");
  await field("root_name").locator('[data-code="AML206"]').waitFor({ state: "detached" });
  // A required field left empty is flagged under that field, not only in the summary.
  await page.fill("#root_name", "");
  await field("root_name").locator('.finding.error[data-code="AML101"]').waitFor();
  await page.fill("#root_name", "cpu-cluster-a1");
  await field("root_name").locator('[data-code="AML101"]').waitFor({ state: "detached" });
});

test("pasted YAML fills the form, and its problems show line and column", async () => {
  const yaml = page.getByRole("textbox", { name: "YAML" });
  await yaml.fill("name: gpu-cluster\ntype: amlcompute\nmin_instances: 3\nmax_instances: 1\ntier: LowPriority\n");
  await page.locator('.summary li[data-code="AML301"] .where', { hasText: "3:16" }).waitFor();
  await page.locator('.summary li[data-code="AML103"] .where', { hasText: "5:7" }).waitFor();
  assert.equal(await page.inputValue("#root_name"), "gpu-cluster");
  await yaml.fill("name: [broken\n");
  await page.locator('.summary li[data-code="AML001"]').waitFor();
});

test("Fix beside a finding and Fix all apply amlint's fixes to the YAML and the form", async () => {
  const yaml = page.getByRole("textbox", { name: "YAML" });
  const yamlHas = (text) => page.waitForFunction((t) => document.querySelector('textarea[aria-label="YAML"]').value.includes(t), text);
  await yaml.fill("name: gpu-cluster\ntype: AmlCompute\ntier: Dedicated\nmax_instance: 2\n");
  const tier = page.locator('.summary li[data-code="AML109"]', { hasText: "`tier`" });
  await tier.getByRole("button").click();
  await yamlHas("tier: dedicated");
  assert.match(await yaml.inputValue(), /type: AmlCompute/);
  await page.getByRole("button", { name: "Fix all" }).click();
  await yamlHas("type: amlcompute");
  assert.equal(await yaml.inputValue(), "name: gpu-cluster\ntype: amlcompute\ntier: dedicated\nmax_instance: 2\n");
  // Unsafe fixes are offered one by one (a rename after "did you mean"), not by Fix all.
  await page.getByRole("button", { name: "Fix all" }).waitFor({ state: "detached" });
  const rename = page.locator('.summary li[data-code="AML104"] button.fix.unsafe');
  await rename.click();
  await yamlHas("max_instances: 2");
  // In the form: the fix is applied to the form's state, and the form and the YAML follow.
  await page.getByRole("tab", { name: "Compute cluster" }).click();
  await page.locator("#root_name").waitFor();
  await yaml.fill("name: cpu-cluster\ntype: amlcompute\ndescripton: nightly training\n");
  await page.fill("#root_name", "cpu-cluster-b");
  await page.locator('.summary li[data-code="AML104"] button.fix').click();
  await yamlHas("description: nightly training");
  assert.equal(await page.inputValue("#root_description"), "nightly training");
  await page.locator('.summary li[data-code="AML104"]').waitFor({ state: "detached" });
});

test("switching kinds renders each kind's form; screenshots for people", async () => {
  const shots = [
    ["Compute instance", null, "computeinstance", "#root_idle_time_before_shutdown_minutes"],
    ["Compute cluster", null, "amlcompute", "#root_max_instances"],
    ["Inference cluster", null, "aks", "#root_agent_count"],
    ["Attached compute", "virtualmachine", "virtualmachine", "#root_resource_id"],
    ["Attached compute", "kubernetes", "kubernetes", "#root_namespace"],
    ["Attached compute", "synapsespark", "synapsespark", "#root_resource_id"],
    ["Attached compute", "hdinsight", "hdinsight", "#root_address"],
    ["Attached compute", "databricks", "databricks", "#root_workspace_url"],
    ["Attached compute", "datalakeanalytics", "datalakeanalytics", "#root_data_lake_store_account_name"],
  ];
  for (const [tab, option, kind, probe] of shots) {
    await page.getByRole("tab", { name: tab }).click();
    if (option) await page.getByLabel("Compute type").selectOption(option);
    await page.locator(probe).waitFor();
    // Every starting spec is valid: no errors before the user touches anything.
    assert.equal(await page.locator(".finding.error").count(), 0, `${kind} opens with errors`);
    const command = ["kubernetes", "virtualmachine", "synapsespark"].includes(kind) ? "attach" : "create";
    assert.match(await page.locator(".hint").textContent(), new RegExp(`az ml compute ${command} --file`));
    await page.screenshot({ path: join(screenshots, `${kind}.png`), fullPage: true });
  }
});

test("the downloaded YAML passes amlint check", async () => {
  await page.getByRole("tab", { name: "Compute instance" }).click();
  await page.fill("#root_name", "ana-dev-box");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download YAML" }).click()]);
  assert.equal(download.suggestedFilename(), "ana-dev-box.yml");
  const file = join(mkdtempSync(join(tmpdir(), "amlint-download-")), download.suggestedFilename());
  await download.saveAs(file);
  const text = readFileSync(file, "utf8");
  assert.match(text, /^name: ana-dev-box$/m);
  assert.match(text, /^type: computeinstance$/m);
  const binary = join(root, "target/debug/amlint");
  // Exit status 0: no errors (infos, such as advice, may be printed).
  try {
    execFileSync(binary, ["check", file, "--color", "never"], { encoding: "utf8" });
  } catch (error) {
    assert.fail(`amlint check rejects the download:\n${text}\n${error.stdout}`);
  }

});

test("in Dutch, every kind's form has Dutch labels and findings; screenshots of each", async () => {
  await page.getByRole("button", { name: "NL", exact: true }).click();
  await page.getByRole("tab", { name: "Rekencluster" }).waitFor();
  // Labels come from amlint's Dutch schema; findings from its Dutch catalog, with the same codes.
  await page.getByRole("tab", { name: "Rekencluster" }).click();
  await field("root_min_instances").locator("label", { hasText: "Minimum aantal knooppunten" }).waitFor();
  // react-jsonschema-form's own buttons too.
  await page.getByRole("button", { name: "Toevoegen" }).first().waitFor();
  await page.fill("#root_name", "cpu-cluster-1");
  const finding = field("root_name").locator('.finding.error[data-code="AML206"]');
  await finding.waitFor();
  assert.match(await finding.textContent(), /de rekennaam `cpu-cluster-1` eindigt op `-1`/);
  assert.match(await page.locator(".summary h2").textContent(), /Bevindingen 1 fout/);
  await page.fill("#root_name", "cpu-cluster");
  const shots = [
    ["Reken-exemplaar", null, "computeinstance", "root_idle_time_before_shutdown_minutes", "Afsluiten bij inactiviteit (minuten)"],
    ["Rekencluster", null, "amlcompute", "root_max_instances", "Maximum aantal knooppunten"],
    ["Inferentiecluster", null, "aks", "root_agent_count", "Aantal knooppunten"],
    ["Gekoppelde rekenkracht", "virtualmachine", "virtualmachine", "root_resource_id", "Resource-id"],
    ["Gekoppelde rekenkracht", "kubernetes", "kubernetes", "root_namespace", "Naamruimte"],
    ["Gekoppelde rekenkracht", "synapsespark", "synapsespark", "root_resource_id", "Resource-id"],
    ["Gekoppelde rekenkracht", "hdinsight", "hdinsight", "root_address", "Adres"],
    ["Gekoppelde rekenkracht", "databricks", "databricks", "root_workspace_url", "URL van de werkruimte"],
    ["Gekoppelde rekenkracht", "datalakeanalytics", "datalakeanalytics", "root_data_lake_store_account_name", "Data Lake Store-account"],
  ];
  for (const [tab, option, kind, id, label] of shots) {
    await page.getByRole("tab", { name: tab }).click();
    if (option) await page.getByLabel("Rekentype").selectOption(option);
    await field(id).locator("label", { hasText: label }).waitFor();
    assert.equal(await page.locator(".finding.error").count(), 0, `${kind} opens with errors`);
    await page.screenshot({ path: join(screenshots, `nl-${kind}.png`), fullPage: true });
  }
  // A kind az ml cannot submit says so in Dutch (amlint's own docs of AML012).
  assert.match(await page.locator(".note").textContent(), /az ml v2 heeft er geen type voor/);
  await page.getByRole("button", { name: "EN", exact: true }).click();
  await page.getByRole("tab", { name: "Compute cluster" }).waitFor();
});

