// `amlint/wasm`: the WebAssembly module itself. Importing a `.wasm` file gives what the runtime or
// bundler makes of it; declared here as Cloudflare Workers (wrangler) and other module-aware
// runtimes give it, a compiled module for `initSync`. Vite's `amlint/wasm?url` is typed by Vite's
// own client types (a URL string, for `init`).
declare const module: WebAssembly.Module;
export default module;
