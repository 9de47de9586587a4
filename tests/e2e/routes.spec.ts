// Every page in both languages renders, in the right language, with nothing going wrong.
import { test, expect, LANGS, ROUTES, open, path, watchProblems } from './helpers';

test.describe('routes', () => {
  for (const lang of LANGS) {
    for (const route of ROUTES) {
      test(`${route.name} renders in ${lang}`, async ({ page, context }) => {
        const watch = watchProblems(page);
        await open(page, path(lang, route.slug));
        await expect(page.locator(`main#main-content .wz-page[data-page="${route.name}"]`)).toBeVisible();
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.locator('header.wz-header')).toHaveCount(1);
        await expect(page.locator('a.wz-skip-link[href="#main-content"]')).toHaveCount(1);
        await expect(page.locator('nav.wz-nav a')).toHaveCount(ROUTES.length);
        await expect(page.locator('nav.wz-nav a[aria-current="page"]')).toHaveAttribute('href', path(lang, route.slug));
        const switcher = page.locator('nav.wz-lang-switch');
        // One link: the other language, by its own name, to the same page.
        const other = lang === 'nl' ? 'en' : 'nl';
        await expect(switcher.locator('a')).toHaveCount(1);
        await expect(switcher.locator(`a[hreflang="${other}"]`)).toHaveAccessibleName(other === 'nl' ? 'Nederlands' : 'English');
        await expect(switcher.locator(`a[hreflang="${other}"]`)).toHaveAttribute('href', path(other, route.slug));
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page).toHaveTitle(/\S.* · Waakzaam$|^Waakzaam$/);
        await expect(page.locator('#app')).toHaveAttribute('data-app', 'live');
        await expect(page.locator('.wz-app')).toHaveCount(1);
        expect(await context.cookies()).toEqual([]);
        watch.expectNone();
      });
    }
  }

  test('the navigation marks the current page', async ({ page }) => {
    await open(page, '/nl/gemeente');
    await expect(page.locator('nav.wz-nav a[aria-current="page"]')).toHaveAttribute('href', '/nl/gemeente');
    await expect(page.locator('nav.wz-nav a')).toHaveCount(ROUTES.length);
  });

  test('on a phone the menu opens with its button and works by keyboard', async ({ page }) => {
    await open(page, '/nl/');
    const button = page.locator('.wz-header__menu-button');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('nav.wz-nav')).toBeHidden();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.locator('nav.wz-nav a[href="/nl/tips"]').click();
    await expect(page.locator('.wz-page[data-page="tips"]')).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  test('the first Tab reaches a visible skip link that jumps to the content', async ({ page }) => {
    await open(page, '/nl/tips');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.wz-skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content')).toBeFocused();
  });

  test('focus is visible on links and buttons', async ({ page }) => {
    await open(page, '/en/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  test('everything kept on the device can be wiped from the about page', async ({ page }) => {
    await open(page, '/nl/checklists/inbraakpreventie');
    await page.check('#item-ramen-dicht');
    await page.locator('nav.wz-lang-switch a[hreflang="en"]').click();
    await open(page, '/nl/over');
    await page.locator('.wz-wipe button').click();
    await page.locator('.wz-wipe button', { hasText: 'Ja, wis alles' }).click();
    await expect(page.locator('.wz-wipe [role="status"]')).toContainText('gewist');
    const left = await page.evaluate(() =>
      [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('waakzaam.')),
    );
    expect(left).toEqual([]);
  });
});
