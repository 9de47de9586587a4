// Without JavaScript (an old phone, an in-app browser that blocks it, a connection lost while
// loading) every address is still a complete page: its heading and text, the frame's 112 once,
// links that work, and never a "loading" text that never ends. The route list is generated
// from the app's own page table (tests/e2e/routes.generated.json, src/static_pages).
import { test, expect, GENERATED, LANGS } from './helpers';

const routes = GENERATED.addresses;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, waitForApp: false, serviceWorkers: 'block' });

  test('the route list covers every kind of page in both languages', () => {
    for (const lang of LANGS) {
      for (const part of ['', '/tips', '/tips/', '/tips/voor/', '/checklists/', '/melden', '/melden/', '/workshop', '/gemeente/', '/over']) {
        expect(routes.some((r) => r.lang === lang && r.path.startsWith(`/${lang}${part}`)), `${lang}${part}`).toBe(true);
      }
    }
    expect(routes.length).toBeGreaterThan(100);
  });

  for (const lang of LANGS) {
    test(`every page reads completely (${lang})`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const route of [...routes.filter((r) => r.lang === lang), ...(lang === 'nl' ? [{ path: '/', lang, title: '' }] : [])]) {
        const response = await page.goto(route.path);
        expect(response?.status(), route.path).toBe(200);
        await expect(page.locator('html'), route.path).toHaveAttribute('lang', route.lang);
        await expect(page.locator('h1'), route.path).toHaveCount(1);
        await expect(page.locator('h1'), route.path).toBeVisible();
        const main = (await page.locator('main#main-content').innerText()).trim();
        expect(main.length, route.path).toBeGreaterThan(60);
        // The frame's numbers once: one emergency bar, nothing repeating it.
        await expect(page.locator('.wz-emergency'), route.path).toHaveCount(1);
        await expect(page.locator('.wz-emergency a[href="tel:112"]'), route.path).toBeVisible();
        await expect(page.locator('a[href="tel:112"]:not(main a)'), route.path).toHaveCount(1);
        // Nothing that waits for something that may never come.
        const text = await page.locator('body').innerText();
        expect(text, route.path).not.toMatch(/geladen|Loading|Even geduld|One moment/i);
        // At most one calm line where the page needs the app.
        expect(await page.locator('.wz-needs-app').count(), route.path).toBeLessThanOrEqual(1);
      }
    });
  }

  test('links between pages work as plain links, and the menu opens without the app', async ({ page }) => {
    await page.goto('/nl/');
    await page.locator('.wz-header__menu-button').click();
    await expect(page).toHaveURL(/#wz-menu$/);
    await expect(page.locator('#wz-nav')).toBeVisible();
    await page.locator('.wz-nav__link[href="/nl/tips"]').click();
    await expect(page).toHaveURL(/\/nl\/tips$/);
    await expect(page.locator('h1')).toHaveText('Tips voor uw veiligheid');
    await page.locator('.wz-lang-switch__link[hreflang="en"]').click();
    await expect(page).toHaveURL(/\/en\/tips$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The report flow's first question says once that choosing needs the app; 112 works.
    await page.goto('/nl/melden');
    await expect(page.locator('.wz-needs-app')).toHaveCount(1);
    await expect(page.locator('.wz-needs-app')).toBeVisible();
  });
});
