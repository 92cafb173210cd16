import { describe, expect, it } from 'vitest';
import { chooseCandidate, LOCAL_RULES } from './local';

const chosen = (s: string) => chooseCandidate(s).chosen?.phrase ?? null;

describe('chooseCandidate', () => {
  it.each([
    // The closing attribution wins over a verb of saying in the reported clause.
    [
      'North Korea has officially confirmed its intention, Kremlin press secretary Dmitry Peskov told Interfax.',
      'Kremlin press secretary Dmitry Peskov',
    ],
    ['A number of other leaders have also confirmed their intention, he said.', 'he'],
    // Otherwise the first attribution wins: the speaker, not whom they talk about.
    [
      'In addition to Kim, Lavrov said the leaders of China, Cuba, South Africa and Vietnam had confirmed.',
      'Lavrov',
    ],
    // Outlets are skipped, the person they report on is kept.
    [
      'Earlier, RIA Novosti and TASS reported that the National Intelligence Service had indicated a visit.',
      'the National Intelligence Service',
    ],
    [
      'During his visit, North Korean leader Kim Jong Un said Russia will win, CNN reported.',
      'North Korean leader Kim Jong Un',
    ],
    [
      'Putin has met Choe, Tass News Agency reported, citing Kremlin Spokesman Dmitry Peskov.',
      'Kremlin Spokesman Dmitry Peskov',
    ],
  ])('%s', (sentence, expected) => {
    expect(chosen(sentence)).toBe(expected);
  });

  it('marks a sentence attributed only to the press', () => {
    expect(chooseCandidate('CNN reported North Korea has accepted the invitation.')).toEqual({
      chosen: null,
      media: true,
    });
  });

  it('runs every rule once', () => {
    expect(new Set(LOCAL_RULES).size).toBe(LOCAL_RULES.length);
  });
});
