// After one visit, Waakzaam works without a network: every page, the report flow, the
// emergency numbers. A new release waits for the person to agree.
import { test, expect, expectAxeClean, open } from './helpers';
import type { Page } from '@playwright/test';

async function visitOnceAndGoOffline(page: Page) {
  await open(page, '/nl/');
  // Wait until the worker has installed and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
  await page.context().setOffline(true);
}

test('every page and a tip work offline after one visit', async ({ page }) => {
  await visitOnceAndGoOffline(page);
  for (const url of [
    '/nl/tips', '/en/tips/vriend-in-nood', '/nl/checklists/inbraakpreventie', '/nl/gemeente',
    '/en/over', '/nl/workshop', '/nl/bestaat-niet', '/en/melden/spoed',
  ]) {
    await open(page, url);
    await expect(page.locator('.wz-emergency a[href="tel:112"]'), url).toBeVisible();
  }
  await page.reload();
  await page.locator('.wz-app').waitFor();
});

test('a repeat visit served by the worker shows the frame in the page\'s language at once, never another page\'s text', async ({ page }) => {
  await visitOnceAndGoOffline(page);
  // What the page is when the HTML has been parsed, before the app starts (the loader waits
  // for the first paint): the worker's shell for the address's language.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as any).__before = {
        lang: document.documentElement.lang,
        bar: document.querySelector('.wz-emergency')?.textContent ?? '',
        main: document.querySelector('main')?.textContent?.trim() ?? null,
        live: document.getElementById('app')?.getAttribute('data-app'),
      };
    });
  });
  for (const [url, lang, bar] of [['/en/tips/vriend-in-nood', 'en', 'Call'], ['/nl/gemeente/huizen', 'nl', 'Bel']] as const) {
    await open(page, url);
    const before = await page.evaluate(() => (window as any).__before);
    expect(before.live, url).toBeNull();
    expect(before.lang, url).toBe(lang);
    expect(before.bar, url).toContain(bar);
    expect(before.main, url).toBe('');
  }
});

test('the report flow works offline', async ({ page }) => {
  await visitOnceAndGoOffline(page);
  await open(page, '/nl/melden');
  for (const id of ['gevaar-voorbij', 'wie-ik', 'soort-fraude', 'geld-geld-weg']) {
    await page.check(`#${id}`);
    await page.locator('form.wz-form button[type="submit"]').click();
  }
  await expect(page.locator('.wz-advice--primary')).toHaveAttribute('data-channel', 'bank');
  await page.fill('#note-what', 'Geld overgemaakt');
  await page.reload();
  await expect(page.locator('#note-what')).toHaveValue('Geld overgemaakt');
});

test('the update banner stays hidden while there is no new version', async ({ page }) => {
  await open(page, '/nl/');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await expect(page.locator('#wz-update')).toBeHidden();
});

test('a new release waits until the person taps reload', async ({ page }) => {
  await open(page, '/nl/tips');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.evaluate(() => { (window as unknown as { stillHere: boolean }).stillHere = true; });
  // A "new release": the worker registered under a new script address installs beside the
  // running one and waits (Playwright cannot rewrite a worker script, so the address changes).
  await page.evaluate(async () => { await navigator.serviceWorker.register('/sw.js?next-release'); });
  const banner = page.locator('#wz-update');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('nieuwe versie');
  await expectAxeClean(page, 'update banner');
  // Nothing reloaded by itself: the person is not interrupted mid-task.
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  await banner.locator('button').click();
  await page.waitForFunction(() => !(window as unknown as { stillHere?: boolean }).stillHere);
  await page.locator('.wz-app').waitFor();
  await expect(page).toHaveURL(/\/nl\/tips$/);
  const script = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  expect(script).toContain('/sw.js?next-release');
  // One release, one cache.
  expect((await page.evaluate(() => caches.keys())).length).toBe(1);
});

test('the app is installable: manifest with start page, colours and icons', async ({ page, request }) => {
  await open(page, '/nl/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest.start_url).toBe('/nl/');
  expect(manifest.display).toBe('standalone');
  expect(manifest.short_name).toBe('Waakzaam');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  }
});
