import fs from 'node:fs';
import path from 'node:path';
import type { ContentIssue } from './issues';
import { parseArticleBytes, type CheckOptions } from './parse-article';
import type { Article } from './schema';

/** What a pass over content/ found: the usable articles, every problem, and the count read. */
export interface ContentReport {
  articles: Article[];
  issues: ContentIssue[];
  /** Article files found (`*.md`), usable or not. */
  read: number;
}

/** A slug becomes a page URL and a file name in out/, so it stays to URL-safe characters. */
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Reads every `*.md` under `dir/articles`; returns the usable articles and every issue found. */
export function readContent(dir: string, options: CheckOptions = {}): ContentReport {
  const articlesDir = path.join(dir, 'articles');
  if (!fs.existsSync(articlesDir)) {
    return {
      articles: [],
      read: 0,
      issues: [{ file: articlesDir, line: null, field: null, message: 'folder not found' }],
    };
  }
  const entries = fs
    .readdirSync(articlesDir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const articles: Article[] = [];
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  let read = 0;
  for (const entry of entries) {
    const file = path.join(articlesDir, entry.name);
    if (!entry.isFile() || !/\.md$/i.test(entry.name)) {
      const message = 'is not read: an article is a file named <slug>.md directly in articles/';
      issues.push({ file, line: null, field: 'file', message });
      continue;
    }
    read++;
    const slug = entry.name.replace(/\.md$/i, '');
    const own: ContentIssue[] = [];
    if (!SLUG.test(slug)) {
      const message = `"${slug}" must use only letters, digits, '.', '-' and '_' (it becomes the page URL)`;
      own.push({ file, line: null, field: 'slug', message });
    }
    const key = slug.normalize('NFC').toLowerCase();
    const other = seen.get(key);
    if (other) {
      const message = `"${slug}" is also the slug of ${other} (slugs must differ in more than case)`;
      own.push({ file, line: null, field: 'slug', message });
    } else seen.set(key, file);
    const parsed = parseArticleBytes(file, fs.readFileSync(file), options);
    own.push(...parsed.issues);
    issues.push(...own);
    if (parsed.article && own.length === 0) articles.push(parsed.article);
  }
  return { articles, issues, read };
}
