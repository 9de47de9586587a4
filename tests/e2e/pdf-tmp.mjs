import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
const [origin, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await (await browser.newContext()).newPage();
const css = process.env.CSS ?? '';
for (const p of paths) {
  await page.goto(origin + p);
  await page.locator('.wz-app h1').first().waitFor();
  if (css) await page.evaluate((c) => { const s = [...document.styleSheets].find((x) => { try { return x.cssRules; } catch { return false; } }); s.insertRule(c, s.cssRules.length); }, css);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const n = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(p, n);
  if (process.env.OUT) writeFileSync(process.env.OUT, pdf);
}
await browser.close();
