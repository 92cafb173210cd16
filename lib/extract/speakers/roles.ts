import type { PeopleIndex, Person } from './people-index';
import { countriesIn } from './lexicon/places';
import { ROLE_HEADS, ROLE_QUALIFIERS } from './lexicon/titles';

const POSSESSIVES_RE = /['’]s\b/g;

/** A role reduced to what must agree: head ("minister"), qualifiers ("foreign"), countries. */
export interface RoleKey {
  head: string | null;
  qualifiers: Set<string>;
  countries: string[];
}

const QUALIFIERS = new Set(ROLE_QUALIFIERS);
// "the Russian leader" is whoever leads the country: its president, premier or chairman.
const LEADER_HEADS = new Set(['leader', 'president', 'prime minister', 'chancellor', 'chairman']);
const COMPLEMENT_WORDS = new Set(['of', 'for', 'to', 'at', 'in', 'with']);
// Spellings and synonyms that name the same qualifier.
const SAME_QUALIFIER = new Map([
  ['defence', 'defense'],
  ['kremlin', 'presidential'],
]);

/** Reads head, qualifiers and countries from a role or description ("Russia's foreign minister"). */
export function roleKey(role: string): RoleKey {
  const all = role
    .toLowerCase()
    .replace(POSSESSIVES_RE, '')
    .split(/[\s-]+/)
    .filter(Boolean);
  // "spokesman for Prime Minister X": the head comes before the complement.
  const cut = all.findIndex((w, k) => k > 0 && COMPLEMENT_WORDS.has(w));
  const words = cut > 0 ? all.slice(0, cut) : all;
  let head: string | null = null;
  let headAt = -1;
  words.forEach((w, k) => {
    const h = w === 'secretary' && words[k - 1] === 'press' ? 'spokes' : ROLE_HEADS.get(w);
    if (h) {
      head = h;
      headAt = k;
    }
  });
  const qualifiers = new Set<string>();
  words.forEach((w, k) => {
    if (k >= headAt && headAt >= 0) return;
    if (!QUALIFIERS.has(w) || (w === 'press' && head === 'spokes')) return;
    qualifiers.add(SAME_QUALIFIER.get(w) ?? w);
  });
  return { head, qualifiers, countries: countriesIn(role) };
}

// Every description is checked against every person's role: read each role once.
const ROLE_KEYS = new Map<string, RoleKey>();
const ROLE_KEYS_LIMIT = 10_000;

function knownRoleKey(role: string): RoleKey {
  let key = ROLE_KEYS.get(role);
  if (!key) {
    if (ROLE_KEYS.size >= ROLE_KEYS_LIMIT) ROLE_KEYS.clear();
    key = roleKey(role);
    ROLE_KEYS.set(role, key);
  }
  return key;
}

/** True when a description ("the Russian president") fits a person's role. */
function fits(want: RoleKey, person: Person): boolean {
  if (!person.role) return false;
  const have = knownRoleKey(person.role);
  if (!want.head || !have.head) return false;
  if (want.head !== have.head && !(want.head === 'leader' && LEADER_HEADS.has(have.head)))
    return false;
  for (const q of want.qualifiers) if (!have.qualifiers.has(q)) return false;
  for (const c of want.countries)
    if (have.countries.length > 0 && !have.countries.includes(c)) return false;
  return true;
}

/** The person whose role a description names, nearest before sentence `i` (else the first after). */
export function personByRole(description: string, people: PeopleIndex, i: number): Person | null {
  const want = roleKey(description);
  if (!want.head) return null;
  let best: Person | null = null;
  let bestScore = -Infinity;
  for (const p of people.people) {
    if (!fits(want, p) || p.mentions.length === 0) continue;
    const before = p.mentions.filter((m) => m <= i);
    // Latest mention before the sentence wins; otherwise the earliest one after it.
    const score = before.length > 0 ? before[before.length - 1] : -1000 - p.mentions[0];
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}
