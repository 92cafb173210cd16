/**
 * `npm run eval:time`: scores the time tagger against the gold dates of seeds and dev.
 * For every gold mention whose `date` or `target` has a precision other than `unknown`, runs
 * tagTimes on the gold `sentence` (reference = the article's date) and counts a hit when some
 * span's start, end and precision equal the gold range. Bare chrono-node `parse`, each result
 * read as a day range, is the baseline. Gold dates borrowed from other sentences are listed as
 * "not in sentence" when the sentence has no time word at all. `--misses` lists the misses and
 * the borrowed dates; `--bench` times both over every sentence of every article.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';
import { splitSentences } from '../lib/extract/sentences';
import { hasTimeWords, tagTimes, type TimeValue } from '../lib/extract/time';

// The shared folder sits beside the repository (../shared); SHARED=<dir> points elsewhere.
const SHARED = process.env.SHARED ?? path.resolve(process.cwd(), '..', 'shared');
const ROOTS = ['seeds', 'dev'].map((set) => path.join(SHARED, set));

interface GoldEvent {
  sentence: string;
  date: TimeValue | null;
  target: TimeValue | null;
}
interface Item {
  article: string;
  sentence: string;
  gold: TimeValue;
  reference: string;
}

function readArticle(file: string): { date: string; body: string } {
  const raw = fs.readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw);
  const date = m ? /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(m[1])?.[1] : undefined;
  if (!m || !date) throw new Error(`${file}: no frontmatter date`);
  return { date, body: m[2] };
}

function loadItems(): { items: Item[]; bodies: Array<{ body: string; date: string }> } {
  const items: Item[] = [];
  const bodies: Array<{ body: string; date: string }> = [];
  for (const root of ROOTS) {
    const goldDir = path.join(root, 'gold');
    for (const file of fs
      .readdirSync(goldDir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const slug = file.replace(/\.json$/, '');
      const article = readArticle(path.join(root, 'articles', `${slug}.md`));
      bodies.push(article);
      const gold = JSON.parse(fs.readFileSync(path.join(goldDir, file), 'utf8')) as {
        events: GoldEvent[];
      };
      for (const e of gold.events) {
        for (const value of [e.date, e.target]) {
          if (value && value.precision !== 'unknown') {
            items.push({
              article: slug,
              sentence: e.sentence,
              gold: value,
              reference: article.date,
            });
          }
        }
      }
    }
  }
  return { items, bodies };
}

const same = (a: TimeValue, b: TimeValue) =>
  a.start === b.start && a.end === b.end && a.precision === b.precision;

const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

function refDate(reference: string): Date {
  const [y, m, d] = reference.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

/** chrono-node's reading of a sentence, each result as a day range. */
export function chronoValues(text: string, reference: string): TimeValue[] {
  return chrono.parse(text, refDate(reference)).map((r) => {
    const start = iso(r.start.date());
    const end = r.end ? iso(r.end.date()) : start;
    return { start, end, precision: start === end ? 'day' : 'days' };
  });
}

function pct(n: number, d: number): string {
  return d === 0 ? '    -' : `${((100 * n) / d).toFixed(0).padStart(4)}%`;
}

function main(): void {
  const { items, bodies } = loadItems();
  const rows = new Map<string, { n: number; inSentence: number; ours: number; chrono: number }>();
  const misses: string[] = [];
  const notInSentence: string[] = [];
  let chronoOnly = 0;
  for (const item of items) {
    const ours = tagTimes(item.sentence, item.reference).some((s) => same(s.value, item.gold));
    const base = chronoValues(item.sentence, item.reference).some((v) => same(v, item.gold));
    const inSentence = hasTimeWords(item.sentence);
    for (const key of [item.gold.precision, 'all']) {
      const row = rows.get(key) ?? { n: 0, inSentence: 0, ours: 0, chrono: 0 };
      row.n++;
      if (inSentence) row.inSentence++;
      if (ours) row.ours++;
      if (base) row.chrono++;
      rows.set(key, row);
    }
    if (base && !ours) chronoOnly++;
    if (!inSentence) {
      const g = item.gold;
      notInSentence.push(
        `${item.article} ${g.start}..${g.end}/${g.precision}: ${item.sentence.slice(0, 90)}`,
      );
    }
    if (!ours && (inSentence || base)) {
      const got = tagTimes(item.sentence, item.reference)
        .map((s) => `"${s.text}"=${s.value.start}..${s.value.end}/${s.value.precision}`)
        .join(' ');
      misses.push(
        `${base ? '[chrono hit] ' : ''}${item.article} want ${item.gold.start}..${item.gold.end}/${item.gold.precision}\n` +
          `  ${item.sentence}\n  got: ${got || '(nothing)'}`,
      );
    }
  }
  const order = ['day', 'days', 'month', 'quarter', 'half', 'season', 'year', 'all'];
  console.log('precision | gold | in sentence | tagTimes       | chrono-node');
  console.log('--------- | ---- | ----------- | -------------- | --------------');
  for (const key of order) {
    const r = rows.get(key);
    if (!r) continue;
    const cell = (h: number) =>
      `${String(h).padStart(3)} (${pct(h, r.n)}; ${pct(h, r.inSentence)} in)`;
    console.log(
      `${key.padEnd(9)} | ${String(r.n).padStart(4)} | ${String(r.inSentence).padStart(11)} | ${cell(r.ours)} | ${cell(r.chrono)}`,
    );
  }
  const all = rows.get('all');
  if (all) {
    console.log(`not in sentence (no time word): ${all.n - all.inSentence} of ${all.n}`);
    console.log(
      `with time words but missed: ${all.inSentence - all.ours}; chrono hits tagTimes misses: ${chronoOnly}`,
    );
  }
  if (process.argv.includes('--misses')) {
    console.log(`\nmisses (sentence has time words, or chrono hit):\n${misses.join('\n')}`);
    console.log(`\nnot in sentence (date borrowed from elsewhere):\n${notInSentence.join('\n')}`);
  }
  if (process.argv.includes('--bench')) bench(bodies);
}

function bench(bodies: Array<{ body: string; date: string }>): void {
  const sentences = bodies.flatMap((b) => splitSentences(b.body).map((s) => [s.text, b.date]));
  const pass = (fn: (text: string, ref: string) => unknown) => {
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) for (const [t, r] of sentences) fn(t, r);
    return (performance.now() - t0) / 10;
  };
  const ours = (t: string, r: string) => tagTimes(t, r);
  const base = (t: string, r: string) => chrono.parse(t, refDate(r));
  pass(ours); // warm-up
  pass(base);
  // Alternate and keep each one's best pass: the machine is shared, noise only adds time.
  let bestOurs = Infinity;
  let bestBase = Infinity;
  for (let trial = 0; trial < 7; trial++) {
    bestOurs = Math.min(bestOurs, pass(ours));
    bestBase = Math.min(bestBase, pass(base));
  }
  console.log(
    `\nbench: ${sentences.length} sentences; tagTimes ${bestOurs.toFixed(1)} ms, chrono.parse ` +
      `${bestBase.toFixed(1)} ms per pass (ratio ${(bestOurs / bestBase).toFixed(2)})`,
  );
}

main();
