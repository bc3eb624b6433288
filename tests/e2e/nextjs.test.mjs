// The package in Next.js, the framework most React forms live in, built both ways Next builds
// (Turbopack, its default, and webpack): a server component and a route handler validate on the
// server, a client component in the browser (headless Chromium, Debian's). The package is packed
// and unpacked into the app's node_modules, as `npm install amlint` would leave it. Needs the
// package built first (`npm run build`), as scripts/test does.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { launchChromium } from "./support.mjs";

const root = new URL("../../", import.meta.url).pathname;
// Inside the repository (git-ignored), so the app finds next and react in its node_modules.
const app = join(root, "target/e2e-next");
const next = join(root, "node_modules/next/dist/bin/next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const spec = { name: "cpu-cluster", type: "amlcompute", min_instances: 4, max_instances: 2 };
let browser;

before(async () => {
  rmSync(app, { recursive: true, force: true });
  cpSync(join(root, "tests/e2e/next-app"), app, { recursive: true });
  const installed = join(app, "node_modules/amlint");
  mkdirSync(installed, { recursive: true });
  const [{ filename }] = JSON.parse(execFileSync("npm", ["pack", "--json", "--silent", "--pack-destination", app], { cwd: root, encoding: "utf8" }));
  execFileSync("tar", ["-xzf", join(app, filename), "-C", installed, "--strip-components=1"]);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  rmSync(app, { recursive: true, force: true });
});

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function started(port) {
  const server = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: app, env, stdio: "ignore" });
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; tries < 120; tries++) {
    try {
      await fetch(url);
      return { url, server };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  server.kill();
  throw new Error("next start did not answer within 30 s");
}

for (const bundler of ["turbopack", "webpack"]) {
  test(`Next.js (${bundler}): server component, route handler and client component validate`, async () => {
    execFileSync(process.execPath, [next, "build", `--${bundler}`], { cwd: app, env, stdio: "pipe" });
    const { url, server } = await started(await freePort());
    try {
      const html = await (await fetch(url)).text();
      assert.match(html, /<p id="server-codes">AML301,AML302<\/p>/);

      const response = await fetch(`${url}api/check`, { method: "POST", body: JSON.stringify(spec) });
      assert.equal(response.status, 200);
      const found = await response.json();
      assert.equal(found.find((d) => d.code === "AML301")?.pointer, "/min_instances");

      const page = await browser.newPage();
      const problems = [];
      page.on("pageerror", (error) => problems.push(error.message));
      await page.goto(url);
      const client = page.locator("#client-codes");
      await page.waitForFunction(() => document.querySelector("#client-codes")?.textContent !== "loading");
      assert.equal(await client.textContent(), "AML301,AML302;AML301@3,AML302@3");
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      server.kill();
    }
  });
}
