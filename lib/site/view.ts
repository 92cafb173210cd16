import { splitSentences, type Sentence } from '@/lib/extract/sentences';
import type { ArticleInfo, EventKind, Precision, TimelineEvent } from '@/lib/types';
import type { Story } from '@/lib/story';
import { dateInWords, dayInWords } from './dates';

/** What the list, filters and timeline need of one event: small and serialisable. */
export interface EventSummary {
  id: string;
  kind: EventKind;
  start: string;
  end: string;
  precision: Precision;
  /** The date in words, e.g. "first half of 2025". */
  when: string;
  summary: string;
  speaker: string | null;
  publishers: string[];
  cited: string[];
  /** Lane keys for the "by country" and "by actor" groupings. */
  country: string;
  actor: string;
  /** Not (yet) happened when reported: speculation, or dated after every report. */
  unrealised: boolean;
  /** The date a statement points to (a planned or speculated visit), when it gives one. */
  target?: TargetSummary;
}

/** A statement's target date: an inclusive day range and the same in words. */
export interface TargetSummary {
  start: string;
  end: string;
  when: string;
}

/** One source passage, ready to render as text: the sentence and the rest of its paragraph. */
export interface Passage {
  article: string;
  title: string;
  outlet: string;
  date: string;
  /** Sentence index in splitSentences(body), the `#s-<index>` anchor; -1 when not found. */
  index: number;
  before: string;
  quote: string;
  after: string;
}

/** Everything the detail panel and the event page show about one event. */
export interface EventDetail extends EventSummary {
  speakerRole: string | null;
  participants: string[];
  place: string | null;
  passages: Passage[];
}

const UNPLACED = 'Place not given';
const NO_ACTOR = 'Actor not given';

/** Sentences of every article, computed once per story. */
const sentenceCache = new WeakMap<Story, Map<string, Sentence[]>>();

export function sentencesOf(story: Story, slug: string): Sentence[] {
  let bySlug = sentenceCache.get(story);
  if (!bySlug) sentenceCache.set(story, (bySlug = new Map()));
  let list = bySlug.get(slug);
  if (!list) {
    list = splitSentences(story.bodies.get(slug)?.body ?? '');
    bySlug.set(slug, list);
  }
  return list;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.trim() !== ''))];
}

// Built once per story: details.json asks for every event, and at 10,000 articles rebuilding
// this per event took over a minute (past Next's per-page limit).
const articleIndex = new WeakMap<Story, Map<string, ArticleInfo>>();

function articlesById(story: Story): Map<string, ArticleInfo> {
  let byId = articleIndex.get(story);
  if (!byId) articleIndex.set(story, (byId = new Map(story.articles.map((a) => [a.slug, a]))));
  return byId;
}

/** The trimmed view of an event that client components receive. */
export function summarise(e: TimelineEvent, articles: Map<string, ArticleInfo>): EventSummary {
  const infos = e.sources.map((s) => articles.get(s.article)).filter((a) => a !== undefined);
  const reported = infos.map((a) => a.date).sort();
  const lastReport = reported.at(-1) ?? e.date.start;
  return {
    id: e.id,
    kind: e.kind,
    start: e.date.start,
    end: e.date.end,
    precision: e.date.precision,
    when: dateInWords(e.date, reported[0]),
    summary: e.summary,
    speaker: e.speaker?.name ?? null,
    publishers: unique(infos.map((a) => a.outlet)),
    cited: unique(e.cited),
    country: e.place ?? UNPLACED,
    actor: e.participants[0] ?? e.speaker?.name ?? NO_ACTOR,
    unrealised: e.kind === 'speculation' || e.date.start > lastReport,
    // Left out when absent: most events have none, and the summaries of a big story add up.
    ...(e.target
      ? { target: { start: e.target.start, end: e.target.end, when: dateInWords(e.target) } }
      : {}),
  };
}

/** Summaries of every event, in chronological order (start, then end, then id). */
export function eventSummaries(story: Story): EventSummary[] {
  const articles = articlesById(story);
  return story.events
    .map((e) => summarise(e, articles))
    .sort((a, b) =>
      a.start !== b.start
        ? a.start.localeCompare(b.start)
        : a.end !== b.end
          ? a.end.localeCompare(b.end)
          : a.id.localeCompare(b.id),
    );
}

/** The passage of `source` located among its article's sentences and paragraph. */
export function passageOf(story: Story, e: TimelineEvent, i: number): Passage {
  const s = e.sources[i];
  const info = story.bodies.get(s.article);
  const body = info?.body ?? '';
  const sentences = sentencesOf(story, s.article);
  const hit =
    sentences.find((x) => x.start === s.start) ??
    sentences.find((x) => x.start <= s.start && s.start < x.end);
  const lineStart = body.lastIndexOf('\n', s.start - 1) + 1;
  const nl = body.indexOf('\n', s.end);
  const lineEnd = nl === -1 ? body.length : nl;
  return {
    article: s.article,
    title: info?.title ?? s.article,
    outlet: info?.outlet ?? '',
    date: info ? dayInWords(info.date) : '',
    index: hit?.index ?? -1,
    before: body.slice(lineStart, s.start),
    quote: body.slice(s.start, s.end) || s.quote,
    after: body.slice(s.end, lineEnd),
  };
}

/** The full detail of one event, for the panel and the event page. */
export function eventDetail(story: Story, e: TimelineEvent): EventDetail {
  const base = summarise(e, articlesById(story));
  return {
    ...base,
    speakerRole: e.speaker?.role ?? null,
    participants: e.participants,
    place: e.place,
    passages: e.sources.map((_, i) => passageOf(story, e, i)),
  };
}
