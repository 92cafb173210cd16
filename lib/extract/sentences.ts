import { plainSpaces } from './spaces';

/** One sentence of an article body, with offsets into that body. */
export interface Sentence {
  /** Position among the sentences kept (duplicates are dropped). */
  index: number;
  text: string;
  start: number;
  end: number;
  /** Index of the line (paragraph) the sentence sits in. */
  paragraph: number;
  /**
   * Set when the sentence repeats an earlier one behind a dateline (a standfirst printed again
   * as the lede): the index of that earlier sentence. Kept for its dateline, not for its events.
   */
  echoes?: number;
}

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep st jr sr inc ltd co corp vs etc no ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'u.s u.k u.n e.u a.m p.m d.c i.e e.g approx dept est fig'
  ).split(' '),
);

const MONTH_END =
  /(?:^|\s)(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

// A candidate end: terminal punctuation, optional closing quotes or brackets, then space.
const BOUNDARY = /([.!?]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?[A-Z0-9])/g;

// "a one-day visit.North Korean leader": a page that lost the space after a sentence. Only a
// lowercase word (or "a.m.") before, so "News.Az" and "U.S.Army" stay whole.
const GLUED = /(?<=(?:^|[\s(“"'])(?:[a-z]{2,}|[ap]\.m))(\.)(["”]?)()(?=[A-Z][a-z]+\b)/g;
// After a capitalised word ("to Russia.”Matviyenko") only a word of three letters or more, so a
// domain such as "News.Az" stays whole.
const GLUED_AFTER_NAME = /(?<=(?:^|[\s(“"'])[A-Z][a-z]+)(\.)(["”]?)()(?=[A-Z][a-z]{2,}\b)/g;

/** Candidate ends of both shapes, in text order. */
function boundaries(line: string): RegExpExecArray[] {
  BOUNDARY.lastIndex = 0;
  const found = [...line.matchAll(BOUNDARY)] as RegExpExecArray[];
  if (!/[a-z]\.["”]?[A-Z]/.test(line)) return found;
  const glued = [...line.matchAll(GLUED), ...line.matchAll(GLUED_AFTER_NAME)] as RegExpExecArray[];
  return [...found, ...glued].sort((a, b) => a.index - b.index);
}

function endsWithAbbreviation(before: string): boolean {
  const m = /(?:^|[\s(“"'])([A-Za-z][A-Za-z.]*)$/.exec(before);
  if (!m) return false;
  const word = m[1].toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single initials ("J. Smith") and dotted acronyms ("U.S.") continue the sentence.
  return /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

/** Splits one line into [start, end) spans of sentences (offsets relative to the line). */
function splitLine(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const m of boundaries(line)) {
    if (m.index < from) continue;
    const punctEnd = m.index + m[1].length;
    const before = line.slice(from, m.index);
    const glued = m[3] === '';
    if (m[1] === '.' && !glued && endsWithAbbreviation(before)) continue;
    // "MOSCOW. Jan 28 (Interfax) -": a dateline's place in capitals is not a sentence.
    if (from === 0 && /^[A-Z][A-Z -]{2,}$/.test(before)) continue;
    // "SEOUL, January 13. /TASS/. Kim has ...": an agency credit closes the dateline, not a sentence.
    if (from === 0 && /\/[A-Z][\w ]*\/$|^[A-Z][A-Z .'/-]+,[^.]{0,30}$/.test(before)) continue;
    // "21 May. 2025": a month name before a number is part of a date, not a sentence end.
    if (m[1] === '.' && MONTH_END.test(before) && /\d/.test(line[m.index + m[0].length] ?? ''))
      continue;
    const end = punctEnd + m[2].length;
    spans.push([from, end]);
    from = end + m[3].length;
  }
  if (from < line.length) spans.push([from, line.length]);
  return spans;
}

// A line that stops mid-sentence: no closing mark, and a comma, a word that cannot end a
// phrase, or a lowercase start of the next line shows the page broke it ("In\na move", "The\nDPRK
// leader", "during his recent\nfive-day tour").
const OPEN_END =
  /(?:,|\b(?:the|a|an|of|in|on|at|to|by|for|with|from|and|or|as|that|his|her|its|their))$/i;
const CLOSED_END = /[.!?:;"”’)\]]$/;
// Pages wrapped at a fixed width show it again and again; in such a page a long line without a
// closing mark runs on even before a capital ("met with his counterpart\nPresident Putin").
const WRAPPED_PAGE = 3;
const WRAP_WIDTH = 50;

function openLine(line: string, next: string | undefined): boolean {
  return line.trim() !== '' && !!next?.trim() && !CLOSED_END.test(line.trimEnd());
}

function surelyWraps(line: string, next: string): boolean {
  return OPEN_END.test(line.trimEnd()) || /^\s*[a-z]/.test(next);
}

/** Lines of the body, those a page wrapped mid-sentence joined again (newline kept inside). */
export function physicalLines(body: string): string[] {
  const lines = body.split('\n');
  let sure = 0;
  for (let i = 0; i + 1 < lines.length && sure < WRAPPED_PAGE; i++)
    if (openLine(lines[i], lines[i + 1]) && surelyWraps(lines[i], lines[i + 1])) sure++;
  const wrapped = sure >= WRAPPED_PAGE;
  const wraps = (line: string, next: string | undefined) =>
    openLine(line, next) &&
    (surelyWraps(line, next as string) || (wrapped && line.trimEnd().length >= WRAP_WIDTH));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    // The width test reads the last physical line, not the sentence joined so far.
    let last = line;
    while (wraps(last, lines[i + 1])) {
      last = lines[++i];
      line += '\n' + last;
    }
    out.push(line);
  }
  return out;
}

// "VLADIVOSTOK (Sputnik - 25th April, 2019) " or "MOSCOW, March 19 (UPI) -- " before a sentence.
const DATELINE_LEAD = /^[^\n]{2,120}?(?:\)|--|—|–|:)\s+(?=["“]?[A-Z])/;
// Trailing marks that a standfirst drops and its lede keeps.
const END_MARKS = /[.!?"”’\s]+$/;

/**
 * Splits an article body into sentences with character offsets. Every line is a boundary
 * (headlines, captions, bylines stand on their own lines) unless the page wrapped a sentence
 * over lines; a sentence whose text was already seen earlier (a caption printed twice) is
 * dropped, so identical text is one passage.
 */
export function splitSentences(published: string): Sentence[] {
  // Decided on plain spaces, cut from the text as published: the offsets are the same.
  const body = plainSpaces(published);
  const out: Sentence[] = [];
  const seen = new Set<string>();
  // Earlier sentences by their text without end marks, for a lede that repeats its standfirst.
  const bareSeen = new Map<string, number>();
  let lineStart = 0;
  let paragraph = 0;
  for (const line of physicalLines(body)) {
    for (const [a, b] of splitLine(line)) {
      let start = lineStart + a;
      let end = lineStart + b;
      while (start < end && /\s/.test(body[start])) start++;
      while (end > start && /\s/.test(body[end - 1])) end--;
      if (end <= start) continue;
      const text = published.slice(start, end);
      const key = body.slice(start, end).toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const sentence: Sentence = { index: out.length, text, start, end, paragraph };
      const bare = key.replace(END_MARKS, '');
      const lead = DATELINE_LEAD.exec(text);
      const echoes = lead ? bareSeen.get(bare.slice(lead[0].length)) : undefined;
      if (echoes !== undefined) sentence.echoes = echoes;
      if (bare.length >= 30) bareSeen.set(bare, sentence.index);
      out.push(sentence);
    }
    if (line.trim()) paragraph++;
    lineStart += line.length + 1;
  }
  return out;
}
