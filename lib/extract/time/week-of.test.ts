import { describe } from 'vitest';
import { table } from './testing';

describe('week-of', () => {
  // 2024-06-20 is a Thursday; 8 July 2024 is a Monday, 10 July a Wednesday.
  table([
    [
      'The meeting is set for the week of July 8.',
      '2024-06-20',
      [['the week of July 8', '2024-07-08', '2024-07-14', 'days']],
    ],
    [
      'Talks are planned for the week beginning July 10.',
      '2024-06-20',
      [['the week beginning July 10', '2024-07-08', '2024-07-14', 'days']],
    ],
    // A day with no week named stays a day.
    ['They meet on July 10.', '2024-06-20', [['July 10', '2024-07-10', '2024-07-10', 'day']]],
  ]);
});
