// The package's one `loadLocale`, shared by its entries: index.js and node.mjs import it, node.cjs
// requires the CommonJS copy scripts/build-wasm makes of it (pkg/node/language.cjs). The library
// decides which language a tag names, whether it is loaded already and what to say of one amlint
// does not speak (`localeToLoad`); this only fetches the language's module with the entry's own
// loader and hands it to the library. Export only `export function` declarations: the CommonJS
// copy is made by rewriting them.

/**
 * Loads the messages, rule docs and schema texts of a language (`"nl"`, `"nl-BE"`) into `wasm`, an
 * entry's WebAssembly module, fetching them with `load(language)` (the language's module, or a
 * promise of it). English is built in and a language is loaded once; one amlint does not speak
 * rejects with the library's `RangeError`.
 */
export async function loadLocale(wasm, load, tag) {
  const language = wasm.localeToLoad(tag);
  if (language === undefined) return;
  const pack = await load(language);
  wasm.registerLocale(language, pack.default ?? pack);
}

/**
 * Registers in `wasm`, a module the entry loaded after these languages (the full module, after the
 * form module), the languages loaded so far: `loaded` maps a language's tag to its module.
 */
export function registerLoaded(wasm, loaded) {
  for (const [language, pack] of loaded) wasm.registerLocale(language, pack.default ?? pack);
}
