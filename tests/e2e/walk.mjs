// The model-based walk: a seeded random sequence of what people do on the page (tick, untick,
// "Yes, tick this", Clear all, reload, remember and forget on this device, open a link to their
// answers or a tampered one), the page read after every step, and the same answers run
// through the engine natively (the `oracle` example) for the expected page.
import { spawn } from "node:child_process";
import { waitForStart } from "./checker.page.mjs";
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

/** The engine, run natively: one JSON line in (the answers and search), one JSON line out
 * (the page). */
export class Oracle {
  constructor(bin = process.env.ORACLE_BIN || join(ROOT, "target", "debug", "examples", "oracle")) {
    if (!existsSync(bin)) throw new Error(`no oracle at ${bin}: run \`cargo build --example oracle\` (make test-e2e does)`);
    this.proc = spawn(bin, [], { stdio: ["pipe", "pipe", "inherit"] });
    this.waiting = [];
    createInterface({ input: this.proc.stdout }).on("line", (line) => this.waiting.shift()(JSON.parse(line)));
  }

  /** The expected page for a model state (see `emptyState`). */
  ask(state) {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      const sorted = (set) => [...set].sort();
      this.proc.stdin.write(JSON.stringify({
        ticked: sorted(state.ticked), onset: state.onset, no: sorted(state.no),
        unsure: sorted(state.unsure), none_of: sorted(state.noneOf), query: state.query,
      }) + "\n");
    });
  }

  /** What the page makes of a link's or storage's text: { answers (by id), dropped }. */
  decode(text) {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.proc.stdin.write(JSON.stringify({ decode: text }) + "\n");
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
    const undo = document.querySelector("button.undo");
    return {
      checked: all("input[type=checkbox][name]:checked").map((e) => e.name).sort(),
      noneOf: all("input[type=checkbox][id^=none-]:checked").map((e) => e.id.slice(5)).sort(),
      saidNo: all(".choices li:has(.said-no) input[type=checkbox][name]").map((e) => e.name).sort(),
      shown: all("fieldset:not([hidden]) .choices li:not([hidden]) input[type=checkbox][name]").map((e) => e.name).sort(),
      onset: document.querySelector("input[name=onset]:checked")?.value ?? null,
      ranked: all("[data-testid=results] [data-condition]").map((card) => ({
        id: card.dataset.condition,
        strength: card.dataset.strength,
        cautions: all("[data-caution]", card).map((c) => c.dataset.caution),
        denied: card.querySelector("[data-denied]")?.dataset.denied.split(" ") ?? [],
      })),
      level: triage.dataset.level,
      askOnset: triage.querySelector("[data-testid=ask-onset]")?.dataset.level ?? null,
      alert: triage.querySelector("[role=alert]") !== null,
      rules: all("[data-rule]", triage).map((e) => e.dataset.rule),
      mimics: all("[data-testid=results] [data-mimic]").map((e) => e.dataset.mimic),
      // General cautions: those not on a deficiency's card.
      cautions: all("[data-testid=results] [data-caution]").filter((e) => !e.closest("[data-condition]")).map((e) => e.dataset.caution),
      separators: all("[data-testid=separators] li[data-finding]").map((e) => e.dataset.finding),
      summary: document.querySelector("[data-testid=summary]").textContent,
      undo: undo && !undo.hidden ? undo.textContent : null,
      remember: document.querySelector("[data-testid=remember-status]").dataset.remember === "on",
    };
  });
}

/** What the page should show, from the oracle's answer and the model's state. */
export function expectedPage(state, oracle, allFindings) {
  return {
    checked: [...state.ticked].sort(),
    noneOf: [...state.noneOf].sort(),
    saidNo: [...state.no].sort(),
    shown: [...(oracle.shown ?? allFindings)].sort(),
    onset: state.onset,
    ranked: oracle.ranked,
    level: oracle.level,
    askOnset: oracle.ask_onset,
    alert: oracle.level === "urgent" || oracle.level === "emergency",
    rules: oracle.rules,
    mimics: oracle.mimics,
    cautions: oracle.cautions,
    separators: oracle.separators,
    summary: oracle.summary,
    undo: state.undo === null ? null : UNDO_TEXT[state.undo.what],
    remember: state.remember,
  };
}

const UNDO_TEXT = { clear: "Undo clear all", none: 'Undo "None of these"', replaced: "Undo: bring back my earlier answers" };

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

/** The groups of boxes, as the page names them. */
export const GROUPS = ["warning_sign", "leg_symptom", "other_symptom", "risk_factor"];

/** Words a person might search for: parts of labels, lay words and words no box has. */
export const QUERIES = ["pins and needles", "water tablet", "laughing gas", "cramp", "weak", "tingl", "diarrhea", "zzz", "sun", "pee", ""];

/** The model before anything is entered. */
export function emptyState() {
  return { ticked: new Set(), onset: null, no: new Set(), unsure: new Set(), noneOf: new Set(), query: "", undo: null, remember: false };
}

/** Whether two sets of answers are the same. */
function sameAnswers(a, b) {
  const same = (x, y) => x.size === y.size && [...x].every((v) => y.has(v));
  return a.onset === b.onset && same(a.ticked, b.ticked) && same(a.no, b.no) && same(a.unsure, b.unsure) && same(a.noneOf, b.noneOf);
}

/** A link's text spoilt the ways links get spoilt: a code no box has, a cut, a stray
 * character, garbage in front. */
export function tamper(rand, text) {
  const at = Math.floor(rand() * (text.length + 1));
  switch (Math.floor(rand() * 4)) {
    case 0: return `${text}.zz`;
    case 1: return text.slice(0, at);
    case 2: return `${text.slice(0, at)}${pick(rand, ["%", "Z", "~q", "..", "~t"])}${text.slice(at)}`;
    default: return `x${text}`;
  }
}

/** Whether no answer at all is entered (then "Clear all" is disabled). */
function noAnswers(state) {
  return state.ticked.size === 0 && state.no.size === 0 && state.unsure.size === 0 && state.noneOf.size === 0 && state.onset === null;
}

/** The answers of a state, to keep for undo. */
function answersOf(state) {
  return { ticked: new Set(state.ticked), onset: state.onset, no: new Set(state.no), unsure: new Set(state.unsure), noneOf: new Set(state.noneOf) };
}

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

/** Picks the next step from the current model and what the engine says the page offers. */
export function nextStep(rand, findings, state, oracle) {
  const ticked = state.ticked;
  // Undo is offered only right after a clear or a "None of these": take it often then.
  if (state.undo && rand() < 0.3) return { kind: "undo" };
  const r = rand();
  if (r < 0.03) return { kind: "reload" };
  // Keeping and passing on answers (the link's text comes from the engine's own encoding of
  // the answers now; the walk asks the engine what the page should make of it).
  if (r < 0.035) return { kind: state.remember ? "forget" : "remember" };
  if (r < 0.04) return { kind: "link", text: oracle.code };
  if (r < 0.045) return { kind: "tampered", text: tamper(rand, oracle.code) };
  if (r < 0.06 && !noAnswers(state)) return { kind: "clear" };
  if (r < 0.12) return { kind: "onset", id: pick(rand, ONSETS) };
  if (r < 0.16) return { kind: "search", id: pick(rand, QUERIES) };
  if (r < 0.19 && state.query === "") return { kind: "none", id: pick(rand, GROUPS) };
  if (r < 0.29 && oracle.separators.length > 0) {
    return { kind: pick(rand, ["yes", "yes", "no", "unsure"]), id: pick(rand, oracle.separators) };
  }
  // Only boxes in view can be clicked: with a search, those it leaves.
  const inView = oracle.shown ?? findings;
  // Unticking is as common as ticking once a few boxes are ticked.
  if (ticked.size > 0 && rand() < Math.min(0.5, ticked.size / 8)) {
    return { kind: "toggle", id: pick(rand, [...ticked]) };
  }
  return { kind: "toggle", id: pick(rand, inView) };
}

/** The model: how a step changes the state (a step the page does not offer is skipped). */
export function applyStep(step, state, offered, groupOf) {
  const s = { ...answersOf(state), query: state.query, undo: state.undo, remember: state.remember };
  const tick = (id) => {
    s.ticked.add(id);
    s.no.delete(id);
    s.unsure.delete(id);
    s.noneOf.delete(groupOf[id]);
  };
  const changed = () => { s.undo = null; };
  switch (step.kind) {
    case "toggle":
      if (!s.ticked.delete(step.id)) tick(step.id);
      changed();
      break;
    case "yes": case "no": case "unsure":
      if (!offered.includes(step.id)) break;
      if (step.kind === "yes") tick(step.id);
      else if (step.kind === "no") { s.ticked.delete(step.id); s.unsure.delete(step.id); s.no.add(step.id); }
      else { s.ticked.delete(step.id); s.no.delete(step.id); s.unsure.add(step.id); }
      changed();
      break;
    case "none":
      if (s.noneOf.has(step.id)) {
        s.noneOf.delete(step.id);
        changed();
      } else {
        s.undo = { what: "none", answers: answersOf(state) };
        for (const id of Object.keys(groupOf).filter((f) => groupOf[f] === step.id)) {
          s.ticked.delete(id);
          s.unsure.delete(id);
        }
        s.noneOf.add(step.id);
      }
      break;
    case "onset":
      if (s.onset !== step.id) { s.onset = step.id; changed(); }
      break;
    case "search":
      s.query = step.id;
      break;
    case "clear":
      if (noAnswers(state)) break;
      s.undo = { what: "clear", answers: answersOf(state) };
      Object.assign(s, answersOf(emptyState()));
      break;
    case "undo":
      if (state.undo) Object.assign(s, answersOf(state.undo.answers), { undo: null });
      break;
    case "reload":
      s.query = "";
      s.undo = null;
      break;
    case "remember": case "forget":
      s.remember = step.kind === "remember";
      break;
    case "link": case "tampered": {
      // The link wins over the tab; different answers it replaces can be brought back.
      const d = step.decoded.answers;
      const next = { ticked: new Set(d.ticked), onset: d.onset ?? null, no: new Set(d.no), unsure: new Set(d.unsure), noneOf: new Set(d.none_of) };
      const before = answersOf(state);
      const replaced = !noAnswers(state) && !sameAnswers(before, next);
      Object.assign(s, next, { query: "", undo: replaced ? { what: "replaced", answers: before } : null });
      break;
    }
  }
  return s;
}

export function describe(step) {
  if (step.text !== undefined) return `${step.kind} #a=${step.text}`;
  return step.id !== undefined ? `${step.kind} ${JSON.stringify(step.id)}` : step.kind;
}

/** Does the step on the page; false when the page does not offer it (a replayed step). */
export async function doStep(page, step, offered) {
  const reply = { yes: "Yes", no: "No", unsure: "Not sure" };
  switch (step.kind) {
    case "toggle":
      if (!(await page.locator(`#f-${step.id}`).isVisible())) return false;
      await page.locator(`#f-${step.id}`).click();
      return true;
    case "onset":
      await page.locator(`#onset-${step.id}`).click();
      return true;
    case "yes": case "no": case "unsure":
      if (!offered.includes(step.id)) return false;
      await page.locator(`[data-testid=separators] li[data-finding="${step.id}"]`).getByRole("button", { name: reply[step.kind], exact: true }).click();
      return true;
    case "none":
      if (!(await page.locator(`#none-${step.id}`).isVisible())) return false;
      await page.locator(`#none-${step.id}`).click();
      return true;
    case "search":
      await page.locator("#find-box").fill(step.id);
      return true;
    case "clear":
      if (!(await page.getByRole("button", { name: "Clear all" }).isEnabled())) return false;
      await page.getByRole("button", { name: "Clear all" }).click();
      return true;
    case "undo":
      if (!(await page.locator("button.undo").isVisible())) return false;
      await page.locator("button.undo").click();
      return true;
    case "reload":
      await page.reload();
      await waitForStart(page);
      return true;
    case "remember": case "forget": {
      const name = step.kind === "remember" ? "Remember my answers on this device" : "Forget my answers on this device";
      const button = page.getByRole("button", { name, exact: true });
      if (!(await button.isVisible())) return false;
      await button.click();
      return true;
    }
    case "link": case "tampered": {
      // Opening a link in this tab: a new page load (not a jump within the page).
      const at = new URL(page.url());
      await page.goto("about:blank");
      await page.goto(`${at.origin}${at.pathname}#a=${step.text}`);
      await waitForStart(page);
      if (new URL(page.url()).hash !== "") throw new Error(`the answers stayed in the address bar: ${page.url()}`);
      return true;
    }
    default:
      throw new Error(`unknown step ${step.kind}`);
  }
}

/**
 * Waits until the page has rendered the model's answers and search (the form's data-ticked,
 * data-no, data-unsure, data-none-of, data-onset and data-query hooks, written by the page
 * after it renders), then returns what differs from the engine. A dead page never renders
 * them, so the wait ends in a timeout, reported as a difference.
 */
export async function check(page, state, oracle, timeout, allFindings) {
  const ids = (set) => [...set].sort().join(" ");
  const key = JSON.stringify({
    ticked: ids(state.ticked), no: ids(state.no), unsure: ids(state.unsure),
    noneOf: ids(state.noneOf), onset: state.onset ?? "", query: state.query,
    remember: state.remember ? "on" : "off",
  });
  // Functions, not strings: Playwright runs them without eval, which the page's policy blocks
  // (and the shared fixture reports as a violation). `rendered` returns the page's hooks as
  // JSON, or whether they equal `key` when given one.
  const rendered = (key) => {
    const form = document.querySelector("[data-testid=questions]");
    const remember = document.querySelector("[data-testid=remember-status]");
    const sorted = (text) => text.split(" ").filter(Boolean).sort().join(" ");
    const now = form && remember && JSON.stringify({
      ticked: form.dataset.ticked, no: form.dataset.no, unsure: form.dataset.unsure,
      noneOf: sorted(form.dataset.noneOf), onset: form.dataset.onset, query: form.dataset.query,
      remember: remember.dataset.remember,
    });
    return key === undefined ? now : now === key;
  };
  try {
    await page.waitForFunction(rendered, key, { timeout });
  } catch {
    const shown = await page.evaluate(rendered).catch(() => "(page gone)");
    return [`the page did not render the answers ${key} within ${timeout} ms (it shows ${shown})`];
  }
  return differences(await readPage(page), expectedPage(state, oracle, allFindings));
}
