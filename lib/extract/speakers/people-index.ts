import type { Sentence } from '../sentences';
import { findNames, nameKey } from './names';
import { canonicalOutlet } from '../outlets/outlet-table';
import { countriesIn } from './lexicon/places';
import { REPORTING_VERBS } from './lexicon/reporting-verbs';
import { ROLE_HEADS } from './lexicon/titles';

const LEADING_POSSESSIVE_RE = /^(?:his|her|their|its|the)\s+/i;
// "the village of Sosnovy Bor", "south of San Francisco", "arrived in San Francisco": a place.
const PLACE_OF_RE =
  /\b(?:(?:village|town|city|region|province|district|port|island|capital|republic|county|oblast|krai|(?:north|south|east|west)(?:east|west)?)\s+of|(?:arrived|landed|arriving|landing)\s+in|outside)\s+$/i;

/** One person the article names in full (two or more name words). */
export interface Person {
  /** Fullest form printed, in the article's spelling: "Dmitry Peskov", "Kim Jong-un". */
  name: string;
  /** First title seen with the name ("Kremlin spokesperson"), or null. */
  role: string | null;
  /** Countries the role names ("Russian Deputy Foreign Minister" → Russia). */
  countries: string[];
  /** Sentence indices where the person is named, in order, by full name or by family name. */
  mentions: number[];
}

/** The people an article names, for resolving "Peskov", "the spokesman" or "he". */
export interface PeopleIndex {
  people: Person[];
  /** Lower-case family or given name ("peskov", "kim") → people carrying it. */
  byToken: Map<string, Person[]>;
  /** Lower-case full-name key (see `nameKey`) → person. */
  byKey: Map<string, Person>;
  /** Per sentence, the people named in it, in order of appearance. */
  inSentence: Person[][];
}

// "his Russian counterpart, Sergei Lavrov" takes the head of the title it is a counterpart to.
const COUNTERPART_RE = /\bcounterparts?\b/i;
const ROLE_HEAD_RE = /\b((?:(?:deputy|vice|first|prime|foreign|defen[cs]e)\s+)*[a-z]+)$/i;

function counterpartRole(role: string, previous: Person | undefined): string {
  if (!previous?.role || !COUNTERPART_RE.test(role)) return role;
  const head = ROLE_HEAD_RE.exec(previous.role.trim());
  if (!head || !ROLE_HEADS.has(head[1].split(/\s+/).pop()!.toLowerCase())) return role;
  const country = role.replace(LEADING_POSSESSIVE_RE, '').replace(COUNTERPART_RE, '');
  return `${country.trim()} ${head[1]}`.trim();
}

function addToken(map: Map<string, Person[]>, token: string, person: Person): void {
  const key = token.toLowerCase();
  const list = map.get(key) ?? [];
  if (!list.includes(person)) list.push(person);
  map.set(key, list);
}

const TITLE_WORD_RE = /[A-Za-z][A-Za-z'’-]{3,}/g;
const LOWER_WORD_RE = /\b[a-z][a-z'’-]{2,}\b/g;

/** Most long words capitalised: a headline in title case. */
function isTitleCase(text: string): boolean {
  const words = text.match(TITLE_WORD_RE) ?? [];
  if (words.length < 4) return false;
  return words.filter((w) => w[0] >= 'A' && w[0] <= 'Z').length >= words.length * 0.8;
}

function lowerCaseWords(sentences: Sentence[]): Set<string> {
  const out = new Set<string>(REPORTING_VERBS);
  for (const s of sentences) for (const w of s.text.match(LOWER_WORD_RE) ?? []) out.add(w);
  return out;
}

/** Finds the people an article names (two to four name words) and where each is mentioned. */
export function buildPeopleIndex(sentences: Sentence[]): PeopleIndex {
  const index: PeopleIndex = { people: [], byToken: new Map(), byKey: new Map(), inSentence: [] };
  const spans = sentences.map((s) => findNames(s.text));
  // "North Korean Officials Will Not Attend …": in a title-case headline a word the article
  // also prints in lower case ("will", "attend") is no part of a name.
  const titled = sentences.map((s) => isTitleCase(s.text));
  if (titled.some(Boolean)) {
    const common = lowerCaseWords(sentences);
    titled.forEach((t, i) => {
      if (t) spans[i] = spans[i].filter((n) => !n.tokens.some((w) => common.has(w.toLowerCase())));
    });
  }
  spans.forEach((list, i) => {
    let previous: Person | undefined;
    for (const span of list) {
      if (span.tokens.length < 2 || canonicalOutlet(span.name)) continue;
      // "the village of Sosnovy Bor": a place, however like a name it looks.
      if (PLACE_OF_RE.test(sentences[i].text.slice(Math.max(0, span.start - 30), span.start)))
        continue;
      const key = nameKey(span.name);
      let person = index.byKey.get(key);
      const role = span.role ? counterpartRole(span.role, previous) : null;
      if (!person) {
        person = { name: span.name, role, countries: role ? countriesIn(role) : [], mentions: [] };
        index.people.push(person);
        index.byKey.set(key, person);
        const first = span.tokens[0];
        const last = span.tokens[span.tokens.length - 1];
        addToken(index.byToken, last, person);
        addToken(index.byToken, first, person);
      } else if (role && (!person.role || person.countries.length === 0)) {
        // "President Vladimir Putin", later "Russian President Vladimir Putin": the title that
        // names the country tells where he is at home.
        const countries = countriesIn(role);
        if (!person.role || countries.length > 0) {
          person.role = role;
          person.countries = countries;
        }
      }
      previous = person;
    }
  });
  spans.forEach((list, i) => {
    const here: Person[] = [];
    for (const span of list) {
      const person =
        index.byKey.get(nameKey(span.name)) ??
        (span.tokens.length === 1 ? pickByToken(index, span.tokens[0], i) : undefined);
      if (person && !here.includes(person)) here.push(person);
    }
    for (const p of here) p.mentions.push(i);
    index.inSentence.push(here);
  });
  return index;
}

/**
 * The person a single name word refers to in sentence `i`. The story carries on with whoever the
 * sentence before put first ("Kim Yong Nam will attend. Kim, 87, …"); otherwise the name goes to
 * the one the article has named most often so far, not to someone listed in passing ("met Choe
 * Son Hui and Kim Jong Gyu. … Shoigu met with Kim" is Kim Jong Un), the latest on a tie.
 */
export function pickByToken(index: PeopleIndex, token: string, i: number): Person | undefined {
  const list = index.byToken.get(token.toLowerCase());
  if (!list || list.length === 0) return undefined;
  if (list.length === 1) return list[0];
  const topic = i > 0 ? index.inSentence[i - 1]?.[0] : undefined;
  if (topic && list.includes(topic)) return topic;
  let best: Person | undefined;
  let bestCount = 0;
  let bestAt = -1;
  for (const p of list) {
    const before = p.mentions.filter((m) => m <= i);
    const at = before.length > 0 ? before[before.length - 1] : -1;
    if (before.length > bestCount || (before.length === bestCount && at > bestAt)) {
      best = p;
      bestCount = before.length;
      bestAt = at;
    }
  }
  return best ?? list[0];
}
