// Unknown addresses get a calm not-found page with the way home and the emergency numbers;
// unverified municipal numbers never appear.
import { test, expect } from '@playwright/test';
import { open, watchProblems } from './helpers';

const unknown = [
  ['/nl/bestaat-niet', 'nl'],
  ['/en/does-not-exist', 'en'],
  ['/xx/tips', 'nl'],
  ['/fr/', 'nl'],
  ['/nl/tips/extra/deep', 'nl'],
  ['/nl/tips/extra/deep/path', 'nl'],
] as const;

test.describe('not found', () => {
  for (const [url, lang] of unknown) {
    test(`not found: ${url}`, async ({ page }) => {
      const watch = watchProblems(page);
      await open(page, url);
      const nf = page.locator('.wz-page[data-page="not-found"]');
      await expect(nf).toBeVisible();
      await expect(nf.locator('h1')).toBeVisible();
      await expect(nf.locator(`a[href="/${lang}/"]`)).toBeVisible();
      await expect(nf.locator('a[href="tel:112"]')).toBeVisible();
      await expect(nf.locator('a[href="tel:09008844"]')).toBeVisible();
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
      for (const unverified of ['751 32 22', '751 34 44', '655 95 95']) {
        expect(text).not.toContain(unverified);
        expect(hrefs.join(' ')).not.toContain(unverified.replace(/ /g, ''));
      }
      if (id === 'hilversum') await expect(page.locator('main a[href="tel:14035"]')).toBeVisible();
    }
  });
});
