import type { PeopleIndex, Person } from './speakers/people-index';
import { ROLE_HEADS } from './speakers/lexicon/titles';

const POSSESSIVE_RE = /['’]s$/;
// A capitalised word or a title noun right before the name: "Upper House Valentina Matvienko".
const WORD_BEFORE_RE = /([\p{L}'’.-]+)[ \t]+$/u;
// "Vladimir Putin, the Russian leader": a title set after the name.
const TITLE_AFTER_RE = /^,[ \t]+(?:the[ \t]+)?((?:[\p{L}'’-]+[ \t]+){0,3}[\p{L}-]+)/u;
// Heads of titles besides the speakers' table: the ones leaders and presiding officers carry.
const TITLE_NOUNS = new Set([
  ...ROLE_HEADS.keys(),
  'leader',
  'chairman',
  'speaker',
  'head',
  'chief',
]);
const isTitle = (word: string) => TITLE_NOUNS.has(word.toLowerCase().replace(POSSESSIVE_RE, ''));
// A pronoun opening a sentence stands for someone named just before it, not paragraphs back.
const REACH = 3;

/**
 * A test for names the article prints with no title or role anywhere ("Kim Jong-il met Russian
 * President Vladimir Putin"): a person well enough known to go bare, often a head of state.
 */
export function untitledTest(people: PeopleIndex, body: string): (name: string) => boolean {
  // Read on the first question: most articles never ask.
  let bare: Set<Person> | null = null;
  return (name) => {
    bare ??= new Set(people.people.filter((p) => p.role === null && printedBare(p, body)));
    const known = bare;
    const words = name.split(/[\s-]+/).map((w) => w.toLowerCase().replace(POSSESSIVE_RE, ''));
    // The run must open with the name itself, not with words before it.
    const first = people.byToken.get(words[0]) ?? [];
    const found = words.flatMap((w) => people.byToken.get(w) ?? []);
    return first.length > 0 && found.every((p) => known.has(p));
  };
}

/** Whether every printing of the person's full name stands with no title before or after it. */
function printedBare(person: Person, body: string): boolean {
  for (let at = body.indexOf(person.name); at >= 0; at = body.indexOf(person.name, at + 1)) {
    const before = WORD_BEFORE_RE.exec(body.slice(Math.max(0, at - 40), at))?.[1];
    if (before && (/^\p{Lu}/u.test(before) || isTitle(before))) return false;
    const after = TITLE_AFTER_RE.exec(
      body.slice(at + person.name.length, at + person.name.length + 60),
    );
    if (after?.[1].split(/[ \t]+/).some(isTitle)) return false;
  }
  return true;
}

/**
 * The person a "he" or "she" opening sentence `index` most likely stands for: the first person
 * named in the nearest sentence before it that names one.
 */
export function antecedentOf(people: PeopleIndex, index: number): string | null {
  for (let k = index - 1; k >= Math.max(0, index - REACH); k--) {
    const named = people.inSentence[k];
    if (named.length > 0) return named[0].name;
  }
  return null;
}
