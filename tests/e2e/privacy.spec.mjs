// Private by construction: each sentence of the page's privacy section (src/components/
// privacy.rs, by its data-privacy key) and the README's, tested for what it says; the policy
// that allows no inline or foreign code; the request recorder proved on a canary; offline,
// a new deploy replacing the old cache, and installability.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { test, expect } from "./fixtures.mjs";
import { CheckerPage, labelOf, waitForStart } from "./checker.page.mjs";

const SUB_PATH = "/deep/sub/path/legcheck/";
const ROOT = join(import.meta.dirname, "..", "..");
const DIST = join(ROOT, "dist");
const TAB_KEY = "legcheck.answers.v3";
const DEVICE_KEY = "legcheck.remembered.v1";

const box = (page, id) => page.getByLabel(labelOf(id), { exact: true });
const form = (page) => page.getByTestId("questions");
const sentence = (page, key) => page.locator(`[data-privacy="${key}"]`);
const stored = (page) => page.evaluate(([tab, device]) => ({
  tab: sessionStorage.getItem(tab), device: localStorage.getItem(device),
}), [TAB_KEY, DEVICE_KEY]);
const remember = (page) => page.getByRole("button", { name: "Remember my answers on this device", exact: true });
const forget = (page) => page.getByRole("button", { name: "Forget my answers on this device", exact: true });

async function open(page, path = SUB_PATH) {
  await page.goto(path);
  await waitForStart(page);
}

test("nothing-sent: ticking, searching, remembering and making a link send nothing anywhere", async ({ page, context }) => {
  const requests = [];
  context.on("request", (r) => requests.push(r));
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page);
  await expect(sentence(page, "nothing-sent")).toContainText("Nothing you tick or type leaves this device");
  await box(page, "muscle_cramps").check();
  await page.getByRole("searchbox", { name: "Find a box" }).fill("water tablet");
  await box(page, "water_pill").check();
  await remember(page).click();
  await page.getByRole("button", { name: "Copy a link to these answers" }).click();
  await expect(page.getByTestId("link-copied")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const answers = link.split("#a=")[1];
  expect(answers).toMatch(/^1~t/);
  for (const r of requests) {
    const url = new URL(r.url());
    expect(url.hostname, r.url()).toBe("127.0.0.1");
    expect(r.method(), r.url()).toBe("GET");
    expect(url.search + url.hash, r.url()).toBe("");
    expect(r.postData(), r.url()).toBeNull();
  }
  expect(requests.length).toBeGreaterThan(3);
});

test("tab: answers are kept in this tab across a reload, and a new tab starts empty", async ({ page, context }) => {
  await open(page);
  await expect(sentence(page, "tab")).toContainText("kept in this tab's storage");
  await box(page, "muscle_cramps").check();
  await expect(form(page)).toHaveAttribute("data-ticked", "muscle_cramps");
  expect((await stored(page)).tab).toMatch(/^1~t/);
  await page.reload();
  await waitForStart(page);
  await expect(box(page, "muscle_cramps")).toBeChecked();
  const other = await context.newPage();
  await open(other);
  await expect(form(other)).toHaveAttribute("data-ticked", "");
  expect(await stored(other)).toEqual({ tab: "1", device: null });
  await expect(other.getByTestId("remember-status")).toHaveAttribute("data-remember", "off");
});

test("device: only after 'Remember' are answers kept on the device, until 'Forget' erases them", async ({ page, context }) => {
  await open(page);
  await expect(sentence(page, "device")).toContainText("only if you press");
  await box(page, "fatigue").check();
  expect((await stored(page)).device).toBeNull();
  await expect(page.getByTestId("remember-status")).toContainText("kept only in this tab");
  await remember(page).click();
  await expect(page.getByTestId("remember-status")).toContainText("remembered on this device");
  await expect.poll(async () => (await stored(page)).device).toMatch(/^1~t/);
  // A new tab of the same browser gets them.
  const second = await context.newPage();
  await open(second);
  await expect(box(second, "fatigue")).toBeChecked();
  await expect(second.getByTestId("remember-status")).toHaveAttribute("data-remember", "on");
  await forget(second).click();
  await expect(second.getByTestId("remember-status")).toHaveAttribute("data-remember", "off");
  expect((await stored(second)).device).toBeNull();
  // Forgotten: the next new tab starts empty, and the first tab's own answers stay in it.
  const third = await context.newPage();
  await open(third);
  await expect(form(third)).toHaveAttribute("data-ticked", "");
  await expect(box(page, "fatigue")).toBeChecked();
});

test("link: a link carries the answers, opens them elsewhere, leaves the address bar clean, and a tampered or huge link keeps what it can", async ({ page, context, browser }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page);
  await expect(sentence(page, "link")).toContainText("carries your answers");
  await expect(page.getByTestId("keep-answers")).toContainText("The link holds health information");
  await box(page, "leg_weakness").check();
  await page.getByLabel("Over weeks", { exact: true }).check();
  await page.getByRole("button", { name: "Copy a link to these answers" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain(`${SUB_PATH}#a=1~`);
  const elsewhere = await browser.newContext({ baseURL: new URL(page.url()).origin });
  try {
    const other = await elsewhere.newPage();
    await other.goto(link);
    await waitForStart(other);
    await expect(form(other)).toHaveAttribute("data-ticked", "leg_weakness");
    await expect(form(other)).toHaveAttribute("data-onset", "weeks");
    expect(new URL(other.url()).hash).toBe("");
    await expect(other.locator(".notices")).toContainText("from the link you opened");
    // Tampered: the known answer is kept, the rest is dropped with a notice, no panic.
    await other.goto("about:blank");
    await other.goto(`${link}.zz~q9`);
    await waitForStart(other);
    await expect(form(other)).toHaveAttribute("data-ticked", "leg_weakness");
    await expect(other.locator(".notices")).toContainText("could not be read and were left out");
    await other.goto("about:blank");
    await other.goto(`${SUB_PATH}#a=${"x".repeat(100_000)}`);
    await waitForStart(other);
    await expect(form(other)).toHaveAttribute("data-ticked", "");
    await expect(other.locator(".notices")).toContainText("could not be read");
    expect(new URL(other.url()).hash).toBe("");
  } finally {
    await elsewhere.close();
  }
});

test("link: a link wins over the answers in this tab, and Undo brings those back", async ({ page }) => {
  await open(page);
  await box(page, "muscle_cramps").check();
  await expect(form(page)).toHaveAttribute("data-ticked", "muscle_cramps");
  // A link with "fatigue" ticked, in the codec's form: its code from the knowledge base.
  const kb = JSON.parse(readFileSync(join(ROOT, "src", "knowledge-base.json"), "utf8"));
  const fatigue = kb.findings.find((f) => f.id === "fatigue").code.toString(36);
  await page.goto("about:blank");
  await page.goto(`${SUB_PATH}#a=1~t${fatigue}`);
  await waitForStart(page);
  await expect(form(page)).toHaveAttribute("data-ticked", "fatigue");
  await expect(page.locator(".notices")).toContainText("took the place of other answers saved in this tab");
  await page.getByRole("button", { name: "Undo: bring back my earlier answers" }).click();
  await expect(form(page)).toHaveAttribute("data-ticked", "muscle_cramps");
});

test("clear: 'Clear all' erases the answers from this tab and from the device", async ({ page }) => {
  await open(page);
  await expect(sentence(page, "clear")).toContainText("erases your answers from this tab, and from this device");
  await remember(page).click();
  await box(page, "muscle_cramps").check();
  await expect.poll(async () => (await stored(page)).device).toMatch(/^1~t/);
  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(form(page)).toHaveAttribute("data-ticked", "");
  await expect.poll(() => stored(page)).toEqual({ tab: "1", device: "1" });
});

test("offline: the page's copy of its own files holds only its files, byte for byte, under this build's name", async ({ page, context }) => {
  await open(page);
  await expect(sentence(page, "offline")).toContainText("holds none of your answers");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await box(page, "muscle_cramps").check();
  const build = readFileSync(join(DIST, "sw.js"), "utf8").match(/const CACHE = "(legcheck-[0-9a-f]{16})"/)[1];
  const cached = await page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = await Promise.all((await cache.keys()).map(async (r) => [r.url, await (await cache.match(r)).text()]));
    }
    return out;
  });
  expect(Object.keys(cached)).toEqual([build]);
  const files = new Set(["index.html", ...readdirSync(DIST)]);
  for (const [url, body] of cached[build]) {
    const u = new URL(url);
    expect(u.search + u.hash, url).toBe("");
    const name = u.pathname.slice(SUB_PATH.length) || "index.html";
    expect(files.has(name), url).toBe(true);
    if (name === "index.html") expect(body).toBe(readFileSync(join(DIST, "index.html"), "utf8"));
  }
  await context.setOffline(true);
  await page.reload();
  await waitForStart(page);
  await expect(box(page, "muscle_cramps")).toBeChecked();
  await context.setOffline(false);
});

test("the page's policy allows no inline code, no eval and only its own files", () => {
  const page = readFileSync(join(DIST, "index.html"), "utf8");
  const policy = page.match(/<meta content="([^"]*)" http-equiv=Content-Security-Policy>/)[1];
  const scriptSrc = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"));
  expect(scriptSrc).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).toContain("style-src 'self';");
  expect(policy).toContain("default-src 'self';");
});

test.describe("canaries", () => {
  test.describe("an inline script added to a copy of dist/", () => {
    test.use({ expectedErrors: /CSP violation|Content Security Policy/ });
    test("is blocked by the policy, and the block is reported", async ({ page, watched }) => {
      await page.goto("/csp-canary/");
      await waitForStart(page);
      await expect.poll(() => watched.filter((p) => p.includes("CSP violation")).length).toBeGreaterThan(0);
      expect(await page.title()).not.toBe("inline code ran");
    });
  });

  test.describe("a page without the policy that reaches another host", () => {
    // The other host answers (or fails) as it will: the console reports that too.
    test.use({ expectedErrors: /request to another host|Failed to load resource|blocked by CORS policy/ });
    test("is caught: its image, its fetch and its service worker's fetch", async ({ page, watched }) => {
      await page.goto("/canary/");
      await expect.poll(() => watched.filter((p) => p.includes("request to another host")).sort()).toEqual([
        expect.stringMatching(/from a service worker: .*canary-from-worker/),
        expect.stringMatching(/from the page: .*canary-fetch/),
        expect.stringMatching(/from the page: .*canary-image\.png/),
      ]);
    });
  });
});

test("a new deploy to the same path replaces the old version, and the new one works offline", async ({ page, context }) => {
  const deploy = join(ROOT, "target", "deploy-dist");
  rmSync(deploy, { recursive: true, force: true });
  cpSync(DIST, deploy, { recursive: true });
  await open(page, "/deploy/");
  await page.evaluate(() => navigator.serviceWorker.ready);
  const first = readFileSync(join(deploy, "sw.js"), "utf8").match(/legcheck-[0-9a-f]{16}/)[0];
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([first]);
  // The second build: another page title and another build id, as a real rebuild gives.
  const second = "legcheck-00000000000000aa";
  writeFileSync(join(deploy, "sw.js"), readFileSync(join(deploy, "sw.js"), "utf8").replace(first, second));
  writeFileSync(join(deploy, "index.html"), readFileSync(join(deploy, "index.html"), "utf8").replace("<title>", "<title>Second build: "));
  await page.reload();
  await waitForStart(page);
  await expect(page).toHaveTitle(/^Second build: /);
  await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 }).toEqual([second]);
  await context.setOffline(true);
  await page.reload();
  await waitForStart(page);
  await expect(page).toHaveTitle(/^Second build: /);
  await context.setOffline(false);
});

test("installable: the manifest works under a sub-path, Chromium reports no installability error, and nothing the page or the manifest names is missing", async ({ baseURL }) => {
  const dir = mkdtempSync(join(tmpdir(), "legcheck-install-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    const missing = [];
    page.on("response", (r) => { if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`); });
    await page.goto(`${baseURL}${SUB_PATH}`);
    await waitForStart(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector("link[rel=manifest]").href;
      return { href, json: await (await fetch(href)).json() };
    });
    expect(manifest.href).toBe(`${baseURL}${SUB_PATH}manifest.webmanifest`);
    expect(manifest.json.start_url).toBe("./");
    expect(manifest.json.scope).toBe("./");
    expect(manifest.json.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512", "any"]));
    for (const icon of manifest.json.icons) {
      const status = await page.evaluate(async (src) => (await fetch(new URL(src, document.querySelector("link[rel=manifest]").href))).status, icon.src);
      expect(status, icon.src).toBe(200);
    }
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
    expect(missing).toEqual([]);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
