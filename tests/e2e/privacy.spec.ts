// Privacy and trust: nothing leaves for other sites, a strict Content Security Policy, "Snel
// weg" on pages about abuse, and "Mijn gegevens" with delete buttons and "wis alles".
import { test, expect, LANGS, ORIGIN, ROUTES, open, watchProblems, expectAxeClean } from './helpers';
import type { Page } from '@playwright/test';

const NEUTRAL = 'https://www.buienradar.nl/';

/** The neutral site, answered locally: the test never reaches the internet. */
async function stubNeutralSite(page: Page) {
  await page.route('https://www.buienradar.nl/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weer</title><h1>Het weer</h1>' }),
  );
}

test('no page asks anything of another site', async ({ page }) => {
  // Every page (with its municipality, tip, checklist and report-flow variants) in both
  // languages; watchProblems flags any request to another origin.
  const extra = [
    'gemeente/huizen', 'gemeente/hilversum', 'over/gegevens', 'tips/sextortion', 'tips/voor/senioren',
    'checklists/inbraakpreventie', 'melden/fraude', 'melden/saar', 'workshop',
  ];
  const problems = watchProblems(page);
  for (const lang of LANGS) {
    for (const slug of [...ROUTES.map((r) => r.slug), ...extra]) {
      await open(page, `/${lang}/${slug}`);
    }
  }
  problems.expectNone();
});

test('the page carries a strict policy and the host its protective headers', async ({ request }) => {
  const response = await request.get('/nl/');
  const html = await response.text();
  const csp = html.match(/<meta[^>]*Content-Security-Policy[^>]*>/i)?.[0] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("'wasm-unsafe-eval'");
  // No inline script at all: the loader and boot.js are files, so no hash is needed.
  expect(csp).not.toContain('sha256');
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('__CSP');
  expect(csp).not.toMatch(/https?:/);
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['set-cookie']).toBeUndefined();
});

test('Snel weg on an abuse tip: wipes the report data, leaves for a neutral site, Back does not return', async ({ page }) => {
  await stubNeutralSite(page);
  await page.addInitScript(() => {
    if (location.origin.startsWith('http://127.0.0.1')) {
      localStorage.setItem('waakzaam.melden.notitie', 'note1\u001fwat');
      sessionStorage.setItem('waakzaam.melden.antwoorden', 'v2;gevaar=voorbij;soort=thuis');
    }
  }, undefined);
  await open(page, '/nl/tips/sextortion');
  await expect(page.locator('.wz-quick-exit__button')).toBeVisible();
  await expectAxeClean(page, 'tip with quick exit');
  await page.unrouteAll();
  await stubNeutralSite(page);
  await page.locator('.wz-quick-exit__button').click();
  await page.waitForURL(NEUTRAL);
  await expect(page.locator('h1')).toHaveText('Het weer');
  // location.replace: the app's page is no longer behind the Back button.
  await page.goBack().catch(() => {});
  expect(page.url()).not.toContain(ORIGIN);
});

test('Snel weg by pressing Shift three times in the report flow, and the flow data is gone', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await stubNeutralSite(page);
  await open(page, '/nl/melden/thuis');
  await expect(page.locator('.wz-quick-exit')).toBeVisible();
  await expect(page.locator('.wz-quick-exit__hint')).toContainText('Shift');
  await page.evaluate(() => localStorage.setItem('waakzaam.melden.notitie', 'n1;iets;;;'));
  expect(await page.evaluate(() => sessionStorage.getItem('waakzaam.melden.antwoorden'))).toContain('thuis');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(NEUTRAL);
  // Same tab, back on our site by typing the address: nothing of the flow is left.
  await page.goto('/nl/over');
  expect(await page.evaluate(() => sessionStorage.getItem('waakzaam.melden.antwoorden'))).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('waakzaam.melden.notitie'))).toBeNull();
  await context.close();
});

test('the quick exit is only on pages about abuse', async ({ page }) => {
  await open(page, '/nl/tips/phishing');
  await expect(page.locator('.wz-quick-exit')).toHaveCount(0);
  await open(page, '/nl/melden/fraude');
  await expect(page.locator('.wz-quick-exit')).toHaveCount(0);
  await open(page, '/en/melden/online');
  await expect(page.locator('.wz-quick-exit__button')).toHaveText('Exit this page now');
});

test.describe('Mijn gegevens', () => {
  test('lists what is kept, deletes one item, and wis alles leaves storage empty', async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('waakzaam.lang', 'nl');
      localStorage.setItem('waakzaam.gemeente', 'huizen');
      localStorage.setItem('waakzaam.checklist.inbraakpreventie', 'c1;deur-slot=d');
      localStorage.setItem('waakzaam.melden.notitie', 'n1;auto;straat;nu;man');
      localStorage.setItem('waakzaam.quiz.beste.13-16', '9/14');
      sessionStorage.setItem('waakzaam.melden.antwoorden', 'v2;gevaar=voorbij');
    });
    const problems = watchProblems(page);
    await open(page, '/nl/over/gegevens');
    await page.evaluate(() => sessionStorage.removeItem('seeded'));
    const items = page.locator('.wz-data-item');
    await expect(items).toHaveCount(6);
    await expect(page.locator('[data-key="waakzaam.quiz.beste.13-16"]')).toContainText('13-16: 9/14');
    await expect(page.locator('[data-key="waakzaam.gemeente"]')).toContainText('Huizen');
    await expect(page.locator('[data-key="waakzaam.lang"]')).toContainText('Nederlands');
    await expect(page.locator('[data-key="waakzaam.melden.antwoorden"]')).toContainText('tabblad');
    await expectAxeClean(page, 'mijn gegevens');

    await page.locator('[data-key="waakzaam.gemeente"] button').click();
    await expect(items).toHaveCount(5);
    expect(await page.evaluate(() => localStorage.getItem('waakzaam.gemeente'))).toBeNull();

    await page.getByRole('button', { name: 'Wis al uw gegevens in Waakzaam op dit apparaat' }).click();
    await page.getByRole('button', { name: 'Ja, wis alles' }).click();
    await expect(page.locator('[data-empty="true"]')).toBeVisible();
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    problems.expectNone();
  });

  test('the about page leads to it, in English too', async ({ page }) => {
    await open(page, '/en/over');
    await page.getByRole('link', { name: 'See what Waakzaam keeps on this device' }).click();
    await expect(page.locator('h1')).toHaveText('My data');
    await expectAxeClean(page, 'my data (empty)');
  });
});
