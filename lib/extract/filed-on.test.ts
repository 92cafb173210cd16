import { describe, expect, it } from 'vitest';
import { datelineDay, filedOn, opensWithDatelineColon } from './filed-on';
import { splitSentences } from './sentences';

const on = (body: string, date = '2031-03-14') => filedOn(splitSentences(body), date);

describe('filedOn: the day relative times count from', () => {
  it.each([
    [
      'a copy of a story filed two days earlier',
      'BRUM, March 12 (Wire) - The talks ended.\n',
      '2031-03-12',
    ],
    [
      'a dateline on the article’s own day',
      'BRUM, March 14 (Wire) - The talks ended.\n',
      '2031-03-14',
    ],
    [
      'an archive page far newer than its dateline',
      'BRUM, March 2 (Wire) - The talks ended.\n',
      '2031-03-14',
    ],
    ['no dateline at all', 'The talks ended on March 12 in Brum.\n', '2031-03-14'],
    // Places in title case make a dateline on a line of their own or before an agency.
    [
      'places and a day on a line of their own',
      'Brum/Lanz, March 12\nThe talks ended.\n',
      '2031-03-12',
    ],
    [
      'a title-case place before an agency',
      'Brum, March 12 (Wire) -- The talks ended.\n',
      '2031-03-12',
    ],
    [
      'a sentence that opens with a place',
      'Brum, March 12 was the day the talks ended.\n',
      '2031-03-14',
    ],
    [
      'a dateline lower than the top of the page',
      `${Array.from({ length: 12 }, (_, i) => `Section ${i + 1}\n`).join('')}BRUM, March 12 (Wire) - The talks ended.\n`,
      '2031-03-14',
    ],
  ])('%s', (_, body, expected) => {
    expect(on(body)).toBe(expected);
  });
});

describe('opensWithDatelineColon', () => {
  it.each([
    ['MOSCOW: The minister invited the king.', true],
    ['TASS: The king will visit Brum.', false],
    ['Kremlin: The king will visit Brum.', false],
    ['Seoul , Korea: Varnia is still expecting the king.', true],
    ['Brum, Varnia: the king will come.', true],
  ])('%s → %s', (text, expected) => {
    expect(opensWithDatelineColon(text)).toBe(expected);
  });
});

describe('datelineDay: the day the report gives itself', () => {
  it('is kept even when it is too old to count relative times from', () => {
    const story = splitSentences('Brum, March 2\nThe talks ended.\n');
    expect(datelineDay(story, '2031-03-14')).toBe('2031-03-02');
    expect(filedOn(story, '2031-03-14')).toBe('2031-03-14');
  });

  it('is null without a dateline', () => {
    expect(datelineDay(splitSentences('The talks ended on March 12.\n'), '2031-03-14')).toBeNull();
  });
});
