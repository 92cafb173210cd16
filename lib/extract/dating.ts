import type { DateRange, EventKind } from '../types';
import { clauseAround as clauseOf } from './kinds/types';
import { COMES_AFTER, FUTURE, REPORTING } from './lexicon';
import { maskQuotes } from './speakers/quotes';
import type { TimeSpan } from './time';
import { addDays } from './time/date-math';
import { weekdayNumber } from './time/lexicon';

const STATEMENT_VERB =
  /\b(?:said|says|saying|stated|states|stating|told|announced|announces|announcing|confirmed|confirms|indicated|reported|replied|declared|accepted|invited|extended|noted|added|asked|revealed|disclosed)\b/gi;
const SAYS = new RegExp(STATEMENT_VERB.source, 'i');
const WHEN_SAID =
  /^,?\s+when\s+[^.;,]{0,60}?\b(?:had\s+)?(?:said|told|stated|announced|confirmed)\b/i;
const SAY_VERB =
  /\b(?:said|says|stated|states|told|announced|announces|reported|replied|declared|noted|added|asked|revealed|disclosed)\b/gi;
const CLAUSE_VERB = /\b(?:he|she|they|we|I|was|were|is|are|will|would|could|had|has|have)\b/;
const QUOTE_BEFORE = /[,.!?]\s*["”’]\s*$/;
// "asked at a news conference on Wednesday": a setting between the verb and its time.
const SETTING = /^\s+(?:at|during|in)\s+(?:a|an|the)\s+[\w\s-]{0,30}?\s+$/;
// A setting of speech opening the sentence: "In a briefing on Tuesday", "At a news conference Monday".
const FRONTED_SETTING =
  /^(?:In|At|During)\s+(?:a|an|the|his|her|its)\s+(?:[\w-]+\s+){0,2}(?:briefing|conference|interview|statement|speech|address|call|remarks)\s+(?:on\s+)?$/;
const ASKED = /\b(?:was|were)\s+asked\b/;
// The longest subject between an opening time and its verb of saying ("On Monday, Russian
// Deputy Foreign Minister Andrey Rudenko, speaking in Moscow, said").
const SUBJECT_WORDS = 12;
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
// Nothing but an adverb between a time and the verb that follows it.
const TIME_BEFORE_VERB = /^\s*(?:(?:also|again|\w+ly)\s+)?$/;

/** `unknown`: the article's own date at both ends (EVENTS.md). */
export function unknownDate(articleDate: string): DateRange {
  return { start: articleDate, end: articleDate, precision: 'unknown', text: '' };
}

export function toRange(span: TimeSpan): DateRange {
  return { ...span.value, text: span.text };
}

/**
 * The span that dates the act of saying: next to a verb of saying ("said on Monday",
 * "confirmed Thursday", "told journalists on December 22") or opening the sentence before one
 * ("On December 19, Peskov confirmed"). It never lies after the article's date.
 */
export function statementSpan(
  text: string,
  spans: TimeSpan[],
  articleDate: string,
  verbs: RegExp = STATEMENT_VERB,
): TimeSpan | null {
  // "earlier this month" ends after the article's day but began before it: still a past time.
  const past = spans.filter(
    (s) =>
      (s.value.end <= articleDate || s.value.start < articleDate) && s.value.precision !== 'year',
  );
  if (past.length === 0) return null;
  for (const m of text.matchAll(verbs)) {
    const verbEnd = (m.index ?? 0) + m[0].length;
    // '"…," said the agency in a dispatch from the capital Saturday': the whole tail after a
    // quotation is the attribution, so a time in it dates the saying.
    const tail = QUOTE_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 6), m.index)) ? 90 : 28;
    const after = past.find(
      (s) =>
        s.start >= verbEnd &&
        (s.start - verbEnd <= tail || SETTING.test(text.slice(verbEnd, s.start))) &&
        !/[,.;]/.test(text.slice(verbEnd, s.start).replace(/^\s*\w+\s*$/, '')),
    );
    // "said he was meeting Kim on Sunday": a clause of its own between takes the time.
    if (
      after &&
      !/\bthat\b/.test(text.slice(verbEnd, after.start)) &&
      !CLAUSE_VERB.test(text.slice(verbEnd, after.start))
    )
      return after;
    const before = past.find(
      (s) =>
        s.end <= (m.index ?? 0) &&
        (m.index ?? 0) - s.end <= 22 &&
        !/[,;]\s*\w+\s+\w+/.test(text.slice(s.end, m.index)),
    );
    if (
      before &&
      /^\s*(?:(?:has|had|have|also|earlier|\w+ly)\s+)*$/.test(text.slice(before.end, m.index))
    )
      return before;
  }
  // "since December, when the aide had told a Russian outlet": the when-clause dates the telling.
  const whenClause = past.find((s) => WHEN_SAID.test(text.slice(s.end, s.end + 90)));
  if (whenClause) return whenClause;
  // "On Monday, Peskov was asked", "In a briefing on Tuesday, Ushakov said": the opening phrase.
  const opening = past.find(
    (s) =>
      s.start <= 4 ||
      (FRONTED_SETTING.test(text.slice(0, s.start)) && /^\s*,/.test(text.slice(s.end))),
  );
  if (!opening) return null;
  // "Last week, Shoigu traveled to Pyongyang and met Kim, delivering a message, Yonhap
  // reported": an attribution at the far end of the sentence leaves the opening time to the act.
  const rest = text.slice(opening.end);
  const verb = REPORTING.exec(rest) ?? ASKED.exec(rest);
  if (verb && wordCount(rest.slice(0, verb.index)) <= SUBJECT_WORDS) return opening;
  return null;
}

// A dateline: a place in capitals before the date, or an agency credit or dash after it.
const DATELINE_BEFORE = /(?:^|[\s)])[A-Z][A-Z .'/-]{2,}(?:\s*\/[^/]*\/)?[,.]?\s*$/;
const DATELINE_AFTER = /^\.?\s*(?:\([A-Z][\w .-]*\)|\/[A-Z][\w ]*\/|--|—|–|-\s)/;
// "Moscow/Seoul, June 17", "Seoul, June 17 (Yonhap) --": places in title case opening the line.
const PLACES_OPENING = /^[A-Z][a-z]+(?:[ /-][A-Z][a-z]+){0,3},\s*$/;

/** The span that dates the report itself ("SEOUL, Sept. 14 (Yonhap) --"), if the sentence opens with one. */
export function datelineSpan(text: string, spans: TimeSpan[]): TimeSpan | null {
  const s = spans.find((x) => x.start < 90 && x.value.precision === 'day');
  if (!s) return null;
  const before = text.slice(0, s.start);
  const after = text.slice(s.end, s.end + 30);
  if (PLACES_OPENING.test(before))
    return DATELINE_AFTER.test(after) || text.slice(s.end).trim() === '' ? s : null;
  return DATELINE_BEFORE.test(before) && (DATELINE_AFTER.test(after) || /[A-Z]{3,}/.test(before))
    ? s
    : null;
}

/** "his first trip since 2019": the time starts a span; unless the mention is what "since" governs. */
function sinceBefore(text: string, start: number, at: number): boolean {
  const since = /\bsince\b[^,.;]{0,30}$/i.exec(text.slice(Math.max(0, start - 40), start));
  if (!since) return false;
  const sinceAt = Math.max(0, start - 40) + since.index;
  return !(at > sinceAt && at < start);
}

// "since coming to power three years ago": a time counted back from now is never a plan's time.
const AGO = /\bago\b/i;
const AT_INVITATION = /\b(?:at|on|upon)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,4}$/i;
const SPEECH: ReadonlySet<EventKind> = new Set(['invitation', 'confirmation', 'announcement']);
// "Putin accepted the invitation": an act told in narration, not words said.
const ACCEPTING = /^accept/i;
const ACCEPT_VERB = /\baccept(?:s|ed|ing)?\b/gi;

/** Whether the trigger at `at` accepts something (an act), rather than confirming in words. */
export function isAcceptance(kind: EventKind, text: string, at: number): boolean {
  return kind === 'confirmation' && ACCEPTING.test(text.slice(at));
}

/**
 * Dates one mention from its own sentence: a speech act takes the time of saying as `date`
 * and the time of the happening talked about as `target`; a happening takes the span nearest
 * its trigger. Returns null parts where the sentence gives no time (borrowed later).
 */
export function dateFromSentence(
  kind: EventKind,
  at: number,
  text: string,
  spans: TimeSpan[],
  articleDate: string,
  /** An acceptance told in narration, not someone's words about it ("Putin accepted"). */
  act = false,
): { date: DateRange | null; target: DateRange | null } {
  const dateline = datelineSpan(text, spans);
  const inText = withoutQuotedDeixis(text, spans).filter((s) => s !== dateline);
  // For an invitation, "invited" is the act itself: only verbs of saying date a statement. An
  // acceptance is an act too: the day someone reported it ("accepted, media reported Thursday")
  // or the dateline is not the day it happened.
  const accepted = act && isAcceptance(kind, text, at);
  const said = accepted
    ? statementSpan(text, inText, articleDate, ACCEPT_VERB)
    : (statementSpan(
        text,
        inText,
        articleDate,
        kind === 'invitation' ? SAY_VERB : STATEMENT_VERB,
      ) ?? (SPEECH.has(kind) && kind !== 'invitation' ? dateline : null));
  // The day an acceptance was reported dates the report: neither its date nor its target.
  const reportedOn = accepted ? statementSpan(text, inText, articleDate) : null;
  const others = inText.filter((s) => s !== said && s !== reportedOn);
  const nearest = (list: TimeSpan[]) =>
    list.length === 0
      ? null
      : list.reduce((best, s) => (distance(s, at) < distance(best, at) ? s : best));
  if (SPEECH.has(kind)) {
    const target =
      kind === 'invitation'
        ? null
        : nearest(
            others.filter((s) => s.value.end >= articleDate || (s.start > at && !AGO.test(s.text))),
          );
    // An invitation is dated by a time in its own clause ("invited Kim ... in June last year"),
    // never by the day someone spoke of it.
    const clause = clauseOf(text, at);
    // "paid a visit … at the invitation of Putin": the invitation frames the trip; the trip's
    // times are not when it was extended.
    const framing =
      /^invitation/i.test(text.slice(at, at + 10)) &&
      AT_INVITATION.test(text.slice(Math.max(0, at - 60), at));
    const invitationDate =
      kind === 'invitation' && !framing
        ? nearest(
            others.filter(
              (s) =>
                (s.value.start < articleDate || s.value.end <= articleDate) &&
                (s.start > at ||
                  /\band\s+(?:\w+ly\s+)?$/.test(text.slice(0, at)) ||
                  // "Putin on Wednesday invited Kim": the time stands between actor and verb.
                  TIME_BEFORE_VERB.test(text.slice(s.end, at)) ||
                  // "In June, Putin invited Kim": a fronted time sets the scene, unless someone
                  // tells of the invitation later ("On Monday, Peskov said Putin had invited").
                  (s.start <= 4 &&
                    /^\s*,/.test(text.slice(s.end)) &&
                    !REPORTING.test(text.slice(s.end, at)))) &&
                clause.includes(s.text),
            ),
          )
        : null;
    return {
      date:
        kind === 'invitation'
          ? invitationDate && toRange(invitationDate)
          : said
            ? toRange(said)
            : null,
      target: target
        ? toRange(target)
        : kind === 'invitation'
          ? pick(others.filter((s) => s.value.start > articleDate))
          : null,
    };
  }
  // "(1950-1953)" glosses a noun; a time far off in another clause dates something else, and so
  // does the time a hedge puts forward in another comma phrase ("could meet next month, coinciding
  // with the anniversary of Putin's visit").
  // "his first trip since 2019": a time after "since" starts a span of time; it never dates
  // the happening itself.
  const unbounded = others.filter(
    (s) =>
      !sinceBefore(text, s.start, at) &&
      !(s.start > at && RELATED_TO.test(text.slice(at, s.start))) &&
      !(s.start > at && PASSIVE_ASIDE.test(text.slice(at, s.start))),
  );
  const near = unbounded.filter(
    (s) =>
      !/\(\s*$/.test(text.slice(0, s.start)) &&
      Math.abs(s.start - at) < 120 &&
      !(kind !== 'speculation' && hedgedElsewhere(text, s, at)),
  );
  // "On March 13, the ministry said X and Y held a meeting": an opening time dates what follows;
  // an attribution after the fact ("state media reported Thursday") does not.
  // A speculation is dated by the time it puts forward, never by when someone spoke of it.
  const opening =
    said &&
    said.start < at &&
    said !== dateline &&
    kind !== 'speculation' &&
    SAYS.test(text.slice(said.end, at))
      ? said
      : null;
  // A speculation is dated by the time it puts forward, which follows its hedge.
  // "will address Congress on Thursday and travel to Raleigh on Friday": the trigger's own
  // verb phrase has a time after it, so a time in the phrase before "and" is that phrase's.
  const ahead = (
    kind === 'speculation'
      ? near.filter((s) => s.start > at)
      : near.some((s) => s.start > at && !/[,;:]/.test(text.slice(at, s.start)))
        ? near.filter((s) => s.start > at || !/\band\s+(?:\w+\s+)?$/.test(text.slice(s.end, at)))
        : []
  ).filter((s) => !modifiesOther(text, s, at));
  // A time in another dash clause ("Kim, who arrived on Tuesday — ... — met the president")
  // dates that clause's happening, not this one, when this clause has a time or none is needed.
  const own =
    nearest(ahead) ??
    nearest(
      (near.length
        ? near
        : unbounded.filter(
            (s) =>
              !/\(\s*$/.test(text.slice(0, s.start)) &&
              !(kind !== 'speculation' && hedgedElsewhere(text, s, at)),
          )
      ).filter(
        (s) =>
          !dashApart(text, s, at) &&
          !reportedApart(text, s, at) &&
          !modifiesOther(text, s, at) &&
          !relativeApart(text, s, at),
      ),
    ) ??
    opening ??
    // "During his visit to Beijing, Putin on Wednesday invited …": the act's day falls in the trip.
    (said && FRAMING.test(text.slice(0, at)) ? said : null);
  // A lede's happening told as done ("MOSCOW, May 9 (AP) -- X and Y have ended their talks")
  // is the news of the report's day.
  const lede =
    !own &&
    dateline &&
    !FUTURE.test(text) &&
    /\b(?:have|has|had)\s+\w+ed\b|\b\w+ed\b/.test(text.slice(at - 40 < 0 ? 0 : at - 40, at + 10));
  const exact = own ? narrowest(own, near) : null;
  return { date: exact ? toRange(exact) : lede ? toRange(dateline) : null, target: null };
}

// A period a sentence may narrow, and the stretches that narrow one: "in the summer 2001 …
// from July 26 to August 18". A single day inside a period is more often another happening's
// (the day something was said) than the period's own.
const PERIODS = new Set(['quarter', 'half', 'season', 'year']);
const STRETCHES = new Set(['days', 'month']);

/** A stretch the sentence gives inside the chosen period says more exactly when it was. */
function narrowest(chosen: TimeSpan, near: TimeSpan[]): TimeSpan {
  if (!PERIODS.has(chosen.value.precision)) return chosen;
  return (
    near.find(
      (s) =>
        STRETCHES.has(s.value.precision) &&
        s.value.start >= chosen.value.start &&
        s.value.end <= chosen.value.end,
    ) ?? chosen
  );
}

// Words whose day is the speaker's "now": inside a quotation that is when the words were said.
const DEICTIC_DAY = /^(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening))\b/i;

/**
 * "he said: 'today's talks will help'": a quoted "today" is the day the words were said, which
 * the article does not give here; it does not date the mention as the article's own day.
 */
function withoutQuotedDeixis(text: string, spans: TimeSpan[]): TimeSpan[] {
  if (!spans.some((s) => DEICTIC_DAY.test(s.text))) return spans;
  const masked = maskQuotes(text, false);
  return spans.filter((s) => !DEICTIC_DAY.test(s.text) || masked[s.start] !== ' ');
}

function pick(list: TimeSpan[]): DateRange | null {
  return list.length ? toRange(list[0]) : null;
}

function distance(s: TimeSpan, at: number): number {
  // Times after the trigger usually belong to it ("visited Russia in 2019").
  return s.start >= at ? s.start - at : (at - s.end) * 1.5;
}

const LIST_BETWEEN = /^\s*(?:,|and|, and|&)\s*(?:in\s+)?$/;
const ALTERNATIVES_BETWEEN = /^\s*(?:,|and|, and|or|, or)\s*(?:in\s+|on\s+)?$/;
const HAPPENINGS: ReadonlySet<EventKind> = new Set(['visit', 'summit', 'meeting', 'agreement']);

/**
 * "Kim has visited Russia twice — in 2019 and 2023": a happening dated by a list of times is
 * one mention per time. Returns null when the sentence has no such list.
 */
export function dateList(
  kind: EventKind,
  text: string,
  allSpans: TimeSpan[],
  at = 0,
): { date: DateRange; target: null }[] | null {
  // A guess may offer alternatives ("could come in June or September"): one mention for each.
  const guess = kind === 'speculation';
  if ((!HAPPENINGS.has(kind) && !guess) || allSpans.length < 2) return null;
  const joiner = guess ? ALTERNATIVES_BETWEEN : LIST_BETWEEN;
  // The list must date this happening: it stands in the trigger's clause or right after it.
  const clause = clauseOf(text, at);
  const from = text.indexOf(clause);
  const spans = allSpans.filter(
    (s) => s.start >= at || (s.start >= from && s.end <= from + clause.length),
  );
  for (let i = 0; i + 1 < spans.length; i++) {
    const between = text.slice(spans[i].end, spans[i + 1].start);
    if (!joiner.test(between)) continue;
    const list = [spans[i], spans[i + 1]];
    for (
      let j = i + 2;
      j < spans.length &&
      /^\s*(?:,|and|, and)\s*$/.test(text.slice(spans[j - 1].end, spans[j].start));
      j++
    )
      list.push(spans[j]);
    // "will visit on Tuesday and Wednesday": consecutive weekdays are one stay, from the first.
    const stay = consecutiveWeekdays(list);
    if (stay) return [{ date: stay, target: null }];
    if (
      list.every(
        (s) =>
          (s.value.precision === list[0].value.precision &&
            s.value.start !== list[0].value.start) ||
          s === list[0],
      )
    )
      return list.map((s) => ({ date: toRange(s), target: null }));
  }
  return null;
}

const WEEKDAY_WORD = /^(?:on\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

/** "Tuesday and Wednesday": the days from the first weekday's date, or null. */
function consecutiveWeekdays(list: TimeSpan[]): DateRange | null {
  const days = list.map((s) => {
    const word = WEEKDAY_WORD.exec(s.text)?.[1];
    return word && s.value.precision === 'day' ? weekdayNumber(word) : -1;
  });
  if (days.some((d, k) => d < 0 || (k > 0 && d !== (days[k - 1] + 1) % 7))) return null;
  const start = list[0].value.start;
  const end = addDays(start, list.length - 1);
  return { start, end, precision: 'days', text: list.map((s) => s.text).join(' and ') };
}

// "May 5" is a month: only a lower-case "may" not followed by a number hedges.
const HEDGE_WORD = /\b(?:[Cc]ould|[Mm]ight|[Pp]ossibl\w*|[Ss]peculat\w*)\b|\bmay\b(?!\s+\d)/;

/** Whether span `s` sits in a hedged comma phrase other than the one holding `at`. */
function hedgedElsewhere(text: string, s: TimeSpan, at: number): boolean {
  const lo = Math.min(s.start, at);
  const hi = Math.max(s.end, at);
  if (!text.slice(lo, hi).includes(',')) return false;
  const phraseStart = text.lastIndexOf(',', s.start) + 1;
  const nextComma = text.indexOf(',', s.end);
  const phrase = text.slice(phraseStart, nextComma < 0 ? text.length : nextComma);
  return HEDGE_WORD.test(phrase);
}

// "arrived Sunday amid reports that he has struck a deal": the reports' content is another proposition.
const AMID =
  /\b(?:amid|despite)\s+(?:\w+\s+){0,2}(?:reports?|speculation|rumou?rs?|claims?|signs?)\s+(?:that|of)\b|\bahead of\b|\bin preparation for\b/i;

const FRAMING = /^\s*(?:During|In the course of)\b[^,;]*$/;
// "The visit comes on the heels of a summit in June": a time after these dates the other happening.
const RELATED_TO = new RegExp(`${COMES_AFTER.source}|\\b(?:follows|followed|following)\\b`, 'i');

// "…, where construction was completed in 2009": a relative clause telling of something else.
const PASSIVE_ASIDE =
  /,\s+(?:where|which|whose)\s+[^,;]*\b(?:was|were|had been)\s+\w+ed\s+[^,;]*$/i;

/** Whether an "amid reports that" clause separates an earlier span `s` from the trigger at `at`. */
function reportedApart(text: string, s: TimeSpan, at: number): boolean {
  return s.end <= at && AMID.test(text.slice(s.end, at));
}

// "their 2019 summit", "the May 9 parade", "next month's summit": a time printed before an
// event noun is that noun's.
const EVENT_NOUN_AFTER =
  /^(?:['’]s)?\s+(?:(?!(?:after|before|and|or|for|with|to|in|on|at|of|during|since|until)\b)[\w-]+\s+)?(?:summit|summits|meeting|meetings|talks|visit|visits|trip|trips|parade|forum|celebrations?|ceremony|election|war)\b/i;

/** Whether span `s` modifies an event noun of its own, other than the trigger at `at`. */
function modifiesOther(text: string, s: TimeSpan, at: number): boolean {
  const after = EVENT_NOUN_AFTER.exec(text.slice(s.end, s.end + 30));
  if (!after) return false;
  const noun = s.end + after[0].length;
  return at < s.start || at > noun;
}

// ", where Mr Putin arrived", ", who had arrived": a relative clause about a place or person
// with its own happening (", which" may be about the trigger itself: "the visit, which …").
const RELATIVE_OPENING = /,\s+(?:where|who|whose)\b[^,;]*$/i;

/**
 * "would meet in Vladivostok, where Putin arrived on Monday": a time inside a relative clause
 * that does not hold the trigger dates the clause's own happening.
 */
function relativeApart(text: string, s: TimeSpan, at: number): boolean {
  const opening = RELATIVE_OPENING.exec(text.slice(Math.max(0, s.start - 80), s.start));
  if (!opening) return false;
  const from = Math.max(0, s.start - 80) + opening.index;
  const close = text.slice(s.end).search(/[,;]/);
  const to = close < 0 ? text.length : s.end + close;
  return at < from || at > to;
}

/** Whether a dash-delimited aside separates span `s` from position `at`. */
function dashApart(text: string, s: TimeSpan, at: number): boolean {
  const between = text.slice(Math.min(s.end, at), Math.max(s.start, at));
  return /\s[—–]\s|\s--\s/.test(between);
}
