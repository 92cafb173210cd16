import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';

const words = [
  'Kim',
  'Putin',
  'visited',
  'Moscow',
  'on',
  'Monday',
  'May',
  'may',
  'visit',
  'said',
  '“',
  '”',
  '"',
  'invitation',
  'summit',
  'in',
  '2019',
  'and',
  'next',
  'month',
  'the',
  'first',
  'half',
  'of',
  '.',
  'Kremlin',
  'confirmed',
  'talks',
  '—',
  'Jan.',
  'U.S.',
  '\n',
  'signed',
  'treaty',
  'last',
  'week',
  ',',
];

describe('extractArticle on arbitrary text', () => {
  it('never throws and every source points at its quote in the body', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.array(fc.constantFrom(...words), { maxLength: 80 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(text, (body) => {
        const mentions = extractArticle({
          slug: 'a',
          title: 't',
          outlet: 'o',
          date: '2024-02-29',
          url: null,
          authors: [],
          body,
        });
        for (const m of mentions) {
          expect(body.slice(m.source.start, m.source.end)).toBe(m.source.quote);
          expect(m.date.start <= m.date.end).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
