/**
 * Tense of the verb governing a time expression. News prose marks it with a handful of
 * words: modals and infinitives for the future, -ed forms and common irregular pasts for the
 * past, present forms for schedules ("Kim meets Putin on Saturday").
 */
import type { Direction, Tense } from './date-math';

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

const MODALS = new Set([
  'will',
  'would',
  'could',
  'might',
  'shall',
  'should',
  'can',
  "'ll",
  'won’t',
  "won't",
  'wouldn’t',
  "wouldn't",
]);

const PAST_WORDS = new Set(
  (
    'was were had did been said met went came made held took sent gave told left began spoke saw ' +
    'got found flew wrote brought thought became ran paid led kept knew struck chose drove stood ' +
    'sat won lost grew fell rode shook felt heard meant sought taught bought caught broke ' +
    'hosted visited invited confirmed announced reported'
  ).split(' '),
);

const PRESENT_WORDS = new Set(
  (
    'is are am has have does do says say tells meets marks arrives leaves begins starts runs ' +
    'holds hosts attends travels heads goes comes returns opens ends takes gets celebrates closes ' +
    'resumes continues expects hopes wants intends'
  ).split(' '),
);

// -ed words that are not past verbs.
const ED_NOUNS = new Set(
  'need speed seed feed bed red shed hundred united indeed embed proceed exceed succeed breed'.split(
    ' ',
  ),
);

/** Words after which "to" is a preposition, not an infinitive marker. */
const NOT_VERB_AFTER_TO = new Set(
  (
    'the a an his her its their our my your this that these those some all each every both about ' +
    'around more many any no which what whom him them us me it one two three four five six seven ' +
    'eight nine ten date power office war moscow'
  ).split(' '),
);

/** Nouns naming a happening: "visit in May" dates the visit, not a verb. */
const EVENT_NOUNS = new Set(
  (
    'visit visits trip trips meeting meetings summit summits talks ceremony ceremonies ' +
    'celebration celebrations parade forum conference event events dinner reception tour ' +
    'journey voyage session election elections anniversary festival games'
  ).split(' '),
);

const SUBJECT_PRONOUNS = new Set('i we you they he she it who that which'.split(' '));

interface Token {
  word: string;
  lower: string;
  start: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ word: m[0], lower: m[0].toLowerCase(), start: m.index });
  }
  return out;
}

function isPastForm(t: Token, prev: Token | undefined): boolean {
  if (PAST_WORDS.has(t.lower)) return t.word[0] === t.lower[0] || !prev;
  if (!/^[a-z]{3,}ed$/.test(t.word) || ED_NOUNS.has(t.lower)) return false;
  // "the scheduled visit", "an armored train": adjectives.
  return !prev || !/^(?:a|an|the|his|her|its|their|this|that|our|its)$/.test(prev.lower);
}

type Mark = Tense | 'nominal' | 'skip' | null;

/** What one word says about tense, given its neighbours. */
function mark(t: Token, prev: Token | undefined, next: Token | undefined, nominal: boolean): Mark {
  if (t.word === 'may' || MODALS.has(t.lower)) return t.word === 'May' ? null : 'future';
  if (t.lower === 'to' && next && /^[a-z]/.test(next.word) && !NOT_VERB_AFTER_TO.has(next.lower)) {
    return /ing$/.test(next.lower) ? null : 'future';
  }
  if (isPastForm(t, prev)) {
    // "will be held", "to be signed": the auxiliary before decides.
    if (prev && /^(?:be|being|get)$/.test(prev.lower)) return 'skip';
    // "are scheduled": a passive present.
    if (prev && /^(?:is|are|am)$/.test(prev.lower)) return 'present';
    return 'past';
  }
  if (PRESENT_WORDS.has(t.lower) && t.word[0] === t.lower[0]) return 'present';
  if (nominal && EVENT_NOUNS.has(t.lower)) {
    const p = prev?.lower ?? '';
    if (!MODALS.has(p) && p !== 'to' && p !== 'may' && !SUBJECT_PRONOUNS.has(p)) return 'nominal';
  }
  return null;
}

// Punctuation that closes a clause for the purpose of finding its verb.
const CLAUSE_BREAK = /[;—–(]|\s--\s/g;

function clauseBounds(text: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m.index < start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/**
 * Direction for the expression at [start, end) of `text`: the nearest tense marker before it
 * in its clause, else the first verb after it, else `nearest`. With `nounsDecide`, an event
 * noun met first ("Kim's visit in May") means the time belongs to the noun: `nearest`.
 */
export function tenseAt(text: string, start: number, end: number, nounsDecide = true): Direction {
  const [from, to] = clauseBounds(text, start, end);
  const before = tokens(text.slice(from, start));
  for (let i = before.length - 1; i >= 0; i--) {
    const m = mark(
      before[i],
      before[i - 1],
      before[i + 1] ?? firstTokenAt(text, start),
      nounsDecide,
    );
    if (m === 'nominal') return 'nearest';
    if (m && m !== 'skip') return m;
  }
  const after = tokens(text.slice(end, to));
  for (let i = 0; i < after.length; i++) {
    const m = mark(after[i], after[i - 1], after[i + 1], false);
    if (m && m !== 'skip' && m !== 'nominal') return m;
  }
  return 'nearest';
}

function firstTokenAt(text: string, at: number): Token | undefined {
  return tokens(text.slice(at, at + 40))[0];
}

/**
 * The sentence's tense as a whole: future when any future marker ("will", "could", "may",
 * "is set to", "next"), else past when any past verb, else present.
 */
export function sentenceTense(text: string): Tense {
  const ts = tokens(text);
  let past = false;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (t.lower === 'next' || t.lower === 'upcoming') return 'future';
    const m = mark(t, ts[i - 1], ts[i + 1], false);
    if (m === 'future') return 'future';
    if (m === 'past') past = true;
  }
  return past ? 'past' : 'present';
}
