// Model-based test: a seeded random walk over the real page (release build, at a sub-path):
// ticks, unticks, onset answers, searches, Yes / No / Not sure to suggestions, "None of
// these", clears, undo, reloads, remembering and forgetting on this device, and opening a link
// to the answers or a tampered one, checked after every step against the engine run natively
// on the same answers. On failure it
// prints the seed and the shortest sequence of steps it could find that still fails.
//   make test              seed 1, 2,000 steps
//   make soak SEED=42      a longer walk (STEPS=20000 by default) with any seed
import { readFileSync } from "node:fs";
import { waitForStart } from "./checker.page.mjs";
import { join } from "node:path";
import { test } from "./fixtures.mjs";
import { Oracle, applyStep, check, describe, doStep, emptyState, nextStep, random } from "./walk.mjs";

const SUB_PATH = "/deep/sub/path/legcheck/";
const SEED = Number(process.env.WALK_SEED || 1);
const STEPS = Number(process.env.WALK_STEPS || 2000);
const SHRINK_SECONDS = Number(process.env.WALK_SHRINK_SECONDS || 120);
const RENDER_TIMEOUT_MS = 5000;

const kb = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "src", "knowledge-base.json"), "utf8"));
const FINDINGS = kb.findings.map((f) => f.id);
const GROUP_OF = Object.fromEntries(kb.findings.map((f) => [f.id, f.kind]));

// Most people use a phone: walk the phone layout, where the fixed status bar and the sticky
// care card could get in the way of a click.
const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

/**
 * Runs `steps` on `page` from a fresh start; returns null when every step matches the engine,
 * else { at, problems }. With `generate`, new steps are drawn from `rand` until `count`.
 */
async function run(page, oracle, { steps, rand, count }) {
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(`console error: ${m.text()}`));
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  await page.goto(SUB_PATH);
  await waitForStart(page);
  let state = emptyState();
  let expected = await oracle.ask(state);
  let problems = await check(page, state, expected, RENDER_TIMEOUT_MS, FINDINGS);
  if (problems.length || errors.length) return { at: -1, problems: [...errors, ...problems] };
  const total = rand ? count : steps.length;
  for (let i = 0; i < total; i++) {
    const step = rand ? nextStep(rand, FINDINGS, state, expected) : steps[i];
    if (step.text !== undefined && !step.decoded) step.decoded = await oracle.decode(step.text);
    if (rand) steps.push(step);
    const offered = expected.separators;
    // A replayed step the page does not offer (a box hidden by a search, say) is skipped.
    if (await doStep(page, step, offered)) state = applyStep(step, state, offered, GROUP_OF);
    expected = await oracle.ask(state);
    problems = await check(page, state, expected, RENDER_TIMEOUT_MS, FINDINGS);
    if (problems.length || errors.length) return { at: i, problems: [...errors, ...problems] };
  }
  return null;
}

/** Replays `steps` in a new browser context (empty tab storage); the failure or null. */
async function replay(browser, baseURL, oracle, steps) {
  const context = await browser.newContext({ baseURL, viewport: PHONE });
  try {
    return await run(await context.newPage(), oracle, { steps });
  } catch (e) {
    return { at: steps.length - 1, problems: [String(e.message || e)] };
  } finally {
    await context.close();
  }
}

/**
 * Shortens a failing sequence while it still fails, within a time cap: drops every step about
 * one finding, then a box's tick with its later untick, then chunks of halving size down to
 * single steps; repeats until nothing more can go.
 */
async function shrink(steps, stillFails, seconds) {
  const deadline = Date.now() + seconds * 1000;
  let best = steps;
  const without = (drop) => best.filter((_, i) => !drop.has(i));
  const candidates = function* () {
    for (const id of new Set(best.map((s) => s.id).filter(Boolean))) {
      yield new Set(best.flatMap((s, i) => (s.id === id ? [i] : [])));
    }
    for (let i = 0; i < best.length; i++) {
      const j = best.findIndex((t, k) => k > i && t.kind === "toggle" && t.id === best[i].id);
      if (best[i].kind === "toggle" && j > 0) yield new Set([i, j]);
    }
    for (let chunk = Math.ceil(best.length / 2); chunk >= 1; chunk = chunk === 1 ? 0 : Math.ceil(chunk / 2)) {
      for (let i = 0; i < best.length; i += chunk) {
        yield new Set(Array.from({ length: Math.min(chunk, best.length - i) }, (_, k) => i + k));
      }
    }
  };
  for (let progress = true; progress; ) {
    progress = false;
    for (const drop of candidates()) {
      if (Date.now() > deadline) return { best, finished: false };
      const candidate = without(drop);
      if (candidate.length && candidate.length < best.length && (await stillFails(candidate))) {
        best = candidate;
        progress = true;
        break;
      }
    }
  }
  return { best, finished: true };
}

test("a seeded random walk of ticks, unticks, onset answers, searches, suggestion answers, none of these, clears, undo and reloads matches the engine", async ({ page, browser }, testInfo) => {
  test.setTimeout((60 + STEPS * 0.5 + SHRINK_SECONDS) * 1000);
  const oracle = new Oracle();
  try {
    const started = Date.now();
    const steps = [];
    const failure = await run(page, oracle, { steps, rand: random(SEED), count: STEPS });
    if (!failure) {
      const kinds = {};
      for (const s of steps) kinds[s.kind] = (kinds[s.kind] || 0) + 1;
      console.log(`walk: seed ${SEED}, ${steps.length} steps ${JSON.stringify(kinds)} matched the engine in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return;
    }
    const failing = steps.slice(0, failure.at + 1);
    const baseURL = testInfo.project.use.baseURL;
    const { best, finished } = await shrink(failing, async (candidate) => (await replay(browser, baseURL, oracle, candidate)) !== null, SHRINK_SECONDS);
    const last = (await replay(browser, baseURL, oracle, best)) || failure;
    throw new Error([
      `walk failed: seed ${SEED}, at step ${failure.at + 1} of ${STEPS}: ${failing.length ? describe(failing.at(-1)) : "on opening the page"}`,
      ...failure.problems.map((p) => `  ${p}`),
      `shortest failing sequence found (${best.length} of ${failing.length} steps${finished ? "" : ", shrinking stopped at the time cap"}):`,
      ...best.map((s, i) => `  ${i + 1}. ${describe(s)}`),
      "which fails with:",
      ...last.problems.map((p) => `  ${p}`),
      `replay: make soak SEED=${SEED} STEPS=${failure.at + 1}`,
    ].join("\n"));
  } finally {
    oracle.close();
  }
});
