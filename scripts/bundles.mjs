// Every WebAssembly bundle of the app (src/domain/routing.rs, `Bundle`), built from one table
// with one set of tool flags, and the page loader that starts the bundle of the page's
// address. Trunk builds the page, the style and the assets; it builds no WebAssembly here
// (index.html has no `rel="rust"` link), so nothing reads Trunk's output.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** wasm-opt for every bundle. Without the feature flags binaryen 132 may produce a wasm that
 *  fails at run time (they name what rustc 1.95 emits for wasm32-unknown-unknown). */
export const WASM_OPT_ARGS = [
  '-Oz',
  '--enable-bulk-memory',
  '--enable-reference-types',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-multivalue',
];

function run(command, args) {
  // A tool killed from outside (a signal: memory pressure on a small machine) is tried once
  // more; a tool that says the input is wrong (an exit status) is not.
  for (let attempt = 1; ; attempt++) {
    const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], cwd: root });
    if (result.status === 0) return;
    if (result.error?.code === 'ENOENT') {
      // Run by hand (`trunk build` without scripts/serve or scripts/test): say what to do.
      throw new Error(`${command} is not installed or not on PATH: scripts/serve and ` +
        'scripts/test install it (scripts/setup.sh puts scripts/tools/node_modules/.bin on PATH)');
    }
    const why = result.signal ? `killed by ${result.signal}` : `exit status ${result.status}`;
    if (result.signal && attempt < 2) {
      console.error(`${command} was ${why}; trying once more`);
      continue;
    }
    throw new Error(`${command} ${args.join(' ')} failed (${why})`);
  }
}

/** The one table, from the Rust rule (`loader_table_json`): the start bundle, the one app with
 *  every page, the languages, and the bundle of each other section. */
export function bundleTable() {
  const out = spawnSync('cargo', ['run', '--quiet', '--bin', 'previews', '--', '--bundles'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (out.status !== 0) throw new Error('previews --bundles failed');
  return JSON.parse(out.stdout);
}

/** Every binary the table names, the start bundle first. */
export function bundleBins(table) {
  return [...new Set([table.start, ...Object.values(table.sections), table.all])];
}

/** The bundle table a built page loader carries (its `var table = …;` line, written by
 *  `writeLoader` below), for scripts/sw.mjs run on its own on a dist/. */
export function tableOfLoader(loaderText) {
  const line = loaderText.split('\n').find((l) => l.startsWith('var table = '));
  if (!line) throw new Error('the page loader has no bundle table');
  return JSON.parse(line.slice('var table = '.length, -1));
}

/** Whether `url` (a path in dist/) is one of the per-group bundles' files: only a first visit,
 *  before the service worker controls the page, loads those; the worker keeps the one app. */
export function firstVisitOnly(table, url) {
  const groups = [table.start, ...Object.values(table.sections)].filter((bin) => bin !== table.all);
  return groups.some((bin) => new RegExp(`^/${bin}-[0-9a-f]{16}(\\.js|_bg\\.wasm)$`).test(url));
}

const hashOf = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 16);
};

/**
 * Builds every bundle into `staging` with content-hashed names (cargo, wasm-bindgen, and for
 * a release wasm-opt). Returns { bin: [jsUrl, wasmUrl] }.
 */
export function buildBundles(bins, staging, release) {
  const profile = release ? 'release' : 'debug';
  const cargoArgs = ['build', '--target', 'wasm32-unknown-unknown', '--locked'];
  if (release) cargoArgs.push('--release');
  for (const bin of bins) cargoArgs.push('--bin', bin);
  run('cargo', cargoArgs);

  const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
  const work = mkdtempSync(join(tmpdir(), 'waakzaam-bundles-'));
  const files = {};
  try {
    for (const bin of bins) {
      const input = join(targetDir, 'wasm32-unknown-unknown', profile, `${bin}.wasm`);
      run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', bin, input]);
      const wasmPath = join(work, `${bin}_bg.wasm`);
      if (release) run('wasm-opt', [...WASM_OPT_ARGS, wasmPath, '-o', wasmPath]);
      const js = readFileSync(join(work, `${bin}.js`));
      const wasm = readFileSync(wasmPath);
      const hash = hashOf(js, wasm);
      writeFileSync(join(staging, `${bin}-${hash}.js`), js);
      writeFileSync(join(staging, `${bin}-${hash}_bg.wasm`), wasm);
      files[bin] = [`/${bin}-${hash}.js`, `/${bin}-${hash}_bg.wasm`];
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return files;
}

/**
 * Writes the page loader (`loader-<hash>.js`) into `staging`; returns its file name. It picks
 * the bundle by address (on a page the service worker controls: the one app with every page,
 * which the worker keeps), and starts it once the static page has been shown (its first
 * contentful paint), so the page's own text and the emergency bar come first.
 */
export function writeLoader(staging, table, files) {
  const loader = `// Generated by scripts/bundles.mjs: starts the app's bundle for this address.
var files = ${JSON.stringify(files)};
var table = ${JSON.stringify(table)};
var sections = table.sections;
var languages = table.languages;
var path = location.pathname.split('/');
var section = languages.indexOf(path[1]) >= 0 && Object.prototype.hasOwnProperty.call(sections, path[2]) ? sections[path[2]] : null;
var controlled = !!(navigator.serviceWorker && navigator.serviceWorker.controller);
var bundle = files[controlled ? table.all : section || table.start];
var started = false;
function failed() {
  var note = document.getElementById('wz-app-failed');
  if (note) note.hidden = false;
}
function start() {
  if (started) return;
  started = true;
  import(bundle[0])
    .then(function (m) { return m.default({ module_or_path: bundle[1] }); })
    .catch(failed);
}
if (typeof WebAssembly !== 'object') {
  failed();
} else {
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (types.indexOf('paint') >= 0) {
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length) setTimeout(start);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(start, 500);
  } else {
    requestAnimationFrame(function () { setTimeout(start); });
  }
}
`;
  const name = `loader-${hashOf(loader)}.js`;
  writeFileSync(join(staging, name), loader);
  return name;
}
