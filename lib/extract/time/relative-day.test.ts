import { describe } from 'vitest';
import { table } from './testing';

describe('relative-day', () => {
  table([
    [
      'The two leaders met here yesterday.',
      '2002-08-24',
      [['yesterday', '2002-08-23', '2002-08-23', 'day']],
    ],
    [
      'Announcing the visit yesterday morning, the Kremlin spoke.',
      '2023-07-26',
      [['yesterday', '2023-07-25', '2023-07-25', 'day']],
    ],
    [
      'Talks continue today and end tomorrow.',
      '2024-02-29',
      [
        ['today', '2024-02-29', '2024-02-29', 'day'],
        ['tomorrow', '2024-03-01', '2024-03-01', 'day'],
      ],
    ],
    ['Today the talks end.', '2024-12-31', [['Today', '2024-12-31', '2024-12-31', 'day']]],
    ['He spoke last night.', '2024-03-01', [['last night', '2024-02-29', '2024-02-29', 'day']]],
    [
      'It happened the day before yesterday.',
      '2024-03-01',
      [['the day before yesterday', '2024-02-28', '2024-02-28', 'day']],
    ],
    [
      'He arrived three days ago.',
      '2024-03-01',
      [['three days ago', '2024-02-27', '2024-02-27', 'day']],
    ],
    [
      'The summit opens in two days.',
      '2024-12-31',
      [['in two days', '2025-01-02', '2025-01-02', 'day']],
    ],
    // The outlet's name is not the day.
    ['The story was first reported by Russia Today.', '2024-03-01', []],
  ]);
});
