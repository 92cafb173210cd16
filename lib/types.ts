/** Kinds of happening an event can be (see ../shared/spec/EVENTS.md). */
export const EVENT_KINDS = [
  'invitation',
  'confirmation',
  'announcement',
  'speculation',
  'visit',
  'summit',
  'meeting',
  'agreement',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Kinds that are statements about a happening rather than the happening itself. */
export const SPEECH_ACTS: readonly EventKind[] = ['invitation', 'confirmation', 'announcement'];

/** How precisely the text dates a happening. */
export type Precision =
  'day' | 'days' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'unknown';

/** An inclusive range of days (ISO yyyy-mm-dd) with the precision the text supports. */
export interface DateRange {
  start: string;
  end: string;
  precision: Precision;
  /** The words the date was read from; empty when the precision is `unknown`. */
  text: string;
}

/** Who made the statement a mention reports. */
export interface Speaker {
  name: string;
  /** Title or body as the article gives it ("Kremlin spokesperson"), or null. */
  role: string | null;
}

/** One passage of one article that mentions an event. */
export interface Source {
  /** Article slug: the file name without `.md`. */
  article: string;
  /** The exact sentence text, as it stands in the body. */
  quote: string;
  /** Offsets of the quote in the body (after the frontmatter): body.slice(start, end) === quote. */
  start: number;
  end: number;
}

/** One event mention read from one sentence, before merging. */
export interface Mention {
  kind: EventKind;
  date: DateRange;
  target: DateRange | null;
  speaker: Speaker | null;
  cited: string[];
  participants: string[];
  place: string | null;
  source: Source;
}

/** A happening on the timeline: one or more mentions merged, with a stable id. */
export interface TimelineEvent {
  id: string;
  kind: EventKind;
  date: DateRange;
  target: DateRange | null;
  speaker: Speaker | null;
  cited: string[];
  participants: string[];
  place: string | null;
  /** A one-line human title. */
  summary: string;
  sources: Source[];
}

/** An article's metadata as published in the extraction output. */
export interface ArticleInfo {
  slug: string;
  title: string;
  outlet: string;
  date: string;
  url: string | null;
  authors: string[];
}

/** What `npm run extract` writes and the site consumes. */
export interface Extraction {
  articles: ArticleInfo[];
  events: TimelineEvent[];
}
