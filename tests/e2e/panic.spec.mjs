// After a panic the person is not left with a dead page: the release build, served from an
// edited copy of dist/ (server.mjs) whose panic-shim.js makes Yew panic on demand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./fixtures.mjs";
import { labelOf, waitForStart } from "./checker.page.mjs";

const BASE = "/forced-panic/";
const kb = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "src", "knowledge-base.json"), "utf8"));
const EMERGENCY_SIGNS = kb.findings.filter((f) => kb.triage_rules.some((r) =>
  r.level === "emergency" && !r.when.any_of?.length && r.when.all_of?.length === 1 && r.when.all_of[0] === f.id));

// The panics these tests cause on purpose, and nothing else.
test.use({ expectedErrors: /forced failure for the panic test|^page error: unreachable$/ });

/** The code the page saves for a finding (base 36), which panic-shim.js looks for. */
const code = (id) => kb.findings.find((f) => f.id === id).code.toString(36);
const box = (page, id) => page.getByLabel(labelOf(id), { exact: true });
const rendered = (page, ticks) => expect(page.getByTestId("questions")).toHaveAttribute("data-ticked", ticks);

async function expectStoppedNotice(page) {
  const fatal = page.locator("#fatal");
  await expect(fatal).toBeVisible();
  await expect(fatal.getByRole("heading")).toHaveText("Sorry, the checker has stopped working");
  await expect(page.locator("#app")).toBeHidden();
  const emergency = page.locator("#static-emergency");
  await expect(emergency).toBeVisible();
  await expect(emergency.locator("li")).toHaveText(EMERGENCY_SIGNS.map((f) => f.label));
  const { y } = await emergency.boundingBox();
  expect(y).toBeLessThan(page.viewportSize().height);
  const reload = fatal.getByRole("link", { name: "Reload the checker" });
  expect(await reload.getAttribute("onclick")).toBeNull();
  return reload;
}

test("after a panic the page says it stopped, keeps the emergency advice, and a reload brings the ticks back", async ({ page }) => {
  await page.goto(BASE);
  await waitForStart(page);
  await box(page, "waddling_gait").check();
  await rendered(page, "waddling_gait");
  await page.evaluate((poison) => sessionStorage.setItem("test.poison", poison), code("waddling_gait"));
  await box(page, "thigh_weakness").click(); // this render panics
  const reload = await expectStoppedNotice(page);
  await page.evaluate(() => sessionStorage.removeItem("test.poison"));
  await reload.click();
  await rendered(page, "waddling_gait");
  await expect(box(page, "waddling_gait")).toBeChecked();
  await expect(page.locator("#fatal")).toBeHidden();
  await expect(page.locator(".notice")).toHaveCount(0);
  await box(page, "thigh_weakness").check();
  await rendered(page, "thigh_weakness waddling_gait");
});

test("a panic at start makes the next start open empty with a notice, and nothing reloads by itself", async ({ page }) => {
  let navigations = 0;
  page.on("framenavigated", (frame) => { if (frame === page.mainFrame()) navigations += 1; });
  await page.goto(BASE);
  await waitForStart(page);
  await box(page, "waddling_gait").check();
  await rendered(page, "waddling_gait");
  await page.evaluate((poison) => sessionStorage.setItem("test.poison", poison), code("waddling_gait"));
  await page.reload(); // restoring the saved tick now panics during the first render
  const reload = await expectStoppedNotice(page);
  await reload.click();
  await expect(page.locator(".notice")).toContainText("opened with nothing ticked");
  await rendered(page, "");
  await expect(box(page, "waddling_gait")).not.toBeChecked();
  await expect(page.locator("#fatal")).toBeHidden();
  await box(page, "muscle_cramps").check();
  await rendered(page, "muscle_cramps");
  await expect(page.getByTestId("results").locator("[data-condition]").first()).toBeVisible();
  expect(navigations, "the page load, the reload and the click on the link, nothing more").toBe(3);
});
