// `npx amlint`: the command compiled for WASI and run by Node (js/cli.mjs) prints what the native
// command prints, byte for byte, with the same exit code, in every format, with config discovery and
// standard input. The native command is the one `cargo test` built.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const native = `${root}target/debug/amlint`;
const wasi = [`${root}js/cli.mjs`];
const formats = ["human", "concise", "json", "sarif", "github", "azure", "junit", "gitlab"];
// No CI variables, no colour settings from the developer's shell: both commands see the same.
const env = { PATH: process.env.PATH, HOME: process.env.HOME ?? "/tmp" };

function both(args, { cwd = root, input } = {}) {
  assert.ok(existsSync(native), `${native} is missing: run \`cargo test\` (or \`cargo build\`) first`);
  const run = (command, extra) =>
    spawnSync(command, [...extra, ...args], { cwd, env, input, encoding: "utf8", maxBuffer: 64 << 20 });
  return [run(native, []), run(process.execPath, wasi)];
}

function assertSame(args, options) {
  const [a, b] = both(args, options);
  assert.equal(b.stdout, a.stdout, `stdout of ${args.join(" ")}`);
  assert.equal(b.stderr, a.stderr, `stderr of ${args.join(" ")}`);
  assert.equal(b.status, a.status, `exit code of ${args.join(" ")}`);
  return a;
}

test("npx amlint prints the native command's report for examples/ in every format", () => {
  for (const format of formats) {
    const run = assertSame(["check", "--isolated", "examples/", "--format", format]);
    assert.equal(run.status, 1);
    assert.ok(run.stdout.includes("AML301"), format);
  }
});

test("npx amlint finds config files, reads standard input and reports bad usage as the native command does", () => {
  const project = `${root}tests/fixtures/ci/project`;
  assertSame(["check", "specs", "drafts", "--format", "concise"], { cwd: project });
  assertSame(["check", "--show-settings", "specs"], { cwd: project });
  assertSame(["check", "."], { cwd: `${root}tests/fixtures/ci/bad-config` });
  assertSame(["check", "-", "--stdin-filename", "cluster.yml"], { input: "name: cpu-cluster-\ntype: amlcompute\n" });
  assertSame(["check", "no/such/file.yml"]);
  assertSame(["check", "--format", "fancy", "examples/"]);
  assertSame(["explain", "AML301"]);
  const version = assertSame(["--version"]);
  assert.match(version.stdout, /^amlint \d+\.\d+\.\d+/);
});
