// Tick-to-DOM latency of the release build: for each tick, the time from the click on a box
// to the first DOM change the page makes in response (a MutationObserver on the page, whose
// callback runs once Yew's render has written to the DOM), plain and at 4x CPU throttling
// through CDP Emulation.setCPUThrottlingRate (about a cheap phone). Prints median and p95.
// Not a test: `make bench` runs it (node tests/perf/latency.mjs [ticks per run, default 60]).
import { spawn } from "node:child_process";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { random } from "../e2e/walk.mjs";

const here = import.meta.dirname;
const PORT = 4193;
const TICKS = Number(process.argv[2] || 60);

const server = spawn("node", [join(here, "..", "e2e", "server.mjs")], {
  env: { ...process.env, E2E_PORT: String(PORT) },
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise((resolve) => server.stdout.once("data", resolve));

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage"],
});

/** Clicks `id`'s box and resolves with the ms until the page's first DOM change. */
function timeTick(page, id) {
  return page.evaluate((id) => new Promise((resolve) => {
    const input = document.getElementById(`f-${id}`);
    let start = 0;
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve(performance.now() - start);
    });
    observer.observe(document.getElementById("app"), { subtree: true, childList: true, attributes: true, characterData: true });
    start = performance.now();
    input.click();
  }), id);
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (${samples.length} ticks)`;
}

try {
  for (const rate of [1, 4]) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.getByTestId("summary").waitFor();
    // The page's own boxes, warning signs left out (their care card would stay sticky over
    // the boxes), so the same script measures any version of the page.
    const BOXES = await page.evaluate(() => [...document.querySelectorAll("fieldset:not([data-testid=group-warning_sign]) input[type=checkbox][name]")].map((e) => e.name));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    const rand = random(7);
    const ticked = new Set();
    const samples = [];
    for (let i = 0; i < TICKS; i++) {
      // Mostly ticks, with an untick now and then, as people do.
      const on = [...ticked];
      const id = on.length > 4 && rand() < 0.4 ? on[Math.floor(rand() * on.length)] : BOXES[Math.floor(rand() * BOXES.length)];
      samples.push(await timeTick(page, id));
      if (!ticked.delete(id)) ticked.add(id);
    }
    console.log(`tick to DOM, CPU ${rate === 1 ? "unthrottled" : `throttled ${rate}x`}: ${summary(samples)}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
