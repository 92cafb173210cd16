import type { Sentence } from './sentences';
import type { PeopleIndex, Person } from './speakers';
import { nameKey } from './speakers/names';
import { countriesIn, countryOf } from './speakers/lexicon/places';

// "the Russian far eastern city of Vladivostok", "Russia's port of Nakhodka".
const PLACE_OF =
  /\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:[\w-]+\s+){0,3}?(?:city|port|town|village|region|province|island|resort|capital)\s+of\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)/g;
const PLACE_OF_QUICK = /\b(?:city|port|town|village|region|province|island|resort|capital) of\b/;
// "Vladivostok, Russia": a place and its country.
const PLACE_COMMA =
  /\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b/g;
const WORD = /\b[A-Z][\w'’-]+\b/g;
const POSSESSIVE = /['’]s$/;
const OWNER_BEFORE = /\b(?:his|her|their|a|an)\s+(?:[\w-]+\s+){0,2}$/i;
// The traveller stands in the trigger's clause.
const CLAUSE_BREAK = /[;:—–]|,\s(?:but|and|while|where|when|which|who)\b|\s--\s/g;

/** The country the article itself puts a place in, if any. */
export type PlaceCountry = (place: string) => string | undefined;

/**
 * Places the article itself puts in a country ("the Russian port of Vladivostok", "Vladivostok,
 * Russia"), looked up one word at a time in the sentences that name it; the first sentence wins.
 */
export function placeCountries(sentences: Sentence[]): PlaceCountry {
  const known = new Map<string, string | undefined>();
  return (place) => {
    if (known.has(place)) return known.get(place);
    let found: string | undefined;
    for (const { text } of sentences) {
      if (!text.includes(place)) continue;
      found = placeIn(text, place);
      if (found) break;
    }
    known.set(place, found);
    return found;
  };
}

function placeIn(text: string, place: string): string | undefined {
  if (PLACE_OF_QUICK.test(text))
    for (const m of text.matchAll(PLACE_OF)) {
      const country = countryOf(m[1]) ?? countriesIn(m[1])[0];
      if (country && m[2] === place) return country;
    }
  for (const m of text.matchAll(PLACE_COMMA)) {
    const country = countryOf(m[2]);
    if (country && !countryOf(m[1]) && m[1] === place) return country;
  }
  return undefined;
}

/**
 * Who travels: the person nearest before `at` in its clause (a name naming one person only).
 * After "his", "their" or "a" ("Putin invited Kim during his visit", "greeting Shoigu upon his
 * arrival", "Kim invited Putin during a visit") the owner may be the subject or the nearest
 * name, so both are returned.
 */
export function travellers(text: string, at: number, people: PeopleIndex): Person[] {
  const before = text.slice(0, at);
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before))
    from = m.index + m[0].length;
  const named: Person[] = [];
  for (const m of before.slice(from).matchAll(WORD)) {
    const persons = people.byToken.get(m[0].replace(POSSESSIVE, '').toLowerCase());
    if (persons?.length === 1) named.push(persons[0]);
  }
  if (named.length === 0) return [];
  const nearest = named[named.length - 1];
  return OWNER_BEFORE.test(before) && named[0] !== nearest ? [named[0], nearest] : [nearest];
}

/**
 * A trip inside the traveller's own country ("Putin arrived in the Russian port of
 * Vladivostok") is not a visit: EVENTS.md counts travel to another country only. True when
 * the traveller's country, known from his title, is the one country the destination names.
 */
export function isDomesticTrip(
  text: string,
  at: number,
  people: PeopleIndex,
  places: PlaceCountry,
): boolean {
  const who = travellers(text, at, people);
  const home = who[0]?.countries;
  if (!home || home.length !== 1) return false;
  if (who.some((p) => p.countries.length !== 1 || p.countries[0] !== home[0])) return false;
  const rest = text.slice(at);
  const clause = rest.slice(0, rest.search(/[,;:—–]|\s--\s|$/));
  const named = new Set(countriesIn(clause));
  for (const m of clause.matchAll(WORD)) {
    const country = places(m[0]);
    if (country) named.add(country);
  }
  return named.size === 1 && named.has(home[0]);
}

/**
 * The guest's own side saying its trip will go ahead ('"Kim will pay a visit to Russia," said
 * the North's news agency') confirms the visit rather than announcing someone else's plan.
 */
export function isOwnSide(
  speaker: { name: string; role: string | null } | null,
  text: string,
  visitAt: number,
  people: PeopleIndex,
): boolean {
  if (!speaker) return false;
  const side =
    countryOf(speaker.name) ??
    people.byKey.get(nameKey(speaker.name))?.countries[0] ??
    countriesIn(speaker.role ?? '')[0] ??
    // "the French Foreign Ministry": a body named with its country.
    countriesIn(speaker.name)[0];
  if (!side) return false;
  const who = travellers(text, visitAt, people);
  return who.length === 1 && who[0].countries.length === 1 && who[0].countries[0] === side;
}
