/** What a story knows about ids: its events and the ids merged away from them. */
interface IdView {
  events: Array<{ id: string }>;
  retired?: Record<string, string>;
}

/**
 * Retired ids that get a redirect page, each with the live event it now points to. A retired id
 * whose survivor no longer has an event (its articles were removed) gets no page: a clean 404.
 */
export function redirects(story: IdView): Map<string, string> {
  const live = new Set(story.events.map((e) => e.id));
  return new Map(
    Object.entries(story.retired ?? {}).filter(([old, to]) => live.has(to) && !live.has(old)),
  );
}
