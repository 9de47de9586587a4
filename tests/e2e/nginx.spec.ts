// deploy/nginx.conf for real: Debian's nginx (scripts/setup.sh installs it), started by this
// file on loopback ports with the deploy example changed only where a test must
// (nginx-server.ts). Three things a host needs: the right headers on every kind of
// response, no odd address that yields an error page without the emergency numbers (also
// against the e2e test server, which must answer as nginx does), and releases that update
// phones without stranding them, offline too.
import { test, expect, ORIGIN } from './helpers';
import type { Page } from '@playwright/test';
import { request as httpRequest } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync, renameSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startNginx, hasBrotli } from './nginx-server';

const DIST = resolve(__dirname, '../../dist');
const HEADERS: Record<string, string> = JSON.parse(
  readFileSync(resolve(__dirname, '../../deploy/headers.json'), 'utf8'),
);
const NGINX_PORT = Number(process.env.WZ_NGINX_PORT ?? 8127);
const UPDATE_PORT = NGINX_PORT + 1;

type Answer = { status: number; type: string; headers: Record<string, string | string[] | undefined>; body: string };

/** A raw GET: the path goes out exactly as written (fetch would normalise `..` and `//`). */
function get(origin: string, path: string, encoding = 'identity'): Promise<Answer> {
  const { hostname, port } = new URL(origin);
  return new Promise((done, fail) => {
    const req = httpRequest({ hostname, port, path, headers: { 'Accept-Encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

function hashedFiles() {
  return readdirSync(DIST).filter((f) => /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(f));
}

test.describe('nginx with deploy/nginx.conf', () => {
  test.describe.configure({ mode: 'serial' });
  let nginx: { url: string; stop: () => Promise<void> };
  test.beforeAll(async () => {
    nginx = await startNginx(DIST, NGINX_PORT);
  });
  test.afterAll(async () => {
    await nginx?.stop();
  });

  test('every kind of response carries the protective headers and the right caching', async () => {
    const js = hashedFiles().find((f) => f.endsWith('.js'))!;
    const wasm = hashedFiles().find((f) => f.endsWith('.wasm'))!;
    const css = hashedFiles().find((f) => f.endsWith('.css'))!;
    const cases: [string, number, RegExp, RegExp][] = [
      // path, status, content type, cache-control
      ['/nl/', 200, /^text\/html/, /^no-cache$/],
      ['/index.html', 200, /^text\/html/, /^no-cache$/],
      ['/nl/tips/vriend-in-nood', 200, /^text\/html/, /^no-cache$/],
      // An address in a section the app has: the app decides (its not-found page if need be).
      ['/nl/tips/bestaat-niet', 200, /^text\/html/, /^no-cache$/],
      // Anything else: the not-found page with status 404.
      ['/nl/bestaat-niet', 404, /^text\/html/, /^no-cache$/],
      ['/bestaat-niet', 404, /^text\/html/, /^no-cache$/],
      ['/sw.js', 200, /javascript/, /^no-cache$/],
      ['/manifest.webmanifest', 200, /^application\/manifest\+json/, /^no-cache$/],
      [`/${js}`, 200, /javascript/, /max-age=31536000, immutable/],
      [`/${wasm}`, 200, /^application\/wasm$/, /max-age=31536000, immutable/],
      [`/${css}`, 200, /^text\/css/, /max-age=31536000, immutable/],
      ['/icons/icon-192.png', 200, /^image\/png$/, /^no-cache$/],
      ['/favicon.ico', 404, /^text\/plain/, /^no-cache$/],
      ['/waakzaam-0123456789abcdef.js', 404, /^text\/plain/, /^no-cache$/],
      ['/waakzaam-0123456789abcdef_bg.wasm', 404, /^text\/plain/, /^no-cache$/],
    ];
    for (const [path, status, type, cache] of cases) {
      const a = await get(nginx.url, path);
      expect(a.status, path).toBe(status);
      expect(a.type, path).toMatch(type);
      expect(String(a.headers['cache-control']), path).toMatch(cache);
      for (const [name, value] of Object.entries(HEADERS)) {
        expect(a.headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
      }
      // The same rules in the e2e test server.
      const b = await get(ORIGIN, path);
      expect([b.status, String(b.headers['cache-control'])], `test server: ${path}`).toEqual([
        a.status,
        String(a.headers['cache-control']),
      ]);
    }
    // Compressed where it helps, with Vary so caches keep the versions apart.
    for (const path of ['/nl/', `/${js}`, `/${wasm}`, '/manifest.webmanifest']) {
      const gz = await get(nginx.url, path, 'gzip');
      expect(gz.headers['content-encoding'], path).toBe('gzip');
      expect(gz.headers['vary'], path).toMatch(/Accept-Encoding/);
      if (hasBrotli) {
        expect((await get(nginx.url, path, 'br, gzip')).headers['content-encoding'], path).toBe('br');
      }
    }
  });

  test('300 odd addresses: a page with 112 or a clean 4xx, never an error, on both servers', async () => {
    const paths = oddPaths();
    expect(paths.length).toBeGreaterThanOrEqual(300);
    const problems: string[] = [];
    for (const path of paths) {
      for (const [name, origin] of [['nginx', nginx.url], ['test server', ORIGIN]]) {
        const a = await get(origin, path);
        // The minified page writes the link without quotes (href=tel:112).
        const page = /^text\/html/.test(a.type) && /href="?tel:112"?[\s>]/.test(a.body);
        const cleanMiss = a.status >= 400 && a.status < 500 && !/^text\/html/.test(a.type);
        if (a.status >= 500 || !(page || cleanMiss)) problems.push(`${name} ${path}: ${a.status} ${a.type}`);
      }
      const [n, s] = [await get(nginx.url, path), await get(ORIGIN, path)];
      if (n.status !== s.status) problems.push(`${path}: nginx ${n.status}, test server ${s.status}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

/** Long, unicode, NUL, `..`, `//`, trailing dots, unknown languages, wrong case, encodings. */
function oddPaths(): string[] {
  const pages = ['', 'tips', 'tips/vriend-in-nood', 'tips/voor/senioren', 'checklists/inbraakpreventie',
    'melden', 'melden/fraude', 'melden/spoed', 'workshop', 'workshop/T4821', 'gemeente', 'gemeente/huizen',
    'over', 'over/gegevens', 'bestaat-niet'];
  const prefixes = ['/nl/', '/en/', '/NL/', '/En/', '/de/', '/fr/', '/xx/', '//nl//', '/nl/./', '/', '/nl%2f'];
  const tails = ['', '.', '..', '/', '%00', '%2e%2e', '%', '%ff', '/../../etc/passwd', '?q=%00', '#x',
    '.php', '.js', '%20', '.,', 'é', '%E2%80%AE', '/index.html', ';jsessionid=1'];
  const out = new Set<string>();
  for (const p of prefixes) for (const page of pages) out.add(`${p}${page}`);
  for (const page of pages.slice(0, 10)) for (const t of tails) out.add(`/nl/${page}${t}`);
  for (const t of tails) out.add(`/${t}`);
  [
    '/' + 'a'.repeat(2000), '/nl/tips/' + 'x'.repeat(1500), '/nl/' + 'ä'.repeat(300),
    '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd', '/nl/%2e%2e/%2e%2e/', '////', '/.',
    '/./././', '/sw.js.', '/sw.js/', '/index.html/', '/manifest.webmanifest.', '/icons/', '/icons/x.png',
    '/icons/../index.html', '/nl/icons/icon-192.png', '/waakzaam.js', '/WAAKZAAM-0123456789ABCDEF.JS',
    '/favicon.ico', '/robots.txt', '/.env', '/.git/config', '/wp-login.php', '/nl/melden/%00',
    '/nl/tips/vriend-in-nood.', '/nl/gemeente/HUIZEN', '/%F0%9F%9A%A8', '/nl/%F0%9F%9A%A8', '/🚨',
    '/nl/tips/%3Cscript%3E', "/nl/tips/'%22", '/nl/melden/%0d%0aSet-Cookie:x=1', '/nl\\tips',
  ].forEach((p) => out.add(p));
  // Node refuses to send some raw characters; send them percent-encoded instead.
  return [...out].map((p) => p.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c)));
}

/**
 * Two releases through nginx: the first visit installs release A; release B (a new name for
 * the start bundle, as a real build gets) replaces A's files on the server, the old bundle
 * has left the HTTP cache, the person accepts "Nu vernieuwen". Every page must then work,
 * online and offline. File dates are 30 days old, so a host without Cache-Control for HTML
 * would let the browser keep the old index.html.
 */
test.describe('a new release behind nginx', () => {
  test.describe.configure({ mode: 'serial' });
  let work: string;
  let site: string;
  let nginx: { url: string; stop: () => Promise<void> };
  test.beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'wz-release-'));
    site = join(work, 'site');
    cpSync(DIST, site, { recursive: true });
    age(site);
    nginx = await startNginx(site, UPDATE_PORT);
  });
  test.afterAll(async () => {
    await nginx?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('phones update without being stranded, offline too', async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ baseURL: nginx.url });
    const page = await context.newPage();
    await page.goto('/nl/');
    await page.locator('.wz-app').waitFor();
    await controlled(page);
    const before = await startBundle(page);

    const after = deployNewRelease(site);
    expect(after).not.toBe(before);
    // The browser looks for a new worker on the next visit.
    await page.goto('/nl/over');
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg?.update();
    });
    const banner = page.locator('#wz-update');
    await expect(banner).toBeVisible({ timeout: 30_000 });
    // The old bundle has left the HTTP cache (the server no longer has it either).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    // The button reloads the page once the new worker has taken over (asynchronously): wait
    // for that new document, or the next goto races the reload and is aborted.
    await page.evaluate(() => ((window as unknown as { beforeUpdate?: boolean }).beforeUpdate = true));
    await banner.locator('button').click();
    await page.waitForFunction(() => !(window as unknown as { beforeUpdate?: boolean }).beforeUpdate);
    await page.waitForURL('**/nl/over');
    await page.locator('.wz-app').waitFor();
    for (const url of ['/nl/', '/nl/over', '/nl/over/gegevens', '/nl/tips', '/en/melden']) {
      await page.goto(url);
      // Stranded, the page shows only "De app kan nu niet laden" and the numbers.
      await expect(page.locator('.wz-app'), `${url} after the update`).toBeVisible({ timeout: 15_000 });
    }
    expect(await startBundle(page)).toBe(after);
    await context.setOffline(true);
    for (const url of ['/nl/', '/nl/over/gegevens', '/nl/melden']) {
      await page.goto(url);
      await expect(page.locator('.wz-app'), `${url} offline after the update`).toBeVisible({ timeout: 15_000 });
    }
    expect((await page.evaluate(() => caches.keys())).length).toBe(1);
    await context.close();
  });

  test('a release the server cannot deliver whole does not replace the working one', async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ baseURL: nginx.url });
    const page = await context.newPage();
    await page.goto('/nl/');
    await page.locator('.wz-app').waitFor();
    await controlled(page);
    const working = await startBundle(page);
    // Release C names a start bundle the server does not have (a half-finished upload).
    const broken = deployNewRelease(site, { upload: false });
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg?.update().catch(() => undefined);
    });
    await page.waitForTimeout(2_000);
    await expect(page.locator('#wz-update')).toBeHidden();
    await context.setOffline(true);
    for (const url of ['/nl/', '/nl/over']) {
      await page.goto(url);
      await expect(page.locator('.wz-app'), `${url} offline`).toBeVisible({ timeout: 15_000 });
    }
    expect(await startBundle(page)).toBe(working);
    expect(broken).not.toBe(working);
    await context.close();
  });
});

async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

/** The start bundle the page's loader (the module script it names) starts. */
async function startBundle(page: Page) {
  const loader = await page.evaluate(async () => {
    const src = document.querySelector<HTMLScriptElement>('script[type="module"][src*="/loader-"]')?.src;
    return src ? (await fetch(src)).text() : '';
  });
  return loader.match(/\/waakzaam-[0-9a-f]{16}\.js/)?.[0];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function age(dir: string) {
  const old = new Date(Date.now() - 30 * 24 * 3600 * 1000);
  for (const f of files(dir)) utimesSync(f, old, old);
}

let releases = 0;
/**
 * Deploys a new release into `site`: the start bundle and the one app the service worker keeps
 * (`waakzaam-all`) under new hashed names (as a build with changed code gets), a new page
 * loader naming them (under its own new name, as scripts/bundles.mjs names it by its
 * contents) and every page naming that loader, a new sw.js (scripts/sw.mjs). Without
 * `upload`, the new bundles' files never arrive on the server. Returns the new start
 * bundle's address.
 */
function deployNewRelease(site: string, { upload = true } = {}) {
  releases += 1;
  const renamed = (hash: string) => hash.slice(0, 12) + String(4096 + releases).padStart(4, '0');
  const moves: [string, string][] = [];
  for (const bin of ['waakzaam', 'waakzaam-all']) {
    const js = readdirSync(site).find((f) => new RegExp(`^${bin}-[0-9a-f]{16}\\.js$`).test(f))!;
    const hash = js.slice(bin.length + 1, -3);
    moves.push([`${bin}-${hash}`, `${bin}-${renamed(hash)}`]);
  }
  const loader = readdirSync(site).find((f) => /^loader-[0-9a-f]{16}\.js$/.test(f))!.slice(0, -3);
  moves.push([loader, `loader-${renamed(loader.slice('loader-'.length))}`]);
  for (const f of files(site).filter((f) => f.endsWith('.html') || f.endsWith('.js'))) {
    const text = readFileSync(f, 'utf8');
    const next = moves.reduce((t, [from, to]) => t.replaceAll(`/${from}`, `/${to}`), text);
    if (next !== text) writeFileSync(f, next);
  }
  renameSync(join(site, `${moves[2][0]}.js`), join(site, `${moves[2][1]}.js`));
  const bundles = moves.slice(0, 2).flatMap(([from, to]) =>
    ['.js', '_bg.wasm'].map((ext) => [`${from}${ext}`, `${to}${ext}`]),
  );
  for (const [from, to] of bundles) renameSync(join(site, from), join(site, to));
  execFileSync('node', [resolve(__dirname, '../../scripts/sw.mjs'), site]);
  // A half-finished upload: the worker script and the pages arrived, the bundles did not.
  if (!upload) for (const [, to] of bundles) rmSync(join(site, to));
  age(site);
  return `/${moves[0][1]}.js`;
}

