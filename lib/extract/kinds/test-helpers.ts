import type { RuleInput } from './types';

const LEADERS = /\b(?:Putin|Kim|Xi|Medvedev|Biden|Macron|Sunak|Modi)\b/;

/** A rule input for table tests: leaders are a fixed list, time presence is read off digits and months. */
export function input(
  text: string,
  reported = /\b(?:said|says|told|stated|announced|reported)\b|["“”]/.test(text),
): RuleInput {
  return {
    text,
    reported,
    isLeader: (name) => LEADERS.test(name),
    summitStory: false,
    isPerson: (name) =>
      /^(?:Mr |Mrs |Ms )?[A-Z][a-z]+(?: [A-Z][\w-]+)*$/.test(name) &&
      !/\b(?:Russia|Korea|Moscow|Pyongyang|Siberia)\b/.test(name),
    hasTime:
      /\b(?:\d{4}|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|next (?:week|month|year)|this (?:month|year)|coming days|May \d)\b/.test(
        text,
      ),
  };
}
