// Every snippet of the docs a web developer copies runs as written: each ```js block of README.md,
// docs/npm.md and docs/forms.md as an ES module, and each ```jsx block of docs/forms.md compiled
// (TypeScript's JSX transform) and its components rendered with react-dom/server — with the
// package and the libraries the page says to install, linked into a fresh folder outside the
// repository as an app has them; and every scope of the JSON Forms UI schemas against the schema.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import { Resolve } from "@jsonforms/core";
import { jsonFormsUiSchema, schema } from "amlint";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** The fenced blocks of `language` in a page, in order. */
function snippets(page, language) {
  const text = readFileSync(join(root, page), "utf8");
  return [...text.matchAll(new RegExp("^```" + language + "\\n([\\s\\S]*?)^```", "gm"))].map((m) => m[1]);
}

/** A fresh app folder with the package and the libraries linked in. */
function app(t) {
  const dir = mkdtempSync(join(tmpdir(), "amlint-snippets-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  const link = (name, target = join(root, "node_modules", name)) => {
    mkdirSync(dirname(join(dir, "node_modules", name)), { recursive: true });
    symlinkSync(target, join(dir, "node_modules", name), "dir");
  };
  link("amlint", root);
  for (const name of ["react", "react-dom", "@rjsf/core", "@rjsf/utils", "@rjsf/validator-ajv8", "@jsonforms/core", "@jsonforms/react", "@jsonforms/vanilla-renderers"]) {
    link(name);
  }
  return dir;
}

const compile = (code) =>
  ts.transpileModule(code, {
    compilerOptions: { jsx: ts.JsxEmit.ReactJSX, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;

const pages = ["README.md", "docs/npm.md", "docs/forms.md"];

test("every js snippet of the README, docs/npm.md and docs/forms.md runs", async (t) => {
  const dir = app(t);
  let ran = 0;
  for (const page of pages) {
    for (const [i, code] of snippets(page, "js").entries()) {
      const file = join(dir, `${page.replaceAll("/", "_")}-${i}.mjs`);
      writeFileSync(file, code);
      await assert.doesNotReject(import(pathToFileURL(file)), `${page}, js block ${i + 1}`);
      ran++;
    }
  }
  assert.ok(ran >= 2, `${ran} snippets`);
});

// What an edit form is given: `az ml compute show -o json` of a cluster.
const SHOWN = JSON.stringify({
  id: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/computes/cpu-cluster",
  name: "cpu-cluster",
  type: "amlcompute",
  location: "westeurope",
  size: "STANDARD_DS3_V2",
  max_instances: 4,
  provisioning_state: "Succeeded",
  resourceGroup: "rg",
  ssh_settings: { admin_username: "azureuser", admin_password: "Planted-Secret-0042" },
});

test("the react-jsonschema-form recipes of docs/forms.md render a studio-like form", async (t) => {
  const dir = app(t);
  const blocks = snippets("docs/forms.md", "jsx").filter((code) => code.includes("@rjsf/core"));
  assert.equal(blocks.length, 2);
  const rendered = [];
  for (const [i, code] of blocks.entries()) {
    const file = join(dir, `forms-${i}.mjs`);
    writeFileSync(file, compile(code));
    const module = await import(pathToFileURL(file));
    for (const [name, Component] of Object.entries(module)) {
      rendered.push([name, renderToString(h(Component, { existing: SHOWN }))]);
    }
  }
  const [[, create], [, edit]] = rendered;
  for (const html of [create, edit]) {
    // Every field drawn by a widget RJSF found: none unsupported, none missing.
    assert.doesNotMatch(html, /Unsupported field schema|No widget|unsupported-field/i);
    assert.match(html, /<details data-section="network"><summary>Network<\/summary>/);
    assert.match(html, /class="amlint-size-picker"/);
    assert.match(html, /type="password"/);
    // What Azure sets draws nothing: no input for it, no label.
    assert.doesNotMatch(html, /provisioning_state|Provisioning state/);
  }
  assert.ok(create.indexOf(">Compute name<") < create.indexOf("amlint-size-picker"));
  assert.ok(create.indexOf("amlint-size-picker") < create.indexOf(">Minimum nodes<"));
  // The edit form: the name locked with the reason, the existing size checked, the update YAML
  // only what update can change, and no secret anywhere.
  assert.match(edit, /id="root_name"[^>]*readOnly|readOnly=""[^>]*id="root_name"/);
  assert.match(edit, /cannot change it \(AML901\)/);
  assert.match(edit, /<pre>name: cpu-cluster\ntype: amlcompute\n<\/pre>/);
  assert.ok(!edit.includes("Planted-Secret-0042"));
});

test("the JSON Forms recipe of docs/forms.md renders its categories", async (t) => {
  const dir = app(t);
  const blocks = snippets("docs/forms.md", "jsx").filter((code) => code.includes("@jsonforms/react"));
  assert.equal(blocks.length, 1);
  const file = join(dir, "jsonforms.mjs");
  writeFileSync(file, compile(blocks[0]));
  const { ClusterForm } = await import(pathToFileURL(file));
  const html = renderToString(h(ClusterForm));
  // The categories are listed (vanilla draws the chosen one's content once mounted: the next test
  // draws each section's).
  for (const section of ["Basics", "Virtual machine size", "Access", "Network", "Managed identity"]) {
    assert.ok(html.includes(`<span>${section}</span>`), section);
  }
  assert.doesNotMatch(html, /No applicable renderer/i);
});

test("the JSON Forms renderers draw a masked password and the size picker", async () => {
  const { JsonForms } = await import("@jsonforms/react");
  const { vanillaCells, vanillaRenderers } = await import("@jsonforms/vanilla-renderers");
  const { renderers } = await import("amlint/jsonforms-react");
  const secret = "Planted-Json-Forms-7";
  // Each section alone, as the categorization shows it when chosen.
  const ui = jsonFormsUiSchema("amlcompute");
  const section = (id) => ({ type: "VerticalLayout", elements: ui.elements.find((c) => c.options.section === id).elements });
  const draw = (uischema) =>
    renderToString(
      h(JsonForms, {
        schema: schema("amlcompute", { form: true }),
        uischema,
        data: { ssh_settings: { admin_username: "azureuser", admin_password: secret }, size: "Standard_NC4as_T4_v3" },
        renderers: [...renderers, ...vanillaRenderers],
        cells: vanillaCells,
        validationMode: "NoValidation",
        onChange() {},
      }),
    );
  const access = draw(section("access"));
  assert.match(access, /type="password"/);
  assert.ok(!access.includes(secret), "the password is in the markup");
  assert.match(access, /<legend class="">SSH settings<\/legend>/);
  assert.match(access, />Admin user name\*?</);
  const scale = draw(section("scale"));
  assert.match(scale, /<span class="amlint-duration"><input id="#\/properties\/idle_time_before_scale_down-input"[^>]*type="number"/);
  const size = draw(section("size"));
  assert.match(size, /class="amlint-size-picker"/);
  assert.match(size, /<tr data-size="Standard_NC4as_T4_v3" aria-selected="true"/);
  const network = draw(section("network"));
  assert.match(network, />Subnet</);
});

test("the JSON Forms UI schema's every scope resolves in the form's schema", () => {
  for (const kind of ["amlcompute", "computeinstance", "aks", "virtualmachine", "kubernetes"]) {
    for (const mode of ["create", "update"]) {
      const formSchema = schema(kind, { form: true, mode });
      // A list's detail layout is scoped in its items' schema.
      let checked = 0;
      const walk = (element, base) => {
        const scopes = [element.scope, element.rule?.condition?.scope].filter((s) => s && s !== "#");
        for (const scope of scopes) {
          assert.ok(Resolve.schema(base, scope, formSchema) !== undefined, `${kind} ${mode}: ${scope}`);
          checked++;
        }
        (element.elements ?? []).forEach((inner) => walk(inner, base));
        if (element.options?.detail) walk(element.options.detail, Resolve.schema(base, element.scope, formSchema).items);
      };
      walk(jsonFormsUiSchema(kind, { mode }), formSchema);
      assert.ok(checked > 3, `${kind}: ${checked}`);
    }
  }
});
