import { describe, expect, it } from 'vitest';
import { parseArticle } from './load';

const good = '---\ntitle: "T"\noutlet: "UPI"\ndate: 2015-03-19\n---\nKim will visit Moscow.\n';

describe('parseArticle', () => {
  it('reads frontmatter and keeps the body as published', () => {
    const { article } = parseArticle('a.md', good);
    expect(article?.slug).toBe('a');
    expect(article?.date).toBe('2015-03-19');
    expect(article?.body).toBe('Kim will visit Moscow.\n');
  });

  it.each([
    ['invalid YAML', '---\ntitle: [unclosed\n---\nBody.', 'frontmatter', /invalid YAML/],
    ['a missing date', '---\ntitle: T\noutlet: UPI\n---\nBody.', 'date', /required/],
    ['an impossible date', '---\ntitle: T\noutlet: UPI\ndate: "2025-02-30"\n---\nBody.', 'date', /real calendar date/],
    ['a missing outlet', '---\ntitle: T\ndate: 2015-03-19\n---\nBody.', 'outlet', /required/],
    ['an empty body', '---\ntitle: T\noutlet: UPI\ndate: 2015-03-19\n---\n  \n', 'body', /empty/],
    ['a javascript: url', '---\ntitle: T\noutlet: UPI\ndate: 2015-03-19\nurl: "javascript:alert(1)"\n---\nB.', 'url', /http/],
  ])('rejects %s naming the file and field', (_, raw, field, message) => {
    const { article, issues } = parseArticle('content/articles/bad.md', raw);
    expect(article).toBeNull();
    const issue = issues.find((i) => i.field === field);
    expect(issue?.file).toBe('content/articles/bad.md');
    expect(issue?.message).toMatch(message);
  });

  it('accepts a byte-order mark and CRLF line endings', () => {
    const { article } = parseArticle('b.md', '\uFEFF' + good.replace(/\n/g, '\r\n'));
    expect(article?.body).toBe('Kim will visit Moscow.\n');
  });
});
