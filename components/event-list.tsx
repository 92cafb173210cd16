import type { EventSummary } from '@/lib/site/view';
import { KindBadge } from './kind-badge';

/**
 * The chronological list of events, rendered on the server so it reads without JavaScript;
 * the client's list controller hides, marks and focuses items by their `data-event-id`.
 * Markup is kept lean (styles live in globals.css): a story can hold thousands of events.
 */
export function EventList({ events }: { events: EventSummary[] }) {
  if (events.length === 0) {
    return <p className="text-slate-600 dark:text-slate-400">No events have been extracted yet.</p>;
  }
  return (
    <ol id="event-list" aria-label="Events in chronological order" className="space-y-2">
      {events.map((e) => {
        const outlets = [...new Set([...e.publishers, ...e.cited])];
        const meta = [
          e.speaker ? `Said by ${e.speaker}.` : '',
          outlets.length > 0 ? `Outlets: ${outlets.join(', ')}.` : '',
        ].join(' ');
        return (
          <li key={e.id} data-event-id={e.id} className={e.unrealised ? 'ev ev-u' : 'ev'}>
            <p className="ev-when">
              <time dateTime={e.start}>{e.when}</time>{' '}
              <KindBadge kind={e.kind} unrealised={e.unrealised} />
            </p>
            {/* A plain link, not next/link: thousands of client components would cost hydration,
                and the list controller opens the panel on a plain click anyway. */}
            <a href={`/events/${encodeURIComponent(e.id)}`} className="ev-link">
              {e.summary}
            </a>
            <p className="ev-meta">{meta.trim()}</p>
          </li>
        );
      })}
    </ol>
  );
}
