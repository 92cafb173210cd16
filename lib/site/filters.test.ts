import { describe, expect, it } from 'vitest';
import type { EventSummary } from './view';
import {
  EMPTY_FILTERS,
  facetOptions,
  isFiltered,
  matches,
  parseFilters,
  writeFilters,
} from './filters';

const ev = (over: Partial<EventSummary>): EventSummary => ({
  id: 'e',
  kind: 'visit',
  start: '2025-05-01',
  end: '2025-05-31',
  precision: 'month',
  when: 'May 2025',
  summary: 's',
  speaker: null,
  publishers: ['UPI'],
  cited: [],
  country: 'Russia',
  actor: 'Kim Jong Un',
  unrealised: false,
  ...over,
});

const events = [
  ev({ id: 'a', speaker: 'Dmitry Peskov', kind: 'announcement', cited: ['TASS'] }),
  ev({
    id: 'b',
    speaker: 'Dmitry Peskov',
    publishers: ['RT'],
    start: '2023-09-01',
    end: '2023-09-30',
  }),
  ev({ id: 'c', kind: 'speculation', publishers: ['Korea Daily'] }),
];

describe('parseFilters', () => {
  it('keeps known values and real dates, ignores the rest', () => {
    const f = parseFilters(
      new URLSearchParams(
        'speaker=Dmitry+Peskov&speaker=Nobody&kind=visit&kind=war&from=2024-02-30&to=2025-01-01&outlet=TASS',
      ),
      events,
    );
    expect(f).toEqual({
      speakers: ['Dmitry Peskov'],
      outlets: ['TASS'],
      kinds: ['visit'],
      from: null,
      to: '2025-01-01',
    });
  });

  it('round-trips through the URL and keeps other parameters', () => {
    const f = { ...EMPTY_FILTERS, kinds: ['visit', 'speculation'], from: '2024-01-01' };
    const params = writeFilters(new URLSearchParams('event=a'), f);
    expect(params.get('event')).toBe('a');
    expect(parseFilters(params, events)).toEqual(f);
    expect(isFiltered(parseFilters(new URLSearchParams('event=a'), events))).toBe(false);
  });
});

describe('matches', () => {
  it('ORs values within a facet and ANDs facets; outlets cover publishers and cited', () => {
    const f = { ...EMPTY_FILTERS, outlets: ['TASS', 'RT'] };
    expect(events.filter((e) => matches(e, f)).map((e) => e.id)).toEqual(['a', 'b']);
    const g = { ...f, kinds: ['visit'] };
    expect(events.filter((e) => matches(e, g)).map((e) => e.id)).toEqual(['b']);
  });

  it('matches date ranges by overlap', () => {
    const f = { ...EMPTY_FILTERS, from: '2025-05-31', to: '2025-06-15' };
    expect(events.filter((e) => matches(e, f)).map((e) => e.id)).toEqual(['a', 'c']);
  });
});

describe('facetOptions', () => {
  it('counts each option against the other filters, most frequent first', () => {
    const f = { ...EMPTY_FILTERS, kinds: ['visit'] };
    expect(facetOptions(events, f, 'speakers')).toEqual([{ value: 'Dmitry Peskov', count: 1 }]);
    expect(facetOptions(events, f, 'kinds')).toEqual(
      [
        { value: 'visit', count: 1 },
        { value: 'announcement', count: 1 },
        { value: 'speculation', count: 1 },
      ].sort((a, b) => a.value.localeCompare(b.value)),
    );
  });
});
