import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadArticles, readContent } from './load';

const fixture = path.join('e2e', 'fixtures', 'bad-content');
const at = (name: string) => path.join(fixture, 'articles', name);
const latestDay = '2026-11-24';
const report = readContent(fixture, { latestDay });

/** Every bad fixture and the one message the checker must give for it: [file, line, field, text]. */
const expected: [string, number | null, string, string][] = [
  ['binary-body.md', 7, 'file', 'contains the control character U+0000: this is not a text file'],
  [
    'drafts',
    null,
    'file',
    'is not read: an article is a file named <slug>.md directly in articles/',
  ],
  [
    'draft.markdown',
    null,
    'file',
    'is not read: an article is a file named <slug>.md directly in articles/',
  ],
  [
    'dup-slug.md',
    null,
    'slug',
    `"dup-slug" is also the slug of ${at('Dup-Slug.md')} (slugs must differ in more than case)`,
  ],
  ['empty-body.md', 6, 'body', 'is empty: the article text goes under the closing ---'],
  [
    'future-date.md',
    4,
    'date',
    'is in the future: it is at most 2026-11-24 anywhere on Earth today',
  ],
  ['impossible-date.md', 4, 'date', 'must be a real calendar date written yyyy-mm-dd'],
  ['invalid-utf8.md', 7, 'file', 'is not valid UTF-8 (save the file as UTF-8)'],
  ['invalid-yaml.md', 2, 'title', 'invalid YAML (Missing closing "quote, noticed on line 5)'],
  ['javascript-url.md', 5, 'url', 'must be an http(s) URL'],
  ['missing-date.md', null, 'date', 'is required'],
  ['missing-outlet.md', null, 'outlet', 'is required'],
  [
    'no-frontmatter.md',
    1,
    'frontmatter',
    "is missing: the file must start with a '---' line, the fields, then '---'",
  ],
  [
    'not a slug!.md',
    null,
    'slug',
    `"not a slug!" must use only letters, digits, '.', '-' and '_' (it becomes the page URL)`,
  ],
  [
    'unknown-field.md',
    5,
    'auhtors',
    'is not a known field (known: title, outlet, date, url, authors)',
  ],
];

describe('the content checker over e2e/fixtures/bad-content', () => {
  it.each(expected)('reports %s at line %s, field %s', (name, line, field, message) => {
    const issues = report.issues.filter((i) => i.file === at(name));
    expect(issues).toEqual([{ file: at(name), line, field, message }]);
  });

  it('reports nothing else, and uses only the byte-order-mark, CRLF and first Dup-Slug files', () => {
    expect(report.issues).toHaveLength(expected.length);
    expect(report.articles.map((a) => a.slug).sort()).toEqual([
      'Dup-Slug',
      'byte-order-mark',
      'crlf-line-endings',
    ]);
    expect(report.read).toBe(16);
  });

  it('names every article file it does not use in at least one problem', () => {
    const named = new Set(report.issues.map((i) => i.file));
    const unused = expected.map(([name]) => at(name)).filter((f) => f.endsWith('.md'));
    expect(unused.every((f) => named.has(f))).toBe(true);
    expect(report.read - report.articles.length).toBe(unused.length);
  });

  it('refuses the build with the same messages', () => {
    expect(() => loadArticles(fixture, { latestDay })).toThrow(formatIssue(report.issues[0]));
    const error = (() => {
      try {
        loadArticles(fixture, { latestDay });
      } catch (err) {
        return String(err);
      }
    })();
    for (const issue of report.issues) expect(error).toContain(formatIssue(issue));
  });

  it('npm run check prints every problem and the accounting, and exits non-zero', () => {
    let stderr = '';
    let status = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/check.ts', '--content', fixture], { stdio: 'pipe' });
    } catch (err) {
      ({ status } = err as { status: number });
      stderr = String((err as { stderr: Buffer }).stderr);
    }
    expect(status).toBe(1);
    expect(stderr).toContain(`${expected.length} problem(s) in ${fixture}:`);
    for (const [name, line, field] of expected) {
      expect(stderr).toContain(`${at(name)}${line === null ? '' : `:${line}`}: ${field}: `);
    }
    expect(stderr).toContain('read 16 article file(s), 3 used, 13 not used');
  }, 30_000);
});
