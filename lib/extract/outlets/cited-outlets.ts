import { CUES_BEFORE, DESCRIPTOR_WORDS, SPEECH_VERBS, VERBS_AFTER } from './citation-cues';
import { canonicalOutlet, OUTLET_RE, reportedOutletName } from './outlet-table';
import { outletShapes } from './outlet-shapes';

const SLASH_RE = /\//;
const SAID_TO_RE = /^(?:said|confirmed)\s+to$/i;

const words = (list: readonly string[]) =>
  list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

// A descriptor word or a capitalised word, possibly possessive ("South Korea's").
const DESCRIPTOR = `(?:(?:${words(DESCRIPTOR_WORDS)}|\\p{Lu}[\\p{L}.-]*(?:['’]s)?)\\s+)`;

/** Text before an outlet ends with a cue: "according to the North's official ". */
const CUE_BEFORE_RE = new RegExp(`\\b(${words(CUES_BEFORE)})\\s+${DESCRIPTOR}{0,5}$`, 'iu');

/** "...," said the North's ... / — inverted attribution right after a quote or comma. */
const INVERTED_BEFORE_RE = new RegExp(
  `[,"”’]\\s*(?:${words(VERBS_AFTER)})\\s+${DESCRIPTOR}{0,5}$`,
  'iu',
);

/** Text after an outlet starts with its reporting verb: " news agency reported". */
const VERB_AFTER_RE = new RegExp(
  `^(?:['’]s\\s+(?:report|dispatch|article|story|correspondent)\\s+)?(?:\\s*\\([\\p{Lu}]+\\))?\\s+(?:(?:${words(DESCRIPTOR_WORDS)})\\s+){0,3}(?:also\\s+|later\\s+|earlier\\s+|has\\s+|had\\s+)?(?:${words(VERBS_AFTER)})\\b`,
  'iu',
);

const SPEECH_VERB_RE = new RegExp(`\\b(?:${words(SPEECH_VERBS)})\\b`, 'i');

/** Between two outlets of one list: "RIA Novosti and TASS", "TASS, Sputnik and Interfax". */
const LIST_GAP_RE = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|\/\s*)$/;

// Credits, not sources: "(Yonhap)", "/TASS/", "Yonhap/KCNA", "© ... / AFP", "[AP/YONHAP]".
const CREDIT_BEFORE_RE = /(?:[(/[©]|\/\s)\s*$/;
const CREDIT_AFTER_RE = /^\s*[)/\]]/;
const GLOSS_BEFORE_RE = /\p{L}\s+\(\s*$/u;
const GLOSS_CLOSE_RE = /^\s*\)/;

interface Match {
  start: number;
  end: number;
  /** Canonical name, which identifies the outlet. */
  name: string;
  /** Name to report: the canonical one, or the full name as printed. */
  reported: string;
}

function findMatches(sentence: string): Match[][] {
  const matches: Match[] = [];
  OUTLET_RE.lastIndex = 0;
  for (let m = OUTLET_RE.exec(sentence); m; m = OUTLET_RE.exec(sentence)) {
    const name = canonicalOutlet(m[0]);
    if (!name) continue;
    const reported = reportedOutletName(m[0]) ?? name;
    matches.push({ start: m.index, end: m.index + m[0].length, name, reported });
  }
  // Outlets the table does not list, known by their shape, where no listed name stands.
  for (const s of outletShapes(sentence)) {
    // "RIA Primamedia": a longer name holding a listed one ("RIA") is the outlet meant.
    const inside = matches.filter(
      (m) => m.start >= s.start && m.end <= s.end && m.end - m.start < s.end - s.start,
    );
    for (const m of inside) matches.splice(matches.indexOf(m), 1);
    if (matches.some((m) => m.start < s.end && s.start < m.end)) continue;
    matches.push({ start: s.start, end: s.end, name: s.name, reported: s.name });
  }
  matches.sort((a, b) => a.start - b.start);
  const groups: Match[][] = [];
  for (const match of matches) {
    const last = groups.at(-1)?.at(-1);
    if (last && LIST_GAP_RE.test(sentence.slice(last.end, match.start))) groups.at(-1)!.push(match);
    else groups.push([match]);
  }
  return groups;
}

function isCredit(sentence: string, group: Match[]): boolean {
  const first = group[0];
  const last = group[group.length - 1];
  // A slash list of credits ("Yonhap/KCNA") is one group; the slash marks it as a credit.
  if (group.length > 1 && SLASH_RE.test(sentence.slice(group[0].end, group[1].start))) return true;
  const after = sentence.slice(last.end);
  // "the Central News Agency of Pyongyang (KCNA) said": an acronym glossing a name before its
  // verb is the source, not a credit.
  if (
    GLOSS_BEFORE_RE.test(sentence.slice(0, first.start)) &&
    VERB_AFTER_RE.test(after.replace(GLOSS_CLOSE_RE, ' '))
  )
    return false;
  return CREDIT_BEFORE_RE.test(sentence.slice(0, first.start)) || CREDIT_AFTER_RE.test(after);
}

function hasCue(sentence: string, group: Match[]): boolean {
  const before = sentence.slice(0, group[0].start);
  let after = sentence.slice(group[group.length - 1].end);
  if (GLOSS_BEFORE_RE.test(before)) after = after.replace(GLOSS_CLOSE_RE, ' ');
  if (VERB_AFTER_RE.test(after)) return true;
  if (INVERTED_BEFORE_RE.test(before)) return true;
  const cue = CUE_BEFORE_RE.exec(before);
  if (!cue) return false;
  // "said ... to RIA Novosti" needs a speech verb; a bare "to" is usually not a source.
  if (SAID_TO_RE.test(cue[1])) return true;
  if (cue[1].toLowerCase() === 'to') return SPEECH_VERB_RE.test(before.slice(0, cue.index));
  return true;
}

/**
 * Names of the outlets a sentence names as the source of what it reports ("RIA Novosti and
 * TASS reported", "according to Yonhap", "told Interfax"), in order of first appearance, one per
 * outlet: the canonical name ("Tass News Agency" → "TASS"), or the outlet's full official name
 * where it is printed in full ("Korean Central News Agency"). Datelines, photo credits and
 * outlets merely mentioned are not sources.
 */
export function citedOutlets(sentence: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const group of findMatches(sentence)) {
    if (isCredit(sentence, group) || !hasCue(sentence, group)) continue;
    for (const m of group) {
      if (seen.has(m.name)) continue;
      seen.add(m.name);
      out.push(m.reported);
    }
  }
  return out;
}
