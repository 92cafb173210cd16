import { itemSpec, laneOf, type ItemSpec, type Lanes } from './timeline-items';
import type { EventSummary } from './view';

/** Past this many events in view, the timeline draws per-lane counts instead of items. */
export const ITEM_LIMIT = 400;
const BUCKETS = 40;
const DAY = 864e5;

/** An event with its range in epoch milliseconds, parsed once. */
export interface Timed {
  event: EventSummary;
  from: number;
  to: number;
}

export function timed(events: EventSummary[]): Timed[] {
  return events.map((event) => ({
    event,
    from: Date.parse(`${event.start}T00:00:00`),
    to: Date.parse(`${event.end}T00:00:00`) + DAY,
  }));
}

/** A group of events shown as one box ("312 events"); selecting it zooms into its span. */
export interface Bucket {
  id: string;
  start: number;
  end: number;
  type: 'range';
  group: string;
  className: string;
  label: string;
}

export const isBucketId = (id: string) => id.startsWith('bucket|');

/**
 * What the timeline should hold for the window [from, to): every event when there are few,
 * otherwise the events in view, or — past ITEM_LIMIT in view — counts per lane and time slot.
 * Slots are aligned to multiples of their size, so panning keeps them stable.
 */
export function windowSpecs(
  all: Timed[],
  lanes: Lanes,
  from: number,
  to: number,
): Array<ItemSpec | Bucket> {
  if (all.length <= ITEM_LIMIT) return all.map((t) => itemSpec(t.event, lanes));
  const inView = all.filter((t) => t.to >= from && t.from <= to);
  if (inView.length <= ITEM_LIMIT) return inView.map((t) => itemSpec(t.event, lanes));
  const size = Math.max(DAY, (to - from) / BUCKETS);
  const counts = new Map<string, { lane: string; slot: number; n: number }>();
  for (const t of inView) {
    const lane = laneOf(t.event, lanes);
    const slot = Math.floor((t.from + t.to) / 2 / size);
    const key = `${lane}|${slot}`;
    const b = counts.get(key) ?? { lane, slot, n: 0 };
    b.n++;
    counts.set(key, b);
  }
  return [...counts.values()].map((b) => ({
    id: `bucket|${b.lane}|${b.slot}|${Math.round(size)}`,
    start: b.slot * size,
    end: (b.slot + 1) * size,
    type: 'range',
    group: b.lane,
    className: 'bucket',
    label: `${b.n} events`,
  }));
}

/** The window (epoch ms) showing every event, and every target date, with room either side. */
export function fitted(events: Array<{ start: string; end: string; target?: { end: string } }>): {
  start: number;
  end: number;
} {
  let a = Infinity;
  let b = -Infinity;
  for (const e of events) {
    a = Math.min(a, Date.parse(`${e.start}T00:00:00`));
    b = Math.max(
      b,
      Date.parse(`${e.target && e.target.end > e.end ? e.target.end : e.end}T23:59:59`),
    );
  }
  const pad = Math.max((b - a) * 0.04, DAY * 10);
  return { start: a - pad, end: b + pad };
}
