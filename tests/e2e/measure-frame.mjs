// Measures the frame (header and emergency bar heights, where the h1 and first lines are)
// and takes screenshots, for the before/after in issue 13. Not part of the suite:
//   node measure-frame.mjs http://127.0.0.1:8113 /tmp/shots after
import { chromium } from '@playwright/test';

const [origin, dir, label] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const rows = [];
const pages = ['', 'tips', 'tips/babbeltruc', 'checklists/inbraakpreventie', 'melden', 'workshop', 'gemeente/hilversum'];
for (const [w, h] of [[360, 740], [180, 370], [320, 640]]) {
  for (const size of [0, 2]) {
    for (const lang of ['nl', 'en']) {
      const context = await browser.newContext({ viewport: { width: w, height: h }, locale: 'nl-NL' });
      await context.addInitScript((s) => localStorage.setItem('waakzaam.tekstgrootte', String(s)), size);
      const page = await context.newPage();
      for (const slug of pages) {
        await page.goto(`${origin}/${lang}/${slug}`);
        await page.locator('.wz-app h1').first().waitFor();
        await page.waitForTimeout(150);
        const m = await page.evaluate(() => {
          const r = (s) => document.querySelector(s)?.getBoundingClientRect();
          const first = document.querySelector('main .wz-page__intro, main p, main .wz-radios__item');
          return {
            header: Math.round(r('.wz-header')?.height ?? 0),
            bar: Math.round(r('.wz-emergency')?.height ?? 0),
            h1Bottom: Math.round(r('h1')?.bottom ?? 0),
            firstTop: Math.round(first?.getBoundingClientRect().top ?? 0),
            sideways: document.documentElement.scrollWidth > window.innerWidth,
          };
        });
        rows.push({ label, w, h, size, lang, slug: slug || 'home', ...m });
        if (w !== 320 && lang === 'nl' || (slug === '' && w !== 320)) {
          await page.screenshot({ path: `${dir}/${label}-${w}x${h}-s${size}-${lang}-${(slug || 'home').replace(/\//g, '_')}.png` });
        }
      }
      await context.close();
    }
  }
}
await browser.close();
console.log('label\tviewport\tsize\tlang\tpage\theader\tbar\th1Bottom\tfirstTop\tsideways');
for (const r of rows) console.log([r.label, `${r.w}x${r.h}`, r.size, r.lang, r.slug, r.header, r.bar, r.h1Bottom, r.firstTop, r.sideways].join('\t'));
