// Page object: what a person sees and does on the checker page. Console errors, page errors
// and requests to other hosts are watched by the shared fixture (fixtures.mjs), not here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";

const kb = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "src", "knowledge-base.json"), "utf8"));

/** The checkbox label a person reads for a finding id. */
export function labelOf(id) {
  const finding = kb.findings.find((f) => f.id === id);
  if (!finding) throw new Error(`no finding ${id}`);
  return finding.label;
}

/** Waits until the app has started and its first render is on screen. */
export async function waitForStart(page) {
  await expect(page.locator("#fallback")).toBeHidden();
  await expect(page.getByRole("status")).toBeVisible();
}

/** (id, label) of each warning sign whose own rule (the sign alone) is an emergency, in
 * knowledge-base order: the list the built page shows before the app starts. */
export function emergencySigns() {
  const own = (f) => kb.triage_rules.some((r) => r.level === "emergency"
    && (r.when.all_of || []).length === 1 && r.when.all_of[0] === f.id && !(r.when.any_of || []).length);
  return kb.findings.filter((f) => f.kind === "warning_sign" && own(f)).map((f) => [f.id, f.label]);
}

export { kb };

export class CheckerPage {
  constructor(page, base) {
    this.page = page;
    this.base = base;
    this.results = page.getByTestId("results");
    this.status = page.getByRole("status");
    this.triage = page.getByTestId("triage");
    this.alert = page.getByRole("alert");
  }

  /** Opens the page and waits for the app to start: the built page shows the whole form as
   * plain HTML before that, and the loading note hides once the live page is on screen. */
  async open() {
    await this.page.goto(this.base);
    await waitForStart(this.page);
  }

  /** Ticks the boxes, warning signs last (as they are ticked, their care card stays in view
   * at the top and covers part of the boxes). */
  async tick(...ids) {
    const warning = (id) => kb.findings.find((f) => f.id === id).kind === "warning_sign";
    const ordered = [...ids.filter((id) => !warning(id)), ...ids.filter(warning)];
    for (const id of ordered) await this.page.getByLabel(labelOf(id), { exact: true }).check();
  }

  async untick(...ids) {
    for (const id of ids) await this.page.getByLabel(labelOf(id), { exact: true }).uncheck();
  }

  ranked() {
    return this.results.locator("[data-condition]");
  }

  async rankedIds() {
    return this.ranked().evaluateAll((els) => els.map((e) => e.dataset.condition));
  }

  card(id) {
    return this.results.locator(`[data-condition="${id}"]`);
  }
}

/** The share of the screen (0 to 1) that fixed or sticky elements cover while stuck in view:
 * what stays over the form as the person scrolls. */
export function coveredShare(page) {
  return page.evaluate(() => {
    const h = window.innerHeight;
    const rows = new Array(h).fill(false);
    for (const el of document.querySelectorAll("body *")) {
      const pos = getComputedStyle(el).position;
      if (pos !== "fixed" && pos !== "sticky") continue;
      const r = el.getBoundingClientRect();
      if (r.height === 0 || r.bottom <= 0 || r.top >= h) continue;
      // A sticky element counts only while it is stuck at an edge of the screen.
      if (pos === "sticky" && r.top > 1 && r.bottom < h - 1) continue;
      for (let y = Math.max(0, Math.floor(r.top)); y < Math.min(h, Math.ceil(r.bottom)); y++) rows[y] = true;
    }
    return rows.filter(Boolean).length / h;
  });
}

/** The rectangles of what is fixed or stuck over the page now (status bar, care card). */
export function overlays(page) {
  return page.evaluate(() => [...document.querySelectorAll("body *")]
    .filter((el) => ["fixed", "sticky"].includes(getComputedStyle(el).position))
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.height > 0 && r.bottom > 0 && r.top < innerHeight)
    .map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right })));
}
