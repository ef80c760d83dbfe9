// Serves dist/ on 127.0.0.1 both at / and under a deep sub-path, as two static hosts would.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

export const SUB_PATH = "/deep/sub/path/legcheck/";
const root = join(import.meta.dirname, "..", "..", "dist");
const port = Number(process.env.E2E_PORT || 4173);
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".wasm": "application/wasm", ".svg": "image/svg+xml", ".json": "application/json",
};

createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path.startsWith(SUB_PATH)) path = "/" + path.slice(SUB_PATH.length);
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
