// Serves dist/ on 127.0.0.1 both at / and under a deep sub-path, as two static hosts would, and
// made afresh at every start under target/:
// - /forced-panic/: a copy of dist/ whose page first loads panic-shim.js (panic.spec.mjs);
// - /csp-canary/: a copy of dist/ with an inline script added, which the page's policy must
//   block (privacy.spec.mjs checks the block is seen);
// - /canary/: a page without any policy that loads an image from another host, fetches from
//   another host, and registers a service worker that fetches from another host (the request
//   recorder must see all three);
// - /deploy/: whatever a test copies into target/deploy-dist/ (a deploy to the same path).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

export const SUB_PATH = "/deep/sub/path/legcheck/";
const PANIC_PATH = "/forced-panic/";
const CSP_PATH = "/csp-canary/";
const CANARY_PATH = "/canary/";
const DEPLOY_PATH = "/deploy/";
const repo = join(import.meta.dirname, "..", "..");
const dist = join(repo, "dist");
const panicDist = join(repo, "target", "forced-panic-dist");
const cspDist = join(repo, "target", "csp-canary-dist");
const canaryDir = join(repo, "target", "canary");
const deployDist = join(repo, "target", "deploy-dist");
const port = Number(process.env.E2E_PORT || 4173);

rmSync(panicDist, { recursive: true, force: true });
cpSync(dist, panicDist, { recursive: true });
cpSync(join(import.meta.dirname, "panic-shim.js"), join(panicDist, "panic-shim.js"));
const page = readFileSync(join(panicDist, "index.html"), "utf8");
if (!page.includes("<script")) throw new Error("dist/index.html has no script to put the shim before");
writeFileSync(join(panicDist, "index.html"), page.replace("<script", '<script src="./panic-shim.js"></script><script'));
rmSync(cspDist, { recursive: true, force: true });
cpSync(dist, cspDist, { recursive: true });
writeFileSync(join(cspDist, "index.html"), page.replace("<script", '<script>document.title = "inline code ran";</script><script'));
rmSync(canaryDir, { recursive: true, force: true });
mkdirSync(canaryDir, { recursive: true });
writeFileSync(join(canaryDir, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Canary</title></head><body>
<img src="http://localhost:${port}/canary-image.png" alt="">
<script src="./canary.js"></script></body></html>`);
writeFileSync(join(canaryDir, "canary.js"), `fetch("http://localhost:${port}/canary-fetch").catch(() => {});
navigator.serviceWorker.register("./canary-sw.js");`);
writeFileSync(join(canaryDir, "canary-sw.js"), `self.addEventListener("install", (e) => e.waitUntil(fetch("http://localhost:${port}/canary-from-worker").catch(() => {})));`);
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".wasm": "application/wasm", ".svg": "image/svg+xml", ".json": "application/json",
  ".png": "image/png", ".webmanifest": "application/manifest+json",
};

createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  let root = dist;
  const copies = [[PANIC_PATH, panicDist], [CSP_PATH, cspDist], [CANARY_PATH, canaryDir], [DEPLOY_PATH, deployDist]];
  const copy = copies.find(([prefix]) => path.startsWith(prefix));
  if (copy) {
    root = copy[1];
    path = "/" + path.slice(copy[0].length);
  } else if (path.startsWith(SUB_PATH)) path = "/" + path.slice(SUB_PATH.length);
  else if (path === SUB_PATH.slice(0, -1)) path = "/";
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving dist/ on http://127.0.0.1:${port}/ and ${SUB_PATH}`));
