import type { EventKind, Mention, Precision } from '../types';

/** One gold mention as stored in `gold/<slug>.json` (see EVENTS.md). */
export interface GoldMention {
  kind: EventKind;
  sentence: string;
  date: { start: string; end: string; precision: Precision };
  target: { start: string; end: string; precision: Precision } | null;
  speaker: string | null;
  cited: string[];
  participants?: string[];
  place?: string | null;
}

/** Counts for one article or a whole set; rates are derived by `rates`. */
export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  dateRight: number;
  speakerRight: number;
  fullyRight: number;
  citedTp: number;
  citedGold: number;
  citedPred: number;
  lenientMatched: number;
}

export interface Miss {
  kind: EventKind;
  sentence: string;
  why: string;
}

export const emptyTally = (): Tally => ({
  gold: 0,
  predicted: 0,
  matched: 0,
  dateRight: 0,
  speakerRight: 0,
  fullyRight: 0,
  citedTp: 0,
  citedGold: 0,
  citedPred: 0,
  lenientMatched: 0,
});

export function addTally(a: Tally, b: Tally): Tally {
  const out = emptyTally();
  for (const k of Object.keys(out) as (keyof Tally)[]) out[k] = a[k] + b[k];
  return out;
}

const norm = (s: string | null | undefined) =>
  (s ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const lenientKind = (k: EventKind) => (k === 'summit' ? 'visit' : k);

function sameDate(g: GoldMention['date'], m: Mention['date']): boolean {
  return g.precision === m.precision && g.start === m.start && g.end === m.end;
}

/** Where a gold sentence sits in the body; whitespace differences are tolerated. */
export function locate(body: string, sentence: string): [number, number] | null {
  const at = body.indexOf(sentence);
  if (at >= 0) return [at, at + sentence.length];
  const head = sentence.slice(0, 40);
  const near = body.indexOf(head);
  return near >= 0 ? [near, near + sentence.length] : null;
}

/**
 * Scores one article's predicted mentions against its gold: a prediction matches a gold mention
 * when the kinds agree and its source sentence overlaps the gold sentence; each is used once.
 */
export function scoreArticle(
  body: string,
  gold: GoldMention[],
  predicted: Mention[],
): { tally: Tally; misses: Miss[]; spurious: Mention[]; wrong: Miss[] } {
  const tally = emptyTally();
  tally.gold = gold.length;
  tally.predicted = predicted.length;
  const used = new Set<number>();
  const lenientUsed = new Set<number>();
  const misses: Miss[] = [];
  const wrong: Miss[] = [];
  for (const g of gold) {
    const span = locate(body, g.sentence);
    const overlaps = (m: Mention) =>
      span !== null && m.source.start < span[1] && span[0] < m.source.end;
    const candidates = predicted
      .map((m, i) => ({ m, i }))
      .filter(({ m, i }) => !used.has(i) && m.kind === g.kind && overlaps(m));
    const best = candidates.find(({ m }) => sameDate(g.date, m.date)) ?? candidates[0];
    const lenient = predicted.findIndex(
      (m, i) => !lenientUsed.has(i) && lenientKind(m.kind) === lenientKind(g.kind) && overlaps(m),
    );
    if (lenient >= 0) {
      lenientUsed.add(lenient);
      tally.lenientMatched++;
    }
    if (!best) {
      misses.push({
        kind: g.kind,
        sentence: g.sentence,
        why: span ? 'missed' : 'gold sentence not found',
      });
      continue;
    }
    used.add(best.i);
    tally.matched++;
    const m = best.m;
    const dateOk = sameDate(g.date, m.date);
    const speakerOk = norm(g.speaker) === norm(m.speaker?.name);
    if (dateOk) tally.dateRight++;
    if (speakerOk) tally.speakerRight++;
    if (dateOk && speakerOk) tally.fullyRight++;
    else {
      const parts = [];
      if (!dateOk)
        parts.push(
          `date ${m.date.start}..${m.date.end}/${m.date.precision} ≠ gold ${g.date.start}..${g.date.end}/${g.date.precision}`,
        );
      if (!speakerOk)
        parts.push(`speaker ${m.speaker?.name ?? 'null'} ≠ gold ${g.speaker ?? 'null'}`);
      wrong.push({ kind: g.kind, sentence: g.sentence, why: parts.join('; ') });
    }
    const goldCited = new Set(g.cited.map(norm));
    const predCited = new Set(m.cited.map(norm));
    tally.citedGold += goldCited.size;
    tally.citedPred += predCited.size;
    for (const c of predCited) if (goldCited.has(c)) tally.citedTp++;
  }
  const spurious = predicted.filter((_, i) => !used.has(i));
  return { tally, misses, spurious, wrong };
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** The figures the evaluation prints and asserts. */
export function rates(t: Tally) {
  const precision = ratio(t.matched, t.predicted);
  const recall = ratio(t.matched, t.gold);
  const citedP = t.citedPred === 0 ? (t.citedGold === 0 ? 1 : 0) : t.citedTp / t.citedPred;
  const citedR = t.citedGold === 0 ? 1 : t.citedTp / t.citedGold;
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    lenientF1: f1(ratio(t.lenientMatched, t.predicted), ratio(t.lenientMatched, t.gold)),
    dateAccuracy: ratio(t.dateRight, t.matched),
    speakerAccuracy: ratio(t.speakerRight, t.matched),
    citedF1: f1(citedP, citedR),
    fullyF1: f1(ratio(t.fullyRight, t.predicted), ratio(t.fullyRight, t.gold)),
  };
}
