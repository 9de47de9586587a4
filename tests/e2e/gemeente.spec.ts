// "Veiligheid in uw gemeente": a page per municipality with the plans' priorities, contact,
// and the district figures as charts with the same numbers in a table.
import { test, expect, LANGS, expectAxeClean, open, watchProblems } from './helpers';

const MUNICIPALITIES = {
  blaricum: 'Blaricum',
  'gooise-meren': 'Gooise Meren',
  hilversum: 'Hilversum',
  huizen: 'Huizen',
  laren: 'Laren',
  wijdemeren: 'Wijdemeren',
} as const;

test.describe('municipality pages', () => {
  for (const lang of LANGS) {
    for (const [id, name] of Object.entries(MUNICIPALITIES)) {
      test(`${lang}/gemeente/${id} is complete and axe clean`, async ({ page }) => {
        const problems = watchProblems(page);
        await open(page, `/${lang}/gemeente/${id}`);
        await expect(page.locator('h1')).toContainText(name);
        // The district priorities are on every page, the police team's own as well.
        await expect(page.locator('#prioriteit-ondermijning')).toBeVisible();
        await expect(page.locator('#prioriteit-digitale-veiligheid')).toBeVisible();
        const team = ['hilversum', 'wijdemeren'].includes(id) ? 'maatschappelijke-onrust' : 'zorg-en-veiligheid';
        await expect(page.locator(`#prioriteit-${team}`)).toBeVisible();
        await expect(page.locator('#prioriteit-drugshandel-op-straat')).toHaveCount(id === 'hilversum' ? 1 : 0);
        // Only verified numbers: a tel: link is one of the three verified municipal numbers.
        for (const href of await page.locator('.wz-gemeente a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
          expect(['tel:14035', 'tel:0355281911', 'tel:0352070000']).toContain(href);
        }
        await expectAxeClean(page, `/${lang}/gemeente/${id}`);
        problems.expectNone();
      });
    }
  }
});

test('every chart shows the same numbers as the table, and the table the plan\'s figures', async ({ page }) => {
  await open(page, '/nl/gemeente/huizen');
  // Folded under one heading after what is local; it opens with a tap.
  await expect(page.locator('.wz-figures')).toBeHidden();
  await page.locator('.wz-district__summary').click();
  await expect(page.locator('.wz-figures')).toBeVisible();
  await expectAxeClean(page, 'district figures open');
  const rows = page.locator('.wz-figures__table tbody tr');
  expect(await rows.count()).toBe(14);
  for (const row of await rows.all()) {
    const id = await row.getAttribute('data-figure');
    const cells = await row.locator('td').allTextContents();
    const svg = page.locator(`svg[aria-labelledby="grafiek-${id}-title grafiek-${id}-desc"]`);
    await expect(svg).toHaveAttribute('role', 'img');
    const values = await svg.locator('text.wz-chart__value').allTextContents();
    expect(values, id!).toEqual(cells);
    // The description a screen reader hears carries every number too.
    const desc = await svg.locator('desc').textContent();
    for (const v of cells) expect(desc).toContain(v);
  }
  // Spot checks against the plan's own table (IVP Hilversum 2023-2026, §3.2).
  await expect(page.locator('tr[data-figure="woninginbraken"] td')).toHaveText(['720', '632', '490', '429']);
  await expect(page.locator('tr[data-figure="cybercrime"] td')).toHaveText(['25', '90', '189', '236']);
  await expect(page.locator('.wz-ratings__table tbody tr')).toHaveCount(6);
  await expect(page.locator('.wz-ratings__table tbody tr', { hasText: 'Huizen' }).locator('td')).toHaveText('8,0');
  await expect(page.locator('.wz-ratings svg')).toContainText('8,0 (uw gemeente)');
});

test('the chosen municipality is remembered and shown on the home page and in the report flow', async ({ page }) => {
  await open(page, '/nl/gemeente/laren');
  await page.getByRole('button', { name: 'Dit is mijn gemeente' }).click();
  await expect(page.locator('.wz-status')).toContainText('Onthouden');
  await open(page, '/nl/');
  const card = page.locator('.wz-home-gemeente');
  await expect(card).toHaveText('Uw gemeente: Laren');
  await expect(page.locator('.wz-card__link[href="/nl/gemeente/laren"]')).toBeVisible();
  await open(page, '/nl/gemeente');
  await expect(page.locator('.wz-municipality-list__link[href="/nl/gemeente/laren"]')).toContainText('(uw gemeente)');
  // The report flow's municipality question starts with the same choice.
  expect(await page.evaluate(() => localStorage.getItem('waakzaam.gemeente'))).toBe('laren');
});

test('an unknown municipality in the address shows the six to choose from', async ({ page }) => {
  const problems = watchProblems(page);
  await open(page, '/nl/gemeente/amsterdam');
  await expect(page.locator('.wz-notice')).toContainText('Die gemeente kennen we niet');
  await expect(page.locator('.wz-municipality-list__link')).toHaveCount(6);
  problems.expectNone();
});

test('a stored municipality that is not ours is ignored', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('waakzaam.gemeente', '<script>x</script>'));
  const problems = watchProblems(page);
  await open(page, '/nl/');
  await expect(page.locator('.wz-home-gemeente')).toHaveCount(0);
  await expect(page.locator('.wz-card__link[href="/nl/gemeente"]')).toBeVisible();
  problems.expectNone();
});
