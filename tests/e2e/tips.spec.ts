// Tips: shared links open the tip, search and audience filters work instantly, share links
// are right, text size persists, print renders, axe is clean in both languages.
import { test, expect } from '@playwright/test';
import { LANGS, expectAxeClean, open, watchProblems } from './helpers';

for (const lang of LANGS) {
  test(`a tip opens from a shared link and is axe clean (${lang})`, async ({ page }) => {
    const watch = watchProblems(page);
    await open(page, `/${lang}/tips/vriend-in-nood`);
    await expect(page.locator('.wz-page[data-tip="vriend-in-nood"] h1')).toBeVisible();
    await expect(page.locator('.wz-steps li')).toHaveCount(5);
    await expect(page.locator('.wz-contacts a[href="tel:0887867372"]')).toBeVisible();
    await expect(page.locator(`a[href="/${lang}/melden/fraude"]`)).toBeVisible();
    await expectAxeClean(page, `tip ${lang}`);
    watch.expectNone();
  });

  test(`tips overview and audience pages are axe clean (${lang})`, async ({ page }) => {
    await open(page, `/${lang}/tips`);
    await expectAxeClean(page, `tips ${lang}`);
    await open(page, `/${lang}/tips/voor/senioren`);
    await expect(page.locator('.wz-chip[aria-current="page"]')).toHaveAttribute('href', `/${lang}/tips/voor/senioren`);
    await expectAxeClean(page, `tips senioren ${lang}`);
  });
}

test('search filters instantly as you type, by words and topic', async ({ page }) => {
  await open(page, '/nl/tips');
  const cards = page.locator('.wz-tip-card');
  const all = await cards.count();
  expect(all).toBeGreaterThanOrEqual(24);
  await page.locator('#tip-search').pressSequentially('pincode');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeLessThan(all);
  await expect(page.locator('.wz-tip-card', { hasText: 'Pinnen' })).toBeVisible();
  await page.locator('#tip-search').fill('zzzqqq');
  await expect(cards).toHaveCount(0);
  await page.locator('#tip-search').fill('');
  await page.selectOption('#tip-topic', 'diefstal');
  await expect(cards).toHaveCount(2);
});

test('each audience page only lists its tips', async ({ page }) => {
  await open(page, '/nl/tips/voor/ondernemers');
  await expect(page.locator('.wz-tip-card', { hasText: 'baas' })).toBeVisible();
  await expect(page.locator('.wz-tip-card', { hasText: 'fiets' })).toHaveCount(0);
});

test('the WhatsApp share link carries the tip and its address; copy link works', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '/nl/tips/phishing');
  const wa = page.locator('a[href^="https://wa.me/?text="]');
  await expect(wa).toBeVisible();
  const href = decodeURIComponent((await wa.getAttribute('href'))!.replace('https://wa.me/?text=', ''));
  expect(href).toContain('Een mail of sms met een link');
  expect(href).toContain('http://127.0.0.1:8081/nl/tips/phishing');
  await page.locator('.wz-share button', { hasText: 'Kopieer de link' }).click();
  await expect(page.locator('.wz-share [role="status"]')).toContainText('gekopieerd');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('http://127.0.0.1:8081/nl/tips/phishing');
});

test('the text size is remembered', async ({ page }) => {
  await open(page, '/nl/tips/babbeltruc');
  await page.locator('.wz-text-size__button--2').click();
  await expect(page.locator('.wz-text-size__button--2')).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await page.locator('.wz-app').waitFor();
  expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('150%');
  await expect(page.locator('.wz-text-size__button--2')).toHaveAttribute('aria-pressed', 'true');
  await expectAxeClean(page, 'large text');
});

test('a tip prints to A4 without the app chrome', async ({ page }) => {
  await open(page, '/nl/tips/inbraak-voorkomen');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.wz-emergency')).toBeHidden();
  await expect(page.locator('.wz-header')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(5000);
});

test('an unknown tip shows not-found with a search box that finds tips', async ({ page }) => {
  await open(page, '/nl/tips/bestaat-niet');
  await expect(page.locator('.wz-page[data-page="not-found"]')).toBeVisible();
  await page.fill('#nf-search', 'wachtwoord');
  await page.locator('.wz-not-found form button').click();
  await expect(page).toHaveURL(/\/nl\/tips\?zoek=wachtwoord/);
  await expect(page.locator('#tip-search')).toHaveValue('wachtwoord');
  await expect(page.locator('.wz-tip-card').first()).toBeVisible();
});
