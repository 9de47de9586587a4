// Writes dist's service worker (sw.js) from scripts/sw.template.js: the files to keep
// offline, a version derived from their contents (each release its own cache), and the
// files index.html names, so a worker never stores another release's index.html.
// Called by scripts/post-build.mjs; `node scripts/sw.mjs <dist>` rewrites it for a dist/
// that was changed after the build (tests/e2e/nginx.spec.ts makes a second release so).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstVisitOnly, tableOfLoader } from './bundles.mjs';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The bundle table of the page loader `<dist>/index.html` names. */
function tableOf(dist) {
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const loader = readdirSync(dist).find((name) => /^loader-[0-9a-f]{16}\.js$/.test(name) && index.includes(`/${name}`));
  if (!loader) throw new Error('sw: index.html names no page loader');
  return tableOfLoader(readFileSync(join(dist, loader), 'utf8'));
}

/** Writes `<dist>/sw.js`; returns its version and the number of files it keeps. `table` is
 *  the bundle table (scripts/bundles.mjs); on its own, the one the built page loader carries. */
export function writeServiceWorker(dist, table = tableOf(dist)) {
  const hash = createHash('sha256');
  const precache = [];
  for (const path of files(dist).sort()) {
    const url = '/' + relative(dist, path).split(sep).join('/');
    // Previews (pages and pictures) are for crawlers; offline, every address is served from
    // index.html and a phone never needs the pictures. Host files (deploy/_headers copied
    // in) are not the app's.
    const preview = url.startsWith('/nl/') || url.startsWith('/en/') || url.startsWith('/previews/');
    // The install icons (manifest) are fetched by the browser when someone adds the app to the
    // home screen, which needs the network anyway, and an installed app keeps its own copy;
    // no page shows them. Keeping them would cost 27 KB gzip of the 500 KB offline budget.
    const installIcon = url.startsWith('/icons/');
    // The per-group bundles are for a first visit; a page the worker controls starts the one
    // app with every page (the page loader's rule), so that is the only one it keeps.
    if (url === '/sw.js' || url === '/_headers' || preview || installIcon || firstVisitOnly(table, url)) {
      continue;
    }
    hash.update(url).update(readFileSync(path));
    precache.push(url);
  }
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  // The hashed scripts and styles this index.html loads: the worker checks the index.html it
  // fetched names them, i.e. is this release's and not one a cache kept.
  const named = precache.filter((url) => /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(url) && index.includes(url));
  if (named.length === 0) throw new Error('sw: index.html names none of the hashed files');
  const version = hash.digest('hex').slice(0, 12);
  const template = readFileSync(new URL('./sw.template.js', import.meta.url), 'utf8');
  writeFileSync(
    join(dist, 'sw.js'),
    template
      .replace('__VERSION__', version)
      .replace('__PRECACHE__', JSON.stringify(precache, null, 2))
      .replace('__INDEX_NAMES__', JSON.stringify(named)),
  );
  return { version, count: precache.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2];
  if (!dist) {
    console.error('usage: node scripts/sw.mjs <dist>');
    process.exit(1);
  }
  const { version, count } = writeServiceWorker(dist);
  console.log(`sw: service worker version ${version}, ${count} files`);
}
