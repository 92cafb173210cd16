import { describe, expect, it } from 'vitest';
import { removeOverlaps } from './remove-overlaps';
import { table } from './testing';
import type { Context, TimeSpan } from './types';

const ctx: Context = { text: '', reference: '2025-01-16', directionAt: () => 'nearest' };
const s = (start: number, end: number, label: string): TimeSpan => ({
  start,
  end,
  text: label,
  value: { start: '2025-01-01', end: '2025-01-01', precision: 'day' },
  relative: true,
});

describe('remove-overlaps', () => {
  it('keeps the longest reading, the earlier stage on a tie, and returns text order', () => {
    const spans = [
      s(10, 14, 'first-tie'),
      s(10, 14, 'second-tie'),
      s(0, 8, 'long'),
      s(2, 5, 'inner'),
    ];
    expect(removeOverlaps.refine(ctx, spans).map((x) => x.text)).toEqual(['long', 'first-tie']);
  });
  it('keeps spans that only touch', () => {
    expect(removeOverlaps.refine(ctx, [s(5, 9, 'b'), s(0, 5, 'a')]).map((x) => x.text)).toEqual([
      'a',
      'b',
    ]);
  });
  table([
    [
      'He visited in November last year.',
      '2025-01-15',
      [['November last year', '2024-11-01', '2024-11-30', 'month']],
    ],
    [
      'Talks were held on 21 May 2025.',
      '2025-05-22',
      [['21 May 2025', '2025-05-21', '2025-05-21', 'day']],
    ],
  ]);
});
