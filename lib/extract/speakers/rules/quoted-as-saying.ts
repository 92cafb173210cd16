import { isSpeakerPhrase, phraseAfter, subjectBefore } from '../noun-phrase';
import { candidate, type Candidate } from './candidate';
import { mayContain } from './literal-check';

// Both patterns end in one of these words.
const SAYING_WORDS = ['saying', 'telling', 'stating'];

// "Yonhap quoted an anonymous diplomatic source as saying": the one quoted is the speaker.
const QUOTED_RE =
  /\b(?:quoted|quoting|cited|citing)\s+((?:[^\s,.;:]+\s+){1,14}?)as\s+(?:saying|telling|stating)\b/giu;
// "quoted speaker of the upper house of the Russian parliament Valentina Matvienko as saying":
// a title in words the noun-phrase reader does not know, closed by the name itself.
// "…, which cited an official as saying" is a relative clause, not the closing attribution.
const QUOTER_AFTER_COMMA = /,\s*((?!(?:which|who|that)\b)(?:[\w'’.-]+\s+){1,5})$/u;
const NAME_AT_END = /(?:^|\s)((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\s*$/u;

/** "X quoted Y as saying", "which cited a senior government official as saying". */
export function quotedAsSaying(masked: string): Candidate[] {
  const out: Candidate[] = [];
  if (!mayContain(masked, SAYING_WORDS)) return out;
  QUOTED_RE.lastIndex = 0;
  for (let m = QUOTED_RE.exec(masked); m; m = QUOTED_RE.exec(masked)) {
    let phrase = phraseAfter(m[1]);
    const name = NAME_AT_END.exec(m[1]);
    if (name && !phrase.endsWith(name[1])) phrase = m[1].trim();
    if (!isSpeakerPhrase(phrase)) continue;
    // "Kim has confirmed …, the RIA news agency quoted Matvienko as saying": set off by a comma
    // with its outlet, the attribution closes the sentence.
    const lead = QUOTER_AFTER_COMMA.exec(masked.slice(Math.max(0, m.index - 60), m.index));
    const from = lead ? m.index - lead[0].length + lead[0].indexOf(lead[1]) : m.index;
    out.push(candidate(masked, phrase, from, m.index));
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
