import { DOMESTIC_BODIES, HEDGE, NEGATION } from '../lexicon';
import { clauseAround, type Hit, type KindRule } from './types';

const MEET =
  /\b(?:summit|met|meet|meets|meeting|meetings|talks|held discussions|discussions with|shook hands|shaking hands|greeted|greeting|welcomed|welcomes|received|dinner with|spoke one-on-one)\b/gi;
// Names: a run of capitalised words ("Russian President Vladimir Putin", "Kim", "Mr Shoigu").
const NAME = /\b[A-Z][\w'’-]*(?:\.?\s+[A-Z][\w'’-]*)*/g;
const TWO_LEADERS =
  /\b(?:the two leaders|both leaders|the leaders|leaders of the two|top leaders|heads of state)\b/i;
const PLAIN_RECEIVE = /\breceived\s+(?:a|an|the)\s+(?:positive|invitation|signal|message|letter)/i;

/** Leaders or officials meet: a `summit` when heads of state or government meet, else a `meeting`. */
export const meetingRule: KindRule = {
  name: 'meeting',
  find({ text, isLeader }) {
    for (const m of text.matchAll(MEET)) {
      const at = m.index ?? 0;
      const word = m[0].toLowerCase();
      const clause = clauseAround(text, at);
      if (PLAIN_RECEIVE.test(text.slice(at, at + 40))) continue;
      if (DOMESTIC_BODIES.test(text.slice(Math.max(0, at - 10), at + 80)) && word !== 'summit')
        continue;
      if (NEGATION.test(text.slice(Math.max(0, at - 20), at))) continue;
      // "could meet next month" is speculation (R2), not a summit.
      if (HEDGE.test(text.slice(Math.max(0, at - 40), at)) && word !== 'summit') continue;
      if (
        /^(?:welcomed|welcomes|received|greeted|greeting)$/.test(word) &&
        !/[A-Z]/.test(text.slice(at + word.length, at + word.length + 40))
      )
        continue;
      const names = clause.match(NAME) ?? [];
      const leaders = names.filter(isLeader).length + (TWO_LEADERS.test(text) ? 2 : 0);
      const summit =
        word === 'summit' || leaders >= 2 || (/\bthey\b/i.test(clause) && leaders >= 1);
      if (
        !summit &&
        names.length === 0 &&
        !/\b(?:delegations?|ministers?|officials?|envoy|counterparts?|governors?|parties)\b/i.test(
          text,
        )
      )
        continue;
      const hit: Hit = { kind: summit ? 'summit' : 'meeting', at, actor: null };
      return [hit];
    }
    return [];
  },
};
