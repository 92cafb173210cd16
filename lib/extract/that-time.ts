/**
 * "In June 2024, Putin visited Kim in Pyongyang. At that time, Putin said he hoped …": a sentence
 * that opens by pointing back at the time just told ("At that time", "At the time", "On that
 * occasion") happened then. The pointer becomes a time span of its own,
 * at the start of the sentence, carrying the last past time of the sentence before.
 */
import type { TimeSpan } from './time';

// "During the trip, he is to meet Kim" points at a happening, not at a time already told.
const THAT_TIME = /^(?:At\s+(?:that|the)\s+time|On\s+that\s+occasion)\s*,/;

/** The words of an opening back-pointer ("At that time"), or null. */
export function thatTimeOpening(text: string): string | null {
  const m = THAT_TIME.exec(text);
  return m ? m[0].replace(/\s*,$/, '') : null;
}

/**
 * `own` with the back-pointer added as a span when the sentence opens with one and the sentence
 * before (`previous`, its tagged times, computed only when needed) told a past time; the
 * article's date `anchor` separates past from plans.
 */
export function withThatTime(
  text: string,
  own: TimeSpan[],
  previous: () => TimeSpan[],
  anchor: string,
): TimeSpan[] {
  const words = thatTimeOpening(text);
  if (!words) return own;
  const past = previous().filter((s) => s.value.end <= anchor);
  if (past.length === 0) return own;
  const { value, relative } = past[past.length - 1];
  return [{ start: 0, end: words.length, text: words, value, relative }, ...own];
}
