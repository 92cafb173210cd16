import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitArticle } from './frontmatter';
import { quickSplit } from './quick-frontmatter';

/** Whatever the quick reader accepts, it must read as the YAML parser does. */
function agrees(text: string): boolean {
  const quick = quickSplit(text);
  if (quick === null) return true;
  const full = splitArticle('a.md', text);
  expect(full.article).not.toBeNull();
  expect(quick.data).toEqual(full.article?.data);
  expect(quick.body).toBe(full.article?.body);
  return true;
}

const usual =
  '---\ntitle: "Kim: a \\"visit\\" \\\\ — «soon» #1"\noutlet: "UPI"\ndate: 2015-03-19\n' +
  'url: "https://x.example/a?b=c#d"\nauthors: ["A B", "C’D"]\n---\nKim will visit Moscow.\n';

describe('quickSplit', () => {
  it('reads the usual frontmatter as the YAML parser does', () => {
    expect(quickSplit(usual)).not.toBeNull();
    agrees(usual);
  });

  it.each([
    ['an escape other than \\" and \\\\', '---\ntitle: "a\\nb"\n---\nB.'],
    ['a comment', '---\ntitle: "T" # c\n---\nB.'],
    ['a repeated field', '---\ntitle: "T"\ntitle: "U"\n---\nB.'],
    ['an unknown field', '---\nauhtors: "T"\n---\nB.'],
    ['a bare text', '---\ntitle: T\n---\nB.'],
    ['a blank line', '---\ntitle: "T"\n\n---\nB.'],
    ['no closing line', '---\ntitle: "T"\nB.'],
    ['a C1 control character', '---\ntitle: "a\u0085b"\n---\nB.'],
  ])('leaves %s to the YAML parser', (_, text) => {
    expect(quickSplit(text)).toBeNull();
  });

  it('never reads a field differently from the YAML parser', () => {
    const piece = fc.constantFrom(
      'a',
      ' ',
      '"',
      "'",
      '\\',
      ':',
      '#',
      ',',
      '[',
      ']',
      '\t',
      '\u0085',
      '\ufeff',
      '—',
      '😀',
      '\ud800',
    );
    const value = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
    const line = fc
      .tuple(
        fc.constantFrom('title', 'outlet', 'date', 'url', 'authors', 'other'),
        fc.constantFrom(': ', ':  ', ':'),
        value,
        fc.constantFrom('"', '["', '[', ''),
        fc.constantFrom('"', '"]', ']', '', '", "x"]'),
        fc.constantFrom('', ' ', '\t'),
      )
      .map(([k, sep, v, open, close, tail]) => `${k}${sep}${open}${v}${close}${tail}`);
    const date = fc.constantFrom('date: 2015-03-19', 'date: 2015-3-19', 'date: "2015-03-19"');
    const head = fc.array(fc.oneof(line, date), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(head, fc.constantFrom('---', '--- ', '---\t'), (lines, close) =>
        agrees(`---\n${lines.join('\n')}\n${close}\nBody.\n`),
      ),
      { numRuns: 3000 },
    );
  });
});
