import { EVENT_KINDS } from '@/lib/types';
import { kindClass, kindLabel } from './kinds';
import type { EventSummary } from './view';

/** How the timeline's lanes are grouped. */
export type Lanes = 'kind' | 'country' | 'actor';
export const LANES: Record<Lanes, string> = { kind: 'Kind', country: 'Country', actor: 'Actor' };

export function parseLanes(value: string | null): Lanes {
  return value === 'country' || value === 'actor' ? value : 'kind';
}

/** One vis-timeline item as plain data; the label is text, rendered with textContent. */
export interface ItemSpec {
  id: string;
  start: string;
  end?: string;
  type: 'point' | 'range';
  group: string;
  className: string;
  label: string;
}

/** The day after an ISO day: vis-timeline ranges end exclusively. */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The lane an event sits in under a grouping. */
export function laneOf(e: EventSummary, lanes: Lanes): string {
  return lanes === 'kind' ? e.kind : lanes === 'country' ? e.country : e.actor;
}

/** A point for a day (or an undated event), a range for every coarser precision. */
export function itemSpec(e: EventSummary, lanes: Lanes): ItemSpec {
  const point = e.precision === 'day' || e.precision === 'unknown' || e.start === e.end;
  const classes = [
    kindClass(e.kind),
    e.unrealised ? 'unrealised' : '',
    e.precision === 'unknown' ? 'undated' : '',
  ];
  return {
    id: e.id,
    start: e.start,
    ...(point ? {} : { end: nextDay(e.end) }),
    type: point ? 'point' : 'range',
    group: laneOf(e, lanes),
    className: classes.filter(Boolean).join(' '),
    label: e.summary,
  };
}

/** The lanes present in the data, in legend order for kinds and by size otherwise. */
export function laneSpecs(
  events: EventSummary[],
  lanes: Lanes,
): Array<{ id: string; label: string }> {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(laneOf(e, lanes), (counts.get(laneOf(e, lanes)) ?? 0) + 1);
  const ids = [...counts.keys()];
  if (lanes === 'kind') {
    const order: readonly string[] = EVENT_KINDS;
    ids.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  } else ids.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
  return ids.map((id) => ({ id, label: lanes === 'kind' ? kindLabel(id) : id }));
}
