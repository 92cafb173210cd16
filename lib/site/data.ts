import { getStory, type Story } from '@/lib/story';
import { syntheticEvents } from './synthetic';
import { eventSummaries, type EventSummary } from './view';

let cached: Story | null = null;
let summaries: EventSummary[] | null = null;

/**
 * The story the pages render: `getStory()`, or — only when `SITE_SYNTHETIC_EVENTS=<n>` is set,
 * for `npm run bench:site` — the same articles with n synthetic events instead.
 */
export function getSiteStory(): Story {
  if (cached) return cached;
  const story = getStory();
  const n = Number(process.env.SITE_SYNTHETIC_EVENTS ?? 0);
  cached = n > 0 ? { ...story, events: syntheticEvents(story, n) } : story;
  return cached;
}

// A synthetic bench build measures `/`; pre-rendering 10,000 event pages would take minutes.
const SYNTHETIC_EVENT_PAGES = 100;

/** Ids that get a static `/events/<id>` page: all, or the first few of a synthetic story. */
export function eventPageIds(): string[] {
  const ids = getSiteStory().events.map((e) => e.id);
  return process.env.SITE_SYNTHETIC_EVENTS ? ids.slice(0, SYNTHETIC_EVENT_PAGES) : ids;
}

/** The chronological summaries of the site's story, computed once per build worker. */
export function getSiteSummaries(): EventSummary[] {
  summaries ??= eventSummaries(getSiteStory());
  return summaries;
}
