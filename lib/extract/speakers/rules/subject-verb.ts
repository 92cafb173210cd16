import { isSpeakerPhrase, subjectBefore } from '../noun-phrase';
import { candidate, type Candidate } from './candidate';
import { REPORTING_VERB_RE } from './verb-pattern';

// "was said to", "is believed": a passive with no agent names no speaker.
const PASSIVE_BEFORE_RE = /\b(?:was|were|is|are|be|been|being)\s+(?:also\s+|widely\s+)?$/i;
const PASSIVE_LAST_WORDS = ['was', 'were', 'is', 'are', 'be', 'been', 'being', 'also', 'widely'];
const QUOTED_AS_RE = /quoted|cited/i;
// "Putin responded by scheduling a trip": an act, not a statement.
const ACT_AFTER_RE = /^\s+by\s+\p{L}+ing\b/u;

const OF_AFTER_RE = /^\s+of\b/;
const NOUN_MODIFIER_RE =
  /\b(?:member|media|news|press|recent|unconfirmed|earlier|conflicting)\s+$/i;
const NOUN_AT_END_RE = /^\W*$/;
const ACCORDING_BEFORE_RE = /\baccording\s+to\s+(?:the\s+)?$/i;

// The end-anchored pattern is tried at every offset of a long prefix; it needs one of its words last.
function mayBePassive(before: string): boolean {
  const tail = before.trimEnd();
  if (tail.length === before.length) return false;
  const last = tail.slice(-6).toLowerCase();
  return PASSIVE_LAST_WORDS.some((w) => last.endsWith(w));
}

/**
 * "Kremlin spokesperson Dmitry Peskov said", "Peskov told reporters", "the Kremlin said in a
 * statement", "He added", "analysts believe", "Peskov was quoted as saying".
 */
export function subjectVerb(masked: string): Candidate[] {
  const out: Candidate[] = [];
  REPORTING_VERB_RE.lastIndex = 0;
  for (let m = REPORTING_VERB_RE.exec(masked); m; m = REPORTING_VERB_RE.exec(masked)) {
    const before = masked.slice(0, m.index);
    if (mayBePassive(before) && PASSIVE_BEFORE_RE.test(before) && !QUOTED_AS_RE.test(m[0]))
      continue;
    if (ACT_AFTER_RE.test(masked.slice(m.index + m[0].length))) continue;
    // "the other two member states of", "media reports": a plural noun, not a verb.
    if (
      /s$/.test(m[0]) &&
      (OF_AFTER_RE.test(masked.slice(m.index + m[0].length)) || NOUN_MODIFIER_RE.test(before))
    )
      continue;
    const phrase = subjectBefore(before);
    if (!isSpeakerPhrase(phrase)) continue;
    // "according to South Korean reports.": a noun closing the sentence, not a verb.
    if (NOUN_AT_END_RE.test(masked.slice(m.index + m[0].length))) {
      const start = before.lastIndexOf(phrase);
      if (ACCORDING_BEFORE_RE.test(before.slice(Math.max(0, start - 20), start))) continue;
    }
    out.push(candidate(masked, phrase, before.lastIndexOf(phrase.split(' ')[0]), m.index));
  }
  return out;
}
