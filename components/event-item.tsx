import type { EventSummary } from '@/lib/site/view';
import { KindBadge } from './kind-badge';

/**
 * One event of the chronological list. No hooks and no directive: the server renders it into
 * the static list pages and the client list renders the same markup once the data is in.
 */
export function EventItem({ event: e, current }: { event: EventSummary; current?: boolean }) {
  const outlets = [...new Set([...e.publishers, ...e.cited])];
  const meta = [
    e.speaker ? `Said by ${e.speaker}.` : '',
    outlets.length > 0 ? `Outlets: ${outlets.join(', ')}.` : '',
    e.target ? `Target: ${e.target.when}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li
      data-event-id={e.id}
      className={e.unrealised ? 'ev ev-u' : 'ev'}
      aria-current={current ? 'true' : undefined}
    >
      <p className="ev-when">
        <time dateTime={e.start}>{e.when}</time>{' '}
        <KindBadge kind={e.kind} unrealised={e.unrealised} />
      </p>
      {/* A plain link, not next/link: hundreds of client components would cost hydration,
          and the client list opens the panel on a plain click anyway. */}
      <a href={`/events/${encodeURIComponent(e.id)}`} className="ev-link">
        {e.summary}
      </a>
      <p className="ev-meta">{meta}</p>
    </li>
  );
}
