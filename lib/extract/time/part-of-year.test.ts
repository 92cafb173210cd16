import { describe } from 'vitest';
import { table } from './testing';

describe('part-of-year', () => {
  table([
    [
      'Kim may visit Russia in the first half of this year.',
      '2025-01-15',
      [['first half of this year', '2025-01-01', '2025-06-30', 'half']],
    ],
    [
      'Kim may consider a visit in the first half of 2025.',
      '2025-01-15',
      [['first half of 2025', '2025-01-01', '2025-06-30', 'half']],
    ],
    [
      'Growth slowed in the second half of last year.',
      '2025-01-15',
      [['second half of last year', '2024-07-01', '2024-12-31', 'half']],
    ],
    [
      'He will visit in the second half.',
      '2025-01-15',
      [['second half', '2025-07-01', '2025-12-31', 'half']],
    ],
    [
      'Output fell in the second half.',
      '2025-01-15',
      [['second half', '2024-07-01', '2024-12-31', 'half']],
    ],
    ['Sales rose in H1 2024.', '2025-01-15', [['H1 2024', '2024-01-01', '2024-06-30', 'half']]],
    [
      'The deal will close in the first quarter.',
      '2025-01-16',
      [['first quarter', '2025-01-01', '2025-03-31', 'quarter']],
    ],
    [
      'The plant opened in the third quarter.',
      '2025-01-16',
      [['third quarter', '2024-07-01', '2024-09-30', 'quarter']],
    ],
    [
      'Exports grew in the fourth quarter of 2023.',
      '2025-01-16',
      [['fourth quarter of 2023', '2023-10-01', '2023-12-31', 'quarter']],
    ],
    [
      'Revenue rose last quarter.',
      '2025-01-16',
      [['last quarter', '2024-10-01', '2024-12-31', 'quarter']],
    ],
    ['Revenue will rise in Q3.', '2025-01-16', [['Q3', '2025-07-01', '2025-09-30', 'quarter']]],
    [
      'Revenue rose in Q2 2024.',
      '2025-01-16',
      [['Q2 2024', '2024-04-01', '2024-06-30', 'quarter']],
    ],
    // Halves of other things, and a quarter as a share, are not dates.
    ['He scored in the first half of the match.', '2025-01-16', []],
    ['A quarter of the budget went to defence.', '2025-01-16', []],
  ]);
});
