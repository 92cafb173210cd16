import type { PeopleIndex } from './speakers';

// Capitalised names of two or more words ("Vladimir Putin", "Kim Jong-un", "North Korea").
const NAME = /\b[A-Z][a-z'’]+(?:[ -][A-Z][\w'’-]*){1,3}\b/g;
const PLACE_AFTER = /\b(?:to|in|at|into)\s+((?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})/g;
// Capitalised phrases that are not people: days, months, titles, institutions.
const NOT_A_PERSON =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|Russian|North|South|Foreign|Defense|Defence|Deputy|Prime|President|Kremlin|Victory|World|Red|United|Far|Eastern|National|Korean|Chinese)\b/;

const KOREAN_GIVEN_RE = /\b([A-Z][a-z]+)-([a-z]+)\b/g;

/** Korean given names are written "Jong-un", "Jong Un" and "Jong-Un"; one spelling for all. */
export function canonicalName(name: string): string {
  return name.replace(
    KOREAN_GIVEN_RE,
    (_, a: string, b: string) => `${a} ${b[0].toUpperCase()}${b.slice(1)}`,
  );
}

const THE_RE = /^the\s+/;
const CALENDAR_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

interface Reading {
  text: string;
  participants: string[];
  places: { at: number; name: string }[];
}

// A sentence with several hits is described once per hit; its names are read once.
let last: Reading | null = null;

function read(text: string): Reading {
  if (last?.text === text) return last;
  const participants = new Set<string>();
  for (const m of text.matchAll(NAME)) {
    if (NOT_A_PERSON.test(m[0])) continue;
    participants.add(canonicalName(m[0]));
  }
  const places: Reading['places'] = [];
  for (const m of text.matchAll(PLACE_AFTER)) {
    const name = m[1].replace(THE_RE, '');
    if (!CALENDAR_WORD.test(name)) places.push({ at: m.index ?? 0, name });
  }
  last = { text, participants: [...participants], places };
  return last;
}

/** Participants (people named in the sentence) and the place the happening is at or goes to. */
export function describeMention(
  text: string,
  at: number,
  people: PeopleIndex,
): { participants: string[]; place: string | null } {
  void people;
  const { participants, places } = read(text);
  let place: string | null = null;
  let best = Infinity;
  for (const candidate of places) {
    const d = Math.abs(candidate.at - at);
    if (d < best) {
      best = d;
      place = candidate.name;
    }
  }
  return { participants: [...participants], place };
}
