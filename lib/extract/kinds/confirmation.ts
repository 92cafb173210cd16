import { DEPLOYED, HEDGE } from '../lexicon';
import { actorBefore, clauseAround, type Hit, type KindRule } from './types';

// Words of confirming or accepting an invitation, an attendance or a visit.
const CONFIRM =
  /\b(?:confirm(?:s|ed|ing)?|accept(?:s|ed|ing)?["”’]?\s+(?:[\w'’-]+\s+){0,6}?(?:invitations?|requests?)|positive (?:\w+ )?(?:signal|stance|response)|first signals?|given (?:their|his|her|its) consent|agreed to (?:come|visit|attend|travel)|take advantage of (?:[\w'’-]+\s+){0,6}?invitation|accepts?(?=\s*[:;.]|\s*$))\b/gi;
// A host saying named guests will come (R6): "Xi would attend", "were still expected to come".
const WILL_ATTEND =
  /\b(?:(?:would|will) be among (?:those|the (?:leaders|guests|heads of state))\s+(?:coming|attending|expected)|(?:would|will|to|expected to|plans? to|intends? to)\s+(?:(?:\w+ly)\s+)?(?:attend|take part|participate)|(?:expected|plans?|intends?) to (?:come|arrive))\b/gi;
const ABOUT_COMING =
  /\b(?:visit|trip|travel|journey|invit|attend|participat|take part|com(?:e|es|ing)\b|arriv|meet|summit|talks|readiness|intention|plans?\b|go ahead|schedul|dates?\b|timing|signal|consent|accept|acceptance)/i;
// "confirmed that North Korean soldiers ...": a deployment, not a visit.
const DEPLOYED_OBJECT = new RegExp(
  `^\\s+(?:that\\s+)?(?:the\\s+)?(?:[\\w,-]+\\s+){0,4}?${DEPLOYED.source}`,
  'i',
);
// "didn't immediately confirm the visit": an adverb may stand inside the negation.
const NOT_A_CONFIRMATION =
  /\b(?:neither confirmed|never (?:been )?confirmed|(?:did|does|has|have|had|could|would) not (?:\w+ly )?confirm\w*|(?:didn|doesn|hasn|haven|hadn|couldn|wouldn)['’]t (?:\w+ly )?confirm\w*|not (?:yet )?(?:been )?confirmed|(?:the|of|list of) confirmed)\b/i;

// A host awaiting its guest: "Russia is still expecting Kim to visit", "We are expecting the
// visit". Only the present or progressive of a waiting party; "the agency expected Kim to go" is
// a guess, and the guess of onlookers ("analysts expect") is no host's word.
const EXPECTING =
  /\b(?:am|is|are|'re|’re)\s+(?:still\s+)?expecting\s+(?:(?!to\b)[\w'’.-]+\s+){0,8}?(?:to\s+(?:visit|come|arrive|attend|travel)|(?:the|a|his|her|their)\s+(?:[\w-]+\s+)?visit)\b|\bexpects?\s+(?:(?!to\b)[\w'’.-]+\s+){1,8}?to\s+(?:visit|come|arrive|attend|travel)\b/i;
const ONLOOKERS =
  /\b(?:analysts?|experts?|observers?|watchers?|many|some|others|diplomats|sources|media|agency|intelligence|we don['’]t)\s*$/i;

/** "Xi Jinping would attend": a named guest's attendance is also a scheduled visit (R2). */
function isNamedGuest(text: string, at: number): boolean {
  const guest = actorBefore(text, at);
  return (
    guest !== null &&
    /^[A-Z]/.test(guest) &&
    !/\b(?:leaders|officials|countries|delegations)\b/i.test(guest)
  );
}

/** A party confirms or accepts: an invitation, an attendance, a visit going ahead. */
export const confirmationRule: KindRule = {
  name: 'confirmation',
  find({ text, reported }) {
    const hits: Hit[] = [];
    for (const m of text.matchAll(CONFIRM)) {
      const at = m.index ?? 0;
      // "confirmed that soldiers had started moving": what is confirmed must be a trip, a
      // meeting, an invitation or someone's coming.
      if (!ABOUT_COMING.test(text)) break;
      const object = text.slice(at + m[0].length, at + m[0].length + 50);
      if (DEPLOYED_OBJECT.test(object)) continue;
      if (NOT_A_CONFIRMATION.test(text.slice(Math.max(0, at - 30), at + m[0].length + 1))) continue;
      hits.push({ kind: 'confirmation', at, actor: actorBefore(text, at) });
      // "confirmed that Xi would attend": the attendance confirmed is a scheduled visit too.
      for (const a of text.slice(at).matchAll(WILL_ATTEND)) {
        const where = at + (a.index ?? 0);
        if (
          /^(?:will|would)\b/i.test(a[0]) &&
          isNamedGuest(text, where) &&
          !HEDGE.test(clauseAround(text, where))
        )
          hits.push({ kind: 'visit', at: where, actor: null });
        break;
      }
      return hits;
    }
    const expecting = EXPECTING.exec(text);
    if (
      expecting &&
      !ONLOOKERS.test(
        text
          .slice(Math.max(0, expecting.index - 30), expecting.index)
          .replace(/\s+(?:is|are|am)\s*$/i, ' '),
      )
    ) {
      const at = expecting.index;
      return [
        { kind: 'confirmation', at, actor: actorBefore(text, at) },
        { kind: 'visit', at: at + expecting[0].search(/\w+$/), actor: null },
      ];
    }
    if (!reported) return hits;
    // "Peskov said Kim had been invited": a statement that the invitation stands confirms it.
    const invited = /\bhad been invited\b/i.exec(text);
    if (invited) return [{ kind: 'confirmation', at: invited.index, actor: null }];
    for (const m of text.matchAll(WILL_ATTEND)) {
      const at = m.index ?? 0;
      const clause = clauseAround(text, at);
      if (/\bnot\b|n['’]t\b/i.test(text.slice(Math.max(0, at - 12), at + 8))) continue;
      // "invited to participate" is what the invitation asks, not an acceptance.
      if (/\binvit\w*\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, at - 30), at))) continue;
      if (HEDGE.test(clause) && !/\bplans? to come|intends? to arrive/i.test(clause)) continue;
      if (
        /\bvisit\b/i.test(clause.slice(0, Math.max(0, clause.indexOf(m[0])))) &&
        /\bto attend/i.test(m[0])
      )
        continue;
      hits.push({ kind: 'confirmation', at, actor: null });
      if (isNamedGuest(text, at)) hits.push({ kind: 'visit', at, actor: null });
      break;
    }
    return hits;
  },
};
