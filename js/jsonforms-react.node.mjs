// `amlint/jsonforms-react` in Node.
import * as amlint from "./node.mjs";
import { renderersFor } from "./jsonforms-renderers.js";

export const renderers = renderersFor(amlint);
