// Sources a resident can open (issue 16): the "Over" page lists every source by publisher in
// both languages, as a list that fits a 360px phone; a tip's source is a link with a title.
import { test, expect, open } from './helpers';

for (const [lang, heading, politieTitle, newsSite, company] of [
  ['nl', 'Waar komt de informatie vandaan?', 'Aangifte doen', 'nieuwssite', 'bedrijf'],
  ['en', 'Where does the information come from?', 'Reporting a crime (aangifte)', 'news site', 'company'],
] as const) {
  test(`Over lists the sources by publisher (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, `/${lang}/over`);
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    const politie = page.locator('.wz-source-group', { has: page.getByRole('heading', { level: 3, name: 'Politie' }) });
    const link = politie.getByRole('link', { name: politieTitle });
    await expect(link).toHaveAttribute('href', 'https://www.politie.nl/themas/aangifte-doen.html');
    const text = await page.locator('main').innerText();
    for (const internal of ['shared/', '.md', 'seeds', 'unverified']) expect(text).not.toContain(internal);
    // A secondary source says what its publisher is, in the page's language; the police's own
    // pages carry no such label, and no grade letter or jargon is shown.
    const group = (name: string) =>
      page.locator('.wz-source-group', { has: page.getByRole('heading', { level: 3, name, exact: true }) });
    await expect(group('NOS').locator('.wz-source-item__by')).toHaveText(`· NOS (${newsSite})`);
    await expect(group('AXA Security').locator('.wz-source-item__by')).toHaveText(`· AXA Security (${company})`);
    await expect(politie.locator('.wz-source-item__by').first()).toHaveText('· Politie');
    for (const jargon of ['(S)', '(O)', 'grade', 'secundair', 'secondary']) expect(text).not.toContain(jargon);
    // A list, not a squeezed table: nothing wider than the screen.
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(360);
  });
}

test('a tip names its source as a link with a readable title', async ({ page }) => {
  await open(page, '/nl/tips/ransomware');
  const sources = page.locator('.wz-source');
  await expect(sources.getByRole('link', { name: 'Een datalek melden' })).toHaveAttribute(
    'href',
    'https://www.autoriteitpersoonsgegevens.nl',
  );
  await expect(sources).not.toContainText('shared/');
  await expect(sources).not.toContainText('per ');
});
