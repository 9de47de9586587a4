// Waakzaam service worker: after the first visit every page, the report flow and the
// emergency numbers work without a network. Generated at build time by scripts/post-build.mjs
// from scripts/sw.template.js: VERSION and PRECACHE are filled in per release.
const VERSION = '__VERSION__';
const CACHE = `waakzaam-${VERSION}`;
const PRECACHE = __PRECACHE__;

self.addEventListener('install', (event) => {
  // If this fails, the previous version (or none) stays in charge; the app works online.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('waakzaam-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// A new version waits until the person taps "reload" (never mid-task).
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every app address is the same page: this release's index.html, so the HTML and the
  // wasm it loads always come from one release.
  const key = request.mode === 'navigate' ? '/index.html' : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((cached) => cached || fetch(request)),
  );
});
