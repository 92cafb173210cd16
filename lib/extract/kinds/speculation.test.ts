import { describe, expect, it } from 'vitest';
import { speculationRule } from './speculation';
import { input } from './test-helpers';

describe('speculationRule', () => {
  it.each<[string, string[]]>([
    [
      'There is speculation that Kim could visit Russia in May to attend the celebrations.',
      ['speculation'],
    ],
    ['Some speculate that the two leaders could meet in Russia next month.', ['speculation']],
    ['The forum could serve as an occasion for the visit.', ['speculation']],
    ['The visit may take place in the foreseeable future.', []],
    ['Kim could possibly go to Moscow, though that is not certain.', ['speculation']],
    ['Prices may rise in May.', []],
  ])('%s', (text, kinds) => {
    expect(speculationRule.find(input(text)).map((h) => h.kind)).toEqual(kinds);
  });
});
