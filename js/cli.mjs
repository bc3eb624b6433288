#!/usr/bin/env node
// `npx amlint`: the amlint command itself, compiled for WASI and run by Node, so its formats, exit
// codes, config discovery and messages are the native command's by construction. No file walking or
// settings are decided here: this script only hands over arguments, environment and folders.
import { readFile } from "node:fs/promises";
import process from "node:process";

// Node marks WASI experimental and says so on every run; that line is not amlint's to print.
const emitWarning = process.emitWarning;
process.emitWarning = (warning, ...rest) => {
  const text = typeof warning === "string" ? warning : warning?.message ?? "";
  if (/WASI/.test(text)) return;
  emitWarning.call(process, warning, ...rest);
};
const { WASI } = await import("node:wasi");

const wasi = new WASI({
  version: "preview1",
  args: ["amlint", ...process.argv.slice(2)],
  // PWD tells the command its working folder; the whole file system is visible, as to the native one.
  env: { ...process.env, PWD: process.cwd() },
  preopens: { "/": "/" },
  returnOnExit: true,
});
const bytes = await readFile(new URL("../pkg/cli/amlint.wasm", import.meta.url));
const instance = await WebAssembly.instantiate(await WebAssembly.compile(bytes), wasi.getImportObject());
process.exitCode = wasi.start(instance);
