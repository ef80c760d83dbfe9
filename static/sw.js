// Offline support: after the first visit the checker works without a network.
// Caches only this site's own files; nothing the person ticks is ever part of a request.
const CACHE = "legcheck-v1";

// The page plus every file it links (Trunk gives them hashed names), read from the page itself.
async function precache() {
  const cache = await caches.open(CACHE);
  const response = await fetch("./", { cache: "no-cache" });
  if (!response.ok) return;
  const html = await response.clone().text();
  // Trunk minifies the page, so match the asset names themselves, quoted or not.
  const urls = html.match(/\.\/[\w.-]+\.(?:js|wasm|css|svg)/g) || [];
  await cache.put("./", response);
  await cache.addAll([...new Set(urls)]);
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
    // Network first for the page, so a new version shows up; the cached copy when offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put("./", copy));
          return response;
        })
        .catch(() => caches.match("./")),
    );
    return;
  }
  // Hashed assets never change: cache first.
  event.respondWith(
    caches.match(request).then((hit) => hit || fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(request, copy));
      }
      return response;
    })),
  );
});
