import { describe, expect, it } from 'vitest';
import type { Story } from '@/lib/story';
import type { TimelineEvent } from '@/lib/types';
import { eventDetail, eventSummaries } from './view';

const body = 'Intro line.\nPutin invited Kim. Kim may visit in May. Nothing else.\n';
const article = (slug: string, outlet: string, date: string) => ({
  slug,
  title: `Title ${slug}`,
  outlet,
  date,
  url: null,
  authors: [],
});
const quote = 'Kim may visit in May.';
const event = (over: Partial<TimelineEvent>): TimelineEvent => ({
  id: 'e1',
  kind: 'visit',
  date: { start: '2025-05-01', end: '2025-05-31', precision: 'month', text: 'in May' },
  target: null,
  speaker: { name: 'Dmitry Peskov', role: 'Kremlin spokesperson' },
  cited: ['TASS'],
  participants: ['Kim Jong Un'],
  place: 'Russia',
  summary: 'Visit by Kim Jong Un to Russia',
  sources: [
    { article: 'a', quote, start: body.indexOf(quote), end: body.indexOf(quote) + quote.length },
    { article: 'b', quote, start: body.indexOf(quote), end: body.indexOf(quote) + quote.length },
  ],
  ...over,
});
const infos = [article('a', 'Korea Daily', '2025-01-15'), article('b', 'UPI', '2025-01-16')];
const story: Story = {
  articles: infos,
  bodies: new Map(infos.map((a) => [a.slug, { ...a, url: undefined, body }])),
  events: [
    event({}),
    event({
      id: 'e0',
      kind: 'invitation',
      date: { start: '2025-01-15', end: '2025-01-15', precision: 'unknown', text: '' },
      target: { start: '2025-05-01', end: '2025-05-31', precision: 'month', text: 'in May' },
      sources: [{ article: 'a', quote: 'Putin invited Kim.', start: 12, end: 30 }],
    }),
  ],
};

describe('eventSummaries', () => {
  it('orders chronologically and derives publishers, lanes and what has not happened', () => {
    const [first, second] = eventSummaries(story);
    expect(first.id).toBe('e0');
    expect(first.when).toBe('date not given — reported 15 January 2025');
    expect(first.unrealised).toBe(false);
    expect(first.target).toEqual({ start: '2025-05-01', end: '2025-05-31', when: 'May 2025' });
    expect(second.target).toBeUndefined();
    expect(second).toMatchObject({
      when: 'May 2025',
      publishers: ['Korea Daily', 'UPI'],
      cited: ['TASS'],
      country: 'Russia',
      actor: 'Kim Jong Un',
      unrealised: true,
    });
  });
});

describe('eventDetail', () => {
  it('places each quote inside its paragraph with its sentence index', () => {
    const d = eventDetail(story, story.events[0]);
    expect(d.passages).toHaveLength(2);
    expect(d.passages[0]).toMatchObject({
      article: 'a',
      outlet: 'Korea Daily',
      date: '15 January 2025',
      index: 2,
      before: 'Putin invited Kim. ',
      quote,
      after: ' Nothing else.',
    });
    expect(d.speakerRole).toBe('Kremlin spokesperson');
  });
});
