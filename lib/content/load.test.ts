import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract';
import { parseArticle, parseArticleBytes } from './load';

const good = '---\ntitle: "T"\noutlet: "UPI"\ndate: 2015-03-19\n---\nKim will visit Moscow.\n';
const latestDay = '2026-11-24';

describe('parseArticle', () => {
  it('reads frontmatter and keeps the body as published', () => {
    const { article } = parseArticle('a.md', good);
    expect(article?.slug).toBe('a');
    expect(article?.date).toBe('2015-03-19');
    expect(article?.body).toBe('Kim will visit Moscow.\n');
  });

  it.each([
    ['invalid YAML', '---\ntitle: [unclosed\n---\nBody.', 'title', 2, /invalid YAML/],
    [
      'a repeated field',
      '---\ntitle: T\ntitle: U\noutlet: UPI\ndate: 2015-03-19\n---\nB.',
      'title',
      3,
      /unique/,
    ],
    ['a missing date', '---\ntitle: T\noutlet: UPI\n---\nBody.', 'date', null, /required/],
    [
      'an impossible date',
      '---\ntitle: T\noutlet: UPI\ndate: "2025-02-30"\n---\nBody.',
      'date',
      4,
      /real calendar date/,
    ],
    // YAML 1.1 would have read this as 2025-03-02 without a word.
    [
      'an unquoted impossible date',
      '---\ntitle: T\noutlet: UPI\ndate: 2025-02-30\n---\nBody.',
      'date',
      4,
      /real calendar date/,
    ],
    [
      'a future date',
      '---\ntitle: T\noutlet: UPI\ndate: 2026-11-25\n---\nBody.',
      'date',
      4,
      /future/,
    ],
    ['a missing outlet', '---\ntitle: T\ndate: 2015-03-19\n---\nBody.', 'outlet', null, /required/],
    [
      'an empty body',
      '---\ntitle: T\noutlet: UPI\ndate: 2015-03-19\n---\n  \n',
      'body',
      6,
      /empty/,
    ],
    [
      'a javascript: url',
      '---\ntitle: T\noutlet: UPI\ndate: 2015-03-19\nurl: "javascript:alert(1)"\n---\nB.',
      'url',
      5,
      /http/,
    ],
    [
      'a data: url',
      '---\ntitle: T\noutlet: UPI\ndate: 2015-03-19\nurl: "data:text/html,<b>"\n---\nB.',
      'url',
      5,
      /http/,
    ],
    [
      'an author that is not text',
      '---\ntitle: T\noutlet: UPI\ndate: 2015-03-19\nauthors:\n  - A\n  - 3\n---\nB.',
      'authors.1',
      7,
      /must be text/,
    ],
    ['a NUL byte in the body', `${good}\u0000\u0000`, 'file', 7, /control character U\+0000/],
  ])('rejects %s naming the file, field and line', (_, raw, field, line, message) => {
    const { article, issues } = parseArticle('content/articles/bad.md', raw, { latestDay });
    expect(article).toBeNull();
    const issue = issues.find((i) => i.field === field);
    expect(issue?.file).toBe('content/articles/bad.md');
    expect(issue?.line).toBe(line);
    expect(issue?.message).toMatch(message);
  });

  it('never runs a ---js frontmatter (gray-matter would eval it)', () => {
    const raw = '---js\n{ title: (globalThis.pwned = 1, "T") }\n---\nBody.';
    const { article, issues } = parseArticle('js.md', raw);
    expect(article).toBeNull();
    expect(issues[0]).toMatchObject({ field: 'frontmatter', line: 1 });
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('accepts a byte-order mark and CRLF line endings', () => {
    const { article } = parseArticle('b.md', '\uFEFF' + good.replace(/\n/g, '\r\n'));
    expect(article?.body).toBe('Kim will visit Moscow.\n');
  });

  it('names the line of invalid UTF-8 bytes', () => {
    const bytes = Buffer.concat([Buffer.from(good), Buffer.from([0x4b, 0xc3, 0x28, 0x0a])]);
    const { issues } = parseArticleBytes('u.md', bytes);
    expect(issues).toEqual([
      { file: 'u.md', line: 7, field: 'file', message: expect.stringMatching(/UTF-8/) },
    ]);
  });

  it('keeps sentence offsets right in a CRLF article with a byte-order mark', () => {
    const text =
      'Kim Jong Un will visit Moscow in May, the Kremlin said on Thursday.\r\n\r\n' +
      'Peskov told reporters on Friday that talks were confirmed.\r\n';
    const raw = '\uFEFF' + good.replace(/\n/g, '\r\n').replace('Kim will visit Moscow.\r\n', text);
    const { article } = parseArticle('crlf.md', raw);
    expect(article?.body).not.toMatch(/\r|\uFEFF/);
    const mentions = extractArticle(article!);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions)
      expect(article!.body.slice(m.source.start, m.source.end)).toBe(m.source.quote);
  });

  it('reads a 5 MB article', () => {
    const paragraph = 'Kim Jong Un will visit Moscow in May, the Kremlin said on Thursday.\n\n';
    const body = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const started = performance.now();
    const { article, issues } = parseArticleBytes(
      'big.md',
      Buffer.from(good.replace(/Kim.*\n$/, body)),
    );
    expect(issues).toEqual([]);
    expect(article?.body.length).toBeGreaterThan(5_000_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
