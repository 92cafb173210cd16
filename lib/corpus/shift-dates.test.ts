import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, shiftDates } from './shift-dates';

const REF = '2015-03-19';

describe('shiftDates', () => {
  it('moves full and partial dates by the same number of days', () => {
    expect(shiftDates('On March 13, 2015 and on May 9.', REF, 7)).toBe(
      'On March 20, 2015 and on May 16.',
    );
    expect(shiftDates('MOSCOW, March 19 (UPI) --', REF, 731 + 7)).toBe('MOSCOW, March 26 (UPI) --');
    expect(shiftDates('stamp 2015-03-19 and 19 March 2015', REF, -14)).toBe(
      'stamp 2015-03-05 and 5 March 2015',
    );
  });

  it('keeps the spelling of abbreviated months', () => {
    expect(shiftDates('Sept. 13 and Jan 28', '2023-09-13', 7)).toBe('Sept. 20 and Feb 4');
  });

  it('moves bare months by whole months and bare years by years', () => {
    const days = daysBetween(REF, '2019-08-22');
    expect(shiftDates('talks since December, a visit in May, trade in 2014', REF, days)).toBe(
      'talks since May, a visit in October, trade in 2018',
    );
  });

  it('reads a yearless date in the year nearest the reference', () => {
    expect(shiftDates('since December 22', '2015-01-13', 7)).toBe('since December 29');
    expect(shiftDates('on December 29', '2015-01-13', 7)).toBe('on January 5');
  });

  it('leaves history, weekdays, the verb "may" and impossible dates alone', () => {
    const text = 'May 9, 1945, the Korean War (1950-1953); Kim may visit on Thursday; June 31';
    expect(shiftDates(text, REF, 700)).toBe(text);
  });

  it('is the identity for a zero shift and reversible for whole dates', () => {
    const text = 'On March 13, 2015, in May, in 2014';
    expect(shiftDates(text, REF, 0)).toBe(text);
    const there = shiftDates('On March 13, 2015', REF, 3500);
    expect(shiftDates(there, addDays(REF, 3500), -3500)).toBe('On March 13, 2015');
  });
});
