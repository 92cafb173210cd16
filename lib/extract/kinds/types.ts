import type { EventKind } from '../../types';
import { statesBehind } from '../speakers/lexicon/state-media';

/** What a kind rule sees of one sentence. */
export interface RuleInput {
  text: string;
  /** Whether a reporting verb or a quotation attributes the sentence to someone. */
  reported: boolean;
  /** Names (as written) the article knows to be heads of state or government. */
  isLeader: (name: string) => boolean;
  /** Whether the sentence contains a time expression. */
  hasTime: boolean;
  /** Whether one of its times lies after the article's date (a plan, not a report). */
  hasFutureTime?: boolean;
  /** Whether a name as written is a person the article names (not a place or a body). */
  isPerson: (name: string) => boolean;
  /** Whether the article tells of leaders meeting: its bare "the talks" are then a summit. */
  summitStory: boolean;
  /** Whether a name is a person the article never gives a title or role: one too known to need it. */
  isUntitled?: (name: string) => boolean;
  /** Who a sentence-opening "he" or "she" stands for: the person last named before it, or null. */
  antecedent?: () => string | null;
}

/** One event mention a rule found in a sentence, before dating and attribution. */
export interface Hit {
  kind: EventKind;
  /** Offset of the trigger word in the sentence: dates and actors are looked for around it. */
  at: number;
  /** For narrated speech acts: who performed the act, as written ("Putin", "North Korea"). */
  actor?: string | null;
  /** True when the trigger is a noun ("Kim's visit") rather than a verb of travel. */
  noun?: boolean;
  /** A second happening of the same kind in the sentence, with a time of its own. */
  another?: boolean;
}

/** A rule: one kind of happening, one small file. */
export interface KindRule {
  name: string;
  find(input: RuleInput): Hit[];
}

/** The clause around `at`: text between the nearest clause breaks on either side. */
export function clauseAround(text: string, at: number): string {
  const breaks = /[;:—–]|,\s(?:but|and|while|although|though|whereas)\b|\s--\s/g;
  let start = 0;
  let end = text.length;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    if (m.index < at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return text.slice(start, end);
}

// A capitalised name or body right before a verb: "Russian President Vladimir Putin", "North Korea", "The Kremlin".
const ACTOR_BEFORE =
  /((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)(?:['’]s?)?,?\s+(?:(?:has|have|had|also|first|again|once|personally|courteously|then|later|earlier|\w+ly|(?:this|last) (?:week|month|year)|on [A-Z]\w+day|in [A-Z][\w'’-]+)\s+){0,3}$/;

// A described actor: "Several Western leaders", "The North Korean leader", "North Korea's official media".
const DESCRIBED_BEFORE =
  /((?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z]+\s+)?(?:leaders?|officials?|ministers?|president|premier|spokes(?:man|woman|person)|diplomats?|government|sources?|media|state media|news agency))\s+(?:(?:has|have|had|also|personally|\w+ly)\s+){0,2}$/;
const MEDIA_HEAD = /\b(?:media|news agency)$/;
// "Russian and North Korean state media announced": two states speak through their media.
const PAIRED_MEDIA =
  /(?:[A-Z][\w-]*\s+){1,2}and\s+(?:[A-Z][\w-]*\s+){1,2}(?:official\s+|state(?:-run|-controlled|-owned)?\s+)?(?:media|news agencies)\s+(?:(?:has|have|had|also|\w+ly)\s+){0,2}$/;

/** The actor written just before a trigger verb, if the text names one. */
export function actorBefore(text: string, at: number): string | null {
  const window = text.slice(Math.max(0, at - 80), at);
  const paired = PAIRED_MEDIA.exec(window);
  const pair = paired ? statesBehind(paired[0]) : null;
  if (pair) return pair;
  const described = DESCRIBED_BEFORE.exec(window);
  if (described) {
    const phrase = described[1].replace(/^(?:The|A|An)\s+/, '').trim();
    // "North Korea's official media": the state speaks through its media.
    return (MEDIA_HEAD.test(phrase) ? statesBehind(phrase) : null) ?? phrase;
  }
  const m = ACTOR_BEFORE.exec(window);
  if (!m) return null;
  // "Since Pyongyang accepted …": a subordinator opening the sentence is no part of the name.
  const name = m[1]
    .replace(
      /^(?:The|A|An|Since|When|While|As|Because|Although|Though|If|Once|Until|After|Before)\s+(?=[A-Z])/,
      '',
    )
    .replace(/^(?:The|A|An)\s+/, '')
    .trim();
  return /^(?:He|She|They|It|We|I|But|And|On|In|At|During|After|Previously|Notably|Meanwhile|Earlier)$/.test(
    name,
  )
    ? null
    : name;
}
