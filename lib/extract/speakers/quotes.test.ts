import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { maskQuotes, quoteStates } from './quotes';

describe('quoteStates', () => {
  it('follows a quotation over sentences of one paragraph', () => {
    const s = splitSentences('"One. Two. Three," he said. Four.\n"Five.');
    expect(quoteStates(s).map((q) => [q.startsInside, q.endsInside])).toEqual([
      [false, true],
      [true, true],
      [true, false],
      [false, false],
      [false, true],
    ]);
  });
});

describe('maskQuotes', () => {
  it.each([
    ['“We confirm it,” said Rudenko.', `“${' '.repeat(14)}” said Rudenko.`],
    ['accepted," the official said.', `${' '.repeat(9)}" the official said.`],
    ['he said: ‘I am convinced.’ Then', `he said: ‘${' '.repeat(15)}’ Then`],
    ['Russia’s minister said', 'Russia’s minister said'],
  ])('%s', (text, masked) => {
    const startsInside = text.startsWith('accepted');
    expect(maskQuotes(text, startsInside)).toBe(masked);
  });
});
