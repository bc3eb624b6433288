import type { ComputeKind, Diagnostic } from "./index.js";

/** RFC 6901 pointer → path segments (`/a/b/0` → ["a", "b", "0"]). */
export function pointerToPath(pointer: string): string[];

/**
 * The pointer of the field a finding belongs to: its own, or for a missing required field (which
 * points at the object lacking it) the missing field's, where a form shows it.
 */
export function fieldPointer(diagnostic: Diagnostic): string;

/** A react-jsonschema-form `ValidatorType` backed by amlint's rules. */
export interface AmlintValidator {
  /** Every finding for the form data, errors, warnings and infos. */
  diagnostics(formData: unknown): Diagnostic[];
  validateFormData(formData: unknown, schema: unknown, customValidate?: unknown, transformErrors?: unknown, uiSchema?: unknown): {
    errors: { name: string; property: string; message: string; params: Record<string, unknown>; stack: string; schemaPath: string }[];
    errorSchema: Record<string, unknown>;
  };
  toErrorList(errorSchema?: Record<string, unknown>, fieldPath?: string[]): { property: string; message: string; stack: string }[];
  isValid(schema: unknown, formData: unknown, rootSchema: unknown): boolean;
  rawValidation(schema: unknown, formData?: unknown): { errors?: Diagnostic[]; validationError?: Error };
  reset(): void;
}

export function createValidator(options?: { kind?: ComputeKind; locale?: string }): AmlintValidator;
