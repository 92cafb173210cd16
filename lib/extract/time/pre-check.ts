/**
 * Cheap gate before the stages run: most sentences name no time at all, and one
 * case-insensitive scan is far cheaper than a dozen parsers.
 */

// Any digit, or any stem a time word starts with (months, weekdays, units, seasons).
const MAYBE_TIME =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|tonight|tomorrow|week|month|year|quarter|half|spring|summer|autumn|fall|winter|morning|evening|night|afternoon/i;

/** True when the sentence might hold a time expression (false → it certainly does not). */
export function mayHoldTime(text: string): boolean {
  return MAYBE_TIME.test(text);
}

// Words that name a time, for reporting: a month, a weekday, a relative day or unit, a year.
const TIME_WORDS = new RegExp(
  '\\b(?:January|February|March|April|May|June|July|August|September|October|November|' +
    'December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|' +
    'Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|tomorrow|week|weekend|month|' +
    'year|quarter|half|spring|summer|autumn|winter|days|(?:19|20)\\d{2})\\b',
);

/** True when the sentence contains a word that names a time (used to explain misses). */
export function hasTimeWords(text: string): boolean {
  return TIME_WORDS.test(text);
}
