// Trunk post-build hook (Trunk.toml):
// 0. the app's other WebAssembly bundles (scripts/bundles.mjs) and the page loader that picks
//    one by address (release and debug builds alike), then for a release build:
// 1. link-preview pages for every shareable address (the native `previews` binary), and
// 2. sw.js with the list of files to keep offline and a version derived from their contents,
//    so each release gets its own cache.
// In a debug build (trunk serve) it only writes a worker that removes itself: no stale
// caches while developing.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildBundles, bundleTable, installLoader } from './bundles.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const out = join(staging, 'sw.js');

// The Content Security Policy in index.html allows exactly the inline scripts it carries,
// by hash. Computed on the final (minified) HTML, before the previews copy it. A debug build
// (trunk serve injects its own live-reload script) gets no policy at all.
const indexPath = join(staging, 'index.html');
const release = process.env.TRUNK_PROFILE === 'release';
const table = bundleTable();
const others = [...new Set(Object.values(table.sections))];
let index = installLoader(
  readFileSync(indexPath, 'utf8'),
  table,
  buildBundles(others, staging, release),
);
if (release) {
  const hashes = [...index.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  if (!index.includes('__CSP_SCRIPT_HASHES__')) {
    console.error('post-build: index.html has no __CSP_SCRIPT_HASHES__ placeholder');
    process.exit(1);
  }
  index = index.replace('__CSP_SCRIPT_HASHES__', [...new Set(hashes)].join(' '));
} else {
  index = index.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>/i, '');
}
writeFileSync(indexPath, index);

if (!release) {
  writeFileSync(
    out,
    "self.addEventListener('install', () => self.skipWaiting());\n" +
      "self.addEventListener('activate', () => self.registration.unregister());\n",
  );
  process.exit(0);
}

const previews = spawnSync('cargo', ['run', '--quiet', '--bin', 'previews', '--', staging], {
  stdio: 'inherit',
});
if (previews.status !== 0) {
  console.error('post-build: writing the link previews failed');
  process.exit(1);
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const hash = createHash('sha256');
const precache = [];
for (const path of files(staging).sort()) {
  const url = '/' + relative(staging, path).split(sep).join('/');
  // Previews (pages and pictures) are for crawlers; offline, every address is served from
  // index.html, and a phone never needs the pictures.
  if (url === '/sw.js' || url.startsWith('/nl/') || url.startsWith('/en/') || url.startsWith('/previews/')) continue;
  hash.update(url).update(readFileSync(path));
  precache.push(url);
}
const version = hash.digest('hex').slice(0, 12);
const template = readFileSync(new URL('./sw.template.js', import.meta.url), 'utf8');
writeFileSync(
  out,
  template
    .replace('__VERSION__', version)
    .replace('__PRECACHE__', JSON.stringify(precache, null, 2)),
);
console.log(`post-build: service worker version ${version}, ${precache.length} files`);
