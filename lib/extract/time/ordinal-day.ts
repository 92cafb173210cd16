/**
 * A day of the month by its ordinal alone, as Korean and Japanese outlets write it: "on the
 * 29th", "on the 30th (local time)". The month is the reference's, or the one before or after
 * it as the tense asks: past → the latest such day on or before the reference, future → the
 * earliest on or after it, otherwise the nearest.
 */
import { makeDay, parseDay, pickInstance } from './date-math';
import { span, type Parser, type TimeSpan } from './types';

// "on the 30th", "from the 2nd": a preposition before it, so "the 70th anniversary" is no day.
const ORDINAL_DAY =
  /\b(?:on|from|until|by|since|before|after)\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+|anniversary|century|birthday|round|time|day|session|congress|plenary|meeting|summit))/gi;

export const ordinalDay: Parser = {
  kind: 'parser',
  name: 'ordinal-day',
  gate: /\d(?:st|nd|rd|th)\b/,
  parse(ctx) {
    const out: TimeSpan[] = [];
    const { y, m: month } = parseDay(ctx.reference);
    ORDINAL_DAY.lastIndex = 0;
    for (let m = ORDINAL_DAY.exec(ctx.text); m; m = ORDINAL_DAY.exec(ctx.text)) {
      const d = Number(m[1]);
      // The same day in the month before, of, and after the reference (where it exists).
      const days = [-1, 0, 1]
        .map((k) => {
          const n = month + k;
          return n < 1 ? makeDay(y - 1, 12, d) : n > 12 ? makeDay(y + 1, 1, d) : makeDay(y, n, d);
        })
        .filter((day): day is string => day !== null)
        .map((day) => ({ start: day, end: day }));
      if (days.length === 0) continue;
      const start = m.index + m[0].length - m[0].replace(/^\S+\s+/, '').length;
      const end = m.index + m[0].length;
      const day = pickInstance(days, ctx.reference, ctx.directionAt(start, end, false));
      out.push(span(ctx, start, end, { ...day, precision: 'day' }));
    }
    return out;
  },
};
