import type { EventKind, Mention } from '../types';

const slugify = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');

/** A short stable hash (FNV-1a) so that ids do not depend on what else is in the corpus. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).slice(0, 4);
}

/**
 * A readable, URL-safe id: date, kind and place or lead participant ("2024-06-19-summit-pyongyang").
 * It depends only on the event itself and its earliest source, never on the other events, so
 * adding or removing an unrelated article leaves it unchanged; a clash between two events of
 * the same day, kind and place is settled by a hash of the earliest source passage.
 */
export function eventId(
  event: { kind: EventKind; date: { start: string }; place: string | null; participants: string[] },
  mentions: Mention[],
  taken: Set<string>,
): string {
  const subject = event.place ?? event.participants[0] ?? '';
  const base = [event.date.start, event.kind, slugify(subject)].filter(Boolean).join('-');
  const first = [...mentions].sort(
    (a, b) => a.source.article.localeCompare(b.source.article) || a.source.start - b.source.start,
  )[0];
  const id = taken.has(base)
    ? `${base}-${hash(`${first.source.article}:${first.source.quote}`)}`
    : base;
  taken.add(id);
  return id;
}
