import type { Sentence } from '../sentences';

const NON_SPACE_RE = /\S/g;

/** Where a sentence stands relative to double quotation marks. */
export interface QuoteState {
  /** The sentence begins inside a quotation opened in an earlier sentence. */
  startsInside: boolean;
  /** A quotation is still open when the sentence ends. */
  endsInside: boolean;
  /** The sentence has a quotation mark of its own. */
  hasQuote: boolean;
}

const OPEN = new Set(['“', '„']);
const CLOSE = new Set(['”']);
const STRAIGHT = '"';
const MARK_RE = /["“„”]/g;
const HAS_MARK_RE = /["“„”]/;
// ‘single quotes’ used as quotation marks: an opening one after a space or colon, a closing one
// before punctuation or a space (an apostrophe sits between letters).
const SINGLE_OPEN_RE = /(?<=^|[\s:(—–-])‘/g;
const LETTER_RE = /\p{L}/u;

function step(ch: string, inside: boolean): boolean {
  if (OPEN.has(ch)) return true;
  if (CLOSE.has(ch)) return false;
  if (ch === STRAIGHT) return !inside;
  return inside;
}

/** Quote state of every sentence; a paragraph break closes any open quotation. */
export function quoteStates(sentences: Sentence[]): QuoteState[] {
  const out: QuoteState[] = [];
  let inside = false;
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) inside = false;
    paragraph = s.paragraph;
    const startsInside = inside;
    let hasQuote = false;
    // Only quotation marks change the state; they are single UTF-16 units.
    MARK_RE.lastIndex = 0;
    for (let m = MARK_RE.exec(s.text); m; m = MARK_RE.exec(s.text)) {
      hasQuote = true;
      inside = step(m[0], inside);
    }
    out.push({ startsInside, endsInside: inside, hasQuote });
  }
  return out;
}

/**
 * The sentence with quoted words blanked out (same length, marks kept), so that "We confirm"
 * inside a quotation is not read as an attribution.
 */
export function maskQuotes(text: string, startsInside: boolean): string {
  if (!startsInside && !HAS_MARK_RE.test(text)) return maskSingleQuotes(text);
  let inside = startsInside;
  let out = '';
  let from = 0;
  // Text between two marks is kept or blanked as a whole; the marks themselves stay.
  MARK_RE.lastIndex = 0;
  for (let m = MARK_RE.exec(text); m; m = MARK_RE.exec(text)) {
    out += inside ? ' '.repeat(m.index - from) : text.slice(from, m.index);
    inside = step(m[0], inside);
    out += m[0];
    from = m.index + 1;
  }
  out += inside ? ' '.repeat(text.length - from) : text.slice(from);
  return maskSingleQuotes(out);
}

function maskSingleQuotes(text: string): string {
  if (!text.includes('‘')) return text;
  let out = text;
  SINGLE_OPEN_RE.lastIndex = 0;
  for (let open = SINGLE_OPEN_RE.exec(out); open; open = SINGLE_OPEN_RE.exec(out)) {
    let end = out.indexOf('’', open.index + 1);
    // An apostrophe ("Russia’s") is followed by a letter; a closing quote is not.
    while (end >= 0 && LETTER_RE.test(out[end + 1] ?? '')) end = out.indexOf('’', end + 1);
    if (end < 0) break;
    const inner = out.slice(open.index + 1, end).replace(NON_SPACE_RE, ' ');
    out = `${out.slice(0, open.index + 1)}${inner}${out.slice(end)}`;
    SINGLE_OPEN_RE.lastIndex = end + 1;
  }
  return out;
}
