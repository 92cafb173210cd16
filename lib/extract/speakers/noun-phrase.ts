import { canonicalOutlet, OUTLET_RE } from '../outlets/outlet-table';
import { isOutletShape } from '../outlets/outlet-shapes';
import { BODY_HEADS, BODY_NOUNS, INSTITUTIONS } from './lexicon/institutions';
import {
  DETERMINERS,
  MEDIA_WORDS,
  NOT_NAME_WORDS,
  PLACE_NOUNS,
  PRONOUNS,
  SPEAKER_MODIFIERS,
  SPEAKER_NOUNS,
} from './lexicon/non-speakers';
import { TITLE_WORDS } from './lexicon/titles';
import { VERB_PREFIXES } from './lexicon/reporting-verbs';

const POSSESSIVE_RE = /['’]s$/;
const CLOSING_PUNCT_RE = /[,.;:!?)”"]+$/;
const LEADING_DET_RE = /^(?:the|a|an|one)\s+/i;
const OF_TAIL_RE = /\s+of\s+.*$/;

const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
const DET = lower(DETERMINERS);
const MODIFIERS = lower([...SPEAKER_MODIFIERS, ...PLACE_NOUNS]);
const NOUNS = lower(SPEAKER_NOUNS);
const TITLES = lower(TITLE_WORDS);
const BODIES = lower([...BODY_NOUNS, ...BODY_HEADS]);
const MEDIA = lower(MEDIA_WORDS);
const INSTITUTION_NAMES = lower(INSTITUTIONS.map((x) => x.name));
// Month names that are also family names ("Theresa May ... May told reporters").
const NOT_SUBJECT = new Set(
  NOT_NAME_WORDS.filter((w) => !['May', 'June', 'April', 'August'].includes(w)),
);
const PREFIX_WORDS = VERB_PREFIXES.join('|');

// Words that join two parts of one speaker: "source in Seoul", "governor of Primorye".
const CONNECTORS = new Set(['of', 'in', 'and', 'at', 'for']);
const ENVOY_RE = /^(?:ambassadors?|envoys?|representatives?|delegates?|emissar(?:y|ies))$/i;
const TOKEN_RE = /^[\p{L}\p{N}][\p{L}\p{N}'’.#-]*$/u;
const CAPITALISED_RE = /^\p{Lu}/u;
const DOMAIN_RE = /\p{L}\.(?:com|net|org|az|ru|kr|cn|uk|us|info|news)\b/iu;

/** Auxiliaries, adverbs and a time word between a subject and its verb: "had also said Tuesday". */
const SUBJECT_TAIL_RE = new RegExp(
  `(?:\\s+(?:${PREFIX_WORDS}|on\\s+\\p{Lu}\\p{L}+day|\\p{Lu}\\p{L}+day|last\\s+(?:week|month|year)))+\\s*$`,
  'u',
);
/** A sentence adverb set off by commas: "Opposition lawmakers, however, said". */
const TRAILING_ADVERB_RE =
  /,\s*(?:however|meanwhile|though|too|also|instead|in turn|for (?:his|her|their|its) part),?\s*$/i;
/** A parenthesis or an aside set off by commas: " (NIS)", ", which includes Vladivostok,". */
const TRAILING_PAREN_RE = /\s*\([^()]*\)\s*$/;
const TRAILING_ASIDE_RE =
  /,\s+(?:who|which|whose|a|an|the|also|himself|herself|itself|then|asked|\p{Ll}+ing)\b[^,]*,\s*$/iu;
/** An apposition after a name: "Peskov, Putin's spokesman, said" → "Peskov". */
const APPOSITION_AFTER_NAME_RE = /(?<=\p{Lu}[\p{L}'’-]*),\s+[^,]{2,80},\s*$/u;
/** A name in apposition, closed by a comma: "Iran's spokesman, Saeed Khatibzadeh, told". */
const TRAILING_COMMA_RE = /,\s*$/;
/** What follows an unnamed speaker's head: "people familiar with the matter". */
const POST_MODIFIER_RE =
  /\s+((?:familiar\s+with|close\s+to|with\s+knowledge\s+of|briefed\s+on|involved\s+in)\s+(?:the\s+|this\s+)?[\p{L}-]+)\s*$/u;

const POST_MODIFIER_WORDS = ['familiar', 'close', 'knowledge', 'briefed', 'involved'];
const SUBJECT_REACH = 240;
const PREFIX_SET = new Set(VERB_PREFIXES);
const TAIL_UNITS = new Set(['week', 'month', 'year']);
const SPACE_RE = /\s/;

/** True when the text's last non-space character is `mark`. */
function endsWith(text: string, mark: string): boolean {
  return text.trimEnd().endsWith(mark);
}

/** Whether the last word can end `SUBJECT_TAIL_RE`: a prefix word, "...day", week, month, year. */
function mayEndInTail(text: string): boolean {
  const trimmed = text.trimEnd();
  let k = trimmed.length - 1;
  while (k >= 0 && !SPACE_RE.test(trimmed[k])) k--;
  const last = trimmed.slice(k + 1);
  return PREFIX_SET.has(last) || last.endsWith('day') || TAIL_UNITS.has(last);
}

function isNpWord(word: string, capitalisedOk: boolean): boolean {
  const w = word.replace(POSSESSIVE_RE, '').toLowerCase();
  if (!TOKEN_RE.test(word)) return false;
  if (capitalisedOk && CAPITALISED_RE.test(word)) return true;
  return MODIFIERS.has(w) || NOUNS.has(w) || TITLES.has(w) || BODIES.has(w) || MEDIA.has(w);
}

function trimConnectors(ws: string[]): string[] {
  let a = 0;
  let b = ws.length;
  while (a < b && CONNECTORS.has(ws[a].toLowerCase())) a++;
  while (b > a && CONNECTORS.has(ws[b - 1].toLowerCase())) b--;
  return ws.slice(a, b);
}

// "Seoul's unification ministry", "the health ministry": one plain word before a head noun,
// itself after a determiner or a possessive, is part of the name.
function isCompoundModifier(word: string, taken: string[], previous: string | undefined): boolean {
  if (taken.length !== 1 || !TOKEN_RE.test(word) || CAPITALISED_RE.test(word)) return false;
  const head = taken[0].toLowerCase();
  if (!NOUNS.has(head) && !BODIES.has(head) && !TITLES.has(head)) return false;
  const prev = previous ?? '';
  return DET.has(prev.toLowerCase()) || POSSESSIVE_RE.test(prev);
}

/**
 * The noun phrase that ends `before` (the subject of a verb that follows): "Kremlin spokesman
 * Dmitry Peskov", "a government source in Seoul", "he". Empty when none.
 */
export function subjectBefore(before: string): string {
  // A subject never runs longer than this; anchored patterns then scan a short tail only.
  let text = before.slice(-SUBJECT_REACH);
  // End-anchored patterns are tried at every offset, so each runs only when the text's last
  // word or mark could end a match.
  if (mayEndInTail(text)) text = text.replace(SUBJECT_TAIL_RE, '');
  for (let k = 0; k < 2; k++) {
    if (text.includes(',')) text = text.replace(TRAILING_ADVERB_RE, '');
    if (endsWith(text, ')')) text = text.replace(TRAILING_PAREN_RE, '');
    if (endsWith(text, ',')) {
      text = text.replace(TRAILING_ASIDE_RE, '').replace(APPOSITION_AFTER_NAME_RE, '');
    }
  }
  if (endsWith(text, ',')) text = text.replace(TRAILING_COMMA_RE, '');
  const post = POST_MODIFIER_WORDS.some((w) => text.includes(w))
    ? POST_MODIFIER_RE.exec(text)
    : null;
  if (post) text = text.slice(0, post.index);
  const parts = text.split(/(\s+)/);
  const taken: string[] = [];
  for (let p = parts.length - 1; p >= 0; p -= 2) {
    const word = parts[p];
    if (!word) continue;
    if (p < parts.length - 1 && parts[p + 1] !== ' ') break;
    const lw = word.toLowerCase();
    if (taken.length === 0 && PRONOUNS.has(lw)) return word;
    if (DET.has(lw)) {
      taken.unshift(word);
      // "the governor of the region": a determiner after "of" is inside the phrase.
      if (CONNECTORS.has((parts[p - 2] ?? '').toLowerCase()) && parts[p - 1] === ' ') continue;
      break;
    }
    // "Russia's ambassador to South Korea": "to" after an envoy's title is inside the phrase.
    const envoyTo = lw === 'to' && ENVOY_RE.test(parts[p - 2] ?? '');
    if (CONNECTORS.has(lw) || envoyTo) {
      if (taken.length === 0) break;
      taken.unshift(word);
      continue;
    }
    // "Then Russian officials disclosed": a sentence adverb is not part of the subject.
    if (NOT_SUBJECT.has(word)) break;
    if (!isNpWord(word, true) && !isCompoundModifier(word, taken, parts[p - 2])) break;
    taken.unshift(word);
  }
  const phrase = trimConnectors(taken).join(' ');
  return phrase && post ? `${phrase} ${post[1]}` : phrase;
}

/** The noun phrase that starts `after` (a speaker after "said", "according to", "by"). */
export function phraseAfter(after: string): string {
  const parts = after.trimStart().split(/(\s+)/);
  const taken: string[] = [];
  for (let p = 0; p < parts.length; p += 2) {
    let word = parts[p];
    if (!word) break;
    const end = CLOSING_PUNCT_RE.exec(word);
    if (end) word = word.slice(0, end.index);
    const lw = word.toLowerCase();
    if (taken.length === 0 && PRONOUNS.has(lw)) return word;
    let ok: boolean;
    if (lw === 'that' || lw === 'this') ok = false;
    else if (DET.has(lw) || lw === 'some' || lw === 'several') ok = taken.length === 0;
    else if (CONNECTORS.has(lw)) ok = taken.length > 0 && isNpWord(parts[p + 2] ?? '', true);
    else ok = isNpWord(word, true);
    if (!ok || !word) break;
    taken.push(word);
    if (end || (parts[p + 1] && parts[p + 1] !== ' ')) break;
  }
  return trimConnectors(taken).join(' ');
}

// Phrases recur in every sentence that cites the same source; the outlet scan is costly.
const MEDIA_CACHE = new Map<string, boolean>();
const MEDIA_CACHE_LIMIT = 20_000;

/** True when a phrase names the press (an outlet, "state media", "the report"), not a speaker. */
export function isMedia(phrase: string): boolean {
  let media = MEDIA_CACHE.get(phrase);
  if (media === undefined) {
    if (MEDIA_CACHE.size >= MEDIA_CACHE_LIMIT) MEDIA_CACHE.clear();
    media = readMedia(phrase);
    MEDIA_CACHE.set(phrase, media);
  }
  return media;
}

function readMedia(phrase: string): boolean {
  if (DOMAIN_RE.test(phrase)) return true;
  const stripped = phrase.replace(LEADING_DET_RE, '');
  if (canonicalOutlet(stripped) || isOutletShape(stripped)) return true;
  // "Central News Agency of Pyongyang": the head stands before "of".
  const ws = stripped.toLowerCase().replace(OF_TAIL_RE, '').split(/\s+/);
  const head = ws[ws.length - 1].replace(POSSESSIVE_RE, '');
  // The head noun decides: "press secretary" is a person, "spy agency" a body, "news agency",
  // "the agency" and "state media" the press.
  if (MEDIA.has(head) && (head !== 'agency' || ws.length === 1 || ws.includes('news'))) return true;
  OUTLET_RE.lastIndex = 0;
  for (let m = OUTLET_RE.exec(stripped); m; m = OUTLET_RE.exec(stripped)) {
    if (m.index + m[0].length === stripped.length) return true;
  }
  return false;
}

/**
 * True when a phrase can be a speaker: a pronoun, a capitalised name or body, or a description
 * headed by a speaker noun ("unnamed Russian official", "analysts"). "10 countries" is not.
 */
export function isSpeakerPhrase(phrase: string): boolean {
  if (!phrase) return false;
  const ws = phrase.split(/\s+/);
  if (ws.length === 1 && PRONOUNS.has(ws[0].toLowerCase())) return true;
  const content = ws.filter((w) => !DET.has(w.toLowerCase()));
  if (content.length === 0) return false;
  if (INSTITUTION_NAMES.has(content.join(' ').toLowerCase())) return true;
  return content.some((w) => {
    const lw = w.replace(POSSESSIVE_RE, '').toLowerCase();
    if (CAPITALISED_RE.test(w)) return !NOT_SUBJECT.has(w);
    return NOUNS.has(lw) || TITLES.has(lw) || BODIES.has(lw);
  });
}
