// Types of `amlint/rjsf` in react-jsonschema-form's own terms (@rjsf/utils, an optional peer
// dependency: whoever imports this adapter has RJSF installed).
import type { FormContextType, RJSFSchema, StrictRJSFSchema, ValidatorType } from "@rjsf/utils";
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
