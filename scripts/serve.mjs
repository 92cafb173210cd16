// Serves the static export in out/ on PORT (default 3000), the way a static host would:
// /foo -> out/foo.html or out/foo/index.html, unknown paths -> out/404.html with status 404.
// Every response carries security headers; an HTML page's Content-Security-Policy allows
// exactly the inline scripts that page holds, by their sha256 hashes (see README).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

const root = path.resolve(process.env.OUT_DIR ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? undefined;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const PAGE_POLICY = [
  "default-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// Anything that is not a page (scripts, JSON, an SVG opened directly) may run and load nothing.
const RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'";

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The CSP of one HTML page: its own inline scripts by hash, everything else from 'self'. */
function pagePolicy(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || body.length === 0) continue;
    hashes.add(`'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return `${PAGE_POLICY}; script-src 'self' ${[...hashes].join(' ')}`.trimEnd();
}

// Small files are kept in memory with their policy, keyed by path, size and mtime, so a rebuild
// under a running server is picked up and a hot page costs no disk read.
const MAX_CACHED_FILE = 1 << 20;
const MAX_CACHE = 64 << 20;
const cache = new Map();
let cached = 0;

async function load(file, stat) {
  const key = `${file}\0${stat.size}\0${stat.mtimeMs}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const body = await fs.promises.readFile(file);
  const policy = file.endsWith('.html') ? pagePolicy(body.toString('utf8')) : RESOURCE_POLICY;
  const entry = { body, policy };
  if (cached + body.length <= MAX_CACHE) {
    cache.set(key, entry);
    cached += body.length;
  }
  return entry;
}

async function statFile(candidate) {
  try {
    const stat = await fs.promises.stat(candidate);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/** The file a URL path names, with its stat, or null; never a path outside root. */
async function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = path.join(root, path.normalize(decoded));
  if (base !== root && !base.startsWith(root + path.sep)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    const stat = await statFile(candidate);
    if (stat) return { file: candidate, stat };
  }
  return null;
}

async function respond(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, {
      ...HEADERS,
      Allow: 'GET, HEAD',
      'Content-Security-Policy': RESOURCE_POLICY,
    });
    return res.end();
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const found = (await resolveFile(url.pathname)) ?? null;
  const notFound = path.join(root, '404.html');
  const target = found ?? { file: notFound, stat: await statFile(notFound) };
  const status = found ? 200 : 404;
  if (!target.stat) {
    res.writeHead(404, { ...HEADERS, 'Content-Type': TYPES['.txt'] });
    return res.end('Not found\n');
  }
  const headers = {
    ...HEADERS,
    'Content-Type': TYPES[path.extname(target.file)] ?? 'application/octet-stream',
    'Content-Length': target.stat.size,
    'Cache-Control': url.pathname.startsWith('/_next/static/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  };
  if (target.stat.size > MAX_CACHED_FILE && !target.file.endsWith('.html')) {
    res.writeHead(status, { ...headers, 'Content-Security-Policy': RESOURCE_POLICY });
    if (req.method === 'HEAD') return res.end();
    return pipeline(fs.createReadStream(target.file), res);
  }
  const { body, policy } = await load(target.file, target.stat);
  res.writeHead(status, {
    ...headers,
    'Content-Length': body.length,
    'Content-Security-Policy': policy,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

if (!fs.existsSync(root)) {
  console.error(`No static export at ${root}: run "npm run build" first.`);
  process.exit(1);
}

const server = http.createServer((req, res) => {
  respond(req, res).catch((err) => {
    // A client that hung up mid-stream is not a server fault; anything else is logged.
    if (err?.code !== 'ERR_STREAM_PREMATURE_CLOSE') console.error(`${req.url}: ${err?.message}`);
    if (!res.headersSent) res.writeHead(500, { ...HEADERS, 'Content-Type': TYPES['.txt'] });
    if (!res.destroyed) res.end();
  });
});
server.keepAliveTimeout = 5_000;
server.listen(port, host, () => {
  const { port: actual } = server.address();
  console.log(`Serving ${root} on http://${host ?? 'localhost'}:${actual}`);
});
