import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagTimes } from './index';

// Words that exercise every stage, mixed with filler and punctuation.
const WORDS = [
  'in',
  'on',
  'since',
  'last',
  'next',
  'this',
  'coming',
  'the',
  'first',
  'second',
  'half',
  'quarter',
  'of',
  'year',
  'month',
  'week',
  'weekend',
  'days',
  'day',
  'a',
  'after',
  'three-day',
  'from',
  'to',
  'and',
  'May',
  'may',
  'June',
  'Sept.',
  'December',
  'Monday',
  'Sunday',
  'yesterday',
  'today',
  'spring',
  'summer',
  'fall',
  'winter',
  'Q3',
  'H1',
  '2019',
  '2023',
  '1950-53',
  '9',
  '13',
  '31',
  '2015-01-22',
  'will',
  'visited',
  'met',
  'is',
  'Kim',
  'Putin',
  'visit',
  'ago',
  ',',
  '.',
  '—',
  '(UPI)',
  '--',
  'MOSCOW,',
  'early',
  'mid-',
  'between',
  'to',
  'coming days',
];
const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }).map((ws) => ws.join(' '));
const reference = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2040-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('tagTimes invariants', () => {
  it('returns disjoint spans in text order whose text, dates and ranges are well formed', () => {
    fc.assert(
      fc.property(sentence, reference, (text, ref) => {
        const spans = tagTimes(text, ref);
        let previousEnd = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.value.start).toMatch(ISO);
          expect(s.value.end).toMatch(ISO);
          expect(s.value.start <= s.value.end).toBe(true);
          expect(new Date(`${s.value.end}T00:00:00Z`).toISOString().slice(0, 10)).toBe(s.value.end);
          previousEnd = s.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a day span exactly one day and a month span a whole month', () => {
    fc.assert(
      fc.property(sentence, reference, (text, ref) => {
        for (const s of tagTimes(text, ref)) {
          if (s.value.precision === 'day') expect(s.value.start).toBe(s.value.end);
          if (s.value.precision === 'month') {
            expect(s.value.start.endsWith('-01')).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
