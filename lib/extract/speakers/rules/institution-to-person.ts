import type { Speaker } from '../../../types';
import { isNoise } from '../../noise';
import { nameKey } from '../names';
import type { Person } from '../people-index';
import { isBody, isPerson, resolveName } from '../resolve-name';
import { PRONOUNS } from '../lexicon/non-speakers';
import type { Analysis, ContextRule, Step } from './context-rule';
import { isHeadline } from './headline';
import { INSTITUTIONS } from '../lexicon/institutions';
import { countriesIn, countryOf } from '../lexicon/places';

const DEFINITE_RE = /^the\s/i;

// "said in a statement": a written statement is the body's own, whoever briefed on it later.
const OWN_STATEMENT_RE = /\bin\s+a\s+(?:\w+\s+)?(?:statement|communiqu[eé]|release|notice)\b/i;

/**
 * R5: a body's statement is given to the individual when the very next sentence has a person
 * who speaks for that body saying it ("the Kremlin said." + "Kremlin spokesman Dmitry Peskov
 * told reporters ..."). Returns the person's speaker, or null to keep the body.
 */
export function personForBody(
  body: Speaker,
  sentenceText: string,
  next: { speaker: Speaker; person: Person } | null,
): Speaker | null {
  if (!next || OWN_STATEMENT_RE.test(sentenceText)) return null;
  const role = (next.speaker.role ?? next.person.role ?? '').toLowerCase();
  if (!role) return null;
  const institution = INSTITUTIONS.find((x) => x.name.toLowerCase() === body.name.toLowerCase());
  if (institution) return institution.roleWords.some((w) => role.includes(w)) ? next.speaker : null;
  const country = countryOf(body.name) ?? countriesIn(body.name)[0];
  if (!country) return null;
  return countriesIn(role).includes(country) ? next.speaker : null;
}

// The person a sentence names as its speaker, read from that sentence alone: no pronoun or
// description to follow, so looking ahead cannot loop back.
function namedSpeaker(step: Step, k: number): { speaker: Speaker; person: Person } | null {
  if (k >= step.sentences.length) return null;
  const phrase = step.localReading(k).chosen?.phrase;
  if (!phrase || PRONOUNS.has(phrase.toLowerCase()) || DEFINITE_RE.test(phrase)) return null;
  const speaker = resolveName(phrase, step.sentences, k, step.people);
  if (!isPerson(speaker, step.people)) return null;
  const person = step.people.byKey.get(nameKey(speaker.name));
  return person ? { speaker, person } : null;
}

/** R5 as a context rule: a body's own statement (not a headline's, not "which X said"). */
export const bodyToPerson: ContextRule = (step, current): Analysis => {
  const chosen = step.reading.chosen;
  if (!chosen || chosen.relative || !current.speaker || !isBody(current.speaker)) return current;
  if (isHeadline(step.sentences, step.i)) return current;
  const text = step.sentences[step.i].text;
  // Page furniture between ("For the latest headlines, follow …") does not part the two.
  let k = step.i + 1;
  while (k < step.sentences.length && isNoise(step.sentences[k].text)) k++;
  const replaced = personForBody(current.speaker, text, namedSpeaker(step, k));
  return replaced ? { speaker: replaced, media: false } : current;
};
