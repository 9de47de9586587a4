// The language switch keeps you on the same page; / picks a language sensibly.
import { test, expect, ROUTES, open, path, watchProblems } from './helpers';

test.describe('language switch', () => {
  for (const route of ROUTES) {
    test(`switching language keeps the ${route.name} page`, async ({ page }) => {
      await open(page, path('nl', route.slug));
      await page.locator('nav.wz-lang-switch a[hreflang="en"]').click();
      await expect(page).toHaveURL(new RegExp(`/en/${route.slug}$`));
      await expect(page.locator(`.wz-page[data-page="${route.name}"]`)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      // The switch offers the other language only, by its own name.
      await expect(page.locator('nav.wz-lang-switch a')).toHaveCount(1);
      await expect(page.locator('nav.wz-lang-switch a[hreflang="nl"]')).toHaveAccessibleName('Nederlands');
      await expect(page.locator('nav.wz-lang-switch a[hreflang="nl"]')).toHaveAttribute('href', `/nl/${route.slug}`);
    });
  }

  test('switching language keeps a search typed on the tips page', async ({ page }) => {
    await open(page, '/nl/tips');
    await page.locator('#tip-search').pressSequentially('pin');
    await expect(page).toHaveURL(/\/nl\/tips\?zoek=pin$/);
    await page.locator('nav.wz-lang-switch a[hreflang="en"]').click();
    await expect(page).toHaveURL(/\/en\/tips\?zoek=pin$/);
    await expect(page.locator('#tip-search')).toHaveValue('pin');
  });

  test('the choice is stored and wins at /', async ({ page }) => {
    await open(page, '/nl/tips');
    await page.locator('nav.wz-lang-switch a[hreflang="en"]').click();
    await expect(page).toHaveURL(/\/en\/tips$/);
    expect(await page.evaluate(() => localStorage.getItem('waakzaam.lang'))).toBe('en');
    await open(page, '/');
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test('/ goes to Dutch for a Dutch browser', async ({ page }) => {
    await open(page, '/');
    await expect(page).toHaveURL(/\/nl\/$/);
    await expect(page.locator('.wz-page[data-page="home"]')).toBeVisible();
  });

  test.describe('an English browser', () => {
    test.use({ locale: 'en-US' });

    test('/ goes to English when nothing is stored', async ({ page }) => {
      await open(page, '/');
      await expect(page).toHaveURL(/\/en\/$/);
    });

    test('a stored Dutch choice wins over the browser', async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('waakzaam.lang', 'nl'));
      await open(page, '/');
      await expect(page).toHaveURL(/\/nl\/$/);
    });

    test('a broken stored value falls back without errors', async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('waakzaam.lang', '{broken'));
      const watch = watchProblems(page);
      await open(page, '/');
      await expect(page).toHaveURL(/\/en\/$/);
      watch.expectNone();
    });
  });

  test('a broken stored value falls back to Dutch for a Dutch browser', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('waakzaam.lang', '"en'));
    const watch = watchProblems(page);
    await open(page, '/');
    await expect(page).toHaveURL(/\/nl\/$/);
    watch.expectNone();
  });
});
