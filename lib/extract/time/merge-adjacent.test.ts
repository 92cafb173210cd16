import { describe } from 'vitest';
import { table } from './testing';

describe('merge-adjacent', () => {
  table([
    // 2023-09-04 is a Monday.
    [
      'The forum is scheduled to run Sunday to Sept. 13, according to the officials.',
      '2023-09-04',
      [['Sunday to Sept. 13', '2023-09-10', '2023-09-13', 'days']],
    ],
    [
      'The king was scheduled to arrive late Tuesday and stay until Wednesday afternoon.',
      '2023-09-06',
      [['Tuesday and stay until Wednesday', '2023-09-05', '2023-09-06', 'days']],
    ],
    [
      'The exhibition will run from May to July.',
      '2025-01-16',
      [['May to July', '2025-05-01', '2025-07-31', 'month']],
    ],
    [
      'It ran from 2019 to 2021.',
      '2025-01-16',
      [['2019 to 2021', '2019-01-01', '2021-12-31', 'year']],
    ],
    [
      'Talks are set for Tuesday, January 16.',
      '2024-01-15',
      [['Tuesday, January 16', '2024-01-16', '2024-01-16', 'day']],
    ],
    [
      'The fair runs between March 3 and March 5, 2025.',
      '2025-01-16',
      [['March 3 and March 5, 2025', '2025-03-03', '2025-03-05', 'days']],
    ],
    // A list is two times, not a range.
    [
      'He visited in 2019 and 2023.',
      '2025-01-16',
      [
        ['2019', '2019-01-01', '2019-12-31', 'year'],
        ['2023', '2023-01-01', '2023-12-31', 'year'],
      ],
    ],
  ]);
});
