// `amlint/rjsf` in Node.
import * as amlint from "./node.mjs";
import { makeValidator, pointerToPath } from "./rjsf-core.js";

export { pointerToPath };

export function createValidator(options) {
  return makeValidator(amlint, options);
}
