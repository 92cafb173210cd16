/**
 * Joins spans that name one time together:
 * - a weekday before its date, "Tuesday, January 16" → the date;
 * - a range, "Sunday to Sept. 13", "from May to July", "between March 3 and March 5", "arrive
 *   Tuesday and stay until Wednesday" → one
 *   span from the first start to the second end. Two months or two years keep that precision;
 *   anything else becomes `days`.
 * A list ("in 2019 and 2023") is not a range and stays two spans.
 */
import type { Precision } from '../../types';
import type { Refiner, TimeSpan } from './types';

const WEEKDAY_ONLY = /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;
const COMMA = /^,?\s*(?:the\s+)?$/;
const RANGE = /^\s*(?:to|until|till|through|thru|-|–|—)\s*$/;
const AND = /^\s+and\s+$/;
// "arrive late Tuesday and stay until Wednesday": a stay from one time to the other.
const STAY_UNTIL =
  /^\s+and\s+(?:to\s+)?stay(?:s|ed|ing)?\s+(?:there\s+|on\s+)?(?:until|till|through)\s+$/i;

function join(a: TimeSpan, b: TimeSpan, text: string): TimeSpan {
  let precision: Precision = 'days';
  if (a.value.precision === b.value.precision && /^(?:month|year)$/.test(a.value.precision)) {
    precision = a.value.precision;
  }
  return {
    start: a.start,
    end: b.end,
    text: text.slice(a.start, b.end),
    value: { start: a.value.start, end: b.value.end, precision },
    relative: a.relative || b.relative,
  };
}

export const mergeAdjacent: Refiner = {
  kind: 'refiner',
  name: 'merge-adjacent',
  refine(ctx, spans) {
    const out: TimeSpan[] = [];
    for (const s of spans) {
      const prev = out[out.length - 1];
      if (!prev) {
        out.push(s);
        continue;
      }
      const gap = ctx.text.slice(prev.end, s.start);
      if (WEEKDAY_ONLY.test(prev.text) && COMMA.test(gap) && s.value.precision === 'day') {
        out[out.length - 1] = { ...s, start: prev.start, text: ctx.text.slice(prev.start, s.end) };
        continue;
      }
      const before = ctx.text.slice(Math.max(0, prev.start - 8), prev.start);
      const isRange =
        RANGE.test(gap) || STAY_UNTIL.test(gap) || (AND.test(gap) && /\bbetween\s+$/i.test(before));
      if (isRange && prev.value.start <= s.value.end && prev.value.precision !== 'unknown') {
        out[out.length - 1] = join(prev, s, ctx.text);
        continue;
      }
      out.push(s);
    }
    return out;
  },
};
