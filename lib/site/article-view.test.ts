import { describe, expect, it } from 'vitest';
import type { Story } from '@/lib/story';
import { articlePieces } from './article-view';

const body = 'First one. Second one here.\n\nA caption.\nFirst one.\n';
const story: Story = {
  articles: [{ slug: 'a', title: 'T', outlet: 'O', date: '2025-01-01', url: null, authors: [] }],
  bodies: new Map([
    ['a', { slug: 'a', title: 'T', outlet: 'O', date: '2025-01-01', authors: [], body }],
  ]),
  events: [
    {
      id: 'ev1',
      kind: 'visit',
      date: { start: '2025-01-01', end: '2025-01-01', precision: 'day', text: '' },
      target: null,
      speaker: null,
      cited: [],
      participants: [],
      place: null,
      summary: 'A visit',
      sources: [{ article: 'a', quote: 'Second one here.', start: 11, end: 27 }],
    },
  ],
};

describe('articlePieces', () => {
  it('keeps every character, numbers sentences and attaches events', () => {
    const paras = articlePieces(story, 'a');
    expect(paras).toHaveLength(3);
    expect(paras.map((p) => p.map((x) => x.text).join(''))).toEqual([
      'First one. Second one here.',
      'A caption.',
      'First one.',
    ]);
    expect(paras[0][2]).toEqual({
      text: 'Second one here.',
      sentence: 1,
      events: [{ id: 'ev1', kind: 'visit', summary: 'A visit' }],
    });
    // The repeated line is dropped by splitSentences, so it stays plain text.
    expect(paras[2][0].sentence).toBeUndefined();
  });

  it('keeps a sentence the page wrapped over lines in one paragraph', () => {
    const wrapped = 'In\na move to mend ties, the envoy met with\nthe king. He left.\nA caption.';
    const paras = articlePieces(
      {
        ...story,
        events: [],
        bodies: new Map([['a', { ...story.bodies.get('a')!, body: wrapped }]]),
      },
      'a',
    );
    expect(paras.map((p) => p.map((x) => x.text).join(''))).toEqual([
      'In\na move to mend ties, the envoy met with\nthe king. He left.',
      'A caption.',
    ]);
  });
});
