// Runs Debian's nginx (installed by scripts/setup.sh) with deploy/nginx.conf on a loopback
// port, as a host would, for tests/e2e/nginx.spec.ts. Only what a test cannot take from the
// deploy example is changed: the address it listens on, the root, its own temp directory,
// and brotli switched on when the module is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX = '/usr/sbin/nginx';
const MODULES = '/usr/lib/nginx/modules';
const deploy = (name: string) => readFileSync(join(__dirname, '../../deploy', name), 'utf8');

/** True when brotli is switched on (the module is installed). */
export const hasBrotli = existsSync(join(MODULES, 'ngx_http_brotli_filter_module.so'));

/** The server block of deploy/nginx.conf, changed only where a test must. */
export function testServerBlock(dist: string, port: number) {
  let conf = deploy('nginx.conf');
  const replace = (from: string, to: string) => {
    if (!conf.includes(from)) throw new Error(`deploy/nginx.conf: "${from}" not found`);
    conf = conf.replace(from, to);
  };
  replace('listen 80;', `listen 127.0.0.1:${port};`);
  replace('listen [::]:80;', '');
  replace('root /srv/waakzaam/dist;', `root ${resolve(dist)};`);
  if (hasBrotli) conf = conf.replace(/^(\s*)#(brotli\w* )/gm, '$1$2');
  return conf;
}

/** Starts nginx; resolves with `{ url, stop }` once it answers. */
export async function startNginx(dist: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const prefix = mkdtempSync(join(tmpdir(), 'wz-nginx-'));
  mkdirSync(join(prefix, 'snippets'));
  writeFileSync(join(prefix, 'snippets', 'waakzaam-headers.conf'), deploy('nginx-headers.conf'));
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `    ${t}_temp_path ${join(prefix, t)};`)
    .join('\n');
  const modules = hasBrotli
    ? `load_module ${MODULES}/ngx_http_brotli_filter_module.so;\n` +
      `load_module ${MODULES}/ngx_http_brotli_static_module.so;\n`
    : '';
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `${modules}${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
${temps}
${testServerBlock(dist, port)}
}
`,
  );
  const check = spawnSync(NGINX, ['-t', '-q', '-p', prefix, '-c', conf, '-e', join(prefix, 'error.log')], {
    encoding: 'utf8',
  });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const child = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(`${url}/index.html`);
      break;
    } catch (e) {
      if (child.exitCode !== null || i > 100) throw new Error(`nginx did not start: ${e}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  return { url, stop };
}

