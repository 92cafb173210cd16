import type { PeopleIndex } from './speakers';

const PLACE_AFTER =
  /\b(?:to|in|In|at|At|into|visit(?:s|ed|ing)?)\s+((?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})/g;
const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
// A capitalised word that may be a surname written alone ("Putin", "Mr Kim").
const WORD = /\b[A-Z][a-z'’-]{2,}\b/g;
const KOREAN_GIVEN_RE = /\b([A-Z][a-z]+)-([A-Za-z][a-z]+)\b/g;
const THE_RE = /^the\s+/;
// Adjectives of nationality ("North Korean"), occasions and institutions are not places.
const NOT_A_PLACE =
  /(?:ean|ian|ese|ish|ern)$|\b(?:Day|Days|Forum|University|Parade|Committee|Council|Celebrations?|Anniversary|War|Agency|Ministry|Party|Assembly|Federal|Minister|President|Secretary|Chancellor|Ambassador|Spokes\w+)\b/;
const POSSESSIVE_RE = /['’]s$/;

// Every mention of a sentence asks for the same few names again.
const CANONICAL = new Map<string, string>();
const CANONICAL_LIMIT = 20_000;

/** Korean given names are written "Jong-un", "Jong Un" and "Jong-Un"; one spelling for all. */
export function canonicalName(name: string): string {
  let canonical = CANONICAL.get(name);
  if (canonical === undefined) {
    if (CANONICAL.size >= CANONICAL_LIMIT) CANONICAL.clear();
    canonical = name.replace(
      KOREAN_GIVEN_RE,
      (_, a: string, b: string) => `${a} ${b[0].toUpperCase()}${b.slice(1)}`,
    );
    CANONICAL.set(name, canonical);
  }
  return canonical;
}

/** The people the article names found in one sentence: the same for all its mentions. */
export function participantsIn(text: string, people: PeopleIndex, sentenceIndex: number): string[] {
  const participants = new Set<string>();
  for (const person of people.inSentence[sentenceIndex] ?? [])
    participants.add(canonicalName(person.name));
  for (const m of text.matchAll(WORD)) {
    const found = people.byToken.get(m[0].replace(POSSESSIVE_RE, '').toLowerCase());
    // A family name alone counts only when it names one person in this article.
    if (found?.length === 1) participants.add(canonicalName(found[0].name));
  }
  return [...participants];
}

/**
 * The place a happening is at or goes to: the capitalised place nearest the trigger at `at`
 * after "to", "in", "at" or "into" that is not a person or a date.
 */
export function placeNear(text: string, at: number, people: PeopleIndex): string | null {
  let place: string | null = null;
  let best = Infinity;
  for (const m of text.matchAll(PLACE_AFTER)) {
    const candidate = m[1].replace(THE_RE, '').replace(POSSESSIVE_RE, '');
    if (CALENDAR.test(candidate) || NOT_A_PLACE.test(candidate)) continue;
    if (people.byToken.has(candidate.split(/\s+/)[0].toLowerCase())) continue;
    // Places after the trigger usually belong to it ("visited Russia"), those before less so.
    const d = (m.index ?? 0) >= at ? (m.index ?? 0) - at : (at - (m.index ?? 0)) * 2;
    if (d < best) {
      best = d;
      place = candidate;
    }
  }
  return place;
}
