// The page on a phone (390 x 844, where most people open it): the first question on the first
// screen, the live answer in view while ticking, little of the screen covered, results that
// can be scanned, the way to the results and back, focus never hidden, keyboard order, visible
// focus, reduced motion, and no sideways scrolling at 320 px.
import { test, expect } from "./fixtures.mjs";
import { CheckerPage, coveredShare, labelOf, overlays, waitForStart } from "./checker.page.mjs";
import { Oracle } from "./walk.mjs";

const PHONE = { width: 390, height: 844 };
const SUB_PATH = "/deep/sub/path/legcheck/";
// The seed's potassium picture, onset unanswered: an urgent care card.
const THREE = ["leg_weakness", "muscle_cramps", "water_pill"];

test.use({ viewport: PHONE });

let checker;
test.beforeEach(async ({ page }) => {
  checker = new CheckerPage(page, SUB_PATH);
  await checker.open();
});

/** Whether an element's box lies wholly inside the screen. */
const inView = (locator) => locator.evaluate((e) => {
  const r = e.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
});

/** The form's checkboxes that are finding boxes, in page order. */
const boxes = (page) => page.locator("form input[type=checkbox][name]");

test("the first box is on the first screen", async ({ page }) => {
  const first = boxes(page).first();
  expect(await inView(first)).toBe(true);
  await expect(first).toHaveAccessibleName(labelOf("sudden_weakness"));
});

test("after scrolling to a box in the middle of the form and ticking it, the status bar is in view with the new answer", async ({ page }) => {
  const oracle = new Oracle();
  try {
    // The middle box of the form other than the warning signs (which would raise a card).
    const all = await page.locator("form fieldset:not(.group-warning_sign) input[type=checkbox][name]")
      .evaluateAll((els) => els.map((e) => e.name));
    const id = all[Math.floor(all.length / 2)];
    const box = page.locator(`#f-${id}`);
    await box.scrollIntoViewIfNeeded();
    const before = await checker.status.textContent();
    await box.check();
    const expected = await oracle.ask({ ticked: new Set([id]), onset: null, no: new Set(), unsure: new Set(), noneOf: new Set(), query: "" });
    await expect(checker.status).toHaveText(expected.summary);
    expect(expected.summary).not.toBe(before);
    expect(await inView(checker.status)).toBe(true);
    expect(await inView(box)).toBe(true);
  } finally {
    oracle.close();
  }
});

test("with an urgent card, what is fixed or sticky covers at most 30% of the screen wherever the form is scrolled", async ({ page }) => {
  await checker.tick(...THREE);
  await expect(checker.triage).toHaveAttribute("data-level", "urgent");
  const count = await boxes(page).count();
  let worst = 0;
  for (let i = 0; i < count; i += 6) {
    await boxes(page).nth(i).scrollIntoViewIfNeeded();
    worst = Math.max(worst, await coveredShare(page));
  }
  expect(worst).toBeGreaterThan(0.05); // the bar and the card are there
  expect(worst).toBeLessThanOrEqual(0.3);
  await expect(checker.alert).toBeInViewport();
});

test("with the three ticks and details closed, the results are at most four screens tall", async ({ page }) => {
  await checker.tick(...THREE);
  await expect(checker.ranked().first()).toBeAttached();
  const height = await checker.results.evaluate((e) => e.getBoundingClientRect().height);
  expect(height).toBeLessThanOrEqual(4 * PHONE.height);
  // Every match is there in rank order, and each card shows the blood test to ask about.
  expect(await checker.ranked().count()).toBeGreaterThan(3);
  await expect(checker.ranked().first().locator(".ask-for")).toBeVisible();
});

test("'See results' jumps to the results and 'Back to where you were' returns to the box with its focus", async ({ page }) => {
  await checker.tick("muscle_cramps");
  const box = page.getByLabel(labelOf("muscle_cramps"), { exact: true });
  await box.focus();
  const y = await page.evaluate(() => scrollY);
  await page.getByRole("button", { name: "See results" }).click();
  const heading = page.getByRole("heading", { name: "What could fit" });
  await expect(heading).toBeInViewport();
  await expect(page.locator("#results")).toBeFocused();
  await page.getByRole("button", { name: "Back to where you were" }).click();
  await expect(box).toBeFocused();
  await expect(box).toBeInViewport();
  // The page may scroll smoothly (unless the person asks for less motion): wait for it.
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(y - 5);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(y + 5);
  await expect(page.getByRole("button", { name: "Back to where you were" })).toBeHidden();
});

for (const screen of [PHONE, { width: 360, height: 640 }]) test(`at ${screen.width} x ${screen.height}, tabbing through the page, focus follows the page's order, always shows, and is never under the status bar or the care card`, async ({ page }) => {
  await page.setViewportSize(screen);
  // Without smooth scrolling, every position read is where focus has landed.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await checker.tick(...THREE);
  await expect(checker.triage).toHaveAttribute("data-level", "urgent");
  await page.locator(".page-header h1").click();
  let previous = -1;
  let stops = 0;
  for (;;) {
    await page.keyboard.press("Tab");
    const info = await page.locator(":focus").evaluate((e) => {
      const r = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      return {
        what: e.id || e.textContent.trim().slice(0, 40),
        order: [...document.querySelectorAll("*")].indexOf(e),
        rect: { top: r.top, bottom: r.bottom },
        inOverlay: e.closest(".status-bar, .triage") !== null,
        ring: style.outlineStyle !== "none" || style.boxShadow !== "none",
      };
    });
    stops += 1;
    expect(info.ring, `${info.what} shows no focus`).toBe(true);
    expect(info.order, `${info.what} comes before the element focused before it`).toBeGreaterThan(previous);
    previous = info.order;
    if (!info.inOverlay) {
      for (const o of await overlays(page)) {
        const overlap = Math.min(info.rect.bottom, o.bottom) - Math.max(info.rect.top, o.top);
        expect(overlap, `${info.what} is hidden under a fixed or sticky part`).toBeLessThanOrEqual(0);
      }
    }
    if (info.what === "Copy summary") break;
    expect(stops, "never reached 'Copy summary'").toBeLessThan(300);
  }
  expect(stops).toBeGreaterThan(95); // every box was on the way
});

test("motion follows the person's setting", async ({ page }) => {
  const behaviour = () => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await behaviour()).toBe("auto");
  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await behaviour()).toBe("smooth");
});

test("no sideways scrolling at 320 px, empty, ticked with suggestions, and with an emergency card", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const width = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await width()).toBeLessThanOrEqual(320);
  await checker.tick("numb_tingling_feet", "balance_problems", "paralysis");
  await expect(page.getByTestId("separators")).toBeVisible();
  await expect(checker.triage).toHaveAttribute("data-level", "emergency");
  expect(await width()).toBeLessThanOrEqual(320);
  await page.locator("details.more").first().locator("summary").click();
  expect(await width()).toBeLessThanOrEqual(320);
});

test("moving around the page writes no URL fragment, and a fragment the page does not know is ignored", async ({ page }) => {
  await checker.tick("muscle_cramps");
  await page.getByRole("button", { name: "See results" }).click();
  await page.getByRole("button", { name: "Back to where you were" }).click();
  expect(new URL(page.url()).hash).toBe("");
  await page.goto(`${SUB_PATH}#results`);
  await expect(checker.status).toBeVisible();
  await expect(page.getByLabel(labelOf("muscle_cramps"), { exact: true })).toBeChecked();
  await page.goto(`${SUB_PATH}#b=1`);
  await page.reload();
  await waitForStart(page);
  await expect(checker.status).toBeVisible();
  await expect(page.getByLabel(labelOf("muscle_cramps"), { exact: true })).toBeChecked();
  expect(await checker.rankedIds()).not.toEqual([]);
});
