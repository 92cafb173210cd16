import { describe, expect, it } from 'vitest';
import { hasTimeWords, mayHoldTime } from './pre-check';

describe('pre-check', () => {
  it.each([
    ['Kim met Putin in May.', true],
    ['They met on Monday.', true],
    ['The deal was signed in 2019.', true],
    ['Peskov declined to comment.', false],
    ['Kim and Putin shook hands.', false],
  ])('mayHoldTime(%s) → %s', (text, expected) => {
    expect(mayHoldTime(text)).toBe(expected);
  });

  it.each([
    ['They met last week.', true],
    ['Kim will visit in the coming days.', true],
    ['19 friendly countries were invited.', false],
    ['Kim may visit Russia.', false],
  ])('hasTimeWords(%s) → %s', (text, expected) => {
    expect(hasTimeWords(text)).toBe(expected);
  });
});
