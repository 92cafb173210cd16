import { describe } from 'vitest';
import { table } from './testing';

describe('full-date', () => {
  table([
    [
      'He arrived on April 25, 2019.',
      '2023-09-11',
      [['April 25, 2019', '2019-04-25', '2019-04-25', 'day']],
    ],
    [
      'The deal was signed on June 19, 2024.',
      '2025-05-21',
      [['June 19, 2024', '2024-06-19', '2024-06-19', 'day']],
    ],
    [
      'Talks were held on 21 May 2025.',
      '2025-05-22',
      [['21 May 2025', '2025-05-21', '2025-05-21', 'day']],
    ],
    ['Nov 18, 2014 photo.', '2015-01-22', [['Nov 18, 2014', '2014-11-18', '2014-11-18', 'day']]],
    [
      'The parade is held on the 9th of May.',
      '2025-01-16',
      [['9th of May', '2025-05-09', '2025-05-09', 'day']],
    ],
    // No year: the tense picks the instance.
    [
      'On December 19, Peskov confirmed the invitation.',
      '2015-01-13',
      [['December 19', '2014-12-19', '2014-12-19', 'day']],
    ],
    [
      'Leaders would attend a parade on May 9.',
      '2015-04-30',
      [['May 9', '2015-05-09', '2015-05-09', 'day']],
    ],
    [
      'She is expected to be in Moscow only on May 10.',
      '2015-04-30',
      [['May 10', '2015-05-10', '2015-05-10', 'day']],
    ],
    ['He visited Seoul on May 9.', '2015-04-30', [['May 9', '2014-05-09', '2014-05-09', 'day']]],
    [
      'The Kremlin announced on January 15 that it would disclose details.',
      '2025-01-15',
      [['January 15', '2025-01-15', '2025-01-15', 'day']],
    ],
    // Forced tense overrides the verbs.
    [
      'Kim is in Moscow on May 9.',
      '2015-04-30',
      [['May 9', '2014-05-09', '2014-05-09', 'day']],
      'past',
    ],
    ['The forum runs May 9-10.', '2025-01-16', [['May 9-10', '2025-05-09', '2025-05-10', 'days']]],
    ['No such day as February 30.', '2025-01-16', []],
  ]);
});

describe('full-date ranges', () => {
  table([
    // Two days in a row joined by "and" are one stretch; two apart, or a count, are not.
    [
      'He paid a visit to Brum on August 6 and 7 and stayed.',
      '2001-08-20',
      [['August 6 and 7', '2001-08-06', '2001-08-07', 'days']],
    ],
    ['They met on May 9 and 12.', '2001-08-20', [['May 9', '2001-05-09', '2001-05-09', 'day']]],
    [
      'Between May 9 and 10 officials left.',
      '2001-08-20',
      [['May 9', '2001-05-09', '2001-05-09', 'day']],
    ],
    // A range may be followed by a preposition; a noun after the number counts things.
    [
      'He will visit Brum from March 20 to 22 at the invitation of the king.',
      '2023-03-17',
      [['March 20 to 22', '2023-03-20', '2023-03-22', 'days']],
    ],
    [
      'He will visit Brum from 20 to 22 March.',
      '2023-03-17',
      [['20 to 22 March', '2023-03-20', '2023-03-22', 'days']],
    ],
    [
      'The talks run Jan. 16 to 18.',
      '2024-01-15',
      [['Jan. 16 to 18', '2024-01-16', '2024-01-18', 'days']],
    ],
    [
      'Leaders meet 16-17 January in Moscow.',
      '2024-01-15',
      [['16-17 January', '2024-01-16', '2024-01-17', 'days']],
    ],
    // "to 18 countries" is not the end of a range.
    [
      'On Jan. 16 invitations went to 18 countries.',
      '2024-01-17',
      [['Jan. 16', '2024-01-16', '2024-01-16', 'day']],
    ],
  ]);
});
