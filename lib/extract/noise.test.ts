import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';
import { isEndMark, isNoise } from './noise';

describe('page noise', () => {
  it.each(['(END)', '-- END --', '-30-', '###', 'ENDS'])('"%s" ends the story', (line) => {
    expect(isEndMark(line)).toBe(true);
  });

  it.each([
    'The end of the talks came late.',
    'END of an era',
    '(2nd LD) Kim, Putin set for summit',
  ])('"%s" does not end the story', (line) => {
    expect(isEndMark(line)).toBe(false);
  });

  it.each([
    'Advertisement',
    'Read more',
    'By Jane Roe',
    '(Picture: AFP)',
    'BY JANE ROE, JOHN DOE [jane.roe@example.com]',
    'By Jane Roe | Updated: Sep 03',
    'For the latest headlines, follow our Google News channel online or via the app.',
    'Sign up for our daily newsletter.',
    'Story: All aboard the armored train: the king visits Brum',
    'WATCH: The king arrives in Brum',
  ])('"%s" is noise', (line) => {
    expect(isNoise(line)).toBe(true);
  });

  it.each([
    'By comparison, the king travelled to Brum by train in 2001.',
    'By March, the leaders had met twice.',
  ])('"%s" is prose, not a byline', (line) => {
    expect(isNoise(line)).toBe(false);
  });

  it('reads no events from the related headlines printed after the end mark', () => {
    const mentions = extractArticle({
      slug: 'end-mark',
      title: 'End mark',
      outlet: 'Test Wire',
      date: '2031-03-14',
      url: null,
      authors: [],
      body: [
        'President Tom Alder arrived in Bree on Tuesday for talks.',
        '(END)',
        '-',
        '(2nd LD) Alder, Birch set for summit in Arden amid concerns over arms deal',
      ].join('\n'),
    });
    expect([...new Set(mentions.map((m) => m.source.quote))]).toEqual([
      'President Tom Alder arrived in Bree on Tuesday for talks.',
    ]);
  });
});
