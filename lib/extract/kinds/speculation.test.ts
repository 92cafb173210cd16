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
    [
      "Putin's state visit to China, which sources say could take place in June, was discussed.",
      ['speculation'],
    ],
    ['Analysts said Xi could also use the trip to meet the chancellor.', ['speculation']],
    ['Experts think the talks were meant to prepare a summit in the autumn.', ['speculation']],
    // A reported plan is told as decided (R2); only a hedge makes it a guess.
    ['The ministry said Foreign Minister Ivo Cedar would travel to Varnia next month.', []],
    [
      'The king would travel from Brum, probably by train, to Arden, where he would meet the president.',
      ['speculation'],
    ],
  ])('%s', (text, kinds) => {
    expect(speculationRule.find(input(text)).map((h) => h.kind)).toEqual(kinds);
  });

  it('gives the guess to the holder a statement names, not to the one who reports it', () => {
    const text =
      "A lawmaker had said Wednesday that South Korea's spy agency expected Kim to go to Moscow.";
    expect(speculationRule.find(input(text))[0]?.actor).toBe("South Korea's spy agency");
    expect(speculationRule.find(input('Kim could possibly go to Moscow.'))[0]?.actor).toBeNull();
  });
});
