import { describe } from 'vitest';
import { table } from './testing';

describe('bare-month', () => {
  table([
    [
      'Kim could visit Russia in May.',
      '2025-01-15',
      [['May', '2025-05-01', '2025-05-31', 'month']],
    ],
    ['Kim visited Russia in May.', '2025-01-15', [['May', '2024-05-01', '2024-05-31', 'month']]],
    // An event noun with no verb of its own: the nearest May.
    [
      'Russia says DPRK sent positive signal on Kim visit in May',
      '2015-01-22',
      [['May', '2015-05-01', '2015-05-31', 'month']],
    ],
    [
      'Shoigu paid a surprise visit to Pyongyang in July.',
      '2023-09-11',
      [['July', '2023-07-01', '2023-07-31', 'month']],
    ],
    [
      'Talk had been circulating since December.',
      '2015-03-19',
      [['December', '2014-12-01', '2014-12-31', 'month']],
    ],
    [
      'Putin received an envoy in last November.',
      '2015-01-22',
      [['last November', '2014-11-01', '2014-11-30', 'month']],
    ],
    [
      'The forum takes place this coming September.',
      '2025-05-21',
      [['this coming September', '2025-09-01', '2025-09-30', 'month']],
    ],
    [
      'Lavrov had said earlier in January that the signal was positive.',
      '2015-01-28',
      [['earlier in January', '2015-01-01', '2015-01-31', 'month']],
    ],
    [
      'Last September, Kim met Putin.',
      '2024-01-17',
      [['Last September', '2023-09-01', '2023-09-30', 'month']],
    ],
    [
      'He accepted an invitation to attend a May ceremony.',
      '2015-01-13',
      [['May', '2015-05-01', '2015-05-31', 'month']],
    ],
    [
      'They will meet in May and June.',
      '2025-01-15',
      [
        ['May', '2025-05-01', '2025-05-31', 'month'],
        ['June', '2025-06-01', '2025-06-30', 'month'],
      ],
    ],
    [
      'Next March the talks resume.',
      '2025-05-21',
      [['Next March', '2026-03-01', '2026-03-31', 'month']],
    ],
    // A capitalised word after a month without a cue is a name.
    ['April Ryan asked a question.', '2025-01-15', []],
  ]);
});

describe('bare-month with early/mid/late', () => {
  table([
    [
      'Kim will visit in mid-May.',
      '2025-01-15',
      [['mid-May', '2025-05-01', '2025-05-31', 'month']],
    ],
    [
      'The visit is planned for mid-May.',
      '2025-01-15',
      [['mid-May', '2025-05-01', '2025-05-31', 'month']],
    ],
    [
      'He left in early March.',
      '2025-01-15',
      [['early March', '2024-03-01', '2024-03-31', 'month']],
    ],
  ]);
});

describe('bare-month ranges', () => {
  table([
    [
      'The drills will run in April-May.',
      '2025-01-15',
      [['April-May', '2025-04-01', '2025-05-31', 'month']],
    ],
  ]);
});
