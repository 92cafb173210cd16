/**
 * Days named relative to the reference: "yesterday", "today", "tomorrow", "tonight",
 * "this morning", "last night", "the day before yesterday", "three days ago", "in two days".
 */
import { addDays } from './date-math';
import { CARDINAL, cardinal } from './lexicon';
import { span, type Parser, type TimeSpan } from './types';

const NAMED = new RegExp(
  '\\b(?:(?:the\\s+day\\s+(before|after)\\s+)?(yesterday|tomorrow)|(earlier\\s+|later\\s+)?(today|tonight)|' +
    '(this|last)\\s+(morning|afternoon|evening|night))\\b',
  'gi',
);
const COUNTED = new RegExp(
  `\\b(?:(${CARDINAL})\\s+days?\\s+ago|in\\s+(${CARDINAL})\\s+days?(?!\\s*['’]))\\b`,
  'gi',
);

function offsetOf(m: RegExpExecArray): number | null {
  const word = (m[2] ?? m[4] ?? m[6] ?? '').toLowerCase();
  if (word === 'yesterday') return m[1]?.toLowerCase() === 'before' ? -2 : -1;
  if (word === 'tomorrow') return m[1]?.toLowerCase() === 'after' ? 2 : 1;
  if (word === 'today' || word === 'tonight') return 0;
  if (m[5]) return m[5].toLowerCase() === 'last' && word === 'night' ? -1 : 0;
  return null;
}

export const relativeDay: Parser = {
  kind: 'parser',
  name: 'relative-day',
  gate: /yesterday|today|tomorrow|tonight|morning|afternoon|evening|night|days?\b/i,
  parse(ctx) {
    const out: TimeSpan[] = [];
    NAMED.lastIndex = 0;
    for (let m = NAMED.exec(ctx.text); m; m = NAMED.exec(ctx.text)) {
      // "Russia Today", "TODAY": a capitalised "Today" inside a sentence, or in capitals, is a name.
      const word = m[4] ?? '';
      if (word === 'TODAY' || (/^To(?:day|night)$/.test(word) && m.index > 0 && !m[3])) continue;
      const offset = offsetOf(m);
      if (offset === null) continue;
      const day = addDays(ctx.reference, offset);
      out.push(
        span(ctx, m.index, m.index + m[0].length, { start: day, end: day, precision: 'day' }),
      );
    }
    COUNTED.lastIndex = 0;
    for (let m = COUNTED.exec(ctx.text); m; m = COUNTED.exec(ctx.text)) {
      const n = cardinal(m[1] ?? m[2]);
      if (!Number.isFinite(n)) continue;
      // "in two days" is a date only in a future or scheduled clause ("the first talks in 24 days" is a gap).
      if (m[2] && !/^(?:future|present)$/.test(ctx.directionAt(m.index, m.index + m[0].length)))
        continue;
      const day = addDays(ctx.reference, m[1] ? -n : n);
      out.push(
        span(ctx, m.index, m.index + m[0].length, { start: day, end: day, precision: 'day' }),
      );
    }
    return out;
  },
};
