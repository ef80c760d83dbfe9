// How the page fits a phone, as figures (not a test: `make bench` prints them, the pass/fail
// bounds are in tests/e2e/phone.spec.mjs). For each build folder given (default dist/), at
// 390 x 844: the page's height with nothing ticked, where the first box and the live status
// are, then after ticking "My legs feel weak", "Muscle cramps in the legs" and "I take a water
// pill" (the seed's potassium picture, an urgent card): the page's and the results' height,
// the share of the screen that fixed and sticky parts cover while the form is scrolled, and
// axe-core's WCAG 2.2 A/AA violations in light and dark.
//   node tests/perf/phone.mjs [folder ...]
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { coveredShare as covered } from "../e2e/checker.page.mjs";

const folders = process.argv.slice(2).length ? process.argv.slice(2) : [join(import.meta.dirname, "..", "..", "dist")];
const TICKS = ["My legs feel weak", "Muscle cramps in the legs", "I take a water pill such as furosemide or hydrochlorothiazide"];
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".svg": "image/svg+xml" };

function serve(root) {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(root, path));
    try {
      res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" }).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

async function axe(page) {
  const out = {};
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    out[scheme] = violations.map((v) => `${v.id} (${v.nodes.length})`);
  }
  await page.emulateMedia({ colorScheme: "light" });
  return out;
}

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});
try {
  for (const folder of folders) {
    const server = await serve(resolve(folder));
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const status = page.getByRole("status");
    await status.waitFor();
    const top = (locator) => locator.evaluate((e) => Math.round(e.getBoundingClientRect().top + window.scrollY));
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const figures = {
      "empty: page height (px)": await height(),
      "empty: first box top (px)": await top(page.locator("input[type=checkbox]").first()),
      "empty: status top (px)": await top(status),
      "empty: status in view": await status.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }),
      "empty: axe": await axe(page),
    };
    for (const label of TICKS) await page.getByLabel(label, { exact: true }).check();
    await page.locator("[data-testid=results] [data-condition]").first().waitFor();
    figures["ticked: page height (px)"] = await height();
    figures["ticked: results height (px)"] = await page.getByTestId("results").evaluate((e) => Math.round(e.getBoundingClientRect().height));
    figures["ticked: care level"] = await page.getByTestId("triage").getAttribute("data-level");
    // Scroll the form to its middle box, as a person ticking would.
    const boxes = page.locator("form input[type=checkbox]");
    await boxes.nth(Math.floor((await boxes.count()) / 2)).scrollIntoViewIfNeeded();
    figures["ticked, form scrolled: covered by fixed and sticky parts"] = `${(100 * (await covered(page))).toFixed(0)}%`;
    figures["ticked, form scrolled: status in view"] = await status.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
    figures["ticked: axe"] = await axe(page);
    console.log(`\n${folder}`);
    for (const [k, v] of Object.entries(figures)) console.log(`  ${k}: ${typeof v === "object" ? JSON.stringify(v) : v}`);
    await context.close();
    server.close();
  }
} finally {
  await browser.close();
}
