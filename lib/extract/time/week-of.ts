/**
 * "the week of July 8", "the week beginning Monday": a named week is that calendar week,
 * Monday to Sunday (`days`, EVENTS.md), whichever of its days the text names.
 */
import { weekRange } from './date-math';
import type { Refiner } from './types';

const WEEK_OF = /\bthe\s+week\s+(?:of|beginning|starting)(?:\s+on)?\s+$/i;

const QUICK = /\bweek\s+(?:of|beginning|starting)\b/i;

export const weekOf: Refiner = {
  kind: 'refiner',
  name: 'week-of',
  refine(ctx, spans) {
    if (!QUICK.test(ctx.text)) return spans;
    return spans.map((s) => {
      if (s.value.precision !== 'day') return s;
      const m = WEEK_OF.exec(ctx.text.slice(Math.max(0, s.start - 40), s.start));
      if (!m) return s;
      const week = weekRange(s.value.start);
      return {
        ...s,
        start: s.start - m[0].length,
        text: ctx.text.slice(s.start - m[0].length, s.end),
        value: { start: week.start, end: week.end, precision: 'days' },
      };
    });
  },
};
