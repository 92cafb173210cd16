import { countriesIn } from '../lexicon/places';
import { candidate, type Candidate } from './candidate';
import { mayContain } from './literal-check';

const PAIR_WORDS = ['two', 'both'];
// ", the two countries said", "both countries announced Friday": the parties speak as one.
const PAIR_RE =
  /\b(?:the two|both) (?:countries|governments|nations|sides)\s+(?:(?:have|had|also|jointly)\s+)?(?:said|say|says|announced|confirmed|stated|reported)\b/giu;

// "SEOUL, South Korea (AP) — ": a dateline's place is where the story was filed, not a party.
const DATELINE_RE = /^[^—–]{0,60}?(?:—|–|--)\s*/u;

/**
 * "Putin will visit North Korea, the two countries said": the speaker is the two countries the
 * sentence names before the phrase, in the order it names them ("Russia and North Korea").
 */
export function bothCountries(masked: string): Candidate[] {
  const out: Candidate[] = [];
  if (!mayContain(masked, PAIR_WORDS)) return out;
  PAIR_RE.lastIndex = 0;
  for (let m = PAIR_RE.exec(masked); m; m = PAIR_RE.exec(masked)) {
    const from = DATELINE_RE.exec(masked)?.[0].length ?? 0;
    const named = countriesIn(masked.slice(from, m.index));
    if (named.length === 2) out.push(candidate(masked, `${named[0]} and ${named[1]}`, m.index));
  }
  return out;
}
