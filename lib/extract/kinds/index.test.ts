import { describe, expect, it } from 'vitest';
import { findHits } from './index';
import { input } from './test-helpers';

// How the rules' hits for one sentence are settled against each other (findHits).
describe('findHits: several kinds in one sentence', () => {
  it.each<[string, string[]]>([
    [
      'President Yoon will make a two-day trip to Tokyo starting March 16 for a summit with Kishida, the presidential office said Thursday.',
      ['announcement', 'visit'],
    ],
    ['The Kremlin said it will coordinate the visit.', ['announcement']],
    ['Peskov confirmed that Kim will visit Russia.', ['confirmation', 'visit']],
    ['Kim could visit Russia in May.', ['speculation']],
    ['Will Kim Jong Un go to Moscow?', []],
    ['Could Kim visit Russia in May?', ['speculation']],
    ['Some experts believe a meeting is more likely in September.', ['speculation']],
    [
      'The trip could lead to a summit between the king and President Dorn in May.',
      ['speculation'],
    ],
    [
      'During his visit to Brum, President Dorn extended an invitation to King Ortiz.',
      ['invitation', 'visit'],
    ],
    ['President Dorn extended an invitation for his visit to Brum.', ['invitation']],
    // The guess is about something the visit coincides with, not about the visit.
    [
      "Dorn's latest visit also coincides with speculation over a summit with Ortiz in May.",
      ['speculation', 'visit'],
    ],
    [
      'King Ortiz extended an invitation to President Dorn during a visit to Brum.',
      ['invitation', 'visit'],
    ],
  ])('%s', (text, kinds) => {
    expect(findHits(input(text)).map((h) => h.kind)).toEqual(kinds);
  });
});
