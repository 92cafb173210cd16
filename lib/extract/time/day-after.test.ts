import { describe } from 'vitest';
import { table } from './testing';

describe('day-after', () => {
  table([
    [
      'Kim arrived aboard his train, a day after crossing into Russia.',
      '2023-09-13',
      [['a day after', '2023-09-12', '2023-09-13', 'days']],
    ],
    // 2023-09-13 is a Wednesday: anchored on the sentence's own day.
    [
      'He arrived on Tuesday, two days after leaving Pyongyang.',
      '2023-09-13',
      [
        ['Tuesday', '2023-09-12', '2023-09-12', 'day'],
        ['two days after', '2023-09-10', '2023-09-12', 'days'],
      ],
    ],
    [
      'Merkel comes a day after May 9.',
      '2015-04-30',
      [['a day after May 9', '2015-05-10', '2015-05-10', 'day']],
    ],
    // A number inside another time is no offset (found by the property test).
    [
      '2015-01-22 days after 2015-01-23',
      '1990-01-01',
      [
        ['2015-01-22', '2015-01-22', '2015-01-22', 'day'],
        ['2015-01-23', '2015-01-23', '2015-01-23', 'day'],
      ],
    ],
    // "later"/"earlier" are relative to another happening, not datable here.
    ['Two days later he left.', '2023-09-13', []],
  ]);
});
