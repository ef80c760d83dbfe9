// The checker as a person uses it, from the site root and from a deep sub-path.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./fixtures.mjs";
import { CheckerPage, kb, labelOf, waitForStart } from "./checker.page.mjs";

const SUB_PATH = "/deep/sub/path/legcheck/";

// Each seed row's findings (the seed document's comparison table and vitamin C paragraph), the
// same fixture the Rust tests read.
const SEED_ROWS = Object.fromEntries(
  JSON.parse(readFileSync(join(import.meta.dirname, "..", "fixtures", "seed-rows.json"), "utf8"))
    .rows.map((r) => [r.deficiency, r.findings]),
);

for (const base of ["/", SUB_PATH]) {
  test.describe(`served at ${base}`, () => {
    let checker;
    test.beforeEach(async ({ page }) => {
      checker = new CheckerPage(page, base);
      await checker.open();
    });

    test("starts empty with the note, the status line and no triage", async ({ page }) => {
      await expect(page.getByTestId("disclaimer")).toContainText("not a diagnosis");
      await expect(checker.status).toContainText("Nothing ticked yet");
      await expect(page.getByTestId("empty")).toBeVisible();
      await expect(checker.triage).toHaveAttribute("data-level", "none");
      await expect(page.locator("#fallback")).toBeHidden();
      await expect(page.locator("fieldset")).toHaveCount(5);
    });

    for (const [id, row] of Object.entries(SEED_ROWS)) {
      test(`ticking the seed signs of ${id} ranks it first and strong`, async () => {
        await checker.tick(...row);
        await expect(checker.ranked().first()).toHaveAttribute("data-condition", id);
        await expect(checker.ranked().first()).toHaveAttribute("data-strength", "strong");
        const evidence = checker.card(id).getByTestId("evidence");
        for (const f of row) await expect(evidence).toContainText(labelOf(f));
        await expect(checker.status).toContainText("top match:");
        await expect(checker.triage).not.toHaveAttribute("data-level", "none");
      });
    }

    test("evidence, missing signs, what it does and sources are shown", async () => {
      await checker.tick("waddling_gait", "thigh_weakness", "low_sun");
      const card = checker.card("vitamin_d");
      await expect(card.getByTestId("evidence").locator("li")).toHaveCount(3);
      await expect(card.getByTestId("missing")).toContainText(labelOf("bone_pain"));
      await expect(card).toContainText("What it does");
      await expect(card).toContainText("25-hydroxy vitamin D");
      const links = card.locator(".sources a");
      expect(await links.count()).toBeGreaterThan(3);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.href))) {
        expect(href).toMatch(/^https:\/\//);
      }
    });

    test("a warning sign shows emergency advice above a strong match", async ({ page }) => {
      await checker.tick(...SEED_ROWS.vitamin_d, "breathing_swallowing");
      await expect(checker.ranked().first()).toHaveAttribute("data-strength", "strong");
      await expect(checker.triage).toHaveAttribute("data-level", "emergency");
      await expect(checker.alert).toContainText("Call your emergency number now, such as 911, 999 or 112");
      await expect(checker.alert).not.toContainText("Get medical help today");
      const alertBox = await checker.alert.boundingBox();
      const resultsBox = await checker.results.boundingBox();
      expect(alertBox.y).toBeLessThan(resultsBox.y);
      await expect(checker.status).toContainText("Call your emergency number now. ");
      await expect(checker.triage.locator('[data-rule="emergency_breathing_swallowing"]')).toHaveCount(1);
    });

    test("the potassium caution appears when kidney disease is ticked", async ({ page }) => {
      await checker.tick("muscle_cramps", "constipation", "water_pill");
      await expect(checker.card("potassium").getByTestId("caution")).toHaveCount(0);
      await checker.tick("kidney_disease");
      await expect(checker.card("potassium").getByTestId("caution")).toContainText("kidney disease");
    });

    test("ticks survive a reload of the tab and Clear all removes them", async ({ page }) => {
      await checker.tick("waddling_gait", "paralysis");
      await page.reload();
      await waitForStart(page);
      await expect(page.getByLabel(labelOf("waddling_gait"), { exact: true })).toBeChecked();
      await expect(checker.triage).toHaveAttribute("data-level", "emergency");
      await expect(checker.alert).toBeVisible();
      await page.getByRole("button", { name: "Clear all" }).click();
      await expect(checker.ranked()).toHaveCount(0);
      await page.reload();
      await waitForStart(page);
      await expect(page.getByLabel(labelOf("waddling_gait"), { exact: true })).not.toBeChecked();
    });

    test("only risk factors, or a weak fit, says nothing fits well", async ({ page }) => {
      await checker.tick("older_age");
      await expect(page.getByTestId("nothing-fits")).toBeVisible();
      await expect(checker.triage).toHaveAttribute("data-level", "none");
      await checker.tick("fatigue");
      await expect(page.getByTestId("nothing-fits")).toContainText("other causes");
      await expect(checker.triage).toHaveAttribute("data-level", "routine");
    });
  });
}

test("a tampered saved state keeps what it can, with a message, and an older version's is dropped with one", async ({ page }) => {
  const checker = new CheckerPage(page, "/");
  await checker.open();
  const code = (id) => kb.findings.find((f) => f.id === id).code.toString(36);
  await page.evaluate((text) => sessionStorage.setItem("legcheck.answers.v3", text), `1~t${code("waddling_gait")}.zzz~o3~q`);
  await page.reload();
  await waitForStart(page);
  await expect(page.getByLabel(labelOf("waddling_gait"), { exact: true })).toBeChecked();
  await expect(page.locator(".notices")).toContainText("2 of the answers saved in this tab could not be read");
  await expect(page.getByLabel("Over weeks")).toBeChecked();
  await page.evaluate(() => sessionStorage.setItem("legcheck.answers.v3", "{not json"));
  await page.reload();
  await waitForStart(page);
  await expect(page.locator(".notices")).toContainText("could not be read");
  await expect(checker.status).toContainText("Nothing ticked yet");
  await page.evaluate(() => {
    sessionStorage.removeItem("legcheck.answers.v3");
    sessionStorage.setItem("legcheck.answers.v2", '{"ticked":["waddling_gait"]}');
  });
  await page.reload();
  await waitForStart(page);
  await expect(page.locator(".notices")).toContainText("earlier version of the page could not be read");
  expect(await page.evaluate(() => sessionStorage.getItem("legcheck.answers.v2"))).toBeNull();
});

test("fits a 360 px wide phone screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const checker = new CheckerPage(page, SUB_PATH);
  await checker.open();
  await checker.tick("one_sided_weakness", "waddling_gait");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  const alertBox = await checker.alert.boundingBox();
  expect(alertBox.x).toBeGreaterThanOrEqual(0);
  expect(alertBox.x + alertBox.width).toBeLessThanOrEqual(360);
});

test("works offline after the first visit", async ({ page, context }) => {
  const checker = new CheckerPage(page, SUB_PATH);
  await checker.open();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.reload();
  await waitForStart(page);
  await checker.tick("waddling_gait");
  await expect(checker.ranked().first()).toHaveAttribute("data-condition", "vitamin_d");
  await context.setOffline(false);
});

test("on a 360 px phone, a warning sign survives a reload and its alert shows above a strong match without scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const checker = new CheckerPage(page, SUB_PATH);
  await checker.open();
  await checker.tick(...SEED_ROWS.vitamin_d, "sudden_weakness");
  await page.reload();
  await waitForStart(page);
  await expect(checker.ranked().first()).toHaveAttribute("data-strength", "strong");
  await expect(checker.triage).toHaveAttribute("data-level", "emergency");
  // The browser restores the scroll position on reload; the card stays in view wherever it is.
  const inView = async () => {
    const box = await checker.alert.boundingBox();
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + 40).toBeLessThan(640); // at least its heading is on screen
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    return box;
  };
  await inView();
  await page.evaluate(() => window.scrollTo(0, 0));
  const top = await inView();
  expect(top.y).toBeLessThan((await checker.ranked().first().boundingBox()).y);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(checker.alert.getByRole("heading")).toHaveText("Call your emergency number now, such as 911, 999 or 112");
});

test("a combination rule and a mimic explain themselves", async ({ page }) => {
  const checker = new CheckerPage(page, "/");
  await checker.open();
  await checker.tick("statin", "muscle_pain");
  await expect(page.getByTestId("mimic")).toContainText("statin");
  await expect(checker.triage).toHaveAttribute("data-level", "routine");
  // Weak muscles on a statin: Mayo Clinic says get care right away (rhabdomyolysis).
  await checker.tick("thigh_weakness");
  await expect(checker.triage).toHaveAttribute("data-level", "urgent");
  await expect(checker.alert).toContainText("statin");
  await checker.tick("new_confusion", "heavy_alcohol");
  await expect(checker.triage).toHaveAttribute("data-level", "emergency");
  await expect(checker.alert).toContainText("Wernicke");
  await expect(page.locator('[data-caution="never_stop_medicine"]')).toContainText("never stop a prescribed medicine");
});

test("an urgent sign alone gives urgent advice only", async ({ page }) => {
  const checker = new CheckerPage(page, "/");
  await checker.open();
  await checker.tick("swollen_calf");
  await expect(checker.triage).toHaveAttribute("data-level", "urgent");
  await expect(checker.alert.getByRole("heading")).toHaveText("Get medical help today");
  await expect(checker.alert).not.toContainText("Call your emergency number now");
});

test("'what would tell them apart' ticks a finding in place with Yes", async ({ page }) => {
  const checker = new CheckerPage(page, "/");
  await checker.open();
  await checker.tick("numb_tingling_feet", "balance_problems");
  const separators = page.getByTestId("separators");
  await expect(separators.locator("li")).not.toHaveCount(0);
  const first = separators.locator("li").first();
  const id = await first.getAttribute("data-finding");
  await first.getByRole("button", { name: "Yes", exact: true }).click();
  await expect(page.getByLabel(labelOf(id), { exact: true })).toBeChecked();
  await expect(separators.locator(`li[data-finding="${id}"]`)).toHaveCount(0);
});

test("each deficiency's card names the blood test to ask about, and its details cite their sources", async ({ page }) => {
  const checker = new CheckerPage(page, "/");
  await checker.open();
  await checker.tick("fatigue"); // listed by most deficiencies, so most cards show
  const cards = checker.ranked();
  expect(await cards.count()).toBeGreaterThan(8);
  await page.locator("details.more-matches > summary").click();
  for (const card of await cards.all()) {
    await expect(card.locator(".ask-for")).toContainText("Blood test to ask about: ");
    await expect(card.locator("details.more .deficiency-details")).toBeHidden();
    await card.locator("details.more > summary").click();
    await expect(card).toContainText("Blood test to ask a doctor or nurse about");
    expect(await card.locator(".sources a").count()).toBeGreaterThanOrEqual(4);
  }
});

test("the onset answer changes advice that depends on it, names what raised the level, and survives a reload", async ({ page }) => {
  const checker = new CheckerPage(page, "/");
  await checker.open();
  await checker.tick("water_pill", "muscle_cramps");
  // Unanswered counts as "not sure", the cautious choice.
  await expect(checker.triage).toHaveAttribute("data-level", "urgent");
  await expect(checker.status).toContainText("Get medical help today. ");
  await expect(checker.triage.locator('[data-rule="urgent_potassium_loss_symptoms"]')).toHaveCount(1);
  await page.getByLabel("Months ago or longer").check();
  await expect(checker.triage).toHaveAttribute("data-level", "soon");
  await expect(checker.triage.getByRole("heading")).toHaveText("See a doctor in the next few days");
  await expect(checker.alert).toHaveCount(0);
  // "Soon" is no alert and not sticky; its reasons show in full at the top of the results.
  await expect(checker.triage.locator('[data-rule="soon_potassium_loss_symptoms"]')).toHaveCount(1);
  await expect(page.getByTestId("care-advice")).toContainText("See a doctor in the next few days");
  await page.reload();
  await waitForStart(page);
  await expect(page.getByLabel("Months ago or longer")).toBeChecked();
  await expect(checker.triage).toHaveAttribute("data-level", "soon");
  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(page.getByLabel("Months ago or longer")).not.toBeChecked();
  await expect(checker.triage).toHaveAttribute("data-level", "none");
});

test("a warning sign is never gated by the onset answer", async ({ page }) => {
  const checker = new CheckerPage(page, "/");
  await checker.open();
  await page.getByLabel("Months ago or longer").check();
  await checker.tick("new_confusion");
  await expect(checker.triage).toHaveAttribute("data-level", "emergency");
  await expect(checker.triage.locator('[data-rule="emergency_new_confusion"]')).toHaveCount(1);
});

test("the page says who it is not made for and how it was tested", async ({ page }) => {
  const checker = new CheckerPage(page, "/");
  await checker.open();
  await expect(page.locator('[data-notice="pregnancy"]')).toContainText("Leg cramps are common in pregnancy");
  await expect(page.locator('[data-notice="under_18"]')).toContainText("made for adults");
  await expect(page.getByTestId("evaluation").getByRole("heading")).toHaveText("How good is this?");
  // The figures and the warning come from the newest sealed set's one recorded run.
  const run = JSON.parse(
    readFileSync(join(import.meta.dirname, "..", "eval", "sealed4", "result.json"), "utf8"),
  );
  await expect(page.getByTestId("evaluation-figures")).toContainText(
    `Of ${run.need_today} people who needed care the same day, the page said so for ${run.sent_today}.`,
  );
  // The warning not to rely on the page alone stays whatever the newest set found.
  const missed = run.need_today - run.sent_today;
  await expect(page.getByTestId("evaluation-warning")).toContainText(
    missed > 0 ? `missed ${missed} of the ${run.need_today} people` : "earlier tests of the checker missed some people",
  );
  await expect(page.getByTestId("evaluation-warning")).toContainText("Do not use it alone");
});
