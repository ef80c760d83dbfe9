// The one fixture every end-to-end test uses: it watches every page of the test's browser
// context and fails the test on any console error, uncaught page error (a Rust panic shows as
// both) or request to another host. A test that provokes errors on purpose names them with one pattern,
// `test.use({ expectedErrors: /pattern/ })`; anything else still fails it.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  expectedErrors: [null, { option: true }],
  context: async ({ context, expectedErrors }, use) => {
    const problems = [];
    const watch = (page) => {
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`console error: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("request", (r) => {
        const url = new URL(r.url());
        if (!["http:", "https:"].includes(url.protocol)) return;
        if (url.hostname !== "127.0.0.1") problems.push(`request to another host: ${r.url()}`);
      });
    };
    context.pages().forEach(watch);
    context.on("page", watch);
    await use(context);
    const unexpected = problems.filter((p) => !expectedErrors?.test(p));
    expect(unexpected, "console errors, page errors or foreign requests").toEqual([]);
  },
});

export { expect };
