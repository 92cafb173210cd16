import type { Article } from '../content/schema';
import type { Mention, Speaker } from '../types';
import { antecedentOf, untitledTest } from './antecedent';
import { borrowDates, type Pending } from './borrow';
import { dateFromSentence, dateList, datelineSpan, isAcceptance, unknownDate } from './dating';
import { findHits, mayHaveEvent } from './kinds';
import { clauseAround } from './kinds/types';
import { isSummitStory, leaderTest } from './leaders';
import { FUTURE, REPORTING } from './lexicon';
import { isDomesticTrip, isOwnSide, placeCountries } from './domestic';
import { isEndMark, isNoise } from './noise';
import { namesOccasion, occasionDates } from './occasions';
import { narrativeYears } from './narrative-year';
import { withThatTime } from './that-time';
import { citedOutlets } from './outlets/cited-outlets';
import { sameOutlet } from './outlets/outlet-table';
import { citingSubjects } from './outlets/outlet-shapes';
import { participantsIn, placeNear } from './participants';
import { sayingDays } from './saying-days';
import { SentenceInput, type ArticleReading } from './sentence-input';
import { splitSentences } from './sentences';
import { plainSpaces } from './spaces';
import {
  DATELINE_HINT,
  DATELINE_REACH,
  datelineDay,
  filedFrom,
  opensWithDatelineColon,
  STAMP,
} from './filed-on';
import { buildPeopleIndex, reportedSpeaker, resolveName } from './speakers';
import { maskQuotes } from './speakers/quotes';
import { tagTimes, type TimeSpan } from './time';

const SPEECH = new Set(['invitation', 'confirmation', 'announcement']);
const QUOTED = /["“”‘’']/;
// Verbs that attribute words to someone (not acts like "confirmed" that are events themselves).
const SAYING =
  /\b(?:said|says|told|tells|stated|states|announced|added|noted|reported|replied|declared|according to|quoted)\b/i;
const ACCORDING_TAIL = /,?\s*according to\b.*$/i;
const QUOTE_MARK = /["“”‘’]/;
const INVITED = /\binvit/i;
// "Kremlin: Kim to visit Russia": a headline attributing its news to a source.
const HEADLINE_SOURCE = /^[A-Z][\w.'’ -]{1,30}:\s+[A-Z]/;

/** Whether the word at `at` stands inside quotation marks opened in the sentence. */
function quotedAt(text: string, at: number): boolean {
  return text[at] !== ' ' && maskQuotes(text, false)[at] === ' ';
}

/**
 * Reads one article and returns every event mention it makes, one per happening per sentence,
 * each tied to its sentence by offsets into the body.
 */
export function extractArticle(published: Article): Mention[] {
  // The rules read plain spaces; quotes are cut from the body as published (see spaces.ts).
  const article = { ...published, body: plainSpaces(published.body) };
  const sentences = splitSentences(article.body);
  const people = buildPeopleIndex(sentences);
  const isLeader = leaderTest(article.body);
  const isPerson = (name: string) =>
    name.split(/[\s-]+/).some((w) => people.byToken.has(w.toLowerCase().replace(/['’]s$/, '')));
  const summitStory = isSummitStory(
    sentences.map((s) => s.text),
    isLeader,
  );
  const places = placeCountries(sentences);
  // Sentences after an end mark are the page around the story (links to other stories).
  const endMark = sentences.findIndex((s) => isEndMark(s.text));
  const story = endMark < 0 ? sentences : sentences.slice(0, endMark);
  // Relative times ("this week", "on Saturday") count from the day the story was filed.
  const dateline = datelineDay(story, article.date);
  const anchor = filedFrom(dateline, article.date);
  const reading: ArticleReading = {
    date: anchor,
    isLeader,
    isPerson,
    isUntitled: untitledTest(people, article.body),
    summitStory,
  };
  // A trip inside the traveller's own country is no visit (see domestic.ts).
  const abroad = (h: { kind: string; at: number }, text: string) =>
    h.kind !== 'visit' || !isDomesticTrip(text, h.at, people, places);
  const pending: Pending[] = [];
  let reportDay: string | null = dateline;
  const firstProse = sentences.find((s) => !isNoise(s.text))?.index ?? -1;
  const narrative = narrativeYears(story, anchor);
  for (const [at, sentence] of story.entries()) {
    // A stray "date 2025-05-21" stamp before a headline is page noise, not words of the sentence.
    const text = sentence.text.replace(STAMP, '');
    if (isNoise(text) || !mayHaveEvent(text)) continue;
    // The time tagger runs only when something asks (see SentenceInput).
    let tagged: TimeSpan[] | null = null;
    const times = () =>
      (tagged ??= withThatTime(
        text,
        tagTimes(text, anchor, { narrativeYear: narrative[at] }),
        () =>
          at > 0 ? tagTimes(story[at - 1].text, anchor, { narrativeYear: narrative[at - 1] }) : [],
        anchor,
      ));
    if (reportDay === null && DATELINE_HINT.test(text.slice(0, DATELINE_REACH)))
      reportDay = datelineSpan(text, times())?.value.start ?? null;
    // A lede repeating the standfirst above it is one passage, told at its first printing.
    if (sentence.echoes !== undefined) continue;
    const reporting = REPORTING.test(text);
    const headlineSource = HEADLINE_SOURCE.test(text) && !opensWithDatelineColon(text);
    // Cheap signs of reported speech first; the speaker is worked out only for sentences with
    // events, or first when only a quotation mark hints that the sentence is reported.
    const settled = reporting || headlineSource;
    const quick = settled || QUOTE_MARK.test(text);
    let speaker = quick && !settled ? reportedSpeaker(sentences, sentence.index, people) : null;
    const reported = settled || speaker !== null || (QUOTED.test(text[0]) && text.length > 20);
    const input = new SentenceInput(reading, text, reported, times, () =>
      antecedentOf(people, sentence.index),
    );
    let hits = findHits(input).filter((h) => abroad(h, text));
    if (hits.length === 0) continue;
    if (settled) speaker = reportedSpeaker(sentences, sentence.index, people);
    else if (!quick) {
      speaker = reportedSpeaker(sentences, sentence.index, people);
      if (speaker) hits = findHits(input.asReported()).filter((h) => abroad(h, text));
    }
    // The guest's own side stating its trip "at the invitation of" the host accepts the
    // invitation, so confirms the trip; its own leader's trip told without one it announces.
    const visitHit = hits.find((h) => h.kind === 'visit');
    if (
      visitHit &&
      FUTURE.test(text) &&
      INVITED.test(text) &&
      isOwnSide(speaker, text, visitHit.at, people)
    )
      hits = hits.map((h) => (h.kind === 'announcement' ? { ...h, kind: 'confirmation' } : h));
    const spans = times();
    // "News.Az reports citing TASS" in News.Az's own copy: a publisher passing on others' news
    // is not its own source (though "told TASS" in TASS's copy is).
    const passing = [...citingSubjects(text)].filter((n) => sameOutlet(n, article.outlet));
    const cited = citedOutlets(text).filter((name) => !passing.some((n) => sameOutlet(name, n)));
    const saying = SAYING.test(text);
    const participants = participantsIn(text, people, sentence.index);
    for (const hit of hits) {
      let who: Speaker | null = speaker;
      // A narrated act in a clause of its own keeps its actor, whoever speaks elsewhere in the sentence.
      // An invitation told inside someone's quotation is theirs to tell, not its actor's.
      const ownClause =
        hit.kind === 'invitation' &&
        !headlineSource &&
        !(speaker && quotedAt(text, hit.at)) &&
        // "X invited Y …, according to officials": a closing source does not speak the act.
        !REPORTING.test(clauseAround(text, hit.at).replace(ACCORDING_TAIL, ''));
      // A guess held by someone a statement names ("said that the spy agency expected …") is theirs.
      if (hit.kind === 'speculation' && hit.actor)
        who = resolveName(hit.actor, sentences, sentence.index, people);
      else if (SPEECH.has(hit.kind) && hit.actor && (!who || ownClause))
        who = resolveName(hit.actor, sentences, sentence.index, people);
      // Nobody else's words carry it: the acceptance is told as an act.
      const act = speaker === null && isAcceptance(hit.kind, text, hit.at);
      const datings = dateList(hit.kind, text, spans, hit.at) ?? [
        dateFromSentence(hit.kind, hit.at, text, spans, anchor, act),
      ];
      const place = placeNear(text, hit.at, people);
      for (const { date, target } of datings) {
        const mention: Mention = {
          kind: hit.kind,
          date: date ?? unknownDate(article.date),
          target,
          speaker: who,
          cited,
          participants: [...participants],
          place,
          source: {
            article: article.slug,
            quote: sentence.text,
            start: sentence.start,
            end: sentence.end,
          },
        };
        pending.push({
          mention,
          dated: date !== null,
          targeted: target !== null,
          reported: speaker !== null || saying,
          headline: sentence.index === firstProse,
          at: hit.at + (sentence.text.length - text.length),
          act,
        });
      }
    }
  }
  // Occasions are looked up only for an undated trip that names one: most articles need none.
  const occasions = pending.some(
    (p) =>
      !p.dated &&
      (p.mention.kind === 'visit' || p.mention.kind === 'summit') &&
      namesOccasion(p.mention.source.quote),
  )
    ? occasionDates(sentences, anchor)
    : new Map();
  // Days people spoke on are looked up only for their undated words.
  const spokeOn = pending.some((p) => !p.dated && p.mention.speaker && SPEECH.has(p.mention.kind))
    ? sayingDays(story, people, anchor)
    : new Map<string, string>();
  const mentions = borrowDates(pending, anchor, reportDay, occasions, spokeOn);
  if (article.body === published.body) return mentions;
  for (const m of mentions) m.source.quote = published.body.slice(m.source.start, m.source.end);
  return mentions;
}
