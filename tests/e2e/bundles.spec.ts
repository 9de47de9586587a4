// The app ships as one WebAssembly bundle per group of pages (src/domain/routing.rs,
// Bundle). A first visit downloads only its page's bundle; a link into another group loads
// that page as a new document; "back" returns; nothing loops when the wrong bundle gets an
// address. Once the service worker controls the page, the one app with every page (what the
// worker keeps) shows every group without a new document.
import { test, expect, expectAxeClean, open, waitForLiveApp, watchProblems } from './helpers';
import type { Page } from '@playwright/test';

const BUNDLE_OF: Record<string, string> = {
  '/nl/': 'waakzaam',
  '/en/over': 'waakzaam-over',
  '/nl/over/gegevens': 'waakzaam-over',
  '/nl/bestaat-niet': 'waakzaam',
  '/nederland/tips': 'waakzaam',
  '/nl/tips': 'waakzaam-tips',
  '/en/tips/vriend-in-nood': 'waakzaam-tips',
  '/nl/checklists/inbraakpreventie': 'waakzaam-checklists',
  '/nl/buurt/melding': 'waakzaam-buurt',
  '/en/waarschuwingen': 'waakzaam-buurt',
  '/nl/melden/fraude': 'waakzaam-melden',
  '/en/workshop': 'waakzaam-workshop',
  '/nl/gemeente/huizen': 'waakzaam-gemeente',
};

/** The wasm files a page fetched, by bundle name (waakzaam-tips-<hash>_bg.wasm → waakzaam-tips). */
function recordWasm(page: Page) {
  const loaded: string[] = [];
  page.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/^\/(waakzaam(?:-[a-z]+)?)-[0-9a-f]{16}_bg\.wasm$/);
    if (m) loaded.push(m[1]);
  });
  return loaded;
}

test.describe('each address loads its own bundle and no other', () => {
  // No service worker: it would fetch every bundle for offline use, which is not the page's.
  test.use({ serviceWorkers: 'block' });
  for (const [url, bundle] of Object.entries(BUNDLE_OF)) {
    test(`${url} → ${bundle}`, async ({ page }) => {
      const problems = watchProblems(page);
      const loaded = recordWasm(page);
      await open(page, url);
      await expect(page.locator('main h1')).toBeVisible();
      expect(loaded).toEqual([bundle]);
      problems.expectNone();
    });
  }
});

test.describe('a first visit, before the service worker controls the page', () => {
  test.use({ serviceWorkers: 'block' });
  test('a link into another group loads it as a page; back returns; links inside stay in the app', async ({ page }) => {
    const problems = watchProblems(page);
    const loaded = recordWasm(page);
    await open(page, '/nl/');
    await page.locator('.wz-card__link[href="/nl/tips"]').click();
    await expect(page).toHaveURL(/\/nl\/tips$/);
    await expect(page.locator('[data-page="tips"]')).toBeVisible();
    // A new document: its static page shows first; the app takes it over a moment later.
    await waitForLiveApp(page);
    // Inside the tips bundle: no new document, no new download.
    const marker = await page.evaluate(() => ((window as any).wzMarker = Math.random()));
    await page.locator('a[href="/nl/tips/vriend-in-nood"]').first().click();
    await expect(page.locator('[data-page="tip"]')).toBeVisible();
    expect(await page.evaluate(() => (window as any).wzMarker)).toBe(marker);
    await page.goBack();
    await expect(page.locator('[data-page="tips"]')).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/nl\/$/);
    await expect(page.locator('[data-page="home"]')).toBeVisible();
    expect(loaded.slice(0, 2)).toEqual(['waakzaam', 'waakzaam-tips']);
    problems.expectNone();
  });
});

test('once the worker controls the page, one app shows every group: no new document between groups, and it is all the worker keeps', async ({ page }) => {
  const problems = watchProblems(page);
  await open(page, '/nl/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
  const loaded = recordWasm(page);
  await page.reload();
  expect(loaded).toEqual(['waakzaam-all']);
  // Home → tips → a tip → the report flow → a municipality → back: one document throughout.
  const marker = await page.evaluate(() => ((window as any).wzMarker = Math.random()));
  await page.locator('.wz-card__link[href="/nl/tips"]').click();
  await expect(page.locator('[data-page="tips"]')).toBeVisible();
  await page.locator('a[href="/nl/tips/vriend-in-nood"]').first().click();
  await expect(page.locator('[data-page="tip"]')).toBeVisible();
  await page.locator('.wz-header__menu-button').click();
  await page.locator('.wz-nav__link[href="/nl/melden"]').click();
  await expect(page.locator('[data-page="melden"]')).toBeVisible();
  await page.locator('.wz-header__menu-button').click();
  await page.locator('.wz-nav__link[href="/nl/gemeente"]').click();
  await expect(page.locator('[data-page="gemeente"]')).toBeVisible();
  await page.goBack();
  await expect(page.locator('[data-page="melden"]')).toBeVisible();
  expect(await page.evaluate(() => (window as any).wzMarker)).toBe(marker);
  expect(loaded).toEqual(['waakzaam-all']);
  // The worker's cache holds the one app and none of the per-group bundles.
  const cached = await page.evaluate(async () => {
    const names: string[] = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) names.push(new URL(request.url).pathname);
    }
    return names.filter((n) => n.endsWith('.wasm'));
  });
  expect(cached).toHaveLength(1);
  expect(cached[0]).toMatch(/^\/waakzaam-all-[0-9a-f]{16}_bg\.wasm$/);
  problems.expectNone();
});

test('the menu and the language switch work in and across groups; the search is kept', async ({ page }) => {
  const problems = watchProblems(page);
  await open(page, '/nl/gemeente/huizen');
  await page.locator('.wz-lang-switch__link[hreflang="en"]').click();
  await expect(page).toHaveURL(/\/en\/gemeente\/huizen$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await open(page, '/nl/tips?zoek=bank');
  await page.locator('.wz-lang-switch__link[hreflang="en"]').click();
  await expect(page).toHaveURL(/\/en\/tips\?zoek=bank$/);
  await page.locator('.wz-header__menu-button').click();
  await page.locator('.wz-nav__link[href="/en/melden"]').click();
  await expect(page).toHaveURL(/\/en\/melden$/);
  await expect(page.locator('[data-page="melden"]')).toBeVisible();
  problems.expectNone();
});

test('a page handed the wrong bundle shows not-found instead of reloading forever', async ({ page }) => {
  // A host (or an old cache) that serves the start bundle for a tips address.
  await page.route(/\/loader-[0-9a-f]{16}\.js$/, async (route) => {
    const response = await route.fetch();
    const loader = (await response.text()).replace('var section = ', 'var section = false && ');
    expect(loader).toContain('false &&');
    await route.fulfill({ response, body: loader });
  });
  let documents = 0;
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) documents++;
  });
  await page.goto('/nl/tips');
  await expect(page.locator('[data-page="not-found"]')).toBeVisible();
  await page.waitForTimeout(500);
  expect(documents).toBe(1);
});

test.describe('offline before the service worker has stored the app', () => {
  test.use({ serviceWorkers: 'block' });
  test('a link into another group says there is no connection, keeps the numbers, and tries again', async ({ page, context }) => {
    await open(page, '/nl/');
    await context.setOffline(true);
    await page.locator('.wz-card__link[href="/nl/tips"]').click();
    await expect(page.locator('[data-page="offline"] h1')).toHaveText('Geen verbinding');
    // The numbers once, in the bar, and a line on the page that points to them.
    await expect(page.locator('.wz-emergency a[href="tel:112"]')).toBeVisible();
    await expect(page.locator('a[href="tel:112"]:visible')).toHaveCount(1);
    await expect(page.locator('[data-page="offline"] .wz-not-found__help')).toContainText('bovenaan');
    await expectAxeClean(page, 'offline page (nl)');
    await context.setOffline(false);
    await page.locator('[data-page="offline"] button').click();
    await expect(page.locator('[data-page="tips"]')).toBeVisible();
    await expect(page).toHaveURL(/\/nl\/tips$/);
  });
});
