import { describe } from 'vitest';
import { table } from './testing';

describe('anniversary', () => {
  table([
    [
      'a summit around the first anniversary of the treaty signed by both leaders on June 18, 2024, in Pyongyang.',
      '2025-06-04',
      [
        ['first anniversary of', '2025-06-18', '2025-06-18', 'day'],
        ['June 18, 2024', '2024-06-18', '2024-06-18', 'day'],
      ],
    ],
    [
      'Kim may attend celebrations of the 80th anniversary of the victory in 1945.',
      '2025-03-01',
      [
        ['80th anniversary of', '2025-01-01', '2025-12-31', 'year'],
        ['1945', '1945-01-01', '1945-12-31', 'year'],
      ],
    ],
    // A leap day's anniversary falls on 28 February in a common year.
    [
      'They met on the first anniversary of the accord signed on Feb. 29, 2024.',
      '2025-03-01',
      [
        ['first anniversary of', '2025-02-28', '2025-02-28', 'day'],
        ['Feb. 29, 2024', '2024-02-29', '2024-02-29', 'day'],
      ],
    ],
    // Named as a date, not placing anything; and a period of years has no one anniversary.
    [
      'Putin recalled dates such as the 70th anniversary of the end of the Korean War (1950-1953).',
      '2023-09-13',
      [['1950-1953', '1950-01-01', '1953-12-31', 'year']],
    ],
    [
      'They met around the 70th anniversary of the war (1950-1953).',
      '2023-09-13',
      [['1950-1953', '1950-01-01', '1953-12-31', 'year']],
    ],
    // No written date to count from: no span.
    ['Kim may visit to mark the first anniversary of the treaty.', '2025-05-21', []],
    // A date past a clause break belongs to something else.
    [
      'It marks the 70th anniversary of the armistice, which Kim visited on July 27, 2023.',
      '2023-08-01',
      [['July 27, 2023', '2023-07-27', '2023-07-27', 'day']],
    ],
    // "last year" depends on the reference, not on the happening: no anniversary is counted.
    [
      'the second anniversary of the deal signed last year',
      '2025-05-01',
      [['last year', '2024-01-01', '2024-12-31', 'year']],
    ],
  ]);
});
