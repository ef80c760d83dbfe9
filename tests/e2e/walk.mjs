// The model-based walk: a seeded random sequence of what people do on the page (tick, untick,
// "Yes, tick this", Clear all, reload), the page read after every step, and the same ticks run
// through the engine natively (the `oracle` binary) for the expected page.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

const ROOT = join(import.meta.dirname, "..", "..");

/** A small seeded generator (mulberry32): the same seed gives the same walk. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The engine, run natively: one JSON line in (the ticks), one JSON line out (the page). */
export class Oracle {
  constructor(bin = process.env.ORACLE_BIN || join(ROOT, "target", "debug", "oracle")) {
    if (!existsSync(bin)) throw new Error(`no oracle at ${bin}: run \`cargo build --bin oracle\` (make test-e2e does)`);
    this.proc = spawn(bin, [], { stdio: ["pipe", "pipe", "inherit"] });
    this.waiting = [];
    createInterface({ input: this.proc.stdout }).on("line", (line) => this.waiting.shift()(JSON.parse(line)));
  }

  /** The expected page for a model state: `{ ticked: Set, onset: string | null }`. */
  ask(state) {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.proc.stdin.write(JSON.stringify({ ticked: [...state.ticked].sort(), onset: state.onset }) + "\n");
    });
  }

  close() {
    this.proc.stdin.end();
  }
}

/** Everything the walk compares, read from the page in one go. */
export function readPage(page) {
  return page.evaluate(() => {
    const all = (selector, root = document) => [...root.querySelectorAll(selector)];
    const triage = document.querySelector("[data-testid=triage]");
    return {
      checked: all("input[type=checkbox]:checked").map((e) => e.name).sort(),
      onset: document.querySelector("input[name=onset]:checked")?.value ?? null,
      ranked: all("[data-testid=results] [data-condition]").map((card) => ({
        id: card.dataset.condition,
        strength: card.dataset.strength,
        cautions: all("[data-caution]", card).map((c) => c.dataset.caution),
      })),
      level: triage.dataset.level,
      alert: triage.querySelector("[role=alert]") !== null,
      rules: all("[data-rule]", triage).map((e) => e.dataset.rule),
      mimics: all("[data-testid=results] [data-mimic]").map((e) => e.dataset.mimic),
      // General cautions: those not on a deficiency's card.
      cautions: all("[data-testid=results] [data-caution]").filter((e) => !e.closest("[data-condition]")).map((e) => e.dataset.caution),
      separators: all("[data-testid=separators] li[data-finding]").map((e) => e.dataset.finding),
      summary: document.querySelector("[data-testid=summary]").textContent,
    };
  });
}

/** What the page should show, from the oracle's answer and the model's state. */
export function expectedPage(state, oracle) {
  return {
    checked: [...state.ticked].sort(),
    onset: state.onset,
    ranked: oracle.ranked,
    level: oracle.level,
    alert: oracle.level === "urgent" || oracle.level === "emergency",
    rules: oracle.rules,
    mimics: oracle.mimics,
    cautions: oracle.cautions,
    separators: oracle.separators,
    summary: oracle.summary,
  };
}

/** JSON with object keys sorted, so the page's and the oracle's objects compare by content. */
function canonical(value) {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v);
}

/** The fields where the page and the engine differ, as readable lines. */
export function differences(actual, expected) {
  return Object.keys(expected)
    .filter((k) => canonical(actual[k]) !== canonical(expected[k]))
    .map((k) => `${k}: page ${canonical(actual[k])}, engine ${canonical(expected[k])}`);
}

/** The onset question's answers, as the page's radio values. */
export const ONSETS = ["hours", "days", "weeks", "months", "not_sure"];

/** The model before anything is entered. */
export function emptyState() {
  return { ticked: new Set(), onset: null };
}

/** Picks the next step from the current model and what the engine says the page offers. */
export function nextStep(rand, findings, state, oracle) {
  const ticked = state.ticked;
  const r = rand();
  if (r < 0.03) return { kind: "reload" };
  if (r < 0.07 && (ticked.size > 0 || state.onset !== null)) return { kind: "clear" };
  if (r < 0.12) return { kind: "onset", id: ONSETS[Math.floor(rand() * ONSETS.length)] };
  if (r < 0.22 && oracle.separators.length > 0) {
    return { kind: "separator", id: oracle.separators[Math.floor(rand() * oracle.separators.length)] };
  }
  // Unticking is as common as ticking once a few boxes are ticked.
  if (ticked.size > 0 && rand() < Math.min(0.5, ticked.size / 8)) {
    const on = [...ticked];
    return { kind: "toggle", id: on[Math.floor(rand() * on.length)] };
  }
  return { kind: "toggle", id: findings[Math.floor(rand() * findings.length)] };
}

/** The model: how a step changes the state (a suggestion the page does not offer is skipped). */
export function applyStep(step, state, offered) {
  const ticked = new Set(state.ticked);
  let onset = state.onset;
  if (step.kind === "toggle") {
    if (!ticked.delete(step.id)) ticked.add(step.id);
  } else if (step.kind === "separator" && offered.includes(step.id)) {
    ticked.add(step.id);
  } else if (step.kind === "onset") {
    onset = step.id;
  } else if (step.kind === "clear") {
    ticked.clear();
    onset = null;
  }
  return { ticked, onset };
}

export function describe(step) {
  return step.id ? `${step.kind} ${step.id}` : step.kind;
}

/** Does the step on the page; false when the page does not offer it (a replayed suggestion). */
export async function doStep(page, step, offered) {
  switch (step.kind) {
    case "toggle":
      await page.locator(`#f-${step.id}`).click();
      return true;
    case "onset":
      await page.locator(`#onset-${step.id}`).click();
      return true;
    case "separator":
      if (!offered.includes(step.id)) return false;
      await page.locator(`[data-testid=separators] li[data-finding="${step.id}"] button`).click();
      return true;
    case "clear":
      if (!(await page.getByRole("button", { name: "Clear all" }).isEnabled())) return false;
      await page.getByRole("button", { name: "Clear all" }).click();
      return true;
    case "reload":
      await page.reload();
      return true;
    default:
      throw new Error(`unknown step ${step.kind}`);
  }
}

/**
 * Waits until the page has rendered the model's answers (the form's data-ticked and data-onset
 * hooks, written by the page after it renders), then returns what differs from the engine. A
 * dead page never renders them, so the wait ends in a timeout, reported as a difference.
 */
export async function check(page, state, oracle, timeout) {
  const key = { ticked: [...state.ticked].sort().join(" "), onset: state.onset ?? "" };
  try {
    await page.waitForFunction(
      (k) => {
        const form = document.querySelector("[data-testid=questions]");
        return form !== null && form.dataset.ticked === k.ticked && form.dataset.onset === k.onset;
      },
      key,
      { timeout },
    );
  } catch {
    const shown = await page.evaluate(() => {
      const form = document.querySelector("[data-testid=questions]");
      return form ? { ticked: form.dataset.ticked, onset: form.dataset.onset } : null;
    }).catch(() => "(page gone)");
    return [`the page did not render the answers ${JSON.stringify(key)} within ${timeout} ms (it shows ${JSON.stringify(shown)})`];
  }
  return differences(await readPage(page), expectedPage(state, oracle));
}
