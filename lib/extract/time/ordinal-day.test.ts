import { describe } from 'vitest';
import { table } from './testing';

describe('ordinal-day', () => {
  // 2024-10-29 is a Tuesday; 2025-01-03 a Friday.
  table([
    [
      'The minister is scheduled to visit Brum on the 30th to hold talks.',
      '2024-10-29',
      [['the 30th', '2024-10-30', '2024-10-30', 'day']],
    ],
    [
      'The Kremlin announced on the 29th (local time) that no meeting is planned.',
      '2024-10-29',
      [['the 29th', '2024-10-29', '2024-10-29', 'day']],
    ],
    // Past tense, and the day not yet reached this month: last month's.
    [
      'The envoy arrived on the 30th.',
      '2025-01-03',
      [['the 30th', '2024-12-30', '2024-12-30', 'day']],
    ],
    // Ordinals that are no day of the month; "the 9th of May" is a full date's.
    [
      'They marked the 70th anniversary on the 9th of May.',
      '2025-05-01',
      [['9th of May', '2025-05-09', '2025-05-09', 'day']],
    ],
    ['It was his 3rd visit, the ministry said.', '2025-05-01', []],
  ]);
});
