// Offline support: after the first visit the checker works without a network.
// Caches only this site's own good responses; nothing the person ticks is ever part of a
// request (a link's answers are in the fragment, which is never sent).
//
// The cache is named after the build: tests/tools/prerender.rs writes the build's id in place
// of the placeholder below after each build. A new deploy therefore has a new sw.js, which the
// browser installs; it fills a new cache and, once active, deletes every older one.
const CACHE = "legcheck-__BUILD_ID__";

/** Only a complete answer from this site is kept: never an error page or a redirect. */
const good = (response) => response && response.ok && response.type === "basic";

// The page plus every file it and its manifest name, read from the page itself.
async function precache() {
  const cache = await caches.open(CACHE);
  const response = await fetch("./", { cache: "no-cache" });
  if (!good(response)) throw new Error(`the page answered ${response.status}`);
  const html = await response.clone().text();
  // Trunk minifies the page, so match the file names themselves, quoted or not.
  const urls = html.match(/\.\/[\w.-]+\.(?:js|wasm|css|svg)/g) || [];
  await cache.put("./", response);
  // addAll fails (and so does the install) if any file does not answer 200.
  await cache.addAll([...new Set([...urls, "./manifest.webmanifest", "./icon.svg", "./icon-192.png", "./icon-512.png"])]);
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Network first for the page, so a new version shows up; the cached copy when offline or
    // when the network answers with an error.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (!good(response)) return caches.match("./").then((hit) => hit || response);
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put("./", copy)));
          return response;
        })
        .catch(() => caches.match("./")),
    );
    return;
  }
  // Hashed files never change: cache first.
  event.respondWith(
    caches.match(request).then((hit) => hit || fetch(request).then((response) => {
      if (good(response)) {
        const copy = response.clone();
        event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
      }
      return response;
    })),
  );
});
