import type { Diagnostic } from "./index.js";

/** An ajv `ErrorObject`, as JSON Forms' `additionalErrors` takes it. */
export interface AmlintErrorObject {
  instancePath: string;
  schemaPath: string;
  /** `required` for a missing required field, otherwise the rule code (`AML301`). */
  keyword: string;
  params: Record<string, string> & { code: string; rule: string; severity: Diagnostic["severity"]; missingProperty?: string };
  message: string;
}

/**
 * amlint's findings as ajv error objects for JSON Forms:
 * `<JsonForms validationMode="NoValidation" additionalErrors={errorObjects(validate(data, { kind }))} />`.
 * The findings amlint marks `blocking` (errors, unless `validate`'s `failOn` says otherwise).
 */
export function errorObjects(diagnostics: Diagnostic[]): AmlintErrorObject[];
