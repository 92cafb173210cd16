// npm run bench:build [-- --articles 1000 --cache --keep --timeout 3600]   (--keep: leave the copy)
/* global performance, setTimeout, clearTimeout -- Node globals */
// Generates a synthetic corpus (scripts/corpus.ts), builds the full static site from it in a
// copy of the project under .cache/bench-build/ (so the team's .next/ and out/ stay untouched),
// and prints wall time, pages per second and the peak memory of the build's process tree.
// --cache also times the story preparation cold, warm, and warm after one new article.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { peakRss } from './bench-build-rss.mjs';
import { copyProject } from './copy-project.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const articles = Number(arg('articles', 1000));
// One deadline for the whole run: a step that would pass it is stopped, its workers with it.
const deadline = Date.now() + Number(arg('timeout', 3600)) * 1000;
const root = process.cwd();
const work = path.join(root, '.cache', 'bench-build');
const corpus = path.join(work, `corpus-${articles}`);
const site = path.join(work, 'site');
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;

function prepareCorpus() {
  if (fs.existsSync(path.join(corpus, 'articles'))) return;
  execFileSync(
    'npx',
    ['tsx', 'scripts/corpus.ts', '--articles', String(articles), '--out', corpus],
    {
      stdio: 'inherit',
    },
  );
}

/** Runs a command in the copy; resolves with wall seconds and the tree's peak RSS (kB). */
function run(label, cmd, args, env = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, {
      cwd: site,
      env: { ...process.env, CONTENT_DIR: corpus, NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    const sampler = peakRss(child.pid);
    let tail = '';
    child.stdout.on('data', (d) => (tail = (tail + d).slice(-4000)));
    const timer = setTimeout(() => process.kill(-child.pid, 'SIGTERM'), deadline - Date.now());
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const peak = sampler.stop();
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        const done = countHtml(path.join(site, '.next', 'server', 'app'));
        const at = `after ${seconds.toFixed(0)} s, peak RSS ${mb(peak)}, ${done} pages rendered`;
        return reject(new Error(`${label} stopped (${code ?? signal}) ${at}:\n${tail}`));
      }
      console.error(`  ${label}: ${seconds.toFixed(1)} s, peak RSS ${mb(peak)}`);
      resolve({ seconds, peak, tail });
    });
  });
}

function countHtml(dir) {
  if (!fs.existsSync(dir)) return 0;
  let n = 0;
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }))
    if (f.endsWith('.html')) n++;
  return n;
}

function corpusBytes() {
  const dir = path.join(corpus, 'articles');
  return fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
}

async function cacheFigures() {
  fs.rmSync(path.join(site, '.cache'), { recursive: true, force: true });
  const prepare = () => run('prepare', 'npx', ['tsx', 'scripts/prepare-story.ts']);
  const line = (r) => r.tail.split('\n').find((l) => l.startsWith('prepare-story:'));
  const cold = await prepare();
  const warm = await prepare();
  const dir = path.join(corpus, 'articles');
  const first = fs.readdirSync(dir).sort()[0];
  const extra = path.join(dir, `zz-bench-new-article.md`);
  fs.writeFileSync(
    extra,
    fs.readFileSync(path.join(dir, first), 'utf8').replace(/\n\n/, '\n\nA new lead paragraph.\n\n'),
  );
  try {
    const plusOne = await prepare();
    console.log(
      `cache, ${articles} articles: cold ${cold.seconds.toFixed(1)} s | warm ${warm.seconds.toFixed(1)} s | warm + 1 new article ${plusOne.seconds.toFixed(1)} s`,
    );
    for (const [k, r] of [
      ['cold', cold],
      ['warm', warm],
      ['+1', plusOne],
    ])
      console.log(`  ${k}: ${line(r)}`);
  } finally {
    fs.rmSync(extra);
    fs.rmSync(path.join(corpus, 'event-ids.json'), { force: true });
  }
}

async function main() {
  fs.mkdirSync(work, { recursive: true });
  prepareCorpus();
  copyProject(root, site, ['content']);
  if (process.argv.includes('--cache')) await cacheFigures();
  fs.rmSync(path.join(corpus, 'event-ids.json'), { force: true });
  // Cold: no extraction cache, so the figure is the whole build a new checkout would pay.
  fs.rmSync(path.join(site, '.cache'), { recursive: true, force: true });
  console.error(`building ${articles} articles (${(corpusBytes() / 1e6).toFixed(1)} MB)…`);
  const check = await run('check', 'npx', ['tsx', 'scripts/check.ts', '--content', corpus]);
  const prep = await run('prepare-story', 'npx', ['tsx', 'scripts/prepare-story.ts']);
  const build = await run('next build', 'npx', ['next', 'build']);
  const pages = countHtml(path.join(site, 'out'));
  const wall = check.seconds + prep.seconds + build.seconds;
  const peak = Math.max(check.peak, prep.peak, build.peak);
  const events = prep.tail.match(/(\d+) events/)?.[1] ?? '?';
  console.log(
    `bench:build ${articles} articles, ${events} events: ${wall.toFixed(0)} s wall ` +
      `(check ${check.seconds.toFixed(0)} s, prepare ${prep.seconds.toFixed(0)} s, next build ${build.seconds.toFixed(0)} s), ` +
      `${pages} pages, ${(pages / build.seconds).toFixed(1)} pages/s (next build), peak RSS ${mb(peak)} ` +
      `(next build ${mb(build.peak)}), corpus ${(corpusBytes() / 1e6).toFixed(1)} MB`,
  );
}

// The copy holds .ts sources that `eslint .` and `tsc` would otherwise pick up; --keep leaves it.
const cleanUp = () => {
  if (!process.argv.includes('--keep')) fs.rmSync(site, { recursive: true, force: true });
};
main()
  .then(cleanUp)
  .catch((err) => {
    cleanUp();
    console.error(err.message);
    process.exit(1);
  });
