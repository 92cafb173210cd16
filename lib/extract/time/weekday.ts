/**
 * Weekdays: "on Monday", "Thursday", "from Sunday", "last Friday", "next Tuesday",
 * "early Saturday morning". Past tense → the nearest one on or before the reference; future or
 * a present-tense schedule ("Kim meets Putin on Saturday") → the nearest one on or after it. The
 * reference itself counts when it is that weekday (EVENTS.md: "will hold talks on Thursday" in
 * a Thursday article is that day; "next Thursday" is the week after). No verb → the nearest.
 * The verb decides even past an event noun ("made the offer at a dinner on Wednesday").
 */
import { addDays, weekRange, weekdayIndex, type Direction } from './date-math';
import { capitalisable, weekdayNumber } from './lexicon';
import { span, type Parser, type TimeSpan } from './types';

const WEEKDAY = new RegExp(
  `(?:\\b(${capitalisable('last|this\\s+coming|this|next|coming')})\\s+)?` +
    '\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b',
  'g',
);
// Holidays and newspapers named after a weekday.
const NOT_BEFORE =
  /\b(?:Black|Good|Super|Bloody|Ash|Holy|Easter|Cyber|Palm|Maundy|Shrove|Mail\s+on)\s+$/;
const NOT_AFTER =
  /^\s+(?:Times|Telegraph|Express|Herald|Mirror|Post|Mail|Star|Independent|Sport)\b/;

/** Days from the reference to the chosen weekday. */
export function weekdayOffset(
  refIndex: number,
  target: number,
  how: Direction | 'last' | 'next',
): number {
  const back = (refIndex - target + 7) % 7; // 0..6 days ago
  const ahead = (target - refIndex + 7) % 7; // 0..6 days ahead
  switch (how) {
    case 'last':
      return -(back || 7);
    case 'next':
      return ahead || 7;
    case 'past':
      return 0 - back;
    case 'future':
    case 'present':
      return ahead;
    default:
      return back <= 3 ? 0 - back : ahead;
  }
}

export const weekday: Parser = {
  kind: 'parser',
  name: 'weekday',
  gate: /day/,
  parse(ctx) {
    const out: TimeSpan[] = [];
    const refIndex = weekdayIndex(ctx.reference);
    WEEKDAY.lastIndex = 0;
    for (let m = WEEKDAY.exec(ctx.text); m; m = WEEKDAY.exec(ctx.text)) {
      const end = m.index + m[0].length;
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      if (!m[1] && NOT_BEFORE.test(before)) continue;
      if (NOT_AFTER.test(ctx.text.slice(end, end + 14))) continue;
      const target = weekdayNumber(m[2]);
      const cue = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
      let day: string;
      if (cue === 'this') {
        day = addDays(weekRange(ctx.reference).start, target);
      } else {
        const how = cue === 'last' ? 'last' : cue ? 'next' : ctx.directionAt(m.index, end, false);
        day = addDays(ctx.reference, weekdayOffset(refIndex, target, how));
      }
      out.push(span(ctx, m.index, end, { start: day, end: day, precision: 'day' }));
    }
    return out;
  },
};
