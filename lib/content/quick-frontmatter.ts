import { FIELDS } from './schema';

/** Frontmatter read without the YAML parser: the fields as plain data and the body. */
export interface QuickSplit {
  /** The fields, as the YAML parser would give them for the same text. */
  data: Record<string, string | string[]>;
  /** Everything after the closing `---` line. */
  body: string;
}

// Characters a double-quoted YAML scalar holds as themselves: no quote, backslash or control
// character, and none of the code points YAML counts as non-printable (C1, BOM, U+FFFE/F); and
// the two escapes titles need, \" and \\.
const PLAIN_CHAR =
  '(?:[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e\\u00a0-\\ud7ff\\ue000-\\ufefe\\uff00-\\ufffd]|[\\ud800-\\udbff][\\udc00-\\udfff])';
const QUOTED = `"(?:${PLAIN_CHAR}|\\\\["\\\\])*"`;
const ESCAPE = /\\(["\\])/g;
const unquote = (q: string) => q.slice(1, -1).replace(ESCAPE, '$1');
// One field per line: a quoted text, a list of quoted texts, or a bare yyyy-mm-dd day.
const LINE = new RegExp(
  `^(${FIELDS.join('|')}): +(?:(${QUOTED})|\\[(${QUOTED}(?:, *${QUOTED})*)\\]|(\\d{4}-\\d{2}-\\d{2})) *$`,
);
const ITEM = new RegExp(QUOTED, 'g');
const OPEN = '---\n';
const CLOSE = /^---[ \t]*$/m;

/**
 * Splits the frontmatter written the usual way (`key: "text"`, `key: ["a", "b"]`,
 * `date: 2015-03-19`, one per line, no comments or other escapes) without the YAML parser, which
 * costs more than the rest of loading an article. Returns null for anything else, and the caller
 * falls back to the full parser, so every message about bad frontmatter comes from one place.
 */
export function quickSplit(text: string): QuickSplit | null {
  if (!text.startsWith(OPEN)) return null;
  const close = CLOSE.exec(text.slice(OPEN.length));
  if (!close || close.index === 0) return null;
  const yamlText = text.slice(OPEN.length, OPEN.length + close.index - 1);
  const data: Record<string, string | string[]> = {};
  for (const line of yamlText.split('\n')) {
    const m = LINE.exec(line);
    // A repeated field is an error the full parser reports.
    if (!m || m[1] in data) return null;
    if (m[2] !== undefined) data[m[1]] = unquote(m[2]);
    else if (m[3] !== undefined) data[m[1]] = m[3].match(ITEM)!.map(unquote);
    else data[m[1]] = m[4];
  }
  const afterClose = OPEN.length + close.index + close[0].length;
  const body = text.slice(text[afterClose] === '\n' ? afterClose + 1 : afterClose);
  return { data, body };
}
