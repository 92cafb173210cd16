/**
 * Cheap gate before the stages run: most sentences name no time at all, and one
 * case-insensitive scan is far cheaper than a dozen parsers.
 */

// Any digit, a month name or abbreviation, or a stem every other time word contains.
const MAYBE_TIME =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|day|week|month|year|quarter|half|spring|summer|autumn|fall|winter|tonight|tomorrow|morning|evening|night|afternoon/i;

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
