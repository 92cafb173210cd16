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

  it('takes a long title in plain words up to the name that closes it', () => {
    expect(
      quotedAsSaying(
        'The agency quoted speaker of the upper house of the Varnian parliament Pia Dorn as saying so.',
      ).map((c) => c.phrase),
    ).toEqual(['speaker of the upper house of the Varnian parliament Pia Dorn']);
  });

  it('closes the sentence when set off by a comma with its outlet, not in a which-clause', () => {
    const [closing] = quotedAsSaying(
      'The king has confirmed his readiness to visit, the RIA news agency quoted Pia Dorn as saying.',
    );
    expect(closing.trailing).toBe(true);
    const [relative] = quotedAsSaying(
      'The visit followed a report by YTN, which cited a senior official as saying so.',
    );
    expect(relative.trailing).toBe(false);
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
