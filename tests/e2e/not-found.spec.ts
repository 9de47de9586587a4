// Unknown addresses get a calm not-found page with the way home and the emergency numbers;
// unverified municipal numbers never appear.
import { test, expect, open, watchProblems } from './helpers';

// The address, the language of its not-found page, and the HTTP status the server gives:
// 404 unless the address is in a section the app has (then the app decides).
const unknown = [
  ['/nl/bestaat-niet', 'nl', 404],
  ['/en/does-not-exist', 'en', 404],
  ['/nederland/tips', 'nl', 404],
  ['/12/', 'nl', 404],
  ['/nl/tips/extra/deep', 'nl', 200],
  ['/nl/tips/extra/deep/path', 'nl', 200],
] as const;

// What people type or paste: the page they meant, the address replaced (Back skips it).
const corrected = [
  ['/NL/', '/nl/', 'home'],
  ['/de/', '/nl/', 'home'],
  ['/fr/tips', '/nl/tips', 'tips'],
  ['/En/Over', '/en/over', 'over'],
  ['/nl/gemeente/HUIZEN', '/nl/gemeente/huizen', 'gemeente'],
  ['/nl/tips/vriend-in-nood.', '/nl/tips/vriend-in-nood', 'tip'],
] as const;

test.describe('not found', () => {
  for (const [url, lang, status] of unknown) {
    test(`not found: ${url}`, async ({ page }) => {
      const watch = watchProblems(page);
      const response = await page.goto(url);
      expect(response?.status()).toBe(status);
      await page.locator('.wz-app').waitFor();
      const nf = page.locator('.wz-page[data-page="not-found"]');
      await expect(nf).toBeVisible();
      await expect(nf.locator('h1')).toBeVisible();
      await expect(nf.locator(`a[href="/${lang}/"]`)).toBeVisible();
      // The numbers once, in the bar, and a line on the page that points to them (issue 13:
      // four emergency buttons on one small screen was too many).
      await expect(page.locator('.wz-emergency a[href="tel:112"]')).toBeVisible();
      await expect(page.locator('.wz-emergency a[href="tel:09008844"]')).toBeVisible();
      await expect(page.locator('a[href="tel:112"]:visible')).toHaveCount(1);
      await expect(nf.locator('.wz-not-found__help')).toBeVisible();
      watch.expectNone();
    });
  }

  for (const [url, meant, name] of corrected) {
    test(`${url} goes to ${meant}`, async ({ page }) => {
      const watch = watchProblems(page);
      await open(page, url);
      await expect(page).toHaveURL(new RegExp(`${meant.replace(/[.]/g, '\\.')}$`));
      await expect(page.locator(`.wz-page[data-page="${name}"]`)).toBeVisible();
      await expect(page.locator('[data-page="not-found"]')).toHaveCount(0);
      if (url.includes('HUIZEN')) await expect(page.locator('main h1')).toContainText('Huizen');
      watch.expectNone();
    });
  }

  test('the municipality pages list six and never show an unverified number', async ({ page }) => {
    await open(page, '/nl/gemeente');
    const links = page.locator('.wz-municipality-list__link');
    await expect(links).toHaveCount(6);
    const ids = ['blaricum', 'laren', 'hilversum', 'huizen', 'gooise-meren', 'wijdemeren'];
    for (const id of ids) {
      await open(page, `/nl/gemeente/${id}`);
      const text = await page.locator('main').innerText();
      const hrefs = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      // Gooise Meren's 035 207 00 00 is verified since December 2026.
      for (const unverified of ['751 32 22', '751 34 44', '655 95 95']) {
        expect(text).not.toContain(unverified);
        expect(hrefs.join(' ')).not.toContain(unverified.replace(/ /g, ''));
      }
      if (id === 'hilversum') await expect(page.locator('main a[href="tel:14035"]')).toBeVisible();
    }
  });
});
