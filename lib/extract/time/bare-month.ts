/**
 * A month without a year: "in May", "since December", "last November", "this coming
 * September", "earlier in January", "a May ceremony", "in May and June". Precision `month`.
 * "May" is the month only after a cue word (the modal verb "may" is lower case, and "Theresa
 * May" has no cue); other month names count when not followed by a capitalised word ("April
 * Ryan") or a number (full-date and month-year read those).
 */
import { monthsRange, parseDay, pickInstance, type Direction } from './date-math';
import { MONTH_FULL, capitalisable, monthNumber } from './lexicon';
import { span, type Context, type Parser, type TimeSpan } from './types';

const CUE = `(${capitalisable(
  'this\\s+coming|this|last|next|coming|earlier\\s+in|later\\s+in|early|late|mid-?|' +
    'in|on|of|by|since|until|till|through|from|during|before|after|for|throughout|a|the',
)})`;
const MONTH = new RegExp(
  `(?:\\b${CUE}(?:\\s+|(?<=mid-))((?:early|late|mid)-?\\s*)?)?\\b(${MONTH_FULL})\\b(?!\\s*\\.?\\s*\\d)`,
  'g',
);
const LIST_NEXT = new RegExp(
  `^(?:\\s*[,–-]\\s*|\\s+(?:and|or|to)\\s+)(${MONTH_FULL})\\b(?!\\s*\\d)`,
);

type Mode = 'last' | 'this' | 'next' | Direction;

function modeOf(cue: string, ctx: Context, start: number, end: number): Mode {
  const c = cue.toLowerCase().replace(/\s+/g, ' ');
  if (c === 'last') return 'last';
  if (c === 'this') return 'this';
  if (c === 'next' || c === 'coming' || c === 'this coming') return 'next';
  if (c === 'since' || c === 'earlier in') return 'past';
  if (c === 'later in') return 'future';
  return ctx.directionAt(start, end);
}

function resolve(ctx: Context, month: number, mode: Mode) {
  const ref = parseDay(ctx.reference);
  const candidates = [-1, 0, 1].map((k) => monthsRange(ref.y + k, month));
  if (mode === 'this') return candidates[1];
  if (mode === 'last') return month < ref.m ? candidates[1] : candidates[0];
  if (mode === 'next') return month > ref.m ? candidates[1] : candidates[2];
  return pickInstance(candidates, ctx.reference, mode);
}

export const bareMonth: Parser = {
  kind: 'parser',
  name: 'bare-month',
  gate: /January|February|March|April|May|June|July|August|September|October|November|December/,
  parse(ctx) {
    const out: TimeSpan[] = [];
    MONTH.lastIndex = 0;
    for (let m = MONTH.exec(ctx.text); m; m = MONTH.exec(ctx.text)) {
      const cue = m[1] ?? '';
      const name = m[3];
      const qualifier = m[2] ?? '';
      if (
        !cue &&
        (name === 'May' || /^\s+[A-Z]/.test(ctx.text.slice(MONTH.lastIndex, MONTH.lastIndex + 3)))
      )
        continue;
      const keepsCue = /^(?:this|last|next|coming|earlier|later|early|late|mid)/i.test(cue);
      const start = keepsCue ? m.index : m.index + m[0].length - name.length - qualifier.length;
      const end = m.index + m[0].length;
      const mode = modeOf(cue, ctx, start, end);
      out.push(
        span(ctx, start, end, { ...resolve(ctx, monthNumber(name), mode), precision: 'month' }),
      );
      // "in May and June": the list shares the first month's cue.
      let at = end;
      for (let n = LIST_NEXT.exec(ctx.text.slice(at)); n; n = LIST_NEXT.exec(ctx.text.slice(at))) {
        const s = at + n[0].length - n[1].length;
        at += n[0].length;
        out.push(
          span(ctx, s, at, { ...resolve(ctx, monthNumber(n[1]), mode), precision: 'month' }),
        );
      }
      MONTH.lastIndex = Math.max(MONTH.lastIndex, at);
    }
    return out;
  },
};
