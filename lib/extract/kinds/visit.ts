import {
  COUNTERFACTUAL,
  DEPLOYED,
  FUTURE,
  HEADLINE_PLAN,
  HEDGE,
  NEGATION,
  RELATES_TO,
  TIME_GAP,
} from '../lexicon';
import { MONTH_ANY } from '../time/lexicon';
import { clauseAround, type Hit, type KindRule } from './types';

// "expected in Moscow", "will be in Kazan": a place after "in", not a month or a sentence's "The".
const NOT_A_MONTH = `(?!(?:${MONTH_ANY}|[Tt]he)\\b)`;
// Verbs of travel told as happening, done or decided.
const TRAVEL = new RegExp(
  `\\b(?:visit(?:s|ed|ing)?|trips?|travel(?:s|led|ed|ling|ing)?|journey|voyage|arriv(?:e|es|ed|ing|al)|landed|touched down|left (?=for |[A-Z]|(?:[\\w-]+ ){1,5}?(?:bound )?for [A-Z])|bound for (?=[A-Z])|crossed (?:into|the (?:[\\w-]+ ){0,3}border)|pulled into|(?:come|came|coming|go|went) to (?=[A-Z]|the )|returns? (?:home|to )|returned|on (?:his|her|their|its) way (?:back|home)|rumbled (?:on )?to|decision to come|(?:to|will|would|shall) be in (?=[A-Z])${NOT_A_MONTH}|expected in (?=[A-Z])${NOT_A_MONTH}|(?:is|are) (?:now |currently )?in (?=(?:[A-Z][\\w-]+ ){1,2}for (?:talks|meetings|an? (?:official |state |working )?visit))|led a (?:group|delegation)|pa(?:y|ys|id|ying) (?:an? |his |her |their )?(?:[\\w-]+ ){0,2}?(?:visit|trip)|sen(?:ds?|t|ding) (?:an? |his |her |its |their )?(?:[\\w-]+ ){0,3}?(?:envoys?|delegations?|emissar(?:y|ies)|representatives?) to (?=[A-Z]))\\b`,
  'gi',
);
// Most sentences tell no travel: one cheap test before the sentence-wide scans.
const ANY_TRAVEL = new RegExp(TRAVEL.source, 'i');
// Visits that are talked about but not happening: generic, hedged or merely discussed.
const NOT_A_VISIT_BEFORE =
  /\b(?:potential|possible|proposed|such a|upcoming|whether|if|exchange|envoy|talk of|speculation (?:that|about|over|of)|reports? of|rumou?rs? of|would be (?:his|her|their) first|first (?:official )?foreign)\s+(?:[\w'’-]+\s+){0,3}$/i;
const PREPARED_FOR =
  /\bprepar(?:ing|es|ed|atory\s+stage)\b(?:\s+to\s+(?:welcome|receive|host))?[^.;]{0,70}?\bfor\s+(?:an?\s+|the\s+|[\w-]+['’]s\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?$/i;
const IDIOM_AFTER =
  /^(?:(?:the|its|their|his|her|our|each other['’]s|one another['’]s|the other['’]s)\s+)?(?:aid|rescue|defen[cs]e|assistance|help|power|terms|blows|an?\s+(?:end|agreement|halt|standstill|close|conclusion))\b/i;
const DEPLOYED_BEFORE = new RegExp(
  `${DEPLOYED.source}\\s+(?:who\\s+|that\\s+|have\\s+|had\\s+|were\\s+|been\\s+|also\\s+|\\w+ly\\s+)*$`,
  'i',
);
// "his visits to", "exchange visits", "Kim's two visits": "visits" as a noun.
const PLURAL_VISITS_BEFORE =
  /(?:^|\b(?:his|her|their|its|the|these|those|two|three|several|many|frequent|regular|exchange|official|state|reciprocal|mutual|\w+['’]s))\s+$/i;
const IMPERATIVE_BEFORE = /(?:[“"‘]|\bplease)\s*$/i;
const GENERIC =
  /\b(?:exchange visits|visits? (?:to|by) \w+ have (?:also )?increased|constantly)\b/i;

// The subject of its sentence, owned: "Shoigu's latest", "The Russian security chief's", "His".
const OWNED_SUBJECT =
  /^(?:(?:The\s+)?(?:[\w-]+\s+){0,3}[\w-]+['’]s|His|Her|Their|Its|This|The)\s+(?:(?:latest|recent|current|ongoing|first|second|third|surprise|official|state|two-day|three-day|[\w-]+-day)\s+){0,2}$/;
const RELATES_AFTER = new RegExp(
  `^(?:\\s+to\\s+(?:the\\s+)?[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)?)?\\s+${RELATES_TO.source}`,
);

/** Someone travelled, travels or will travel to another country on official business. */
export const visitRule: KindRule = {
  name: 'visit',
  find(input) {
    // Whether the sentence has times is asked only where it decides (see SentenceInput).
    const { text } = input;
    if (!ANY_TRAVEL.test(text) || GENERIC.test(text) || COUNTERFACTUAL.test(text)) return [];
    for (const m of text.matchAll(TRAVEL)) {
      const at = m.index ?? 0;
      const word = m[0].toLowerCase();
      // "left Moscow", "came to Seoul": these need a place name after them (checked case-sensitively).
      if (
        /\s$/.test(m[0]) &&
        !/^(?:[A-Z]|for |the |an? (?:\w+ )?(?:location|place|city|country|capital))/.test(
          text.slice(at + m[0].length, at + m[0].length + 40),
        )
      )
        continue;
      // "left Moscow", "left aboard a train bound for Russia"; not "left the room".
      if (
        word === 'left ' &&
        !/^(?:[A-Z]|(?:[\w-]+ ){0,5}?(?:bound )?for [A-Z])/.test(text.slice(at + 5, at + 60))
      )
        continue;
      const before = text.slice(Math.max(0, at - 50), at);
      if (NOT_A_VISIT_BEFORE.test(before)) continue;
      // "preparing to welcome Kim for a visit", "the preparatory stage for Kim's visit": a trip
      // being prepared is the statement's topic, not yet a happening (R2).
      if (PREPARED_FOR.test(text.slice(Math.max(0, at - 90), at))) continue;
      // "come to the other's aid", "came to power": idioms, not travel.
      if (
        /^(?:come|came|coming|go|went) to $/.test(word) &&
        IDIOM_AFTER.test(text.slice(at + word.length, at + word.length + 40))
      )
        continue;
      // "soldiers who arrived in Russia for training": a deployment is not an official visit.
      if (DEPLOYED_BEFORE.test(before)) continue;
      // '"Come to Russia," he told Kim': an imperative is an invitation, not a trip.
      if (word.startsWith('come') && IMPERATIVE_BEFORE.test(before)) continue;
      const clause = clauseAround(text, at);
      const near = text.slice(Math.max(0, at - 25), at);
      if (NEGATION.test(near) || /\bstaying away\b/i.test(clause)) continue;
      // Hedged plans are speculation (R2) unless the visit is stated as scheduled.
      // The hedge that matters governs the trip: it stands before it in its clause.
      const upTo = clause.slice(0, Math.max(0, clause.indexOf(m[0])) + m[0].length);
      const lead = upTo.slice(upTo.lastIndexOf(',') + 1);
      if (
        HEDGE.test(near) ||
        (HEDGE.test(lead) && !/\bwill|is set to|is expected to|to be in\b/i.test(lead))
      )
        continue;
      // "invited Putin to visit Pyongyang": the visit is what the invitation is for, not a trip.
      if (
        /\binvit\w*\b[^.;]{0,80}\bto\s+(?:pay\s+(?:an?\s+)?(?:\w+\s+)?)?$/i.test(text.slice(0, at))
      )
        continue;
      // "The last meeting ... occurred in 2019, when the leader arrived": the when-clause restates
      // the meeting's time; the trip is the meeting (R3).
      if (/\b(?:meeting|summit|talks)\b[^.]*,\s+when\s+[^,]*$/i.test(text.slice(0, at))) continue;
      const isNoun = /^(?:visit|visits|trip|trips|journey|voyage|arrival)$/.test(word);
      // "visited key military sites", "visiting an aircraft plant": a site visit inside the country.
      const isVerb =
        word === 'visited' ||
        word === 'visiting' ||
        (word === 'visit' && /\b(?:will|to|would|could)\s+$/i.test(before)) ||
        // "Russian defense minister visits North Korea": a headline's present tense, not a plural.
        (word === 'visits' &&
          /^\s+(?:the\s+)?[A-Z]/.test(text.slice(at + 6, at + 12)) &&
          !PLURAL_VISITS_BEFORE.test(before));
      if (
        isVerb &&
        /^\s+(?:the|a|an|key|several|some|various|its|his|her|their)?\s*[a-z]/.test(
          text.slice(at + m[0].length, at + m[0].length + 20),
        )
      )
        continue;
      if (isNoun && !isVerb) {
        // "Putin's visit ... may take place": the hedge follows the noun it governs.
        if (/^[^.;,]{0,40}?\b(?:may|might|could)\b/i.test(text.slice(at + m[0].length))) continue;
        // A visit noun counts when the text places or dates it, or tells it as done or scheduled.
        const placed = /^\s*(?:to|in|of|at)\s+(?:the\s+)?[A-Z]/.test(
          text.slice(at + m[0].length, at + m[0].length + 30),
        );
        const framed =
          /\b(?:during|on|after|follows?|followed|precedes?|preceded|his|her|their|its|\w+['’]s|surprise|official|state|first|last|weeklong|three-day|two-day|\d+-day|the)\s+(?:\w+\s+){0,2}$/i.test(
            before,
          );
        const scheduled =
          /\b(?:will|would) take place (?:in|on|within)|is set to|to pay/i.test(text) ||
          HEADLINE_PLAN.test(text);
        // A visit talked about in the future counts only when the text gives it a time (R2).
        const future = FUTURE.test(text.slice(Math.max(0, at - 30), at + 40));
        // "Shoigu's latest visit also coincides with …": a visit the sentence starts from is real.
        const presupposed =
          OWNED_SUBJECT.test(text.slice(0, at)) &&
          RELATES_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 60));
        if (!(input.hasTime || scheduled || (placed && framed && !future) || presupposed)) continue;
        if (
          /\bvisit(?:s)? (?:is|are) (?:currently )?under discussion|will be discussed/i.test(
            text.slice(at, at + 60),
          )
        )
          continue;
      }
      const hit: Hit = { kind: 'visit', at, actor: null, noun: isNoun && !isVerb };
      return [hit, ...laterTrip(text, at + m[0].length)];
    }
    return [];
  },
};

// "… and paid an unofficial visit to St. Petersburg on August 6", "since his visit in July
// 2000": a second trip of the sentence, with a time of its own right after it.
const LATER_TRIP =
  /\b(?:and (?:then |also |later )?(?:paid|made) (?:an?|his|her|their) (?:[\w-]+ )?visit|since (?:his|her|their|its) (?:last |previous |first )?(?:visit|trip))\b(?=(?:[^.;,]|(?<=\b[A-Z][a-z]?)\.){0,40}?\b(?:in|on|from) (?:[A-Z][a-z]+\.? \d|\d{4}|[A-Z][a-z]+ \d{4}))/g;

// "Belousov's visit comes after Putin's state visit to the country", "follows a visit to
// Pyongyang by Pompeo": the trip the first one is told after is a trip of its own.
const FOLLOWED_TRIP = new RegExp(
  `\\b(?:comes?|came|follows?|followed|coincides? with|coincided with)\\s+(?:${TIME_GAP}\\s+)?(?:after\\s+)?(?:an?|the|(?:[A-Z][\\w.-]*\\s+){0,4}[A-Z][\\w-]*['’]s)\\s+(?:[\\w-]+\\s+){0,2}?(?:visit|trip)\\s+(?:to|by)\\s+(?:the\\s+)?[A-Za-z]`,
  'g',
);

function laterTrip(text: string, from: number): Hit[] {
  let m: RegExpExecArray | null = null;
  for (const re of [LATER_TRIP, FOLLOWED_TRIP]) {
    re.lastIndex = from;
    m ??= re.exec(text);
  }
  if (!m) return [];
  const at = m.index + m[0].search(/visit|trip/);
  return [{ kind: 'visit', at, actor: null, noun: true, another: true }];
}
