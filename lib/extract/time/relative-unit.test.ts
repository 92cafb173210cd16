import { describe } from 'vitest';
import { table } from './testing';

describe('relative-unit', () => {
  // 2015-04-30 is a Thursday; 2025-01-16 a Thursday.
  table([
    [
      'Kim will not attend events in Moscow next week.',
      '2015-04-30',
      [['next week', '2015-05-04', '2015-05-10', 'days']],
    ],
    ['They met last week.', '2025-01-16', [['last week', '2025-01-06', '2025-01-12', 'days']]],
    [
      'He is in Moscow this week.',
      '2025-01-16',
      [['this week', '2025-01-13', '2025-01-19', 'days']],
    ],
    [
      'They talk this weekend.',
      '2025-01-16',
      [['this weekend', '2025-01-18', '2025-01-19', 'days']],
    ],
    [
      'Peskov said last month that Kim had been invited.',
      '2015-01-22',
      [['last month', '2014-12-01', '2014-12-31', 'month']],
    ],
    [
      'The leaders could meet next month.',
      '2025-12-21',
      [['next month', '2026-01-01', '2026-01-31', 'month']],
    ],
    [
      'Kim plans to travel to Russia this month.',
      '2023-09-04',
      [['this month', '2023-09-01', '2023-09-30', 'month']],
    ],
    [
      'Putin earlier this month accepted the invitation.',
      '2023-10-19',
      [['earlier this month', '2023-10-01', '2023-10-31', 'month']],
    ],
    [
      'A visit to Moscow next year is on the table.',
      '2024-10-25',
      [['next year', '2025-01-01', '2025-12-31', 'year']],
    ],
    ['Last year trade fell.', '2024-10-25', [['Last year', '2023-01-01', '2023-12-31', 'year']]],
    [
      'The summit will likely take place over the next days.',
      '2019-04-23',
      [['over the next days', '2019-04-23', '2019-04-30', 'days']],
    ],
    [
      'He will visit Russia in the coming days.',
      '2023-09-11',
      [['in the coming days', '2023-09-11', '2023-09-18', 'days']],
    ],
    // "a few more days" dates a plan; a stay told in the past is only a length.
    [
      'His visit will continue for a few more days.',
      '2023-09-14',
      [['for a few more days', '2023-09-14', '2023-09-21', 'days']],
    ],
    ['He stayed in Brum for a few days.', '2023-09-14', []],
    [
      'A visit is expected in the next few days.',
      '2023-09-11',
      [['in the next few days', '2023-09-11', '2023-09-18', 'days']],
    ],
    [
      'They met two weeks ago.',
      '2025-01-16',
      [['two weeks ago', '2024-12-30', '2025-01-05', 'days']],
    ],
    [
      'The treaty was signed three years ago.',
      '2025-01-16',
      [['three years ago', '2022-01-01', '2022-12-31', 'year']],
    ],
  ]);
});

describe('the weekend', () => {
  // 2025-01-16 is a Thursday, 2025-01-18 a Saturday.
  table([
    [
      'Talks were held over the weekend.',
      '2025-01-16',
      [['over the weekend', '2025-01-11', '2025-01-12', 'days']],
    ],
    [
      'Talks will be held over the weekend.',
      '2025-01-16',
      [['over the weekend', '2025-01-18', '2025-01-19', 'days']],
    ],
    [
      'Talks were held over the weekend.',
      '2025-01-18',
      [['over the weekend', '2025-01-18', '2025-01-19', 'days']],
    ],
  ]);
});

describe('counted units need a future verb', () => {
  table([
    [
      'Talks will resume in two months.',
      '2025-01-16',
      [['in two months', '2025-03-01', '2025-03-31', 'month']],
    ],
    ["It was Putin's first visit in 24 years.", '2024-06-19', []],
  ]);
});
