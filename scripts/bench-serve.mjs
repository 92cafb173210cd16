// `npm run bench:serve [-- --duration 10 --connections 100]`: starts the `npm start` server
// (scripts/serve.mjs) on a free loopback port over the existing out/ (building it if missing),
// drives it from this process with autocannon, one run per URL and one over the mix, and prints
// requests per second, p99 latency, errors and unexpected statuses. Exits 1 on any of those.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const duration = option('--duration', 10);
const connections = option('--connections', 100);
const out = path.resolve('out');

if (!fs.existsSync(path.join(out, 'index.html'))) {
  console.log('No export in out/: building it first.');
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

/** A port nothing listens on now, on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** One page of each kind the site serves, read from the export itself. */
function pickUrls() {
  const first = (dir, re) => fs.readdirSync(path.join(out, dir)).find((f) => re.test(f));
  const events = JSON.parse(fs.readFileSync(path.join(out, 'data', 'events.json'), 'utf8'));
  return [
    { path: '/', expect: 200 },
    { path: `/events/${encodeURIComponent(events[0].id)}`, expect: 200 },
    { path: `/articles/${first('articles', /\.html$/).replace(/\.html$/, '')}`, expect: 200 },
    { path: `/_next/static/chunks/${first('_next/static/chunks', /\.js$/)}`, expect: 200 },
    { path: '/there-is-no-such-page', expect: 404 },
  ];
}

function status(url) {
  return new Promise((resolve) => {
    http.get(url, (res) => resolve(res.resume().statusCode)).on('error', () => resolve(null));
  });
}

async function waitUntilUp(base, server) {
  for (let tries = 0; tries < 100; tries++) {
    if (server.exitCode !== null) throw new Error('the server exited before it was up');
    if ((await status(base)) === 200) return;
    await sleep(100);
  }
  throw new Error(`no answer from ${base}`);
}

/** One timed run over `urls`; counts every response whose status is not the URL's own. */
async function run(base, urls) {
  let unexpected = 0;
  const requests = urls.map((u) => ({
    path: u.path,
    onResponse: (status) => {
      if (status !== u.expect) unexpected++;
    },
  }));
  const result = await autocannon({ url: base, connections, duration, requests });
  return {
    label: urls.length === 1 ? urls[0].path : `mix of ${urls.length} URLs`,
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.timeouts,
    unexpected,
  };
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
let failed = false;
try {
  await waitUntilUp(base, server);
  const urls = pickUrls();
  console.log(`${base}: ${connections} connections, ${duration} s per run\n`);
  console.log(
    'run'.padEnd(58),
    'req/s'.padStart(8),
    'p99 ms'.padStart(7),
    'requests'.padStart(9),
    'errors'.padStart(7),
    'wrong status'.padStart(13),
  );
  for (const urlsOfRun of [...urls.map((u) => [u]), urls]) {
    const r = await run(base, urlsOfRun);
    failed ||= r.errors > 0 || r.unexpected > 0;
    console.log(
      r.label.slice(0, 58).padEnd(58),
      String(r.rps).padStart(8),
      String(r.p99).padStart(7),
      String(r.total).padStart(9),
      String(r.errors).padStart(7),
      String(r.unexpected).padStart(13),
    );
  }
  console.log(
    `\n404 is expected only for /there-is-no-such-page; "wrong status" counts anything else.`,
  );
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  failed = true;
} finally {
  server.kill();
}
process.exit(failed ? 1 : 0);
