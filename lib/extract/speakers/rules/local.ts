import { statesBehind } from '../lexicon/state-media';
import { isMedia } from '../noun-phrase';
import { citingSubjects } from '../../outlets/outlet-shapes';
import { accordingTo } from './according-to';
import { bothCountries } from './both-countries';
import type { Candidate, LocalRule } from './candidate';
import { inverted } from './inverted';
import { mediaCiting } from './media-citing';
import { passiveBy } from './passive-by';
import { quotedAsSaying, quotedBySubject } from './quoted-as-saying';
import { subjectVerb } from './subject-verb';

/**
 * Rules that read a speaker from the sentence alone. The choice between their candidates is by
 * position (see `chooseCandidate`), so this order only breaks ties at one offset: a media outlet
 * citing someone ("TASS reported, citing Peskov") or quoting them must beat the outlet's own verb.
 */
export const LOCAL_RULES: readonly LocalRule[] = [
  mediaCiting,
  quotedAsSaying,
  quotedBySubject,
  passiveBy,
  subjectVerb,
  inverted,
  accordingTo,
  bothCountries,
];

/** What the sentence itself says about its speaker. */
export interface LocalReading {
  chosen: Candidate | null;
  /** The sentence attributes its content to the press ("CNN reported") and to no one else. */
  media: boolean;
}

const AFTER_QUOTE = /["”’]\s*,?\s*$/;

// "said Choe will visit Russia soon": the words report a plan, not a happening seen.
const PLAN_AFTER =
  /^[^.;]{0,150}?\b(?:will|would|is to|are to|is set to|are set to|is expected to|plans? to|is planning to)\b/;

/**
 * '"…," said the North's official news agency', "the North's official news agency said Choe
 * will visit": words a state's own media put in quotation marks, or a plan it announces, are
 * the state's statement, so the state speaks; its media reporting a narrated act stays the press.
 */
function stateVoice(c: Candidate, masked: string): Candidate {
  // Only the few characters around the verb matter; a $-anchored scan of the whole prefix is slow.
  if (!c.trailing && !PLAN_AFTER.test(masked.slice(c.at))) return c;
  if (c.trailing) {
    // '"…," said the agency' or '"…," the agency said': the quotation closes right before.
    const from = masked.lastIndexOf(c.phrase, c.at);
    const quoted =
      AFTER_QUOTE.test(masked.slice(Math.max(0, c.at - 6), c.at)) ||
      (from >= 0 && AFTER_QUOTE.test(masked.slice(Math.max(0, from - 6), from)));
    if (!quoted) return c;
  }
  const country = statesBehind(c.phrase);
  return country && isMedia(c.phrase) ? { ...c, phrase: country } : c;
}

/**
 * Picks the main attribution: the last one that closes the sentence after a comma or quote
 * ("..., Peskov said"), else the leftmost ("Lavrov said that leaders had confirmed ...").
 * Outlets are never speakers; a sentence whose only attribution is an outlet is `media`.
 */
export function chooseCandidate(masked: string): LocalReading {
  const all: Candidate[] = [];
  for (const rule of LOCAL_RULES) all.push(...rule(masked));
  // "ONA reports citing the Russian media": whoever reports citing others is the press.
  const press = citingSubjects(masked);
  const speakers = all
    .map((c) => stateVoice(c, masked))
    .filter((c) => !isMedia(c.phrase) && !press.has(c.phrase));
  const trailing = speakers.filter((c) => c.trailing);
  let chosen: Candidate | null = null;
  if (trailing.length > 0) chosen = trailing.reduce((a, b) => (b.at > a.at ? b : a));
  else if (speakers.length > 0) chosen = speakers.reduce((a, b) => (b.at < a.at ? b : a));
  return { chosen, media: chosen === null && all.length > 0 };
}
