/**
 * "the first anniversary of the treaty signed on June 18, 2024": an anniversary of a dated
 * happening falls that many years after it. The anniversary becomes a span of its own (the
 * happening's date stays, since other mentions may need it), with the date's precision.
 */
import { makeDay, parseDay } from './date-math';
import { ORDINAL_NAMES, ordinal } from './lexicon';
import { span, type Refiner, type TimeSpan } from './types';

const ANNIVERSARY = new RegExp(
  `\\b(${ORDINAL_NAMES}|\\d{1,3}(?:st|nd|rd|th))\\s+anniversary\\s+of\\b`,
  'gi',
);
// Only an anniversary that places something: "around the first anniversary", "to mark the …"
// (not "recalled dates such as the 70th anniversary").
const PLACING_BEFORE =
  /\b(?:on|around|for|by|at|during|ahead of|before|after|until|to mark|marking|marks|coincid\w+ with|celebrations? of|commemorations? of|celebrat\w+|commemorat\w+)\s+(?:the\s+)?$/i;
// The dated happening stays in the anniversary's phrase: no sentence break or new clause.
const REACH = 120;
const BREAK = /[;:!?]|\.\s|,\s+(?:and|but|while|which|when|as)\b/;

function shift(iso: string, n: number): string {
  const { y, m, d } = parseDay(iso);
  // 29 February has its anniversary on 28 February in common years.
  return makeDay(y + n, m, d) ?? makeDay(y + n, m, d - 1) ?? iso;
}

export const anniversary: Refiner = {
  kind: 'refiner',
  name: 'anniversary',
  refine(ctx, spans) {
    if (!/anniversary/i.test(ctx.text)) return spans;
    const out: TimeSpan[] = [...spans];
    ANNIVERSARY.lastIndex = 0;
    for (let m = ANNIVERSARY.exec(ctx.text); m; m = ANNIVERSARY.exec(ctx.text)) {
      const end = m.index + m[0].length;
      if (out.some((s) => s.start < end && s.end > m!.index)) continue;
      const n = ordinal(m[1]);
      const object = out.find(
        (s) =>
          s.start >= end &&
          s.start - end <= REACH &&
          !s.relative &&
          !BREAK.test(ctx.text.slice(end, s.start)),
      );
      if (!object || n < 1) continue;
      if (!PLACING_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const { value } = object;
      // "the end of the Korean War (1950-1953)": a period of years has no one anniversary.
      if (value.start.slice(0, 4) !== value.end.slice(0, 4)) continue;
      const at = span(ctx, m.index, end, {
        start: shift(value.start, n),
        end: shift(value.end, n),
        precision: value.precision,
      });
      // Its year is written, in the happening's date.
      out.push({ ...at, relative: false });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
