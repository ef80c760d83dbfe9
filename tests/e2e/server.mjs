// Serves dist/ on 127.0.0.1 both at / and under a deep sub-path, as two static hosts would, and
// at /forced-panic/ an edited copy of dist/ whose page first loads panic-shim.js (for
// panic.spec.mjs), made afresh at every start in target/forced-panic-dist/.
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

export const SUB_PATH = "/deep/sub/path/legcheck/";
const PANIC_PATH = "/forced-panic/";
const repo = join(import.meta.dirname, "..", "..");
const dist = join(repo, "dist");
const panicDist = join(repo, "target", "forced-panic-dist");
const port = Number(process.env.E2E_PORT || 4173);

rmSync(panicDist, { recursive: true, force: true });
cpSync(dist, panicDist, { recursive: true });
cpSync(join(import.meta.dirname, "panic-shim.js"), join(panicDist, "panic-shim.js"));
const page = readFileSync(join(panicDist, "index.html"), "utf8");
if (!page.includes("<script")) throw new Error("dist/index.html has no script to put the shim before");
writeFileSync(join(panicDist, "index.html"), page.replace("<script", '<script src="./panic-shim.js"></script><script'));
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".wasm": "application/wasm", ".svg": "image/svg+xml", ".json": "application/json",
};

createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  let root = dist;
  if (path.startsWith(PANIC_PATH)) {
    root = panicDist;
    path = "/" + path.slice(PANIC_PATH.length);
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
