import { describe } from 'vitest';
import { table } from './testing';

describe('month-year', () => {
  table([
    [
      'The last visit was in August 2011.',
      '2015-01-28',
      [['August 2011', '2011-08-01', '2011-08-31', 'month']],
    ],
    [
      'He will come to Moscow in May, 2015, Peskov said.',
      '2015-01-28',
      [['May, 2015', '2015-05-01', '2015-05-31', 'month']],
    ],
    [
      'The visit took place in July-August 2001.',
      '2015-01-28',
      [['July-August 2001', '2001-07-01', '2001-08-31', 'month']],
    ],
    [
      'It ran December-January 2015.',
      '2015-03-01',
      [['December-January 2015', '2014-12-01', '2015-01-31', 'month']],
    ],
    [
      'Putin visited in June last year.',
      '2025-01-15',
      [['June last year', '2024-06-01', '2024-06-30', 'month']],
    ],
    [
      'He visited in November last year.',
      '2025-01-15',
      [['November last year', '2024-11-01', '2024-11-30', 'month']],
    ],
    [
      'Talks are planned for March of next year.',
      '2025-01-15',
      [['March of next year', '2026-03-01', '2026-03-31', 'month']],
    ],
    [
      'Sales fell in Sept 2020.',
      '2025-01-15',
      [['Sept 2020', '2020-09-01', '2020-09-30', 'month']],
    ],
  ]);
});
