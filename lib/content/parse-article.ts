import path from 'node:path';
import type { z } from 'zod';
import { splitArticle, type SplitArticle } from './frontmatter';
import type { ContentIssue } from './issues';
import { quickSplit } from './quick-frontmatter';
import { FIELDS, latestPublishableDay, makeFrontmatterSchema, type Article } from './schema';
import { decodeUtf8, findBinary, normaliseText } from './text';

/** How content is judged; `latestDay` defaults to latestPublishableDay() at call time. */
export interface CheckOptions {
  latestDay?: string;
}

// Building the zod schema costs more than checking an article with it, so keep the last one.
let lastSchema: { day: string; schema: ReturnType<typeof makeFrontmatterSchema> } | null = null;
function schemaFor(day: string) {
  if (lastSchema?.day !== day) lastSchema = { day, schema: makeFrontmatterSchema(day) };
  return lastSchema.schema;
}

type Parsed = { article: Article; issues: [] } | { article: null; issues: ContentIssue[] };

/** Parses one article file's text; returns the article or every issue that stops it. */
export function parseArticle(file: string, raw: string, options: CheckOptions = {}): Parsed {
  const slug = path.basename(file).replace(/\.md$/i, '');
  const text = normaliseText(raw);
  const binary = findBinary(text);
  if (binary) {
    const message = `contains the control character ${binary.code}: this is not a text file`;
    return { article: null, issues: [{ file, line: binary.line, field: 'file', message }] };
  }
  const schema = schemaFor(options.latestDay ?? latestPublishableDay());
  // The common case needs no YAML parser; anything it cannot vouch for takes the full path,
  // which alone words the issues.
  const quick = quickSplit(text);
  if (quick && quick.body.trim().length > 0) {
    const result = schema.safeParse(quick.data);
    if (result.success) return { article: { ...result.data, slug, body: quick.body }, issues: [] };
  }
  const split = splitArticle(file, text);
  if (!split.article) return split;
  const result = schema.safeParse(split.article.data);
  const issues = result.success
    ? []
    : result.error.issues.flatMap((i) => toIssues(file, split.article, i));
  if (split.article.body.trim().length === 0) {
    issues.push({
      file,
      line: split.article.bodyLine,
      field: 'body',
      message: 'is empty: the article text goes under the closing ---',
    });
  }
  if (!result.success || issues.length > 0) return { article: null, issues };
  return { article: { ...result.data, slug, body: split.article.body }, issues: [] };
}

/** Parses one article file as read from disk: UTF-8 is checked before anything else. */
export function parseArticleBytes(
  file: string,
  bytes: Uint8Array,
  options: CheckOptions = {},
): Parsed {
  const decoded = decodeUtf8(bytes);
  if (decoded.text === null) {
    return {
      article: null,
      issues: [{ file, line: decoded.line, field: 'file', message: decoded.message }],
    };
  }
  return parseArticle(file, decoded.text, options);
}

function toIssues(file: string, split: SplitArticle, issue: z.core.$ZodIssue): ContentIssue[] {
  if (issue.code === 'unrecognized_keys') {
    const message = `is not a known field (known: ${FIELDS.join(', ')})`;
    return issue.keys.map((key) => ({ file, line: split.lineOf([key]), field: key, message }));
  }
  const field = issue.path.map(String).join('.') || 'frontmatter';
  // zod does not report the input, so look at the data for an absent field.
  const missing = issue.code === 'invalid_type' && valueAt(split.data, issue.path) === undefined;
  const line = issue.path.length > 0 ? split.lineOf(issue.path) : 2;
  return [{ file, line, field, message: missing ? 'is required' : issue.message }];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
