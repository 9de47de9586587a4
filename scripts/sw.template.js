// Waakzaam service worker: after the first visit every page, the report flow and the
// emergency numbers work without a network. Generated at build time by scripts/post-build.mjs
// from scripts/sw.template.js: VERSION and PRECACHE are filled in per release.
const VERSION = '__VERSION__';
const CACHE = `waakzaam-${VERSION}`;
const PRECACHE = __PRECACHE__;
// The hashed files this release's index.html loads (scripts/sw.mjs).
const INDEX_NAMES = __INDEX_NAMES__;

// What each kind of file must be. A host that answers a missing file with the app (HTML,
// status 200) would otherwise have a script's address hold a page, and the app fail offline.
const TYPES = {
  html: 'text/html',
  js: 'javascript',
  wasm: 'application/wasm',
  css: 'text/css',
  webmanifest: 'json',
  json: 'json',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/',
};

const STRICT = new Set(['html', 'js', 'wasm', 'css']);

async function fetchChecked(url) {
  // 'reload': from the server, never from the HTTP cache, which may still hold the previous
  // release's index.html.
  const response = await fetch(new Request(url, { cache: 'reload', credentials: 'same-origin' }));
  const type = response.headers.get('Content-Type') || '';
  const ext = url.slice(url.lastIndexOf('.') + 1);
  // Scripts, wasm, styles and the page itself must be exactly their type (a browser refuses a
  // module script served as anything else). Other files (manifest, icons) only must not be a
  // page: a host with stock MIME types serves the manifest as application/octet-stream, and
  // refusing that would leave such a site without any offline copy.
  const strict = STRICT.has(ext);
  const wrongType = strict ? !type.includes(TYPES[ext]) : /text\/html/i.test(type) && ext !== 'html';
  if (response.status !== 200 || response.redirected || wrongType) {
    throw new Error(`${url}: ${response.status} ${type}`);
  }
  // The pages the worker serves (index.html and the per-language shells, all from one
  // template) must be this release's.
  if (url === '/index.html' || /^\/shell-[a-z]{2}\.html$/.test(url)) {
    const text = await response.clone().text();
    const missing = INDEX_NAMES.filter((name) => !text.includes(name));
    if (missing.length) throw new Error(`${url} is not this release's: ${missing}`);
  }
  return response;
}

// Every file is fetched and checked before any is stored; if one fails, install fails and
// the working release (or none: the app then works online) stays in charge. A cache this
// install created and half-filled (storage full) is removed so it can never serve; one that
// existed already (the same release registered again) is left to the worker that made it.
async function precache() {
  const responses = await Promise.all(PRECACHE.map(fetchChecked));
  const existed = await caches.has(CACHE);
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(PRECACHE.map((url, i) => cache.put(url, responses[i])));
  } catch (error) {
    if (!existed) await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
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
  // Every app address is served by this release's page for its language (the frame in that
  // language with an empty main, which the app fills: shell-nl.html, shell-en.html), or
  // index.html for an address without one; so the HTML and the wasm it loads always come
  // from one release, and a repeat visit shows the right header and bar at once.
  const lang = new URL(request.url).pathname.split('/')[1];
  const shell = lang === 'nl' || lang === 'en' ? `/shell-${lang}.html` : '/index.html';
  const key = request.mode === 'navigate' ? shell : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((cached) => cached || fetch(request)),
  );
});
