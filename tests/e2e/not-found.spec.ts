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

  test('the municipality page lists six and never an unverified number', async ({ page }) => {
    await open(page, '/nl/gemeente');
    await expect(page.locator('.wz-municipality')).toHaveCount(6);
    for (const name of ['Blaricum', 'Laren', 'Hilversum', 'Huizen', 'Gooise Meren', 'Wijdemeren']) {
      await expect(page.locator('.wz-municipality h2', { hasText: name })).toBeVisible();
    }
    const text = await page.locator('main').innerText();
    const hrefs = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const unverified of ['751 32 22', '751 34 44', '655 95 95', '207 00 00']) {
      expect(text).not.toContain(unverified);
      expect(hrefs.join(' ')).not.toContain(unverified.replace(/ /g, ''));
    }
    await expect(page.locator('a[href="tel:14035"]')).toBeVisible();
  });
});
