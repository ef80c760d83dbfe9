// The README's screenshots, made from the release build in dist/ (`make screenshots`):
// a wide screen, a 360 px phone while ticking, dark mode, and the printed summary for a
// clinician. Written to tests/screenshots/.
import { mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium } from "@playwright/test";

const ROOT = join(import.meta.dirname, "..", "..");
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "tests", "screenshots");
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".svg": "image/svg+xml" };

const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path.endsWith("/")) path += "index.html";
  try {
    res.writeHead(200, { "content-type": types[extname(path)] || "application/octet-stream" }).end(await readFile(normalize(join(DIST, path))));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});
mkdirSync(OUT, { recursive: true });

/** A fresh page of the given size and colours, opened and with these boxes ticked. */
async function open({ width, height, colorScheme = "light" }, labels) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole("status").waitFor();
  for (const label of labels) await page.getByLabel(label, { exact: true }).check();
  return { page, context };
}

const VITAMIN_D = ["Walking with a waddle (swaying from side to side)", "Aching bones, for example in the hips, back or legs", "I rarely get sunlight on my skin (mostly indoors, or skin covered outdoors)"];
const POTASSIUM = ["My legs feel weak", "Muscle cramps in the legs", "I take a water pill such as furosemide or hydrochlorothiazide"];

try {
  let { page, context } = await open({ width: 1280, height: 860 }, VITAMIN_D);
  await page.screenshot({ path: join(OUT, "desktop.png") });
  await context.close();

  ({ page, context } = await open({ width: 360, height: 740 }, POTASSIUM));
  await page.getByLabel("Muscle cramps in the legs", { exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, "phone-ticking.png") });
  await context.close();

  ({ page, context } = await open({ width: 360, height: 740, colorScheme: "dark" }, POTASSIUM));
  await page.getByRole("button", { name: "See results" }).click();
  await page.screenshot({ path: join(OUT, "phone-dark-results.png") });
  await context.close();

  ({ page, context } = await open({ width: 800, height: 1000 }, POTASSIUM));
  await page.getByLabel("Over weeks").check();
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: join(OUT, "printed-summary.png") });
  await context.close();
  console.log(`screenshots written to ${OUT}`);
} finally {
  await browser.close();
  server.close();
}
