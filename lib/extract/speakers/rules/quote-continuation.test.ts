import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences';
import { quoteStates } from '../quotes';
import { buildPeopleIndex, reportedSpeaker } from '../index';
import { quoteSources } from './quote-continuation';

function sourcesOf(body: string, i: number): number[] {
  const s = splitSentences(body);
  return quoteSources(s, quoteStates(s), i);
}

describe('quoteSources', () => {
  it.each([
    // A quotation opened here closes, with its attribution, in the next sentence.
    ['"The invitation was sent. North Korea accepted it," the official said.', 0, [1]],
    // A sentence inside a quotation: its opener, then its closer.
    ['"Putin has an invitation. We hope he goes. The timing is open," Peskov said.', 1, [0, 2]],
    // A quotation complete in itself after a quoting sentence.
    ['"He will stay," Peskov told reporters. "This is an internal affair."', 1, [0]],
    // A quotation of two sentences, attributed nowhere, after a quoting sentence: its closer,
    // then that sentence.
    [
      '"I attended the event," Ana Fenn told reporters. "There was a meeting. Talks go on."',
      1,
      [2, 0],
    ],
    // No quotation, no source.
    ['Peskov said so. Kim did not go.', 1, []],
  ])('%s (sentence %i)', (body, i, expected) => {
    expect(sourcesOf(body, i)).toEqual(expected);
  });

  it('does not carry an open quotation across paragraphs', () => {
    expect(sourcesOf('"He will stay. It is final.\nPeskov spoke on Monday.', 2)).toEqual([]);
  });

  it('runs a quotation on into its own paragraph', () => {
    expect(sourcesOf('"He will stay," Peskov said.\n"It is final."', 1)).toEqual([0]);
  });
});

describe('continueQuotation', () => {
  it('gives every sentence of an unattributed quotation the same speaker, asked in any order', () => {
    const body =
      '"I attended the event," Ana Fenn told reporters. "There was a meeting. Talks go on."';
    const opener = splitSentences(body);
    expect(reportedSpeaker(opener, 1, buildPeopleIndex(opener))?.name).toBe('Ana Fenn');
    expect(reportedSpeaker(opener, 2, buildPeopleIndex(opener))?.name).toBe('Ana Fenn');
    const closer = splitSentences(body);
    const people = buildPeopleIndex(closer);
    expect(reportedSpeaker(closer, 2, people)?.name).toBe('Ana Fenn');
  });
});
