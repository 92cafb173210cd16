import type { Sentence } from '../../sentences';
import { isMedia, isSpeakerPhrase } from '../noun-phrase';
import { isPerson, resolveName } from '../resolve-name';
import type { Analysis, ContextRule } from './context-rule';

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
const LEDE_WINDOW = 8;

/**
 * A headline sums up its lede: "Kremlin says" or "- Kremlin spokesman" is whoever the lede
 * quotes ("the Kremlin said" → Peskov by R5, "Lavrov said"); "state media" is the press; a
 * named person ("Putin says") stays.
 */
export const deferToLede: ContextRule = (step, current): Analysis => {
  const { sentences, i } = step;
  if (!isHeadline(sentences, i)) return current;
  const tag = headlineTag(sentences[i].text);
  // "Published: 21 May" is a label, not a source.
  if (tag && !isMedia(tag) && !isSpeakerPhrase(tag)) return current;
  if (!current.speaker && !current.media && !tag) return current;
  if (current.media || (tag && isMedia(tag))) return { speaker: null, media: true };
  // "Putin says ..." names its speaker; only a body, a country or a title defers to the lede.
  if (current.speaker && isPerson(current.speaker, step.people)) return current;
  for (let k = i + 1; k < Math.min(sentences.length, i + 1 + LEDE_WINDOW); k++) {
    const lede = step.analyse(k);
    if (lede.speaker) return lede;
    if (lede.media) break;
  }
  if (current.speaker || !tag) return current;
  return { speaker: resolveName(tag, sentences, i, step.people), media: false };
};
