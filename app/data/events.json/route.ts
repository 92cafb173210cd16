import { getSiteStory } from '@/lib/site/data';
import { eventSummaries } from '@/lib/site/view';

export const dynamic = 'force-static';

/** Every event's summary, chronological: what the timeline and the filters load. */
export function GET() {
  return Response.json(eventSummaries(getSiteStory()));
}
