import { describe } from 'vitest';
import { table } from './testing';

describe('half-month', () => {
  table([
    [
      'The king will pay a visit to Brum in the second half of April.',
      '2019-04-10',
      [['the second half of April', '2019-04-16', '2019-04-30', 'days']],
    ],
    [
      'Talks are due in the first half of May 2019.',
      '2019-04-10',
      [['the first half of May 2019', '2019-05-01', '2019-05-15', 'days']],
    ],
    // The half of a year stays a half.
    [
      'He will come in the first half of 2025.',
      '2025-01-13',
      [['first half of 2025', '2025-01-01', '2025-06-30', 'half']],
    ],
    // A month that is not the object of "half of" keeps its month.
    ['Half of them left in April.', '2019-04-10', [['April', '2019-04-01', '2019-04-30', 'month']]],
  ]);
});
