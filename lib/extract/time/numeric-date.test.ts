import { describe } from 'vitest';
import { table } from './testing';

describe('numeric-date', () => {
  table([
    [
      'Talks were held on 19/06/2024.',
      '2024-06-20',
      [['19/06/2024', '2024-06-19', '2024-06-19', 'day']],
    ],
    [
      'Talks were held on 06/19/2024.',
      '2024-06-20',
      [['06/19/2024', '2024-06-19', '2024-06-19', 'day']],
    ],
    [
      'Talks were held on 19.06.2024.',
      '2024-06-20',
      [['19.06.2024', '2024-06-19', '2024-06-19', 'day']],
    ],
    ['They met on 07/07/2024.', '2024-07-10', [['07/07/2024', '2024-07-07', '2024-07-07', 'day']]],
    // Either reading is possible: only the year is certain.
    ['They met on 05/06/2024.', '2024-07-10', [['2024', '2024-01-01', '2024-12-31', 'year']]],
    ['The ratio was 31/02/2024.', '2024-07-10', [['2024', '2024-01-01', '2024-12-31', 'year']]],
  ]);
});
