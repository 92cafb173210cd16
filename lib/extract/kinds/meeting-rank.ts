import type { RuleInput } from './types';

// Names: a run of capitalised words ("Russian President Vladimir Putin", "Kim", "Mr Shoigu").
const NAME = /\b[A-Z][\w'’-]*(?:\.?\s+[A-Z][\w'’-]*)*/g;
const TWO_LEADERS =
  /\b(?:the two leaders|both leaders|the leaders|leaders of the two|top leaders|heads of state|the two (?:presidents|prime ministers|heads of state)|both presidents)\b|\b[A-Z][a-z]+(?:an|ese|ish|ian)(?:,| and)\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:an|ese|ish|ian)\s+leaders\b/i;
// A leader named by title alone: "N. Korean leader", "the Russian president", "the DPRK leader".
// Case-sensitive on purpose: "leader Kim" is a title before a name, "leader meet" a title alone.
const LEADER_TITLE =
  /\b(?:[Ll]eader|[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor)\b(?!\s+[A-Z])/g;
// Someone below a head of state: a summit needs leaders on both sides (mixed rank is a meeting).
// A party's general secretary leads a one-party state.
const OFFICIAL =
  /\b(?:ministers?|envoys?|governors?|(?<![Gg]eneral\s)secretar(?:y|ies)|officials?(?!\s+(?:dinner|visit|trip|talks|ceremony|reception|welcome|residence|media|statement|channels|schedule|programme|program))|ambassadors?|diplomats?|spokes\w+|aides?|commanders?|chiefs?|counterparts?|members?|deput(?:y|ies))\b/i;
// Capitalised words that name nobody: openers, pronouns, nationalities, acronyms of countries.
const NOT_A_NAME =
  /^(?:At|The|In|On|During|After|Before|While|When|Since|If|As|They|He|She|It|We|But|And|Earlier|Later|Last|Meanwhile|[A-Z][a-z]*(?:ian|ese|ish|ean|an)|[A-Z]{2,5}|N\.?|S\.?)$/;
// "Putin will meet his Belarusian counterpart": a leader's counterpart leads too.
const LEADERS_COUNTERPART = /\b(?:his|her)\s+(?:[A-Z][\w-]*\s+)?counterparts?\b/g;
// "On June 4, ", "During his previous visit on March 21, ": an opening adverbial before the subject.
const FRONTED =
  /^(?:(?:On|In|During|After|Before|Prior to|At|Earlier|Later|Last|Meanwhile|Then|While|When)\b[^,]{0,60},\s*)+/i;
const NAME_AT_START = /^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*/;
const TITLE_WORD = /^(?:President|Prime|Premier|Chancellor|King|Queen|Emperor|Chairman|Leader)\b/;
// "He met", "he held talks", "as he prepares to meet": the pronoun is the subject of the
// meeting, not the speaker of a clause about it ("he said the talks").
const PRONOUN_SUBJECT =
  /\b(?:[Hh]e|[Ss]he)\s+(?:(?!(?:said|says|told|added|that|the|a|an)\b)[a-z][\w-]*\s+){0,3}$/;
// "Kim and Shoigu discussed", "Kim and Shoigu held talks": the two sides named as the subject.
const PAIR_SUBJECT =
  /\b([A-Z][\w'’-]+)\s+and\s+((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:\w+ly\s+|also\s+|have\s+|had\s+|will\s+|held\s+|hold\s+)?$/;
const OWNER_BEFORE = /\b([A-Z][\w-]+)['’]s\s+(?:[a-z][\w-]*\s+){0,2}$/;
const WITH_AFTER = /^\s+with\s+(?:[\w-]+\s+){0,3}?[A-Z]/;
const TRAILING_ATTRIBUTION =
  /,\s*(?:[\w'’.-]+\s+){1,6}(?:told|said|says|added|stated|announced)\b[^,]*$/;
const SUBORDINATE_OPENING =
  /^\s*(?:As|When|While|After|Before|Since|Because|If|Although|Though|Once|Until)\b/;

/**
 * Whether a meeting word at `at` is a summit, and whether anyone is named as a side. A summit
 * has heads of state or government on both sides, by title, by a pronoun standing for one, or
 * by a name too known to need a title; any official, or a side the article does not make a
 * leader, makes it a meeting of mixed rank.
 */
export function meetingRank(
  input: RuleInput,
  clause: string,
  at: number,
  trigger: string,
): { summit: boolean; named: boolean } {
  const { text, isLeader, isPerson, summitStory, isUntitled = () => false, antecedent } = input;
  // Who speaks is not who meets: look past "X said (that)" when the meeting follows it.
  const said = /^.*\b(?:said|says|told \w+|stated|announced|added|as saying)(?: that)?\s/i.exec(
    clause.slice(0, Math.max(0, clause.indexOf(trigger))),
  );
  // "talks with President Putin as well as conversations with officials": the meeting's
  // own sides stand before the coordinated others.
  let scope = (said ? clause.slice(said[0].length) : clause).replace(/,?\s+according to\b.*$/i, '');
  // "Xi and Putin will hold talks, Kremlin spokesman Dmitry Peskov told reporters": who tells of
  // the talks after them is no side of them.
  const attribution = TRAILING_ATTRIBUTION.exec(scope);
  if (attribution && attribution.index > scope.indexOf(trigger))
    scope = scope.slice(0, attribution.index);
  const others = scope.indexOf(' as well as ', Math.max(0, scope.indexOf(trigger)));
  if (others > 0) scope = scope.slice(0, others);
  // "As he prepares to meet Putin tomorrow, a top official …": an opening subordinate
  // clause ends at its comma; the main clause after it is about someone else.
  if (SUBORDINATE_OPENING.test(scope)) {
    const end = scope.indexOf(',', Math.max(0, scope.indexOf(trigger)));
    if (end > 0) scope = scope.slice(0, end);
  }
  const names = (scope.match(NAME) ?? [])
    .flatMap((n) => n.split(/-(?=[A-Z])/))
    .filter((n) => !NOT_A_NAME.test(n.trim()));
  const leaderNames = names.filter(isLeader);
  const counterparts = leaderNames.length > 0 ? (scope.match(LEADERS_COUNTERPART)?.length ?? 0) : 0;
  // "He met with Vladimir Putin": the pronoun stands for a leader named before.
  const standsFor = PRONOUN_SUBJECT.test(text.slice(Math.max(0, at - 40), at))
    ? (antecedent?.() ?? null)
    : null;
  const pronounLeader =
    standsFor !== null &&
    isLeader(standsFor) &&
    !names.some((n) => n.split(/\s+/).pop() === standsFor.split(/\s+/).pop());
  // "he is scheduled to meet with Kim", "he" being an envoy the article titles: mixed rank.
  const pronounBelow =
    standsFor !== null && !isLeader(standsFor) && isPerson(standsFor) && !isUntitled(standsFor);
  // "Kim Jong-il met Russian President Vladimir Putin": a side the article never titles
  // meets a leader, a name known well enough to go bare.
  const bare = names.some((n) => !isLeader(n) && isPerson(n) && isUntitled(n));
  const titled = leaderNames.length + (pronounLeader ? 1 : 0);
  const leaders =
    titled +
    (bare && titled > 0 ? 1 : 0) +
    counterparts +
    (scope.match(LEADER_TITLE)?.length ?? 0) +
    (TWO_LEADERS.test(text) ? 2 : 0);
  // "Kim, who arrived on Tuesday — ... — met the Russian president": the other side may
  // stand in another clause of the same sentence.
  const sentenceLeaders =
    new Set((text.match(NAME) ?? []).filter(isLeader).map((n) => n.split(/\s+/).pop())).size +
    (text.match(LEADER_TITLE)?.length ?? 0);
  // "the official Korean Central News Agency": an adjective before a name (case-sensitive).
  // A prime minister heads a government: not an official below a leader.
  const official = OFFICIAL.test(
    scope
      .replace(/\bofficial(?=\s+[A-Z])/g, '')
      .replace(/\b[Pp]rime [Mm]inisters?\b/g, '')
      .replace(counterparts > 0 ? LEADERS_COUNTERPART : /$^/, ''),
  );
  const together = /\b(?:they|their|the two)\b/i.test(scope);
  // A name that meets or talks is a person: one side not titled as a leader is mixed rank.
  const pair = PAIR_SUBJECT.exec(text.slice(Math.max(0, at - 80), at));
  // "Shoigu's latest meeting with Kim": the owner of the meeting is one side.
  const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  const mixedPair =
    (pair !== null &&
      [pair[1], pair[2]].every((n) => !NOT_A_NAME.test(n)) &&
      [pair[1], pair[2]].some((n) => !isLeader(n) && !isUntitled(n))) ||
    (owner !== undefined &&
      !NOT_A_NAME.test(owner) &&
      isPerson(owner) &&
      !isLeader(owner) &&
      WITH_AFTER.test(text.slice(at + trigger.length, at + trigger.length + 40)));
  // "Shoigu, on behalf of Putin, arrived to meet with Kim": the subject, a person the article
  // does not make a leader, is one side, so the meeting is of mixed rank.
  const opening = scope.trimStart().replace(FRONTED, '');
  const subject = NAME_AT_START.exec(opening)?.[0];
  const subjectBelow =
    subject !== undefined &&
    !NOT_A_NAME.test(subject) &&
    !TITLE_WORD.test(subject) &&
    isPerson(subject) &&
    !isLeader(subject) &&
    !isUntitled(subject);
  const summit =
    !official &&
    !mixedPair &&
    !pronounBelow &&
    !subjectBelow &&
    (leaders >= 2 ||
      (leaders >= 1 && (together || sentenceLeaders >= 2)) ||
      (summitStory && names.every((n) => isLeader(n) || !isPerson(n))));
  return { summit, named: names.length > 0 };
}
