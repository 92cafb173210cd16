/**
 * `npm run bench:extract [-- --sizes 1000,10000 --repeats R --engines pipeline,chrono
 * --timeout MIN --seed S]`: generates synthetic corpora, then times the full pipeline (load +
 * extractStory) and chrono-node's bare parse over the same bodies, each run in a fresh child
 * process so peak memory is per run; prints the medians.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../lib/content/schema';
import { generateCorpus, writeCorpus } from '../lib/corpus/generate';
import { buildPool, defaultSourceDirs, readSources } from '../lib/corpus/source-pool';
import { report, summarise, type RunResult, type Summary } from './corpus/bench-report';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const ENGINES = ['pipeline', 'chrono'] as const;
type Engine = (typeof ENGINES)[number];

// Run once, untimed, before the corpus: first-call compilation is not a per-article cost.
const WARM_UP: Article = {
  slug: 'warm-up',
  title: 'Warm-up',
  outlet: 'Bench',
  date: '2020-01-15',
  url: null,
  authors: [],
  body: 'The minister said on Monday that the president will visit the capital next month.\n',
};

type Work = (articles: Article[]) => number;

/** The pipeline: every article extracted and merged; counts events. */
async function pipeline(): Promise<Work> {
  const { extractStory } = await import('../lib/extract/story');
  return (articles) => extractStory(articles).events.length;
}

/** chrono-node's bare parse of each body against its publication day; counts expressions. */
async function bareChrono(): Promise<Work> {
  const chrono = await import('chrono-node');
  return (articles) =>
    articles.reduce((n, a) => n + chrono.parse(a.body, new Date(`${a.date}T00:00:00Z`)).length, 0);
}

// CPU time is the headline figure: the machine is shared, and wall time counts others' work.
function clock(): { cpu: number; wall: number } {
  const { user, system } = process.cpuUsage();
  return { cpu: (user + system) / 1000, wall: performance.now() };
}

/** Runs in the child: one engine over one corpus, result as JSON on stdout. */
async function child(engine: Engine, dir: string): Promise<void> {
  const { loadArticles } = await import('../lib/content/load');
  // Module loading and one warm-up call stay untimed for both engines.
  const work = engine === 'pipeline' ? await pipeline() : await bareChrono();
  work([WARM_UP]);
  const t0 = clock();
  const articles = loadArticles(dir);
  const t1 = clock();
  const found = work(articles);
  const t2 = clock();
  // The pipeline's figures include loading (it is part of the pipeline); chrono's do not.
  const from = engine === 'pipeline' ? t0 : t1;
  const [cpuMs, wallMs] = [t2.cpu - from.cpu, t2.wall - from.wall];
  const loadMs = engine === 'pipeline' ? t1.cpu - t0.cpu : 0;
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const result: RunResult = {
    cpuMs,
    wallMs,
    loadMs,
    articles: articles.length,
    bytes,
    rssMb,
    found,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function measure(engine: Engine, dir: string): RunResult {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', process.argv[1], '--child', engine, '--dir', dir],
    { encoding: 'utf8', maxBuffer: 1 << 24, timeout: Number(option('--timeout') ?? 60) * 60_000 },
  );
  const last = run.stdout?.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('{'))
    throw new Error(
      `${engine} run failed (${run.status ?? run.signal}):\n${run.stderr.slice(-2000)}`,
    );
  return JSON.parse(last) as RunResult;
}

function main(): void {
  const sizes = (option('--sizes') ?? '1000,10000').split(',').map(Number);
  const seed = option('--seed') ?? 'bench';
  const engines = (option('--engines')?.split(',') ?? ENGINES).filter((e): e is Engine =>
    (ENGINES as readonly string[]).includes(e),
  );
  const pool = buildPool(readSources(defaultSourceDirs()));
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-extract-'));
  const summaries: Summary[] = [];
  try {
    for (const size of sizes) {
      const dir = path.join(root, String(size));
      writeCorpus(dir, generateCorpus(pool, { articles: size, seed }));
      // More repeats where runs are cheap; a median of 3 already damps one noisy run.
      const repeats = Number(option('--repeats') ?? (size <= 1000 ? 5 : 3));
      const runs: Record<Engine, RunResult[]> = { pipeline: [], chrono: [] };
      // Interleaved, so drift on the shared machine hits both engines alike.
      const failed = new Set<Engine>();
      for (let i = 0; i < repeats; i++) {
        for (const engine of engines.filter((e) => !failed.has(e))) {
          try {
            const r = measure(engine, dir);
            runs[engine].push(r);
            console.error(`${size} ${engine} #${i + 1}: ${(r.cpuMs / 1000).toFixed(2)} s CPU`);
          } catch (err) {
            // The extractor is edited by others; report its failure and keep the other engine.
            failed.add(engine);
            console.error(`${size} ${engine}: ${err instanceof Error ? err.message : err}`);
          }
        }
      }
      // A run that failed after others succeeded still leaves a median of those others.
      for (const engine of engines.filter((e) => runs[e].length > 0))
        summaries.push(summarise(size, engine, runs[engine]));
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  console.log(report(summaries));
  console.log(
    '\nMedians per figure. Rates use CPU time (user + system of the child; the machine is ' +
      'shared). KB = 1,000 bytes of article body. Peak RSS includes Node and tsx. ' +
      'The pipeline includes loading the files; chrono parses bodies already in memory.',
  );
}

const engine = option('--child');
if (engine) {
  child(engine as Engine, option('--dir') ?? '.').catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else main();
