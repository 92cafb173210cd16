import { describe } from 'vitest';
import { table } from './testing';

describe('dateline', () => {
  table([
    // A dateline takes the nearest year even when the sentence speaks of the future.
    [
      'MOSCOW, March 19 (UPI) -- Kim Jong Un will visit Moscow.',
      '2015-03-19',
      [['March 19', '2015-03-19', '2015-03-19', 'day']],
    ],
    [
      'SEOUL, Dec. 31 (Yonhap) -- Kim will visit Russia next year.',
      '2025-01-01',
      [
        ['Dec. 31', '2024-12-31', '2024-12-31', 'day'],
        ['next year', '2026-01-01', '2026-12-31', 'year'],
      ],
    ],
    [
      'VOSTOCHNY SPACEPORT /Amur Region/, September 13. /TASS/. Putin and Kim have ended their talks.',
      '2023-09-13',
      [['September 13', '2023-09-13', '2023-09-13', 'day']],
    ],
    [
      'Pyongyang [North Korea], October 19 : Kim met Lavrov.',
      '2023-10-19',
      [['October 19', '2023-10-19', '2023-10-19', 'day']],
    ],
    [
      'Published: 21 May. 2025',
      '2025-05-21',
      [['21 May. 2025', '2025-05-21', '2025-05-21', 'day']],
    ],
    [
      'Updated: 2015-01-22 11:33',
      '2015-01-22',
      [['2015-01-22', '2015-01-22', '2015-01-22', 'day']],
    ],
    ['Updated: 2015-02-30 11:33', '2015-01-22', []],
  ]);
});

describe('not a dateline', () => {
  table([
    // Deep inside a sentence, a colon after the date does not make it a dateline.
    [
      'In a long statement issued by the ministry of foreign affairs of the Russian Federation, officials said Kim will visit on May 9: the Victory Day.',
      '2015-05-20',
      [['May 9', '2016-05-09', '2016-05-09', 'day']],
    ],
  ]);
});
