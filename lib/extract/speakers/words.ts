import { HONORIFICS } from './lexicon/titles';

/** A word of a sentence with its offsets. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const HONOR = new Set(HONORIFICS);
const INITIAL_RE = /^\p{Lu}\.$/u;
const ACRONYM_RE = /^(?:\p{L}\.){2,}$/u;
const LETTER_AT = /\p{L}/uy;
const LETTER_OR_NUMBER_AT = /[\p{L}\p{N}]/uy;
const DOT = 46;
const HYPHEN = 45;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/**
 * Length of the letter (or, unless `letterOnly`, number) starting at `at`: 0 when there is
 * none, 2 for one outside the BMP. ASCII is decided without a regex: it is nearly every character.
 */
function charLength(text: string, at: number, letterOnly: boolean): number {
  if (at >= text.length) return 0;
  const c = text.charCodeAt(at);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
    return !letterOnly && c >= 48 && c <= 57 ? 1 : 0;
  }
  const re = letterOnly ? LETTER_AT : LETTER_OR_NUMBER_AT;
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex - at : 0;
}

/** Code units taken by the code point at `at`. */
function codePointLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** End of the word starting at a letter or number `at`; a scan rather than a regex, which is slow here. */
function wordEnd(text: string, at: number): number {
  // Initials and acronyms: "V.", "U.S.", at least two letters each followed by a dot.
  let q = at;
  let pairs = 0;
  for (let l = charLength(text, q, true); l > 0; l = charLength(text, q, true)) {
    if (text.charCodeAt(q + l) !== DOT) break;
    q += l + 1;
    pairs++;
  }
  if (pairs >= 2) return q;
  // Letters and numbers, with apostrophes and hyphens inside ("Jong-un", "Putin's"), then one dot.
  let end = at;
  let r = at;
  while (r < text.length) {
    const c = text.charCodeAt(r);
    if (c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN) {
      r++;
      continue;
    }
    const l = charLength(text, r, false);
    if (l === 0) break;
    r += l;
    end = r;
  }
  return text.charCodeAt(end) === DOT ? end + 1 : end;
}

/** The words of a text; hyphens, apostrophes and initials' dots stay inside the word. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let p = 0;
  while (p < text.length) {
    if (charLength(text, p, false) === 0) {
      p += codePointLength(text, p);
      continue;
    }
    const next = wordEnd(text, p);
    let w = text.slice(p, next);
    // A trailing dot belongs to initials and abbreviations only ("V.", "Dr."), not to a name
    // that ends a sentence.
    if (
      w.endsWith('.') &&
      !INITIAL_RE.test(w) &&
      !ACRONYM_RE.test(w) &&
      !HONOR.has(w.slice(0, -1).toLowerCase())
    )
      w = w.slice(0, -1);
    out.push({ text: w, start: p, end: p + w.length });
    p = next;
  }
  return out;
}
