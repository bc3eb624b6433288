// The package keeps the core's promises: no secret in anything it hands back, and no edit it
// cannot make cleanly. The places secrets hide are the registry the Rust tests use too
// (tests/fixtures/secrets/places.json); every way the package shows a finding is a surface here,
// in both modules: the full one (the Node entry's) and the form module browsers load first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as amlint from "amlint";
import { createValidator } from "amlint/rjsf";
import { errorObjects } from "amlint/jsonforms";
import * as form from "../../pkg/web/amlint.js";
import { loadLocale } from "../../js/language.js";

form.initSync({ module: readFileSync(new URL("../../pkg/web/amlint_bg.wasm", import.meta.url)) });

const places = JSON.parse(readFileSync(new URL("../fixtures/secrets/places.json", import.meta.url), "utf8"));

/** Simple settings and a vendored definition that read the size, the location and the tags. */
const POLICY = {
  allowedSizes: ["Standard_D2_v3"],
  allowedLocations: ["westeurope"],
  requiredTags: ["owner"],
  preset: ["alz"],
  parameters: { allowedVmSizes: ["Standard_D2_v3"] },
};

/** A random secret of 16 to 32 letters and digits. */
function secret() {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
  const length = 16 + Math.floor(Math.random() * 17);
  return Array.from({ length }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join("");
}

/** Every way the package shows what it found in `text` (with `options`, the place's context). */
function surfaces(text, options) {
  const shown = [];
  shown.push(["validate(text)", amlint.validate(text, options)]);
  shown.push(["validate(text, nl)", amlint.validate(text, { ...options, locale: "nl" })]);
  shown.push(["validator().validate(text)", amlint.validator(options).validate(text)]);
  const fixed = amlint.fix(text, { ...options, unsafe: true });
  shown.push(["fix().diagnostics", fixed.diagnostics]);
  const data = amlint.parse(text);
  if (data && typeof data === "object") {
    shown.push(["validate(object)", amlint.validate(data, options)]);
    shown.push(["validator({form}).validate(object)", amlint.validator({ ...options, form: true }).validate(data)]);
    // The form module takes no context: it checks the object alone.
    shown.push(["form module: validate(object)", form.validate(data)]);
    shown.push(["form module: validate(object, nl)", form.validate(data, { locale: "nl" })]);
    shown.push(["form module: validator({form}).validate(object)", form.validator({ form: true }).validate(data)]);
    shown.push(["rjsf errors", createValidator(options).validateFormData(data, {}).errors]);
    shown.push(["jsonforms errors", errorObjects(amlint.validate(data, options))]);
  }
  return shown;
}

test("no finding the package hands back shows a secret planted in any place", async () => {
  await amlint.loadLocale("nl");
  await loadLocale(form, () => import("../../js/locales/nl.js"), "nl");
  for (let round = 0; round < 3; round++) {
    const planted = secret();
    for (const place of places) {
      const spec = place.spec.replaceAll("{S}", planted);
      const options = {};
      if (place.previous) options.previous = place.previous.replaceAll("{S}", planted);
      if (place.existing) options.existing = place.existing.replaceAll("{S}", planted);
      // Policies read the fields a secret may be planted in (location, size, tier, tags) and
      // quote what they allow: none of it may show the secret.
      options.policy = POLICY;
      let tried = 0;
      for (const [surface, found] of surfaces(spec, options)) {
        const text = JSON.stringify(found);
        tried += found.length;
        assert.ok(!text.includes(planted), `${place.name}, ${surface}: ${text}`);
      }
      assert.ok(tried > 0, `${place.name}: no finding, nothing tried`);
    }
  }
});

test("a template's secrets stay hidden: a literal password, a secure parameter's default and what its parameter file gives", () => {
  for (let round = 0; round < 3; round++) {
    const planted = secret();
    const template = JSON.stringify({
      parameters: { password: { type: "secureString", defaultValue: `${planted}1` }, note: { type: "securestring" } },
      resources: [
        {
          type: "Microsoft.MachineLearningServices/workspaces/computes",
          name: "ws/cpu_cluster",
          properties: {
            computeType: "AmlCompute",
            properties: {
              vmSize: "[parameters('note')]",
              scaleSettings: { maxNodeCount: 2.5 },
              userAccountCredentials: { adminUserName: "azureuser", adminUserPassword: `${planted}2`, adminUserSshPublicKey: "[parameters('password')]" },
            },
          },
        },
      ],
    }, null, 1);
    const parameters = JSON.stringify({ parameters: { note: { value: `${planted}3` } } });
    const options = { input: "arm", parameters };
    const shown = [
      ["validate(template)", amlint.validate(template, options)],
      ["validate(template, nl)", amlint.validate(template, { ...options, locale: "nl" })],
      ["validator().validate(template)", amlint.validator(options).validate(template)],
      ["fix(template).diagnostics", amlint.fix(template, { ...options, unsafe: true }).diagnostics],
    ];
    for (const [surface, found] of shown) {
      assert.ok(found.length > 0, `${surface}: nothing found, nothing tried`);
      const text = JSON.stringify(found);
      assert.ok(!text.includes(planted), `${surface}: ${text}`);
    }
  }
});

test("a Terraform file's sensitive variables stay hidden: a default in the module's files, values from its var files", async () => {
  await amlint.loadLocale("nl");
  const text = `resource "azurerm_machine_learning_compute_cluster" "cpu" {
  name                          = var.cluster_name
  location                      = "westeurope"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.ws.id
  vm_size                       = var.size
  vm_priority                   = "Dedicated"

  scale_settings {
    min_node_count = 0
    max_node_count = 4
  }

  ssh {
    admin_username = "azureuser"
    admin_password = var.password
  }
}
`;
  for (let round = 0; round < 3; round++) {
    const planted = secret();
    // Without `sensitive`, the size and the name would be quoted (AML305, AML204).
    const files = [`variable "password" {\n  type      = string\n  sensitive = true\n  default   = "${planted}1"\n}\nvariable "size" {\n  sensitive = true\n}\nvariable "cluster_name" {\n  sensitive = true\n}\n`];
    const varFiles = [`size = "${planted}2"\n`, `{"cluster_name": "${planted}_3"}`];
    const options = { input: "terraform", terraform: { files, varFiles } };
    const shown = [
      ["validate(tf)", amlint.validate(text, options)],
      ["validate(tf, nl)", amlint.validate(text, { ...options, locale: "nl" })],
      ["validator().validate(tf)", amlint.validator(options).validate(text)],
      ["fix(tf).diagnostics", amlint.fix(text, { ...options, unsafe: true }).diagnostics],
    ];
    for (const [surface, found] of shown) {
      assert.ok(found.some((d) => d.code === "AML504"), `${surface}: the password's finding is missing: ${JSON.stringify(found)}`);
      const json = JSON.stringify(found);
      assert.ok(!json.includes(planted), `${surface}: ${json}`);
    }
  }
});

test("applyFixes refuses edits it cannot make cleanly", () => {
  const text = "name: cpu-cluster\ntype: amlcompute\ntier: Dedicated\n";
  const tier = amlint.validate(text).find((d) => d.pointer === "/tier");
  assert.equal(amlint.applyFixes(text, [tier]), text.replace("Dedicated", "dedicated"));
  const at = text.indexOf("Dedicated");
  const withEdits = (edits) => ({ ...tier, fix: { ...tier.fix, edits } });
  for (const edits of [
    // Overlapping, repeated and reversed edits within one finding; outside the text; inside a
    // surrogate pair is covered by the Rust tests of the offsets.
    [{ start: at, end: at + 5, content: "x" }, { start: at + 3, end: at + 9, content: "y" }],
    [{ start: at, end: at, content: "x" }, { start: at, end: at, content: "y" }],
    [{ start: at + 9, end: at, content: "x" }],
    [{ start: text.length + 5, end: text.length + 6, content: "x" }],
  ]) {
    assert.throws(() => amlint.applyFixes(text, [withEdits(edits)]), { name: "TypeError" }, JSON.stringify(edits));
  }
});
