import type { Speaker } from '../../types';
import type { Sentence } from '../sentences';
import { findNames, nameKey } from './names';
import { pickByToken, type PeopleIndex, type Person } from './people-index';
import { personByRole } from './roles';
import { BODY_HEADS, BODY_NOUNS, INSTITUTIONS } from './lexicon/institutions';
import { DETERMINERS, PRONOUNS, SPEAKER_NOUNS } from './lexicon/non-speakers';
import { countryOf } from './lexicon/places';
import { ROLE_HEADS } from './lexicon/titles';
import { speakerContext } from './context';

const DET = new Set(DETERMINERS);
const DEFINITE = new Set(['the', 'this', 'that']);
const NOUNS = new Set(SPEAKER_NOUNS);
const BODY_HEAD_SET = new Set(BODY_HEADS);
const BODY_NOUN_SET = new Set(BODY_NOUNS);
const INSTITUTION_BY_NAME = new Map(INSTITUTIONS.map((x) => [x.name.toLowerCase(), x.name]));

const EDGE_PUNCT_RE = /^[\s"“”‘’'(,]+|[\s"“”‘’'),.:;]+$/g;
// "South Korea's National Intelligence Service" → "National Intelligence Service".
const LEADING_POSSESSOR_RE = /^(?:\p{Lu}[\p{L}.]*\s+)*\p{Lu}[\p{L}.]*['’]s\s+(?=\p{Lu})/u;
const PLURAL_RE = /s$/;
const POSSESSIVE_RE = /['’]s$/;
// Bodies every government has, which name nothing without their country.
const GENERIC_BODY_RE = /^(?:\p{Lu}\p{L}+\s+){0,2}(?:Ministry|Office|Department)(?:\s+of\s+.+)?$/u;
const COMPLEMENT_RE = /\b(?:of|for|to|at|in|with)\s/i;
// How far back a pronoun or "the source" looks for what it stands for.
const PRONOUN_WINDOW = 6;
const DESCRIPTION_WINDOW = 25;

function asSpeaker(person: Person, role: string | null): Speaker {
  return { name: person.name, role: role ?? person.role };
}

/** True when a speaker is a person the article names. */
export function isPerson(speaker: Speaker, people: PeopleIndex): boolean {
  return people.byKey.has(nameKey(speaker.name));
}

/** True when a speaker is a government body or a country ("Kremlin", "Russian government"). */
export function isBody(speaker: Speaker): boolean {
  const words = speaker.name.split(/\s+/);
  const last = words[words.length - 1];
  return (
    INSTITUTION_BY_NAME.has(speaker.name.toLowerCase()) ||
    countryOf(speaker.name) !== null ||
    BODY_HEAD_SET.has(last) ||
    BODY_NOUN_SET.has(last.toLowerCase())
  );
}

function pronounAntecedent(
  kind: 'person' | 'body' | 'group',
  sentences: Sentence[],
  i: number,
  people: PeopleIndex,
): Speaker | null {
  const ctx = speakerContext(sentences, people);
  for (let k = i - 1; k >= Math.max(0, i - PRONOUN_WINDOW); k--) {
    const r = ctx.analyse(k);
    if (kind === 'body') {
      if (r.media) return null;
      if (r.speaker && !isPerson(r.speaker, people)) return r.speaker;
      continue;
    }
    if (r.speaker && (kind === 'group' || isPerson(r.speaker, people))) return r.speaker;
    const named = people.inSentence[k];
    if (kind === 'person' && named.length > 0) return asSpeaker(named[0], null);
  }
  return null;
}

function descriptionAntecedent(
  words: string[],
  sentences: Sentence[],
  i: number,
  people: PeopleIndex,
): Speaker | null {
  const ctx = speakerContext(sentences, people);
  const want = words.map((w) => w.toLowerCase().replace(PLURAL_RE, ''));
  for (let k = i - 1; k >= Math.max(0, i - DESCRIPTION_WINDOW); k--) {
    const r = ctx.analyse(k);
    if (!r.speaker || isPerson(r.speaker, people)) continue;
    const have = new Set(
      r.speaker.name
        .toLowerCase()
        .split(/\s+/)
        .map((w) => w.replace(PLURAL_RE, '')),
    );
    if (want.every((w) => have.has(w))) return r.speaker;
  }
  return null;
}

/** The person whose printed role names both the possessor and the phrase's head noun. */
function aideNamedElsewhere(
  phrase: string,
  span: { end: number; tokens: string[] },
  people: PeopleIndex,
): Person | null {
  const head = phrase.slice(span.end).replace(POSSESSIVE_RE, '').trim().split(/\s+/).pop();
  const owner = span.tokens[span.tokens.length - 1].toLowerCase();
  if (!head || !NOUNS.has(head.toLowerCase())) return null;
  const found = people.people.filter((p) => {
    const role = p.role?.toLowerCase().split(/[\s'’]+/) ?? [];
    return role.includes(owner) && role.includes(head.toLowerCase());
  });
  return found.length === 1 ? found[0] : null;
}

// Titles whose holder a story often names only in the next sentence.
const SPOKES_RE = /\b(?:spokes(?:man|woman|person)|ambassador|envoy)\b/i;
const SAYS_AFTER_RE =
  /^\s+(?:\w+ly\s+)?(?:said|says|told|added|stated|confirmed|announced|noted|explained)\b/;

/**
 * "A Kremlin spokesperson says …" in the lede, then "Dmitry Peskov said …" with no title: the
 * spokesperson is the one untitled person who speaks in the next two sentences.
 */
function spokespersonNamedNext(
  description: string,
  sentences: Sentence[],
  i: number,
  people: PeopleIndex,
): Person | null {
  if (!SPOKES_RE.test(description)) return null;
  const next = sentences.slice(i + 1, i + 3);
  const found = people.people.filter(
    (p) =>
      p.role === null &&
      p.mentions[0] > i &&
      next.some((s) => {
        const at = s.text.indexOf(p.name);
        return at >= 0 && SAYS_AFTER_RE.test(s.text.slice(at + p.name.length));
      }),
  );
  return found.length === 1 ? found[0] : null;
}

const LAST_PREPOSITION_RE = /\b(of|for|to|at|in|with)\s(?!.*\b(?:of|for|to|at|in|with)\s)/i;

/**
 * "Speaker of the Upper House Valentina Matvienko": a full name closing a title "of" a body,
 * with no title of its own, is the title holder; in "a spokesman for President X" and
 * "the aide of President X" the name is someone else.
 */
function namesTitleHolder(
  phrase: string,
  span: { start: number; end: number; tokens: string[]; role: string | null },
): boolean {
  const before = phrase.slice(0, span.start);
  return (
    span.tokens.length > 1 &&
    span.role === null &&
    span.end === phrase.length &&
    LAST_PREPOSITION_RE.exec(before)?.[1].toLowerCase() === 'of'
  );
}

/**
 * Resolves a speaker as written ("Peskov", "the Russian foreign minister", "He", "the source")
 * to the fullest form the article gives: a named person with the role printed here or first
 * seen, a body ("Kremlin"), or the description itself without its article.
 */
export function resolveName(
  name: string,
  sentences: Sentence[],
  i: number,
  people: PeopleIndex,
): Speaker {
  const text = name.replace(EDGE_PUNCT_RE, '');
  const pronoun = PRONOUNS.get(text.toLowerCase());
  if (pronoun)
    return pronounAntecedent(pronoun, sentences, i, people) ?? { name: text, role: null };

  const words = text.split(/\s+/);
  const definite = words.length > 1 && DEFINITE.has(words[0].toLowerCase());
  const bare = DET.has(words[0].toLowerCase()) ? words.slice(1).join(' ') : text;

  // Set when a name qualifies the phrase ("a spokesman for Prime Minister Leo Varadkar"):
  // then the phrase is a description of someone else and no role lookup may replace it.
  let qualified = false;
  for (const span of findNames(bare)) {
    // "Merkel's spokesman", "a spokesman for Prime Minister Leo Varadkar": the name is not
    // the head of the phrase, so the speaker is the description.
    // "Putin's spokesman" when the article names "Putin spokesman Dmitry Peskov".
    const aide = span.possessive ? aideNamedElsewhere(bare, span, people) : null;
    if (aide) return asSpeaker(aide, null);
    const holder = namesTitleHolder(bare, span);
    if (span.possessive || (COMPLEMENT_RE.test(bare.slice(0, span.start)) && !holder)) {
      qualified ||= span.tokens.length > 1 || people.byToken.has(span.tokens[0].toLowerCase());
      continue;
    }
    const person =
      span.tokens.length > 1
        ? people.byKey.get(nameKey(span.name))
        : pickByToken(people, span.tokens[0], i);
    if (person) {
      return asSpeaker(person, span.role);
    }
    if (span.tokens.length > 1 && (span.start === 0 || holder))
      return { name: span.name, role: span.role };
  }

  // A family name that is also a common word ("May") is found through the index only.
  if (!bare.includes(' ')) {
    const person = pickByToken(people, bare, i);
    if (person) return asSpeaker(person, null);
  }
  const institution = INSTITUTION_BY_NAME.get(bare.toLowerCase());
  if (institution) return { name: institution, role: null };
  const lastWord = bare.split(/\s+/).pop() ?? '';
  if (BODY_HEAD_SET.has(lastWord)) {
    const body = bare.replace(LEADING_POSSESSOR_RE, '');
    // "Russia's Foreign Ministry": a ministry is only named with its country.
    return { name: GENERIC_BODY_RE.test(body) ? bare : body, role: null };
  }

  const bareWords = bare.split(/\s+/);
  if (
    !qualified &&
    bareWords.some((w) => ROLE_HEADS.has(w.toLowerCase().replace(POSSESSIVE_RE, '')))
  ) {
    const person =
      personByRole(bare, people, i) ?? spokespersonNamedNext(bare, sentences, i, people);
    if (person) return asSpeaker(person, bare);
  }
  // "the ministry": the body last named with that head ("Russia's Foreign Ministry").
  const capitalised = lastWord.charAt(0).toUpperCase() + lastWord.slice(1);
  if (definite && (NOUNS.has(lastWord.toLowerCase()) || BODY_HEAD_SET.has(capitalised))) {
    const antecedent = descriptionAntecedent(bareWords, sentences, i, people);
    if (antecedent) return antecedent;
  }
  return { name: bare, role: null };
}
