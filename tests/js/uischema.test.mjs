// `uiSchema`, `jsonFormsUiSchema` and `amlint/rjsf`'s widgets, fields, templates and `formProps`,
// as a consumer imports them: the generated layout, a password never written into the markup, the
// size picker's table, the sections, and a schema that stays the same across a language switch
// (RJSF resets its errors when the schema changes).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { readFileSync } from "node:fs";
import { jsonFormsUiSchema, loadLocale, schema, sizes, uiSchema } from "amlint";
import { fields, formProps, templates, widgets } from "amlint/rjsf";

test("uiSchema lays a cluster out by section with widgets by meaning", () => {
  const ui = uiSchema("amlcompute");
  assert.deepEqual(ui["ui:order"].slice(0, 4), ["name", "description", "location", "size"]);
  assert.equal(ui["ui:order"].at(-1), "*");
  assert.equal(ui.size["ui:widget"], "sizePicker");
  assert.equal(ui.size["ui:options"].kind, "amlcompute");
  assert.equal(ui.ssh_settings.admin_password["ui:widget"], "password");
  assert.equal(ui.ssh_settings.ssh_key_value["ui:widget"], "textarea");
  assert.deepEqual(ui.idle_time_before_scale_down["ui:options"], { unit: "seconds" });
  for (const hidden of [ui.id, ui.provisioning_state, ui.network_settings.private_ip_address, ui.type]) {
    assert.deepEqual(hidden, { "ui:widget": "hidden", "ui:field": "hidden" });
  }
  const sections = ui["ui:options"].sections;
  assert.deepEqual(
    sections.map((s) => [s.id, s.advanced]),
    [["basics", false], ["size", false], ["scale", false], ["access", true], ["network", true], ["identity", true], ["advanced", true]],
  );
});

test("in update mode the fields fixed at creation are read-only with the reason", () => {
  const ui = uiSchema("amlcompute", { mode: "update" });
  assert.equal(ui.name["ui:readonly"], true);
  assert.match(ui.network_settings["ui:help"], /cannot change it \(AML901\)/);
  assert.equal(ui.max_instances["ui:readonly"], undefined);
  assert.throws(() => uiSchema("amlcompute", { mode: "edit" }), RangeError);
  assert.throws(() => uiSchema("nonsense"), RangeError);
});

test("the JSON Forms UI schema draws nested sections as groups and locks in update mode", () => {
  const ui = jsonFormsUiSchema("computeinstance", { mode: "update" });
  assert.equal(ui.type, "Categorization");
  const text = JSON.stringify(ui);
  assert.ok(text.includes('"#/properties/ssh_settings/properties/ssh_key_value"'));
  assert.ok(text.includes('"#/properties/identity/properties/type"'));
  assert.ok(!text.includes("private_ip_address"));
  assert.ok(text.includes('"effect":"DISABLE"'));
});

test("Dutch titles, help and sections once the language is loaded", async () => {
  await loadLocale("nl");
  const ui = uiSchema("amlcompute", { locale: "nl", mode: "update" });
  assert.equal(ui["ui:options"].sections[1].title, "VM-grootte");
  assert.match(ui.name["ui:help"], /^Vastgelegd/);
});

test("formProps keeps the schema the same across a language switch, and the uiSchema speaks it", async () => {
  await loadLocale("nl");
  const english = formProps("amlcompute");
  const dutch = formProps("amlcompute", { locale: "nl" });
  assert.deepEqual(dutch.schema, english.schema);
  assert.notDeepEqual(dutch.uiSchema, english.uiSchema);
  assert.equal(dutch.liveValidate, true);
  const findings = dutch.validator.diagnostics({ name: "cpu-cluster", min_instances: 4, max_instances: 2 });
  assert.ok(findings.some((d) => d.code === "AML301" && /max_instances/.test(d.message)));
  assert.equal(english.widgets, widgets);
  assert.equal(english.fields, fields);
  assert.equal(english.templates, templates);
});

test("the password widget never writes its value into the markup", () => {
  const secret = "Sup3r-s3cret-P4ss!";
  const markup = renderToStaticMarkup(
    h(widgets.password, { id: "root_ssh_settings_admin_password", value: secret, onChange() {}, onBlur() {}, onFocus() {}, options: {} }),
  );
  assert.match(markup, /type="password"/);
  assert.ok(!markup.includes(secret), markup);
  assert.ok(!/\svalue=/.test(markup), markup);
});

test("the hidden field draws nothing", () => {
  assert.equal(renderToStaticMarkup(h(fields.hidden, {})), "");
});

test("the size picker lists the kind's sizes, with GPUs and low priority, the value checked", () => {
  const all = sizes({ kind: "amlcompute" });
  const gpu = all.find((s) => s.gpus > 0);
  const markup = renderToStaticMarkup(
    h(widgets.sizePicker, { id: "root_size", value: gpu.name, onChange() {}, options: { kind: "amlcompute" }, registry: { widgets: {} } }),
  );
  assert.equal((markup.match(/<tr data-size=/g) ?? []).length, all.length);
  const row = (name) => markup.match(new RegExp(`<tr data-size="${name}"[^]*?</tr>`))?.[0] ?? "";
  assert.ok(row(gpu.name).includes('checked=""'), row(gpu.name));
  assert.ok(row(gpu.name).includes(`<td>${gpu.gpus}</td>`), row(gpu.name));
  const cpu = all.find((s) => s.gpus === 0);
  assert.ok(row(cpu.name) !== "" && !row(cpu.name).includes('checked=""'), row(cpu.name));
  assert.ok(markup.includes('value="gpu"/> GPU </label>'));
});

test("the size picker offers only what a policy allows", () => {
  const policy = { allowedSizes: ["Standard_DS3_v2", "Standard_NC4as_T4_v3"] };
  const markup = renderToStaticMarkup(
    h(widgets.sizePicker, { id: "root_size", value: undefined, onChange() {}, options: { kind: "amlcompute", policy }, registry: { widgets: {} } }),
  );
  const listed = [...markup.matchAll(/<tr data-size="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(listed.length > 0 && listed.length <= 2, `${listed}`);
  assert.ok(listed.every((name) => policy.allowedSizes.includes(name)), `${listed}`);
});

test("the object template draws the root's sections, the advanced ones folded", () => {
  const ui = uiSchema("amlcompute");
  const properties = ui["ui:order"]
    .filter((name) => name !== "*")
    .map((name) => ({ name, content: h("div", { key: name, "data-field": name }), hidden: false }));
  const registry = {
    templates: { TitleFieldTemplate: () => null, DescriptionFieldTemplate: () => null, ButtonTemplates: { AddButton: () => null } },
  };
  const markup = renderToStaticMarkup(
    h(templates.ObjectFieldTemplate, { title: "", properties, uiSchema: ui, registry, schema: {}, formData: {}, fieldPathId: { $id: "root" } }),
  );
  assert.match(markup, /<fieldset data-section="basics"><legend>Basics<\/legend><div data-field="name">/);
  assert.match(markup, /<details data-section="network"><summary>Network<\/summary>/);
  assert.ok(markup.indexOf('data-field="size"') < markup.indexOf('data-field="min_instances"'));
});

test("edit mode: the state from az ml compute show, and only the changes update can apply", async () => {
  const { editState, updateSpec, toYaml, validate } = await import("amlint");
  const planted = "Zq7-planted-Secret-9x";
  const shown = JSON.stringify({
    id: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/computes/cpu-cluster",
    name: "cpu-cluster",
    type: "amlcompute",
    location: "westeurope",
    size: "STANDARD_DS3_V2",
    min_instances: 0,
    max_instances: 4,
    provisioning_state: "Succeeded",
    resourceGroup: "rg",
    network_settings: { vnet_name: "vnet", subnet: "default", private_ip_address: "10.0.0.4" },
    ssh_settings: { admin_username: "azureuser", admin_password: planted },
  });
  const state = editState(shown);
  assert.equal(state.name, "cpu-cluster");
  assert.deepEqual(state.network_settings, { vnet_name: "vnet", subnet: "default" });
  for (const gone of ["id", "provisioning_state", "resourceGroup"]) assert.equal(state[gone], undefined, gone);
  assert.ok(!JSON.stringify(state).includes(planted));

  // The user raises the node count, adds a tag, types a new password and changes the size.
  const current = { ...state, max_instances: 8, tags: { team: "ml" }, size: "Standard_NC4as_T4_v3", ssh_settings: { admin_username: "azureuser", admin_password: planted } };
  const update = updateSpec(shown, current);
  assert.deepEqual(update, { name: "cpu-cluster", type: "amlcompute", max_instances: 8, tags: { team: "ml" } });
  assert.ok(!toYaml(update).includes(planted));
  // The size cannot change: the validator with `previous` says so at the field.
  const findings = validate(current, { previous: shown });
  assert.ok(findings.some((d) => d.code === "AML901" && d.pointer === "/size"), JSON.stringify(findings.map((d) => d.code)));
  assert.throws(() => editState(42), TypeError);
  assert.throws(() => editState("- a list"), TypeError);
});

test("formProps with a policy narrows the size picker and the schema, and the picker speaks Dutch", async () => {
  await loadLocale("nl");
  const policy = { allowedSizes: ["Standard_DS3_v2", "Standard_NC4as_T4_v3"], maxInstances: 10 };
  const props = formProps("amlcompute", { policy, locale: "nl" });
  assert.deepEqual(props.uiSchema.size["ui:options"].policy, policy);
  assert.equal(props.schema.properties.max_instances.maximum, 10);
  const markup = renderToStaticMarkup(
    h(widgets.sizePicker, { id: "root_size", onChange() {}, options: props.uiSchema.size["ui:options"], registry: { widgets: {} } }),
  );
  const listed = [...markup.matchAll(/<tr data-size="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(listed.length > 0 && listed.every((name) => policy.allowedSizes.includes(name)), `${listed}`);
  assert.ok(markup.includes("Lage prioriteit") && markup.includes('placeholder="Grootten zoeken"'));
});

test("formProps gives the same props for the same options (one validator across renders)", () => {
  const first = formProps("amlcompute", { failOn: "warning" });
  assert.equal(formProps("amlcompute", { failOn: "warning" }), first);
  assert.notEqual(formProps("amlcompute", { failOn: "error" }), first);
  assert.notEqual(formProps("computeinstance", { failOn: "warning" }), first);
});

test("the size picker: the size typed with the table's sizes suggested, a labelled selection column", () => {
  const markup = renderToStaticMarkup(
    h(widgets.sizePicker, { id: "root_size", value: "Standard_Z99", onChange() {}, options: { kind: "amlcompute" }, registry: { widgets: {} } }),
  );
  // A size the table does not list stays as typed.
  const typed = markup.match(/<input id="root_size"[^>]*>/)?.[0] ?? "";
  assert.match(typed, /type="text"/);
  assert.match(typed, /list="root_size__sizes"/);
  assert.match(typed, /value="Standard_Z99"/);
  assert.equal((markup.match(/<option value=/g) ?? []).length, sizes({ kind: "amlcompute" }).length);
  assert.match(markup, /<thead><tr><th scope="col">Select<\/th>/);
  assert.ok(!markup.includes("<th scope=\"col\"></th>"), markup);
});

test("formProps with a policy: no enum RJSF would enforce, a denied size kept, marked and flagged", () => {
  // A definition that allows four sizes: the schema it narrows puts them in the size's `enum`.
  const policy = { definitions: [readFileSync(new URL("../e2e/fixtures/allowed-sizes.policy.json", import.meta.url), "utf8")] };
  assert.equal(schema("amlcompute", { form: true, policy }).properties.size.enum.length, 4);
  const plain = formProps("amlcompute", {}).schema.properties.size;
  const props = formProps("amlcompute", { policy, formData: { name: "gpu-cluster", size: "Standard_NC8as_T4_v3" } });
  const size = props.schema.properties.size;
  assert.ok(!("enum" in size) && !("const" in size), JSON.stringify(size));
  assert.deepEqual(size.enum, plain.enum);
  assert.ok(Array.isArray(size["x-amlint-policy"]), JSON.stringify(size));
  assert.equal(props.extraErrorsBlockSubmit, true);
  assert.equal(props.extraErrors.size.__errors.length, 1, JSON.stringify(props.extraErrors));
  assert.match(props.extraErrors.size.__errors[0], /Standard_NC8as_T4_v3|vmSize|allowed/i);
  // The validator RJSF runs leaves amlint's findings to extraErrors (no finding twice).
  assert.deepEqual(props.validator.validateFormData({ size: "Standard_NC8as_T4_v3" }, props.schema).errors, []);
  const markup = renderToStaticMarkup(
    h(widgets.sizePicker, { id: "root_size", value: "Standard_NC8as_T4_v3", onChange() {}, options: props.uiSchema.size["ui:options"], registry: { widgets: {} } }),
  );
  assert.match(markup, /value="Standard_NC8as_T4_v3"/);
  assert.match(markup, /<p class="amlint-size-denied" id="root_size__denied">Standard_NC8as_T4_v3 is not allowed by the policy<\/p>/);
  // An allowed size: nothing to flag, nothing blocks.
  const allowed = formProps("amlcompute", { policy, formData: { name: "gpu-cluster", size: "Standard_NC4as_T4_v3", max_instances: 2 } });
  assert.equal(allowed.extraErrors?.size, undefined, JSON.stringify(allowed.extraErrors));
});

test("formProps with formData: the findings as extraErrors, in the form's language, none before any data", async () => {
  await loadLocale("nl");
  const data = { name: "1-cluster" };
  const english = formProps("amlcompute", { formData: data }).extraErrors.name.__errors;
  const dutch = formProps("amlcompute", { formData: data, locale: "nl" }).extraErrors.name.__errors;
  assert.equal(english.length, dutch.length);
  assert.notDeepEqual(english, dutch);
  assert.equal(formProps("amlcompute", { formData: {} }).extraErrors, undefined);
  // The same data gives the same props (RJSF re-merges extraErrors only when they change).
  assert.equal(formProps("amlcompute", { formData: { ...data } }).extraErrors, formProps("amlcompute", { formData: data }).extraErrors);
});

test("a secret of several lines is a masked text area that keeps its line breaks out of the markup", () => {
  const ui = uiSchema("aks");
  assert.equal(ui.ssl.key["ui:widget"], "password");
  assert.equal(ui.ssl.key["ui:options"].multiline, true);
  const key = "-----BEGIN PRIVATE KEY-----\nplanted-key-line\n-----END PRIVATE KEY-----\n";
  const markup = renderToStaticMarkup(
    h(widgets.password, { id: "root_ssl_key", value: key, onChange() {}, options: ui.ssl.key["ui:options"] }),
  );
  assert.match(markup, /<textarea [^>]*id="root_ssl_key"/);
  assert.match(markup, /-webkit-text-security:disc/);
  assert.match(markup, /<input type="file" id="root_ssl_key__file" aria-label="Read from a file"/);
  assert.ok(!markup.includes("planted-key-line"), markup);
});
