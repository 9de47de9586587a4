// Waakzaam performance benchmark (run by scripts/bench, which builds both apps first).
// Reports, for Waakzaam and for a minimal Leptos hello-world built the same way in the same
// run: bytes of a first visit per file type (raw, gzip, brotli), Lighthouse (mobile preset,
// simulated throttling) scores and metrics, and the repeat visit served by the service worker.
// Usage: node benches/bench.mjs <waakzaam dist> <hello dist>
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const [, , appDist = 'dist', helloDist = 'target/bench/hello-dist'] = process.argv;
const root = resolve(new URL('..', import.meta.url).pathname);
const require = createRequire(import.meta.url);
const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');
const { chromium } = require(join(root, 'tests/e2e/node_modules/playwright-core'));

const CHROME = '/usr/bin/chromium';
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const KB = (n) => (n / 1024).toFixed(1);
const RUNS = 3;

// ---- bytes of a first visit ------------------------------------------------------------
/** The dist file a request for `pathname` is served from (as tests/e2e/static-server.mjs). */
function fileFor(dist, pathname) {
  const direct = join(dist, pathname);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const preview = join(dist, pathname, 'index.html');
  if (existsSync(preview)) return preview;
  return extname(pathname) ? null : join(dist, 'index.html');
}

/** The files a first visit of `url` downloads until the app has started, recorded in a real
 *  browser with the service worker blocked (it would add every bundle for offline use, after
 *  the page is up). Waakzaam loads one bundle per group of pages (src/domain/routing.rs). */
async function firstVisitFiles(dist, url, started = '#app[data-app="live"]') {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const paths = new Set();
    page.on('request', (r) => paths.add(decodeURIComponent(new URL(r.url()).pathname)));
    await page.goto(url, { waitUntil: 'networkidle' });
    // The static page shows at once; count until the app has taken it over (its bundle).
    // The hello-world has no static page: it has started when its heading is there.
    await page.locator(started).first().waitFor({ state: 'attached' });
    return [...paths].map((p) => fileFor(dist, p)).filter(Boolean);
  } finally {
    await browser.close();
  }
}

function sizes(files) {
  const byType = {};
  for (const f of files) {
    const body = readFileSync(f);
    const t = extname(f).slice(1);
    byType[t] ??= { raw: 0, gzip: 0, brotli: 0 };
    byType[t].raw += body.length;
    byType[t].gzip += gzipSync(body, { level: 9 }).length;
    byType[t].brotli += brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  const total = Object.values(byType).reduce(
    (a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { byType, total };
}

// ---- servers ---------------------------------------------------------------------------
// Resolves once the server says it listens; fails if it exits first (port taken), so a
// stray server with an older build can never stand in for this run's build.
function serve(dist, port) {
  const child = spawn('node', [join(root, 'tests/e2e/static-server.mjs'), dist, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((ok, fail) => {
    child.stdout.on('data', (d) => {
      if (String(d).includes('serving')) ok(child);
    });
    child.on('exit', (code) => fail(new Error(`static server on port ${port} exited (${code}); is the port taken?`)));
  });
}

// ---- Lighthouse ------------------------------------------------------------------------
// Lighthouse now and then fails to record a trace (NO_NAVSTART) on a busy machine: one retry.
async function audit(url) {
  try {
    return await auditOnce(url);
  } catch (e) {
    console.error(`${e.message}; trying once more`);
    return auditOnce(url);
  }
}

async function auditOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    // Figures of a page whose app never loaded would look great and mean nothing.
    const requests = lhr.audits['network-requests'].details.items;
    if (!requests.some((r) => r.url.endsWith('.wasm') && r.statusCode === 200)) {
      throw new Error(`Lighthouse on ${url}: the page did not load its WebAssembly`);
    }
    const ms = (id) => lhr.audits[id].numericValue;
    return {
      perf: Math.round(lhr.categories.performance.score * 100),
      a11y: Math.round(lhr.categories.accessibility.score * 100),
      fcp: ms('first-contentful-paint'),
      lcp: ms('largest-contentful-paint'),
      tbt: ms('total-blocking-time'),
      cls: ms('cumulative-layout-shift'),
      bytes: ms('total-byte-weight'),
    };
  } finally {
    await chrome.kill();
  }
}

// ---- repeat visit with the service worker ---------------------------------------------
async function repeatVisit(url) {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  const appReady = async () => {
    await page.locator('.wz-app').waitFor();
    return page.evaluate(() => performance.now());
  };
  await page.goto(url);
  const first = await appReady();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  await page.reload();
  const repeat = await appReady();
  const fromWorker = await page.evaluate(
    () => performance.getEntriesByType('navigation')[0].workerStart > 0,
  );
  // What the bundles cost when moving around: a link inside the start bundle (home → over)
  // against a link into another bundle (home → tips, a new page from the worker's cache).
  const move = async (link, pageName) => {
    await page.goto(url);
    await appReady();
    await page.locator('.wz-header__menu-button').click();
    const t0 = await page.evaluate(() => Date.now());
    await page.locator(link).click();
    await page.locator(`[data-page="${pageName}"]`).waitFor();
    return (await page.evaluate(() => Date.now())) - t0;
  };
  const inside = await move('.wz-nav__link[href$="/over"]', 'over');
  const across = await move('.wz-nav__link[href$="/tips"]', 'tips');
  await browser.close();
  return { first, repeat, fromWorker, inside, across };
}

// ---- run -------------------------------------------------------------------------------
/** The six page types of issue 12's budgets. */
const PAGE_TYPES = [
  ['home', '/nl/'],
  ['tip', '/nl/tips/vriend-in-nood'],
  ['checklist', '/nl/checklists/inbraakpreventie'],
  ['melden start', '/nl/melden'],
  ['workshop start', '/nl/workshop'],
  ['municipality', '/nl/gemeente/huizen'],
];
const appServer = await serve(appDist, 8191);
const helloServer = await serve(helloDist, 8192);
try {
  const hello = sizes(await firstVisitFiles(helloDist, 'http://127.0.0.1:8192/', 'h1'));
  const f = (s) => (s ? `${KB(s.raw)} / ${KB(s.gzip)} / ${KB(s.brotli)}` : '-');
  const budgetKB = 150; // issue 12: every page type, first visit, gzip
  const firstVisits = [];
  for (const [name, path] of PAGE_TYPES) {
    const app = sizes(await firstVisitFiles(appDist, `http://127.0.0.1:8191${path}`));
    console.log(`\nFirst visit, ${name} (${path}): bytes per file type (KB)`);
    console.log('type    waakzaam raw / gzip / brotli      hello raw / gzip / brotli');
    for (const t of ['html', 'css', 'js', 'wasm', 'svg']) {
      const a = app.byType[t], h = hello.byType[t];
      if (!a && !h) continue;
      console.log(`${t.padEnd(6)}  ${f(a).padEnd(32)}  ${f(h)}`);
    }
    console.log(`total   ${f(app.total).padEnd(32)}  ${f(hello.total)}`);
    console.log(
      `ratio (gzip): ${(app.total.gzip / hello.total.gzip).toFixed(2)}x the hello-world` +
        `; budget ${budgetKB} KB gzip: ${app.total.gzip <= budgetKB * 1024 ? 'met' : 'NOT met'}`,
    );
    firstVisits.push([name, path, app.total.gzip]);
  }
  console.log('\nFirst visit, gzip KB (budget 150): ' + firstVisits.map(([n, , g]) => `${n} ${KB(g)}`).join(', '));
  // The offline copy: every file the service worker stores (its precache list in sw.js).
  const swText = readFileSync(join(appDist, 'sw.js'), 'utf8');
  const precache = JSON.parse(swText.match(/const PRECACHE = (\[[\s\S]*?\]);/)?.[1] ?? '[]');
  const offline = sizes(precache.map((u) => join(appDist, u)).filter((p) => existsSync(p) && statSync(p).isFile()));
  console.log(
    `\nThe offline copy (${precache.length} files the service worker stores): ${f(offline.total)} KB ` +
      `(budget 500 KB gzip: ${offline.total.gzip <= 500 * 1024 ? 'met' : 'NOT met'})`,
  );
  for (const [t, s] of Object.entries(offline.byType)) console.log(`  ${t.padEnd(6)} ${f(s)}`);

  const pages = [
    ['hello-world (baseline)', 'http://127.0.0.1:8192/'],
    ...PAGE_TYPES.map(([name, path]) => [`waakzaam ${name}`, `http://127.0.0.1:8191${path}`]),
  ];
  console.log('\nLighthouse, mobile preset, simulated throttling');
  // Lighthouse varies between runs (now and then our page's largest paint is the app's, after
  // the wasm, instead of the static first screen's): RUNS runs a page, the median one by LCP
  // is reported, with every run's LCP beside it.
  console.log(`(${RUNS} runs a page; the run with the median LCP, and all runs' LCP)`);
  console.log('page                      perf  a11y   FCP ms   LCP ms  TBT ms    CLS  bytes KB  LCP all runs');
  const results = {};
  for (const [name, url] of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await audit(url));
    runs.sort((a, b) => a.lcp - b.lcp);
    const r = runs[Math.floor(runs.length / 2)];
    results[name] = r;
    console.log(
      `${name.padEnd(24)} ${String(r.perf).padStart(5)} ${String(r.a11y).padStart(5)} ` +
        `${r.fcp.toFixed(0).padStart(8)} ${r.lcp.toFixed(0).padStart(8)} ${r.tbt.toFixed(0).padStart(7)} ` +
        `${r.cls.toFixed(3).padStart(6)} ${KB(r.bytes).padStart(9)}  ${runs.map((x) => x.lcp.toFixed(0)).join(' ')}`,
    );
  }
  const base = results['hello-world (baseline)'].lcp;
  for (const [type] of PAGE_TYPES) {
    const r = results[`waakzaam ${type}`];
    const ok = r.perf >= 98 && r.a11y === 100 && r.lcp / base <= 0.8;
    console.log(
      `waakzaam ${type}: perf ${r.perf}, a11y ${r.a11y}, LCP ${(r.lcp / base).toFixed(2)}x the baseline ` +
        `(budget perf >= 98, a11y 100, LCP <= 0.8x: ${ok ? 'met' : 'NOT met'})`,
    );
  }

  const rv = await repeatVisit('http://127.0.0.1:8191/nl/');
  console.log(
    `\nRepeat visit with the service worker: app ready after ${rv.repeat.toFixed(0)} ms ` +
      `(first visit ${rv.first.toFixed(0)} ms, unthrottled loopback; served by the worker: ${rv.fromWorker})`,
  );
  console.log(
    `Moving from the home page (worker installed): to a page of the same bundle ${rv.inside} ms, ` +
      `to another bundle's page (a new document) ${rv.across} ms`,
  );
} finally {
  appServer.kill();
  helloServer.kill();
}
