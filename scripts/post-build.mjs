// Trunk post-build hook (Trunk.toml), release and debug builds alike:
// 1. every WebAssembly bundle and the page loader (scripts/bundles.mjs), named in index.html
//    at its `%WZ_LOADER%` (our own placeholder, not Trunk's output);
// 2. the static pages: every address as a complete page rendered by the app's components,
//    with its link-preview tags, and index.html itself (the native `previews` binary,
//    src/static_pages.rs, fills `%WZ_PAGE%`);
// 3. for a release, sw.js (scripts/sw.mjs): the files to keep offline and a version derived
//    from their contents, so each release gets its own cache. A debug build (trunk serve)
//    gets a worker that removes itself: no stale caches while developing.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleBins, bundleTable, buildBundles, writeLoader } from './bundles.mjs';
import { writeServiceWorker } from './sw.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === 'release';

const table = bundleTable();
const loader = writeLoader(staging, table, buildBundles(bundleBins(table), staging, release));
const indexPath = join(staging, 'index.html');
const index = readFileSync(indexPath, 'utf8');
if (!index.includes('%WZ_LOADER%')) {
  console.error('post-build: index.html has no %WZ_LOADER% placeholder');
  process.exit(1);
}
writeFileSync(indexPath, index.replace('%WZ_LOADER%', loader));

const pages = spawnSync('cargo', ['run', '--quiet', '--bin', 'previews', '--', staging], {
  stdio: 'inherit',
});
if (pages.status !== 0) {
  console.error('post-build: writing the static pages failed');
  process.exit(1);
}

if (!release) {
  writeFileSync(
    join(staging, 'sw.js'),
    "self.addEventListener('install', () => self.skipWaiting());\n" +
      "self.addEventListener('activate', () => self.registration.unregister());\n",
  );
  process.exit(0);
}
const { version, count } = writeServiceWorker(staging, table);
console.log(`post-build: service worker version ${version}, ${count} files`);
