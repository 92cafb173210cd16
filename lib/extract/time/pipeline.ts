/**
 * The time tagger's stages, in the one order they run. Order matters:
 * 1. Parsers propose spans independently, most specific first. Overlaps are allowed; when two
 *    readings of the same words are equally long, the earlier parser wins, so `dateline` (which
 *    ignores tense) must precede `fullDate`, and whole dates precede their parts.
 * 2. `removeOverlaps` keeps the longest reading per stretch ("November last year" beats
 *    "last year"); every later refiner relies on spans being disjoint and in text order.
 * 3. `halfMonth` widens a month to "the second half of April" once it is the one reading there.
 * 4. `mergeAdjacent` joins "Tuesday, January 16" and ranges ("Sunday to Sept. 13") — only
 *    possible once each side is a single span.
 * 5. `durationFrom` stretches a day into "a three-day visit from Sunday" after merging, so a
 *    merged range is never stretched again.
 * 6. `weekOf` widens "the week of July 8" to its calendar week, after merging, for the same reason.
 * 7. `dayAfter` anchors "a day after ..." on the sentence's final day spans.
 * 8. `sentenceYear` gives year-less month dates the one year the sentence writes out, once
 *    ranges are merged ("from July 26 to August 18" moves as one).
 * 9. `anniversary` runs last: "the first anniversary of the treaty signed on June 18, 2024"
 *    counts years from the happening's final date, after every other stage has settled it.
 */
import { anniversary } from './anniversary';
import { bareMonth } from './bare-month';
import { dateline } from './dateline';
import { dayAfter } from './day-after';
import { durationFrom } from './duration-from';
import { fullDate } from './full-date';
import { halfMonth } from './half-month';
import { mergeAdjacent } from './merge-adjacent';
import { monthYear } from './month-year';
import { numericDate } from './numeric-date';
import { ordinalDay } from './ordinal-day';
import { partOfYear } from './part-of-year';
import { relativeDay } from './relative-day';
import { relativeUnit } from './relative-unit';
import { removeOverlaps } from './remove-overlaps';
import { season } from './season';
import { sentenceYear } from './sentence-year';
import type { Stage } from './types';
import { weekOf } from './week-of';
import { weekday } from './weekday';
import { year } from './year';

export const STAGES: readonly Stage[] = [
  dateline,
  fullDate,
  numericDate,
  monthYear,
  partOfYear,
  season,
  relativeUnit,
  relativeDay,
  weekday,
  ordinalDay,
  bareMonth,
  year,
  removeOverlaps,
  halfMonth,
  mergeAdjacent,
  durationFrom,
  weekOf,
  dayAfter,
  sentenceYear,
  anniversary,
];
