/**
 * `npm run eval:speakers`: scores `reportedSpeaker` and `citedOutlets` against the gold
 * mentions of the seed and dev sets.
 *
 * Speaker: case-insensitive exact name match per gold mention (null against null counts).
 * A gold speaker that is the actor of a narrated act ("Putin extended an invitation") is not
 * reported speech: where the extractor returns null and the sentence has no attribution of
 * its own, the mention is counted apart as "gold speaker not a reported speaker".
 * Outlets: micro precision / recall / F1 over (sentence, canonical outlet) pairs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadArticles } from '../lib/content/load';
import { splitSentences, type Sentence } from '../lib/extract/sentences';
import { canonicalOutlet } from '../lib/extract/outlets/outlet-table';
import { citedOutlets } from '../lib/extract/outlets/cited-outlets';
import { buildPeopleIndex, reportedSpeaker } from '../lib/extract/speakers';
import { chooseCandidate } from '../lib/extract/speakers/rules/local';
import { REPORTING_VERB_RE } from '../lib/extract/speakers/rules/verb-pattern';

/** The sentence has a verb of saying or "according to" (whoever its subject is). */
function hasAttributionWords(text: string): boolean {
  REPORTING_VERB_RE.lastIndex = 0;
  return REPORTING_VERB_RE.test(text) || /\baccording to\b/i.test(text);
}

const DIRS = ['../shared/seeds', '../shared/dev'].map((d) => path.resolve(__dirname, '..', d));

interface GoldEvent {
  kind: string;
  sentence: string;
  speaker: string | null;
  cited: string[];
}

const norm = (s: string | null) =>
  s === null ? null : s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** The splitter sentence that holds most of the gold sentence (some gold spans a dateline). */
function findSentence(body: string, sentences: Sentence[], quote: string): Sentence | null {
  const at = body.indexOf(quote);
  if (at < 0) return null;
  const end = at + quote.length;
  let best: Sentence | null = null;
  let bestOverlap = 0;
  for (const s of sentences) {
    const overlap = Math.min(end, s.end) - Math.max(at, s.start);
    if (overlap > bestOverlap) {
      best = s;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** Per folder (seeds, dev): reported-speech mentions scored and matched. */
const perSet = new Map<string, { total: number; correct: number }>();
let total = 0;
let correct = 0;
let goldNull = 0;
let goldNullOk = 0;
let narrated = 0;
const misses: string[] = [];
const narratedList: string[] = [];
let literalTp = 0;
let literalPred = 0;
let literalGold = 0;
let tp = 0;
let fp = 0;
let fn = 0;
const outletMisses: string[] = [];

for (const dir of DIRS) {
  const tally = { total: 0, correct: 0 };
  perSet.set(path.basename(dir), tally);
  for (const article of loadArticles(dir)) {
    const gold = JSON.parse(
      fs.readFileSync(path.join(dir, 'gold', `${article.slug}.json`), 'utf8'),
    ) as { events: GoldEvent[] };
    const sentences = splitSentences(article.body);
    const people = buildPeopleIndex(sentences);
    const citedSeen = new Set<number>();
    const goldCited = new Map<number, Set<string>>();
    for (const e of gold.events) {
      const s = findSentence(article.body, sentences, e.sentence);
      if (!s) {
        misses.push(`  [${article.slug}] gold sentence not found: ${e.sentence.slice(0, 80)}`);
        continue;
      }
      const set = goldCited.get(s.index) ?? new Set<string>();
      for (const c of e.cited) set.add(c);
      goldCited.set(s.index, set);

      const got = reportedSpeaker(sentences, s.index, people);
      const ok = norm(got?.name ?? null) === norm(e.speaker);
      const line = `  [${article.slug.slice(0, 24)}] ${e.kind.padEnd(12)} gold=${e.speaker ?? 'null'} got=${got?.name ?? 'null'} :: ${s.text.slice(0, 100)}`;
      // Narrated: no verb of saying at all, or one whose only subject is the press (outlets are
      // never speakers, so the gold falls back to the actor there too).
      const narration = !hasAttributionWords(s.text) || chooseCandidate(s.text).media;
      if (e.speaker !== null && got === null && narration) {
        narrated++;
        narratedList.push(line);
        continue;
      }
      total++;
      tally.total++;
      if (e.speaker === null) goldNull++;
      if (ok) {
        correct++;
        tally.correct++;
        if (e.speaker === null) goldNullOk++;
      } else misses.push(line);
    }
    for (const [index, wantPrinted] of goldCited) {
      if (citedSeen.has(index)) continue;
      citedSeen.add(index);
      const printed = citedOutlets(sentences[index].text);
      // Literal, as lib/eval/score.ts compares: case-insensitive names as given.
      const gotLiteral = new Set(printed.map((c) => c.toLowerCase()));
      const wantLiteral = new Set([...wantPrinted].map((c) => c.toLowerCase()));
      for (const g of gotLiteral) if (wantLiteral.has(g)) literalTp++;
      literalPred += gotLiteral.size;
      literalGold += wantLiteral.size;
      const canonical = (c: string) => canonicalOutlet(c) ?? c;
      const got = new Set(printed.map(canonical));
      const want = new Set([...wantPrinted].map(canonical));
      for (const g of got) {
        if (want.has(g)) tp++;
        else fp++;
      }
      for (const w of want) if (!got.has(w)) fn++;
      const wantS = [...want].sort().join(', ');
      const gotS = [...got].sort().join(', ');
      if (wantS !== gotS)
        outletMisses.push(
          `  [${article.slug.slice(0, 24)}] gold=[${wantS}] got=[${gotS}] :: ${sentences[index].text.slice(0, 90)}`,
        );
    }
  }
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
const precision = tp / Math.max(1, tp + fp);
const recall = tp / Math.max(1, tp + fn);
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

console.log('Speaker (reported speech)');
console.log(`  accuracy: ${correct}/${total} = ${pct(correct, total)}`);
console.log(`  gold null: ${goldNull}, of which we also gave null: ${goldNullOk}`);
console.log(`  gold non-null: ${total - goldNull}, matched: ${correct - goldNullOk}`);
console.log(
  `  gold speaker not a reported speaker here (narrated act, press-only attribution or unattributed continuation; we give null): ${narrated}`,
);
console.log(
  `  all gold mentions, narrated ones counted as misses: ${correct}/${total + narrated} = ${pct(correct, total + narrated)}`,
);
for (const [name, t] of perSet)
  console.log(`  ${name}: ${t.correct}/${t.total} = ${pct(t.correct, t.total)}`);
console.log('Cited outlets (per sentence with gold mentions)');
console.log(
  `  tp=${tp} fp=${fp} fn=${fn}  P=${pct(tp, tp + fp)} R=${pct(tp, tp + fn)} F1=${(100 * f1).toFixed(1)}%`,
);
const literalF1 = (2 * literalTp) / Math.max(1, literalPred + literalGold);
console.log(
  `  literal names (as lib/eval/score.ts compares): P=${pct(literalTp, literalPred)} R=${pct(literalTp, literalGold)} F1=${(100 * literalF1).toFixed(1)}%`,
);
console.log(`\nSpeaker misses (${misses.length}):`);
for (const m of misses) console.log(m);
console.log(`\nGold speaker not a reported speaker here, not counted (${narratedList.length}):`);
for (const m of narratedList) console.log(m);
console.log(`\nOutlet misses (${outletMisses.length}):`);
for (const m of outletMisses) console.log(m);
