import { isIsoDay } from './dates';
import type { EventSummary } from './view';

/** The reader's filters; empty lists mean "any". */
export interface Filters {
  speakers: string[];
  outlets: string[];
  kinds: string[];
  /** Inclusive yyyy-mm-dd bounds; an event matches when its range overlaps them. */
  from: string | null;
  to: string | null;
}

/** The facets a filter option can come from. */
export type Facet = 'speakers' | 'outlets' | 'kinds';

/** URL query parameter of each facet (repeated for several values). */
export const FACET_PARAMS: Record<Facet, string> = {
  speakers: 'speaker',
  outlets: 'outlet',
  kinds: 'kind',
};

export const EMPTY_FILTERS: Filters = {
  speakers: [],
  outlets: [],
  kinds: [],
  from: null,
  to: null,
};

/** Values of each facet that one event carries. */
export function facetValues(e: EventSummary, facet: Facet): string[] {
  if (facet === 'speakers') return e.speaker ? [e.speaker] : [];
  if (facet === 'kinds') return [e.kind];
  return [...new Set([...e.publishers, ...e.cited])];
}

function matchesFacet(e: EventSummary, facet: Facet, chosen: string[]): boolean {
  return chosen.length === 0 || facetValues(e, facet).some((v) => chosen.includes(v));
}

function matchesDates(e: EventSummary, f: Filters): boolean {
  return (f.from === null || e.end >= f.from) && (f.to === null || e.start <= f.to);
}

/** True when the event passes every filter, optionally ignoring one facet (for its counts). */
export function matches(e: EventSummary, f: Filters, except?: Facet): boolean {
  return (
    (Object.keys(FACET_PARAMS) as Facet[]).every(
      (facet) => facet === except || matchesFacet(e, facet, f[facet]),
    ) && matchesDates(e, f)
  );
}

/** One option of a facet with the number of events it would show given the other filters. */
export interface FacetOption {
  value: string;
  count: number;
}

/**
 * Options of a facet from the data, each counted against the other active filters, most
 * frequent first; chosen values are always listed so they can be unticked.
 */
export function facetOptions(events: EventSummary[], f: Filters, facet: Facet): FacetOption[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const v of facetValues(e, facet)) counts.set(v, 0);
  for (const e of events) {
    if (!matches(e, f, facet)) continue;
    for (const v of facetValues(e, facet)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Reads filters from a query string, keeping only values the data knows and real dates. */
export function parseFilters(params: URLSearchParams, events: EventSummary[]): Filters {
  const known = (facet: Facet) => new Set(events.flatMap((e) => facetValues(e, facet)));
  const pick = (facet: Facet) => {
    const valid = known(facet);
    return [...new Set(params.getAll(FACET_PARAMS[facet]))].filter((v) => valid.has(v));
  };
  const day = (key: string) => {
    const v = params.get(key);
    return v && isIsoDay(v) ? v : null;
  };
  return {
    speakers: pick('speakers'),
    outlets: pick('outlets'),
    kinds: pick('kinds'),
    from: day('from'),
    to: day('to'),
  };
}

/** Writes filters into a copy of `params`, leaving every other parameter as it was. */
export function writeFilters(params: URLSearchParams, f: Filters): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const facet of Object.keys(FACET_PARAMS) as Facet[]) {
    out.delete(FACET_PARAMS[facet]);
    for (const v of f[facet]) out.append(FACET_PARAMS[facet], v);
  }
  for (const key of ['from', 'to'] as const) {
    out.delete(key);
    if (f[key]) out.set(key, f[key]);
  }
  return out;
}

export function isFiltered(f: Filters): boolean {
  return (
    f.speakers.length + f.outlets.length + f.kinds.length > 0 || f.from !== null || f.to !== null
  );
}
