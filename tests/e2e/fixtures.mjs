// The one fixture every end-to-end test uses: it watches the test's whole browser context and
// fails the test on any console error, uncaught page error (a Rust panic shows as both),
// Content-Security-Policy violation, or request to another host, service workers' own
// requests included (Playwright reports those with PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS=1,
// which playwright.config.mjs sets). A test that provokes problems on purpose names them with one
// pattern, `test.use({ expectedErrors: /pattern/ })`, and can read what was seen in `watched`;
// anything else still fails it.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  expectedErrors: [null, { option: true }],
  watched: async ({}, use) => { await use([]); },
  context: async ({ context, expectedErrors, watched }, use) => {
    const problems = watched;
    // Every page reports a policy violation as a console error, with what it blocked.
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline code"}`);
      });
    });
    const watch = (page) => {
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`console error: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    };
    context.pages().forEach(watch);
    context.on("page", watch);
    // Context-level: pages, workers and service workers alike.
    context.on("request", (r) => {
      const url = new URL(r.url());
      if (!["http:", "https:", "ws:", "wss:"].includes(url.protocol)) return;
      if (url.hostname !== "127.0.0.1") {
        const from = r.serviceWorker() ? "a service worker" : "the page";
        problems.push(`request to another host from ${from}: ${r.url()}`);
      }
    });
    await use(context);
    const unexpected = problems.filter((p) => !expectedErrors?.test(p));
    expect(unexpected, "console errors, page errors, policy violations or foreign requests").toEqual([]);
  },
});

export { expect };
