import { describe, expect, it } from 'vitest';
import type { DateRange, Precision } from '@/lib/types';
import { dateInWords, dayInWords, isIsoDay, spanInWords } from './dates';

const r = (start: string, end: string, precision: Precision): DateRange => ({
  start,
  end,
  precision,
  text: '',
});

describe('dateInWords', () => {
  it('writes each precision the way a reader says it', () => {
    expect(dateInWords(r('2024-06-19', '2024-06-19', 'day'))).toBe('19 June 2024');
    expect(dateInWords(r('2025-05-01', '2025-05-31', 'month'))).toBe('May 2025');
    expect(dateInWords(r('2025-01-01', '2025-06-30', 'half'))).toBe('first half of 2025');
    expect(dateInWords(r('2025-07-01', '2025-12-31', 'half'))).toBe('second half of 2025');
    expect(dateInWords(r('2025-04-01', '2025-06-30', 'quarter'))).toBe('second quarter of 2025');
    expect(dateInWords(r('2025-06-01', '2025-08-31', 'season'))).toBe('summer 2025');
    expect(dateInWords(r('2024-12-01', '2025-02-28', 'season'))).toBe('winter 2024–25');
    expect(dateInWords(r('2026-01-01', '2026-12-31', 'year'))).toBe('2026');
    expect(dateInWords(r('2025-01-16', '2025-01-23', 'days'))).toBe('16–23 January 2025');
  });

  it('says when a date is not given and when it was reported', () => {
    expect(dateInWords(r('2025-01-15', '2025-01-15', 'unknown'))).toBe(
      'date not given — reported 15 January 2025',
    );
    expect(dateInWords(r('2025-01-15', '2025-01-15', 'unknown'), '2025-01-16')).toBe(
      'date not given — reported 16 January 2025',
    );
  });

  it('falls back to the span when the range does not fit its precision', () => {
    expect(dateInWords(r('2025-05-01', '2025-06-30', 'month'))).toBe('May–June 2025');
    expect(dateInWords(r('2025-02-01', '2025-07-31', 'half'))).toBe('February–July 2025');
    expect(dateInWords(r('bad', 'worse', 'day'))).toBe('bad – worse');
  });
});

describe('spanInWords', () => {
  it('shares month and year where it can', () => {
    expect(spanInWords('2025-01-28', '2025-02-03')).toBe('28 January – 3 February 2025');
    expect(spanInWords('2024-12-30', '2025-01-02')).toBe('30 December 2024 – 2 January 2025');
    expect(dayInWords('2015-03-19')).toBe('19 March 2015');
  });
});

describe('isIsoDay', () => {
  it('accepts real days only', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2025-02-29')).toBe(false);
    expect(isIsoDay('2025-13-01')).toBe(false);
    expect(isIsoDay('2025-1-01')).toBe(false);
  });
});
