// End-to-end: the built www/ page in headless Chromium (Debian's), driven by playwright-core.
// Needs `npm run build --prefix www` and the amlint binary (cargo build) first; scripts/test does
// both. Screenshots for people: `screenshotPath` (support.mjs); nothing compares their pixels.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { launchChromium, screenshotPath, serve } from "./support.mjs";

const axeSource = readFileSync(new URL("../../www/node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

const root = new URL("../../", import.meta.url).pathname;
const dist = join(root, "www/dist");

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
  // The full module (YAML, fixes, sizes) comes after the form is usable: tests/e2e/first-load.test.mjs.
  await page.getByRole("textbox", { name: "YAML", exact: true }).waitFor();
  assert.deepEqual(problems, []);
});

after(async () => {
  await browser?.close();
  server?.close();
});

const field = (id) => page.locator(`[data-field="${id}"]`);
/** A full-page screenshot for people, scrolled to the top first (the findings and YAML stick to the view). */
async function shoot(on, name) {
  await on.evaluate(() => window.scrollTo(0, 0));
  await on.screenshot({ path: screenshotPath(name), fullPage: true });
}

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
  await page.fill("#root_name", "cpu-cluster-");
  await field("root_name").locator('[data-code="AML207"]').waitFor();
  await page.fill("#root_name", "cpu-cluster-a1");
  await field("root_name").locator('[data-code="AML207"]').waitFor({ state: "detached" });
  // A required field left empty is flagged under that field, not only in the summary.
  await page.fill("#root_name", "");
  await field("root_name").locator('.finding.error[data-code="AML101"]').waitFor();
  await page.fill("#root_name", "cpu-cluster-a1");
  await field("root_name").locator('[data-code="AML101"]').waitFor({ state: "detached" });
});

test("pasted YAML fills the form, and its problems show line and column", async () => {
  const yaml = page.getByRole("textbox", { name: "YAML", exact: true });
  await yaml.fill("name: gpu-cluster\ntype: amlcompute\nmin_instances: 3\nmax_instances: 1\ntier: LowPriority\n");
  await page.locator('.summary li[data-code="AML301"] .where', { hasText: "3:16" }).waitFor();
  await page.locator('.summary li[data-code="AML103"] .where', { hasText: "5:7" }).waitFor();
  assert.equal(await page.inputValue("#root_name"), "gpu-cluster");
  await yaml.fill("name: [broken\n");
  await page.locator('.summary li[data-code="AML001"]').waitFor();
});

test("Fix beside a finding and Fix all apply amlint's fixes to the YAML and the form", async () => {
  const yaml = page.getByRole("textbox", { name: "YAML", exact: true });
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
    // (Some are in a folded section.)
    await page.locator(probe).waitFor({ state: "attached" });
    // Every starting spec is valid: no errors before the user touches anything.
    assert.equal(await page.locator(".finding.error").count(), 0, `${kind} opens with errors`);
    const command = ["kubernetes", "virtualmachine", "synapsespark"].includes(kind) ? "attach" : "create";
    assert.match(await page.locator(".yaml .hint").first().textContent(), new RegExp(`az ml compute ${command} --file`));
    await shoot(page, `${kind}.png`);
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
  // react-jsonschema-form's own buttons too (in the advanced settings).
  await page.locator('details[data-section="advanced"] > summary').click();
  await page.getByRole("button", { name: "Toevoegen" }).first().waitFor();
  await page.fill("#root_name", "cpu-cluster-");
  const finding = field("root_name").locator('.finding.error[data-code="AML207"]');
  await finding.waitFor();
  assert.match(await finding.textContent(), /de rekennaam `cpu-cluster-` eindigt op `-`; hij moet/);
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
    await field(id).locator("label", { hasText: label }).waitFor({ state: "attached" });
    assert.equal(await page.locator(".finding.error").count(), 0, `${kind} opens with errors`);
    await shoot(page, `nl-${kind}.png`);
  }
  // A kind az ml cannot submit says so in Dutch (amlint's own docs of AML012).
  assert.match(await page.locator(".note").textContent(), /az ml v2 heeft er geen type voor/);
  await page.getByRole("button", { name: "EN", exact: true }).click();
  await page.getByRole("tab", { name: "Compute cluster" }).waitFor();
});


// The studio-like flow (issue 31): size picker, secrets, edit mode, policy, keyboard, accessibility.

const yamlPane = () => page.getByRole("textbox", { name: "YAML", exact: true });
/** A fresh page of the playground, the full module loaded. */
async function freshPage(options = {}) {
  const fresh = await browser.newPage({ viewport: { width: 1360, height: 1000 }, acceptDownloads: true, ...options });
  await fresh.goto(url);
  await fresh.locator("#root_name").waitFor();
  await fresh.getByRole("textbox", { name: "YAML", exact: true }).waitFor();
  return fresh;
}
/** The rows of the size picker's table (amlint/rjsf's): [name, family, vCPUs, memory, GPUs, low priority]. */
const sizeRows = (on = page) => on.locator(".amlint-size-table tbody tr").evaluateAll((rows) => rows.map((row) => [...row.cells].slice(1).map((cell) => cell.textContent)));
/** Runs axe-core in the page: WCAG 2.1 A and AA, and best practice; returns the violations. */
async function axeViolations(on = page) {
  if (!(await on.evaluate(() => "axe" in window))) await on.addScriptTag({ content: axeSource });
  const result = await on.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("the size picker: the GPU filter and a search narrow the table, and a row picks the size", async () => {
  await page.getByRole("tab", { name: "Compute cluster" }).click();
  await page.locator("#root_size").waitFor();
  const all = await sizeRows();
  assert.ok(all.some(([, , , , gpus]) => gpus === "0") && all.some(([, , , , gpus]) => gpus !== "0"), "the table lists CPU and GPU sizes");
  await page.getByRole("radio", { name: "GPU", exact: true }).check();
  const gpu = await sizeRows();
  assert.ok(gpu.length > 0 && gpu.length < all.length);
  assert.ok(gpu.every(([, , , , gpus]) => Number(gpus) > 0), "only GPU sizes with the GPU filter");
  await page.getByRole("searchbox", { name: "Search sizes" }).fill("A100");
  const a100 = await sizeRows();
  assert.ok(a100.length > 0 && a100.every(([name]) => name.includes("A100")));
  await page.getByRole("radio", { name: a100[0][0], exact: true }).check();
  assert.equal(await page.inputValue("#root_size"), a100[0][0]);
  await page.waitForFunction((size) => document.querySelector('textarea[aria-label="YAML"]').value.includes(`size: ${size}`), a100[0][0]);
  await shoot(page, "size-picker-gpu.png");
  await page.getByRole("searchbox", { name: "Search sizes" }).fill("");
  await page.getByRole("radio", { name: "All", exact: true }).check();
});

test("a size the kind does not accept is flagged under the size field", async () => {
  await page.getByRole("tab", { name: "Compute cluster" }).click();
  await page.fill("#root_size", "Standard_B2s");
  const finding = field("root_size").locator('.finding[data-code="AML306"]');
  await finding.waitFor();
  assert.match(await finding.textContent(), /Standard_B2s/);
  await page.fill("#root_size", "Standard_DS3_v2");
  await finding.waitFor({ state: "detached" });
});

test("a password is masked on screen, never in a DOM attribute, and masked in the YAML pane", async () => {
  const secret = "Zq8-unlikely-Secret-4417";
  await page.getByRole("tab", { name: "Compute cluster" }).click();
  await page.locator('details[data-section="access"] > summary').click();
  const password = page.locator("#root_ssh_settings_admin_password");
  await password.fill(secret);
  assert.equal(await password.getAttribute("type"), "password");
  assert.equal(await password.inputValue(), secret);
  await page.waitForFunction(() => document.querySelector('textarea[aria-label="YAML"]').value.includes("admin_password"));
  const yaml = await yamlPane().inputValue();
  assert.match(yaml, /admin_password: •+/);
  assert.ok(!yaml.includes(secret), "the YAML pane shows the secret");
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  assert.ok(!html.includes(secret), "the secret is in the DOM's markup");
  await shoot(page, "secret-masked.png");
  // The download holds it (az ml needs it); editing the pane keeps it behind the mask.
  await yamlPane().fill(yaml.replace(/^name: .*$/m, "name: cpu-cluster-s"));
  assert.equal(await password.inputValue(), secret);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download YAML" }).click()]);
  const file = join(mkdtempSync(join(tmpdir(), "amlint-secret-")), "spec.yml");
  await download.saveAs(file);
  assert.match(readFileSync(file, "utf8"), new RegExp(`admin_password: ${secret}`));
  await page.getByRole("tab", { name: "Compute instance" }).click();
});

const existingCluster = JSON.stringify(
  {
    id: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml/computes/cpu-cluster",
    name: "cpu-cluster",
    type: "amlcompute",
    location: "westeurope",
    provisioning_state: "Succeeded",
    size: "STANDARD_DS3_V2",
    tier: "dedicated",
    min_instances: 0,
    max_instances: 4,
    idle_time_before_scale_down: 120,
    ssh_public_access_enabled: false,
  },
  null,
  2,
);

test("edit mode: a pasted compute locks its create-only fields, flags changes az ml cannot make, and shows only what changes", async () => {
  await page.locator("details.edit > summary").click();
  await page.getByLabel(/Existing compute/).fill(existingCluster);
  await page.getByRole("button", { name: "Edit this compute" }).click();
  await page.locator(".note.editing").waitFor();
  assert.equal(await page.inputValue("#root_name"), "cpu-cluster");
  // Create-only fields are locked, with the reason.
  for (const id of ["root_name", "root_location"]) {
    await field(id).locator(".locked").waitFor();
    assert.equal(await page.locator(`#${id}`).getAttribute("readonly"), "");
  }
  assert.equal(await yamlPane().inputValue(), "# nothing changes yet\n");
  await page.fill("#root_max_instances", "8");
  await page.waitForFunction(() => document.querySelector('textarea[aria-label="YAML"]').value === "name: cpu-cluster\ntype: amlcompute\nmax_instances: 8\n");
  // A change az ml compute update cannot apply is flagged (a warning: it needs create again).
  await page.selectOption("#root_tier", "low_priority");
  await field("root_tier").locator('.finding[data-code="AML902"]').waitFor();
  await page.selectOption("#root_tier", "dedicated");
  await field("root_tier").locator('[data-code="AML902"]').waitFor({ state: "detached" });
  // A GPU size for a CPU cluster cannot be an update.
  await page.fill("#root_size", "Standard_NC4as_T4_v3");
  await field("root_size").locator('.finding.error[data-code="AML901"]').waitFor();
  await shoot(page, "edit-mode.png");
  await page.fill("#root_size", "STANDARD_DS3_V2");
  await field("root_size").locator('[data-code="AML901"]').waitFor({ state: "detached" });
  await page.getByRole("button", { name: "Create a new compute instead" }).click();
  await page.locator(".note.editing").waitFor({ state: "detached" });
  assert.equal(await page.locator("#root_name").getAttribute("readonly"), null);
});

test("a policy file narrows the size picker, shows its bounds, and what it denies is flagged", async () => {
  const policyPage = await freshPage();
  await policyPage.locator("details.policy > summary").click();
  await policyPage.getByLabel("Azure Policy definitions (JSON files)").setInputFiles(join(root, "tests/e2e/fixtures/allowed-sizes.policy.json"));
  await policyPage.locator(".policy-files li", { hasText: "allowed-sizes.policy.json" }).waitFor();
  await policyPage.locator('.bounds li[data-bound="size"]', { hasText: "4 allowed" }).waitFor();
  await policyPage.locator(".amlint-size-table caption", { hasText: "narrowed by the policy" }).waitFor();
  const names = (await sizeRows(policyPage)).map(([name]) => name).sort();
  assert.deepEqual(names, ["Standard_DS3_v2", "Standard_DS4_v2", "Standard_NC24ads_A100_v4", "Standard_NC4as_T4_v3"]);
  await policyPage.getByRole("radio", { name: "GPU", exact: true }).check();
  assert.deepEqual((await sizeRows(policyPage)).map(([name]) => name).sort(), ["Standard_NC24ads_A100_v4", "Standard_NC4as_T4_v3"]);
  // A size the file denies and the Landing Zones preset (below) allows.
  await policyPage.fill("#root_size", "Standard_F8s_v2");
  const denied = policyPage.locator('[data-field="root_size"] .finding.error[data-code="AML950"]');
  await denied.waitFor();
  assert.match(await denied.textContent(), /Only approved VM sizes/);
  // The denied size stays as typed (nothing replaces it), and the picker marks it.
  assert.equal(await policyPage.inputValue("#root_size"), "Standard_F8s_v2");
  await policyPage.locator(".amlint-size-denied", { hasText: "Standard_F8s_v2 is not allowed by the policy" }).waitFor();
  await shoot(policyPage, "policy.png");
  // A file that is not a policy, or too large to read, is refused with the reason; the loaded one stays.
  const input = policyPage.getByLabel("Azure Policy definitions (JSON files)");
  await input.setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await policyPage.locator(".policy-error", { hasText: "notes.json was not read" }).waitFor();
  await input.setInputFiles({ name: "huge.json", mimeType: "application/json", buffer: Buffer.alloc((1 << 20) + 1, " ") });
  await policyPage.locator(".policy-error", { hasText: "huge.json was not read: it is larger than 1 MiB" }).waitFor();
  assert.equal(await policyPage.locator(".policy-files li").count(), 1);
  // A preset adds amlint's vendored definitions; removing the file drops its narrowing.
  await policyPage.getByLabel(/Azure Landing Zones/).check();
  await policyPage.getByRole("button", { name: "Remove allowed-sizes.policy.json" }).click();
  await denied.waitFor({ state: "detached" });
  await policyPage.locator('.bounds li[data-bound="size"]', { hasText: "Limit allowed vm sizes" }).waitFor();
  // Its GPU sizes are retired (NC, NCv2, NCv3, NV, NVv3), which the picker hides: all sizes, then.
  await policyPage.getByRole("radio", { name: "All", exact: true }).check();
  assert.ok((await sizeRows(policyPage)).length > 4, "the preset's list is wider than the file's");
  await policyPage.close();
});

/** Presses Tab until `predicate` holds of the focused element (keyboard only: no clicks). */
async function tabTo(on, predicate, arg) {
  for (let i = 0; i < 250; i++) {
    await on.keyboard.press("Tab");
    if (await on.evaluate(([source, value]) => new Function("element", "value", `return (${source})(element, value)`)(document.activeElement, value), [predicate.toString(), arg])) return;
  }
  assert.fail(`Tab never reached ${predicate}`);
}

test("keyboard only: a GPU cluster created end to end with Tab, Enter, Space and arrows", async () => {
  const keys = await freshPage();
  // The tabs are one stop (the selected one); the arrows move between them.
  await tabTo(keys, (element) => element.getAttribute("role") === "tab");
  assert.equal(await keys.evaluate(() => document.activeElement.textContent), "Compute cluster");
  await keys.keyboard.press("ArrowLeft");
  assert.equal(await keys.evaluate(() => document.activeElement.getAttribute("aria-selected")), "true");
  assert.equal(await keys.evaluate(() => document.activeElement.textContent), "Compute instance");
  await keys.keyboard.press("ArrowRight");
  assert.equal(await keys.evaluate(() => document.activeElement.textContent), "Compute cluster");
  await keys.locator("#root_min_instances").waitFor();
  // Tab selects a text field's content: typing replaces it.
  await tabTo(keys, (element) => element.id === "root_name");
  await keys.keyboard.type("gpu-train");
  // The processor filter: a radio group, moved through with the arrows.
  await tabTo(keys, (element) => element.type === "radio" && element.value === "all");
  await keys.keyboard.press("ArrowRight");
  await keys.keyboard.press("ArrowRight");
  assert.equal(await keys.evaluate(() => document.activeElement.value), "gpu");
  await keys.keyboard.press("Tab");
  await keys.keyboard.type("NC4as");
  await tabTo(keys, (element) => element.type === "radio" && element.name === "root_size__size");
  await keys.keyboard.press("Space");
  assert.equal(await keys.inputValue("#root_size"), "Standard_NC4as_T4_v3");
  await tabTo(keys, (element) => element.id === "root_max_instances");
  await keys.keyboard.type("2");
  // The findings list scrolls: it takes the focus on the way.
  await tabTo(keys, (element) => element.textContent === "Download YAML");
  const [download] = await Promise.all([keys.waitForEvent("download"), keys.keyboard.press("Enter")]);
  const file = join(mkdtempSync(join(tmpdir(), "amlint-keyboard-")), download.suggestedFilename());
  await download.saveAs(file);
  const text = readFileSync(file, "utf8");
  assert.match(text, /^name: gpu-train$/m);
  assert.match(text, /^size: Standard_NC4as_T4_v3$/m);
  assert.match(text, /^max_instances: 2$/m);
  try {
    execFileSync(join(root, "target/debug/amlint"), ["check", file, "--color", "never"], { encoding: "utf8" });
  } catch (error) {
    assert.fail(`amlint check rejects the keyboard-made spec:\n${text}\n${error.stdout}`);
  }
  await keys.close();
});

test("axe-core: no WCAG 2.1 A/AA or best-practice violations, with findings shown, editing, and a policy loaded", async () => {
  const checked = await freshPage();
  // The harness sees a violation when there is one (an image without a text alternative).
  await checked.evaluate(() => document.querySelector("main").append(Object.assign(document.createElement("img"), { id: "no-alt", src: "data:," })));
  assert.ok((await axeViolations(checked)).some((v) => v.startsWith("image-alt")));
  await checked.evaluate(() => document.getElementById("no-alt").remove());
  await checked.getByRole("tab", { name: "Compute cluster" }).click();
  await checked.fill("#root_max_instances", "1");
  await checked.fill("#root_min_instances", "3");
  await checked.fill("#root_name", "cpu-");
  await checked.locator('.finding.error[data-code="AML301"]').waitFor();
  for (const summary of await checked.locator("details.advanced > summary").all()) await summary.click();
  assert.deepEqual(await axeViolations(checked), []);
  await checked.locator("details.policy > summary").click();
  await checked.getByLabel("Azure Policy definitions (JSON files)").setInputFiles(join(root, "tests/e2e/fixtures/allowed-sizes.policy.json"));
  await checked.locator(".bounds li").first().waitFor();
  await checked.locator("details.edit > summary").click();
  await checked.getByLabel(/Existing compute/).fill(existingCluster);
  await checked.getByRole("button", { name: "Edit this compute" }).click();
  await checked.locator(".note.editing").waitFor();
  await checked.fill("#root_size", "Standard_NC4as_T4_v3");
  await checked.locator('.finding.error[data-code="AML901"]').waitFor();
  assert.deepEqual(await axeViolations(checked), []);
  for (const tab of ["Compute instance", "Inference cluster", "Attached compute"]) {
    await checked.getByRole("tab", { name: tab }).click();
    assert.deepEqual(await axeViolations(checked), [], tab);
  }
  // And in Dutch.
  await checked.getByRole("button", { name: "NL", exact: true }).click();
  await checked.getByRole("tab", { name: "Rekencluster" }).click();
  await checked.fill("#root_name", "cpu-");
  await checked.locator('.finding[data-code="AML207"]').waitFor();
  assert.deepEqual(await axeViolations(checked), [], "nl");
  await checked.close();
});
