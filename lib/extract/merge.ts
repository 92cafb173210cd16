import type { Mention, TimelineEvent } from '../types';
import { eventId } from './ids';
import { summarize } from './summary';

const lenient = (k: string) => (k === 'summit' ? 'visit' : k);
const PRECISION_RANK = ['day', 'days', 'month', 'season', 'quarter', 'half', 'year', 'unknown'];

interface Group {
  mentions: Keyed[];
  /** The earliest end date among the group's mentions: no later mention can overlap before it. */
  minEnd: string;
}

/** A mention with what `compatible` compares, worked out once rather than once per pair. */
interface Keyed {
  m: Mention;
  place: string | null;
  /** Surnames of the participants (a handful: a list is cheaper than a set). */
  surnames: string[];
  speaker: string | null;
}

const surname = (n: string) => n.split(/\s+/).slice(-1)[0].toLowerCase();
const STATEMENTS = ['invitation', 'confirmation', 'announcement'];

function keyed(m: Mention): Keyed {
  return {
    m,
    place: m.place ? m.place.toLowerCase() : null,
    surnames: m.participants.map(surname),
    speaker: m.speaker ? surname(m.speaker.name) : null,
  };
}

function rangesOverlap(a: Mention, b: Mention): boolean {
  return a.date.start <= b.date.end && b.date.start <= a.date.end;
}

function compatible(ka: Keyed, kb: Keyed): boolean {
  const [a, b] = [ka.m, kb.m];
  if (lenient(a.kind) !== lenient(b.kind)) return false;
  // An undated mention says nothing about when: it merges only with its own sentence's kin.
  if ((a.date.precision === 'unknown') !== (b.date.precision === 'unknown')) return false;
  if (a.date.precision === 'unknown' && a.date.start !== b.date.start) return false;
  if (!rangesOverlap(a, b)) return false;
  if (ka.place !== null && kb.place !== null && ka.place !== kb.place) return false;
  if (ka.surnames.length && kb.surnames.length) {
    if (!kb.surnames.some((p) => ka.surnames.includes(p))) return false;
  }
  if (ka.speaker !== null && kb.speaker !== null && STATEMENTS.includes(a.kind)) {
    if (ka.speaker !== kb.speaker) return false;
  }
  return true;
}

/** The most precise date among the mentions: a merged event shows the best the sources give. */
function best<T extends { precision: string }>(dates: T[]): T {
  return [...dates].sort(
    (x, y) => PRECISION_RANK.indexOf(x.precision) - PRECISION_RANK.indexOf(y.precision),
  )[0];
}

/**
 * Merges mentions of one happening, within and across articles: same kind (visit and summit
 * agree), overlapping dates, participants and place that do not contradict. Every source
 * passage is kept. Input order does not change the result: mentions are sorted first.
 */
export function mergeMentions(mentions: Mention[]): TimelineEvent[] {
  const sorted = [...mentions].sort(
    (a, b) =>
      a.date.start.localeCompare(b.date.start) ||
      a.source.article.localeCompare(b.source.article) ||
      a.source.start - b.source.start ||
      a.kind.localeCompare(b.kind),
  );
  const groups: Group[] = [];
  // Mentions come in order of start date, so a group whose earliest end is before this start can
  // never take another mention: keep only open groups per kind, which makes merging linear in
  // practice instead of quadratic in the corpus.
  const open = new Map<string, Group[]>();
  for (const m of sorted.map(keyed)) {
    const key = lenient(m.m.kind);
    const live = (open.get(key) ?? []).filter((g) => g.minEnd >= m.m.date.start);
    const group = live.find((g) => g.mentions.every((o) => compatible(o, m)));
    if (group) {
      group.mentions.push(m);
      if (m.m.date.end < group.minEnd) group.minEnd = m.m.date.end;
    } else {
      const created = { mentions: [m], minEnd: m.m.date.end };
      groups.push(created);
      live.push(created);
    }
    open.set(key, live);
  }
  const taken = new Set<string>();
  return groups.map((g) =>
    toEvent(
      g.mentions.map((k) => k.m),
      taken,
    ),
  );
}

function toEvent(mentions: Mention[], taken: Set<string>): TimelineEvent {
  const date = best(mentions.map((m) => m.date));
  const targets = mentions.flatMap((m) => (m.target ? [m.target] : []));
  const kinds = mentions.map((m) => m.kind);
  const kind = kinds.includes('summit') ? 'summit' : kinds[0];
  const speaker = mentions.find((m) => m.speaker)?.speaker ?? null;
  const participants = [...new Set(mentions.flatMap((m) => m.participants))];
  const place = mentions.find((m) => m.place)?.place ?? null;
  const cited = [...new Set(mentions.flatMap((m) => m.cited))].sort();
  // Slugs start with the publication date, so this lists the sources oldest first.
  const sources = [
    ...new Map(mentions.map((m) => [`${m.source.article}:${m.source.start}`, m.source])).values(),
  ].sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start);
  const base = {
    kind,
    date,
    target: targets.length ? best(targets) : null,
    speaker,
    cited,
    participants,
    place,
  };
  const summary = summarize(base);
  const id = eventId(base, mentions, taken);
  return { id, ...base, summary, sources };
}
