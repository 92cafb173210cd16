/**
 * Seasons, meteorological, northern hemisphere: spring Mar–May, summer Jun–Aug, autumn/fall
 * Sep–Nov, winter Dec–Feb (labelled by its December's year). "this summer", "in the spring",
 * "last winter", "autumn 2024", "the fall of 2019". A cue word is required, so "a hot spring"
 * and "the fall of Saigon" are not dates.
 */
import { monthsRange, parseDay, resolveCycle, type CycleMode } from './date-math';
import { YEAR_REF, yearFrom } from './lexicon';
import { span, type Parser, type TimeSpan } from './types';

const SEASON = new RegExp(
  '\\b(?:(this\\s+coming|this|last|next|coming|early|late|mid-?|in|during|since|by|until|through|over|throughout|for)\\s+)?' +
    '(?:the\\s+)?(spring|summer|autumn|fall|winter)\\b(?:\\s+(?:of\\s+)?(' +
    YEAR_REF +
    '))?',
  'gi',
);

const START_MONTH: Record<string, number> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
};

export const season: Parser = {
  kind: 'parser',
  name: 'season',
  gate: /spring|summer|autumn|fall|winter/i,
  parse(ctx) {
    const out: TimeSpan[] = [];
    SEASON.lastIndex = 0;
    for (let m = SEASON.exec(ctx.text); m; m = SEASON.exec(ctx.text)) {
      const [, cueRaw, name, yearText] = m;
      const cue = (cueRaw ?? '').toLowerCase().replace(/\s+/g, ' ');
      const word = name.toLowerCase();
      // Capitalised seasons are names ("Arab Spring") unless a cue or a year says otherwise.
      if (name[0] !== word[0] && !cue && !yearText) continue;
      if (!cue && !yearText && !/\bthe\s/i.test(m[0])) continue;
      if (word === 'fall' && !yearText && !/the\s+fall$|^(?:this|last|next)/i.test(m[0])) continue;
      if (!yearText && /^\s+of\s/.test(ctx.text.slice(m.index + m[0].length))) continue;
      const end = m.index + m[0].length;
      let mode: CycleMode;
      if (yearText) mode = { year: yearFrom(yearText, parseDay(ctx.reference).y) };
      else if (cue === 'last') mode = 'last';
      else if (cue === 'next' || cue === 'coming' || cue === 'this coming') mode = 'next';
      else if (cue === 'this') mode = 'this';
      else if (cue === 'since') mode = 'past';
      else mode = ctx.directionAt(m.index, end);
      const range = resolveCycle((y) => monthsRange(y, START_MONTH[word], 3), ctx.reference, mode);
      // Keep a leading preposition out of the span text.
      const lead = /^(?:in|during|since|by|until|through|over|throughout|for)\s+(?:the\s+)?/i.exec(
        m[0],
      );
      const start = m.index + (lead ? lead[0].length : 0);
      out.push(span(ctx, start, end, { ...range, precision: 'season' }));
    }
    return out;
  },
};
