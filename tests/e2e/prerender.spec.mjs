// The form before the WebAssembly arrives: the built page holds the whole form as plain HTML
// (tests/tools/prerender.rs). A person can read it and answer at first paint; when the app
// starts it keeps every answer, the focus and the scroll position, and renders the same form.
// Each test holds the wasm download back, answers, then lets it through.
import { test, expect } from "./fixtures.mjs";
import { emergencySigns, kb, labelOf, waitForStart } from "./checker.page.mjs";

const PHONE = { width: 390, height: 844 };
const SUB_PATH = "/deep/sub/path/legcheck/";
test.use({ viewport: PHONE });

/** Holds every .wasm request until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/*.wasm", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const box = (page, id) => page.getByLabel(labelOf(id), { exact: true });
const form = (page) => page.getByTestId("questions");
/** The page's elements, attributes (in name order) and text, less the two things the prebuilt
 * page cannot write the same way: an empty value attribute (the live render sets the property)
 * and the date in the hidden print summary (read from the device after the first render). */
const markup = (page) => page.locator("#app").evaluate((root) => {
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return "";
    const attrs = [...node.attributes]
      .filter((a) => !(a.name === "value" && a.value === ""))
      .map((a) => `${a.name}="${a.value}"`).sort().join(" ");
    return `<${node.localName} ${attrs}>${[...node.childNodes].map(walk).join("")}</${node.localName}>`;
  };
  return [...root.childNodes].map(walk).join("").replace(/Made on \d{4}-\d{2}-\d{2} with/, "Made with");
});

/** Where two texts first differ, with some context, or null when they are the same. */
function firstDifference(a, b) {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return { at: i, prebuilt: a.slice(Math.max(0, i - 120), i + 120), live: b.slice(Math.max(0, i - 120), i + 120) };
}

test("before the app starts, every box, the onset question, search and none-of-these are on the page, with the emergency advice", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(SUB_PATH);
  await expect(page.locator("#fallback")).toBeVisible();
  for (const f of kb.findings) await expect(box(page, f.id)).toBeEnabled();
  await expect(form(page).locator("input[type=checkbox][name]")).toHaveCount(kb.findings.length);
  await expect(form(page).locator("input[type=radio][name=onset]")).toHaveCount(5);
  await expect(page.getByRole("searchbox", { name: "Find a box" })).toBeEditable();
  await expect(form(page).locator("input[id^=none-]")).toHaveCount(4);
  const listed = await page.locator("#static-emergency li").evaluateAll(
    (items) => items.map((li) => [li.dataset.finding, li.textContent]));
  expect(listed).toEqual(emergencySigns());
  await expect(page.locator("#static-emergency")).toBeVisible();
  const prebuilt = await markup(page);
  release();
  await waitForStart(page);
  await expect(page.locator("#static-emergency")).toBeHidden();
  expect(firstDifference(prebuilt, await markup(page)), "the live page's first render is the prebuilt page").toBeNull();
});

test("answers given before the app starts are kept, and the focus, the scroll position and the boxes stay where they were", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(SUB_PATH);
  // Things that apply to the person, far down the form, and the onset: no care card opens
  // above the form, so nothing should move when the app starts.
  await box(page, "low_sun").check();
  await page.getByLabel("Over weeks", { exact: true }).check();
  await box(page, "vegan_diet").check();
  await expect(page.locator("#fallback")).toBeVisible();
  const where = () => page.evaluate(() => ({
    scroll: Math.round(scrollY),
    focus: document.activeElement.id,
    tops: ["f-low_sun", "f-vegan_diet", "onset-weeks"]
      .map((id) => Math.round(document.getElementById(id).getBoundingClientRect().top)),
  }));
  const before = await where();
  expect(before.focus).toBe("f-vegan_diet");
  expect(before.scroll).toBeGreaterThan(844);
  release();
  await waitForStart(page);
  await expect(form(page)).toHaveAttribute("data-ticked", "low_sun vegan_diet");
  await expect(form(page)).toHaveAttribute("data-onset", "weeks");
  await expect(box(page, "low_sun")).toBeChecked();
  await expect(box(page, "vegan_diet")).toBeChecked();
  expect(await where()).toEqual(before);
  // And the live page goes on from there.
  await box(page, "vegan_diet").uncheck();
  await expect(form(page)).toHaveAttribute("data-ticked", "low_sun");
});

test("a warning sign ticked before the app starts gives the emergency card once it does", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(SUB_PATH);
  await box(page, "chest_pain").check();
  await box(page, "muscle_cramps").check();
  await page.getByTestId("none-risk_factor").check();
  release();
  await waitForStart(page);
  await expect(form(page)).toHaveAttribute("data-ticked", "chest_pain muscle_cramps");
  await expect(form(page)).toHaveAttribute("data-none-of", "risk_factor");
  await expect(page.getByTestId("triage")).toHaveAttribute("data-level", "emergency");
  await expect(page.getByRole("alert").first()).toBeVisible();
});
