// npm run bench:site [-- --runs 5 --sizes seed,1000,10000 --no-build]
/* global window, performance, PerformanceObserver, requestAnimationFrame, setTimeout -- page.evaluate bodies run in the browser */
// Builds the site for the seed corpus and for synthetic stories (SITE_SYNTHETIC_EVENTS), then
// measures in headless Chromium: first-load JS of `/` gzipped before the timeline library and
// with it, first paint, time until the timeline is interactive, and long tasks while panning.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { frameworkFloor, initialScriptBytes } from './bench-site-floor.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', 5));
const sizes = arg('sizes', 'seed,1000,10000').split(',');
const build = !process.argv.includes('--no-build');
const cache = path.resolve('.cache/bench-site');
const port = Number(process.env.BENCH_PORT ?? 3190);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (n === undefined || Number.isNaN(n) ? 'n/a' : `${Math.round(n)} ms`);
const gz = (file) => zlib.gzipSync(fs.readFileSync(file)).length;

function buildInto(label) {
  const dir = path.join(cache, label);
  const env = { ...process.env };
  if (label === 'seed') delete env.SITE_SYNTHETIC_EVENTS;
  else env.SITE_SYNTHETIC_EVENTS = label;
  console.error(`building ${label}…`);
  execFileSync('npx', ['next', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(cache, { recursive: true });
  fs.cpSync('out', dir, { recursive: true });
  return dir;
}

async function serve(dir) {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, OUT_DIR: dir, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  return child;
}

async function measure(browser, dir) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  // Scripts in the HTML, less the noModule polyfills that modern browsers skip.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)];
  const initial = [...new Set(tags.filter((m) => !/nomodule/i.test(m[0])).map((m) => m[1]))];
  const file = (url) => path.join(dir, decodeURIComponent(new URL(url, 'http://x').pathname));
  const before = initialScriptBytes(dir);
  const samples = [];
  let library = 0;
  let lateApp = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const scripts = new Set();
    page.on(
      'request',
      (r) => r.resourceType() === 'script' && scripts.add(new URL(r.url()).pathname),
    );
    await page.goto(`http://localhost:${port}/`, { waitUntil: 'commit' });
    await page.waitForSelector('[data-testid="timeline"][data-ready="true"]', { timeout: 60_000 });
    const late = [...scripts].filter((s) => !initial.includes(s));
    const timing = await page.evaluate((late) => {
      const res = performance.getEntriesByType('resource');
      // Scripts requested once the timeline asked for its library are the library; the rest
      // of the late scripts are the page's own code, imported after hydration.
      const mark = performance.getEntriesByName('timeline-library')[0]?.startTime ?? Infinity;
      const lateRes = res.filter((r) => late.some((s) => r.name.endsWith(s)));
      const lib = lateRes.filter((r) => r.startTime >= mark);
      return {
        libScripts: lib.map((r) => new URL(r.name).pathname),
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        libraryStart: Math.min(...lib.map((r) => r.startTime)),
        interactive: performance.getEntriesByName('timeline-interactive')[0]?.startTime,
        // From library and data in hand to a drawn, responsive timeline: vis-timeline's own cost.
        build:
          performance.getEntriesByName('timeline-interactive')[0]?.startTime -
          performance.getEntriesByName('timeline-start').at(-1)?.startTime,
      };
    }, late);
    library = timing.libScripts.reduce((n, s) => n + gz(file(s)), 0);
    lateApp = late
      .filter((s) => !timing.libScripts.includes(s))
      .reduce((n, s) => n + gz(file(s)), 0);
    await page.evaluate(() => {
      window.__long = [];
      new PerformanceObserver((l) =>
        window.__long.push(...l.getEntries().map((e) => e.duration)),
      ).observe({ type: 'longtask' });
    });
    const box = await page.getByTestId('timeline').boundingBox();
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.6);
    await page.mouse.down();
    for (let x = 1; x <= 20; x++)
      await page.mouse.move(box.x + box.width * (0.7 - x * 0.02), box.y + box.height * 0.6);
    await page.mouse.up();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))));
    const longest = await page.evaluate(() => Math.max(0, ...window.__long));
    samples.push({ ...timing, longest });
    await context.close();
  }
  const count = JSON.parse(fs.readFileSync(path.join(dir, 'data/events.json'), 'utf8')).length;
  return {
    count,
    html: gz(path.join(dir, 'index.html')),
    before,
    lateApp,
    library,
    fcp: median(samples.map((s) => s.fcp)),
    libraryStart: median(samples.map((s) => s.libraryStart)),
    interactive: median(samples.map((s) => s.interactive)),
    build: median(samples.map((s) => s.build)),
    longest: median(samples.map((s) => s.longest)),
  };
}

const saved = fs.existsSync('out') && build ? path.join(cache, 'out-before-bench') : null;
if (saved) {
  fs.rmSync(saved, { recursive: true, force: true });
  fs.mkdirSync(cache, { recursive: true });
  fs.cpSync('out', saved, { recursive: true });
}
const floor = build ? frameworkFloor(cache) : null;
const browser = await chromium.launch(chromiumLaunchOptions);
const rows = [];
try {
  for (const label of sizes) {
    const dir = build ? buildInto(label) : path.join(cache, label);
    const server = await serve(dir);
    try {
      rows.push({ label, ...(await measure(browser, dir)) });
    } finally {
      server.kill();
    }
  }
} finally {
  await browser.close();
  if (saved) {
    fs.rmSync('out', { recursive: true, force: true });
    fs.cpSync(saved, 'out', { recursive: true });
  }
}

console.log(`\nbench:site — medians of ${runs} runs, headless Chromium, 1280×900\n`);
console.log(
  '| story | events | HTML gz | JS before library gz | page code after hydration gz | library gz | JS total gz | first paint | library requested | timeline interactive | of which timeline build | longest task while panning |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.label} | ${r.count} | ${kb(r.html)} | ${kb(r.before)} | ${kb(r.lateApp)} | ${kb(r.library)} | ${kb(r.before + r.lateApp + r.library)} | ${ms(r.fcp)} | ${ms(r.libraryStart)} | ${ms(r.interactive)} | ${ms(r.build)} | ${ms(r.longest)} |`,
  );
}
if (floor !== null) {
  const seed = rows.find((r) => r.label === 'seed') ?? rows[0];
  console.log(
    `\nFramework floor: an App Router page rendering one paragraph, same Next.js and React, ` +
      `loads ${kb(floor)} gzipped before any code of its own; this site's \`/\` loads ` +
      `${kb(seed.before)} before the timeline library (${kb(seed.before - floor)} over the floor).`,
  );
}
