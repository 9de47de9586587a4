// Tips: shared links open the tip, search and audience filters work instantly, share links
// are right, text size persists, print renders, axe is clean in both languages.
import { test, expect, LANGS, ORIGIN, expectAxeClean, open, watchProblems, openMenu } from './helpers';

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
  expect(href).toContain(`${ORIGIN}/nl/tips/phishing`);
  await page.locator('.wz-share button', { hasText: 'Kopieer de link' }).click();
  await expect(page.locator('.wz-share [role="status"]')).toContainText('gekopieerd');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${ORIGIN}/nl/tips/phishing`);
});

test('the text size is remembered', async ({ page }) => {
  await open(page, '/nl/tips/babbeltruc');
  await openMenu(page);
  await page.locator('.wz-text-size__button--2').click();
  await expect(page.locator('.wz-text-size__button--2')).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await page.locator('.wz-app').waitFor();
  expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('150%');
  await openMenu(page);
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

// --- Read aloud, Web Share, filters in the address, audience pages, print, dark mode ------

/** A recording stand-in for the browser's speech synthesis (headless Chromium has no voices). */
async function fakeSpeech(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const w = window as any;
    w.__spoken = [];
    w.__cancelled = 0;
    class Utterance {
      text: string; lang = ''; onend: any = null; onerror: any = null;
      constructor(text: string) { this.text = text; }
    }
    const synth = {
      speak(u: any) { w.__spoken.push({ text: u.text, lang: u.lang }); w.__last = u; },
      cancel() { w.__cancelled += 1; },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  });
}

for (const lang of LANGS) {
  test(`"voorlezen" reads the tip in the page language, with stop (${lang})`, async ({ page }) => {
    await fakeSpeech(page);
    await open(page, `/${lang}/tips/babbeltruc`);
    const stop = page.locator('.wz-read-aloud__stop');
    await expect(stop).toHaveCount(0);
    await openMenu(page);
    await page.locator('.wz-read-aloud__start').click();
    const spoken: { text: string; lang: string }[] = await page.evaluate(() => (window as any).__spoken);
    const title = (await page.locator('h1').textContent())!.trim();
    expect(spoken[0].text).toBe(`${title}.`);
    expect(spoken.every((u) => u.lang === (lang === 'nl' ? 'nl-NL' : 'en-GB'))).toBe(true);
    // Title, two headings, recognise, five steps, a heading and the two channels.
    expect(spoken.length).toBe(12);
    expect(spoken.map((u) => u.text).join(' ')).toContain('112');
    await expect(stop).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(stop).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(stop).toHaveCount(0);
    expect(await page.evaluate(() => (window as any).__cancelled)).toBeGreaterThanOrEqual(2);
  });
}

test('the stop button switches off by itself when reading ends', async ({ page }) => {
  await fakeSpeech(page);
  await open(page, '/nl/tips/phishing');
  await openMenu(page);
  await page.locator('.wz-read-aloud__start').click();
  await expect(page.locator('.wz-read-aloud__stop')).toBeVisible();
  await page.evaluate(() => (window as any).__last.onend());
  await expect(page.locator('.wz-read-aloud__stop')).toHaveCount(0);
});

test('where the browser cannot speak, "voorlezen" says so plainly', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  });
  const watch = watchProblems(page);
  await open(page, '/nl/tips/nepagent');
  await expect(page.locator('h1')).toBeVisible();
  await openMenu(page);
  await expect(page.locator('.wz-text-size')).toBeVisible();
  await page.locator('.wz-read-aloud__start').click();
  await expect(page.locator('.wz-read-aloud__status')).toContainText('geen stem');
  await expect(page.locator('.wz-read-aloud__stop')).toHaveCount(0);
  watch.expectNone();
});

test('the Web Share API gets the tip title and its own address', async ({ page }) => {
  await page.addInitScript(() => {
    (navigator as any).share = (data: unknown) => {
      (window as any).__shared = data;
      return Promise.resolve();
    };
  });
  await open(page, '/en/tips/sextortion');
  await expect(page.locator('a[href^="https://wa.me/"]')).toHaveCount(0);
  await page.locator('.wz-share button', { hasText: 'Share' }).first().click();
  await expect.poll(() => page.evaluate(() => (window as any).__shared)).toBeTruthy();
  const shared = await page.evaluate(() => (window as any).__shared);
  expect(shared.url).toBe(`${ORIGIN}/en/tips/sextortion`);
  expect(shared.text).toContain('Blackmail with nude photos');
});

test('search and topic live in the address and survive "back"', async ({ page }) => {
  await open(page, '/nl/tips');
  await page.locator('#tip-search').pressSequentially('pin');
  await page.selectOption('#tip-topic', 'oplichting');
  await expect(page).toHaveURL(/\/nl\/tips\?zoek=pin&onderwerp=oplichting$/);
  const count = await page.locator('.wz-tip-card').count();
  expect(count).toBeGreaterThan(0);
  await page.locator('.wz-tip-card a').first().click();
  await expect(page.locator('.wz-tip-page')).toBeVisible();
  await page.goBack();
  await expect(page.locator('#tip-search')).toHaveValue('pin');
  await expect(page.locator('#tip-topic')).toHaveValue('oplichting');
  await expect(page.locator('.wz-tip-card')).toHaveCount(count);
  // The same address opened fresh (a shared search) shows the same list.
  await open(page, '/nl/tips?zoek=pin&onderwerp=oplichting');
  await expect(page.locator('.wz-tip-card')).toHaveCount(count);
  await expect(page.locator('[data-testid="tips-found"]')).toContainText(`${count} tip`);
});

test('a search that finds nothing says what to try', async ({ page }) => {
  await open(page, '/en/tips?zoek=zzzqqq');
  await expect(page.locator('.wz-tip-card')).toHaveCount(0);
  await expect(page.locator('[data-testid="tips-found"]')).toContainText('No tips found');
});

for (const lang of LANGS) {
  test(`audience entry pages: own intro, /tips/<audience> works, checklists linked (${lang})`, async ({ page }) => {
    await open(page, `/${lang}/tips/senioren`);
    await expect(page).toHaveURL(new RegExp(`/${lang}/tips/voor/senioren$`));
    await expect(page.locator('.wz-page__intro')).toContainText(lang === 'nl' ? 'voorlezen' : 'read aloud');
    await expect(page.locator(`.wz-related a[href="/${lang}/checklists/inbraakpreventie"]`)).toBeVisible();
    await open(page, `/${lang}/tips/voor/ondernemers`);
    await expect(page.locator(`.wz-related a[href="/${lang}/checklists/digitaal-bedrijf"]`)).toBeVisible();
    await expect(page.locator(`.wz-related a[href="/${lang}/checklists/inbraakpreventie"]`)).toHaveCount(0);
    await expectAxeClean(page, `ondernemers ${lang}`);
  });
}

test('a tip links its audiences, its topic and related tips', async ({ page }) => {
  await open(page, '/nl/tips/fietsdiefstal');
  await expect(page.locator('.wz-tip-page__meta a[href="/nl/tips/voor/jongeren"]')).toBeVisible();
  await page.locator('.wz-related a').first().click();
  await expect(page.locator('.wz-tip-page[data-tip="auto"]')).toBeVisible();
  await page.locator('.wz-tip-page__meta .wz-chip--topic').click();
  await expect(page).toHaveURL(/\/nl\/tips\?onderwerp=diefstal$/);
  await expect(page.locator('#tip-topic')).toHaveValue('diefstal');
  await expect(page.locator('.wz-tip-card')).toHaveCount(2);
});

test('a printed tip is one A4 page with the numbers and where it came from', async ({ page }) => {
  await open(page, '/nl/tips/bankhelpdesk-fraude');
  await openMenu(page);
  await page.locator('.wz-text-size__button--2').click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.wz-print-note')).toBeVisible();
  await expect(page.locator('.wz-print-note')).toContainText('Spoed? Bel 112');
  await expect(page.locator('.wz-print-note')).toContainText(`${ORIGIN}/nl/tips/bankhelpdesk-fraude`);
  await expect(page.locator('.wz-share')).toBeHidden();
  await expect(page.locator('.wz-read-aloud')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  for (const lang of LANGS) {
    test(`tips, a tip and an audience page are axe clean in dark mode (${lang})`, async ({ page }) => {
      await open(page, `/${lang}/tips/bellen-met-112`);
      await expectAxeClean(page, `dark tip ${lang}`);
      await open(page, `/${lang}/tips/voor/jongeren`);
      await expectAxeClean(page, `dark jongeren ${lang}`);
    });
  }
});

test('moving between audience pages and tips in the app shows each page', async ({ page }) => {
  const watch = watchProblems(page);
  await open(page, '/nl/tips');
  await page.locator('.wz-chip', { hasText: 'Senioren' }).click();
  await expect(page.locator('h1')).toHaveText('Tips voor senioren');
  const seniors = await page.locator('.wz-tip-card').count();
  await page.locator('.wz-chip', { hasText: 'Ondernemers' }).click();
  await expect(page.locator('h1')).toHaveText('Tips voor ondernemers');
  expect(await page.locator('.wz-tip-card').count()).not.toBe(seniors);
  await page.locator('.wz-tip-card a', { hasText: 'baas' }).click();
  await expect(page.locator('.wz-tip-page[data-tip="ceo-fraude"]')).toBeVisible();
  // The language switch keeps the tip.
  await page.locator('a[hreflang="en"], .wz-lang-switch__link', { hasText: 'English' }).first().click();
  await expect(page).toHaveURL(/\/en\/tips\/ceo-fraude$/);
  await expect(page.locator('h1')).toHaveText("An email from 'the boss': pay quickly");
  watch.expectNone();
});
