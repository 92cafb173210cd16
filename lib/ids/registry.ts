import { createHash } from 'node:crypto';
import type { Source, TimelineEvent } from '../types';

/** What one recorded id stands for: the passages it has ever been given. */
export interface RecordedId {
  /** The event's kind when last built: tells apart two happenings told in one sentence. */
  kind?: string;
  /** Passage keys (see passageKey), in the order they were first recorded. */
  sources: string[];
}

/**
 * The record that keeps event links stable across builds (content/event-ids.json). `ids` keeps
 * its keys in first-recorded order (ids always start with a date, so never look like array
 * indices and JSON keeps their order); `retired` maps a merged-away id to the id that absorbed it.
 */
export interface IdRegistry {
  ids: Record<string, RecordedId>;
  retired: Record<string, string>;
}

/** The result of assigning ids: events with stable ids and the registry to write back. */
export interface StableIds {
  events: TimelineEvent[];
  registry: IdRegistry;
}

export const emptyRegistry = (): IdRegistry => ({ ids: {}, retired: {} });

/** `${slug}#${sha1(quote)[0..10]}`: unchanged by edits elsewhere in the article (offsets move). */
export function passageKey(source: Pick<Source, 'article' | 'quote'>): string {
  const digest = createHash('sha1').update(source.quote).digest('hex').slice(0, 10);
  return `${source.article}#${digest}`;
}

const keysOf = (e: TimelineEvent) => [...new Set(e.sources.map(passageKey))].sort();

/** An id not yet used by any event, recorded id or retired id. */
function fresh(readable: string, firstKey: string, used: Set<string>): string {
  if (!used.has(readable)) return readable;
  const hashed = `${readable}-${createHash('sha1').update(firstKey).digest('hex').slice(0, 4)}`;
  let id = hashed;
  for (let n = 2; used.has(id); n++) id = `${hashed}-${n}`;
  return id;
}

/**
 * Gives every event its stable id. An event keeps the oldest recorded id among those its
 * passages were recorded under (of its own kind, when it has one); the other ids it absorbed
 * are retired to it. An id claimed by several events goes to the one whose passages are most
 * like its own (then same kind, same readable id, smaller first passage key), so input order
 * never matters. New events get their readable id, made unique against
 * every id ever recorded. Ids whose passages all disappeared stay recorded and get no page.
 */
export function assignStableIds(events: TimelineEvent[], registry: IdRegistry): StableIds {
  const order = new Map(Object.keys(registry.ids).map((id, i) => [id, i]));
  const owners = new Map<string, string[]>();
  for (const [id, rec] of Object.entries(registry.ids))
    for (const key of rec.sources) owners.set(key, [...(owners.get(key) ?? []), id]);

  const items = events
    .map((event) => ({ event, keys: keysOf(event), rank: 0 }))
    .sort(
      (a, b) =>
        (a.keys[0] ?? '').localeCompare(b.keys[0] ?? '') || a.event.id.localeCompare(b.event.id),
    );
  items.forEach((item, i) => (item.rank = i));
  type Item = (typeof items)[number];
  // Every (event, recorded id) pair sharing a passage, best match first. One sentence can hold
  // two happenings (a visit and its confirmation), so overlap alone cannot tell them apart:
  // similarity of the passage sets, then same kind, then same readable id decide.
  const claims: Array<{ item: Item; id: string; score: number; kind: boolean }> = [];
  for (const item of items) {
    const counts = new Map<string, number>();
    for (const key of item.keys)
      for (const id of owners.get(key) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const [id, shared] of counts) {
      const score = shared / (item.keys.length + registry.ids[id].sources.length - shared);
      claims.push({ item, id, score, kind: registry.ids[id].kind === item.event.kind });
    }
  }
  claims.sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.kind) - Number(a.kind) ||
      Number(b.id === b.item.event.id) - Number(a.id === a.item.event.id) ||
      order.get(a.id)! - order.get(b.id)! ||
      a.item.rank - b.item.rank,
  );
  const won = new Map<Item, string[]>();
  const taken = new Set<string>();
  // First each event takes its best id; then ids left over go to the event that absorbed them.
  for (const c of claims) {
    if (won.has(c.item) || taken.has(c.id)) continue;
    won.set(c.item, [c.id]);
    taken.add(c.id);
  }
  for (const c of claims) {
    if (taken.has(c.id)) continue;
    won.set(c.item, [...(won.get(c.item) ?? []), c.id]);
    taken.add(c.id);
  }

  const ids: Record<string, RecordedId> = structuredClone(registry.ids);
  const retired: Record<string, string> = { ...registry.retired };
  const used = new Set([...Object.keys(ids), ...Object.keys(retired)]);
  const assigned = new Map<Item, string>();
  for (const item of items) {
    // The oldest id survives; but when one sentence's two happenings become one, the id of the
    // happening that remains (its kind) is kept and the other is retired to it.
    const sameKind = (id: string) => Number(registry.ids[id].kind === item.event.kind);
    const mine = (won.get(item) ?? []).sort(
      (a, b) => sameKind(b) - sameKind(a) || order.get(a)! - order.get(b)!,
    );
    if (mine.length === 0) continue;
    const [survivor, ...absorbed] = mine;
    for (const old of absorbed) {
      ids[survivor].sources = union(ids[survivor].sources, ids[old].sources);
      delete ids[old];
      retired[old] = survivor;
    }
    assigned.set(item, survivor);
  }
  for (const item of items) {
    if (assigned.has(item)) continue;
    const id = fresh(item.event.id, item.keys[0] ?? '', used);
    used.add(id);
    ids[id] = { sources: [] };
    assigned.set(item, id);
  }
  for (const [item, id] of assigned) {
    ids[id] = { kind: item.event.kind, sources: union(ids[id].sources, item.keys) };
  }
  // A chain a -> b -> c resolves in one hop: every retired id points at a recorded id.
  for (const old of Object.keys(retired)) {
    let to = retired[old];
    for (let hops = 0; retired[to] !== undefined && hops < 1000; hops++) to = retired[to];
    retired[old] = to;
  }
  const byEvent = new Map([...assigned].map(([item, id]) => [item.event, id]));
  return {
    events: events.map((e) => ({ ...e, id: byEvent.get(e)! })),
    registry: { ids, retired: sortKeys(retired) },
  };
}

function union(a: string[], b: string[]): string[] {
  const seen = new Set(a);
  return [...a, ...b.filter((k) => !seen.has(k))];
}

function sortKeys(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}
