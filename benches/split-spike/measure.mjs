// Sizes of a wasm-split build (benches/split-spike/README.md): the main module, and per page
// its own split module plus the shared chunks __wasm_split.js loads with it. gzip -9, in KB.
// Usage: node benches/split-spike/measure.mjs <directory with the split, bound and optimised files>
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node measure.mjs <dir>');
const gz = (name) => gzipSync(readFileSync(join(dir, name)), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
const loader = readFileSync(join(dir, '__wasm_split.js'), 'utf8');
const main = gz('waakzaam-all_bg.wasm');
console.log(`main module ${kb(main)} KB; JavaScript ${kb(gz('waakzaam-all.js') + gz('__wasm_split.js'))} KB`);
// Each page's loader: `export const __wasm_split_load___<page>_p_view_<hash> = …fetch(… "./<file>" …), [<chunks>]`.
const entry = /export const __wasm_split_load___(\w+?)_p_view_\d+ = [\s\S]*?fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n, \[([^\]]*)\]/g;
const rows = [];
for (const [, page, file, deps] of loader.matchAll(entry)) {
  const chunks = deps.split(',').map((d) => d.trim()).filter(Boolean).map((d) => `${d.slice(2)}.wasm`);
  rows.push([page, [file, ...chunks].reduce((sum, f) => sum + gz(f), 0), chunks.length + 1]);
}
for (const [page, size, files] of rows.sort((a, b) => a[1] - b[1])) {
  console.log(`${page.padEnd(18)} main + page ${kb(main + size).padStart(6)} KB in ${files + 1} files`);
}
const all = readdirSync(dir).filter((f) => f.endsWith('.wasm') && f !== 'waakzaam-all.wasm');
console.log(`everything: ${kb(all.reduce((sum, f) => sum + gz(f), 0))} KB in ${all.length} files`);
