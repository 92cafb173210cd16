import { isSpeakerPhrase, phraseAfter, subjectBefore } from '../noun-phrase';
import { candidate, type Candidate } from './candidate';
import { mayContain } from './literal-check';

// Both patterns end in one of these words.
const SAYING_WORDS = ['saying', 'telling', 'stating'];

// "Yonhap quoted an anonymous diplomatic source as saying": the one quoted is the speaker.
const QUOTED_RE =
  /\b(?:quoted|quoting|cited|citing)\s+((?:[^\s,.;:]+\s+){1,9}?)as\s+(?:saying|telling|stating)\b/giu;

/** "X quoted Y as saying", "which cited a senior government official as saying". */
export function quotedAsSaying(masked: string): Candidate[] {
  const out: Candidate[] = [];
  if (!mayContain(masked, SAYING_WORDS)) return out;
  QUOTED_RE.lastIndex = 0;
  for (let m = QUOTED_RE.exec(masked); m; m = QUOTED_RE.exec(masked)) {
    const phrase = phraseAfter(m[1]);
    if (isSpeakerPhrase(phrase)) out.push(candidate(masked, phrase, m.index));
  }
  return out;
}

// "Raab was quoted by the Telegraph as saying": the subject is the speaker.
const QUOTED_BY_RE =
  /\b(?:was|were|is|are|has been|had been)\s+(?:quoted|cited)\s+by\s+[^,.;]{1,60}?\s+as\s+(?:saying|telling|stating)\b/giu;

/** "X was quoted by Y as saying": X speaks, Y (an outlet, usually) quotes. */
export function quotedBySubject(masked: string): Candidate[] {
  const out: Candidate[] = [];
  if (!mayContain(masked, SAYING_WORDS)) return out;
  QUOTED_BY_RE.lastIndex = 0;
  for (let m = QUOTED_BY_RE.exec(masked); m; m = QUOTED_BY_RE.exec(masked)) {
    const before = masked.slice(0, m.index);
    const phrase = subjectBefore(before);
    if (isSpeakerPhrase(phrase))
      out.push(candidate(masked, phrase, before.lastIndexOf(phrase), m.index));
  }
  return out;
}
