import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../content/load';
import { extractStory } from './story';

const seeds = loadArticles(path.resolve(__dirname, '../../content'));

function devArticles() {
  const dir = path.resolve(__dirname, '../../../shared/dev');
  return fs.existsSync(dir) ? loadArticles(dir) : [];
}

describe('event ids', () => {
  it('are URL-safe and unique', () => {
    const { events } = extractStory(seeds);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.id).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z]+(?:-[a-z0-9]+)*$/);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('do not change when an unrelated article is added or removed', () => {
    const before = extractStory(seeds).events;
    const unrelated = {
      ...seeds[0],
      slug: 'zz-unrelated',
      date: '2010-03-03',
      body: 'The Prime Minister of Norway visited Canada on Monday and met the Canadian Prime Minister.\n',
    };
    const after = extractStory([unrelated, ...seeds]).events;
    const removed = extractStory(seeds.slice(1)).events;
    const ids = (list: typeof before) =>
      new Map(list.map((e) => [e.sources.map((s) => `${s.article}:${s.start}`).join('|'), e.id]));
    const afterIds = ids(after);
    for (const [key, id] of ids(before)) expect(afterIds.get(key)).toBe(id);
    // Removing an article keeps the ids of events that did not come from it.
    const beforeIds = ids(before);
    for (const [key, id] of ids(removed))
      if (beforeIds.has(key)) expect(beforeIds.get(key)).toBe(id);
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('do not depend on the order articles are read in', () => {
    const all = [...seeds, ...devArticles()];
    const a = extractStory(all)
      .events.map((e) => e.id)
      .sort();
    const b = extractStory([...all].reverse())
      .events.map((e) => e.id)
      .sort();
    expect(b).toEqual(a);
  });
});
