import { describe, expect, it } from 'vitest';
import type { Article } from '../content/schema';
import { extractArticle } from './index';
import { sayingDays } from './saying-days';
import { splitSentences } from './sentences';
import { buildPeopleIndex } from './speakers/people-index';

// A Friday.
const DATE = '2031-03-14';

function days(body: string): Record<string, string> {
  const sentences = splitSentences(body);
  return Object.fromEntries(sayingDays(sentences, buildPeopleIndex(sentences), DATE));
}

describe('sayingDays: the day the article says someone spoke', () => {
  it.each<[string, Record<string, string>]>([
    [
      'On Monday, spokesman Ivo Dorn was asked by a reporter about the trip.',
      { 'Ivo Dorn': '2031-03-10' },
    ],
    [
      'In a briefing on Tuesday, presidential aide Vera Lind said, "We are ready."',
      { 'Vera Lind': '2031-03-11' },
    ],
    [
      'Spokesman Ivo Dorn told reporters on Wednesday that nothing was decided.',
      { 'Ivo Dorn': '2031-03-12' },
    ],
    // The day of a happening the words tell of is not the day they were said.
    ['Spokesman Ivo Dorn said Minister Vera Lind met the mayor on Monday.', {}],
    // A day far back is an earlier occasion, not this report's.
    ['Spokesman Ivo Dorn said on January 12 that the talks were over.', {}],
    ['Spokesman Ivo Dorn will brief reporters on Monday.', {}],
  ])('%s', (body, expected) => {
    expect(days(`${body}\n`)).toEqual(expected);
  });
});

describe('undated words of someone the article dates elsewhere', () => {
  const article = (body: string): Article => ({
    slug: 'saying-days-test',
    title: 'Saying days',
    outlet: 'Test Wire',
    date: DATE,
    url: null,
    authors: [],
    body,
  });

  it('are dated by the day that person spoke', () => {
    const body =
      'Spokesman Ivo Dorn says arrangements are underway for President Alder to visit Arden.\n' +
      'On Monday, Dorn was asked by a reporter whether the trip had been discussed.\n';
    const found = extractArticle(article(body)).filter((m) => m.kind === 'announcement');
    expect(found.map((m) => `${m.date.start}/${m.date.precision}`)).toEqual(['2031-03-10/day']);
  });
});
