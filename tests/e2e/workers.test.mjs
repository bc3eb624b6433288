// The package in Cloudflare's Workers runtime (workerd, from npm): webpack bundles a Worker that
// imports `amlint` by name under the browser conditions, as wrangler resolves it, and leaves the
// `.wasm` as a module of its own, which the runtime compiles; workerd serves it on localhost.
// Needs the package built first (`npm run build`); scripts/test does that.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { validate } from "amlint";
import { consumerFolder, webpackErrors } from "./support.mjs";

const root = new URL("../../", import.meta.url).pathname;
let work;
let workerd;
let url;

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const bundle = (out) =>
  webpackErrors(work, {
    target: "webworker",
    entry: "./tests/e2e/workers-app/worker.js",
    experiments: { outputModule: true },
    output: { path: out, filename: "worker.js", module: true, library: { type: "module" }, clean: true },
    // The .wasm stays a module of the Worker's, as wrangler uploads it.
    externalsType: "module",
    externals: { "amlint/wasm-full": "./amlint_bg.wasm" },
  });

before(async () => {
  work = consumerFolder("amlint-workers-");
  const out = join(work, "out");
  assert.deepEqual(await bundle(out), []);
  copyFileSync(join(root, "pkg/full/amlint_bg.wasm"), join(out, "amlint_bg.wasm"));
  const port = await freePort();
  writeFileSync(
    join(out, "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [
    (name = "worker.js", esModule = embed "worker.js"),
    (name = "amlint_bg.wasm", wasm = embed "amlint_bg.wasm"),
  ],
  compatibilityDate = "2026-11-01",
);
`,
  );
  workerd = spawn(join(root, "node_modules/.bin/workerd"), ["serve", join(out, "config.capnp")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  workerd.stderr.on("data", (chunk) => (stderr += chunk));
  url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; ; tries++) {
    try {
      await fetch(url, { method: "POST", body: "" });
      break;
    } catch (error) {
      if (tries > 100 || workerd.exitCode !== null) throw new Error(`workerd did not start: ${stderr}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});

after(() => {
  workerd?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

test("a Cloudflare Worker validates specs with amlint, as Node does", async () => {
  const spec = "name: cpu-cluster\ntype: amlcompute\nmin_instances: 4\nmax_instances: 2\n";
  const response = await fetch(url, { method: "POST", body: spec });
  assert.equal(response.status, 200);
  const found = await response.json();
  assert.ok(found.includes("AML301@3:16"), `min_instances above max_instances: got ${found}`);
  for (const text of [spec, "name: gpu-cluster-\ntype: amlcompute\nsize: Standard_NC6\n", "name: [broken"]) {
    const inWorker = await (await fetch(url, { method: "POST", body: text })).json();
    assert.deepEqual(inWorker, validate(text).map((d) => `${d.code}@${d.line}:${d.column}`), text);
  }
});
