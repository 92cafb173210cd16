import { describe, expect, it } from 'vitest';
import { tagTimes } from './index';

/** Sentences with no time expression at all: each must yield no span. */
describe('not dates', () => {
  it.each([
    ['during a meeting to mark the 80th anniversary of the Soviet victory'],
    ['the celebration of the 70th anniversary of the victory over Nazi Germany'],
    ['military delegations from 19 friendly countries have been invited'],
    ['Among them, 10 countries have already confirmed their participation.'],
    ['Kim may visit Russia to attend the parade.'],
    ['North Korean leader may visit Moscow, Kremlin says'],
    ['Putin May Visit North Korea In Near Future'],
    ['Theresa May met Putin in Moscow.'],
    ['Kim will visit Russia soon.'],
    ['A visit could take place in the near future.'],
    ['Pyongyang has recently been seeking closer ties.'],
    ['The Kremlin had also said earlier that 20 leaders had agreed.'],
    ['Peskov had previously declined to comment.'],
    ['The leaders met at 7:09 a.m. Moscow time.'],
    ['The train stopped around 10 a.m., two to three hours behind schedule.'],
    ['their 10-day voyage after leaving Chita'],
    ['a 39-year-old envoy, aged 39'],
    ['Russia wrote off $10 billion, or 90 percent of the debt.'],
    ['Kim agreed to pay 5.5 billion U.S. dollars.'],
    ['Article 4 of the treaty obliges mutual assistance.'],
    ['some 3,450 miles east of Moscow'],
    ['"1,000 percent happy" with his Russian rail trip'],
    ['It was the first summit in over four years.'],
    ['Kim invited Putin to visit at a convenient time.'],
    ['He has never visited the Russian capital, Moscow.'],
    ['World War II and World War Two ended long ago.'],
    ['Prices may fall further.'],
    ['He chose to march on.'],
    ['The Sunday Times and the Mail on Sunday reported it.'],
    ['Russia Today and TODAY carried the story.'],
    ['TODAY reported the visit.'],
  ])('%s', (text) => {
    expect(tagTimes(text, '2025-01-16')).toEqual([]);
  });
});

describe('gaps are not dates', () => {
  it.each([["It was Putin's first visit in 24 years."], ['The first summit in two years ended.']])(
    '%s',
    (text) => {
      expect(tagTimes(text, '2024-06-19')).toEqual([]);
    },
  );
});
