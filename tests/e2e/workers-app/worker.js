// A Cloudflare Worker that validates the spec it is sent, as one written for wrangler would: the
// `.wasm` imported as a module (the runtime compiles it; Workers cannot fetch their own files) and
// handed to `initSync` once, when the Worker loads.
import wasm from "amlint/wasm";
import { initSync, validate } from "amlint";

initSync(wasm);

export default {
  async fetch(request) {
    const found = validate(await request.text());
    return Response.json(found.map((d) => `${d.code}@${d.line}:${d.column}`));
  },
};
