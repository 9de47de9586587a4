// axe-core (WCAG 2.2 AA) on every page in both languages, at phone and desktop size, and
// no horizontal scrolling at 320px.
import { test, expect, LANGS, ROUTES, expectAxeClean, open, path } from './helpers';

test.describe('accessibility', () => {
  for (const lang of LANGS) {
    for (const route of ROUTES) {
      test(`axe: ${route.name} (${lang}) on a phone`, async ({ page }) => {
        await open(page, path(lang, route.slug));
        await expectAxeClean(page, path(lang, route.slug));
      });
    }
    test(`axe: not-found (${lang})`, async ({ page }) => {
      await open(page, `/${lang}/bestaat-niet`);
      await expectAxeClean(page, 'not-found');
    });
    test(`axe: menu open (${lang})`, async ({ page }) => {
      await open(page, path(lang, ''));
      await page.locator('.wz-header__menu-button').click();
      await expectAxeClean(page, 'menu open');
    });
  }

  test.describe('desktop', () => {
    test.use({ viewport: { width: 1280, height: 800 } });
    for (const route of ROUTES) {
      test(`axe: ${route.name} on a desktop`, async ({ page }) => {
        await open(page, path('nl', route.slug));
        await expectAxeClean(page, `desktop ${route.name}`);
      });
    }
  });

  test.describe('dark mode', () => {
    test.use({ colorScheme: 'dark' });
    test('axe: home and melden in dark mode', async ({ page }) => {
      await open(page, '/nl/');
      await expectAxeClean(page, 'dark home');
      await open(page, '/nl/melden');
      await expectAxeClean(page, 'dark melden');
    });
  });

  test.describe('320px wide', () => {
    test.use({ viewport: { width: 320, height: 640 } });
    for (const lang of LANGS) {
      test(`no horizontal scroll at 320px (${lang})`, async ({ page }) => {
        for (const route of ROUTES) {
          await open(page, path(lang, route.slug));
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(width, route.name).toBeLessThanOrEqual(320);
        }
      });
    }
  });
});
