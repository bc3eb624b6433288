// `amlint/rjsf` for browsers and bundlers. Call (and await) `init()` from "amlint" first, and
// `loadFull()` for `uiSchema`, the size picker's list and `formProps`.
import * as amlint from "./index.js";
import { fieldPointer, makeFormProps, makeValidator, pointerToPath } from "./rjsf-core.js";
import { registryFor } from "./rjsf-widgets.js";

export { fieldPointer, pointerToPath };

/** An RJSF validator backed by amlint: `<Form validator={createValidator({ kind })} />`. */
export function createValidator(options) {
  return makeValidator(amlint, options);
}

/** The widgets, fields and templates `uiSchema()` names: `<Form {...registry} />`. */
export const { widgets, fields, templates } = registryFor(amlint);

/** Everything `<Form>` needs for a kind: `<Form {...formProps("amlcompute")} />`. */
export function formProps(kind, options) {
  return makeFormProps(amlint, { widgets, fields, templates }, kind, options);
}
