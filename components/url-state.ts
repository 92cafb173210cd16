'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseFilters, writeFilters, type Filters } from '@/lib/site/filters';
import type { EventSummary } from '@/lib/site/view';

// The query string as a store: every component sees a change in the same render, so a
// checkbox never flickers back while the router catches up.
const listeners = new Set<() => void>();

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('popstate', onChange);
  };
}

const getQuery = () => window.location.search;
// Prerendering knows no query: the static HTML is the unfiltered page.
const getServerQuery = () => '';

function go(next: URLSearchParams, mode: 'push' | 'replace') {
  const qs = next.toString();
  const url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
  if (`?${qs}` === window.location.search || (qs === '' && window.location.search === '')) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  for (const fn of listeners) fn();
}

/**
 * The home page's state, which lives in the URL only: filters (pushed, so back and forward
 * restore them) and the selected event (replaced, so selecting does not flood the history).
 */
export function useUrlState(events: EventSummary[] | null) {
  const query = useSyncExternalStore(subscribe, getQuery, getServerQuery);
  const params = useMemo(() => new URLSearchParams(query), [query]);
  const filters = useMemo(() => parseFilters(params, events ?? []), [params, events]);
  const raw = params.get('event');
  const selected = raw && events?.some((e) => e.id === raw) ? raw : null;

  const setFilters = useCallback(
    (f: Filters) => go(writeFilters(new URLSearchParams(window.location.search), f), 'push'),
    [],
  );

  const setParam = useCallback((key: string, value: string | null) => {
    const next = new URLSearchParams(window.location.search);
    if (value) next.set(key, value);
    else next.delete(key);
    go(next, 'replace');
  }, []);

  const select = useCallback((id: string | null) => setParam('event', id), [setParam]);

  return { params, filters, selected, setFilters, select, setParam };
}
