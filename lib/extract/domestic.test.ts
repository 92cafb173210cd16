import { describe, expect, it } from 'vitest';
import { isDomesticTrip, isOwnSide, placeCountries } from './domestic';
import { splitSentences } from './sentences';
import { buildPeopleIndex } from './speakers';

const ARTICLE = [
  'Russian President Vladimir Putin will meet North Korean leader Kim Jong Un this week.',
  'Russia and North Korea share a border near the far-eastern Russian port of Vladivostok.',
].join('\n');

function domestic(sentence: string, trigger: string): boolean {
  const sentences = splitSentences(`${ARTICLE}\n${sentence}\n`);
  const people = buildPeopleIndex(sentences);
  return isDomesticTrip(sentence, sentence.indexOf(trigger), people, placeCountries(sentences));
}

describe('trips inside the traveller’s own country', () => {
  it('learns from the article which country a place is in', () => {
    expect(placeCountries(splitSentences(ARTICLE))('Vladivostok')).toBe('Russia');
  });

  it.each([
    [
      'a leader travelling inside his country',
      'On Monday, Putin started a two-day trip to Vladivostok.',
      'trip',
    ],
    [
      'a destination named by its country',
      'Putin scheduled a work trip to Russia’s Pacific coast.',
      'trip',
    ],
  ])('is domestic: %s', (_, sentence, trigger) => {
    expect(domestic(sentence, trigger)).toBe(true);
  });

  it.each([
    ['a foreign leader arriving', 'Kim arrived in Vladivostok on his armoured train.', 'arrived'],
    [
      '"his" may be the subject’s trip abroad',
      'Putin invited Kim to Moscow during his visit to Pyongyang.',
      'visit',
    ],
    [
      '"his" may be the guest’s',
      'An official greeting Kim upon his arrival in Vladivostok.',
      'arrival',
    ],
    [
      '"a visit" after the subject’s act may be the subject’s',
      'Kim extended an invitation to Putin during a visit to Vladivostok last September.',
      'visit',
    ],
    ['a traveller with no known country', 'The delegation travelled to Vladivostok.', 'travelled'],
  ])('is not domestic: %s', (_, sentence, trigger) => {
    expect(domestic(sentence, trigger)).toBe(false);
  });

  it.each([
    ['the guest’s own state', 'North Korea', true],
    ['the host', 'Russia', false],
    ['nobody', null, false],
  ])('a plan to visit said by %s confirms it: %s', (_, side, expected) => {
    const sentence =
      '"Kim will pay an unofficial visit to Siberia," said the official news agency.';
    const sentences = splitSentences(`${ARTICLE}\n${sentence}\n`);
    const speaker = side ? { name: side, role: null } : null;
    expect(
      isOwnSide(speaker, sentence, sentence.indexOf('visit'), buildPeopleIndex(sentences)),
    ).toBe(expected);
  });
});
