// Checklists: ticking survives reload, not-applicable leaves the score, reset works, an old
// or corrupted saved state is handled, the printout has tick boxes, axe is clean.
import { test, expect } from '@playwright/test';
import { LANGS, expectAxeClean, open, watchProblems } from './helpers';

const URL = '/nl/checklists/inbraakpreventie';

for (const lang of LANGS) {
  test(`checklists are axe clean (${lang})`, async ({ page }) => {
    await open(page, `/${lang}/checklists`);
    await expectAxeClean(page, `checklists ${lang}`);
    await open(page, `/${lang}/checklists/inbraakpreventie`);
    await page.check('#item-sleutel-omdraaien');
    await page.check('#item-kliko-weg-na');
    await expectAxeClean(page, `checklist ${lang}`);
  });
}

test('ticks survive a reload, not-applicable leaves the score, reset clears', async ({ page }) => {
  const watch = watchProblems(page);
  await open(page, URL);
  const score = page.locator('[data-testid="overall-score"]');
  await expect(score).toContainText('0 / 22');
  await page.check('#item-sleutel-omdraaien');
  await page.check('#item-ramen-dicht');
  await page.check('#item-kliko-weg-na');
  await expect(score).toContainText('2 / 21');
  // The most important open item moves up in "do this first".
  await expect(page.locator('.wz-next li').first()).not.toContainText('op slot, ook als ik even weg ben');
  await page.reload();
  await page.locator('.wz-app').waitFor();
  await expect(page.locator('#item-sleutel-omdraaien')).toBeChecked();
  await expect(page.locator('#item-kliko-weg-na')).toBeChecked();
  await expect(score).toContainText('2 / 21');
  await page.locator('button', { hasText: 'Alles opnieuw beginnen' }).click();
  await expect(score).toContainText('0 / 22');
  await page.reload();
  await page.locator('.wz-app').waitFor();
  await expect(page.locator('#item-sleutel-omdraaien')).not.toBeChecked();
  watch.expectNone();
});

test('progress from an older checklist keeps what still exists', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('waakzaam.checklist.inbraakpreventie', 'c1;ramen-dicht=d;verdwenen-item=d');
    }
  });
  await open(page, URL);
  await expect(page.locator('#item-ramen-dicht')).toBeChecked();
  await expect(page.locator('.wz-checklist-page .wz-notice')).toContainText('veranderd');
});

test('corrupted progress resets this checklist only, with a message', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('waakzaam.checklist.inbraakpreventie', '{"oops":');
      localStorage.setItem('waakzaam.checklist.digitaal-thuis', 'c1;back-up=d');
    }
  });
  const watch = watchProblems(page);
  await open(page, URL);
  await expect(page.locator('.wz-checklist-page .wz-notice')).toContainText('kon niet worden gelezen');
  await open(page, '/nl/checklists/digitaal-thuis');
  await expect(page.locator('#item-back-up')).toBeChecked();
  watch.expectNone();
});

test('the checklist prints on A4 with tick boxes', async ({ page }) => {
  await open(page, URL);
  await page.check('#item-sleutel-omdraaien');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.wz-check__input').first()).toBeVisible();
  await expect(page.locator('.wz-next')).toBeHidden();
  await expect(page.locator('.wz-emergency')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(5000);
  // A clean printout for the buurtpreventie meeting: at most two A4 pages.
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
});
