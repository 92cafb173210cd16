/**
 * A stay of stated length from a stated day: "a three-day visit to Russia from Sunday",
 * "a two-day trip starting May 9", "arrived on Monday for a two-day visit", "began a two-day
 * visit to Varnia today" → the day and the
 * days after it (`days`). A length
 * alone ("their 10-day voyage") is not a date and gets no span.
 */
import { addDays } from './date-math';
import { CARDINAL, cardinal } from './lexicon';
import type { Refiner } from './types';

const LENGTH = new RegExp(
  `\\b(${CARDINAL})[-\\s]day\\b[^.;:!?]{0,60}?\\b(?:from|starting(?:\\s+on)?|beginning(?:\\s+on)?)\\s+$`,
  'i',
);

// "arrived on Monday for a two-day official visit": the stay follows its first day.
const LENGTH_AFTER = new RegExp(
  `^\\s+(?:for|on)\\s+(?:a|an|his|her|their)\\s+(${CARDINAL})[-\\s]day\\b`,
  'i',
);

// "began a historic two-day visit to North Korea today": a stay begun on the day that follows.
const LENGTH_BEGUN = new RegExp(
  `\\b(?:began|begins|begin|started|starts|opened|opens)\\s+(?:a|an|his|her|their)\\s+(?:[\\w-]+\\s+)?(${CARDINAL})[-\\s]day\\b[^.;:!?,]{0,60}?\\s+(?:on\\s+)?$`,
  'i',
);

const QUICK = /[-\s]day\b/i;

export const durationFrom: Refiner = {
  kind: 'refiner',
  name: 'duration-from',
  refine(ctx, spans) {
    if (!QUICK.test(ctx.text)) return spans;
    return spans.map((s) => {
      if (s.value.precision !== 'day') return s;
      const m =
        LENGTH.exec(ctx.text.slice(Math.max(0, s.start - 100), s.start)) ??
        LENGTH_BEGUN.exec(ctx.text.slice(Math.max(0, s.start - 100), s.start)) ??
        LENGTH_AFTER.exec(ctx.text.slice(s.end, s.end + 40));
      const n = m ? cardinal(m[1]) : NaN;
      if (!(n >= 2 && n <= 31)) return s;
      return {
        ...s,
        value: { start: s.value.start, end: addDays(s.value.start, n - 1), precision: 'days' },
      };
    });
  },
};
