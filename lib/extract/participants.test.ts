import { describe, expect, it } from 'vitest';
import { participantsIn, placeNear } from './participants';
import type { PeopleIndex } from './speakers/people-index';
import { splitSentences } from './sentences';
import { buildPeopleIndex } from './speakers';

const body =
  'Russian President Vladimir Putin met North Korean leader Kim Jong-un in Vladivostok on Monday.\n' +
  'Putin later invited Kim to visit Moscow.';
const sentences = splitSentences(body);
const people = buildPeopleIndex(sentences);

/** What a mention at `at` in sentence `index` gets: its sentence's people, its own place. */
const describe_ = (text: string, at: number, index: PeopleIndex, sentence: number) => ({
  participants: participantsIn(text, index, sentence),
  place: placeNear(text, at, index),
});

describe('participants and place of a mention', () => {
  it('names the people of the sentence in full, one spelling for Korean given names', () => {
    const { participants, place } = describe_(sentences[0].text, 30, people, 0);
    expect(participants).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Jong Un']));
    expect(place).toBe('Vladivostok');
  });

  it('resolves family names written alone and never takes a person for a place', () => {
    const text = sentences[1].text;
    const { participants, place } = describe_(text, text.indexOf('invited'), people, 1);
    expect(participants).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Jong Un']));
    expect(place).toBe('Moscow');
  });

  it('never takes a title for a place ("visiting Russian Foreign Minister …")', () => {
    const text =
      'Minister Wang Yi held talks with visiting Russian Foreign Minister Sergei Lavrov.';
    const { place } = describe_(
      text,
      text.indexOf('visiting'),
      buildPeopleIndex(splitSentences(text)),
      0,
    );
    expect(place).toBeNull();
  });

  it('reads a place that opens the sentence ("In Varnia, …")', () => {
    const text =
      'In Varnia, the president was scheduled to hold two rounds of talks with the king.';
    const { place } = describe_(
      text,
      text.indexOf('talks'),
      buildPeopleIndex(splitSentences(text)),
      0,
    );
    expect(place).toBe('Varnia');
  });
});
