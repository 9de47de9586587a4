import { chromium } from '@playwright/test';
const [origin, path, w, h, size, ...sels] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: +w, height: +h } });
await context.addInitScript((s) => localStorage.setItem('waakzaam.tekstgrootte', String(s)), size);
const page = await context.newPage();
await page.goto(origin + path);
await page.locator('.wz-app h1').first().waitFor();
await page.waitForTimeout(200);
for (const sel of sels) {
  console.log(sel, await page.evaluate((sel) => {
    const e = document.querySelector(sel); if (!e) return 'none';
    const r = e.getBoundingClientRect(); const c = getComputedStyle(e);
    return `top=${Math.round(r.top)} bottom=${Math.round(r.bottom)} mt=${c.marginTop} mb=${c.marginBottom} pt=${c.paddingTop} pb=${c.paddingBottom} fs=${c.fontSize}`;
  }, sel));
}
await browser.close();
