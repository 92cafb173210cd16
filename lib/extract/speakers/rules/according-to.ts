import { isSpeakerPhrase, phraseAfter } from '../noun-phrase';
import { candidate, type Candidate } from './candidate';

const ACCORDING_RE = /\baccording\s+to\s+/giu;

/** "according to Kremlin spokesman", "according to American and allied officials". */
export function accordingTo(masked: string): Candidate[] {
  const out: Candidate[] = [];
  ACCORDING_RE.lastIndex = 0;
  for (let m = ACCORDING_RE.exec(masked); m; m = ACCORDING_RE.exec(masked)) {
    const phrase = phraseAfter(masked.slice(m.index + m[0].length));
    if (isSpeakerPhrase(phrase)) out.push(candidate(masked, phrase, m.index));
  }
  return out;
}
