import { datelineSpan } from './dating';
import { isNoise } from './noise';
import { canonicalOutlet } from './outlets/outlet-table';
import type { Sentence } from './sentences';
import { tagTimes } from './time';
import { diffDays } from './time/date-math';

/** A stray "date 2025-05-21" stamp before a headline: page noise, not words of the sentence. */
export const STAMP = /^date \d{4}-\d{2}-\d{2}\s+/;
/** A dateline (see datelineSpan) opens with a place (in capitals, or a line's first words) before a date near the start. */
export const DATELINE_HINT = /[A-Z][A-Z .'/-]{2,}|^[A-Z][a-z]+(?:[ /-][A-Z][a-z]+){0,3},/;
export const DATELINE_REACH = 90;
const DIGIT = /\d/;
const CAPITALS_BEFORE_COLON = /^([A-Z][A-Z .'’-]+):/;
const CITY_COUNTRY_BEFORE_COLON =
  /^[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}\s?,\s(?:[A-Z][\w.'’-]*\s?){1,3}:\s/;

/** "MOSCOW: Russia's foreign minister ...": a place in capitals before a colon (not "TASS:"). */
export function opensWithDatelineColon(text: string): boolean {
  // "Seoul , Korea: Russia is …": a city and its country before the colon.
  if (CITY_COUNTRY_BEFORE_COLON.test(text)) return true;
  const capitals = CAPITALS_BEFORE_COLON.exec(text);
  return capitals !== null && canonicalOutlet(capitals[1]) === null;
}
// A copy is published at most this many days after the story it carries was filed.
const REPUBLISHED_WITHIN = 7;
// Lines from the top, page furniture included, where a dateline may stand.
const DATELINE_LOOKAHEAD = 12;

/**
 * The day the story was filed: the dateline's ("MOSCOW, Nov 10 (Reuters) -") when a copy
 * dated a few days later carries it, else the article's own date. Relative times ("this week",
 * "on Saturday") count from it.
 */
export function filedOn(story: Sentence[], date: string): string {
  return filedFrom(datelineDay(story, date), date);
}

/** `filedOn` for a dateline day already found. */
export function filedFrom(dateline: string | null, date: string): string {
  return dateline && dateline < date && diffDays(dateline, date) <= REPUBLISHED_WITHIN
    ? dateline
    : date;
}

/** The day the first dateline near the top gives ("Moscow/Seoul, June 17"), or null. */
export function datelineDay(story: Sentence[], date: string): string | null {
  for (const s of story.slice(0, DATELINE_LOOKAHEAD)) {
    const text = s.text.replace(STAMP, '');
    const head = text.slice(0, DATELINE_REACH);
    // A dateline has capitals and a date's digits near the start; most lines have neither.
    if (!DIGIT.test(head) || !DATELINE_HINT.test(head) || isNoise(text)) continue;
    const day = datelineSpan(text, tagTimes(text, date))?.value.start;
    if (day) return day;
  }
  return null;
}
