import { opensWithDatelineColon } from '../filed-on';
import { FUTURE, HEDGE, MEET_WORDS, VISIT_WORDS } from '../lexicon';
import { actorBefore, type Hit, type KindRule } from './types';

// Declines and cancellations are announcements (EVENTS.md).
const DECLINE =
  /\b(?:will not|won['’]t|would not|not to)(?: be)? (?:attend(?:ing)?|com(?:e|ing)|visit(?:ing)?|go(?:ing)?|travel(?:ling|ing)?|take part|taking part|participat(?:e|ing))\b|\b(?:declined|snubbed|turned down|rejected) (?:\w+ )?(?:invitations?|to (?:attend|come|visit))|\b(?:has|have) declined\b|\bdecided to stay\b|\b(?:postponed|cancell?ed|called off)\b/i;
// Statements about arranging a visit or meeting.
const ARRANGING =
  /\b(?:on the table|asked about|commenting on|(?:this|the|such a) visit will|(?:may|might|could) take place|made (?:this|the|a|that) statement|respond(?:ed|ing) to (?:questions|inquiries)|will (?:inform|disclose|provide (?:\w+ )?(?:details|information)|announce|keep you informed)|keep (?:you|the public) informed|(?:too early|premature) to|coordinat\w+|timing of|details|exchange visits|take place|under discussion|preparations|(?:to|will|would) arrange|arranging (?:a|an|the|his|her|their)|arrangements (?:are|were|is|was) (?:underway|under way|being made)|negotiating (?:on|over) the (?:dates?|timing|venue|location)|(?:is|was|are|were) being prepared|prepar(?:ing|es|ed) (?:to (?:welcome|receive|host)|for)|preparatory stage|is set to|are set to|to visit|to pay|will (?:pay|visit|come|travel|hold|meet)|will have (?:talks|discussions|an? (?:meeting|summit))|will make (?:a|an|his|her|their) (?:[\w-]+ )?(?:trip|visit)|would (?:visit|come|travel|hold|meet|take place)|announc\w*|(?:upcoming|imminent|forthcoming)\s+(?:[\w'’-]+\s+){0,2}?(?:visit|trip|tour|meeting|summit|talks)|(?:is|are) (?:expected|anticipated|due|scheduled) to (?:sign|visit|travel|go|come|depart|arrive|hold|meet)|(?:is|are) anticipated to be signed)\b/i;

// "the Kremlin announced the summit", "the visit had been announced by Moscow": the statement
// of a trip or meeting, whether told before or after it.
const ANNOUNCED_HAPPENING = new RegExp(
  `\\bannounc(?:e|es|ed|ing)\\s+(?:(?:the|a|an|his|her|their|its)\\s+)?(?:(?!that\\b)[\\w'’-]+\\s+){0,2}?(?:${VISIT_WORDS.source}|${MEET_WORDS.source})|(?:${VISIT_WORDS.source}|${MEET_WORDS.source})\\s+(?:had|has|have|was|were)\\s+(?:been\\s+)?(?:\\w+ly\\s+)?announced\\b`,
  'i',
);
const INVITED_TO = /^to (?:visit|pay)$/i;
const INVITATION_BEFORE = /\binvit\w*\b[^,;.]*$/i;
const NOTHING_YET =
  /\b(?:no|not)\s+(?:\w+\s+){0,2}(?:has|have|had)\s+(?:yet\s+)?been\s+$|\bnot\s+(?:yet\s+)?been\s+$/i;
// "asked about the troop deployment": a question about something other than a trip or meeting.
const QUESTION_CUE = /^(?:asked about|commenting on)$/i;
const TRIP_OR_MEETING = new RegExp(
  `^\\s+(?:[\\w'’-]+\\s+){0,5}?(?:${VISIT_WORDS.source}|${MEET_WORDS.source}|possib\\w+|plans?|invitation)`,
  'i',
);

const ARRANGING_ALL = new RegExp(ARRANGING.source, 'gi');

/** The first cue of arranging whose question, if it is one, is about a trip or a meeting. */
function arrangingCue(text: string): RegExpExecArray | null {
  const cues = ARRANGING_ALL;
  cues.lastIndex = 0;
  for (let m = cues.exec(text); m; m = cues.exec(text)) {
    // "although no meeting has been announced": nothing was stated.
    if (NOTHING_YET.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "invited Kim to visit Russia": the visit asked for is the invitation's, not a statement.
    if (
      INVITED_TO.test(m[0]) &&
      INVITATION_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))
    )
      continue;
    if (!QUESTION_CUE.test(m[0])) return m;
    if (TRIP_OR_MEETING.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80)))
      return m;
  }
  return null;
}

/** An official states something about a planned visit or meeting (or a decline). */
export const announcementRule: KindRule = {
  name: 'announcement',
  find({ text, reported }) {
    const decline = DECLINE.exec(text);
    if (decline)
      return [{ kind: 'announcement', at: decline.index, actor: actorBefore(text, decline.index) }];
    if (!reported) {
      // A headline like "Kremlin to coordinate leader's visit" states a plan with no verb of saying.
      const headline = /^[A-Z][\w'’ ]{2,40}(?::| to coordinate| to announce)/.exec(text);
      if (!headline || !/\b(?:visit|meeting|talks|summit)\b/i.test(text)) return [];
      // "MOSCOW: ...": a place in capitals before a colon is a dateline, not a source.
      if (opensWithDatelineColon(text)) return [];
    }
    const about =
      VISIT_WORDS.test(text) ||
      MEET_WORDS.test(text) ||
      /\b(?:celebrations?|events?)\b/i.test(text);
    const arranging = arrangingCue(text);
    if (!arranging) return [];
    if (
      !about &&
      !/\bwill (?:inform|provide|disclose|keep)|keep (?:you|the public) informed/i.test(text)
    )
      return [];
    if (
      !FUTURE.test(text) &&
      !ANNOUNCED_HAPPENING.test(text) &&
      !/\bon the table|asked about|commenting on|(?:this|the|such a) visit will|(?:may|might|could) take place|exchange visits|under discussion|too early|coordinat|being prepared|preparations|prepar(?:ing|es|ed) (?:to (?:welcome|receive|host)|for)|preparatory stage|arrang(?:e|ing|ements)\b|negotiating (?:on|over)|made (?:this|the|a|that) statement|respond(?:ed|ing) to|\bto (?:visit|attend|meet|hold|travel|pay)\b/i.test(
        text,
      )
    )
      return [];
    if (HEDGE.test(text) && !reported) return [];
    const hit: Hit = { kind: 'announcement', at: arranging.index, actor: null };
    return [hit];
  },
};
