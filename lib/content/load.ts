import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { frontmatterSchema, type Article } from './schema';

/** One problem with one content file. */
export interface ContentIssue {
  file: string;
  field: string | null;
  message: string;
}

/** Thrown when content is invalid; lists every problem found, not only the first. */
export class ContentError extends Error {
  constructor(public readonly issues: ContentIssue[]) {
    super(`Invalid content:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'ContentError';
  }
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.field ? `${issue.file}: ${issue.field}` : issue.file;
  return `  ${where}: ${issue.message}`;
}

/** Text as pasted from the web: drop a byte-order mark and normalise line endings. */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Parses one article file's text; returns the article or the issues that stop it. */
export function parseArticle(
  file: string,
  raw: string,
): { article: Article; issues: [] } | { article: null; issues: ContentIssue[] } {
  const slug = path.basename(file).replace(/\.md$/i, '');
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(normaliseText(raw));
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { article: null, issues: [{ file, field: 'frontmatter', message: `invalid YAML (${reason})` }] };
  }
  const issues: ContentIssue[] = [];
  const result = frontmatterSchema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || 'frontmatter';
      const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
      issues.push({ file, field, message });
    }
  }
  const body = parsed.content;
  if (body.trim().length === 0) issues.push({ file, field: 'body', message: 'is empty' });
  if (!result.success || issues.length > 0) return { article: null, issues };
  return { article: { ...result.data, slug, body }, issues: [] };
}

/** Reads every `*.md` under `dir/articles`; returns the valid articles and every issue found. */
export function readContent(dir: string): { articles: Article[]; issues: ContentIssue[] } {
  const articlesDir = path.join(dir, 'articles');
  if (!fs.existsSync(articlesDir)) {
    return { articles: [], issues: [{ file: articlesDir, field: null, message: 'folder not found' }] };
  }
  const files = fs
    .readdirSync(articlesDir)
    .filter((f) => f.toLowerCase().endsWith('.md'))
    .sort();
  const articles: Article[] = [];
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  for (const name of files) {
    const file = path.join(articlesDir, name);
    const parsed = parseArticle(file, fs.readFileSync(file, 'utf8'));
    issues.push(...parsed.issues);
    if (!parsed.article) continue;
    const key = parsed.article.slug.toLowerCase();
    const other = seen.get(key);
    if (other) {
      issues.push({ file, field: 'slug', message: `"${parsed.article.slug}" is also the slug of ${other}` });
      continue;
    }
    seen.set(key, file);
    articles.push(parsed.article);
  }
  return { articles, issues };
}

/** Loads content for the build: every article, or a ContentError naming each bad file. */
export function loadArticles(dir: string): Article[] {
  const { articles, issues } = readContent(dir);
  if (issues.length > 0) throw new ContentError(issues);
  return articles;
}
