// A Cloudflare Worker that validates the spec it is sent, as one written for wrangler would: the
// full `.wasm` (it checks YAML text) imported as a module (the runtime compiles it; Workers cannot
// fetch their own files) and handed to `loadFullSync` once, when the Worker loads.
import wasm from "amlint/wasm-full";
import { loadFullSync, validate } from "amlint";

loadFullSync(wasm);

export default {
  async fetch(request) {
    const found = validate(await request.text());
    return Response.json(found.map((d) => `${d.code}@${d.line}:${d.column}`));
  },
};
