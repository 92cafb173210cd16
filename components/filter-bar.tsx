'use client';

import { EMPTY_FILTERS, facetOptions, isFiltered, matches, type Facet } from '@/lib/site/filters';
import { kindLabel } from '@/lib/site/kinds';
import { useEffect } from 'react';
import { useSummaries } from './story-data';
import { useUrlState } from './url-state';

const FACETS: Array<{ facet: Facet; label: string }> = [
  { facet: 'speakers', label: 'Speaker' },
  { facet: 'outlets', label: 'Outlet' },
  { facet: 'kinds', label: 'Kind' },
];

/** Filters by speaker, outlet, kind and dates; every option and count comes from the data. */
export function FilterBar() {
  const events = useSummaries();
  const { filters, setFilters } = useUrlState(events);
  useCloseOnOutsideClick();
  if (!events || events.length === 0) return null;
  const shown = events.filter((e) => matches(e, filters)).length;
  const first = events.reduce((m, e) => (e.start < m ? e.start : m), events[0].start);
  const last = events.reduce((m, e) => (e.end > m ? e.end : m), events[0].end);

  const toggle = (facet: Facet, value: string, on: boolean) => {
    const current = filters[facet];
    setFilters({
      ...filters,
      [facet]: on ? [...current, value] : current.filter((v) => v !== value),
    });
  };

  return (
    <section aria-label="Filters" className="filters flex flex-wrap items-start gap-3 print:hidden">
      {FACETS.map(({ facet, label }) => (
        <details key={facet} className="relative" data-facet={facet}>
          <summary className="cursor-pointer rounded border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600">
            {label}
            {filters[facet].length > 0 ? ` (${filters[facet].length} chosen)` : ''}
          </summary>
          <fieldset className="absolute z-20 mt-1 max-h-72 w-72 overflow-auto rounded border border-slate-300 bg-white p-2 shadow-lg dark:border-slate-600 dark:bg-slate-900">
            <legend className="sr-only">{label}</legend>
            {facetOptions(events, filters, facet).map((o) => (
              <label key={o.value} className="flex items-center gap-2 py-0.5 text-sm">
                <input
                  type="checkbox"
                  name={facet}
                  value={o.value}
                  checked={filters[facet].includes(o.value)}
                  onChange={(ev) => toggle(facet, o.value, ev.target.checked)}
                />
                <span>
                  {facet === 'kinds' ? kindLabel(o.value) : o.value}{' '}
                  <span className="text-slate-600 dark:text-slate-400">({o.count})</span>
                </span>
              </label>
            ))}
          </fieldset>
        </details>
      ))}
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label className="flex items-center gap-1">
          From
          <input
            type="date"
            name="from"
            min={first}
            max={last}
            value={filters.from ?? ''}
            onChange={(ev) => setFilters({ ...filters, from: ev.target.value || null })}
            className="rounded border border-slate-300 px-1 py-1 dark:border-slate-600 dark:bg-slate-900"
          />
        </label>
        <label className="flex items-center gap-1">
          To
          <input
            type="date"
            name="to"
            min={first}
            max={last}
            value={filters.to ?? ''}
            onChange={(ev) => setFilters({ ...filters, to: ev.target.value || null })}
            className="rounded border border-slate-300 px-1 py-1 dark:border-slate-600 dark:bg-slate-900"
          />
        </label>
      </div>
      {isFiltered(filters) ? (
        <button
          type="button"
          onClick={() => setFilters(EMPTY_FILTERS)}
          className="rounded bg-slate-800 px-3 py-1.5 text-sm text-white dark:bg-slate-200 dark:text-slate-900"
        >
          Clear filters
        </button>
      ) : null}
      <p
        role="status"
        className="w-full text-sm text-slate-700 dark:text-slate-300"
        data-testid="filter-status"
      >
        {shown === 0
          ? 'No events match these filters.'
          : `Showing ${shown} of ${events.length} events.`}
      </p>
    </section>
  );
}

/** An open option list closes when the reader clicks or taps anywhere else. */
function useCloseOnOutsideClick() {
  useEffect(() => {
    const onDown = (ev: PointerEvent) => {
      for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-facet][open]')) {
        if (!d.contains(ev.target as Node)) d.open = false;
      }
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, []);
}
