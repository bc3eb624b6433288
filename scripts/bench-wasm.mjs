// Measures the npm package: gzipped .wasm size (the form module init() loads, and the full module
// loadFull() loads on demand), init() time, and validate() throughput and latency in Node next to
// ajv validating the emitted schema (what a frontend would otherwise use), and RJSF's schema work
// per form state through amlint/rjsf's isValid. Objects are validated by the form module, as in a
// browser; YAML text by the full module.
// Run after `npm run build`: node scripts/bench-wasm.mjs [--json FILE]. Reports; asserts nothing.
// With --json, the figures are also written to FILE for scripts/bench, which puts them in its table.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import Ajv from "ajv";
import { createSchemaUtils } from "@rjsf/utils";
import * as amlint from "../js/index.js";
// The full module, for what the form module does not do (the rules' examples, YAML text).
import * as full from "../js/node.mjs";
import { makeValidator } from "../js/rjsf-core.js";

const { init, validate, validator } = amlint;
const { explain, parse, rules } = full;

const root = new URL("../", import.meta.url);
const wasmBytes = readFileSync(new URL("pkg/web/amlint_bg.wasm", root));
const fullBytes = readFileSync(new URL("pkg/full/amlint_bg.wasm", root));

const spec = {
  $schema: "https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json",
  name: "gpu-cluster-west",
  type: "amlcompute",
  size: "Standard_NC4as_T4_v3",
  tier: "dedicated",
  min_instances: 0,
  max_instances: 8,
  idle_time_before_scale_down: 300,
  ssh_public_access_enabled: false,
  identity: { type: "system_assigned" },
  tags: { team: "vision" },
};
const yaml = Object.entries(spec)
  .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : v}`)
  .join("\n");

function throughput(fn, seconds = 1.5) {
  for (let i = 0; i < 20_000; i++) fn(); // warm up
  let calls = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 1000; i++) fn();
    calls += 1000;
  }
  return calls / seconds;
}

function latency(fn, samples = 100_000) {
  const times = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const t = process.hrtime.bigint();
    fn();
    times[i] = Number(process.hrtime.bigint() - t) / 1000;
  }
  times.sort();
  return { p50: times[Math.floor(samples * 0.5)], p99: times[Math.floor(samples * 0.99)] };
}

// init(): compile and instantiate, in fresh processes so nothing is cached. wasm-bindgen's init
// asks `typeof Request`, which makes Node load its fetch implementation (~18 ms, once per process);
// browsers have it built in, so it is touched before the clock starts and reported apart.
const inFreshProcess = (body) => {
  const times = Array.from({ length: 15 }, () =>
    Number(execFileSync(process.execPath, ["--input-type=module", "-e", body]).toString()),
  );
  return times.sort((a, b) => a - b);
};
const inits = inFreshProcess(`
  import { readFileSync } from "node:fs";
  import { performance } from "node:perf_hooks";
  import { init } from ${JSON.stringify(new URL("js/index.js", root).href)};
  const bytes = readFileSync(${JSON.stringify(new URL("pkg/web/amlint_bg.wasm", root).pathname)});
  typeof Request;
  const t = performance.now();
  await init(bytes);
  console.log(performance.now() - t);`);
const requests = inFreshProcess(`
  import { performance } from "node:perf_hooks";
  const t = performance.now();
  typeof Request;
  console.log(performance.now() - t);`);
// The Node entries compile the module synchronously when first imported or required (the `import`
// entry decodes it from base64 first: see js/node.mjs).
const imports = inFreshProcess(`
  import { performance } from "node:perf_hooks";
  const t = performance.now();
  await import(${JSON.stringify(new URL("js/node.mjs", root).href)});
  console.log(performance.now() - t);`);
// Cold start to a first result: a fresh Node process imports the package and validates one spec, as a
// script or server's first request would; ajv the same with the combined schema compiled first. The
// time is Node's clock at the result, which starts with the process; Node alone printing its clock is the floor.
const ajvUrl = new URL(`file://${createRequire(import.meta.url).resolve("ajv")}`).href;
const firstResults = {
  amlint: inFreshProcess(`
    import { performance } from "node:perf_hooks";
    const { validate } = await import(${JSON.stringify(new URL("js/node.mjs", root).href)});
    if (!Array.isArray(validate(${JSON.stringify(spec)}))) throw new Error("no result");
    console.log(performance.now());`),
  ajv: inFreshProcess(`
    import { readFileSync } from "node:fs";
    import { performance } from "node:perf_hooks";
    const { default: Ajv } = await import(${JSON.stringify(ajvUrl)});
    const ajv = new Ajv({ allErrors: true, strict: false, discriminator: true });
    const schema = JSON.parse(readFileSync(${JSON.stringify(new URL("schemas/draft-07/compute.schema.json", root).pathname)}, "utf8"));
    if (ajv.compile(schema)(${JSON.stringify(spec)}) !== true) throw new Error("ajv refused the spec");
    console.log(performance.now());`),
  node: inFreshProcess(`
    import { performance } from "node:perf_hooks";
    console.log(performance.now());`),
};
const requires = inFreshProcess(`
  import { createRequire } from "node:module";
  import { performance } from "node:perf_hooks";
  const require = createRequire(${JSON.stringify(new URL("package.json", root).href)});
  const t = performance.now();
  require("./js/node.cjs");
  console.log(performance.now() - t);`);

// init() where frontends run it: headless Chromium, fetching the .wasm from a local server, a fresh
// browser context each. Then, in another fresh context, the same split in two: the fetch alone (a
// Node server on the same two cores as the browser) and init() given the fetched bytes (compile and
// instantiate, amlint's own part).
async function initInChromium(runs = 15) {
  const { blankPage, launchChromium, serve } = await import("../tests/e2e/support.mjs");
  const server = await serve(new URL(".", root).pathname);
  const browser = await launchChromium();
  const times = { init: [], fetch: [], fromBytes: [] };
  const inFreshContext = async (body) => {
    const context = await browser.newContext();
    const page = await blankPage(browser, server, context);
    const result = await page.evaluate(body);
    await context.close();
    return result;
  };
  try {
    for (let i = 0; i < runs; i++) {
      times.init.push(
        await inFreshContext(async () => {
          const { init } = await import("/js/index.js");
          const t = performance.now();
          await init();
          return performance.now() - t;
        }),
      );
      const [fetched, fromBytes] = await inFreshContext(async () => {
        const { init } = await import("/js/index.js");
        const t = performance.now();
        const bytes = await (await fetch("/pkg/web/amlint_bg.wasm")).arrayBuffer();
        const u = performance.now();
        await init(bytes);
        return [u - t, performance.now() - u];
      });
      times.fetch.push(fetched);
      times.fromBytes.push(fromBytes);
    }
  } finally {
    await browser.close();
    server.close();
  }
  for (const list of Object.values(times)) list.sort((a, b) => a - b);
  return times;
}
const chromiumInits = await initInChromium().catch((error) => {
  console.error(`init() in Chromium not measured: ${error.message.split("\n")[0]}`);
  return undefined;
});

await init(wasmBytes);
if (validate(spec).some((d) => d.severity === "error")) throw new Error("the benchmark spec must be valid");

// `discriminator: true` as the README tells ajv users: ajv then validates only the branch `type`
// names (without it, it tries every kind's branch, about 15 times slower).
const ajv = new Ajv({ allErrors: true, strict: false, discriminator: true });
const loadSchema = (name) => JSON.parse(readFileSync(new URL(`schemas/draft-07/${name}.schema.json`, root), "utf8"));
const ajvValidate = ajv.compile(loadSchema("amlcompute"));
// The schema an editor or a form for any kind uses: `type` selects the kind's branch.
const ajvCombined = ajv.compile(loadSchema("compute"));
if (!ajvValidate(spec) || !ajvCombined(spec)) throw new Error("ajv must accept the benchmark spec");

// A form's states as a user edits: every cluster spec among the rules' examples, valid and not
// (most break one rule). Both validators get the same objects, in turn.
const states = rules()
  .flatMap((rule) => {
    const { valid, invalid } = explain(rule.code);
    return [valid, invalid].filter(Boolean).flatMap((text) => text.split("# amlint: next file\n"));
  })
  .map(parse)
  .filter((state) => state?.type === "amlcompute");
const form = validator({ kind: "amlcompute" });
const formValidate = (state) => form.validate(state);
const withOptions = (state) => validate(state, { kind: "amlcompute" });
let next = 0;
const inTurn = (fn) => () => fn(states[next++ % states.length]);

const rows = [
  ["amlint validate(object)", throughput(() => validate(spec)), latency(() => validate(spec))],
  ["ajv (emitted draft-07 schema)", throughput(() => ajvValidate(spec)), latency(() => ajvValidate(spec))],
  ["ajv, the combined `compute` schema (kind from `type`)", throughput(() => ajvCombined(spec)), latency(() => ajvCombined(spec))],
  [`amlint validate(object), ${states.length} form states in turn`, throughput(inTurn(validate)), latency(inTurn(validate))],
  [`amlint validator({ kind }).validate, the same ${states.length} form states (as amlint/rjsf calls it)`, throughput(inTurn(formValidate)), latency(inTurn(formValidate))],
  [`amlint validate(object, { kind }), the same ${states.length} form states (the options read on every call)`, throughput(inTurn(withOptions)), latency(inTurn(withOptions))],
  [`ajv, the same ${states.length} form states`, throughput(inTurn(ajvValidate)), latency(inTurn(ajvValidate))],
  [`ajv, the combined schema, the same ${states.length} form states`, throughput(inTurn(ajvCombined)), latency(inTurn(ajvCombined))],
  ["amlint validate(YAML text) (the full module)", throughput(() => full.validate(yaml)), latency(() => full.validate(yaml))],
  ["amlint validate(object) (the full module)", throughput(() => full.validate(spec)), latency(() => full.validate(spec))],
  ["JSON.stringify(object) alone, for scale", throughput(() => JSON.stringify(spec)), latency(() => JSON.stringify(spec))],
];

const fmt = (n) => Math.round(n).toLocaleString("en-US");
console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`.wasm, the form module (init()): ${fmt(wasmBytes.length)} bytes, ${fmt(gzipSync(wasmBytes, { level: 9 }).length)} bytes gzipped`);
console.log(`.wasm, the full module (loadFull()): ${fmt(fullBytes.length)} bytes, ${fmt(gzipSync(fullBytes, { level: 9 }).length)} bytes gzipped`);
console.log(`init() in Node: median ${inits[7].toFixed(1)} ms, max ${inits[14].toFixed(1)} ms (15 fresh processes)`);
console.log(`  not counted: Node's first \`typeof Request\` (in wasm-bindgen's init; free in browsers): median ${requests[7].toFixed(1)} ms`);
if (chromiumInits) {
  const { init: all, fetch: fetched, fromBytes } = chromiumInits;
  console.log(`init() in headless Chromium, fetch included: median ${all[7].toFixed(1)} ms, max ${all[14].toFixed(1)} ms (15 fresh contexts)`);
  console.log(`  split: the fetch alone median ${fetched[7].toFixed(1)} ms; init(bytes), compile and instantiate, median ${fromBytes[7].toFixed(1)} ms, max ${fromBytes[14].toFixed(1)} ms`);
}
console.log(`require("amlint") in Node (loads and compiles the module): median ${requires[7].toFixed(1)} ms`);
console.log(`import("amlint") in Node (loads, decodes and compiles the module): median ${imports[7].toFixed(1)} ms`);
console.log(
  `cold start to a first validate() in a fresh Node process: median ${firstResults.amlint[7].toFixed(1)} ms; ` +
    `ajv compiling the combined schema and validating: ${firstResults.ajv[7].toFixed(1)} ms; ` +
    `Node alone to its first line: ${firstResults.node[7].toFixed(1)} ms (15 processes each)`,
);
console.log("\n| what | calls/s | p50 µs | p99 µs |\n|---|---|---|---|");
for (const [what, perSecond, { p50, p99 }] of rows) console.log(`| ${what} | ${fmt(perSecond)} | ${p50.toFixed(1)} | ${p99.toFixed(1)} |`);
const share = (a, b) => `${((rows[a][1] / rows[b][1]) * 100).toFixed(1)}%`;
console.log(`\namlint runs at ${share(0, 1)} of ajv's rate on the one spec and ${share(3, 6)} on the form states, checking every rule;`);
console.log(`against the combined schema, which also picks the kind by \`type\` as validate does, ${share(0, 2)} and ${share(3, 7)}`);
console.log(`(${share(4, 7)} with the options read once, as amlint/rjsf validates; ${share(5, 7)} reading them on every call).`);

const jsonAt = process.argv.indexOf("--json");
if (jsonAt > 0) {
  const median = (list) => list[Math.floor(list.length / 2)];
  writeFileSync(
    process.argv[jsonAt + 1],
    JSON.stringify(
      {
        node: process.version,
        wasmBytes: wasmBytes.length,
        wasmGzipped: gzipSync(wasmBytes, { level: 9 }).length,
        wasmFullBytes: fullBytes.length,
        wasmFullGzipped: gzipSync(fullBytes, { level: 9 }).length,
        initNodeMs: median(inits),
        importNodeMs: median(imports),
        requireNodeMs: median(requires),
        firstResultMs: Object.fromEntries(Object.entries(firstResults).map(([k, v]) => [k, median(v)])),
        chromiumInitMs: chromiumInits && median(chromiumInits.init),
        chromiumInitFromBytesMs: chromiumInits && median(chromiumInits.fromBytes),
        formStates: states.length,
        rows: rows.map(([what, perSecond, { p50, p99 }]) => ({ what, perSecond, p50, p99 })),
      },
      null,
      2,
    ),
  );
}

// RJSF's schema work for one form state (what it does on each change besides validating): defaults,
// the schema resolved for the data, the field paths. Each asks `isValid` of conditions and options.
function rjsfState(kind, formData, readRootEachTime) {
  const validator = makeValidator(amlint, { kind: kind === "compute" ? undefined : kind });
  let questions = 0;
  const isValid = readRootEachTime ? (s, data, r) => amlint.matches(s, data ?? {}, r) : validator.isValid;
  validator.isValid = (...args) => (questions++, isValid(...args));
  const rootSchema = amlint.schema(kind);
  const times = [];
  for (let i = 0; i < 121; i++) {
    questions = 0;
    const utils = createSchemaUtils(validator, rootSchema);
    const t = performance.now();
    const defaults = utils.getDefaultFormState(rootSchema, { ...formData, name: `${formData.name}-${i}` });
    utils.toPathSchema(utils.retrieveSchema(rootSchema, defaults), "", defaults);
    if (i >= 20) times.push(performance.now() - t); // the first ones warm up the JIT
  }
  return { median: times.sort((a, b) => a - b)[50], questions };
}
console.log("\nRJSF's schema work per form state (median of 101), isValid reading the root schema on every call vs once:");
for (const [kind, data] of [
  ["computeinstance", { name: "ci-dev" }],
  ["compute", { type: "computeinstance", name: "ci-dev", size: "Standard_DS3_v2" }],
]) {
  const each = rjsfState(kind, data, true);
  const once = rjsfState(kind, data, false);
  console.log(`  ${kind}: ${once.questions} isValid calls; ${each.median.toFixed(2)} ms vs ${once.median.toFixed(2)} ms`);
}
