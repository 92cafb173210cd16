import type { EventSummary } from '@/lib/site/view';
import { EventItem } from './event-item';

/**
 * One page of the chronological list, rendered on the server so it reads without JavaScript.
 * Markup is kept lean (styles live in globals.css): a page holds hundreds of events.
 */
export function EventList({ events }: { events: EventSummary[] }) {
  if (events.length === 0) {
    return <p className="text-slate-600 dark:text-slate-400">No events have been extracted yet.</p>;
  }
  return (
    <ol id="event-list" aria-label="Events in chronological order" className="space-y-2">
      {events.map((e) => (
        <EventItem key={e.id} event={e} />
      ))}
    </ol>
  );
}
