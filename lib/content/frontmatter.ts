import {
  isMap,
  isNode,
  isScalar,
  LineCounter,
  parseDocument,
  type Document,
  type YAMLError,
} from 'yaml';
import type { ContentIssue } from './issues';

/** An article split at its frontmatter, with the YAML parsed and lines kept for messages. */
export interface SplitArticle {
  /** The YAML fields as plain data (YAML 1.2 core: a date stays the text it was written as). */
  data: unknown;
  /** Everything after the closing `---` line. */
  body: string;
  /** 1-based file line the body starts on. */
  bodyLine: number;
  /** 1-based file line of a frontmatter field (`['authors', 1]`), or null when it is absent. */
  lineOf(path: readonly PropertyKey[]): number | null;
}

const CLOSE = /^---[ \t]*$/m;

/** Splits `---` YAML `---` body; returns the parts or the issues that stop the article. */
export function splitArticle(
  file: string,
  text: string,
): { article: SplitArticle; issues: [] } | { article: null; issues: ContentIssue[] } {
  const fail = (line: number | null, message: string) => ({
    article: null,
    issues: [{ file, line, field: 'frontmatter', message }],
  });
  if (!/^---[ \t]*\n/.test(text)) {
    return fail(1, "is missing: the file must start with a '---' line, the fields, then '---'");
  }
  const yamlStart = text.indexOf('\n') + 1;
  const close = CLOSE.exec(text.slice(yamlStart));
  if (!close) return fail(1, "is not closed: no '---' line after the fields");
  const yamlText = text.slice(yamlStart, yamlStart + close.index);
  const afterClose = yamlStart + close.index + close[0].length;
  const body = text.slice(text[afterClose] === '\n' ? afterClose + 1 : afterClose);
  // The YAML starts on file line 2.
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, uniqueKeys: true, schema: 'core' });
  const toFileLine = (offset: number) => lines.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    return {
      article: null,
      issues: doc.errors.map((err) => yamlIssue(file, doc, err, toFileLine)),
    };
  }
  return {
    article: {
      data: doc.toJS({ maxAliasCount: 50 }),
      body,
      bodyLine: text.slice(0, text.length - body.length).split('\n').length,
      lineOf: (path) => {
        const offset = offsetOf(doc, path);
        return offset === null ? null : toFileLine(offset);
      },
    },
    issues: [],
  };
}

/** The offset of the item at `path` inside a field (`authors.1`), else of the field's key. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number | null {
  if (path.length > 1) {
    const node = doc.getIn(path as unknown[], true);
    if (isNode(node) && node.range) return node.range[0];
  }
  if (!isMap(doc.contents)) return null;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === path[0]);
  return pair && isScalar(pair.key) && pair.key.range ? pair.key.range[0] : null;
}

/**
 * A YAML error, anchored on the field it sits in: an unclosed quote is only noticed lines
 * later, but the author has to fix the field where it opened.
 */
function yamlIssue(
  file: string,
  doc: Document,
  err: YAMLError,
  toFileLine: (offset: number) => number,
): ContentIssue {
  const reason = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const noticed = toFileLine(err.pos[0]);
  const pairs = isMap(doc.contents) ? doc.contents.items : [];
  const pair = pairs.findLast(
    (p) => isScalar(p.key) && (p.key.range?.[0] ?? Infinity) <= err.pos[0],
  );
  if (!pair || !isScalar(pair.key) || !pair.key.range) {
    return { file, line: noticed, field: 'frontmatter', message: `invalid YAML (${reason})` };
  }
  const line = toFileLine(pair.key.range[0]);
  const at = line === noticed ? '' : `, noticed on line ${noticed}`;
  return { file, line, field: String(pair.key.value), message: `invalid YAML (${reason}${at})` };
}
