import type { PeopleIndex } from './speakers';

// Capitalised names of two or more words ("Vladimir Putin", "Kim Jong-un", "North Korea").
const NAME = /\b[A-Z][a-z'’]+(?:[ -][A-Z][\w'’-]*){1,3}\b/g;
const PLACE_AFTER = /\b(?:to|in|at|into)\s+((?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})/g;
// Capitalised phrases that are not people: days, months, titles, institutions.
const NOT_A_PERSON =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|Russian|North|South|Foreign|Defense|Defence|Deputy|Prime|President|Kremlin|Victory|World|Red|United|Far|Eastern|National|Korean|Chinese)\b/;

/** Korean given names are written "Jong-un", "Jong Un" and "Jong-Un"; one spelling for all. */
export function canonicalName(name: string): string {
  return name.replace(
    /\b([A-Z][a-z]+)-([a-z]+)\b/g,
    (_, a: string, b: string) => `${a} ${b[0].toUpperCase()}${b.slice(1)}`,
  );
}

/** Participants (people named in the sentence) and the place the happening is at or goes to. */
export function describeMention(
  text: string,
  at: number,
  people: PeopleIndex,
): { participants: string[]; place: string | null } {
  void people;
  const participants = new Set<string>();
  for (const m of text.matchAll(NAME)) {
    if (NOT_A_PERSON.test(m[0])) continue;
    participants.add(canonicalName(m[0]));
  }
  let place: string | null = null;
  let best = Infinity;
  for (const m of text.matchAll(PLACE_AFTER)) {
    const candidate = m[1].replace(/^the\s+/, '');
    if (
      /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(
        candidate,
      )
    )
      continue;
    const d = Math.abs((m.index ?? 0) - at);
    if (d < best) {
      best = d;
      place = candidate;
    }
  }
  return { participants: [...participants], place };
}
