import { isSpeakerPhrase, phraseAfter } from '../noun-phrase';
import { PRONOUNS } from '../lexicon/non-speakers';
import { candidate, type Candidate } from './candidate';

// A verb of saying right after a quote or comma, speaker after it: '," said Andrey Rudenko'.
const INVERTED_RE =
  /(?:[,"”’]|^)\s*(said|says|added|adds|told|continued|explained|noted|wrote|asked)\s+(?=\S)/giu;

// "..., said Kim was greeted": a clause follows, so the phrase is its subject, not a speaker.
const CLAUSE_AFTER_RE =
  /^\s+(?:was|were|is|are|has|have|had|will|would|could|can|may|might|should|must|did|does)\b/i;

/** '"...," said Russian Deputy Foreign Minister Andrey Rudenko', "..., said the source." */
export function inverted(masked: string): Candidate[] {
  const out: Candidate[] = [];
  INVERTED_RE.lastIndex = 0;
  for (let m = INVERTED_RE.exec(masked); m; m = INVERTED_RE.exec(masked)) {
    const from = m.index + m[0].length;
    const rest = masked.slice(from);
    const phrase = phraseAfter(rest);
    if (!isSpeakerPhrase(phrase) || PRONOUNS.has(phrase.toLowerCase())) continue;
    const after = rest.slice(rest.indexOf(phrase) + phrase.length);
    if (CLAUSE_AFTER_RE.test(after)) continue;
    out.push({
      ...candidate(masked, phrase, m.index + m[0].indexOf(m[1])),
      phrase,
      trailing: true,
    });
  }
  return out;
}
