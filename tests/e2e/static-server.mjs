// A dependency-free static server for the release build, like a real host would serve it:
// files from dist/, index.html for app routes (single-page app), 404 for missing assets.
// Usage: node static-server.mjs <distDir> <port>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const [, , distArg = '../../dist', portArg = '8081'] = process.argv;
// The protective headers a real host sends (deploy/_headers, deploy/nginx.conf).
const securityHeaders = JSON.parse(
  readFileSync(new URL('../../deploy/headers.json', import.meta.url), 'utf8'),
);
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
    console.error(e);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end();
  });
}).listen(Number(portArg), '127.0.0.1', () => {
  console.log(`serving ${root} on http://127.0.0.1:${portArg}`);
});

async function serve(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/';
  }
  // Never outside dist/: an encoded `..%2f` survives URL parsing, and a plain prefix check
  // would let `/..%2fdist-other/` into a sibling directory whose name starts with `dist`.
  const target = resolve(root, `.${pathname}`);
  if (pathname.includes('\0') || (target !== root && !target.startsWith(root + sep))) {
    res.writeHead(403, { 'Content-Type': 'text/plain' }).end('forbidden');
    return;
  }
  // A directory with an index.html (a link-preview page) is served like a host would.
  let file = (await fileAt(target)) ?? (await fileAt(join(target, 'index.html')));
  // A class session's join address (/nl/workshop/sessie/T4821) gets the join preview, as
  // deploy/nginx.conf does.
  const session = pathname.match(/^\/(nl|en)\/workshop\/sessie\/[^/]+\/?$/);
  if (!file && session) file = await fileAt(join(root, session[1], 'workshop', 'sessie', 'index.html'));
  if (!file && !extname(pathname)) file = join(root, 'index.html'); // an app route
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  let body = await readFile(file);
  const headers = {
    ...securityHeaders,
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
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
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
