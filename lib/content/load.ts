import { ContentError } from './issues';
import type { CheckOptions } from './parse-article';
import { readContent } from './read-content';
import type { Article } from './schema';

export { ContentError, formatIssue, type ContentIssue } from './issues';
export { parseArticle, parseArticleBytes, type CheckOptions } from './parse-article';
export { readContent, type ContentReport } from './read-content';
export { normaliseText } from './text';

/** Loads content for the build: every article, or a ContentError naming each bad file. */
export function loadArticles(dir: string, options: CheckOptions = {}): Article[] {
  const { articles, issues } = readContent(dir, options);
  if (issues.length > 0) throw new ContentError(issues);
  return articles;
}
