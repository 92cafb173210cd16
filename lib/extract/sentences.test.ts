import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('keeps offsets that point at the sentence text in the body', () => {
    const body = 'MOSCOW, March 19 (UPI) -- Kim will visit. He said so.\nCaption here.';
    const sentences = splitSentences(body);
    expect(sentences.map((s) => s.text)).toEqual([
      'MOSCOW, March 19 (UPI) -- Kim will visit.',
      'He said so.',
      'Caption here.',
    ]);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not break after abbreviations, initials or a month before a year', () => {
    const body =
      'Dr. Leonid Petrov met U.S. envoys on Jan. 5 in Washington. Published: 21 May. 2025, 18:12';
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      'Dr. Leonid Petrov met U.S. envoys on Jan. 5 in Washington.',
      'Published: 21 May. 2025, 18:12',
    ]);
  });

  it('keeps a dateline with the sentence it opens', () => {
    const body =
      'SEOUL, January 13. /TASS/. Kim has accepted an invitation. He will go.\nMOSCOW. Jan 28 (Interfax) - Talks ended.';
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      'SEOUL, January 13. /TASS/. Kim has accepted an invitation.',
      'He will go.',
      'MOSCOW. Jan 28 (Interfax) - Talks ended.',
    ]);
  });

  it('splits where a page lost the space after a sentence, but not inside names', () => {
    const body =
      'He arrived for a state visit.The palace said he landed at 2 a.m.Dorn was late. News.Az reports that U.S.Army units left. “They are talking in Brum.”Fenn’s words confirm it.';
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      'He arrived for a state visit.',
      'The palace said he landed at 2 a.m.',
      'Dorn was late.',
      'News.Az reports that U.S.Army units left.',
      '“They are talking in Brum.”',
      'Fenn’s words confirm it.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    const body = '“We will provide details.” He added that it was early.';
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      '“We will provide details.”',
      'He added that it was early.',
    ]);
  });

  it('keeps text printed twice only once, at its first occurrence', () => {
    const body = 'Kim met Putin on Monday.\nKim met Putin on Monday.\nThey talked.';
    const sentences = splitSentences(body);
    expect(sentences.map((s) => s.text)).toEqual(['Kim met Putin on Monday.', 'They talked.']);
    expect(sentences[0].start).toBe(0);
  });

  it('marks a lede that repeats its standfirst behind a dateline as an echo of it', () => {
    const body =
      'The two presidents have concluded their first summit in Brum\n\n' +
      'BRUM (Wire - 25th April, 2019) The two presidents have concluded their first summit in Brum.\n' +
      'BRUM (Wire) The talks lasted five hours and ended with a dinner for both sides.';
    const sentences = splitSentences(body);
    expect(sentences.map((s) => s.echoes)).toEqual([undefined, 0, undefined]);
  });

  it('joins a sentence a page wrapped over lines, and nothing else', () => {
    const body =
      'Envoy Meets King\nAdvertisement\nIn\na move to mend ties, the envoy met with\n' +
      'King Ortiz on August 23 in Brum, during his\nfive-day tour. The\nking thanked him.';
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      'Envoy Meets King',
      'Advertisement',
      'In\na move to mend ties, the envoy met with\nKing Ortiz on August 23 in Brum, during his\nfive-day tour.',
      'The\nking thanked him.',
    ]);
  });

  it('in a page wrapped at a fixed width, runs a long open line on before a capital', () => {
    const body =
      'Envoy Meets King\nIn\na move to mend ties between the two, the envoy met his counterpart\n' +
      'King Ortiz on August 23 in Brum, during his\nfive-day tour of the\nregion.\nTour of the South\nThe envoy left.';
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      'Envoy Meets King',
      'In\na move to mend ties between the two, the envoy met his counterpart\nKing Ortiz on August 23 in Brum, during his\nfive-day tour of the\nregion.',
      'Tour of the South',
      'The envoy left.',
    ]);
    // One wrapped line is no wrapped page: a long headline keeps its own line.
    expect(
      splitSentences(
        'The envoy of the king arrives in Brum for talks on trade\nKing Ortiz met him.',
      ).map((s) => s.text),
    ).toEqual(['The envoy of the king arrives in Brum for talks on trade', 'King Ortiz met him.']);
  });
});
