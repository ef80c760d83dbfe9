// The ways to answer besides ticking: search, Yes / No / Not sure to a suggestion, "None of
// these", undo, and the summary for a clinician (printed and copied); and the page's test
// hooks that outside evaluations read.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./fixtures.mjs";
import { CheckerPage, labelOf, waitForStart } from "./checker.page.mjs";

const kb = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "src", "knowledge-base.json"), "utf8"));

let checker;
test.beforeEach(async ({ page }) => {
  checker = new CheckerPage(page, "/");
  await checker.open();
});

test("each box's accessible name is its knowledge-base label, and no other element has it", async ({ page }) => {
  // A state with suggestions, results, an open card and a care card on screen.
  await checker.tick("numb_tingling_feet", "balance_problems", "water_pill", "muscle_cramps");
  await expect(page.getByTestId("separators")).toBeVisible();
  await checker.ranked().first().locator("details.more > summary").click();
  for (const f of kb.findings) {
    const named = page.getByLabel(f.label, { exact: true });
    await expect(named, f.id).toHaveCount(1);
    await expect(named, f.id).toHaveAttribute("type", "checkbox");
    await expect(named, f.id).toHaveAttribute("name", f.id);
  }
});

test("search narrows the boxes by label, hint or lay word, never hides a ticked box or a warning sign, and says what to do when nothing matches", async ({ page }) => {
  await checker.tick("muscle_cramps");
  const search = page.getByLabel("Find a box");
  const box = (id) => page.locator(`#f-${id}`);
  await search.fill("water tablet");
  await expect(box("water_pill")).toBeVisible();
  await expect(box("fatigue")).toBeHidden();
  await expect(box("muscle_cramps")).toBeVisible(); // ticked
  await expect(box("paralysis")).toBeVisible(); // a warning sign
  await expect(page.getByTestId("search")).toContainText("1 box matches the search.");
  await search.fill("pins and needles");
  await expect(box("numb_tingling_feet")).toBeVisible();
  await search.fill("laughing gas");
  await expect(box("nitrous_oxide")).toBeVisible();
  await search.fill("zzzz");
  await expect(page.getByTestId("no-match")).toContainText('No box matches "zzzz"');
  await expect(page.getByTestId("no-match")).toContainText("ask a doctor or nurse");
  await expect(box("paralysis")).toBeVisible();
  await page.getByRole("button", { name: "Clear search" }).click();
  await expect(search).toHaveValue("");
  await expect(box("fatigue")).toBeVisible();
  await expect(page.getByTestId("no-match")).toHaveCount(0);
});

test('a "no" to a suggestion is recorded, named on the card, kept over a reload and never changes the care level', async ({ page }) => {
  await checker.tick("numb_tingling_feet", "balance_problems", "water_pill");
  const level = await checker.triage.getAttribute("data-level");
  const suggestion = page.getByTestId("separators").locator("li").first();
  const id = await suggestion.getAttribute("data-finding");
  await suggestion.getByRole("button", { name: "No", exact: true }).click();
  await expect(page.locator(`[data-testid=separators] li[data-finding="${id}"]`)).toHaveCount(0);
  await expect(checker.triage).toHaveAttribute("data-level", level);
  await expect(page.getByLabel(labelOf(id), { exact: true })).not.toBeChecked();
  const denied = page.locator(`[data-testid=results] [data-denied~="${id}"]`);
  await expect(denied.first()).toContainText(`You said no to: ${labelOf(id)}`);
  await expect(page.locator(`#f-${id} ~ .choice-hint .said-no`)).toHaveText("You said no to this.");
  await page.reload();
  await waitForStart(page);
  await expect(denied.first()).toBeAttached();
  // Ticking the box after all takes the "no" back.
  await page.getByLabel(labelOf(id), { exact: true }).check();
  await expect(denied).toHaveCount(0);
});

test('"Not sure" takes a suggestion away and changes nothing else', async ({ page }) => {
  await checker.tick("numb_tingling_feet", "balance_problems");
  const ranked = await checker.rankedIds();
  const suggestion = page.getByTestId("separators").locator("li").first();
  const id = await suggestion.getAttribute("data-finding");
  await suggestion.getByRole("button", { name: "Not sure", exact: true }).click();
  await expect(page.locator(`[data-testid=separators] li[data-finding="${id}"]`)).toHaveCount(0);
  expect(await checker.rankedIds()).toEqual(ranked);
  await expect(page.locator("[data-testid=results] [data-denied]")).toHaveCount(0);
});

test('"None of these" unticks its group, a tick in the group takes it back, and undo brings the ticks back', async ({ page }) => {
  await checker.tick("muscle_cramps", "fatigue");
  const none = page.getByLabel("None of these leg problems", { exact: true });
  await none.check();
  await expect(page.getByLabel(labelOf("muscle_cramps"), { exact: true })).not.toBeChecked();
  await expect(page.getByLabel(labelOf("fatigue"), { exact: true })).toBeChecked();
  await page.getByRole("button", { name: 'Undo "None of these"' }).click();
  await expect(page.getByLabel(labelOf("muscle_cramps"), { exact: true })).toBeChecked();
  await expect(none).not.toBeChecked();
  await expect(page.getByRole("button", { name: /^Undo/ })).toBeHidden();
  await none.check();
  await checker.tick("leg_weakness");
  await expect(none).not.toBeChecked();
  await expect(page.getByRole("button", { name: /^Undo/ })).toBeHidden();
});

test("Clear all can be undone once, and the warning signs' \"none\" is kept as an answer", async ({ page }) => {
  await page.getByLabel("I have checked: none of these warning signs", { exact: true }).check();
  await checker.tick("muscle_cramps");
  await page.getByLabel("Over weeks").check();
  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(page.getByLabel(labelOf("muscle_cramps"), { exact: true })).not.toBeChecked();
  await page.getByRole("button", { name: "Undo clear all" }).click();
  await expect(page.getByLabel(labelOf("muscle_cramps"), { exact: true })).toBeChecked();
  await expect(page.getByLabel("Over weeks")).toBeChecked();
  await expect(page.getByLabel("I have checked: none of these warning signs", { exact: true })).toBeChecked();
  await page.reload();
  await waitForStart(page);
  await expect(page.getByLabel("I have checked: none of these warning signs", { exact: true })).toBeChecked();
});

/** What every summary for a clinician must say for the answers the next tests give. */
async function expectSummary(text, page) {
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
  expect(text).toContain(`Made on ${today}`);
  expect(text).toContain(`knowledge base ${kb.version}`);
  expect(text).toContain("This is not a diagnosis.");
  expect(text).toContain("See a doctor in the next few days."); // weeks: the soon rule
  expect(text).toContain("Over weeks");
  expect(text).toContain(labelOf("muscle_cramps"));
  expect(text).toContain(labelOf("water_pill"));
  expect(text).toContain("Read the warning signs: none of them applies.");
  expect(text).toMatch(/No: .+\./);
  expect(text).toContain("Test to ask about:");
}

async function answerForSummary(page) {
  await page.getByLabel("I have checked: none of these warning signs", { exact: true }).check();
  await checker.tick("muscle_cramps", "leg_weakness", "water_pill");
  await page.getByLabel("Over weeks").check();
  await page.getByTestId("separators").getByRole("button", { name: "No", exact: true }).first().click();
}

test("the summary for a clinician is copied as plain text", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await answerForSummary(page);
  await page.getByRole("button", { name: "Copy summary" }).click();
  await expect(page.getByTestId("copied")).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await expectSummary(text, page);
  expect(text).toContain("Weak or cramping legs: summary to show a doctor or nurse");
});

test("printing shows the summary for a clinician and nothing else", async ({ page }) => {
  await answerForSummary(page);
  await page.emulateMedia({ media: "print" });
  const summary = page.getByTestId("print-summary");
  await expect(summary).toBeVisible();
  await expect(page.getByTestId("questions")).toBeHidden();
  await expect(checker.results).toBeHidden();
  await expect(checker.triage).toBeHidden();
  await expectSummary(await summary.innerText(), page);
  await page.emulateMedia({ media: "screen" });
  await expect(summary).toBeHidden();
  await expect(page.getByTestId("questions")).toBeVisible();
});
