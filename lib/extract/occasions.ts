import type { DateRange } from '../types';
import type { Sentence } from './sentences';
import { tagTimes } from './time';
import { addDays } from './time/date-math';
import { statementSpan } from './dating';

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

// Names one occasion may go by in the same article ("the May 9 ceremony", "the celebrations").
const COMMEMORATIONS = ['celebration', 'ceremony', 'parade'];
const BEFORE_NOUN = /^(?:['’]s)?\s+(?:[A-Z][\w'’-]*\s+){0,3}$/;
const noun = (word: string) => word.toLowerCase().replace(/s$/, '');

/**
 * Dates an article gives its occasions ("the May 9 celebrations will feature a parade"): each
 * occasion noun of a sentence dated by one day takes that day. First mention wins.
 */
export function occasionDates(sentences: Sentence[], articleDate: string): Map<string, DateRange> {
  const out = new Map<string, DateRange>();
  for (const s of sentences) {
    if (!QUICK.test(s.text) || !HAS_TIME_WORD.test(s.text)) continue;
    const all = tagTimes(s.text, articleDate).filter((t) => t.value.precision === 'day');
    // '"… the celebrations," the agency reported on Monday': the report's day is no occasion's.
    const said = statementSpan(s.text, all, articleDate);
    const days = all.filter((t) => t !== said);
    if (days.length === 0) continue;
    const one = days.every((d) => d.value.start === days[0].value.start) ? days[0] : null;
    for (const m of s.text.matchAll(OCCASION)) {
      const key = noun(m[1]);
      // "the May 9 ceremony": a day printed right before the noun is that occasion's.
      const own = days.find(
        (d) => d.end <= (m.index ?? 0) && BEFORE_NOUN.test(s.text.slice(d.end, m.index)),
      );
      const day = own ?? one;
      if (day && !out.has(key)) out.set(key, { ...day.value, text: day.text });
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
  // One day for the article's commemorations: "the ceremony" is "the celebrations".
  const dated = COMMEMORATIONS.map((k) => occasions.get(k)).filter((d) => d !== undefined);
  const only = new Set(dated.map((d) => d.start)).size === 1 ? dated[0] : undefined;
  for (const m of quote.matchAll(OCCASION)) {
    const key = noun(m[1]);
    const date = occasions.get(key) ?? (COMMEMORATIONS.includes(key) ? only : undefined);
    if (!date) continue;
    if (offset !== 0) {
      const day = addDays(date.start, offset);
      return { start: day, end: day, precision: 'day', text: '' };
    }
    if (GOES_TO.test(quote.slice(Math.max(0, (m.index ?? 0) - 60), m.index))) return { ...date };
  }
  return null;
}
