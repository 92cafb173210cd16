/**
 * Tense of the verb governing a time expression. News prose marks it with a handful of
 * words: modals and infinitives for the future, -ed forms and common irregular pasts for the
 * past, present forms for schedules ("Kim meets Putin on Saturday").
 */
import type { Direction, Tense } from './date-math';
import {
  ED_NOUNS,
  EVENT_NOUNS,
  MODALS,
  NOT_VERB_AFTER_TO,
  PAST_WORDS,
  PRESENT_WORDS,
  SUBJECT_PRONOUNS,
  TITLE_CASE_VERBS,
} from './tense-words';

// Numbers are tokens too, so "to 15, talks" does not read as "to talks".
const WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g;
// "he'll", "didn't": the part before the apostrophe and the part after.
const CONTRACTION = /^([a-z]+)['’](ll|t)$/;

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
  if (t.word === 'may' || MODALS.has(t.lower)) return 'future';
  const contraction = CONTRACTION.exec(t.lower);
  if (contraction) {
    if (contraction[2] === 'll' || /^(?:wo|would|could)n$/.test(contraction[1])) return 'future';
    if (/^(?:did|was|were|had)n$/.test(contraction[1])) return 'past';
  }
  if (t.lower === 'to' && next && /^[a-z]/.test(next.word) && !NOT_VERB_AFTER_TO.has(next.lower)) {
    return /ing$/.test(next.lower) ? null : 'future';
  }
  // Title-case headlines: "Kim To Visit Russia In September".
  if (t.word === 'To' && next && TITLE_CASE_VERBS.has(next.lower)) return 'future';
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
// ", with Pompeo also meeting Kim late Wednesday": an absolute phrase has no tense of its own.
const CLAUSE_BREAK = /[;—–(]|\s--\s|,\s(?=with\s)/g;

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
    // "Kim's visit in May": the time belongs to the noun, whose own time is open, unless the
    // clause tells it as past on both sides ("met Putin during her visit in January").
    if (m === 'nominal') return pastAround(before, i, text, end, to) ? 'past' : 'nearest';
    if (m === 'future' && futureInPast(before, i)) return 'nearest';
    if (m && m !== 'skip') return m;
  }
  return firstAfter(text, end, to) ?? 'nearest';
}

/**
 * "was originally scheduled to arrive late Tuesday", "had planned to go": a plan told in the
 * past may lie on either side of the report.
 */
function futureInPast(before: Token[], i: number): boolean {
  if (before[i].lower !== 'to') return false;
  const verb = before[i - 1]?.lower ?? '';
  if (!/(?:ed|due|supposed|set|going|about)$/.test(verb)) return false;
  return before.slice(Math.max(0, i - 4), i - 1).some((t) => /^(?:was|were|had)$/.test(t.lower));
}

function firstAfter(text: string, end: number, to: number): Tense | null {
  const after = tokens(text.slice(end, to));
  for (let i = 0; i < after.length; i++) {
    const m = mark(after[i], after[i - 1], after[i + 1], false);
    if (m && m !== 'skip' && m !== 'nominal') return m;
  }
  return null;
}

/**
 * Whether a past verb stands before "during" and the event noun at `noun`, and nothing but
 * past follows.
 */
function pastAround(before: Token[], noun: number, text: string, end: number, to: number): boolean {
  for (let i = noun - 1; i >= 0; i--) {
    const m = mark(before[i], before[i - 1], before[i + 1], false);
    if (m === 'past') {
      // "during her visit": the past act falls within the trip; "a signal on his visit" does not.
      const between = before.slice(i + 1, noun).map((t) => t.lower);
      if (!between.includes('during')) return false;
      const after = firstAfter(text, end, to);
      return after === null || after === 'past';
    }
    if (m && m !== 'skip' && m !== 'nominal') return false;
  }
  return false;
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
