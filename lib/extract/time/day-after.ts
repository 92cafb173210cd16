/**
 * "a day after", "two days before": one happening placed a few days from another.
 * - With a date as object ("a day after May 9") the span becomes that date moved (`day`).
 * - With an undated happening ("arrived ..., a day after crossing into Russia") the two
 *   happenings cover the days from the other one to the sentence's day: the day span in the
 *   sentence if there is one, else the reference (`days`).
 */
import { addDays } from './date-math';
import { CARDINAL, cardinal } from './lexicon';
import { span, type Refiner, type TimeSpan } from './types';

const OFFSET = new RegExp(`\\b(${CARDINAL})\\s+days?\\s+(after|before|later|earlier)\\b`, 'gi');

const QUICK = /days?\s+(?:after|before)/i;

export const dayAfter: Refiner = {
  kind: 'refiner',
  name: 'day-after',
  refine(ctx, spans) {
    if (!QUICK.test(ctx.text)) return spans;
    const out: TimeSpan[] = [...spans];
    OFFSET.lastIndex = 0;
    for (let m = OFFSET.exec(ctx.text); m; m = OFFSET.exec(ctx.text)) {
      const n = cardinal(m[1]);
      const end = m.index + m[0].length;
      if (!Number.isFinite(n) || /^(?:later|earlier)$/i.test(m[2])) continue;
      // "2015-01-22 days after": a number inside another time is no offset.
      if (out.some((s) => s.start < end && s.end > m!.index)) continue;
      const sign = m[2].toLowerCase() === 'after' ? 1 : -1;
      const objectIndex = out.findIndex(
        (s) => s.start >= end && /^\s*$/.test(ctx.text.slice(end, s.start)),
      );
      if (objectIndex >= 0) {
        const o = out[objectIndex];
        if (o.value.precision !== 'day') continue;
        const day = addDays(o.value.start, sign * n);
        out[objectIndex] = span(ctx, m.index, o.end, { start: day, end: day, precision: 'day' });
        continue;
      }
      const anchor = out.find((s) => s.value.precision === 'day')?.value.start ?? ctx.reference;
      const other = addDays(anchor, -sign * n);
      const value = sign > 0 ? { start: other, end: anchor } : { start: anchor, end: other };
      out.push(span(ctx, m.index, end, { ...value, precision: 'days' }));
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
