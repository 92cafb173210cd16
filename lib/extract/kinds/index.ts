import { agreementRule } from './agreement';
import { announcementRule } from './announcement';
import { confirmationRule } from './confirmation';
import { invitationRule } from './invitation';
import { meetingRule } from './meeting';
import { speculationRule } from './speculation';
import { visitRule } from './visit';
import { FUTURE, HEDGE, RELATES_TO } from '../lexicon';
import { SPEECH_ACTS } from '../../types';
import { clauseAround, type Hit, type KindRule, type RuleInput } from './types';

export type { Hit, KindRule, RuleInput } from './types';

/**
 * The kind rules, in the order their hits are listed for a sentence. Order matters only where a
 * later rule defers to an earlier one: a sentence that confirms or speculates is not also a plain
 * announcement (see `resolveHits`).
 */
export const KIND_RULES: readonly KindRule[] = [
  invitationRule,
  confirmationRule,
  speculationRule,
  announcementRule,
  visitRule,
  meetingRule,
  agreementRule,
];

// Every rule needs one of these words; a sentence with none of them is skipped cheaply.
const TRIGGERS =
  /invit|confirm|accept|signal|consent|attend|participat|take part|announc|declin|snub|postpon|cancel|visit|trip|travel|journey|voyage|arriv|landed|touched down|left|crossed|\bcom(?:e|es|ing)\b|came|\bgo\b|went|return|way back|rumbled|\bmee?t|talks|summit|discussion|discuss|shook|shaking|embrac|hugged|greet|welcom|receiv|host|dinner|sign|ratif|struck|concluded|speculat|possib|potential|prospect|\bmay\b|might|could|plans?\b|planned|expected|on the table|coordinat|inform|details|take place|decided|decision|led a|to be in|will be in|would be in|shall be in|occasion|delegation|envoy|emissar|representative/i;

const QUESTION = /\?["”’]?\s*$/;
// "During his visit to Beijing, Putin invited …": a trip that frames the sentence is no topic.
const FRAMING_TRIP =
  /\b(?:during|on|after|in the course of)\s+(?:his|her|their|its|the|an?)\s+(?:[\w'’-]+\s+){0,2}$/i;
// "By tradition the leaders of many countries are invited": a custom, not a happening (R7).
const HABITUAL = /\b(?:by tradition|traditionally|customarily|as a rule)\b/i;

const HAPPENINGS = new Set(['visit', 'summit', 'meeting']);
// "No leader", "Neither side", "None of them" as the subject; not the answer "No, …".
const NO_ONE = /^\s*(?:No|Neither|None)\b(?!\s*[,.!])/;

/** Whether a sentence has any word a kind rule looks for. */
export function mayHaveEvent(text: string): boolean {
  return TRIGGERS.test(text);
}

/** Runs every rule over one sentence and settles the overlaps between their hits. */
export function findHits(input: RuleInput): Hit[] {
  // "Will Kim go to Moscow?": a question asserts no happening; it can only float a guess.
  if (HABITUAL.test(input.text)) return [];
  const question = QUESTION.test(input.text);
  const hits = KIND_RULES.flatMap((rule) => rule.find(input)).filter(
    (h) => !question || h.kind === 'speculation',
  );
  const has = (kind: string) => hits.some((h) => h.kind === kind);
  return hits.filter((h, k) => {
    // "No Soviet or Russian leader had visited North Korea": a clause whose subject is "no one"
    // tells that nothing happened.
    if (HAPPENINGS.has(h.kind) && NO_ONE.test(clauseAround(input.text, h.at))) return false;
    // One trip found by two rules (a guest "would be among those coming to Moscow") is one visit.
    if (h.kind === 'visit' && !h.another && hits.findIndex((x) => x.kind === 'visit') < k)
      return false;
    // A confirmation of a visit already states it; the same words are not also an announcement.
    if (
      h.kind === 'announcement' &&
      has('confirmation') &&
      !/\b(?:not|declined|snubbed)\b/i.test(input.text)
    )
      return false;
    // A speculated visit is the speculation, not yet a happening (R2) — unless the visit stands
    // apart, past a comma ("..., coinciding with the anniversary of Putin's visit").
    // "confirmed their intention to come to Moscow": the trip is what the statement is about.
    if (
      h.kind === 'visit' &&
      SPEECH_ACTS.some(has) &&
      /\b(?:intention|consent|readiness|willingness|plans?|wish)\s+to\s+$/i.test(
        input.text.slice(Math.max(0, h.at - 30), h.at),
      )
    )
      return false;
    // "The visit coincides with speculation over …": the guess is about something else.
    const spec = hits.find((x) => x.kind === 'speculation');
    if (h.kind === 'visit' && spec) {
      const between = input.text.slice(Math.min(spec.at, h.at), Math.max(spec.at, h.at));
      if (!/,/.test(between) && !(h.at < spec.at && RELATES_TO.test(between))) return false;
    }
    // "confirmed Kim's visit", "will coordinate the visit": a visit named inside a statement is
    // its topic; it is a happening of its own only when scheduled or told as done with a time (R2).
    // "invited Putin during a visit to Russia": "during" never introduces what is said.
    const before = input.text.slice(Math.max(0, h.at - 40), h.at);
    const framing =
      FRAMING_TRIP.test(before) &&
      (/\b(?:during|in the course of)\s+\S+\s+(?:[\w'’-]+\s+){0,2}$/i.test(before) ||
        hits.every(
          (x) => !SPEECH_ACTS.includes(x.kind) || input.text.slice(h.at, x.at).includes(','),
        ));
    if (h.kind === 'visit' && h.noun && SPEECH_ACTS.some(has) && !framing) {
      const scheduled =
        /\b(?:set to|(?:is|are) due to|imminent|(?:to|will|shall) (?:pay|make (?:a|an|his|her|their) (?:[\w-]+ )?(?:trip|visit))|(?:will|would) take place\W{1,3}(?:in|on|within))\b/i.test(
          input.text,
        );
      const doneWithTime =
        input.hasTime &&
        !input.hasFutureTime &&
        !FUTURE.test(input.text) &&
        !HEDGE.test(input.text);
      if (!scheduled && !doneWithTime) return false;
    }
    // A sentence that puts forward a possible time is speculation, not also an announcement,
    // and the meeting it imagines ("where he would meet Putin") is not yet a happening.
    if (h.kind === 'announcement' && has('speculation')) return false;
    // "the aide had told ... the leader plans to come": a host's word on a plan confirms it.
    if (
      h.kind === 'speculation' &&
      has('confirmation') &&
      /^(?:plans?|intends?|expected)\b/i.test(input.text.slice(h.at))
    )
      return false;
    if (
      (h.kind === 'summit' || h.kind === 'meeting') &&
      has('speculation') &&
      // "could meet", "could lead to a summit", "speculation over a summit": imagined, not held.
      /\b(?:would|could|may|might)\s+(?:\w+\s+){0,3}$|\b(?:speculation|rumou?rs?|talk)\s+(?:over|about|of|on)\s+(?:\w+\s+){0,3}$/i.test(
        input.text.slice(Math.max(0, h.at - 40), h.at),
      )
    )
      return false;
    return true;
  });
}
