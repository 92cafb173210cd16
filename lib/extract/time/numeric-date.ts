/**
 * Dates written in figures: "19/06/2024", "06/19/2024", "19.06.2024". Day-first and
 * month-first are both in use, so a date is read only when it can be read one way (a part
 * above 12, or both parts equal); "05/06/2024" is left alone rather than guessed.
 */
import { makeDay } from './date-math';
import { span, type Parser, type TimeSpan } from './types';

const NUMERIC = /\b(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})\b/g;

export const numericDate: Parser = {
  kind: 'parser',
  name: 'numeric-date',
  gate: /\d[./]\d/,
  parse(ctx) {
    const out: TimeSpan[] = [];
    NUMERIC.lastIndex = 0;
    for (let m = NUMERIC.exec(ctx.text); m; m = NUMERIC.exec(ctx.text)) {
      const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
      const dayFirst = a > 12 || a === b;
      const monthFirst = b > 12;
      if (dayFirst === monthFirst) continue;
      const day = dayFirst ? makeDay(y, b, a) : makeDay(y, a, b);
      if (!day) continue;
      out.push(
        span(ctx, m.index, m.index + m[0].length, { start: day, end: day, precision: 'day' }),
      );
    }
    return out;
  },
};
