import { describe, expect, it } from 'vitest';
import {
  addDays,
  makeDay,
  monthsRange,
  pickInstance,
  resolveCycle,
  weekRange,
  weekdayIndex,
} from './date-math';

describe('date-math', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
  it('rejects impossible days', () => {
    expect(makeDay(2023, 2, 29)).toBeNull();
    expect(makeDay(2024, 2, 29)).toBe('2024-02-29');
    expect(makeDay(2024, 13, 1)).toBeNull();
  });
  it('numbers weekdays from Monday and finds calendar weeks', () => {
    expect(weekdayIndex('2015-04-30')).toBe(3); // Thursday
    expect(weekRange('2015-04-30', 1)).toEqual({ start: '2015-05-04', end: '2015-05-10' });
    expect(weekRange('2025-01-05')).toEqual({ start: '2024-12-30', end: '2025-01-05' });
  });
  it('spans months past the year end', () => {
    expect(monthsRange(2014, 12, 2)).toEqual({ start: '2014-12-01', end: '2015-01-31' });
    expect(monthsRange(2025, 0)).toEqual({ start: '2024-12-01', end: '2024-12-31' });
  });
  it('picks the instance that fits the tense', () => {
    const mays = [2024, 2025, 2026].map((y) => monthsRange(y, 5));
    expect(pickInstance(mays, '2025-01-15', 'past').start).toBe('2024-05-01');
    expect(pickInstance(mays, '2025-01-15', 'future').start).toBe('2025-05-01');
    expect(pickInstance(mays, '2025-01-15', 'nearest').start).toBe('2025-05-01');
    expect(pickInstance(mays, '2025-05-20', 'future').start).toBe('2025-05-01');
    expect(pickInstance(mays, '2025-10-01', 'nearest').start).toBe('2025-05-01');
  });
  it('resolves yearly periods with last/this/next', () => {
    const winter = (y: number) => monthsRange(y, 12, 3);
    expect(resolveCycle(winter, '2025-01-16', 'this')).toEqual({
      start: '2024-12-01',
      end: '2025-02-28',
    });
    expect(resolveCycle(winter, '2025-01-16', 'next')).toEqual({
      start: '2025-12-01',
      end: '2026-02-28',
    });
    expect(resolveCycle(winter, '2025-01-16', { year: 2019 }).start).toBe('2019-12-01');
  });
});
