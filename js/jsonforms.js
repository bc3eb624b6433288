// JSON Forms (`@jsonforms/*`) on top of amlint: findings as the ajv `ErrorObject`s JSON Forms takes
// through `additionalErrors`. With `validationMode="NoValidation"`, amlint's rules are the form's
// only validation, and each error shows at its field. Plain data in, plain data out: no module to
// initialise here (call `validate` from "amlint" for the findings).

/**
 * amlint's findings as ajv error objects. A missing required field becomes a `required` error with
 * `missingProperty`, which JSON Forms shows at the missing field; every other finding keeps its
 * rule code as the keyword. Only the findings amlint marks `blocking` (JSON Forms shows everything
 * it is given as an error): to show warnings too, make them block with `validate`'s `failOn`.
 */
export function errorObjects(diagnostics) {
  return diagnostics
    .filter((d) => d.blocking)
    .map((d) => {
      const missing = d.params?.property;
      return {
        instancePath: d.pointer,
        schemaPath: `#/x-amlint/${d.code}`,
        keyword: missing === undefined ? d.code : "required",
        params: { ...d.params, ...(missing === undefined ? {} : { missingProperty: missing }), code: d.code, rule: d.rule, severity: d.severity },
        message: d.message,
      };
    });
}
