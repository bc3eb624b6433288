// Compiled by `tsc` (npm run typecheck): the published types describe the API as used.
import { init, validate, validator as makeChecker, schema, kinds, rules, severities, explain, sizes, matcher, fix, applyFixes, applyPatch, type Diagnostic, type ComputeKind, type FixResult, type Matcher, type Severity, type SizeInfo, type TerraformOptions, type Validator } from "amlint";
import { errorObjects, type AmlintErrorObject } from "amlint/jsonforms";
import { createValidator, fieldPointer, type AmlintValidator } from "amlint/rjsf";
import type { RJSFSchema, ValidatorType } from "@rjsf/utils";
import type { ErrorObject } from "ajv";
// As a Cloudflare Worker loads the module (tests/e2e/workers-app/worker.js).
import wasm from "amlint/wasm";
import wasmFull from "amlint/wasm-full";
import { initSync, loadFull, loadFullSync } from "amlint";
initSync(wasm);
loadFullSync(wasmFull);

await init();
await loadFull();
await loadFull(new URL("https://example.invalid/amlint_full.wasm"));
const found: Diagnostic[] = validate({ name: "cpu-cluster", type: "amlcompute" }, { kind: "amlcompute", locale: "en" });
const first: Diagnostic | undefined = found[0];
const where: string = first ? `${first.code} ${first.pointer} ${first.line ?? "-"}:${first.column ?? "-"}` : "";
const kind: ComputeKind = kinds()[0]!.kind;
const properties = schema(kind, { draft: "2020-12" })["properties"];
// An edit form: the compute as it is, the workspace's computes, the region's sizes.
validate({ name: "cpu" }, { previous: { name: "cpu", type: "amlcompute" }, existing: [], sizes: "[]" });
schema("computeinstance", { mode: "update" });
// Terraform from text: a `.tf` file with its module's files and var files; a plan by content.
const module: TerraformOptions = { files: ['variable "size" {}'], varFiles: ['size = "Standard_DS3_v2"'] };
validate('resource "azurerm_machine_learning_compute_cluster" "cpu" {}', { input: "terraform", terraform: module });
validate("{}", { input: "terraform-plan" });
// @ts-expect-error var files are texts, not paths in an object
validate("", { input: "terraform", terraform: { varFiles: { "prod.tfvars": "" } } });
// Fixes: the text's, chosen findings', a form state's.
const fixed: FixResult = fix("name: cpu\ntype: AmlCompute\n", { unsafe: true });
const refixed: string = applyFixes(fixed.text ?? "", fixed.diagnostics);
const state: Record<string, unknown> = applyPatch({ tier: "Dedicated" }, validate({ tier: "Dedicated" }, { kind: "amlcompute" }));
void refixed;
void state;
const code: string = explain(rules()[0]!.code).code;
const gpuSizes: SizeInfo[] = sizes({ kind: "amlcompute", processor: "gpu", minCores: 6 });
const memory: number | null | undefined = gpuSizes[0]?.memoryGb;
// @ts-expect-error unknown option names are type errors too
validate({}, { knd: "amlcompute" });
// @ts-expect-error severities are a closed set
const severity: "fatal" = found[0]!.severity;
const missing: string | undefined = found[0]!.params["property"];
const errors: AmlintErrorObject[] = errorObjects(found);
// @ts-expect-error which findings show is `blocking`'s to say (validate's failOn), not a second verdict
errorObjects(found, { severities: ["error", "warning"] });
const order: Severity[] = severities();
// @ts-expect-error only the three severities
const unknownSeverity: "fatal" = severities()[0]!;
const formSchema: Record<string, unknown> = schema("aks", { form: true });
const at: string = fieldPointer(found[0]!) + errors[0]!.instancePath;
// What JSON Forms' `additionalErrors` asks for: ajv's error objects.
const additional: ErrorObject[] = errorObjects(found);
// What `<Form validator={...} />` asks for.
const validator: ValidatorType<unknown, RJSFSchema> = createValidator({ kind: "amlcompute" });
const all: Diagnostic[] = (validator as AmlintValidator<unknown>).diagnostics({});
// Options read once, for a form that validates on every change.
const checker: Validator = makeChecker({ kind: "amlcompute" });
const again: Diagnostic[] = checker.validate({ name: "cpu-cluster" });
// @ts-expect-error unknown option names are type errors here too
makeChecker({ knd: "amlcompute" });
// A root schema read once, asked many times, released at once or when collected.
const conditions: Matcher = matcher(schema("computeinstance"));
const satisfied: boolean = conditions.matches({ required: ["name"] }, { name: "ci" });
conditions.free();
console.log(where, properties, code, memory, severity, missing, at, all, additional, satisfied, again);

// The generated UI schemas and the RJSF registry they name.
import { uiSchema, jsonFormsUiSchema, type UiSchemaOptions } from "amlint";
import { formProps, widgets, fields, templates, type AmlintFormProps } from "amlint/rjsf";
const uiOptions: UiSchemaOptions = { locale: "nl", mode: "update" };
const ui: Record<string, unknown> = uiSchema("amlcompute", uiOptions);
const forms: Record<string, unknown> = jsonFormsUiSchema("computeinstance");
const props: AmlintFormProps = formProps("amlcompute", { locale: "nl", mode: "update", failOn: "warning" });
// With the form's data: its findings as extraErrors (an RJSF ErrorSchema), blocking submission.
const checked = formProps<{ name?: string }>("amlcompute", { locale: "nl", formData: { name: "1-cluster" } });
const nameErrors: string[] | undefined = checked.extraErrors?.name?.__errors;
const blocks: true | undefined = checked.extraErrorsBlockSubmit;
const registry = { widgets, fields, templates, ui, forms, props, nameErrors, blocks };
// @ts-expect-error: "edit" is not a mode.
uiSchema("amlcompute", { mode: "edit" });
void registry;
import { renderers } from "amlint/jsonforms-react";
const rank: number = renderers[0].tester({ type: "Control", scope: "#/properties/size" }, {}, { rootSchema: {}, config: {} });
void rank;
