import { countryOf } from './lexicon/places';
import { BODY_HEADS, INSTITUTIONS } from './lexicon/institutions';
import { HONORIFICS, TITLE_WORDS } from './lexicon/titles';
import { NOT_NAME_WORDS, THING_WORDS } from './lexicon/non-speakers';
import { words, type Word } from './words';

const TRAILING_DOT_RE = /\.$/;
const HYPHEN_SPACE_RE = /[-\s]+/g;
const INITIAL_IN_NAME_RE = /\s*\b\p{L}\.\s*/gu;

/** A run of capitalised tokens that may be a person's name, with the role printed around it. */
export interface NameSpan {
  /** The name as printed, possessive dropped: "Dmitry Peskov", "Kim Jong-un", "Peskov". */
  name: string;
  tokens: string[];
  start: number;
  end: number;
  /** Title printed before the name ("Kremlin spokesperson"), or in apposition around it. */
  role: string | null;
  /** Printed as a possessor ("Merkel's spokesman"): the phrase is about someone else. */
  possessive: boolean;
}

const TITLES = new Set(TITLE_WORDS);
// Words of a body's name inside a title: "White House press secretary".
const INSTITUTION_WORDS = new Set(INSTITUTIONS.flatMap((x) => x.name.split(' ')));
const HONOR = new Set(HONORIFICS);
const NOT_NAME = new Set(NOT_NAME_WORDS);
const THINGS = new Set([...THING_WORDS, ...BODY_HEADS]);

const POSSESSIVE_RE = /['’]s$/;
const INITIAL_RE = /^\p{Lu}\.$/u;
const ACRONYM_RE = /^(?:\p{L}\.){2,}$/u;
const ALL_CAPS_RE = /^\p{Lu}[\p{Lu}\p{N}-]+$/u;
const CAPITALISED_RE = /^\p{Lu}/u;
// Month names that are also family names ("Theresa May"): part of a name after a given name.
const MONTH_SURNAMES = new Set(['May', 'June', 'April', 'August']);
const DIGIT_AFTER_RE = /^\s*\d/;
// "Accepting Putin's request, …": a participle opening the text is capitalised, not a name.
const OPENING_PARTICIPLE_RE = /^\p{Lu}\p{Ll}{4,}ing$/u;
const WHITESPACE_RE = /\s/;

// Apposition: "Peskov, Russia's deputy foreign minister," and "his Russian counterpart, Lavrov".
const APPOSITION_AFTER_RE =
  /^,\s+(?:(?:the|a|an)\s+)?((?:[\p{L}'’.-]+\s+){0,7}[\p{L}'’.-]+)\s*(?:[,;.]|$)/u;
const APPOSITION_BEFORE_RE =
  /(?:^|[,;("”]\s*|\band\s+|\bwith\s+|\bby\s+)(?:(?:his|her|their|its|the|a|an)\s+)?((?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+),\s*$/u;

/** True when exactly one space separates two words. */
function singleSpace(text: string, a: Word, b: Word): boolean {
  return b.start === a.end + 1 && text[a.end] === ' ';
}

function bare(word: string): string {
  return word.replace(POSSESSIVE_RE, '').replace(TRAILING_DOT_RE, '');
}

// Vocabulary-bounded: the same words recur in every sentence and every article.
const NAME_WORD_CACHE = new Map<string, boolean>();
const NAME_WORD_CACHE_LIMIT = 50_000;

/** True for a word that can be part of a person's name. */
export function isNameWord(word: string): boolean {
  // Most words start lower-case or with a digit: never a name, no lookup needed.
  const first = word.charCodeAt(0);
  if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) return false;
  let known = NAME_WORD_CACHE.get(word);
  if (known === undefined) {
    if (NAME_WORD_CACHE.size >= NAME_WORD_CACHE_LIMIT) NAME_WORD_CACHE.clear();
    known = readNameWord(word);
    NAME_WORD_CACHE.set(word, known);
  }
  return known;
}

function readNameWord(word: string): boolean {
  const w = bare(word);
  if (!CAPITALISED_RE.test(w)) return false;
  if (INITIAL_RE.test(word)) return true;
  if (ACRONYM_RE.test(word)) return false;
  if (ALL_CAPS_RE.test(w)) return false;
  const lower = w.toLowerCase();
  if (NOT_NAME.has(w) || THINGS.has(w) || TITLES.has(lower) || HONOR.has(lower)) return false;
  // "Cold War-era", "Russia-backed": a thing or a country before a hyphen makes an adjective.
  const head = w.includes('-') ? w.slice(0, w.indexOf('-')) : null;
  if (head && (THINGS.has(head) || NOT_NAME.has(head) || countryOf(head) !== null)) return false;
  return countryOf(w) === null;
}

/** True when a phrase contains a title word ("deputy foreign minister", "counterpart"). */
export function hasTitleWord(phrase: string): boolean {
  for (const w of phrase.toLowerCase().split(/[\s-]+/)) if (TITLES.has(bare(w))) return true;
  return false;
}

// Another person's name ends the title ("Choe Ryong Hae and Russian President Vladimir Putin"),
// but a capitalised word right before a title word belongs to it ("Brexit Secretary").
function isRoleWord(w: string, next: string): boolean {
  const b = bare(w);
  if (TITLES.has(b.toLowerCase())) return true;
  if (!CAPITALISED_RE.test(b) || NOT_NAME.has(b)) return false;
  return !isNameWord(w) || TITLES.has(bare(next).toLowerCase()) || INSTITUTION_WORDS.has(b);
}

/** The title printed right before a name: "Russian Deputy Foreign Minister", "Kremlin spokesperson". */
function roleBefore(text: string, ws: Word[], first: number): string | null {
  let i = first - 1;
  let from = -1;
  while (i >= 0) {
    if (!singleSpace(text, ws[i], ws[i + 1]) || !isRoleWord(ws[i].text, ws[i + 1].text)) break;
    from = i;
    i--;
  }
  if (from < 0) return null;
  const role = text.slice(ws[from].start, ws[first - 1].end);
  return hasTitleWord(role) ? role : null;
}

// An apposition opens with a title or a capitalised word ("deputy foreign minister",
// "Russia's ..."), not with a verb or a conjunction ("converted a handshake with President X").
function isApposition(phrase: string): boolean {
  const first = phrase.split(/\s+/)[0];
  if (!hasTitleWord(phrase)) return false;
  // "Putin's spokesman" opens with a possessor, which is fine; a bare name is not a title.
  if (POSSESSIVE_RE.test(first)) return true;
  if (isNameWord(first)) return false;
  return (
    TITLES.has(bare(first).toLowerCase()) || (CAPITALISED_RE.test(first) && !NOT_NAME.has(first))
  );
}

/** True when the last non-space character before `end` is a comma. */
function commaBefore(text: string, end: number): boolean {
  let k = end - 1;
  while (k >= 0 && WHITESPACE_RE.test(text[k])) k--;
  return k >= 0 && text[k] === ',';
}

function apposition(text: string, start: number, end: number): string | null {
  // The pattern after the name opens with a comma; most names have none, so skip the scan.
  const after = text[end] === ',' ? APPOSITION_AFTER_RE.exec(text.slice(end)) : null;
  if (after && isApposition(after[1])) return after[1];
  // The pattern ends in a comma; most names have none before them, so skip the scan.
  const before = commaBefore(text, start) ? APPOSITION_BEFORE_RE.exec(text.slice(0, start)) : null;
  if (before && isApposition(before[1])) return before[1];
  return null;
}

/** Every run of 1–4 name words in a text, with the role printed around it. */
export function findNames(text: string): NameSpan[] {
  const ws = words(text);
  const out: NameSpan[] = [];
  let i = 0;
  while (i < ws.length) {
    if (!isNameWord(ws[i].text) || (i === 0 && OPENING_PARTICIPLE_RE.test(ws[i].text))) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < ws.length &&
      !POSSESSIVE_RE.test(ws[j].text) &&
      singleSpace(text, ws[j], ws[j + 1]) &&
      (isNameWord(ws[j + 1].text) ||
        (MONTH_SURNAMES.has(bare(ws[j + 1].text)) &&
          !DIGIT_AFTER_RE.test(text.slice(ws[j + 1].end))))
    )
      j++;
    const tokens = ws.slice(i, j + 1).map((w) => bare(w.text));
    if (tokens.length <= 4 && !tokens.every((t) => INITIAL_RE.test(`${t}.`) && t.length === 1)) {
      const start = ws[i].start;
      const end = ws[j].start + bare(ws[j].text).length;
      const role = roleBefore(text, ws, i) ?? apposition(text, start, ws[j].end);
      const possessive = POSSESSIVE_RE.test(ws[j].text);
      out.push({ name: text.slice(start, end), tokens, start, end, role, possessive });
    }
    i = j + 1;
  }
  return out;
}

// Every lookup of a person goes through its key; the same few names recur.
const NAME_KEYS = new Map<string, string>();

/** Lower-case key that treats "Kim Jong-un" and "Kim Jong Un" as one name. */
export function nameKey(name: string): string {
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    if (NAME_KEYS.size >= NAME_WORD_CACHE_LIMIT) NAME_KEYS.clear();
    key = name.toLowerCase().replace(HYPHEN_SPACE_RE, ' ').replace(INITIAL_IN_NAME_RE, ' ').trim();
    NAME_KEYS.set(name, key);
  }
  return key;
}
