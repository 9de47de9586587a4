// A dependency-free static server for the release build that answers like deploy/nginx.conf
// (tests/e2e/nginx.spec.ts checks both with the same odd addresses): files from dist/, a
// directory's index.html (a link-preview page), the app (index.html) for the app's addresses,
// the app with status 404 (its not-found page) for any other address, a plain 404 for a
// missing file. The address rules are read from deploy/nginx.conf, so there is one of each.
// Usage: node static-server.mjs <distDir> <port>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const [, , distArg = '../../dist', portArg = '8081'] = process.argv;
const deploy = (name) => readFileSync(new URL(`../../deploy/${name}`, import.meta.url), 'utf8');
// The protective headers a real host sends (deploy/_headers, deploy/nginx.conf).
const securityHeaders = JSON.parse(deploy('headers.json'));

/** nginx.conf's regex locations, sorted by what they do (see its comments). */
function rules(conf) {
  const found = { session: null, app: null, hashed: null, asset: null };
  for (const [, pattern, body] of conf.matchAll(/location ~ "([^"]+)" \{([^}]*)\}/g)) {
    const re = new RegExp(pattern);
    if (body.includes('/workshop/sessie/index.html')) found.session = re;
    else if (body.includes('immutable')) found.hashed = re;
    else if (/try_files[^;]*\/index\.html;/.test(body)) found.app = re;
    else if (body.includes('=404')) found.asset = re;
  }
  for (const [name, re] of Object.entries(found)) {
    if (!re) throw new Error(`deploy/nginx.conf: no ${name} location found`);
  }
  return found;
}
const rule = rules(deploy('nginx.conf'));

const root = resolve(distArg);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// Keyed by content, not by path: a rebuild while this server runs (a developer's second
// `trunk build`) must never get the old index.html, which names wasm files that are gone.
const compressed = new Map();
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);

async function fileAt(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? path : null;
  } catch {
    return null;
  }
}

createServer((req, res) => {
  serve(req, res).catch((e) => {
    // Never a bare error: the page with the numbers, as for any other address.
    console.error(e);
    if (res.headersSent) return res.end();
    send(req, res, 500, join(root, 'index.html')).catch(() => res.end());
  });
}).listen(Number(portArg), '127.0.0.1', () => {
  console.log(`serving ${root} on http://127.0.0.1:${portArg}`);
});

/**
 * The path as nginx sees it: without query and fragment, percent-decoded where that is
 * valid, slashes merged, `.` and `..` resolved; null when it climbs above the root, holds
 * a NUL or a broken escape (nginx answers 400).
 */
export function normalise(rawUrl) {
  const raw = rawUrl.split(/[?#]/)[0];
  if (/%(?![0-9a-fA-F]{2})/.test(raw)) return null; // a broken escape (nginx: 400)
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = raw; // not UTF-8, such as %ff (nginx passes it through)
  }
  if (decoded.includes('\0')) return null;
  const segments = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else segments.push(segment);
  }
  const trailing = decoded.endsWith('/') && segments.length > 0 ? '/' : '';
  return '/' + segments.join('/') + trailing;
}

async function serve(req, res) {
  const pathname = normalise(req.url ?? '/');
  const app = join(root, 'index.html');
  if (pathname === null) return send(req, res, 400, app);
  const target = join(root, pathname);
  const isApp = pathname === '/' || rule.app.test(pathname);
  const isFile = rule.hashed.test(pathname) || rule.asset.test(pathname);
  const session = pathname.match(rule.session);
  const file =
    (await fileAt(target)) ??
    (isFile ? null : await fileAt(join(target, 'index.html'))) ??
    (session ? await fileAt(join(root, session[1], 'workshop', 'sessie', 'index.html')) : null);
  if (file) return send(req, res, 200, file, rule.hashed.test(pathname));
  if (isApp) return send(req, res, 200, app);
  if (isFile) {
    res.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
    return res.end(req.method === 'HEAD' ? undefined : 'Not found\n');
  }
  return send(req, res, 404, app);
}

async function send(req, res, status, file, immutable = false) {
  let body = await readFile(file);
  const headers = {
    ...securityHeaders,
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    // As deploy/nginx.conf: hashed names are kept a year, the rest is checked every visit.
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
  };
  // Compressed like a real host serves it, so measured transfer sizes are honest.
  const accepts = String(req.headers['accept-encoding'] ?? '');
  if (compressible.has(extname(file))) {
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    if (encoding) {
      const key = `${encoding}:${createHash('sha1').update(body).digest('hex')}`;
      if (!compressed.has(key)) {
        compressed.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body));
      }
      body = compressed.get(key);
      headers['Content-Encoding'] = encoding;
    }
  }
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
