import { describe, expect, it } from 'vitest';
import {
  isTargetId,
  itemSpec,
  laneSpecs,
  nextDay,
  parseLanes,
  targetOwner,
  targetSpec,
} from './timeline-items';
import type { EventSummary } from './view';

const ev = (over: Partial<EventSummary>): EventSummary => ({
  id: 'e',
  kind: 'visit',
  start: '2025-05-01',
  end: '2025-05-31',
  precision: 'month',
  when: 'May 2025',
  summary: '<b>not html</b>',
  speaker: null,
  publishers: ['UPI'],
  cited: [],
  country: 'Russia',
  actor: 'Kim Jong Un',
  unrealised: true,
  ...over,
});

describe('itemSpec', () => {
  it('makes a range ending the day after for coarse precision, dashed when unrealised', () => {
    expect(itemSpec(ev({}), 'kind')).toEqual({
      id: 'e',
      start: '2025-05-01',
      end: '2025-06-01',
      type: 'range',
      group: 'visit',
      className: 'kind-visit unrealised',
      label: '<b>not html</b>',
    });
  });

  it('makes a point for a day or an undated event', () => {
    const day = itemSpec(ev({ precision: 'day', end: '2025-05-01', unrealised: false }), 'country');
    expect(day).toMatchObject({ type: 'point', group: 'Russia', className: 'kind-visit' });
    expect(day.end).toBeUndefined();
    expect(itemSpec(ev({ precision: 'unknown', end: '2025-05-01' }), 'actor').className).toContain(
      'undated',
    );
  });
});

describe('lanes', () => {
  it('parses unknown values as kind and orders kinds as the legend does', () => {
    expect(parseLanes('nonsense')).toBe('kind');
    expect(parseLanes('actor')).toBe('actor');
    const lanes = laneSpecs([ev({ kind: 'visit' }), ev({ kind: 'invitation' })], 'kind');
    expect(lanes.map((l) => l.id)).toEqual(['invitation', 'visit']);
    expect(nextDay('2024-12-31')).toBe('2025-01-01');
  });
});

describe('targetSpec', () => {
  it("draws a statement's target range in its lane, labelled as projected", () => {
    const e = ev({
      id: 'said',
      kind: 'announcement',
      target: { start: '2025-01-01', end: '2025-06-30', when: 'first half of 2025' },
    });
    const spec = targetSpec(e, 'kind')!;
    expect(spec).toMatchObject({
      start: '2025-01-01',
      end: '2025-07-01',
      type: 'range',
      group: 'announcement',
      label: 'Target: first half of 2025 (projected)',
    });
    expect(spec.className).toContain('target-band');
    expect(isTargetId(spec.id)).toBe(true);
    expect(targetOwner(spec.id)).toBe('said');
  });

  it('marks a one-day target with a box, and gives nothing without a target', () => {
    const day = { start: '2025-05-09', end: '2025-05-09', when: '9 May 2025' };
    expect(targetSpec(ev({ target: day }), 'country')).toMatchObject({
      type: 'box',
      group: 'Russia',
    });
    expect(targetSpec(ev({}), 'kind')).toBeNull();
  });
});
