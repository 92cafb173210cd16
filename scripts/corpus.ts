/**
 * `npm run corpus -- --articles N --out DIR [--seed S] [--sources DIR,DIR]`: writes a synthetic
 * corpus to DIR/articles/ from the real sentences of ../shared/seeds and ../shared/dev.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateCorpus, writeCorpus } from '../lib/corpus/generate';
import { buildPool, defaultSourceDirs, readSources } from '../lib/corpus/source-pool';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

const count = Number(option('--articles'));
const out = option('--out');
if (!Number.isInteger(count) || count < 1 || !out) {
  console.error('usage: npm run corpus -- --articles N --out DIR [--seed S] [--sources DIR,DIR]');
  process.exit(2);
}
const seed = option('--seed') ?? '1';
const sources = option('--sources')?.split(',') ?? defaultSourceDirs();

const started = performance.now();
const pool = buildPool(readSources(sources));
const files = generateCorpus(pool, { articles: count, seed });
// A stale article from an earlier, larger run would silently join the corpus.
const existing = path.join(out, 'articles');
if (fs.existsSync(existing) && fs.readdirSync(existing).some((f) => f.endsWith('.md'))) {
  console.error(`${existing} already holds articles; choose an empty --out`);
  process.exit(1);
}
const bytes = writeCorpus(out, files);
const stories = new Set(files.map((f) => f.story)).size;
const ms = performance.now() - started;
console.error(
  `${files.length} articles (${stories} stories, ${(bytes / 1e6).toFixed(1)} MB) from ` +
    `${pool.articles.length} sources -> ${existing} in ${(ms / 1000).toFixed(2)} s`,
);
