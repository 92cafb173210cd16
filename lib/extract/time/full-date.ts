/**
 * Month and day, with or without a year: "April 25, 2019", "Sept. 13", "21 May 2025",
 * "21 May. 2025", "the 9th of May", "Nov 18, 2014", and day ranges "May 9-10", "Jan. 16 to 18",
 * "16-17 January", "20 to 22 March" (`days`).
 * Without a year the day is the instance nearest the reference that fits the tense.
 */
import { makeDay, parseDay, pickInstance, type Direction } from './date-math';
import { MONTH_ANY, monthNumber } from './lexicon';
import { span, type Context, type Parser, type TimeSpan } from './types';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+((?:19|20)\\d{2})\\b)?';
// A second day closing a range: "9-10", "16 to 18", "20 to 22 at the invitation of" (not "16
// to 18 countries": a noun after the number counts things).
// "August 6 and 7": two days in a row are one stretch (two apart are a list, left alone).
const NOT_COUNTED =
  '(?!\\s+(?!(?:and|or|at|in|on|to|for|with|when|as|the|a|an|of|from|by)\\b)[a-z])';
const TO_DAY = `(?:\\s*[-–]\\s*(\\d{1,2})\\b|\\s+(?:to|through|until)\\s+(\\d{1,2})\\b${NOT_COUNTED}|\\s+and\\s+(\\d{1,2})\\b${NOT_COUNTED})?`;
// "April 25, 2019", "Sept. 13", "May 9-10", "Jan. 16 to 18"
const MONTH_FIRST = new RegExp(
  `\\b(${MONTH_ANY})\\.?\\s+${DAY}${TO_DAY}(?![\\d:,.]\\d|\\s*(?:%|percent|per\\s+cent))\\b${YEAR}`,
  'g',
);
// "21 May 2025", "21 May. 2025", "9th of May", "16-17 January", "20 to 22 March"
// The period of "May." belongs to the date only when a year follows.
const DAY_FIRST = new RegExp(
  `\\b${DAY}(?:\\s*[-–]\\s*(\\d{1,2})|\\s+(?:to|until|through)\\s+(?=\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_ANY})\\b)(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(${MONTH_ANY})\\b(?:\\.(?=,?\\s+(?:19|20)\\d{2}\\b))?${YEAR}`,
  'g',
);

/** A month-day found in the text, before the year is settled. */
export interface RawDate {
  start: number;
  end: number;
  month: number;
  day: number;
  lastDay: number;
  year: number | null;
}

// dateline and fullDate both read the same sentence: remember the last answer.
let cached: { text: string; dates: RawDate[] } | null = null;

/** Every month-day expression in the text (overlaps allowed; later stages pick). */
export function findDates(text: string): RawDate[] {
  if (cached?.text !== text) cached = { text, dates: scan(text) };
  return cached.dates;
}

function scan(text: string): RawDate[] {
  const out: RawDate[] = [];
  MONTH_FIRST.lastIndex = 0;
  for (let m = MONTH_FIRST.exec(text); m; m = MONTH_FIRST.exec(text)) {
    const day = Number(m[2]);
    if (m[5] && Number(m[5]) !== day + 1) {
      // "May 9 and 12": a list; the first day stands alone (the list's reader takes the rest).
      const end = m.index + m[0].search(/\s+and\s+\d/);
      out.push({ start: m.index, end, month: monthNumber(m[1]), day, lastDay: day, year: null });
      continue;
    }
    const lastDay = m[3] || m[4] || m[5] ? Number(m[3] ?? m[4] ?? m[5]) : day;
    if (lastDay < day) continue;
    out.push(raw(m, monthNumber(m[1]), day, lastDay, m[6]));
  }
  DAY_FIRST.lastIndex = 0;
  for (let m = DAY_FIRST.exec(text); m; m = DAY_FIRST.exec(text)) {
    const second = m[2] ?? m[3];
    const lastDay = second ? Number(second) : Number(m[1]);
    if (lastDay < Number(m[1])) continue;
    out.push(raw(m, monthNumber(m[4]), Number(m[1]), lastDay, m[5]));
  }
  return out;
}

function raw(
  m: RegExpExecArray,
  month: number,
  day: number,
  lastDay: number,
  year: string | undefined,
): RawDate {
  const end = m.index + m[0].length;
  return { start: m.index, end, month, day, lastDay, year: year ? Number(year) : null };
}

/** The span for a raw date, choosing the year by `dir` when the text gives none. */
export function resolveDate(
  ctx: Context,
  r: RawDate,
  dir: Direction | null = null,
): TimeSpan | null {
  const years = r.year ? [r.year] : [-1, 0, 1].map((k) => parseDay(ctx.reference).y + k);
  const instances = years
    .map((y) => ({ start: makeDay(y, r.month, r.day), end: makeDay(y, r.month, r.lastDay) }))
    .filter((c): c is { start: string; end: string } => c.start !== null && c.end !== null);
  if (instances.length === 0) return null;
  const chosen = pickInstance(instances, ctx.reference, dir ?? ctx.directionAt(r.start, r.end));
  const precision = r.lastDay === r.day ? 'day' : 'days';
  return span(ctx, r.start, r.end, { ...chosen, precision });
}

export const fullDate: Parser = {
  kind: 'parser',
  name: 'full-date',
  gate: /\d/,
  parse(ctx) {
    return findDates(ctx.text)
      .map((r) => resolveDate(ctx, r))
      .filter((s): s is TimeSpan => s !== null);
  },
};
