import { describe, expect, it } from 'vitest';
import { quotedAsSaying, quotedBySubject } from './quoted-as-saying';

describe('quotedAsSaying', () => {
  it.each([
    [
      'The stance is positive, Yonhap quoted an anonymous South Korean diplomatic source as saying.',
      ['an anonymous South Korean diplomatic source'],
    ],
    [
      'YTN, which cited a senior government official as saying that Kim was moving.',
      ['a senior government official'],
    ],
    [
      'The Guardian quoted Labour leader Keir Starmer as saying the vote was lost.',
      ['Labour leader Keir Starmer'],
    ],
  ])('%s', (sentence, expected) => {
    expect(quotedAsSaying(sentence).map((c) => c.phrase)).toEqual(expected);
  });

  it('needs "as saying"', () => {
    expect(quotedAsSaying('He quoted Shakespeare at length.')).toEqual([]);
  });
});

describe('quotedBySubject', () => {
  it('takes the subject of "was quoted by X as saying"', () => {
    const [c] = quotedBySubject(
      'Brexit Secretary Dominic Raab was quoted by the Telegraph as saying no.',
    );
    expect(c.phrase).toBe('Brexit Secretary Dominic Raab');
  });
});
