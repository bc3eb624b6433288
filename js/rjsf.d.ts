// Types of `amlint/rjsf` in react-jsonschema-form's own terms (@rjsf/utils, an optional peer
// dependency: whoever imports this adapter has RJSF installed).
import type { ErrorSchema, FormContextType, RJSFSchema, StrictRJSFSchema, ValidatorType } from "@rjsf/utils";
import type { Diagnostic, ValidateOptions } from "./index.js";

/** RFC 6901 pointer → path segments (`/a/b/0` → ["a", "b", "0"]). */
export function pointerToPath(pointer: string): string[];

/**
 * The pointer of the field a finding belongs to: its own, or for a missing required field (which
 * points at the object lacking it) the missing field's, where a form shows it.
 */
export function fieldPointer(diagnostic: Diagnostic): string;

/** A react-jsonschema-form validator backed by amlint's rules, and every finding on request. */
export type AmlintValidator<T = any, S extends StrictRJSFSchema = RJSFSchema, F extends FormContextType = any> = ValidatorType<T, S, F> & {
  /** Every finding for the form data: errors, warnings and infos. */
  diagnostics(formData: unknown): Diagnostic[];
  /** The form data with a finding's fix applied (a new object), for a "Fix" beside its message. */
  applyFix(formData: unknown, diagnostic: Diagnostic): Record<string, unknown>;
};

/** `<Form validator={createValidator({ kind: "amlcompute" })} />`: errors block submission. */
export function createValidator<T = any, S extends StrictRJSFSchema = RJSFSchema, F extends FormContextType = any>(
  options?: Omit<ValidateOptions, "form">,
): AmlintValidator<T, S, F>;

import type { ComponentType } from "react";
import type { ComputeKind, UiSchemaOptions } from "./index.js";

/**
 * The widgets `uiSchema()` names: `password` (uncontrolled: its value never becomes a DOM
 * attribute), `duration` (seconds, minutes or ISO 8601, by `ui:options.unit`) and `sizePicker`
 * (a table of the sizes `sizes()` lists for `ui:options.kind`, with CPU/GPU and search filters,
 * narrowed by `ui:options.policy`; needs `loadFull()`). `textarea`, `checkbox` and `hidden` are RJSF's.
 */
export const widgets: Record<"password" | "duration" | "sizePicker", ComponentType<any>>;

/** `hidden`: draws nothing, for the fields Azure sets (no stylesheet needed). */
export const fields: Record<"hidden", ComponentType<any>>;

/** `ObjectFieldTemplate`: the sections of `uiSchema()`, the advanced ones folded in `<details>`. */
export const templates: { ObjectFieldTemplate: ComponentType<any> };

/** What `formProps` returns: spread it into `<Form>`. */
export interface AmlintFormProps<T = any, S extends StrictRJSFSchema = RJSFSchema, F extends FormContextType = any> {
  schema: S;
  uiSchema: Record<string, unknown>;
  validator: AmlintValidator<T, S, F>;
  liveValidate: true;
  /** With `formData` given: amlint's blocking findings of it, in the form's language. */
  extraErrors?: ErrorSchema<T>;
  /** With `formData` given and findings that block: `true`, so they block submission. */
  extraErrorsBlockSubmit?: true;
  widgets: typeof widgets;
  fields: typeof fields;
  templates: typeof templates;
}

/**
 * `<Form {...formProps("amlcompute", { locale })} />`: the form's schema, the generated uiSchema in
 * `locale` and `mode`, an amlint validator (the other options are `validate`'s) and the widgets,
 * fields and templates. The schema stays English (the uiSchema carries the language). With
 * `formData` (the form's current data) the findings come as `extraErrors`: shown from the first
 * render and re-worded at once when `locale` changes. A `policy` narrows the size picker and the
 * schema's bounds, never rewriting a value it denies (the finding says so). Needs `loadFull()`
 * (browsers).
 */
export function formProps<T = any, S extends StrictRJSFSchema = RJSFSchema, F extends FormContextType = any>(
  kind: ComputeKind,
  options?: UiSchemaOptions & Omit<ValidateOptions, "form" | "kind" | "locale"> & { formData?: T },
): AmlintFormProps<T, S, F>;
