// Serves the static export in out/ on PORT (default 3000), the way a static host would:
// /foo -> out/foo.html or out/foo/index.html, unknown paths -> out/404.html with status 404.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.env.OUT_DIR ?? 'out');
const port = Number(process.env.PORT ?? 3000);

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
};

function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const clean = path.normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(root, clean);
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

if (!fs.existsSync(root)) {
  console.error(`No static export at ${root}: run "npm run build" first.`);
  process.exit(1);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = resolveFile(url.pathname);
  const status = file ? 200 : 404;
  const target = file ?? path.join(root, '404.html');
  const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
  const cache = url.pathname.startsWith('/_next/static/')
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
  res.writeHead(status, { ...HEADERS, 'Content-Type': type, 'Cache-Control': cache });
  if (req.method === 'HEAD') return res.end();
  fs.createReadStream(target).pipe(res);
});

server.listen(port, () => console.log(`Serving ${root} on http://localhost:${port}`));
