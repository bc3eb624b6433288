// Terraform validated from text by the full module as `amlint check` checks it: a `.tf` file with
// its module's other files and var files (`input: "terraform"`, `terraform`), a plan
// (`terraform show -json`) by its content. The same findings at the file's own lines as the
// command's (tests/cmd/check-terraform.toml, check-terraform-plan.toml). The form module reads no
// text and says so. Sensitive variables: tests/js/promises.test.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as amlint from "amlint";
import * as form from "../../pkg/web/amlint.js";

form.initSync({ module: readFileSync(new URL("../../pkg/web/amlint_bg.wasm", import.meta.url)) });

const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const found = (list) => list.map((d) => `${d.code}@${d.line}:${d.column}`);

const main = fixture("terraform/main.tf");
const module = {
  files: [fixture("terraform/variables.tf")],
  varFiles: [fixture("terraform/terraform.tfvars"), fixture("terraform/prod.tfvars")],
};

test("a .tf file with its module and var files gets the findings amlint check gives (tests/cmd/check-terraform.toml)", () => {
  const options = { input: "terraform", terraform: module };
  const expected = ["AML512@5:10", "AML107@14:44", "AML610@56:10", "AML610@73:10", "AML510@79:12", "AML107@134:41", "AML610@144:10"];
  assert.deepEqual(found(amlint.validate(main, options)), expected);
  assert.deepEqual(amlint.validator(options).validate(main), amlint.validate(main, options));
  // A value from a variable names it.
  const max = amlint.validate(main, options).find((d) => d.code === "AML107");
  assert.equal(max.params.variable, "max_nodes");
  // Without prod.tfvars, terraform.tfvars's `max_nodes = 2` holds; without the variables the
  // values they give are unknown, never a false error.
  const withoutProd = { input: "terraform", terraform: { ...module, varFiles: module.varFiles.slice(0, 1) } };
  assert.ok(!found(amlint.validate(main, withoutProd)).some((f) => f.startsWith("AML107")));
  assert.deepEqual(found(amlint.validate(main, { input: "terraform" })), ["AML512@5:10", "AML610@56:10", "AML610@73:10", "AML510@79:12", "AML610@144:10"]);
  // A var file as JSON (`.tfvars.json`) reads the same.
  const json = { input: "terraform", terraform: { ...module, varFiles: [module.varFiles[0], '{"max_nodes": 0}'] } };
  assert.deepEqual(found(amlint.validate(main, json)), expected);
});

test("a plan by its content, as amlint check reads it (tests/cmd/check-terraform-plan.toml)", () => {
  const plan = fixture("iac/terraform-plan.json");
  const expected = ["AML512@31:33", "AML301@89:33", "AML302@89:33", "AML504@95:15", "AML505@95:15", "AML610@112:15", "AML204@183:19"];
  assert.deepEqual(found(amlint.validate(plan)), expected);
  assert.deepEqual(found(amlint.validate(plan, { input: "terraform-plan" })), expected);
  // A plan is Terraform's output: nothing to fix in it.
  const fixed = amlint.fix(plan, {});
  assert.equal(fixed.fixed, 0);
  assert.equal(fixed.text, plan);
});

test("fix edits a .tf file's literal values, as amlint check --fix does, and checks the result with its module", () => {
  const text = `resource "azurerm_machine_learning_compute_cluster" "cpu" {
  name                          = "cpu-cluster"
  location                      = "westeurope"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.ws.id
  vm_size                       = "Standard_DS3_v2"
  vm_priority                   = "Dedicated"
  local_auth_enabled            = false

  scale_settings {
    min_node_count                       = var.min_nodes
    max_node_count                       = 2.5
    scale_down_nodes_after_idle_duration = "PT2M"
  }
}
`;
  const options = { input: "terraform", terraform: { files: ['variable "min_nodes" {\n  default = 0\n}\n'], varFiles: ["min_nodes = 3\n"] } };
  assert.deepEqual(found(amlint.validate(text, options)), ["AML301@10:44", "AML302@10:44", "AML106@11:44"]);
  const result = amlint.fix(text, options);
  assert.equal(result.fixed, 1);
  assert.equal(result.text, text.replace("= 2.5", "= 2"));
  // What is left is checked with the module: `min_nodes` from the var file, named.
  assert.deepEqual(found(result.diagnostics), ["AML301@10:44", "AML302@10:44"]);
  assert.equal(result.diagnostics[0].params.variable, "min_nodes");
  // The same through a validator.
  assert.deepEqual(amlint.validator(options).fix(text, {}), result);
});

test("the terraform option's odd values are TypeErrors naming it; an unknown input a RangeError; the form module needs the full one", () => {
  assert.throws(() => amlint.validate(main, { input: "terraform", terraform: "variables.tf" }), { name: "TypeError", message: /`terraform`/ });
  assert.throws(() => amlint.validate(main, { input: "terraform", terraform: { files: "x" } }), { name: "TypeError", message: /`terraform\.files`/ });
  assert.throws(() => amlint.validate(main, { input: "terraform", terraform: { varFiles: [1] } }), { name: "TypeError", message: /`terraform\.varFiles`/ });
  assert.throws(() => amlint.validate(main, { input: "terraform", terraform: { var_files: [] } }), { name: "TypeError", message: /unknown option `terraform\.var_files`; known: files, varFiles/ });
  assert.throws(() => amlint.validate(main, { input: "hcl" }), { name: "RangeError", message: /`hcl` is not one of auto, azml, arm, rest, terraform, terraform-plan/ });
  // Not HCL: a finding where the parser stopped, not a throw.
  assert.ok(amlint.validate('resource "x" "y" {\n  name = \n}\n', { input: "terraform" }).some((d) => d.code === "AML001"));
  assert.throws(() => form.validate(main, { input: "terraform", terraform: module }), /await loadFull\(\)/);
  // The form module reads no text: it takes the Terraform options and leaves them unread.
  const spec = { name: "c", type: "amlcompute" };
  assert.deepEqual(form.validate(spec, { input: "terraform", terraform: module }), form.validate(spec));
  // There it is `parameters` under another name: both at once need the full module.
  assert.throws(() => form.validate(spec, { parameters: "{}", terraform: module }), { name: "Error", message: "validate options: `terraform` with `parameters` needs amlint's full module: `await loadFull()` first" });
});
