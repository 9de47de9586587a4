// 112 and the police non-emergency number: on every screen, tappable, and there even when
// the app cannot start.
import { test, expect, EMERGENCY_TEXT, LANGS, ROUTES, open, path, watchProblems } from './helpers';

test.describe('emergency numbers', () => {
  for (const lang of LANGS) {
    test(`the emergency bar is on every page (${lang})`, async ({ page }) => {
      for (const route of [...ROUTES.map((r) => path(lang, r.slug)), `/${lang}/bestaat-niet`]) {
        await open(page, route);
        const bar = page.locator('.wz-emergency');
        await expect(bar, route).toBeInViewport({ ratio: 1 });
        const urgent = bar.locator('a[href="tel:112"]');
        const police = bar.locator('a[href="tel:09008844"]');
        await expect(urgent).toHaveText(EMERGENCY_TEXT[lang].urgent);
        await expect(police).toHaveText(EMERGENCY_TEXT[lang].police);
        for (const link of [urgent, police]) {
          const box = (await link.boundingBox())!;
          expect(box.width, route).toBeGreaterThanOrEqual(44);
          expect(box.height, route).toBeGreaterThanOrEqual(44);
        }
      }
    });
  }

  test('the bar stays in view while scrolling a long page', async ({ page }) => {
    await open(page, '/nl/checklists/inbraakpreventie');
    await page.evaluate(() => window.scrollTo({ top: 3000, behavior: 'instant' }));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    await expect(page.locator('.wz-emergency a[href="tel:112"]')).toBeInViewport({ ratio: 1 });
  });

  test.describe('without WebAssembly', () => {
    test.use({ waitForApp: false });
    test('without WebAssembly the static page still shows both numbers', async ({ page }) => {
      const watch = watchProblems(page);
      // A browser without WebAssembly, as on an old phone. Not by aborting the .wasm requests:
      // the service worker fetches and caches the wasm itself (page.route does not see that),
      // and on a loaded machine it could serve the page's own request before the page made it,
      // so the app started and the note never showed (issue 17).
      await page.addInitScript(() => {
        delete (window as { WebAssembly?: unknown }).WebAssembly;
      });
      await page.goto('/nl/');
      // The static page is the whole page: the bar with both numbers, once.
      await expect(page.locator('.wz-emergency a[href="tel:112"]')).toBeVisible();
      await expect(page.locator('.wz-emergency a[href="tel:09008844"]')).toBeVisible();
      await expect(page.locator('a[href="tel:112"]')).toHaveCount(1);
      await expect(page.locator('[data-page="home"] h1')).toBeVisible();
      // A calm note says the app cannot start; the page and its numbers stay.
      await expect(page.locator('#wz-app-failed')).toBeVisible();
      await expect(page.locator('#app')).not.toHaveAttribute('data-app', 'live');
      // Nothing may fail besides the start itself (no failed requests, no other errors).
      const unexpected = watch.problems.filter((p) => !p.startsWith('page error'));
      expect(unexpected).toEqual([]);
    });
  });

  test('without JavaScript the numbers are there too', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/nl/melden');
    await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
    await expect(page.locator('a[href="tel:09008844"]').first()).toBeVisible();
    await context.close();
  });
});
