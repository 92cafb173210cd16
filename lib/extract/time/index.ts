/**
 * The time tagger: finds time expressions in one sentence and turns each into an inclusive
 * range of days with a precision (../../../../shared/spec/EVENTS.md, "Dates"), anchored on the
 * article's date and the tense of the verb that governs it. Pure; no I/O.
 */
import type { Precision } from '../../types';
import { parseDay, type Direction } from './date-math';
import { mayHoldTime } from './pre-check';
import { STAGES } from './pipeline';
import { sentenceTense, tenseAt } from './tense';
import type { Context, TimeSpan, TimeValue } from './types';

export type { Precision, TimeSpan, TimeValue };
export { sentenceTense };
export { hasTimeWords } from './pre-check';

export interface TagOptions {
  /** Forces the tense for every expression; by default each takes its governing verb's. */
  tense?: 'past' | 'future';
  /**
   * The one past year the paragraph has written out before this sentence ("The second visit was
   * made on August 20-24, 2002. He met Putin on August 23."): month dates the sentence writes
   * without a year, past and not recent, are read in it.
   */
  narrativeYear?: number;
}

/**
 * Finds time expressions in `text` (one sentence) and normalises each against `reference`
 * (yyyy-mm-dd, the article date) and the tense of the verb governing it.
 */
export function tagTimes(text: string, reference: string, options: TagOptions = {}): TimeSpan[] {
  parseDay(reference); // throws on a malformed reference
  if (!mayHoldTime(text)) return [];
  const forced: Direction | undefined = options.tense;
  const ctx: Context = {
    text,
    reference,
    directionAt: (start, end, nounsDecide) => forced ?? tenseAt(text, start, end, nounsDecide),
    narrativeYear: options.narrativeYear,
  };
  let spans: TimeSpan[] = [];
  for (const stage of STAGES) {
    if (stage.kind === 'refiner') spans = stage.refine(ctx, spans);
    else if (!stage.gate || stage.gate.test(text)) spans = spans.concat(stage.parse(ctx));
  }
  return spans;
}
