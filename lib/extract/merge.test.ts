import { describe, expect, it } from 'vitest';
import type { Mention } from '../types';
import { mergeMentions } from './merge';

function mention(over: Partial<Mention> & { article: string; start?: number }): Mention {
  const { article, start = 0, ...rest } = over;
  return {
    kind: 'visit',
    date: { start: '2023-09-12', end: '2023-09-12', precision: 'day', text: 'on Tuesday' },
    target: null,
    speaker: null,
    cited: [],
    participants: ['Kim Jong Un'],
    place: 'Russia',
    source: { article, quote: 'Kim arrived in Russia on Tuesday.', start, end: start + 33 },
    ...rest,
  };
}

describe('mergeMentions', () => {
  it('merges one happening told by several articles and keeps every source', () => {
    const events = mergeMentions([
      mention({ article: 'a' }),
      mention({
        article: 'b',
        date: { start: '2023-09-01', end: '2023-09-30', precision: 'month', text: 'September' },
      }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0].sources.map((s) => s.article)).toEqual(['a', 'b']);
    expect(events[0].date.precision).toBe('day');
  });

  it('treats visit and summit as one happening', () => {
    const events = mergeMentions([
      mention({ article: 'a' }),
      mention({ article: 'b', kind: 'summit' }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0].kind).toBe('summit');
  });

  it('keeps apart mentions whose kind, dates, place or people differ', () => {
    const events = mergeMentions([
      mention({ article: 'a' }),
      mention({ article: 'b', kind: 'agreement' }),
      mention({
        article: 'c',
        date: { start: '2019-04-25', end: '2019-04-25', precision: 'day', text: '' },
      }),
      mention({ article: 'd', place: 'China' }),
      mention({ article: 'e', participants: ['Sergei Shoigu'] }),
    ]);
    expect(events).toHaveLength(5);
  });

  it('gives the same events whatever the order of the mentions', () => {
    const list = [
      mention({ article: 'a' }),
      mention({ article: 'b', start: 50 }),
      mention({ article: 'c', kind: 'meeting' }),
    ];
    const ids = (ms: Mention[]) =>
      mergeMentions(ms)
        .map((e) => `${e.id}:${e.sources.length}`)
        .sort();
    expect(ids([...list].reverse())).toEqual(ids(list));
  });
});
