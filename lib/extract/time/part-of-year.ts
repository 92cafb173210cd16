/**
 * Halves and quarters: "the first half of this year", "first half of 2025", "the second
 * half", "H1 2025", "in the first quarter", "third quarter of next year", "Q3", "Q4 2024",
 * "last quarter". Without a year the instance fits the tense.
 */
import { monthsRange, parseDay, resolveCycle, type CycleMode } from './date-math';
import { YEAR_REF, ordinal, yearFrom } from './lexicon';
import { span, type Context, type Parser, type TimeSpan } from './types';

const YEAR_PART = `(?:(?:\\s+of)?\\s+(?:the\\s+)?(year|${YEAR_REF}))?`;
const HALF = new RegExp(`\\b(first|second|1st|2nd|latter)\\s+half${YEAR_PART}\\b`, 'gi');
const QUARTER = new RegExp(
  `\\b(first|second|third|fourth|1st|2nd|3rd|4th|final|last)\\s+quarter${YEAR_PART}\\b`,
  'gi',
);
const OF_OTHER = /^\s+of\s/;
const SHORT = /\b([HQ])([1-4])(?:\s+((?:19|20)\d{2})|\s*['’](\d{2}))?\b/g;

function modeFor(
  ctx: Context,
  yearText: string | undefined,
  start: number,
  end: number,
): CycleMode {
  if (!yearText || /^year$/i.test(yearText)) return ctx.directionAt(start, end);
  return { year: yearFrom(yearText, parseDay(ctx.reference).y) };
}

function push(
  ctx: Context,
  out: TimeSpan[],
  start: number,
  end: number,
  months: number,
  index: number,
  mode: CycleMode,
): void {
  const range = resolveCycle(
    (y) => monthsRange(y, (index - 1) * months + 1, months),
    ctx.reference,
    mode,
  );
  out.push(span(ctx, start, end, { ...range, precision: months === 6 ? 'half' : 'quarter' }));
}

export const partOfYear: Parser = {
  kind: 'parser',
  name: 'part-of-year',
  gate: /half|quarter|[HQ][1-4]/i,
  parse(ctx) {
    const out: TimeSpan[] = [];
    HALF.lastIndex = 0;
    for (let m = HALF.exec(ctx.text); m; m = HALF.exec(ctx.text)) {
      const end = m.index + m[0].length;
      if (!m[2] && OF_OTHER.test(ctx.text.slice(end, end + 20))) continue; // "first half of the match"
      const index = ordinal(m[1]) === 1 ? 1 : 2;
      push(ctx, out, m.index, end, 6, index, modeFor(ctx, m[2], m.index, end));
    }
    QUARTER.lastIndex = 0;
    for (let m = QUARTER.exec(ctx.text); m; m = QUARTER.exec(ctx.text)) {
      const end = m.index + m[0].length;
      if (!m[2] && OF_OTHER.test(ctx.text.slice(end, end + 20))) continue;
      const n = ordinal(m[1]);
      // "last quarter" alone is the previous quarter; "the last quarter of 2024" is Q4.
      if (n === -1 && !m[2]) {
        const ref = parseDay(ctx.reference);
        const q = Math.floor((ref.m - 1) / 3); // 0-based current quarter
        const range = monthsRange(ref.y, (q - 1) * 3 + 1, 3);
        out.push(span(ctx, m.index, end, { ...range, precision: 'quarter' }));
        continue;
      }
      push(ctx, out, m.index, end, 3, n === -1 ? 4 : n, modeFor(ctx, m[2], m.index, end));
    }
    SHORT.lastIndex = 0;
    for (let m = SHORT.exec(ctx.text); m; m = SHORT.exec(ctx.text)) {
      const end = m.index + m[0].length;
      const months = m[1] === 'H' ? 6 : 3;
      const index = Number(m[2]);
      const year = m[3] ? Number(m[3]) : m[4] ? 2000 + Number(m[4]) : null;
      // "H1" alone is too often something else; a half needs its year.
      if (months === 6 && (index > 2 || !year)) continue;
      push(ctx, out, m.index, end, months, index, year ? { year } : ctx.directionAt(m.index, end));
    }
    return out;
  },
};
