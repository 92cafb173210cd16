import { isSpeakerPhrase, phraseAfter } from '../noun-phrase';
import { candidate, type Candidate } from './candidate';
import { mayContain } from './literal-check';

// "was confirmed Thursday by an unnamed Russian official": up to three words between; "had been
// publicly announced by": one adverb may stand before the verb.
const BY_WORDS = ['by'];
const PASSIVE_BY_RE =
  /\b(?:was|were|is|are|been)\s+(?:\p{L}+ly\s+)?(?:confirmed|announced|stated|said|reported|denied|disclosed|revealed)\s+(?:[\p{L}\d]+\s+){0,3}?by\s+/giu;

// "was quoted by the Telegraph as saying" is not here: the agent quotes, the subject speaks.
/** A passive verb of saying with its agent: "... was confirmed by an unnamed official". */
export function passiveBy(masked: string): Candidate[] {
  const out: Candidate[] = [];
  if (!mayContain(masked, BY_WORDS)) return out;
  PASSIVE_BY_RE.lastIndex = 0;
  for (let m = PASSIVE_BY_RE.exec(masked); m; m = PASSIVE_BY_RE.exec(masked)) {
    const phrase = phraseAfter(masked.slice(m.index + m[0].length));
    if (isSpeakerPhrase(phrase))
      out.push({ ...candidate(masked, phrase, m.index), trailing: true });
  }
  return out;
}
