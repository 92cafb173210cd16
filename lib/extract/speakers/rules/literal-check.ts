/**
 * A literal test before a case-insensitive pattern: a rule whose words are absent from the
 * lower-cased sentence cannot match, so its scan is skipped. Every rule reads the same masked
 * sentence in turn, so the last one lower-cased is kept.
 */
let lastText = '';
let lastLower = '';
// Under the `iu` flags "ſ" (long s) matches "s", yet it does not lower-case to "s".
const LONG_S = 'ſ';

/** False only when none of `words` (lower case) can occur in `text` under the `i` flag. */
export function mayContain(text: string, words: readonly string[]): boolean {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  if (lastLower.includes(LONG_S)) return true;
  return words.some((w) => lastLower.includes(w));
}
