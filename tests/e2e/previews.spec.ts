// Link previews: the HTML a crawler (WhatsApp) gets, without running JavaScript, carries each
// address's own title and description; a person gets the same app.
import { test, expect, open } from './helpers';

const pages = [
  ['/nl/tips/vriend-in-nood', 'Een bekende met een nieuw nummer vraagt geld', 'nl'],
  ['/en/tips/vriend-in-nood', 'Someone you know asks for money from a new number', 'en'],
  ['/nl/checklists/inbraakpreventie', 'Inbraakpreventie voor uw huis', 'nl'],
  ['/nl/melden/fraude', 'Meld een vermoeden: Oplichting, phishing of een nep-bericht', 'nl'],
  ['/en/melden', 'Report a suspicion', 'en'],
  ['/nl/', 'Veilig in uw buurt', 'nl'],
  ['/nl/gemeente/huizen', 'Veiligheid in Huizen', 'nl'],
  ['/en/gemeente/gooise-meren', 'Safety in Gooise Meren', 'en'],
  // The buurtpreventie kit and a warning, shared in a neighbourhood group.
  ['/nl/buurt/melding', 'Wat ziet u? Schrijf het op', 'nl'],
  ['/en/buurt/regels', 'House rules for the neighbourhood group', 'en'],
  ['/nl/buurt/avond', 'Een buurtavond over veiligheid', 'nl'],
  ['/nl/waarschuwingen/nep-agenten-bellen-ouderen', 'Nep-agenten bellen ouderen', 'nl'],
  ['/en/waarschuwingen', 'Current warnings', 'en'],
] as const;

for (const [path, title, lang] of pages) {
  test(`preview HTML for ${path}`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    expect(html).toContain(`<title>${title} · Waakzaam</title>`);
    expect(html).toContain(`property="og:title" content="${title} · Waakzaam"`);
    expect(html).toMatch(/property="og:description" content="[^"]{20,}"/);
    // Absolute addresses from the one configured site address (WAAKZAAM_SITE), a picture
    // per section.
    const site = process.env.WAAKZAAM_SITE?.replace(/\/$/, '') ?? 'http://localhost:8080';
    expect(html).toContain(`property="og:url" content="${site}${path}"`);
    expect(html).toMatch(new RegExp(`property="og:image" content="${site}/previews/[a-z]+-${lang}\\.png"`));
    expect(html).toMatch(new RegExp(`<html lang="?${lang}"?>`));
    // The page itself is in the HTML, with the emergency bar's 112 before the content.
    const main = html.indexOf('<main');
    expect(main).toBeGreaterThan(0);
    expect(html.slice(0, main).match(/href="tel:112"/g)).toHaveLength(1);
  });
}

test('a preview page boots the same app', async ({ page }) => {
  await open(page, '/en/tips/phishing');
  await expect(page.locator('.wz-page[data-tip="phishing"] h1')).toHaveText('An email or text message with a link');
});

test.describe('without WebAssembly', () => {
  // Each address as a first visit: no service worker answering with the plain app shell.
  test.use({ serviceWorkers: 'block', waitForApp: false });

  test('a shared tip is the tip itself, the same page as the app shows, with the numbers in view', async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto('/nl/tips/vriend-in-nood');
    const tip = page.locator('main .wz-page[data-tip="vriend-in-nood"]');
    await expect(tip.locator('h1')).toHaveText('Een bekende met een nieuw nummer vraagt geld');
    await expect(tip.locator('ol.wz-steps li')).toHaveCount(5);
    // The frame's bar, once, stays on the first screen of a phone while the tip is read.
    const bar = page.locator('.wz-emergency a[href="tel:112"]');
    await expect(page.locator('.wz-emergency')).toHaveCount(1);
    await expect(bar).toBeInViewport();
    await tip.locator('ol.wz-steps li').last().scrollIntoViewIfNeeded();
    await expect(bar).toBeInViewport();
    await expect(page.locator('#wz-app-failed')).toBeVisible();
    // The home page's cards are plain links that work without the app.
    await page.goto('/en/');
    await page.locator('a.wz-card__link[href="/en/melden"]').click();
    await expect(page).toHaveURL(/\/en\/melden$/);
    await expect(page.locator('h1')).toHaveText('Is anyone in danger, or is it happening now?');
  });
});

test('the workshop join address has its own preview for every class code, with a 1200x630 picture', async ({ request }) => {
  const html = await (await request.get('/nl/workshop/sessie/T4821')).text();
  expect(html).toContain('<title>Doe mee met de les · Waakzaam</title>');
  expect(html).toContain('/previews/workshop-nl.png');
  // No og:url: the shared link keeps its own code.
  expect(html).not.toContain('og:url');
  const png = await (await request.get('/previews/workshop-nl.png')).body();
  expect(png.readUInt32BE(16)).toBe(1200);
  expect(png.readUInt32BE(20)).toBe(630);
});
