import type { Story } from '@/lib/story';
import { EVENT_KINDS, type DateRange, type Precision, type TimelineEvent } from '@/lib/types';
import { sentencesOf } from './view';

const SPEAKERS = [
  'Dmitry Peskov',
  'Vladimir Putin',
  'Kim Jong Un',
  'Sergei Lavrov',
  'Choe Son Hui',
];
const OUTLETS = ['TASS', 'RIA Novosti', 'Yonhap', 'KCNA', 'CNN'];
const PLACES = ['Russia', 'North Korea', 'China', null];
const STATEMENTS: readonly string[] = ['invitation', 'announcement', 'speculation'];
const PRECISIONS: Precision[] = ['day', 'day', 'day', 'days', 'month', 'quarter', 'half', 'year'];

/** Deterministic pseudo-random numbers (mulberry32), so every bench run sees the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

function rangeAt(day: Date, precision: Precision): DateRange {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth();
  const span = (a: Date, b: Date) => ({ start: iso(a), end: iso(b), precision, text: precision });
  const utc = (yy: number, mm: number, dd: number) => new Date(Date.UTC(yy, mm, dd));
  if (precision === 'days') return span(day, new Date(day.getTime() + 6 * 864e5));
  if (precision === 'month') return span(utc(y, m, 1), utc(y, m + 1, 0));
  if (precision === 'quarter') return span(utc(y, m - (m % 3), 1), utc(y, m - (m % 3) + 3, 0));
  if (precision === 'half') return span(utc(y, m < 6 ? 0 : 6, 1), utc(y, m < 6 ? 6 : 12, 0));
  if (precision === 'year') return span(utc(y, 0, 1), utc(y, 11, 31));
  return span(day, day);
}

/**
 * Synthetic events for benchmarking the site at scale (`SITE_SYNTHETIC_EVENTS=<n>`): spread
 * over 2015–2026, each sourced to a real sentence of a real article so every page still renders.
 */
export function syntheticEvents(story: Story, count: number): TimelineEvent[] {
  const rand = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const slugs = story.articles.map((a) => a.slug);
  const from = Date.UTC(2015, 0, 1);
  const to = Date.UTC(2026, 11, 31);
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count && slugs.length > 0; i++) {
    const slug = pick(slugs);
    const sentence = pick(sentencesOf(story, slug));
    const kind = pick(EVENT_KINDS);
    const date = rangeAt(new Date(from + Math.floor(rand() * (to - from))), pick(PRECISIONS));
    const speaker = rand() < 0.7 ? pick(SPEAKERS) : null;
    // Statements point ahead to what they announce, as real ones do (drawn as target bands).
    const target = STATEMENTS.includes(kind)
      ? rangeAt(new Date(Date.parse(date.end) + (30 + rand() * 300) * 864e5), pick(PRECISIONS))
      : null;
    events.push({
      id: `synthetic-${i + 1}`,
      kind,
      date,
      target,
      speaker: speaker ? { name: speaker, role: null } : null,
      cited: rand() < 0.4 ? [pick(OUTLETS)] : [],
      participants: [pick(SPEAKERS)],
      place: pick(PLACES),
      summary: `Synthetic ${kind} ${i + 1}`,
      sources: sentence
        ? [{ article: slug, quote: sentence.text, start: sentence.start, end: sentence.end }]
        : [],
    });
  }
  return events;
}
