/** One problem with one content file: where it is and what is wrong. */
export interface ContentIssue {
  /** The file's path as the checker was given it. */
  file: string;
  /** 1-based line in the file, when the problem sits on one. */
  line: number | null;
  /** The frontmatter field (`date`, `authors.1`), or `frontmatter`, `body`, `file`, `slug`. */
  field: string | null;
  /** What is wrong, in words the author of the article can act on. */
  message: string;
}

/** Thrown when content is invalid; lists every problem found, not only the first. */
export class ContentError extends Error {
  constructor(public readonly issues: ContentIssue[]) {
    super(`Invalid content:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** `  file:line: field: message`, the shape editors and terminals turn into links. */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === null ? issue.file : `${issue.file}:${issue.line}`;
  return issue.field
    ? `  ${where}: ${issue.field}: ${issue.message}`
    : `  ${where}: ${issue.message}`;
}

/** 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
