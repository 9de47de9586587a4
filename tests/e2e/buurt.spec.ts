// The buurtpreventie kit (issue 14): the sighting composer, the group rules card, the
// current warnings by date, the neighbourhood evening's handout.
import { test, expect, expectAxeClean, watchProblems, LANGS, ORIGIN } from './helpers';
import type { Page } from '@playwright/test';

const TEXT = {
  nl: { notCalled: '112 is niet gebeld.', called: '112 is gebeld.', what: 'Wat: ', wiped: 'De melding is gewist.', full: 'kan uw melding niet bewaren' },
  en: { notCalled: '112 has not been called.', called: '112 has been called.', what: 'What: ', wiped: 'The report has been deleted.', full: 'cannot keep your report' },
};

async function fillComposer(page: Page) {
  await page.fill('#melding-wat', 'Twee mannen kijken bij de schuren 🚲\nen lopen om het huis');
  await page.fill('#melding-straat', 'Torenlaan');
  await page.fill('#melding-nummer', '12');
  await page.fill('#melding-plaats', 'Hilversum');
  await page.fill('#melding-kleding', 'zwarte muts, groene jas');
  await page.fill('#melding-kenteken', 'gz 123 x');
  await page.fill('#melding-richting', 'naar het station');
}

async function waitForWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

for (const lang of LANGS) {
  test(`composer: fill, reload, offline, copy, quick exit wipes it (${lang})`, async ({ page, context }) => {
    const problems = watchProblems(page);
    const t = TEXT[lang];
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/${lang}/buurt/melding`);
    await expect(page.getByTestId('melding-script-empty')).toBeVisible();
    await fillComposer(page);
    // The 112 script: the operator's order, the plate the Dutch way, no empty parts.
    const script = page.getByTestId('melding-script').locator('li');
    await expect(script).toHaveCount(5);
    await expect(script.nth(1)).toContainText('Torenlaan 12, Hilversum');
    await expect(script.nth(3)).toContainText('GZ-123-X');
    const message = page.getByTestId('melding-message');
    await expect(message).toHaveValue(new RegExp(`^${t.notCalled.replace(/\./g, '\\.')}\\n${t.what}Twee mannen kijken bij de schuren 🚲 en lopen om het huis\\n`));
    await page.check('#melding-gebeld-ja');
    await expect(message).toHaveValue(new RegExp(`^${t.called.replace(/\./g, '\\.')}\\n`));

    // Reload: the draft is still there.
    await waitForWorker(page);
    await page.reload();
    await expect(page.locator('#melding-straat')).toHaveValue('Torenlaan');
    await expect(page.locator('#melding-gebeld-ja')).toBeChecked();

    // Offline: the page and the draft still work.
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('#melding-kenteken')).toHaveValue('gz 123 x');
    await page.fill('#melding-haar', 'kort, grijs');
    await context.setOffline(false);
    await page.reload();
    await expect(page.locator('#melding-haar')).toHaveValue('kort, grijs');

    // Copy: exactly the message.
    const expected = await message.inputValue();
    await page.getByTestId('melding-copy').click();
    await expect(page.locator('[role="status"]').filter({ hasText: lang === 'nl' ? 'gekopieerd' : 'copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

    // The share link carries only the message text.
    const whatsapp = page.getByTestId('melding-whatsapp');
    if (await whatsapp.count()) {
      const href = (await whatsapp.getAttribute('href')) ?? '';
      expect(href).toBe(`https://wa.me/?text=${encodeURIComponent(expected)}`);
      expect(href).not.toContain('waakzaam.');
    }

    problems.expectNone();
    // Quick exit: three Shift presses leave and wipe the draft.
    await page.locator('h1').click();
    await page.route('https://www.buienradar.nl/**', (route) => route.fulfill({ body: 'weer' }));
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(/buienradar/);
    await page.goto(`/${lang}/buurt/melding`);
    await expect(page.locator('#melding-straat')).toHaveValue('');
    expect(await page.evaluate(() => localStorage.getItem('waakzaam.buurt.melding'))).toBeNull();
  });
}

test('composer: wipe button, no clipboard, storage full, long text and emoji', async ({ page }) => {
  // No clipboard at all, and a device that refuses every write.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.goto('/nl/buurt/melding');
  const long = 'Een heel lang verhaal met 😀 en regels\n'.repeat(20);
  await page.fill('#melding-opvallend', long);
  await expect(page.getByTestId('melding-not-kept')).toBeVisible();
  await expect(page.getByTestId('melding-not-kept')).toContainText(TEXT.nl.full);
  // The text stays on screen, in the script and the message, each line on one line.
  await expect(page.getByTestId('melding-script')).toContainText('Een heel lang verhaal met 😀 en regels Een heel');
  await expect(page.getByTestId('melding-message')).toHaveValue(/Een heel lang verhaal met 😀 en regels Een heel/);
  // Copy fails: the message is selected for a manual copy.
  await page.getByTestId('melding-copy').click();
  await expect(page.getByText('Kopiëren lukt hier niet')).toBeVisible();
  const selected = await page.evaluate(() => {
    const el = document.activeElement as HTMLTextAreaElement;
    return el.id === 'melding-bericht' && el.selectionEnd - el.selectionStart === el.value.length;
  });
  expect(selected).toBe(true);
  await page.getByTestId('melding-wipe').click();
  await expect(page.locator('#melding-opvallend')).toHaveValue('');
  await expect(page.getByText(TEXT.nl.wiped)).toBeVisible();
});

test('composer: the share sheet gets the message text only, no address and nothing stored', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    Object.defineProperty(navigator, 'share', {
      value: (data: unknown) => {
        (window as unknown as { shared: unknown[] }).shared.push(data);
        return Promise.resolve();
      },
    });
  });
  await page.goto('/nl/buurt/melding');
  await fillComposer(page);
  const message = await page.getByTestId('melding-message').inputValue();
  await page.getByTestId('melding-share').click();
  const shared = await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared);
  expect(shared).toEqual([{ title: 'Waakzaam', text: message }]);
  expect(JSON.stringify(shared)).not.toContain('melding1');
});

test('composer: an old or damaged draft is cleared calmly and the draft shows in Mijn gegevens', async ({ page }) => {
  await page.goto('/nl/buurt/melding');
  await page.evaluate(() => localStorage.setItem('waakzaam.buurt.melding', 'melding0\u001f{kapot'));
  await page.reload();
  await expect(page.getByTestId('melding-old')).toBeVisible();
  await page.fill('#melding-wat', 'Iemand probeert autodeuren');
  await page.goto('/nl/over/gegevens');
  const item = page.locator('[data-key="waakzaam.buurt.melding"]');
  await expect(item).toContainText('1 veld ingevuld');
  await item.getByRole('button').click();
  await expect(item).toHaveCount(0);
});

test('a warning shows before its end date and is gone after it (Dutch time)', async ({ page }) => {
  // 28 February 2027, 23:30 in the Netherlands: the last evening of the warning.
  await page.clock.setFixedTime(new Date('2027-02-28T23:30:00+01:00'));
  await page.goto('/nl/waarschuwingen');
  await expect(page.locator('[data-list="current"] [data-warning="nep-agenten-bellen-ouderen"]')).toBeVisible();
  await page.goto('/nl/');
  await expect(page.getByTestId('home-warnings').locator('[data-warning="nep-agenten-bellen-ouderen"]')).toBeVisible();
  // Ten minutes past midnight in the Netherlands (still 28 February in UTC): gone.
  await page.clock.setFixedTime(new Date('2027-03-01T00:10:00+01:00'));
  await page.goto('/nl/waarschuwingen');
  await expect(page.locator('[data-list="current"]')).toBeVisible();
  await expect(page.locator('[data-warning="nep-agenten-bellen-ouderen"]')).toHaveCount(0);
  await page.goto('/nl/');
  await expect(page.locator('[data-warning="nep-agenten-bellen-ouderen"]')).toHaveCount(0);
  // Its own page still opens, and says it has expired.
  await page.goto('/nl/waarschuwingen/nep-agenten-bellen-ouderen');
  await expect(page.getByTestId('warn-expired')).toBeVisible();
  // Long after every warning: a calm line, no list.
  await page.clock.setFixedTime(new Date('2031-01-01T12:00:00+01:00'));
  await page.goto('/en/waarschuwingen');
  await expect(page.getByTestId('warn-none')).toBeVisible();
  await page.goto('/en/');
  await expect(page.getByTestId('home-warnings')).toHaveCount(0);
});

test('a warning shares a ready message with its own address, nothing else', async ({ page, context }) => {
  await page.clock.setFixedTime(new Date('2026-12-05T10:00:00+01:00'));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/nl/waarschuwingen/donkere-dagen');
  await expect(page.locator('h1')).toHaveText('Donkere dagen: meer inbraken');
  await expect(page.getByTestId('warn-expired')).toHaveCount(0);
  const share = page.getByTestId('warn-share');
  await expect(share).toHaveText('Deel in de buurtgroep');
  const href = await share.getAttribute('href');
  if (href) {
    const text = decodeURIComponent(href.replace('https://wa.me/?text=', ''));
    expect(text.startsWith('Waarschuwing: Donkere dagen: meer inbraken\n')).toBe(true);
    expect(text.endsWith(`${ORIGIN}/nl/waarschuwingen/donkere-dagen`)).toBe(true);
  }
});

test('the rules card prints on one A4 page and names every municipality', async ({ page }) => {
  await page.goto('/nl/buurt/regels');
  await expect(page.getByTestId('rules').locator('li').first()).toHaveText(/^Eerst 112 bellen/);
  await expect(page.locator('[data-municipality]')).toHaveCount(6);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
});

test('the evening handout prints on one A4 page with five tips for seniors', async ({ page }) => {
  await page.goto('/en/buurt/avond');
  await expect(page.locator('.wz-handout__tip')).toHaveCount(5);
  // Choosing by hand stays possible.
  await expect(page.locator('main a[href="/en/workshop"]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
});

test('the evening page starts a lesson for adults in one tap (a new code each evening)', async ({ page }) => {
  await page.goto('/nl/buurt/avond');
  const start = page.getByTestId('avond-lesson');
  await expect(start).toHaveText('Start een les voor volwassenen');
  // V = adults, no theme (X), 15 questions: the leader's projector page for a new lesson.
  await expect(start).toHaveAttribute('href', /^\/nl\/workshop\/leider\/V\d{4}X15$/);
  const href = await start.getAttribute('href');
  await start.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('main')).toContainText(/volwassenen/i);
});

test('without the app, the evening page\'s button opens the workshop page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/en/buurt/avond');
  await expect(page.locator('main a.wz-button')).toHaveAttribute('href', '/en/workshop');
  await context.close();
});

const KIT_PAGES = ['/buurt', '/buurt/melding', '/buurt/regels', '/buurt/avond', '/waarschuwingen', '/waarschuwingen/nep-agenten-bellen-ouderen'];

for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
  test.describe(`axe at ${viewport.width}px`, () => {
    test.use({ viewport });
    for (const lang of LANGS) {
      test(`the kit's pages are axe clean (${lang})`, async ({ page }) => {
        await page.clock.setFixedTime(new Date('2026-12-05T10:00:00+01:00'));
        for (const p of KIT_PAGES) {
          await page.goto(`/${lang}${p}`);
          if (p === '/buurt/melding') await fillComposer(page);
          await expectAxeClean(page, `${lang}${p} at ${viewport.width}`);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(width, p).toBeLessThanOrEqual(viewport.width);
        }
      });
    }
  });
}
