// The app's WebAssembly bundles (src/domain/routing.rs, `Bundle`): Trunk builds the start
// bundle (`waakzaam`); this builds the others with the same tools Trunk uses (cargo,
// wasm-bindgen, and wasm-opt with the flags index.html gives Trunk) and replaces Trunk's
// loader in index.html with one that starts the bundle of the page's address.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function run(command, args) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], cwd: root });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** The loader table from the Rust rule (`loader_table_json`). */
export function bundleTable() {
  const out = spawnSync('cargo', ['run', '--quiet', '--bin', 'previews', '--', '--bundles'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (out.status !== 0) throw new Error('previews --bundles failed');
  return JSON.parse(out.stdout);
}

/** The wasm-opt flags Trunk uses (data-wasm-opt and data-wasm-opt-params in index.html). */
function wasmOptArgs() {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const link = html.match(/<link[^>]*data-trunk[^>]*rel="rust"[^>]*>/s)?.[0] ?? '';
  const level = link.match(/data-wasm-opt="([^"]+)"/)?.[1];
  const params = link.match(/data-wasm-opt-params="([^"]+)"/)?.[1];
  // Without the feature flags wasm-opt may produce a wasm that fails at run time: stop.
  if (!level || !params) throw new Error('index.html: no data-wasm-opt / data-wasm-opt-params on the rust link');
  return [`-O${level}`, ...params.split(/\s+/).filter(Boolean)];
}

/**
 * Builds every bundle but the start one into `staging`, with content-hashed names.
 * Returns { bin: [jsUrl, wasmUrl] } for them.
 */
export function buildBundles(bins, staging, release) {
  const profile = release ? 'release' : 'debug';
  const cargoArgs = ['build', '--target', 'wasm32-unknown-unknown', '--locked'];
  if (release) cargoArgs.push('--release');
  for (const bin of bins) cargoArgs.push('--bin', bin);
  run('cargo', cargoArgs);

  const optArgs = release ? wasmOptArgs() : [];
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
  const work = mkdtempSync(join(tmpdir(), 'waakzaam-bundles-'));
  const files = {};
  try {
    for (const bin of bins) {
      const input = join(targetDir, 'wasm32-unknown-unknown', profile, `${bin}.wasm`);
      run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', bin, input]);
      const wasmPath = join(work, `${bin}_bg.wasm`);
      if (release) run('wasm-opt', [...optArgs, wasmPath, '-o', wasmPath]);
      const js = readFileSync(join(work, `${bin}.js`));
      const wasm = readFileSync(wasmPath);
      const hash = createHash('sha256').update(js).update(wasm).digest('hex').slice(0, 16);
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
 * Replaces Trunk's loader (its module script and the preloads of the start bundle) with one
 * that picks the bundle by address. It waits for the first contentful paint, so the page's
 * static first screen (emergency numbers, the page's own text) is shown before the download
 * starts.
 */
export function installLoader(html, table, otherFiles) {
  const trunkScript = html.match(/<script type="?module"?>\s*(import init[\s\S]*?)<\/script>/);
  if (!trunkScript) throw new Error("index.html: Trunk's loader script not found");
  const js = trunkScript[1].match(/from '([^']+\.js)'/)?.[1];
  const wasm = trunkScript[1].match(/module_or_path: '([^']+\.wasm)'/)?.[1];
  if (!js || !wasm) throw new Error("index.html: cannot read the start bundle from Trunk's loader");
  const files = { ...otherFiles, [table.start]: [js, wasm] };
  const loader = `
var files = ${JSON.stringify(files)};
var sections = new Map(Object.entries(${JSON.stringify(table.sections)}));
var languages = ${JSON.stringify(table.languages)};
var path = location.pathname.split('/');
var bundle = files[(languages.indexOf(path[1]) >= 0 && sections.get(path[2])) || ${JSON.stringify(table.start)}];
var started = false;
function start() {
  if (started) return;
  started = true;
  import(bundle[0])
    .then(function (m) { return m.default({ module_or_path: bundle[1] }); })
    .catch(function () {
      var note = document.getElementById('wz-static-offline');
      if (note) note.hidden = false;
    });
}
// Start once the static first screen has been shown (its first contentful paint), at the
// latest after a short wait; browsers without paint timing start after the next frame.
var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
if (types.indexOf('paint') >= 0) {
  new PerformanceObserver(function (list) {
    if (list.getEntriesByName('first-contentful-paint').length) setTimeout(start);
  }).observe({ type: 'paint', buffered: true });
  setTimeout(start, 500);
} else {
  requestAnimationFrame(function () { setTimeout(start); });
}
`;
  let out = html.replace(trunkScript[0], `<script type="module">${loader}</script>`);
  // Trunk's preloads name the start bundle: on a tips page they would fetch the wrong one.
  out = out.replace(/<link[^>]*rel="?(modulepreload|preload)"?[^>]*>/g, '');
  return out;
}
