// What the end-to-end tests share: a static file server on localhost (the pages under test are
// static, so a few lines and no dependency), Debian's headless Chromium via playwright-core, and
// webpack run on this package as a consumer's build would.
import { createServer } from "node:http";
import { mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import webpack from "webpack";

const root = new URL("../../", import.meta.url).pathname;

/** A new temporary folder whose node_modules holds this package, as a consumer's does. */
export function consumerFolder(prefix) {
  const work = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(work, "node_modules"));
  symlinkSync(root, join(work, "node_modules", "amlint"), "dir");
  return work;
}

/**
 * Runs webpack (production mode, from this package's folder) with `config`, resolving `amlint`
 * from `work`'s node_modules; resolves to the list of its errors.
 */
export function webpackErrors(work, config) {
  const compiler = webpack({
    mode: "production",
    context: root,
    resolve: { modules: [join(work, "node_modules"), "node_modules"] },
    performance: { hints: false },
    ...config,
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) =>
      error ? reject(error) : compiler.close(() => resolve(stats.toJson({ all: false, errors: true }).errors)),
    ),
  );
}

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".svg": "image/svg+xml" };

/** Serves `dir` on a free port; resolves to `{ url, close }`. */
export async function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://localhost").pathname)).replace(/^(\.\.[/\\])+/, "");
    let file = join(dir, path);
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, "index.html");
    try {
      const body = readFileSync(file);
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** Headless Chromium: Debian's, or the one `CHROMIUM` names. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A new page on an empty page of `server`'s origin, so what it imports or starts is same-origin. */
export async function blankPage(browser, server, context = browser) {
  const page = await context.newPage();
  await page.route(`${server.url}blank.html`, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html>" }));
  await page.goto(`${server.url}blank.html`);
  return page;
}

/**
 * Where a screenshot for people goes: tests/screenshots/ (committed) when AMLINT_UPDATE=1 asks to
 * refresh them, as for every derived file; otherwise target/screenshots/, so a test run leaves the
 * tree as it found it (no test compares their pixels).
 */
export function screenshotPath(name) {
  const folder = new URL(process.env.AMLINT_UPDATE ? "../screenshots/" : "../../target/screenshots/", import.meta.url).pathname;
  mkdirSync(folder, { recursive: true });
  return join(folder, name);
}
