// Accessibility, checked by axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) in each state a
// person meets, in light and dark colours, on a phone and a wide screen. Any violation fails.
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures.mjs";
import { CheckerPage } from "./checker.page.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Each state: how to reach it from an empty page. */
const STATES = {
  "nothing ticked": async () => {},
  "several ticked, with suggestions": async (checker, page) => {
    await checker.tick("numb_tingling_feet", "balance_problems", "fatigue");
    await expect(page.getByTestId("separators")).toBeVisible();
  },
  "an emergency card": async (checker) => {
    await checker.tick("muscle_cramps", "paralysis");
    await expect(checker.triage).toHaveAttribute("data-level", "emergency");
  },
  "a search that matches nothing": async (checker, page) => {
    await page.getByLabel("Find a box").fill("zzzz");
    await expect(page.getByTestId("no-match")).toBeVisible();
  },
  'a "no" answer': async (checker, page) => {
    await checker.tick("numb_tingling_feet", "balance_problems");
    await page.getByTestId("separators").getByRole("button", { name: "No", exact: true }).first().click();
    await expect(page.locator("[data-testid=results] [data-denied]").first()).toBeAttached();
  },
};

for (const [width, height] of [[390, 844], [1280, 800]]) {
  for (const scheme of ["light", "dark"]) {
    for (const [name, reach] of Object.entries(STATES)) {
      test(`axe finds nothing at ${width} px, ${scheme}: ${name}`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        const checker = new CheckerPage(page, "/");
        await checker.open();
        await reach(checker, page);
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const found = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
        expect(found).toEqual([]);
      });
    }
  }
}
