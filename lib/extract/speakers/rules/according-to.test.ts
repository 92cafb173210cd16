import { describe, expect, it } from 'vitest';
import { accordingTo } from './according-to';

describe('accordingTo', () => {
  it.each([
    ['Choe has handed Putin a message, according to Kremlin spokesman.', ['Kremlin spokesman']],
    [
      'Kim plans to travel, according to American and allied officials.',
      ['American and allied officials'],
    ],
    ['According to observers, the visit will be discussed.', ['observers']],
    [
      'The deal is close, according to Irish Prime Minister Leo Varadkar.',
      ['Irish Prime Minister Leo Varadkar'],
    ],
  ])('%s', (sentence, expected) => {
    expect(accordingTo(sentence).map((c) => c.phrase)).toEqual(expected);
  });
});
