'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { parseFilters, writeFilters, type Filters } from '@/lib/site/filters';
import type { EventSummary } from '@/lib/site/view';

/**
 * The home page's state, which lives in the URL only: filters (pushed, so back and forward
 * restore them) and the selected event (replaced, so selecting does not flood the history).
 */
export function useUrlState(events: EventSummary[] | null) {
  const params = useSearchParams();
  const query = params.toString();
  const filters = useMemo(
    () => parseFilters(new URLSearchParams(query), events ?? []),
    [query, events],
  );
  const rawSelected = params.get('event');
  const selected = rawSelected && events?.some((e) => e.id === rawSelected) ? rawSelected : null;

  const go = useCallback((next: URLSearchParams, mode: 'push' | 'replace') => {
    const qs = next.toString();
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, []);

  const setFilters = useCallback(
    (f: Filters) => go(writeFilters(new URLSearchParams(window.location.search), f), 'push'),
    [go],
  );

  const select = useCallback(
    (id: string | null) => {
      const next = new URLSearchParams(window.location.search);
      if (id) next.set('event', id);
      else next.delete('event');
      go(next, 'replace');
    },
    [go],
  );

  const setParam = useCallback(
    (key: string, value: string | null) => {
      const next = new URLSearchParams(window.location.search);
      if (value) next.set(key, value);
      else next.delete(key);
      go(next, 'replace');
    },
    [go],
  );

  return { params, filters, selected, rawSelected, setFilters, select, setParam };
}
