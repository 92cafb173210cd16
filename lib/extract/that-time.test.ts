import { describe, expect, it } from 'vitest';
import { tagTimes } from './time';
import { thatTimeOpening, withThatTime } from './that-time';

const REF = '2025-03-27';
const times = (text: string, previous: string) =>
  withThatTime(text, tagTimes(text, REF), () => tagTimes(previous, REF), REF).map((s) => [
    s.text,
    s.value.start,
    s.value.end,
  ]);

describe('that-time', () => {
  it('gives "At that time" the past time of the sentence before', () => {
    expect(
      times(
        'At that time, the king invited Dorn to Brum.',
        'In June last year, Dorn visited Arden.',
      ),
    ).toEqual([['At that time', '2024-06-01', '2024-06-30']]);
    expect(
      times('At the time, the two signed a treaty.', 'They met in 2019 in Brum, not in 2025.'),
    ).toEqual([['At the time', '2019-01-01', '2019-12-31']]);
  });

  it('adds nothing without a past time before or without the opening pointer', () => {
    expect(
      times('At that time, the king invited Dorn.', 'Dorn will visit Arden next month.'),
    ).toEqual([]);
    expect(times('The king invited Dorn.', 'In June last year, Dorn visited Arden.')).toEqual([]);
    expect(thatTimeOpening('During the trip, he is to meet the king.')).toBeNull();
    expect(thatTimeOpening('At the time of writing, no date was set.')).toBeNull();
  });
});
