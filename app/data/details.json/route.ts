import { getSiteStory } from '@/lib/site/data';
import { eventDetail, type EventDetail } from '@/lib/site/view';

export const dynamic = 'force-static';

/** Every event's detail keyed by id: what the panel loads on first use. */
export function GET() {
  const story = getSiteStory();
  const byId: Record<string, EventDetail> = {};
  for (const e of story.events) byId[e.id] = eventDetail(story, e);
  return Response.json(byId);
}
