// What Waakzaam says about the data it keeps is literally true (issue 17): "Mijn gegevens"
// shows each value as the app reads it (never a damaged value itself), "Wis alles" names
// every kind it deletes and what stays, and a note that cannot be read is never removed
// silently.
import { test, expect, expectAxeClean, open, watchProblems } from './helpers';

function seed(page: import('@playwright/test').Page, values: Record<string, string>) {
  return page.addInitScript((values) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
  }, values);
}

test('Mijn gegevens shows the text size by its name, and a damaged value as unreadable', async ({ page }) => {
  await seed(page, { 'waakzaam.tekstgrootte': '1', 'waakzaam.lang': 'x'.repeat(1_000_000) });
  const problems = watchProblems(page);
  await open(page, '/nl/over/gegevens');
  await expect(page.locator('[data-key="waakzaam.tekstgrootte"]')).toContainText('Groot');
  const lang = page.locator('[data-key="waakzaam.lang"]');
  await expect(lang).toContainText('Niet te lezen');
  // The megabyte is not on the page.
  expect((await lang.innerText()).length).toBeLessThan(300);
  problems.expectNone();
});

test('a text size of a megabyte is shown as unreadable, not as text', async ({ page }) => {
  await seed(page, { 'waakzaam.tekstgrootte': '9'.repeat(1_000_000) });
  await open(page, '/en/over/gegevens');
  const item = page.locator('[data-key="waakzaam.tekstgrootte"]');
  await expect(item).toContainText('Cannot be read');
  expect((await item.innerText()).length).toBeLessThan(300);
});

test('Wis alles names every kind of data it deletes, and says what stays', async ({ page }) => {
  await seed(page, { 'waakzaam.gemeente': 'huizen', 'waakzaam.quiz.beste.13-16': '9/14' });
  await open(page, '/nl/over/gegevens');
  await page.getByRole('button', { name: 'Wis al uw gegevens in Waakzaam op dit apparaat' }).click();
  const list = page.locator('.wz-wipe__list li');
  await expect(list).toHaveText([
    'Uw taalkeuze',
    'Uw gemeente',
    'Uw tekstgrootte',
    'Wat u afvinkte in een checklist',
    'Uw quizscores',
    'Uw herhalingen van de quiz (wanneer, en welke trucs)',
    'Uw notitie bij melden',
    "Uw antwoorden in 'Meld een vermoeden'",
    'Uw melding voor de buurtgroep (Buurtpreventie)',
  ]);
  await expectAxeClean(page, 'wis alles: confirm');
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page.locator('.wz-wipe [role="status"]')).toContainText('Alleen de app zelf blijft');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('the SAAR page says so when it removes a note it cannot read', async ({ page }) => {
  await seed(page, { 'waakzaam.melden.notitie': 'not a note at all' });
  await open(page, '/nl/melden/saar');
  await expect(page.locator('[data-testid="saar-note-removed"]')).toContainText('kon niet worden gelezen');
  expect(await page.evaluate(() => localStorage.getItem('waakzaam.melden.notitie'))).toBeNull();
});
