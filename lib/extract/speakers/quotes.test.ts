import fc from 'fast-check';
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

describe('maskQuotes on any text', () => {
  // The character-by-character reading the segment-wise one replaced (double quotes only; the
  // single-quote pass after it is unchanged, so no ‘ is generated).
  function reference(text: string, startsInside: boolean): string {
    let inside = startsInside;
    let out = '';
    for (const ch of text) {
      if ('"“„”'.includes(ch)) {
        inside = '“„'.includes(ch) ? true : ch === '”' ? false : !inside;
        out += ch;
      } else out += inside ? ' '.repeat(ch.length) : ch;
    }
    return out;
  }

  it('blanks exactly what a character-by-character reading blanks', () => {
    const piece = fc.constantFrom('a', ' ', '"', '“', '„', '”', '’', '😀', '\ud800', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.boolean(), (pieces, startsInside) => {
        const text = pieces.join('');
        expect(maskQuotes(text, startsInside)).toBe(reference(text, startsInside));
      }),
      { numRuns: 3000 },
    );
  });
});
