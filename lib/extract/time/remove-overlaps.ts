/**
 * Keeps one reading per stretch of text: the longest span wins ("November last year" over
 * "last year", "21 May 2025" over "May 2025"); between equally long spans the earlier stage
 * wins (the dateline's reading of "March 19" over the full-date one). Output is in text order.
 */
import type { Refiner, TimeSpan } from './types';

export const removeOverlaps: Refiner = {
  kind: 'refiner',
  name: 'remove-overlaps',
  refine(_ctx, spans) {
    // Stable sort: spans arrive in stage order, so ties keep the earlier stage first.
    const byLength = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start));
    const kept: TimeSpan[] = [];
    for (const s of byLength) {
      if (kept.every((k) => s.end <= k.start || s.start >= k.end)) kept.push(s);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
