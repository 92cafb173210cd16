import { HEAD_OF_STATE_BODIES, LEADER_TITLES } from './lexicon';

const TITLE = new RegExp(LEADER_TITLES.source, 'gi');
const HAS_TITLE = new RegExp(LEADER_TITLES.source, 'i');
const HONORIFIC_RE = /^(?:Mr|Mrs|Ms)\.?\s+/;
const NAME_PARTS_RE = /[\s-]+/;
const POSSESSIVE_RE = /['’]s$/;
// The name right after a title, case-sensitive: "President Vladimir Putin", "leader Kim Jong-un".
// A name never runs across a line break (a headline ending in a name, then the next line).
// Initials may be run together: "President V.V. Putin".
const NAME_AFTER = /^,?[ \t]+((?:(?:[A-Z]\.){2,}[ \t]*|[A-Z][\w'’-]*\.?[ \t]+){0,3}[A-Z][\w'’-]+)/;
const CHAIR_NAME = /\bChairman[ \t]+((?:[A-Z][\w'’-]+[ \t]+){0,2}[A-Z][\w'’-]+)/g;
// "Kim Jong Un, the leader of North Korea": the name right before an appositive title.
const NAME_BEFORE =
  /((?:[A-Z][\w'’-]+[ \t]+){0,2}[A-Z][\w'’-]+),[ \t]+(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){0,2}$/;

/**
 * Collects the names the article titles as heads of state or government and returns a test
 * for a name as written later ("Putin", "Kim Jong Un", "Mr Kim").
 */
export function leaderTest(body: string): (name: string) => boolean {
  const words = new Set<string>();
  for (const m of body.matchAll(TITLE)) {
    const at = m.index ?? 0;
    const after = NAME_AFTER.exec(body.slice(at + m[0].length, at + m[0].length + 60));
    // The name before a title is set off by a comma; without one the end-anchored scan is skipped.
    const window = body.slice(Math.max(0, at - 60), at);
    const before = window.includes(',') ? NAME_BEFORE.exec(window) : null;
    for (const found of [after, before]) {
      if (!found) continue;
      const parts = found[1].replace(/['’]s$/, '').split(/\s+/);
      words.add(parts[0].toLowerCase());
      words.add(parts[parts.length - 1].toLowerCase());
    }
  }
  for (const m of body.matchAll(CHAIR_NAME)) {
    if (!HEAD_OF_STATE_BODIES.test(body.slice((m.index ?? 0) + m[0].length))) continue;
    const parts = m[1].split(/\s+/);
    words.add(parts[0].toLowerCase());
    words.add(parts[parts.length - 1].toLowerCase());
  }
  // The kind rules ask about the same few names in every sentence.
  const known = new Map<string, boolean>();
  return (name: string) => {
    let leader = known.get(name);
    if (leader === undefined) {
      const parts = name.replace(HONORIFIC_RE, '').split(NAME_PARTS_RE);
      leader =
        HAS_TITLE.test(name) ||
        parts.some((p) => words.has(p.toLowerCase().replace(POSSESSIVE_RE, '')));
      known.set(name, leader);
    }
    return leader;
  };
}

const SUMMIT = /\bsummit\b|\b(?:the two|both) leaders\b/i;
const MEETS = /\b(?:met|meet|meets|meeting|talks)\b/i;
const NAME = /\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*/g;

/**
 * Whether the article tells of heads of state meeting (then its bare "the talks" are a summit):
 * it says "summit", or one of its sentences has two leaders and a word of meeting.
 */
export function isSummitStory(sentences: string[], isLeader: (name: string) => boolean): boolean {
  if (sentences.some((s) => SUMMIT.test(s))) return true;
  return sentences.some((s) => {
    if (!MEETS.test(s)) return false;
    const leaders = new Set(
      (s.match(NAME) ?? []).filter(isLeader).map((n) => n.split(/\s+/).pop()),
    );
    return leaders.size >= 2;
  });
}
