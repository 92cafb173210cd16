import { isSpeakerPhrase, phraseAfter } from '../noun-phrase';
import { candidate, type Candidate } from './candidate';
import { mayContain } from './literal-check';

const ACCORDING_WORDS = ['according'];
const ACCORDING_RE = /\baccording\s+to\s+/giu;
// "according to a statement from the Kremlin": the body behind the document speaks.
const DOCUMENT_FROM_RE =
  /^(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:statement|readout|release|transcript|communiqu[eé]|notice|letter)\s+(?:from|by|of|issued\s+by)\s+/iu;

/** "according to Kremlin spokesman", "according to American and allied officials". */
export function accordingTo(masked: string): Candidate[] {
  const out: Candidate[] = [];
  if (!mayContain(masked, ACCORDING_WORDS)) return out;
  ACCORDING_RE.lastIndex = 0;
  for (let m = ACCORDING_RE.exec(masked); m; m = ACCORDING_RE.exec(masked)) {
    let after = masked.slice(m.index + m[0].length);
    const document = DOCUMENT_FROM_RE.exec(after);
    if (document) after = after.slice(document[0].length);
    const phrase = phraseAfter(after);
    if (isSpeakerPhrase(phrase)) out.push(candidate(masked, phrase, m.index));
  }
  return out;
}
