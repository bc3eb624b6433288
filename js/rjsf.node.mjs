// `amlint/rjsf` in Node.
import * as amlint from "./node.mjs";
import { fieldPointer, makeValidator, pointerToPath } from "./rjsf-core.js";

export { fieldPointer, pointerToPath };

export function createValidator(options) {
  return makeValidator(amlint, options);
}
