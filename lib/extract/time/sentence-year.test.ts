import { describe } from 'vitest';
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
    [
      'Since 2019 the two have not met; the king will travel next month.',
      '2023-02-10',
      [
        ['2019', '2019-01-01', '2019-12-31', 'year'],
        ['next month', '2023-03-01', '2023-03-31', 'month'],
      ],
    ],
  ]);
});
