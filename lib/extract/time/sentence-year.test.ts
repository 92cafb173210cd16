import { describe, expect, it } from 'vitest';
import { tagTimes } from './index';
import { table } from './testing';

describe('sentence-year', () => {
  table([
    // A date without its year takes the one year the sentence writes out.
    [
      'The first visit was paid in the summer 2001 and it was long – from July 26 to August 18.',
      '2011-08-22',
      [
        ['summer 2001', '2001-06-01', '2001-08-31', 'season'],
        ['July 26 to August 18', '2001-07-26', '2001-08-18', 'days'],
      ],
    ],
    [
      'In 2019 the king arrived on April 24 by train.',
      '2023-09-13',
      [
        ['2019', '2019-01-01', '2019-12-31', 'year'],
        ['April 24', '2019-04-24', '2019-04-24', 'day'],
      ],
    ],
    // Two written years leave it to the article's date; relative times and plans never move.
    [
      'Kim visited in 2019 and will return on May 9.',
      '2023-02-10',
      [
        ['2019', '2019-01-01', '2019-12-31', 'year'],
        ['May 9', '2023-05-09', '2023-05-09', 'day'],
      ],
    ],
    [
      'Between 2001 and 2003 the talks stalled; they resume on March 3.',
      '2023-02-10',
      [
        ['2001 and 2003', '2001-01-01', '2003-12-31', 'year'],
        ['March 3', '2023-03-03', '2023-03-03', 'day'],
      ],
    ],
    // A time placed from the article's day keeps its year whatever year the sentence recalls.
    [
      'It was his first trip since he came to power in 2011 and since his re-election earlier in April.',
      '2019-04-25',
      [
        ['2011', '2011-01-01', '2011-12-31', 'year'],
        ['earlier in April', '2019-04-01', '2019-04-30', 'month'],
      ],
    ],
    [
      'Since 2019 the two have not met; the king will travel next month.',
      '2023-02-10',
      [
        ['2019', '2019-01-01', '2019-12-31', 'year'],
        ['next month', '2023-03-01', '2023-03-31', 'month'],
      ],
    ],
  ]);

  // With no year of its own, a sentence continues the past year its paragraph wrote out.
  const dayIn = (text: string, reference: string, narrativeYear?: number) =>
    tagTimes(text, reference, { narrativeYear }).map((t) => [t.text, t.value.start]);
  it('reads a year-less past date in the paragraph year', () => {
    expect(dayIn('He met the king in Lisbon on August 23.', '2011-08-22', 2002)).toEqual([
      ['August 23', '2002-08-23'],
    ]);
  });
  it('leaves recent dates, plans and sentences with a year of their own to themselves', () => {
    expect(dayIn('The envoy said on August 3 that talks went well.', '2011-08-22', 2002)).toEqual([
      ['August 3', '2011-08-03'],
    ]);
    expect(dayIn('The king will return on May 9.', '2011-02-10', 2002)).toEqual([
      ['May 9', '2011-05-09'],
    ]);
    expect(dayIn('He met the king on August 23, 2009.', '2011-08-22', 2002)).toEqual([
      ['August 23, 2009', '2009-08-23'],
    ]);
    expect(dayIn('He met the king in Lisbon on August 23.', '2011-08-22')).toEqual([
      ['August 23', '2010-08-23'],
    ]);
  });
});
