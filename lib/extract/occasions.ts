import type { DateRange } from '../types';
import type { Sentence } from './sentences';
import { tagTimes } from './time';
import { addDays } from './time/date-math';

// Occasions a guest travels to. "summit" is an event kind of its own and "anniversary" is no
// date by itself (EVENTS.md), so neither names an occasion here.
const OCCASION =
  /\b(celebrations?|parade|ceremony|festival|games|olympics|inauguration|funeral|expo)\b/gi;
const QUICK = /celebration|parade|ceremony|festival|games|olympics|inauguration|funeral|expo/i;
const HAS_TIME_WORD =
  /\d|January|February|March|April|May|June|July|August|September|October|November|December|day\b/;
// "to attend the parade", "for a separate ceremony", "take part in the celebrations".
const GOES_TO =
  /\b(?:attend(?:s|ed|ing)?|take part in|taking part in|took part in|participate in|join|watch|for|at)\s+(?:the\s+|a\s+|an\s+|this\s+year['’]s\s+)?(?:[\w'’-]+\s+){0,4}$/i;
// A happening placed a day from the occasion named with it.
const NEXT_DAY = /\b(?:the (?:next|following) day|a day later)\b/i;
const DAY_BEFORE = /\b(?:the (?:day before|previous day|eve))\b/i;

/** Whether a sentence names an occasion at all (cheap; decides whether occasions are looked up). */
export function namesOccasion(text: string): boolean {
  return QUICK.test(text);
}

const noun = (word: string) => word.toLowerCase().replace(/s$/, '');

/**
 * Dates an article gives its occasions ("the May 9 celebrations will feature a parade"): each
 * occasion noun of a sentence dated by one day takes that day. First mention wins.
 */
export function occasionDates(sentences: Sentence[], articleDate: string): Map<string, DateRange> {
  const out = new Map<string, DateRange>();
  for (const s of sentences) {
    if (!QUICK.test(s.text) || !HAS_TIME_WORD.test(s.text)) continue;
    const days = tagTimes(s.text, articleDate).filter((t) => t.value.precision === 'day');
    if (days.length === 0 || days.some((d) => d.value.start !== days[0].value.start)) continue;
    for (const m of s.text.matchAll(OCCASION)) {
      const key = noun(m[1]);
      if (!out.has(key)) out.set(key, { ...days[0].value, text: days[0].text });
    }
  }
  return out;
}

/**
 * A trip to an occasion the article dates elsewhere ("to attend the Victory Day parade") takes
 * the occasion's day; "the next day" or "the day before" moves it by one.
 */
export function dateByOccasion(quote: string, occasions: Map<string, DateRange>): DateRange | null {
  if (occasions.size === 0) return null;
  const offset = NEXT_DAY.test(quote) ? 1 : DAY_BEFORE.test(quote) ? -1 : 0;
  for (const m of quote.matchAll(OCCASION)) {
    const date = occasions.get(noun(m[1]));
    if (!date) continue;
    if (offset !== 0) {
      const day = addDays(date.start, offset);
      return { start: day, end: day, precision: 'day', text: '' };
    }
    if (GOES_TO.test(quote.slice(Math.max(0, (m.index ?? 0) - 60), m.index))) return { ...date };
  }
  return null;
}
