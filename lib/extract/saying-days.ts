import { statementSpan } from './dating';
import type { Sentence } from './sentences';
import type { PeopleIndex } from './speakers/people-index';
import { REPORTING } from './lexicon';
import { hasTimeWords, tagTimes } from './time';
import { diffDays } from './time/date-math';

// Cheap signs that a sentence may date somebody's words: a verb of saying (the lexicon's, or
// "was asked") and a word of time.
const ASKED = /\basked\b/;
// Words are reported within days of being said; an older day is some earlier occasion.
const REPORTED_WITHIN = 7;

/**
 * The day each named person spoke on, as the article dates it anywhere ("On Monday, Peskov was
 * asked …", "In a briefing on Tuesday, Ushakov said …"), even in sentences that tell no event:
 * that person's other words, undated where they stand, were said that day. The person named
 * first in the sentence is the one speaking; the first day found for a person is kept.
 */
export function sayingDays(
  story: Sentence[],
  people: PeopleIndex,
  anchor: string,
): Map<string, string> {
  const days = new Map<string, string>();
  for (const sentence of story) {
    const speaker = people.inSentence[sentence.index]?.[0];
    if (!speaker || days.has(speaker.name)) continue;
    const text = sentence.text;
    if (!(REPORTING.test(text) || ASKED.test(text)) || !hasTimeWords(text)) continue;
    const span = statementSpan(text, tagTimes(text, anchor), anchor);
    if (span?.value.precision !== 'day') continue;
    if (diffDays(span.value.start, anchor) > REPORTED_WITHIN) continue;
    days.set(speaker.name, span.value.start);
  }
  return days;
}
