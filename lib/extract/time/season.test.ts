import { describe } from 'vitest';
import { table } from './testing';

describe('season', () => {
  table([
    [
      'Kim will visit this summer.',
      '2025-01-16',
      [['this summer', '2025-06-01', '2025-08-31', 'season']],
    ],
    [
      'The North Korean leader invited himself to Russia in the spring.',
      '2002-08-24',
      [['spring', '2002-03-01', '2002-05-31', 'season']],
    ],
    [
      'They will meet in the spring.',
      '2002-08-24',
      [['spring', '2003-03-01', '2003-05-31', 'season']],
    ],
    [
      'It snowed last winter.',
      '2025-01-16',
      [['last winter', '2023-12-01', '2024-02-29', 'season']],
    ],
    [
      'It is cold this winter.',
      '2025-01-16',
      [['this winter', '2024-12-01', '2025-02-28', 'season']],
    ],
    [
      'Talks resume next autumn.',
      '2025-10-16',
      [['next autumn', '2026-09-01', '2026-11-30', 'season']],
    ],
    [
      'The fall of 2019 was busy.',
      '2025-01-16',
      [['The fall of 2019', '2019-09-01', '2019-11-30', 'season']],
    ],
    [
      'They met in autumn 2024.',
      '2025-01-16',
      [['autumn 2024', '2024-09-01', '2024-11-30', 'season']],
    ],
    ['The fall of Saigon changed everything.', '2025-01-16', []],
    ['The Arab Spring began in Tunisia.', '2025-01-16', []],
    ['Prices may fall sharply.', '2025-01-16', []],
  ]);
});
