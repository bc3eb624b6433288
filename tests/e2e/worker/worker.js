// A module Web Worker that validates off the main thread, as a page with a heavy form would:
// it imports the package's browser entry without a bundler, initialises it once, and answers each
// message with the findings' codes; text, the first time it comes, loads the full module.
import { init, loadFull, validate } from "/js/index.js";

const ready = init();
self.onmessage = async ({ data }) => {
  try {
    await ready;
    if (typeof data === "string") await loadFull();
    self.postMessage({ codes: validate(data).map((d) => d.code) });
  } catch (error) {
    self.postMessage({ error: `${error.name}: ${error.message}` });
  }
};
