import {
  COMES_AFTER,
  DOMESTIC_BODIES,
  FORMAT_TALKS,
  HEDGE,
  MULTILATERAL_BEFORE,
  NEGATION,
} from '../lexicon';
import { meetingRank } from './meeting-rank';
import { clauseAround, type Hit, type KindRule } from './types';

// "will host French President Emmanuel Macron": hosting a person, not an event ("host the summit").
const MEET =
  /\b(?:summit|met|meet|meets|meeting|meetings|talks|held discussions|discussions with|shook hands|shaking hands|greeted|greeting|welcomed|welcomes|received|receive|receives|dinner with|spoke one-on-one|discussed|discuss|embraced|hugged|host(?:s|ed|ing)?)\b/gi;
const HOSTED_PERSON = /^\s+(?:(?:his|her|their)\s+)?(?!The\b)[A-Z]/;
const PLAIN_RECEIVE =
  /\breceived\s+(?:a|an|the)\s+(?:[“"‘]?[\w-]+[”"’]?\s+)?(?:positive|invitation|signal|message|letter)/i;
// "the meeting location", "the summit venue": a noun modifying another, not a happening.
const MODIFIER_OF = /^\s+(?:location|venue|place|site|room|hall|format|schedule)\b/i;
// Talks as a negotiating process rather than one meeting: they resume, parties join them.
const NEGOTIATIONS =
  /\btalks\b[^.;]{0,80}\b(?:advancing|progressing|stalled|deadlocked|broke down)\b|\btalks resume\b|\bresum\w+ (?:of )?(?:the )?talks\b|\breturn to (?:the )?(?:[\w-]+ )?talks\b|\bparties (?:involved )?in the talks\b|\bin the course of the talks\b|\bent(?:er|ered|ering|ers)\s+(?:into\s+)?talks\b/i;
const PLANNED =
  /\b(?:coordinat\w*|agenda|timing|details|prepar\w*|organi[sz]\w*|plans? for|possibility of|preparing for)\b[^.;]{0,25}$/i;
const INVITED_TO = /\binvit\w*\b[^.;,]{0,60}\bto\s+(?:hold\s+|have\s+)?$/i;
// "Kim and Shoigu discussed", "The two leaders are due to discuss", "The sides, in particular,
// will discuss": two sides as the subject.
const TWO_DISCUSSING =
  /(?:\b[A-Z][\w'’-]+\s+and\s+(?:[A-Z][\w'’-]+\s+){1,4}|\b(?:[Tt]he two leaders|[Bb]oth leaders|[Tt]he (?:two )?sides|[Tt]he (?:two )?delegations|[Tt]he (?:two )?ministers|[Tt]he diplomats)\s*)(?:,\s*(?:\w+\s+){0,2}\w+,\s+)?(?:\w+ly\s+|also\s+|have\s+|had\s+|will\s+|would\s+|(?:are|were)\s+(?:due|expected|set|scheduled|going)\s+to\s+)?$/;
const PREPARES_TO = /\bprepar(?:es|ing)\s+to\s+$/i;
const SCHEDULED_BEFORE =
  /\b(?:will|would|shall|(?:are|is|were|was)\s+(?:due|expected|set|scheduled|going)\s+to)\s+(?:also\s+)?$/i;
const MEETING_OBJECT =
  /^\s+(?:the|their|this|that|a)\s+(?:[\w-]+\s+)?(?:summit|talks|meeting|visit)\b/i;
const DISCUSSED_WITH =
  /^discuss(?:ed)?\b[^.;]{0,70}?\bwith\s+(?:(?:his|her|their|the)\s+)?(?:[A-Z]|counterpart)/;
const ANCHORED_ON = new RegExp(
  `${COMES_AFTER.source}\\s+(?:(?:an?|the|their|his|her|its)\\s+)?(?:[\\w-]+\\s+){0,2}$`,
  'i',
);
const IMAGINED_BEFORE =
  /\b(?:potential|possible|prospective|hypothetical|proposed)\s+(?:[\w-]+\s+){0,2}$/i;
// A dated trip, then a when-clause: "his visit in July 2000 … when he held a summit".
const TRIP_THEN_WHEN =
  /\b(?:visit|visited|trip)\b[^.;]*\b(?:in|on)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\b[^.;]*\bwhen\s+[^,;]*$/;
const AHEAD_OF_BEFORE =
  /\bahead\s+of\s+(?:(?:an?|the|their|his|her|its)\s+)?(?:(?:expected|planned|possible|landmark|first|upcoming)\s+)?$/i;
const ARRIVED_TO =
  /\b(?:arrived|came|flew|travell?ed|went|headed)\b[^.;,]{0,100}\bto\s+(?:hold\s+|have\s+)?$/i;
const FORMAT_TALKS_ALL = new RegExp(FORMAT_TALKS.source, 'gi');
// Cheap tests before the sentence-wide scans: most sentences have no word of meeting.
const ANY_MEET = new RegExp(MEET.source, 'i');
const TALKS_WORD = / talks/i;
const RECEPTION = /^(?:welcomed|welcomes|received|greeted|greeting)$/;

/** Leaders or officials meet: a `summit` when heads of state or government meet, else a `meeting`. */
export const meetingRule: KindRule = {
  name: 'meeting',
  find(input) {
    const { text, hasTime } = input;
    // "six-party talks", "nuclear disarmament talks": a negotiating format, not a meeting held;
    // other words of meeting in the sentence still count.
    if (!ANY_MEET.test(text)) return [];
    const formats = TALKS_WORD.test(text)
      ? [...text.matchAll(FORMAT_TALKS_ALL)].map((f) => (f.index ?? 0) + f[0].length)
      : [];
    if (NEGOTIATIONS.test(text)) return [];
    for (const m of text.matchAll(MEET)) {
      const at = m.index ?? 0;
      const word = m[0].toLowerCase();
      if (formats.includes(at + m[0].length)) continue;
      const clause = clauseAround(text, at);
      // "Kim and Shoigu discussed ...", "discussed the war with Lavrov": two sides talking.
      if (
        (word === 'discussed' || word === 'discuss') &&
        !TWO_DISCUSSING.test(text.slice(Math.max(0, at - 60), at)) &&
        !DISCUSSED_WITH.test(text.slice(at, at + 90))
      )
        continue;
      // "wanted to discuss", "would discuss the summit": only talks to be held, not a wish to
      // hold them nor a meeting talked about, make "discuss" a meeting.
      if (
        word === 'discuss' &&
        (!SCHEDULED_BEFORE.test(text.slice(Math.max(0, at - 40), at)) ||
          MEETING_OBJECT.test(text.slice(at + word.length, at + word.length + 30)))
      )
        continue;
      if (PLAIN_RECEIVE.test(text.slice(at, at + 40))) continue;
      if (
        word.startsWith('host') &&
        !HOSTED_PERSON.test(text.slice(at + word.length, at + word.length + 30))
      )
        continue;
      if (MODIFIER_OF.test(text.slice(at + m[0].length, at + m[0].length + 12))) continue;
      // "the 5th meeting of training officers": a body's session, not two sides meeting.
      if (/^meeting of (?!the two|both)/i.test(text.slice(at, at + 20))) continue;
      // "bound for Russia for a summit with Putin": the purpose of a trip, told by the trip.
      if (
        /\b[Ff]or (?:(?:[A-Z][\w'’-]*\s+)+and\s+)?(?:(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)(?: first| second)?\s+)?$/.test(
          text.slice(Math.max(0, at - 40), at),
        )
      )
        continue;
      // "since his visit in July 2000, when he held a summit with Kim": the when-clause restates
      // the trip's time; the summit is that trip (R3).
      if (TRIP_THEN_WHEN.test(text.slice(0, at))) continue;
      // "arrived in Pyongyang to meet with Kim": the purpose of a trip told as made is not yet
      // a meeting held (a trip planned "to meet" brings its meeting into the plan).
      if (ARRIVED_TO.test(text.slice(Math.max(0, at - 120), at))) continue;
      // "this week's Asia-Africa summit": a gathering attended, an occasion rather than a summit.
      if (word === 'summit' && MULTILATERAL_BEFORE.test(text.slice(Math.max(0, at - 60), at)))
        continue;
      // "a bilateral meeting with Putin could also take place": a meeting imagined (R2).
      if (
        /^[^.;,]{0,50}?\b(?:may|might|could)\s+(?:also\s+)?(?:take place|be held|happen)\b/i.test(
          text.slice(at),
        )
      )
        continue;
      // "arrived in Russia ahead of a meeting with Putin": a meeting still to come, the trip's aim.
      if (AHEAD_OF_BEFORE.test(text.slice(Math.max(0, at - 40), at))) continue;
      // "The visit comes on the heels of a summit in June": a time anchor, not a happening told (R7).
      if (ANCHORED_ON.test(text.slice(Math.max(0, at - 50), at))) continue;
      // "an invitation from Kim to hold talks in Pyongyang": the talks asked for are not held.
      if (INVITED_TO.test(text.slice(Math.max(0, at - 80), at))) continue;
      if (DOMESTIC_BODIES.test(text.slice(Math.max(0, at - 10), at + 80)) && word !== 'summit')
        continue;
      if (NEGATION.test(text.slice(Math.max(0, at - 20), at))) continue;
      // "It is not clear whether X will meet Y": an open question, not a meeting.
      if (/\b(?:whether|if)\b[^,.;]{0,60}$/i.test(text.slice(Math.max(0, at - 70), at))) continue;
      // "no meeting has been announced", "no talks are planned".
      if (/\bno\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, at - 20), at))) continue;
      // "a potential new summit", "a possible meeting": one imagined, not held.
      if (IMAGINED_BEFORE.test(text.slice(Math.max(0, at - 40), at))) continue;
      // "could meet next month" is speculation (R2), not a summit.
      if (HEDGE.test(text.slice(Math.max(0, at - 40), at)) && word !== 'summit') continue;
      if (
        RECEPTION.test(word) &&
        !/[A-Z]/.test(text.slice(at + word.length, at + word.length + 40))
      )
        continue;
      // "visited Russia twice ... but both times he met Putin": the meetings are those trips (R3).
      if (
        /\b(?:both|each|every|all)\s+times?\b/i.test(
          clause.slice(0, Math.max(0, clause.indexOf(m[0]))),
        )
      )
        continue;
      // "the agenda of the meeting", "the possibility of a meeting": a meeting talked about, not held.
      // "As he prepares to meet Putin tomorrow": a meeting set for a time is held then.
      const before = text.slice(Math.max(0, at - 40), at);
      if (PLANNED.test(before) && !(PREPARES_TO.test(before) && hasTime)) continue;
      const rank = meetingRank(input, clause, at, m[0]);
      const summit = word === 'summit' || rank.summit;
      const someone =
        rank.named ||
        /\b(?:delegations?|ministers?|officials?|envoy|counterparts?|governors?|parties|sides|diplomats)\b/i.test(
          text,
        );
      if (!summit && !someone) continue;
      const hit: Hit = { kind: summit ? 'summit' : 'meeting', at, actor: null };
      return [hit, ...laterMeetings(text, at + m[0].length)];
    }
    return [];
  },
};

// "talks with Russian Foreign Minister Sergei Lavrov": a meeting word and the official it is with.
const WITH_OFFICIAL =
  /\b(?:talks|meeting|met|discussions)\s+with\s+(?:(?:[A-Z][\w'’-]*|the|his|her)\s+){0,3}(?:[Mm]inister|[Ee]nvoy|[Ss]ecretary|[Aa]mbassador|[Gg]overnor|[Cc]ounterpart|[Cc]ommander|[Cc]hief)\s+(?:[A-Z][\w'’-]*\s+){0,2}([A-Z][\w'’-]*)/g;

/**
 * "Putin met Choe and was informed of her talks with Foreign Minister Sergei Lavrov": a second
 * meeting in the sentence, with an official nobody named before it, is a mention of its own.
 */
function laterMeetings(text: string, from: number): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.slice(from).matchAll(WITH_OFFICIAL)) {
    const at = from + (m.index ?? 0);
    if (text.slice(0, at).includes(m[1])) continue;
    hits.push({ kind: 'meeting', at, actor: null });
  }
  return hits;
}
