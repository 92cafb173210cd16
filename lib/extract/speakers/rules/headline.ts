import type { Sentence } from '../../sentences';

// Headlines stand at the top, alone on their line, without closing punctuation.
const HEADLINE_ZONE = 6;
const TERMINAL_RE = /[.!?]["”’)]*$/;
const MIN_WORDS = 4;

// "Kremlin: Kim will not attend", "... confirmed - Kremlin spokesman", "...: state media".
const TAG_PREFIX_RE = /^(\p{Lu}[\p{L}.'’ ]{1,40}?)\s*:\s+\S/u;
const TAG_SUFFIX_RE = /(?:\s[-–—]|:)\s+(\p{L}[\p{L}.'’ ]{1,40})$/u;

/** True for a headline or standfirst: near the top, alone on its line, no full stop. */
export function isHeadline(sentences: Sentence[], i: number): boolean {
  const s = sentences[i];
  if (i >= HEADLINE_ZONE || TERMINAL_RE.test(s.text)) return false;
  if (s.text.split(/\s+/).length < MIN_WORDS) return false;
  const alone =
    (i === 0 || sentences[i - 1].paragraph !== s.paragraph) &&
    (i === sentences.length - 1 || sentences[i + 1].paragraph !== s.paragraph);
  return alone;
}

/** The source a headline names in its tag ("Kremlin:", "- Kremlin spokesman"), or null. */
export function headlineTag(text: string): string | null {
  const prefix = TAG_PREFIX_RE.exec(text);
  if (prefix) return prefix[1].trim();
  const suffix = TAG_SUFFIX_RE.exec(text);
  return suffix ? suffix[1].trim() : null;
}

/** How far below a headline its lede (the first attributed sentence) may stand. */
export const LEDE_WINDOW = 8;
