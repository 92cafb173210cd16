import { describe, expect, it } from 'vitest';
import { passiveBy } from './passive-by';

describe('passiveBy', () => {
  it.each([
    [
      'Speculation that Kim will visit Moscow was confirmed Thursday by an unnamed Russian official.',
      ['an unnamed Russian official'],
    ],
    ['The date was announced by the European Commission.', ['the European Commission']],
    [
      'The trip had been officially confirmed by the foreign ministry on Friday.',
      ['the foreign ministry'],
    ],
  ])('%s', (sentence, expected) => {
    expect(passiveBy(sentence).map((c) => c.phrase)).toEqual(expected);
  });

  it('ignores a passive that is not a statement', () => {
    expect(passiveBy('Kim was greeted by the envoy.')).toEqual([]);
  });
});
