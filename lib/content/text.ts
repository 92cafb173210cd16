import { lineAt } from './issues';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Control characters that never occur in pasted prose; tab, newline, VT and FF do. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000E-\u001F\u007F]/;

/** Text as pasted from the web: drop a byte-order mark and normalise line endings. */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The outcome of reading an article file's bytes as text. */
export type Decoded = { text: string } | { text: null; line: number; message: string };

/** Decodes UTF-8 strictly; on failure names the line of the first bad byte sequence. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return {
      text: null,
      line: badUtf8Line(bytes),
      message: 'is not valid UTF-8 (save the file as UTF-8)',
    };
  }
}

// A newline byte never occurs inside a multi-byte UTF-8 sequence, so lines decode alone.
function badUtf8Line(bytes: Uint8Array): number {
  let start = 0;
  for (let line = 1; ; line++) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl === -1 ? bytes.length : nl;
    try {
      utf8.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (nl === -1) return line;
    start = nl + 1;
  }
}

/** The first control character that marks `text` as binary, with its line, or null. */
export function findBinary(text: string): { line: number; code: string } | null {
  const match = NOT_TEXT.exec(text);
  if (!match) return null;
  const code = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return { line: lineAt(text, match.index), code };
}
