import { describe, expect, it } from 'vitest';
import { findHits } from './index';
import { input } from './test-helpers';

// Sentences from news prose that must yield no event at all (R7 and the spec's "not an event").
describe('sentences that are not events', () => {
  it.each([
    'North Korean exports to Russia grew almost 32 percent in 2014, or $10.2 million.',
    'Victory Day is observed annually on May 9.',
    'The bond of friendship runs deeper every day.',
    'He has not made a visit to a foreign country since taking the helm.',
    'Russia absolved $10 billion of Soviet-era debt owed by North Korea.',
    'Kim may be tired.',
    'The region has also seen a series of missile launches.',
    'Prices may rise in May.',
    'However, North Korea seems to only want to discuss a moratorium after talks resume with the others.',
    '"Kim expressed readiness to return to six-party talks without preconditions," the spokeswoman said.',
    'The parade on Red Square on May 9 drew large crowds.',
    'Advertisement',
    'When asked about the troop deployment, the president neither confirmed nor denied the reports, officials said.',
    'A spokesperson said high-level talks on military cooperation between the two leaders were actively advancing.',
    'By tradition the leaders of many countries are invited to attend the festivities.',
    'No Varnian leader before Dorn had visited Arden, compared to six summit meetings between Arden and Brum.',
    'Neither side has held talks with the envoy since the war.',
  ])('%s', (text) => {
    expect(findHits(input(text))).toEqual([]);
  });
});
