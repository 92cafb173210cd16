/**
 * A month with its year: "August 2011", "in May, 2015", "July-August 2001",
 * "November last year", "June of this year". Precision `month`; a span of two months
 * ("July-August") covers both.
 */
import { monthsRange, parseDay } from './date-math';
import { MONTH_ANY, MONTH_FULL, YEAR_REF, monthNumber, yearFrom } from './lexicon';
import { span, type Parser, type TimeSpan } from './types';

const MONTH_YEAR = new RegExp(
  `\\b(?:(${MONTH_ANY})\\.?\\s*[-–/]\\s*)?(${MONTH_ANY})\\b\\.?,?\\s+(?:of\\s+)?(${YEAR_REF})\\b(?![-–]\\d|\\d|\\s*(?:%|percent))`,
  'g',
);

const FULL = new RegExp(`^(?:${MONTH_FULL})$`);

export const monthYear: Parser = {
  kind: 'parser',
  name: 'month-year',
  gate: /\d|year/,
  parse(ctx) {
    const out: TimeSpan[] = [];
    const refYear = parseDay(ctx.reference).y;
    MONTH_YEAR.lastIndex = 0;
    for (let m = MONTH_YEAR.exec(ctx.text); m; m = MONTH_YEAR.exec(ctx.text)) {
      const last = monthNumber(m[2]);
      const first = m[1] ? monthNumber(m[1]) : last;
      // Abbreviations alone ("Mar") are only months before a written year.
      if (!m[1] && !FULL.test(m[2]) && !/^\d/.test(m[3])) continue;
      const year = yearFrom(m[3], refYear);
      // "December-January 2015": the first month belongs to the year before.
      const startYear = first > last ? year - 1 : year;
      const count = (year - startYear) * 12 + last - first + 1;
      const range = monthsRange(startYear, first, count);
      out.push(span(ctx, m.index, m.index + m[0].length, { ...range, precision: 'month' }));
    }
    return out;
  },
};
