/**
 * Calendar units named relative to the reference: "last week" (Monday–Sunday, `days`),
 * "this weekend", "next month", "earlier this month", "last year", "three weeks ago",
 * "in two months", "over the weekend" (by tense), and "in the coming days" / "in the next few days"
 * / "for a few more days" in a plan (the reference and the seven days after it, `days`).
 */
import {
  addDays,
  monthOf,
  parseDay,
  weekRange,
  weekdayIndex,
  yearRange,
  type Range,
} from './date-math';
import { CARDINAL, cardinal } from './lexicon';
import type { Precision } from '../../types';
import { span, type Parser, type TimeSpan } from './types';

const NAMED = new RegExp(
  '\\b(last|this|next|the\\s+coming|coming|the\\s+current|(?:earlier|later|early|late)\\s+(?:this|next|last))' +
    '\\s+(week|weekend|month|year)\\b',
  'gi',
);
const COUNTED = new RegExp(
  `\\b(?:(${CARDINAL})\\s+(week|month|year)s?\\s+ago|in\\s+(${CARDINAL})\\s+(week|month|year)s?(?!\\s*['’]))\\b`,
  'gi',
);
const THE_WEEKEND =
  /\b(?:over|at|during|on|this\s+past)\s+the\s+weekend\b|\bthis\s+past\s+weekend\b/gi;
const COMING_DAYS =
  /\b(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?:coming\s+days|next\s+(?:(?:few|several|couple\s+of)\s+)?days|days\s+ahead)\b/gi;

const A_FEW_DAYS =
  /\b(?:in|for|within)\s+(?:a\s+few|a\s+couple\s+of|several)\s+(?:more\s+)?days\b/gi;

function unitRange(reference: string, unit: string, shift: number): [Range, Precision] {
  const u = unit.toLowerCase();
  if (u === 'week') return [weekRange(reference, shift), 'days'];
  if (u === 'weekend') {
    const saturday = addDays(weekRange(reference, shift).start, 5);
    return [{ start: saturday, end: addDays(saturday, 1) }, 'days'];
  }
  if (u === 'month') return [monthOf(reference, shift), 'month'];
  return [yearRange(parseDay(reference).y + shift), 'year'];
}

function shiftOf(cue: string): number {
  const c = cue.toLowerCase();
  if (/\blast$/.test(c)) return -1;
  if (/\bnext$|coming$/.test(c)) return 1;
  return 0;
}

export const relativeUnit: Parser = {
  kind: 'parser',
  name: 'relative-unit',
  gate: /week|month|year|days/i,
  parse(ctx) {
    const out: TimeSpan[] = [];
    const push = (start: number, end: number, [range, precision]: [Range, Precision]) =>
      out.push(span(ctx, start, end, { ...range, precision }));
    NAMED.lastIndex = 0;
    for (let m = NAMED.exec(ctx.text); m; m = NAMED.exec(ctx.text)) {
      push(m.index, m.index + m[0].length, unitRange(ctx.reference, m[2], shiftOf(m[1])));
    }
    COUNTED.lastIndex = 0;
    for (let m = COUNTED.exec(ctx.text); m; m = COUNTED.exec(ctx.text)) {
      const n = cardinal(m[1] ?? m[3]);
      if (!Number.isFinite(n)) continue;
      // "in two years" is a date only in a future or scheduled clause ("his first visit in 24 years" is a gap).
      if (m[3] && !/^(?:future|present)$/.test(ctx.directionAt(m.index, m.index + m[0].length)))
        continue;
      push(m.index, m.index + m[0].length, unitRange(ctx.reference, m[2] ?? m[4], m[1] ? -n : n));
    }
    THE_WEEKEND.lastIndex = 0;
    for (let m = THE_WEEKEND.exec(ctx.text); m; m = THE_WEEKEND.exec(ctx.text)) {
      // The weekend under way, else the one just past (past tense) or the next one.
      const end = m.index + m[0].length;
      const onWeekend = weekdayIndex(ctx.reference) >= 5;
      const past = /past/i.test(m[0]) || ctx.directionAt(m.index, end) === 'past';
      push(m.index, end, unitRange(ctx.reference, 'weekend', onWeekend || !past ? 0 : -1));
    }
    COMING_DAYS.lastIndex = 0;
    for (let m = COMING_DAYS.exec(ctx.text); m; m = COMING_DAYS.exec(ctx.text)) {
      push(m.index, m.index + m[0].length, [
        { start: ctx.reference, end: addDays(ctx.reference, 7) },
        'days',
      ]);
    }
    // "will continue for a few more days", "will arrive in a few days": a plan only; a stay
    // told in the past ("stayed for a few days") is a length, not a date.
    A_FEW_DAYS.lastIndex = 0;
    for (let m = A_FEW_DAYS.exec(ctx.text); m; m = A_FEW_DAYS.exec(ctx.text)) {
      const end = m.index + m[0].length;
      if (ctx.directionAt(m.index, end) !== 'future') continue;
      push(m.index, end, [{ start: ctx.reference, end: addDays(ctx.reference, 7) }, 'days']);
    }
    return out;
  },
};
