/**
 * "in the summer 2001 … from July 26 to August 18": a calendar date written without its year in
 * a sentence that writes out one other year takes that year, not the one nearest the article's
 * date. Only past dates naming a month are moved; "next month", "on Monday" and plans count
 * from the article. With no year of its own, the sentence continues the past year its paragraph
 * wrote out before it (`narrativeYear`), except for dates of the last weeks: a writer leaves out
 * the year of a background date only when the paragraph has given it.
 */
import { diffDays, makeDay, parseDay } from './date-math';
import { MONTH_ANY } from './lexicon';
import type { Refiner, TimeSpan } from './types';

const MONTH_NAMED = new RegExp(`\\b(?:${MONTH_ANY})\\b`);
export const WRITTEN_YEAR = /\b(?:19|20)\d{2}\b/g;
// "earlier in April", "last March": placed from the article's day, whatever year the sentence recalls.
const DEICTIC = /^(?:earlier|later|this|last|next)\b/i;
// "on September 5" in a story of September 12 is this year's news whatever the paragraph recalls.
const RECENT_DAYS = 45;

function inYear(iso: string, shift: number): string | null {
  const { y, m, d } = parseDay(iso);
  return makeDay(y + shift, m, d);
}

export const sentenceYear: Refiner = {
  kind: 'refiner',
  name: 'sentence-year',
  refine(ctx, spans) {
    const written = new Set(
      spans.filter((s) => !s.relative).flatMap((s) => s.text.match(WRITTEN_YEAR) ?? []),
    );
    const own = written.size === 1;
    if (!own && (written.size > 0 || ctx.narrativeYear === undefined)) return spans;
    const year = own ? Number([...written][0]) : (ctx.narrativeYear as number);
    return spans.map((s): TimeSpan => {
      // A plan ("will return on May 9") stays ahead of the article whatever year it recalls.
      if (
        !s.relative ||
        !MONTH_NAMED.test(s.text) ||
        DEICTIC.test(s.text) ||
        ctx.directionAt(s.start, s.end) === 'future'
      )
        return s;
      if (!own && diffDays(s.value.end, ctx.reference) <= RECENT_DAYS) return s;
      const shift = year - parseDay(s.value.start).y;
      if (shift === 0) return s;
      const start = inYear(s.value.start, shift);
      const end = inYear(s.value.end, shift);
      return start && end ? { ...s, value: { ...s.value, start, end } } : s;
    });
  },
};
