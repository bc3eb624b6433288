// `amlint/rjsf` for browsers and bundlers. Call (and await) `init()` from "amlint" first.
import * as amlint from "./index.js";
import { fieldPointer, makeValidator, pointerToPath } from "./rjsf-core.js";

export { fieldPointer, pointerToPath };

/** An RJSF validator backed by amlint: `<Form validator={createValidator({ kind })} />`. */
export function createValidator(options) {
  return makeValidator(amlint, options);
}
