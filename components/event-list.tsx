import Link from 'next/link';
import type { EventSummary } from '@/lib/site/view';
import { KindBadge } from './kind-badge';

/**
 * The chronological list of events, rendered on the server so it reads without JavaScript;
 * the client's list controller hides, marks and focuses items by their `data-event-id`.
 */
export function EventList({ events }: { events: EventSummary[] }) {
  if (events.length === 0) {
    return <p className="text-slate-600 dark:text-slate-400">No events have been extracted yet.</p>;
  }
  return (
    <ol id="event-list" aria-label="Events in chronological order" className="space-y-2">
      {events.map((e) => {
        const outlets = [...new Set([...e.publishers, ...e.cited])];
        return (
          <li
            key={e.id}
            data-event-id={e.id}
            className={`event-item rounded-md border border-slate-200 p-3 dark:border-slate-700 ${e.unrealised ? 'unrealised-item' : ''}`}
          >
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <time dateTime={e.start} className="font-medium">
                {e.when}
              </time>
              <KindBadge kind={e.kind} unrealised={e.unrealised} />
            </div>
            <Link
              href={`/events/${encodeURIComponent(e.id)}`}
              data-event-link={e.id}
              className="event-link mt-1 block font-semibold underline-offset-2 hover:underline"
            >
              {e.summary}
            </Link>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {e.speaker ? <>Said by {e.speaker}. </> : null}
              {outlets.length > 0 ? <>Outlets: {outlets.join(', ')}.</> : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
