// `amlint/wasm-full`: the full WebAssembly module itself (YAML text, context, fixes, the rule
// reference), for `loadFull` or `loadFullSync` where the module's own URL does not reach it. Typed
// as `amlint/wasm` is: a compiled module, as Cloudflare Workers (wrangler) give it.
declare const module: WebAssembly.Module;
export default module;
