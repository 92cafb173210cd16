/**
 * Pages print non-breaking and typographic spaces ("Kim Jong\u00a0Un", "May\u00a09") where the
 * rules expect a plain one. Each becomes a plain space, one character for one, so every offset
 * into the text stays the same; quotes are still cut from the text as published.
 */
const WIDE_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** `text` with every non-breaking or typographic space as a plain space, offsets unchanged. */
export function plainSpaces(text: string): string {
  return text.replace(WIDE_SPACES, ' ');
}
