// `amlint/rjsf` in Node.
import * as amlint from "./node.mjs";
import { fieldPointer, makeFormProps, makeValidator, pointerToPath } from "./rjsf-core.js";
import { registryFor } from "./rjsf-widgets.js";

export { fieldPointer, pointerToPath };

export function createValidator(options) {
  return makeValidator(amlint, options);
}

export const { widgets, fields, templates } = registryFor(amlint);

export function formProps(kind, options) {
  return makeFormProps(amlint, { widgets, fields, templates }, kind, options);
}
