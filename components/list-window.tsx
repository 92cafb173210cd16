'use client';

import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { matches } from '@/lib/site/filters';
import type { EventSummary } from '@/lib/site/view';
import { EventItem } from './event-item';
import { requestPanelFocus } from './panel-focus';
import { useSummaries } from './story-data';
import { useUrlState } from './url-state';

/** Which slice [from, to) of the filtered events is in the page, and what it was placed for. */
interface Win {
  shown: EventSummary[] | null;
  selected: string | null;
  from: number;
  to: number;
}

// Past this many pages in the document, showing later events drops the earliest page.
const MAX_PAGES = 3;

/** Moves the window onto the page holding the selected event when it is not in view. */
function place(shown: EventSummary[], selected: string | null, w: Win, size: number): Win {
  const at = selected ? shown.findIndex((e) => e.id === selected) : -1;
  if (at < 0 || (at >= w.from && at < w.to)) return { ...w, shown, selected };
  const from = Math.floor(at / size) * size;
  return { shown, selected, from, to: from + size };
}

/**
 * The list once the event data is in: every event the filters keep, a window of pages at a
 * time, so the document stays small however long the story. Until then it shows `children`,
 * the server-rendered first page.
 */
export function ListWindow({ pageSize, children }: { pageSize: number; children: ReactNode }) {
  const events = useSummaries();
  const { filters, selected, select } = useUrlState(events);
  const shown = useMemo(
    () => (events ? events.filter((e) => matches(e, filters)) : null),
    [events, filters],
  );
  const [win, setWin] = useState<Win>({ shown: null, selected: null, from: 0, to: pageSize });
  let w = win;
  if (shown && (win.shown !== shown || win.selected !== selected)) {
    // New filters start at the top; a new selection brings its page into view.
    const base = win.shown === shown ? win : { ...win, from: 0, to: pageSize };
    w = place(shown, selected, base, pageSize);
    setWin(w);
  }
  const list = useRef<HTMLOListElement>(null);
  const focusId = useRef<string | null>(null);

  useEffect(() => {
    if (!focusId.current) return;
    const id = focusId.current;
    focusId.current = null;
    list.current
      ?.querySelector<HTMLAnchorElement>(`li[data-event-id="${CSS.escape(id)}"] a.ev-link`)
      ?.focus();
  });

  if (!shown) return children;
  const later = () =>
    setWin((v) => ({
      ...v,
      to: v.to + pageSize,
      from: v.to + pageSize - v.from > MAX_PAGES * pageSize ? v.from + pageSize : v.from,
    }));
  const earlier = () =>
    setWin((v) => ({
      ...v,
      from: Math.max(0, v.from - pageSize),
      to: v.to - v.from >= MAX_PAGES * pageSize ? v.to - pageSize : v.to,
    }));
  const slice = shown.slice(w.from, w.to);

  const onClick = (ev: React.MouseEvent) => {
    const a = (ev.target as Element).closest<HTMLAnchorElement>('a.ev-link');
    if (!a || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    ev.preventDefault();
    select(a.closest('li')?.dataset.eventId ?? null);
    // A keyboard "click" has no pointer position: send focus on to the panel.
    if (ev.detail === 0) requestPanelFocus();
  };
  const onKey = (ev: React.KeyboardEvent) => {
    const id = (ev.target as Element).closest('li')?.dataset.eventId;
    const at = slice.findIndex((e) => e.id === id);
    if (at < 0 || !(ev.target as Element).matches('a.ev-link')) return;
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: slice.length - 1,
    };
    const to = moves[ev.key];
    if (to === undefined) return;
    ev.preventDefault();
    const next = shown[w.from + Math.max(-1, Math.min(slice.length, to))];
    if (!next) return;
    focusId.current = next.id;
    if (to >= slice.length) later();
    else if (to < 0) earlier();
    else list.current?.querySelectorAll<HTMLAnchorElement>('a.ev-link')[to]?.focus();
  };

  const button = 'rounded border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600';
  return (
    <>
      {w.from > 0 ? (
        <button type="button" onClick={earlier} className={`${button} mb-2`}>
          Show earlier events ({w.from} more)
        </button>
      ) : null}
      <ol
        id="event-list"
        ref={list}
        aria-label="Events in chronological order"
        className="space-y-2"
        onClick={onClick}
        onKeyDown={onKey}
      >
        {slice.map((e) => (
          <EventItem key={e.id} event={e} current={e.id === selected} />
        ))}
      </ol>
      {w.to < shown.length ? (
        <button type="button" onClick={later} className={`${button} mt-2`}>
          Show later events ({shown.length - w.to} more)
        </button>
      ) : null}
    </>
  );
}
