import type { DateRange, Mention } from '../types';
import { dateByOccasion } from './occasions';
import { addDays } from './time/date-math';
import { MONTH_ANY } from './time/lexicon';
import { FUTURE, HEADLINE_PLAN } from './lexicon';
import { countryOf } from './speakers/lexicon/places';

// "Peskov said earlier": a statement made before the day of the report.
const EARLIER =
  /\b(?:said|stated|confirmed|told \w+) earlier\b|\bearlier,? (?:said|stated)\b|\bhad (?:also )?(?:said|stated|confirmed)\b|\bpreviously\b/i;
// "last met", "the previous summit", "they met in Bali last November": an earlier occasion.
const PREVIOUS = new RegExp(
  String.raw`\b(?:last|previously)\s+(?:met|visited|held|hosted|travelled|traveled|went|came)\b|\bthe (?:last|previous) time\b|\b(?:his|her|their|the) previous (?:visit|trip|meeting|summit|talks)\b|\b(?:met|visited)\b[^.;]{0,60}\blast\s+(?:year|${MONTH_ANY})\b`,
  'i',
);
// "The central event of that visit", "then Russian President": told of that earlier occasion.
const REFERS_BACK = /\b(?:that|the same) (?:visit|trip|meeting|summit|occasion)\b|\bthen\s+[A-Z]/;
const PREVIOUS_SEEN = new WeakMap<Pending, boolean>();
function previous(d: Pending): boolean {
  let seen = PREVIOUS_SEEN.get(d);
  if (seen === undefined) PREVIOUS_SEEN.set(d, (seen = PREVIOUS.test(d.mention.source.quote)));
  return seen;
}
const AHEAD_OF =
  /\b(?:ahead of|in preparation for|in the run-up to)\s+(?:(?:an?|the|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$/i;
const DURING_TRIP =
  /\b(?:during|in the course of|on the sidelines of) (?:the|his|her|their|this) (?:visit|trip|stay)\b/i;
// "Earlier, Mr Kim was said to have held talks": an undated happening told as before the
// others; EVENTS.md leaves it `unknown` rather than lending it their day.
const BEFORE_NOW =
  /^(?:Earlier|Previously|Before that|Prior to that),|\b(?:had previously|had earlier)\b/;
const SPEECH = new Set(['invitation', 'confirmation', 'announcement']);
const TRIPS = new Set(['visit', 'summit']);
const lenient = (k: string) => (k === 'summit' ? 'visit' : k);

/** A mention with what its own sentence gave it. */
export interface Pending {
  mention: Mention;
  dated: boolean;
  targeted: boolean;
  /** Whether the sentence reports someone's words (not an act told in narration). */
  reported: boolean;
  /** Whether the sentence is the article's headline (its first line of prose). */
  headline: boolean;
  /** Where the mention's trigger word stands in its sentence. */
  at: number;
  /** An acceptance told in narration ("Putin accepted"): dated when it happened, not reported. */
  act: boolean;
}

const sameSpeaker = (a: Mention, b: Mention) =>
  a.speaker !== null && b.speaker !== null && a.speaker.name === b.speaker.name;

/**
 * R4 and "same happening dated elsewhere": a mention whose sentence gives no time takes the
 * time the article gives the same happening (or, for a statement, the same speaker's
 * statement, or the day the article says the speaker spoke, else the day the article's
 * statements were made) in another sentence; only where
 * the article dates it nowhere is it `unknown`.
 */
export function borrowDates(
  pending: Pending[],
  articleDate: string,
  reportDay: string | null,
  occasions: Map<string, DateRange> = new Map(),
  spokeOn: Map<string, string> = new Map(),
): Mention[] {
  // A trip to an occasion dated elsewhere is dated first: it may date other mentions of the trip.
  for (const p of pending) {
    if (p.dated || !TRIPS.has(p.mention.kind)) continue;
    const day = dateByOccasion(p.mention.source.quote, occasions);
    if (day) [p.mention.date, p.dated] = [day, true];
  }
  const dated = pending.filter((p) => p.dated);
  const targeted = pending.filter((p) => p.targeted);
  const isStatementDay = (p: Pending) =>
    p.dated &&
    SPEECH.has(p.mention.kind) &&
    p.mention.kind !== 'invitation' &&
    p.mention.date.precision === 'day' &&
    p.mention.date.start >= addDays(articleDate, -7);
  const statementDay = reportDay ?? pending.find(isStatementDay)?.mention.date.start ?? null;
  for (const [i, p] of pending.entries()) {
    const m = p.mention;
    // An invitation is dated when it was extended, never by the day someone spoke of it; an
    // acceptance likewise (see followInvitations).
    if (accepts(p)) continue;
    if (!p.dated && SPEECH.has(m.kind) && m.kind !== 'invitation') {
      const donor = nearestBy(
        dated,
        i,
        pending,
        (d) => isStatementDay(d) && sameSpeaker(d.mention, m),
      );
      const day = m.speaker ? spokeOn.get(m.speaker.name) : undefined;
      if (donor) m.date = { ...donor.mention.date };
      // "On Monday, Peskov was asked …" told elsewhere dates Peskov's words here.
      else if (day && !EARLIER.test(m.source.quote))
        m.date = { start: day, end: day, precision: 'day', text: '' };
      // Words with no speaker, or states' speaking through their media ("North Korea", "Russia
      // and North Korea"),
      // were given out on the day of the report; a named person or office spoke on a day of
      // its own.
      else if (
        statementDay &&
        (p.reported || p.headline) &&
        (!m.speaker || m.speaker.name.split(' and ').every((n) => countryOf(n) === n)) &&
        !EARLIER.test(m.source.quote)
      )
        m.date = { start: statementDay, end: statementDay, precision: 'day', text: '' };
    } else if (!p.dated && !BEFORE_NOW.test(m.source.quote)) {
      // "arrived on Tuesday, ahead of an expected meeting": the meeting follows what its
      // sentence dates, so it takes nothing from that sentence.
      const later = AHEAD_OF.test(m.source.quote.slice(Math.max(0, p.at - 40), p.at));
      // A donor told as an earlier, other occasion ("the two leaders last met in 2022") dates only itself.
      const refersBack = REFERS_BACK.test(m.source.quote);
      // Two mentions of one kind in one sentence are two happenings ("his first trip since his
      // visit in July 2000"): neither dates the other.
      const elsewhere = (d: Pending) =>
        (!later || d.mention.source.start !== m.source.start) &&
        (refersBack || !previous(d)) &&
        !(d.mention.source.start === m.source.start && d.mention.kind === m.kind);
      // A planned happening is not dated by a past one, nor a past one by a plan. Worked out
      // once for this mention, not once per donor compared.
      const [isPlanned, isOngoing] = [planned(p), ongoing(p)];
      const side = (d: Pending) =>
        isPlanned ? d.mention.date.end >= articleDate : d.mention.date.start <= articleDate;
      const donor =
        nearestBy(
          dated,
          i,
          pending,
          (d) =>
            d.mention.kind === m.kind &&
            elsewhere(d) &&
            overlap(d.mention, m) &&
            side(d) &&
            // One invitation is another's only when the same party extends it, or it is told as
            // held by the same guest for the same place ("Putin has an invitation to Pyongyang").
            (m.kind !== 'invitation' ||
              inviterOf(d.mention, m) ||
              sameInvitation(d.mention, m) ||
              sameInviter(d.mention, m)) &&
            !isOngoing,
        ) ??
        nearestBy(
          dated,
          i,
          pending,
          (d) =>
            m.kind !== 'invitation' &&
            !isOngoing &&
            lenient(d.mention.kind) === lenient(m.kind) &&
            elsewhere(d) &&
            overlap(d.mention, m) &&
            side(d) &&
            // "During the visit, the leaders will meet": the day a trip begins is not the day of
            // talks planned within it.
            !(
              m.kind === 'summit' &&
              d.mention.kind === 'visit' &&
              isPlanned &&
              DURING_TRIP.test(m.source.quote)
            ),
        ) ??
        // "Shoigu met Kim in Pyongyang on Wednesday … Shoigu's visit": a trip made is dated by
        // the meeting its traveller held in the place he went to (or held at all, when the
        // trip's sentence names no place).
        (m.kind === 'visit' && !isPlanned && !isOngoing
          ? nearestBy(
              dated,
              i,
              pending,
              (d) =>
                d.mention.kind === 'meeting' &&
                elsewhere(d) &&
                side(d) &&
                (samePlace(d.mention, m) || (m.place === null && m.participants.length > 0)) &&
                overlap(d.mention, m),
            )
          : null);
      // "Putin arrived in Pyongyang", the stay dated elsewhere as two days: he arrived on the first.
      if (
        donor &&
        donor.mention.date.precision === 'days' &&
        ARRIVAL.test(m.source.quote.slice(p.at))
      )
        m.date = { ...donor.mention.date, end: donor.mention.date.start, precision: 'day' };
      else if (donor) m.date = { ...donor.mention.date };
      else if (
        m.kind === 'speculation' ||
        ((m.kind === 'visit' || m.kind === 'summit') && planned(p))
      ) {
        // A planned trip (or a guess at one) dated nowhere as a happening may be dated as the
        // target of a statement about it.
        // A plan is dated only by a target still ahead ("postponed in 2022" is no plan's date).
        const talkedOf = nearestBy(
          targeted,
          i,
          pending,
          (d) => overlap(d.mention, m) && (d.mention.target?.end ?? '') >= articleDate,
        );
        if (talkedOf?.mention.target) m.date = { ...talkedOf.mention.target };
      }
    }
    if (!p.targeted && SPEECH.has(m.kind) && m.kind !== 'invitation') {
      const donor = nearestBy(targeted, i, pending, (d) => sameSpeaker(d.mention, m));
      if (donor && donor.mention.target) m.target = { ...donor.mention.target };
    }
  }
  welcomesOnArrival(pending);
  tripsToReturn(pending, articleDate);
  anchorActs(pending);
  followInvitations(pending);
  headlineSpeakers(pending);
  continuedSpeakers(pending);
  return pending.map((p) => p.mention);
}

// "her decision to come to Moscow", "plans to travel", "the visit was being prepared",
// "ahead of an expected meeting": a trip decided on or in preparation is a plan.
const DECIDED = new RegExp(
  `\\b(?:(?:decision|decided|deciding|plans?|planning|intention|intends?) to|ahead of (?:an?|the) (?:expected|planned|upcoming)|being prepared|preparations for)\\b|${HEADLINE_PLAN.source}`,
  'i',
);

/** Whether the trigger's own comma phrase tells the happening as planned ("will visit"). */
function planned(p: Pending): boolean {
  const quote = p.mention.source.quote;
  const from = quote.lastIndexOf(',', p.at) + 1;
  const to = quote.indexOf(',', p.at);
  // "told reporters after the talks that he would call": a that-clause after the happening
  // tells of something else.
  const rest = quote.slice(p.at, to < 0 ? quote.length : to);
  const that = rest.search(/\bthat\b/);
  const phrase = quote.slice(from, p.at) + (that < 0 ? rest : rest.slice(0, that));
  return FUTURE.test(phrase) || DECIDED.test(phrase);
}

// "Choe, who is visiting Moscow these days", "is on his official visit": under way as reported.
const UNDER_WAY =
  /\b(?:is|are)\s+(?:\w+ly\s+)?(?:visiting|on (?:a|an|his|her|their) (?:[\w-]+\s+){0,2}(?:visit|trip|tour))\b/i;

/** A trip under way on the day of the report is not another, earlier trip told elsewhere. */
function ongoing(p: Pending): boolean {
  if (p.mention.kind !== 'visit') return false;
  const quote = p.mention.source.quote;
  const from = quote.lastIndexOf(',', p.at) + 1;
  return UNDER_WAY.test(quote.slice(from, p.at + 12));
}

/** "Putin has an invitation to visit Pyongyang": the same guest invited to the same place. */
function sameInvitation(donor: Mention, m: Mention): boolean {
  if (!m.place || !donor.place || m.participants.length === 0) return false;
  if (countryOf(m.place) !== countryOf(donor.place) && m.place !== donor.place) return false;
  return m.participants.every((n) => donor.participants.includes(n));
}

// "He extended the invitation": the invitation already told.
const THE_INVITATION = /\bthe invitation\b/i;

/**
 * The same party inviting the same guest (or "the invitation", told again with no inviter):
 * one invitation told twice.
 */
function sameInviter(donor: Mention, m: Mention): boolean {
  // "the invitation", told again with no inviter or by the same one.
  if (THE_INVITATION.test(m.source.quote) && (!m.speaker || sameSpeaker(donor, m))) return true;
  if (!m.speaker) return false;
  // The guests, not the inviter, must be the same.
  const guests = (x: Mention) => x.participants.filter((n) => n !== x.speaker?.name);
  const theirs = guests(donor);
  return sameSpeaker(donor, m) && guests(m).some((n) => theirs.includes(n));
}

/** "an invitation from Putin", quoted by someone else: the donor's inviter is named in this one. */
function inviterOf(donor: Mention, m: Mention): boolean {
  const surname = donor.speaker?.name.split(/\s+/).pop();
  if (!surname) return false;
  const quote = m.source.quote;
  const from = /\binvitations?\s+(?:from|of)\s+/i.exec(quote);
  return (
    (from !== null && quote.slice(from.index, from.index + 60).includes(surname)) ||
    new RegExp(`\\b${surname}['’]s?\\s+(?:\\w+\\s+)?invitation`).test(quote)
  );
}

/** Both name a place, in one country. */
function samePlace(a: Mention, b: Mention): boolean {
  const [ca, cb] = [a.place, b.place].map((p) => (p ? countryOf(p) : null));
  return ca !== null && ca === cb;
}

function overlap(a: Mention, b: Mention): boolean {
  // Two places that name different countries ("Russia", "Pyongyang") are two happenings.
  const trip = (m: Mention) => m.kind === 'visit' || m.kind === 'summit';
  const ca = a.place && trip(a) && trip(b) ? countryOf(a.place) : null;
  const cb = b.place ? countryOf(b.place) : null;
  if (ca && cb && ca !== cb) return false;
  if (a.participants.length === 0 || b.participants.length === 0) return true;
  // A summit has two sides: one told by the guest's name and one by the host's is one summit.
  if (
    a.kind === 'summit' &&
    b.kind === 'summit' &&
    a.participants.length + b.participants.length <= 2
  )
    return true;
  // Any shared name word: family names come first in some languages ("Kim Jong Un"), last in others.
  const words = (n: string) =>
    n
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((w) => w.length > 2);
  const names = new Set(a.participants.flatMap(words));
  return b.participants.some((n) => words(n).some((w) => names.has(w)));
}

const POSITIONS = new WeakMap<Pending[], Map<Pending, number>>();

function nearestBy(
  list: Pending[],
  i: number,
  all: Pending[],
  ok: (p: Pending) => boolean,
): Pending | null {
  let where = POSITIONS.get(all);
  if (!where) POSITIONS.set(all, (where = new Map(all.map((p, k) => [p, k]))));
  let best: Pending | null = null;
  let bestDistance = Infinity;
  for (const p of list) {
    // The distance is cheap and the test is not: only a nearer candidate is tested.
    const d = Math.abs((where.get(p) ?? -1) - i);
    if (d === 0 || d >= bestDistance || !ok(p)) continue;
    best = p;
    bestDistance = d;
  }
  return best;
}

// "invited Putin to visit during their summit": an act placed in another happening takes its date.
const DURING =
  /\b(?:during|at|after)\s+(?:the\s+end\s+of\s+)?(?:(?:their|the|his|her|an?)\s+)?(?:official\s+|summit\s+)?(?:summit|talks|meeting|dinner|visit|reception)\b/i;

/** EVENTS.md: a happening placed relative to another takes the other's date. */
function anchorActs(pending: Pending[]): void {
  for (const p of pending) {
    const m = p.mention;
    // "At the end of summit talks, the two leaders signed a manifesto": so is a signing.
    const anchored = SPEECH.has(m.kind) || m.kind === 'agreement';
    if (p.dated || !anchored || !DURING.test(m.source.quote)) continue;
    const host = pending.find(
      (o) =>
        o.mention.source.start === m.source.start &&
        !SPEECH.has(o.mention.kind) &&
        o.mention.kind !== m.kind &&
        o.mention.date.precision !== 'unknown',
    );
    // Told elsewhere: the article's dated summit or meeting is the occasion named.
    const occasion =
      host ??
      pending.find(
        (o) =>
          (o.mention.kind === 'summit' || o.mention.kind === 'meeting') &&
          o.mention.date.precision === 'day' &&
          overlap(o.mention, m),
      );
    if (occasion) m.date = { ...occasion.mention.date };
  }
}

const accepts = (p: Pending) => p.act;

// "greeted Shoigu upon his arrival", "welcomed by officials at the border station".
const WELCOME = /^(?:greet|welcom)/i;
const ON_ARRIVAL = /\b(?:up)?on (?:his|her|their|its) arrival\b|\bon arrival\b/i;

/**
 * A guest is greeted when he arrives: a welcome dated nowhere takes the day of the arrival told
 * in its sentence, else of the nearest dated arrival of the same people.
 */
function welcomesOnArrival(pending: Pending[]): void {
  for (const [i, p] of pending.entries()) {
    const m = p.mention;
    const quote = m.source.quote;
    if (m.kind !== 'meeting' || p.dated || m.date.precision !== 'unknown') continue;
    if (!WELCOME.test(quote.slice(p.at)) && !ON_ARRIVAL.test(quote)) continue;
    const arrival = (d: Pending) =>
      d.mention.kind === 'visit' &&
      d.mention.date.precision === 'day' &&
      // An undated mention carries the article's day: the arrival was on or before it.
      d.mention.date.start <= m.date.start &&
      overlap(d.mention, m);
    const here = pending.find((d) => d.mention.source.start === m.source.start && arrival(d));
    const donor = here ?? nearestBy(pending, i, pending, arrival);
    if (donor) m.date = { ...donor.mention.date };
  }
}

// "returns home after a visit", "on his way back after concluding a trip".
const RETURN =
  /^(?:returns?|returned|returning|on (?:his|her|their) way back|conclud\w*|wrap(?:s|ped)? up|end(?:s|ed)?)\b/i;
const RETURN_WORDS = /\b(?:returns?|returned|returning|way back|conclud\w*|wrap(?:s|ped)? up)\b/i;
const ARRIVAL = /^(?:arriv\w*|landed|crossed)\b/i;

/**
 * A trip told as ending ("returns to North Korea after Russian visit") covers the days from the
 * arrival the article dates to the day of the report, when the return itself is undated: `days`.
 */
function tripsToReturn(pending: Pending[], articleDate: string): void {
  const arrivals = pending.filter(
    (a) =>
      a.mention.kind === 'visit' &&
      a.dated &&
      a.mention.date.precision === 'day' &&
      ARRIVAL.test(a.mention.source.quote.slice(a.at)),
  );
  if (arrivals.length === 0) return;
  for (const p of pending) {
    const m = p.mention;
    if (m.kind !== 'visit' || p.dated) continue;
    const quote = m.source.quote;
    if (!RETURN.test(quote.slice(p.at)) && !RETURN_WORDS.test(quote.slice(0, p.at))) continue;
    // Whatever another sentence lent it, the trip ends when the report says it is ending.
    const back = articleDate;
    const arrival = arrivals
      .map((a) => a.mention.date.start)
      .filter((d) => d < back && d >= addDays(back, -14))
      .sort()[0];
    if (arrival) m.date = { start: arrival, end: back, precision: 'days', text: '' };
  }
}

/**
 * After acts are anchored: a headline's invitation still undated takes the date of the same
 * party's dated invitation in the body, and an acceptance told with no time of its own takes the date of the invitation
 * told with it (same sentence or the one before): "X invited Y during the talks, and Y accepted".
 */
function followInvitations(pending: Pending[]): void {
  const known = (o: Pending) =>
    o.mention.kind === 'invitation' && o.mention.date.precision !== 'unknown';
  for (const [i, p] of pending.entries()) {
    const m = p.mention;
    if (m.date.precision !== 'unknown') continue;
    // A headline tells what the story's body dates; elsewhere an invitation needs its inviter named.
    if (m.kind === 'invitation' && p.headline) {
      const donor = nearestBy(pending, i, pending, (d) => known(d) && sameSpeaker(d.mention, m));
      if (donor) m.date = { ...donor.mention.date };
    } else if (accepts(p)) {
      const invitation = pending
        .slice(0, i + 1)
        .reverse()
        .find((o) => known(o) && o.mention.source.start >= previousStart(pending, m));
      if (invitation) m.date = { ...invitation.mention.date };
    }
  }
}

/** Where the sentence before `m`'s sentence starts (among sentences that hold mentions). */
function previousStart(pending: Pending[], m: Mention): number {
  const starts = [...new Set(pending.map((o) => o.mention.source.start))].sort((a, b) => a - b);
  const here = starts.indexOf(m.source.start);
  return here > 0 ? starts[here - 1] : m.source.start;
}

/**
 * A headline that states a plan without naming its source ("Kremlin to coordinate leader's
 * visit") speaks for the article's first named speaker of a statement.
 */
function headlineSpeakers(pending: Pending[]): void {
  const first = pending.find((p) => !p.headline && SPEECH.has(p.mention.kind) && p.mention.speaker);
  if (!first) return;
  for (const p of pending)
    if (
      p.headline &&
      SPEECH.has(p.mention.kind) &&
      !p.mention.speaker &&
      p.mention.kind !== 'invitation'
    )
      p.mention.speaker = { ...first.mention.speaker! };
}

// "Among them, ten countries have confirmed", "These include X": the list continues the
// previous sentence's statement, and its speaker with it.
const CONTINUES = /^(?:Among them|Of (?:them|these|those)|These include|They include)\b/;

function continuedSpeakers(pending: Pending[]): void {
  for (const [i, p] of pending.entries()) {
    if (p.mention.speaker || !CONTINUES.test(p.mention.source.quote)) continue;
    const before = pending
      .slice(0, i)
      .reverse()
      .find((o) => o.mention.source.start < p.mention.source.start && o.mention.speaker);
    if (before?.mention.speaker) p.mention.speaker = { ...before.mention.speaker };
  }
}
