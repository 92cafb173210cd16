import { describe } from 'vitest';
import { table } from './testing';

describe('year', () => {
  table([
    [
      'The last meeting between Putin and Kim occurred in 2019, when he arrived.',
      '2023-09-11',
      [['2019', '2019-01-01', '2019-12-31', 'year']],
    ],
    [
      'Kim has visited Russia twice — in 2019 and 2023 — but never Moscow.',
      '2025-05-21',
      [
        ['2019', '2019-01-01', '2019-12-31', 'year'],
        ['2023', '2023-01-01', '2023-12-31', 'year'],
      ],
    ],
    [
      "Kim's last trip abroad in 2019 was also to Vladivostok.",
      '2023-09-11',
      [['2019', '2019-01-01', '2019-12-31', 'year']],
    ],
    [
      'It was his first visit since 2002, a source said.',
      '2011-08-20',
      [['2002', '2002-01-01', '2002-12-31', 'year']],
    ],
    [
      'The Korean War (1950-1953) ended in an armistice.',
      '2023-09-13',
      [['1950-1953', '1950-01-01', '1953-12-31', 'year']],
    ],
    [
      'Trade grew between 2001 and 2003.',
      '2023-09-13',
      [['2001 and 2003', '2001-01-01', '2003-12-31', 'year']],
    ],
    [
      'He took the helm in late 2011.',
      '2015-01-13',
      [['2011', '2011-01-01', '2011-12-31', 'year']],
    ],
    // Counts, money, times and article numbers are not years.
    ['Some 2000 troops were deployed.', '2023-09-13', []],
    ['The fund holds $2019 million.', '2023-09-13', []],
    ['Russia sent 1,950 tonnes of grain.', '2023-09-13', []],
    ['In 2000 soldiers marched.', '2023-09-13', []],
  ]);
});

describe('year naming a happening', () => {
  table([
    [
      'Kim recalled the 2019 summit in Vladivostok.',
      '2023-09-13',
      [['2019', '2019-01-01', '2019-12-31', 'year']],
    ],
    [
      'Since the 2018 Singapore summit, talks stalled.',
      '2023-09-13',
      [['2018', '2018-01-01', '2018-12-31', 'year']],
    ],
    [
      'The Korean War (1950-53) ended in a truce.',
      '2023-09-13',
      [['1950-53', '1950-01-01', '1953-12-31', 'year']],
    ],
    // Names with abbreviations between the year and the happening.
    [
      'as he did for the 2018 North Korea-U.S. summit in Singapore.',
      '2023-09-13',
      [['2018', '2018-01-01', '2018-12-31', 'year']],
    ],
    ['The 2000 soldiers of the unit left.', '2023-09-13', []],
  ]);
});
