/** A phrase a rule reads as the speaker of a sentence, before it is resolved to a name. */
export interface Candidate {
  /** The speaker as written: "Kremlin spokesman Dmitry Peskov", "the source", "he". */
  phrase: string;
  /** Offset of the attribution in the sentence; the leftmost wins when none is trailing. */
  at: number;
  /**
   * The attribution closes the sentence after a comma or quote ("..., Peskov said."), which in
   * news copy is the main attribution even when an earlier clause has a verb of saying.
   */
  trailing: boolean;
  /** Inside a relative clause ("which the Kremlin said"): a reference back, not a new statement. */
  relative: boolean;
}

/** A rule reads candidates from a sentence whose quoted words are blanked out. */
export type LocalRule = (masked: string) => Candidate[];

const TRAILING_BEFORE_RE = /[,"”’]\s*$/;
// "the leaders of China, Cuba, South Africa and Vietnam had confirmed": a list item, not an
// attribution set off by a comma.
const LIST_BEFORE_RE = /,\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*,\s*$/u;
const RELATIVE_BEFORE_RE = /\b(?:which|that|as)\s*$/i;
// The end-anchored patterns scan the whole text before the phrase; its last mark or word decides
// whether any of them can match.
const TRAILING_MARKS = [',', '"', '”', '’'];
const RELATIVE_WORDS = ['which', 'that', 'as'];

/** Builds a candidate, reading "trailing" and "relative" from the text before the phrase. */
export function candidate(
  masked: string,
  phrase: string,
  phraseStart: number,
  at = phraseStart,
): Candidate {
  const before = masked.slice(0, phraseStart);
  const tail = before.trimEnd();
  const mark = tail.slice(-1);
  const lastWord = tail.slice(-5).toLowerCase();
  return {
    phrase,
    at,
    trailing:
      TRAILING_MARKS.includes(mark) &&
      TRAILING_BEFORE_RE.test(before) &&
      !(mark === ',' && LIST_BEFORE_RE.test(before)),
    relative: RELATIVE_WORDS.some((w) => lastWord.endsWith(w)) && RELATIVE_BEFORE_RE.test(before),
  };
}
