import { describe, expect, it } from 'vitest';
import { fitted, ITEM_LIMIT, isBucketId, timed, windowSpecs } from './timeline-window';
import type { EventSummary } from './view';

const ev = (i: number, start: string): EventSummary => ({
  id: `e${i}`,
  kind: i % 2 ? 'visit' : 'summit',
  start,
  end: start,
  precision: 'day',
  when: start,
  summary: `Event ${i}`,
  speaker: null,
  publishers: [],
  cited: [],
  country: 'Russia',
  actor: 'A',
  unrealised: false,
});

const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
const at = (iso: string) => Date.parse(`${iso}T00:00:00`);

describe('windowSpecs', () => {
  it('returns every event as an item when there are few', () => {
    const few = timed([ev(1, '2020-01-01'), ev(2, '2024-01-01')]);
    const specs = windowSpecs(few, 'kind', at('2019-01-01'), at('2019-02-01'));
    expect(specs.map((s) => s.id)).toEqual(['e1', 'e2']);
  });

  it('keeps only what is in view, and counts per lane and slot past the limit', () => {
    const many = timed(Array.from({ length: ITEM_LIMIT * 5 }, (_, i) => ev(i, day(i))));
    const near = windowSpecs(many, 'kind', at(day(10)), at(day(40)));
    expect(near.every((s) => !isBucketId(s.id))).toBe(true);
    expect(near.length).toBeGreaterThan(25);
    expect(near.length).toBeLessThan(40);

    const far = windowSpecs(many, 'kind', at(day(0)), at(day(ITEM_LIMIT * 5)));
    expect(far.every((s) => isBucketId(s.id))).toBe(true);
    expect(far.length).toBeLessThanOrEqual(2 * 41);
    const total = far.reduce((n, s) => n + Number(s.label.split(' ')[0]), 0);
    expect(total).toBe(ITEM_LIMIT * 5);
  });
});

describe('fitted', () => {
  it('spans every event with room either side', () => {
    const w = fitted([ev(1, '2020-01-01'), ev(2, '2024-01-01')]);
    expect(w.start).toBeLessThan(at('2020-01-01'));
    expect(w.end).toBeGreaterThan(at('2024-01-02'));
    expect(w.end - w.start).toBeLessThan((at('2024-01-02') - at('2020-01-01')) * 1.1);
  });

  it('reaches the last target date too, so a projected band can be seen', () => {
    const said = {
      ...ev(2, '2024-01-01'),
      target: { start: '2025-01-01', end: '2025-06-30', when: 'x' },
    };
    expect(fitted([ev(1, '2020-01-01'), said]).end).toBeGreaterThan(at('2025-07-01'));
  });
});
