import { describe, expect, it } from 'vitest';
import type { Article } from '../content/schema';
import { extractArticle } from './index';
import { splitSentences } from './sentences';
import { plainSpaces } from './spaces';

const article = (body: string): Article => ({
  slug: 'spaces',
  title: 'Spaces',
  outlet: 'Test Wire',
  date: '2031-03-14',
  url: null,
  authors: [],
  body,
});

const plain =
  'President Tom Alder will visit Varnia on May 9, the palace said on Thursday. ' +
  'Varnian leader Ivo Cedar invited him in January.';
// The same text as a page prints it: non-breaking spaces inside names and dates.
const printed = plain
  .replace('Tom Alder', 'Tom\u00a0Alder')
  .replace('May 9', 'May\u00a09')
  .replace('Ivo Cedar', 'Ivo\u202fCedar');

describe('non-breaking and typographic spaces', () => {
  it('become plain spaces, one for one', () => {
    expect(plainSpaces(printed)).toBe(plain);
  });

  it('are read like plain spaces, while quotes stay as published', () => {
    const read = (body: string) =>
      extractArticle(article(body)).map((m) => ({ ...m, source: { ...m.source, quote: '' } }));
    expect(read(printed)).toEqual(read(plain));
    expect(read(plain).length).toBeGreaterThan(1);
    for (const m of extractArticle(article(printed)))
      expect(m.source.quote).toBe(printed.slice(m.source.start, m.source.end));
    expect(splitSentences(printed).map((s) => s.text)).toEqual([
      'President Tom\u00a0Alder will visit Varnia on May\u00a09, the palace said on Thursday.',
      'Varnian leader Ivo\u202fCedar invited him in January.',
    ]);
  });
});
