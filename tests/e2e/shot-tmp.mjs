import { chromium } from '@playwright/test';
const [origin, out, w, h, size, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: +w, height: +h } });
await context.addInitScript((s) => localStorage.setItem('waakzaam.tekstgrootte', String(s)), size);
const page = await context.newPage();
for (const p of paths) {
  await page.goto(origin + p);
  await page.locator('.wz-app h1').first().waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${out}/${p.replace(/\//g, '_')}-${w}-s${size}.png` });
}
await browser.close();
