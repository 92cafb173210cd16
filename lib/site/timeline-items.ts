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
  type: 'point' | 'range' | 'box';
  group: string;
  className: string;
  label: string;
  /** Tooltip; the label is the visible text. */
  title?: string;
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

const TARGET = 'target|';
export const isTargetId = (id: string) => id.startsWith(TARGET);
/** The event a target band belongs to. */
export const targetOwner = (id: string) => id.slice(TARGET.length);

/**
 * The date a statement points to, drawn in the statement's lane while it is selected: a
 * hatched band over the range (a marker for one day), labelled as projected, not happened.
 */
export function targetSpec(e: EventSummary, lanes: Lanes): ItemSpec | null {
  if (!e.target) return null;
  const day = e.target.start === e.target.end;
  const label = `Target: ${e.target.when} (projected)`;
  return {
    id: `${TARGET}${e.id}`,
    start: e.target.start,
    ...(day ? {} : { end: nextDay(e.target.end) }),
    type: day ? 'box' : 'range',
    group: laneOf(e, lanes),
    className: `target-band ${kindClass(e.kind)}`,
    label,
    title: `${label} — the date “${e.summary}” refers to; it had not happened when reported`,
  };
}
