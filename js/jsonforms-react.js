// `amlint/jsonforms-react` for browsers and bundlers: the renderers `jsonFormsUiSchema()` needs
// beyond a renderer set (a password, the size picker). `init()` and `loadFull()` from "amlint" first.
import * as amlint from "./index.js";
import { renderersFor } from "./jsonforms-renderers.js";

export const renderers = renderersFor(amlint);
