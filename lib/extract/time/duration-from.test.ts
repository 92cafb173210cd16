import { describe } from 'vitest';
import { table } from './testing';

describe('duration-from', () => {
  // 2024-01-17 is a Wednesday.
  table([
    [
      "Choe was on a three-day visit to Russia from Sunday at Lavrov's invitation.",
      '2024-01-17',
      [['Sunday', '2024-01-14', '2024-01-16', 'days']],
    ],
    [
      'He begins a two-day trip starting May 9.',
      '2025-01-16',
      [['May 9', '2025-05-09', '2025-05-10', 'days']],
    ],
    [
      'Lavrov arrived in Beijing on Monday for a two-day official visit.',
      '2024-04-09',
      [['Monday', '2024-04-08', '2024-04-09', 'days']],
    ],
    [
      'The president began a historic two-day visit to Varnia today.',
      '2000-07-19',
      [['today', '2000-07-19', '2000-07-20', 'days']],
    ],
    [
      'The king began a three-day tour of Arden on Tuesday.',
      '2024-01-17',
      [['Tuesday', '2024-01-16', '2024-01-18', 'days']],
    ],
    // A length alone, or a day with no length, stays as it is.
    ['The delay came on their 10-day voyage.', '2001-07-30', []],
    ['Choe arrived on Sunday.', '2024-01-17', [['Sunday', '2024-01-14', '2024-01-14', 'day']]],
  ]);
});
