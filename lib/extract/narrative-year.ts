/**
 * Background paragraphs set a year once and then leave it out: "The second visit to Russia was
 * made on August 20-24, 2002. … He met with Vladimir Putin in Vladivostok on August 23." The
 * time tagger reads such year-less dates in the year the paragraph last wrote out
 * (`TagOptions.narrativeYear`); this finds that year for every sentence.
 */
import { parseDay } from './time/date-math';
import type { Sentence } from './sentences';
import { WRITTEN_YEAR } from './time/sentence-year';

/**
 * For each sentence (by position in `sentences`), the one year before the article's that the
 * sentences before it in its paragraph wrote out last, or undefined. A sentence that writes two
 * years ("in 2019 and 2023") leaves the narrative without one; a new paragraph starts afresh.
 */
export function narrativeYears(
  sentences: readonly Sentence[],
  anchor: string,
): (number | undefined)[] {
  const current = parseDay(anchor).y;
  const out: (number | undefined)[] = [];
  let paragraph = -1;
  let year: number | undefined;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) [paragraph, year] = [s.paragraph, undefined];
    out.push(year);
    const written = new Set(s.text.match(WRITTEN_YEAR) ?? []);
    if (written.size === 1) {
      const y = Number([...written][0]);
      year = y < current ? y : undefined;
    } else if (written.size > 1) year = undefined;
  }
  return out;
}
