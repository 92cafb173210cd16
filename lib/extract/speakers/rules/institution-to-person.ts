import type { Speaker } from '../../../types';
import type { Person } from '../people-index';
import { INSTITUTIONS } from '../lexicon/institutions';
import { countriesIn, countryOf } from '../lexicon/places';

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
