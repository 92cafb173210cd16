import { describe, expect, it } from 'vitest';
import { inverted } from './inverted';

describe('inverted', () => {
  it.each([
    [
      '“We confirm it,” said Russian Deputy Foreign Minister Andrey Rudenko to RIA Novosti.',
      ['Russian Deputy Foreign Minister Andrey Rudenko'],
    ],
    ['Kim arrived at about 10 a.m., said the source.', ['the source']],
    ['Kim Jong Un visit to Moscow confirmed, says Russian official', ['Russian official']],
    ['"We are close," said Michel Barnier.', ['Michel Barnier']],
  ])('%s', (sentence, expected) => {
    expect(inverted(sentence).map((c) => c.phrase)).toEqual(expected);
  });

  it.each([
    'The governor, said he was meeting Kim.',
    'A source in Vladivostok, citing an official, said that Kim was greeted by the envoy.',
    'He said, adding nothing.',
  ])('no inverted speaker in: %s', (sentence) => {
    expect(inverted(sentence)).toEqual([]);
  });
});
