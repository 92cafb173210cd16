import { describe, expect, it } from 'vitest';
import { table } from './testing';
import { weekdayOffset } from './weekday';

describe('weekday', () => {
  // 2023-09-11 is a Monday, 2001-07-30 a Monday, 2024-01-17 a Wednesday, 2023-09-17 a Sunday.
  table([
    [
      'The Kremlin said in a statement on Monday.',
      '2023-09-11',
      [['Monday', '2023-09-11', '2023-09-11', 'day']],
    ],
    ['Putin met Choe Tuesday.', '2024-01-17', [['Tuesday', '2024-01-16', '2024-01-16', 'day']]],
    [
      'Kim is expected to reach the station late on Friday.',
      '2001-07-30',
      [['Friday', '2001-08-03', '2001-08-03', 'day']],
    ],
    [
      'People will learn more when Kim meets Putin on Saturday.',
      '2001-07-30',
      [['Saturday', '2001-08-04', '2001-08-04', 'day']],
    ],
    [
      'He said he was meeting Mr Kim on Sunday.',
      '2023-09-17',
      [['Sunday', '2023-09-17', '2023-09-17', 'day']],
    ],
    ['Choe arrived from Sunday.', '2024-01-17', [['Sunday', '2024-01-14', '2024-01-14', 'day']]],
    ['They will meet on Monday.', '2023-09-11', [['Monday', '2023-09-11', '2023-09-11', 'day']]],
    ['They will meet on Friday.', '2023-09-11', [['Friday', '2023-09-15', '2023-09-15', 'day']]],
    [
      'They will meet next Monday.',
      '2023-09-11',
      [['next Monday', '2023-09-18', '2023-09-18', 'day']],
    ],
    [
      'During his meeting with Choe on Tuesday, Lavrov spoke.',
      '2024-01-17',
      [['Tuesday', '2024-01-16', '2024-01-16', 'day']],
    ],
    ['They met last Friday.', '2024-01-17', [['last Friday', '2024-01-12', '2024-01-12', 'day']]],
    [
      'They meet next Wednesday.',
      '2024-01-17',
      [['next Wednesday', '2024-01-24', '2024-01-24', 'day']],
    ],
    [
      'The vote is this Saturday.',
      '2024-01-17',
      [['this Saturday', '2024-01-20', '2024-01-20', 'day']],
    ],
    [
      'Talks are scheduled in Moscow on Tuesday, January 16.',
      '2024-01-15',
      [['Tuesday, January 16', '2024-01-16', '2024-01-16', 'day']],
    ],
    ['Shoppers flocked to stores on Black Friday.', '2024-01-17', []],
    ['The Sunday Times reported it.', '2024-01-17', []],
  ]);

  it('offsets: past on/before, future and present on/after, next/last strictly, nearest either way', () => {
    // Reference Wednesday (2), target Monday (0) and Wednesday (2).
    expect(weekdayOffset(2, 0, 'past')).toBe(-2);
    expect(weekdayOffset(2, 0, 'future')).toBe(5);
    expect(weekdayOffset(2, 2, 'past')).toBe(0);
    expect(weekdayOffset(2, 2, 'future')).toBe(0);
    expect(weekdayOffset(2, 2, 'next')).toBe(7);
    expect(weekdayOffset(2, 2, 'last')).toBe(-7);
    expect(weekdayOffset(2, 2, 'present')).toBe(0);
    expect(weekdayOffset(2, 6, 'nearest')).toBe(-3);
    expect(weekdayOffset(2, 5, 'nearest')).toBe(3);
    expect(weekdayOffset(2, 0, 'nearest')).toBe(-2);
  });
});

describe('weekday after an event noun', () => {
  // 2023-09-04 is a Monday, 2023-09-14 a Thursday.
  table([
    [
      'North Korea celebrates the anniversary of its founding on Saturday.',
      '2023-09-04',
      [['Saturday', '2023-09-09', '2023-09-09', 'day']],
    ],
    [
      'Kim made the offer at an official dinner with Putin on Wednesday.',
      '2023-09-14',
      [['Wednesday', '2023-09-13', '2023-09-13', 'day']],
    ],
  ]);
});
