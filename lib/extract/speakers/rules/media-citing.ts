import { isMedia, isSpeakerPhrase, phraseAfter, subjectBefore } from '../noun-phrase';
import { candidate, type Candidate } from './candidate';
import { mayContain } from './literal-check';

// "Tass News Agency reported, citing Kremlin Spokesman Dmitry Peskov",
// "South Korean media, citing unnamed government sources, reported".
const CITING_WORDS = ['citing'];
const CITING_RE = /(\s(?:reported|reports|said|says|wrote|writes)\s*,?\s*|,\s*)citing\s+/giu;

/** The person a news outlet cites is the speaker; the outlet itself goes to `cited`. */
export function mediaCiting(masked: string): Candidate[] {
  const out: Candidate[] = [];
  if (!mayContain(masked, CITING_WORDS)) return out;
  CITING_RE.lastIndex = 0;
  for (let m = CITING_RE.exec(masked); m; m = CITING_RE.exec(masked)) {
    const subject = subjectBefore(masked.slice(0, m.index));
    if (!isMedia(subject)) continue;
    const phrase = phraseAfter(masked.slice(m.index + m[0].length));
    if (isSpeakerPhrase(phrase)) out.push(candidate(masked, phrase, m.index + m[0].length));
  }
  return out;
}
