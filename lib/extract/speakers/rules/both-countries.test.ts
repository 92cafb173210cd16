import { describe, expect, it } from 'vitest';
import { countriesIn } from '../lexicon/places';
import { bothCountries } from './both-countries';

describe('bothCountries', () => {
  it.each<[string, string | null]>([
    [
      'The French president will visit Spain on Tuesday, the two countries said, underscoring ties.',
      'France and Spain',
    ],
    [
      'Spain will send an envoy to France next week, both countries announced Friday.',
      'Spain and France',
    ],
    // The dateline's place is where the story was filed, not a party.
    [
      'MADRID, Spain (AP) — Portugal will send an envoy to France next week, both countries announced Friday.',
      'Portugal and France',
    ],
    // Three parties, or one: the phrase cannot say which two speak.
    ['Spain, Portugal and France will meet, the two countries said.', null],
    ['The minister will visit Spain, the two sides said.', null],
    ['Both countries have deepened ties since the war.', null],
  ])('%s', (text, speaker) => {
    expect(bothCountries(text)[0]?.phrase ?? null).toBe(speaker);
  });
});

describe('countriesIn', () => {
  it('lists countries in the order the sentence first names them', () => {
    expect(countriesIn('Russian President Putin will visit North Korea and Vietnam.')).toEqual([
      'Russia',
      'North Korea',
      'Vietnam',
    ]);
    expect(countriesIn('Vietnam will host envoys of North Korea and Russia.')).toEqual([
      'Vietnam',
      'North Korea',
      'Russia',
    ]);
    expect(countriesIn('Nothing here names a state.')).toEqual([]);
  });
});
