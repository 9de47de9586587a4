// Draws the link-preview pictures (og:image): one 1200x630 PNG per section and language,
// into public/previews/<section>-<lang>.png (committed; Trunk copies them into the build).
// The texts come from the app itself (`previews --images`: the section titles in
// src/content/ui.toml), so a changed title is one command away:
//   node scripts/preview-images.mjs
// Needs the e2e packages (tests/e2e: npm ci) and Debian's chromium, like the test suite.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(repo, 'tests/e2e/package.json'));
const { chromium } = require('@playwright/test');

const sections = JSON.parse(
  execFileSync('cargo', ['run', '--quiet', '--bin', 'previews', '--', '--images'], { cwd: repo, encoding: 'utf8' }),
);
const out = join(repo, 'public/previews');
mkdirSync(out, { recursive: true });

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
// Calm and legible as a small thumbnail: the app's colours, one big title, the name, 112.
const page = (s) => `<!DOCTYPE html><html lang="${s.lang}"><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; }
  body { box-sizing: border-box; padding: 64px 72px; display: flex; flex-direction: column;
    justify-content: space-between; background: #0b4f6c; color: #fff;
    font-family: "DejaVu Sans", system-ui, sans-serif; }
  .brand { display: flex; align-items: center; gap: 24px; font-size: 52px; font-weight: 700; }
  .logo { width: 76px; height: 76px; background: #fff;
    clip-path: polygon(50% 0, 100% 18%, 100% 50%, 50% 100%, 0 50%, 0 18%); }
  h1 { margin: 0; font-size: 76px; line-height: 1.12; max-width: 1040px; }
  .foot { display: flex; justify-content: space-between; align-items: center; gap: 40px; font-size: 30px; }
  .urgent { flex: none; white-space: nowrap; background: #b3261e; padding: 14px 28px; border-radius: 12px; font-size: 34px; font-weight: 700; }
</style><body>
  <div class="brand"><span class="logo"></span>Waakzaam</div>
  <h1>${escape(s.title)}</h1>
  <div class="foot"><span>${escape(s.region)}</span><span class="urgent">${escape(s.urgent)}</span></div>
</body></html>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const tab = await browser.newPage({ viewport: { width: 1200, height: 630 } });
for (const s of sections) {
  await tab.setContent(page(s));
  const file = join(out, `${s.section}-${s.lang}.png`);
  await tab.screenshot({ path: file });
  console.log(file);
}
await browser.close();
