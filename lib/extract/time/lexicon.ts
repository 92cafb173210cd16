/** Month and weekday names, shared by the parsers as regex fragments and lookup tables. */

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Full names, capitalised as printed in running text. */
export const MONTH_FULL =
  'January|February|March|April|May|June|July|August|September|October|November|December';

/** Full names or abbreviations (with an optional period), as used before a day number. */
export const MONTH_ANY =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

export const WEEKDAY =
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun';

const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** 1..12 for a month name or abbreviation (any case, trailing period allowed), else 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTH_NAMES.findIndex(
    (name) => name.startsWith(w) || (w === 'sept' && name === 'september'),
  );
  return i + 1;
}

/** 0 = Monday … 6 = Sunday for a weekday name or abbreviation, else -1. */
export function weekdayNumber(word: string): number {
  return WEEKDAY_NAMES.indexOf(word.toLowerCase().slice(0, 3));
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  final: -1,
  last: -1,
  latter: -1,
};

/** 1-based position for "first"/"2nd"/"tenth"/"75th", -1 for "final"/"last"/"latter", 0 if unknown. */
export function ordinal(word: string): number {
  const w = word.toLowerCase();
  const numeral = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  return ORDINAL_WORDS[w] ?? (numeral ? Number(numeral[1]) : 0);
}

/** Ordinals spelt out, for patterns: "first|second|…|tenth". */
export const ORDINAL_NAMES = Object.keys(ORDINAL_WORDS)
  .filter((w) => ORDINAL_WORDS[w] > 0 && /^[a-z]+$/.test(w))
  .join('|');

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** A small cardinal ("three", "3", "a") as a number, else NaN. */
export function cardinal(word: string): number {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? NaN;
}
export const CARDINAL =
  '\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';

/** Resolves "this year"/"last year"/"next year"/"2019" against the reference year. */
export function yearFrom(expr: string, referenceYear: number): number {
  const w = expr.toLowerCase().replace(/^the\s+/, '');
  if (/^\d{4}$/.test(w)) return Number(w);
  if (w.startsWith('last') || w.startsWith('previous')) return referenceYear - 1;
  if (w.startsWith('next') || w.startsWith('coming')) return referenceYear + 1;
  return referenceYear;
}
/** Regex fragment for the year expressions `yearFrom` understands. */
export const YEAR_REF =
  '(?:this|last|next|previous|the\\s+previous|the\\s+coming|the\\s+current)\\s+year|(?:19|20)\\d{2}';

/** A regex alternation whose words also match with a capital first letter (sentence start). */
export function capitalisable(alternatives: string): string {
  return alternatives
    .split('|')
    .map((w) => (/^[a-z]/.test(w) ? `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}` : w))
    .join('|');
}
