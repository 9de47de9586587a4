// Checklists: ticking survives reload, not-applicable leaves the score, reset works, an old
// or corrupted saved state is handled, the printout has tick boxes, axe is clean.
import { test, expect, LANGS, expectAxeClean, open, watchProblems, openMenu } from './helpers';

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
  await page.locator('.wz-reset button', { hasText: 'Ja, wis mijn vinkjes' }).click();
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
  await expect(page.locator('.wz-checklist-page > .wz-notice')).toContainText('veranderd');
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
  await expect(page.locator('.wz-checklist-page > .wz-notice')).toContainText('kon niet worden gelezen');
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

// --- Storage refused, undo after reset, "do this first", print size, read aloud -----------

test('when the device refuses storage, the checklist says so at once and still works', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  const watch = watchProblems(page);
  await open(page, URL);
  const notice = page.locator('.wz-checklist-page > .wz-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('niet worden bewaard');
  await page.check('#item-ramen-dicht');
  await expect(page.locator('[data-testid="overall-score"]')).toContainText('1 / 22');
  watch.expectNone();
});

test('"start all over again" asks first, and can be undone right there until the next tick', async ({ page }) => {
  await open(page, URL);
  await page.check('#item-sleutel-omdraaien');
  await page.check('#item-kliko-weg-na');
  const score = page.locator('[data-testid="overall-score"]');
  // Asks first; "no" keeps every tick.
  await page.locator('button', { hasText: 'Alles opnieuw beginnen' }).click();
  await expect(page.locator('.wz-reset__question')).toBeFocused();
  await expect(page.locator('.wz-reset__question')).toBeInViewport();
  await page.locator('.wz-reset button', { hasText: 'Nee, laat ze staan' }).click();
  await expect(score).toContainText('1 / 21');
  await expect(page.locator('#wz-reset-button')).toBeFocused();
  // "Yes" clears; the undo is where the person is looking, not at the top of the page.
  await page.locator('button', { hasText: 'Alles opnieuw beginnen' }).click();
  await page.locator('.wz-reset button', { hasText: 'Ja, wis mijn vinkjes' }).click();
  await expect(score).toContainText('0 / 22');
  const undo = page.locator('.wz-reset .wz-notice button', { hasText: 'Zet mijn vinkjes terug' });
  await expect(undo).toBeInViewport();
  await undo.click();
  await expect(score).toContainText('1 / 21');
  await expect(page.locator('#item-kliko-weg-na')).toBeChecked();
  await page.reload();
  await page.locator('.wz-app').waitFor();
  await expect(score).toContainText('1 / 21');
  // After a new tick the cleared ticks are gone for good.
  await page.locator('button', { hasText: 'Alles opnieuw beginnen' }).click();
  await page.locator('.wz-reset button', { hasText: 'Ja, wis mijn vinkjes' }).click();
  await page.check('#item-ramen-dicht');
  await expect(page.locator('.wz-notice button')).toHaveCount(0);
});

test('every tick box is a 44px target', async ({ page }) => {
  await open(page, URL);
  for (const box of await page.locator('.wz-checks input[type="checkbox"]').all()) {
    const b = (await box.boundingBox())!;
    expect(b.width).toBeGreaterThanOrEqual(44);
    expect(b.height).toBeGreaterThanOrEqual(44);
  }
});

test('"do this first" takes the keyboard to the item itself', async ({ page }) => {
  await open(page, URL);
  const first = page.locator('.wz-next li a').first();
  await expect(first).toContainText('op slot');
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#item-sleutel-omdraaien')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('#item-sleutel-omdraaien')).toBeChecked();
  await expect(page.locator('.wz-next li').first()).not.toContainText('altijd op slot');
});

test('items that need it say how, and the how is read with the item', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as any;
    w.__spoken = [];
    Object.defineProperty(window, 'speechSynthesis', {
      value: { speak: (u: any) => w.__spoken.push(u.text), cancel() {} },
      configurable: true,
    });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class { text: string; lang = ''; constructor(t: string) { this.text = t; } },
      configurable: true,
    });
  });
  await open(page, URL);
  await expect(page.locator('#item-skg-sloten-how')).toContainText('SKG-logo');
  await expect(page.locator('#item-skg-sloten')).toHaveAttribute('aria-describedby', 'item-skg-sloten-why item-skg-sloten-how');
  await openMenu(page);
  await page.locator('.wz-read-aloud__start').click();
  const spoken: string[] = await page.evaluate(() => (window as any).__spoken);
  expect(spoken[0]).toBe('Inbraakpreventie voor uw huis.');
  expect(spoken).toContain('Deuren en sloten.');
  expect(spoken.some((t) => t.startsWith('Zo doet u het: Kijk op het slot'))).toBe(true);
  // No button labels read out.
  expect(spoken.join(' ')).not.toContain('Past niet bij mij');
});

for (const lang of LANGS) {
  for (const slug of ['inbraakpreventie', 'digitaal-thuis', 'digitaal-bedrijf']) {
    test(`${slug} prints on at most two A4 pages, even with the largest text (${lang})`, async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('waakzaam.tekstgrootte', '2'));
      await open(page, `/${lang}/checklists/${slug}`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.wz-checklist-page__date')).toBeVisible();
      await expect(page.locator('.wz-print-note')).toContainText('112');
      await expect(page.locator('.wz-check__na').first()).toBeHidden();
      const pdf = await page.pdf({ format: 'A4' });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(2);
    });
  }
}

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  for (const lang of LANGS) {
    test(`a checklist with marks is axe clean in dark mode (${lang})`, async ({ page }) => {
      await open(page, `/${lang}/checklists/digitaal-thuis`);
      await page.check('#item-back-up');
      await page.check('#item-schermslot-na');
      await expectAxeClean(page, `dark checklist ${lang}`);
    });
  }
});
