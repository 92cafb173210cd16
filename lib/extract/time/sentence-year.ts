/**
 * "in the summer 2001 … from July 26 to August 18": a calendar date written without its year in
 * a sentence that writes out one other year takes that year, not the one nearest the article's
 * date. Only past dates naming a month are moved; "next month", "on Monday" and plans count
 * from the article.
 */
import { makeDay, parseDay } from './date-math';
import { MONTH_ANY } from './lexicon';
import type { Refiner, TimeSpan } from './types';

const MONTH_NAMED = new RegExp(`\\b(?:${MONTH_ANY})\\b`);
const WRITTEN_YEAR = /\b(?:19|20)\d{2}\b/g;

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
    if (written.size !== 1) return spans;
    const year = Number([...written][0]);
    return spans.map((s): TimeSpan => {
      // A plan ("will return on May 9") stays ahead of the article whatever year it recalls.
      if (!s.relative || !MONTH_NAMED.test(s.text) || ctx.directionAt(s.start, s.end) === 'future')
        return s;
      const shift = year - parseDay(s.value.start).y;
      if (shift === 0) return s;
      const start = inYear(s.value.start, shift);
      const end = inYear(s.value.end, shift);
      return start && end ? { ...s, value: { ...s.value, start, end } } : s;
    });
  },
};
