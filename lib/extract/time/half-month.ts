/**
 * "the second half of April", "the first half of May 2019": half a named month, as a stretch of
 * days (1–15, 16–end). Runs on month spans once overlaps are settled, widening each to take in
 * the words before it.
 */
import { makeDay, parseDay } from './date-math';
import { span, type Refiner, type TimeSpan } from './types';

const HALF_OF = /\b(?:the\s+)?(first|second|1st|2nd|latter)\s+half\s+of\s+$/i;

export const halfMonth: Refiner = {
  kind: 'refiner',
  name: 'half-month',
  refine(ctx, spans) {
    if (!/half\s+of/i.test(ctx.text)) return spans;
    return spans.map((s): TimeSpan => {
      if (s.value.precision !== 'month') return s;
      const m = HALF_OF.exec(ctx.text.slice(Math.max(0, s.start - 30), s.start));
      if (!m) return s;
      const { y, m: month } = parseDay(s.value.start);
      const first = /^(?:first|1st)$/i.test(m[1]);
      const start = first ? s.value.start : (makeDay(y, month, 16) ?? s.value.start);
      const end = first ? (makeDay(y, month, 15) ?? s.value.end) : s.value.end;
      const from = s.start - m[0].length;
      return { ...span(ctx, from, s.end, { start, end, precision: 'days' }), relative: s.relative };
    });
  },
};
