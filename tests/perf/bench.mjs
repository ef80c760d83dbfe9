// make bench: one table of figures for the release build, never pass/fail (timings on a shared
// 2-core machine are noisy; the bounds that must hold are tests). For this page and for a bare
// Yew 0.23 page with one checkbox list built in the same run (tests/tools/bare_yew.rs):
//   - each file of dist/ raw, gzip -9 and brotli (quality 11), and the total but icons;
//   - Lighthouse (mobile, devtools throttling, performance only), the median of 3 runs:
//     score, first and largest contentful paint, total blocking time;
//   - the warm reload: from navigation to the first checkbox in the page (and, for this page,
//     to the app started), the median of 7 reloads after a first visit;
//   - tick to DOM, median and p95 over 60 ticks, plain and at 4x CPU throttling;
//   - the engine alone: natively (tests/tools/bench.rs) and in wasm at 1x and 4x
//     (tests/tools/engine_wasm.rs), on the real knowledge base and generated ones of 200 to
//     1600 deficiencies, with the ratio per doubling (linear is about 2).
// Needs dist/ (make bench builds it) and builds the two wasm examples into target/bench/.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { random } from "../e2e/walk.mjs";

const ROOT = join(import.meta.dirname, "..", "..");
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "target", "bench");
const PORT = 4195;
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--disable-dev-shm-usage"];
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], ...opts }).toString();

// --- the two wasm examples, built like Trunk builds the page (wasm-bindgen, wasm-opt -Oz) ---
function buildExample(name, html) {
  run("cargo", ["build", "--quiet", "--locked", "--release", "--target", "wasm32-unknown-unknown", "--example", name]);
  const dir = join(OUT, name);
  mkdirSync(dir, { recursive: true });
  run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", dir,
    join(ROOT, "target", "wasm32-unknown-unknown", "release", "examples", `${name}.wasm`)]);
  const wasm = join(dir, `${name}_bg.wasm`);
  run("wasm-opt", ["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
    "--enable-mutable-globals", "--enable-reference-types", wasm, "-o", wasm]);
  writeFileSync(join(dir, "index.html"), html);
  return dir;
}
const bare = buildExample("bare_yew", `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Bare Yew</title>
<link rel="modulepreload" href="./bare_yew.js"><link rel="preload" as="fetch" crossorigin type="application/wasm" href="./bare_yew_bg.wasm">
<script type="module">import init from "./bare_yew.js"; await init({ module_or_path: "./bare_yew_bg.wasm" });</script>
</head><body></body></html>`);
const engineDir = buildExample("engine_wasm", `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Engine</title>
<script type="module">import init, * as bench from "./engine_wasm.js"; await init({ module_or_path: "./engine_wasm_bg.wasm" }); window.bench = bench; window.ready = true;</script>
</head><body></body></html>`);

// --- sizes ---
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const isIcon = (n) => /^(favicon|icon)[-.]/.test(n);
function sizes(dir) {
  return readdirSync(dir).filter((n) => !n.startsWith(".")).sort().map((name) => {
    const b = readFileSync(join(dir, name));
    return { name, raw: b.length, gzip: gz(b), brotli: br(b), icon: isIcon(name) };
  });
}
const total = (rows, key) => rows.filter((r) => !r.icon).reduce((s, r) => s + r[key], 0);

// --- a static server for dist/ at /, the bare page at /bare/ and the engine page at /engine/ ---
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".wasm": "application/wasm", ".svg": "image/svg+xml", ".json": "application/json" };
const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  let root = DIST;
  for (const [prefix, dir] of [["/bare/", bare], ["/engine/", engineDir]]) {
    if (path.startsWith(prefix)) { root = dir; path = "/" + path.slice(prefix.length); }
  }
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(root, path));
  let body;
  try {
    body = await readFile(file);
  } catch {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" }).end(body);
});
await new Promise((resolve) => server.listen(PORT, "127.0.0.1", resolve));
const url = (path) => `http://127.0.0.1:${PORT}${path}`;

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]; };

// --- Lighthouse, median of 3 ---
const LIGHTHOUSE = join(ROOT, "tests", "perf", "lighthouse", "node_modules", ".bin", "lighthouse");
/** Runs Lighthouse once, asynchronously (this process serves the page it loads). */
function lighthouseOnce(path) {
  return new Promise((resolve, reject) => {
    const child = spawn(LIGHTHOUSE, [url(path), "--only-categories=performance", "--form-factor=mobile",
      "--throttling-method=devtools", "--output=json", "--output-path=stdout", "--quiet",
      `--chrome-flags=--headless=new ${FLAGS.join(" ")}`], { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" } });
    const out = [], err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("close", (code) => code === 0
      ? resolve(JSON.parse(Buffer.concat(out).toString()))
      : reject(new Error(`lighthouse failed: ${Buffer.concat(err)}`)));
  });
}

async function lighthouse(path) {
  if (!existsSync(LIGHTHOUSE)) {
    run("npm", ["ci", "--no-audit", "--no-fund", "--silent"], { cwd: join(ROOT, "tests", "perf", "lighthouse") });
  }
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const lhr = await lighthouseOnce(path);
    runs.push({
      score: lhr.categories.performance.score,
      fcp: lhr.audits["first-contentful-paint"].numericValue,
      lcp: lhr.audits["largest-contentful-paint"].numericValue,
      tbt: lhr.audits["total-blocking-time"].numericValue,
    });
  }
  return Object.fromEntries(["score", "fcp", "lcp", "tbt"].map((k) => [k, median(runs.map((r) => r[k]))]));
}

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS });

// --- warm reload: navigation to the first checkbox (and to the app started) ---
async function warmReload(path, started) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen = () => {
      if (!window.__firstBox && document.querySelector("input[type=checkbox]")) window.__firstBox = performance.now();
      const fallback = document.getElementById("fallback");
      if (!window.__started && fallback && fallback.hidden) window.__started = performance.now();
    };
    new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(url(path));
  await page.waitForFunction(started ? () => window.__started : () => window.__firstBox);
  const box = [], start = [];
  for (let i = 0; i < 7; i++) {
    await page.reload();
    await page.waitForFunction(started ? () => window.__started : () => window.__firstBox);
    box.push(await page.evaluate(() => window.__firstBox));
    if (started) start.push(await page.evaluate(() => window.__started));
  }
  await context.close();
  return { box: median(box), started: started ? median(start) : null };
}

// --- tick to DOM ---
async function tickToDom(rate) {
  const page = await browser.newPage();
  await page.goto(url("/"));
  await page.locator("#fallback").waitFor({ state: "hidden" });
  const boxes = await page.evaluate(() => [...document.querySelectorAll("fieldset:not([data-testid=group-warning_sign]) input[type=checkbox][name]")].map((e) => e.name));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  const rand = random(7);
  const ticked = new Set();
  const samples = [];
  for (let i = 0; i < 60; i++) {
    const on = [...ticked];
    const id = on.length > 4 && rand() < 0.4 ? on[Math.floor(rand() * on.length)] : boxes[Math.floor(rand() * boxes.length)];
    samples.push(await page.evaluate((id) => new Promise((resolve) => {
      const input = document.getElementById(`f-${id}`);
      let start = 0;
      const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now() - start); });
      observer.observe(document.getElementById("app"), { subtree: true, childList: true, attributes: true, characterData: true });
      start = performance.now();
      input.click();
    }), id));
    if (!ticked.delete(id)) ticked.add(id);
  }
  await page.close();
  return { median: median(samples), p95: p95(samples) };
}

// --- the engine in wasm ---
const SIZES = [0, 200, 400, 800, 1600];
async function engineInWasm(rate) {
  const page = await browser.newPage();
  await page.goto(url("/engine/"));
  await page.waitForFunction(() => window.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  const out = { start: await page.evaluate(() => window.bench.start_micros()) };
  for (const d of SIZES) out[d] = await page.evaluate((d) => window.bench.assess_micros(d), d);
  await page.close();
  return out;
}

try {
  const ours = sizes(DIST), theirs = sizes(bare);
  // Nothing else runs while it does: execFileSync blocks this process (and its server).
  const native = JSON.parse(run("cargo", ["run", "--quiet", "--locked", "--release", "--example", "bench"]));
  const lhOurs = await lighthouse("/"), lhBare = await lighthouse("/bare/");
  const reloadOurs = await warmReload("/", true), reloadBare = await warmReload("/bare/", false);
  const ticks1 = await tickToDom(1), ticks4 = await tickToDom(4);
  const wasm1 = await engineInWasm(1), wasm4 = await engineInWasm(4);

  const rows = [];
  const row = (what, page, bareYew, goal = "") => rows.push([what, page, bareYew, goal]);
  const kb = (b) => `${b.toLocaleString("en")} B`;
  for (const f of ours) row(`dist/${f.name}${f.icon ? " (icon)" : ""}: raw / gzip -9 / brotli`, `${kb(f.raw)} / ${kb(f.gzip)} / ${kb(f.brotli)}`, "");
  row("whole dist/ but icons: raw / gzip -9 / brotli",
    `${kb(total(ours, "raw"))} / **${kb(total(ours, "gzip"))}** / ${kb(total(ours, "brotli"))}`,
    `${kb(total(theirs, "raw"))} / ${kb(total(theirs, "gzip"))} / ${kb(total(theirs, "brotli"))}`, "gzip at most 100,000 B");
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  row("Lighthouse mobile, median of 3: performance", `**${lhOurs.score.toFixed(2)}**`, lhBare.score.toFixed(2), "at least 0.97");
  row("first / largest contentful paint", `${s(lhOurs.fcp)} / ${s(lhOurs.lcp)}`, `${s(lhBare.fcp)} / ${s(lhBare.lcp)}`, "at most 1.3 s / 1.5 s");
  row("total blocking time", `${Math.round(lhOurs.tbt)} ms`, `${Math.round(lhBare.tbt)} ms`, "at most 50 ms");
  row("warm reload to the first checkbox (ratio to the bare page)",
    `${reloadOurs.box.toFixed(0)} ms (${(reloadOurs.box / reloadBare.box).toFixed(2)}x)`, `${reloadBare.box.toFixed(0)} ms (1.0)`, "at most 1.1x");
  row("warm reload to the app started (ratio to the bare page's first checkbox)",
    `${reloadOurs.started.toFixed(0)} ms (${(reloadOurs.started / reloadBare.box).toFixed(2)}x)`, "", "");
  row("tick to DOM, median / p95, plain", `${ticks1.median.toFixed(1)} / ${ticks1.p95.toFixed(1)} ms`, "", "at most 2 / 8 ms");
  row("tick to DOM, median / p95, 4x CPU throttling", `${ticks4.median.toFixed(1)} / ${ticks4.p95.toFixed(1)} ms`, "", "");
  const us = (x) => x >= 1000 ? `${(x / 1000).toFixed(2)} ms` : `${x.toFixed(1)} µs`;
  row("load the knowledge base and build the engine, native / wasm / wasm 4x",
    `${us(native.load_prepared_us + native.build_engine_us)} / ${us(wasm1.start)} / ${us(wasm4.start)}`, "", "");
  row("one assessment, real knowledge base, native / wasm / wasm 4x",
    `${us(native.assess_real_us)} / ${us(wasm1[0])} / ${us(wasm4[0])}`, "", "");
  let previous = null;
  for (const g of native.generated) {
    const d = g.deficiencies;
    const ratio = (now, before) => before ? ` (x${(now / before).toFixed(2)})` : "";
    row(`one assessment, generated ${d} deficiencies x ${g.findings} boxes, native / wasm / wasm 4x (ratio to half the size)`,
      `${us(g.assess_us)}${ratio(g.assess_us, previous?.native)} / ${us(wasm1[d])}${ratio(wasm1[d], previous?.w1)} / ${us(wasm4[d])}${ratio(wasm4[d], previous?.w4)}`,
      "", d === 1600 ? "at 8x, at most 16 ms in wasm at 4x" : "");
    previous = { native: g.assess_us, w1: wasm1[d], w4: wasm4[d] };
  }
  console.log("| | this page | bare Yew 0.23 page | goal |\n|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
} finally {
  await browser.close();
  server.close();
}
