import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redirects } from '../ids/redirects';
import { passageKey } from '../ids/registry';
import { readRegistry, writeRegistry } from '../ids/registry-file';
import type { Story } from '../story';
import { prepareStory } from './prepare';

const project = path.resolve(__dirname, '../..');
const seedArticles = path.join(project, 'content', 'articles');
const devArticles = path.resolve(project, '../shared/dev/articles');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stable-links-'));
const content = path.join(tmp, 'content');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A build's pages: the id of every event page, and the retired ids that redirect. */
function pages(story: Story) {
  const live = new Map(story.events.map((e) => [e.id, e]));
  return { live, moved: redirects(story) };
}

/** Where following `/events/<id>` lands: the event shown, or null for a 404. */
function follow(story: Story, id: string) {
  const { live, moved } = pages(story);
  return live.get(id) ?? live.get(moved.get(id) ?? '') ?? null;
}

// Caches go under the temp folder too, so the test leaves nothing in the project's .cache/.
const prepare = () => prepareStory(content, { write: true, root: tmp });
const keys = (e: { sources: Array<{ article: string; quote: string }> }) =>
  new Set(e.sources.map(passageKey));

describe('links that never rot (the build pipeline on a copy of content/)', () => {
  fs.cpSync(seedArticles, path.join(content, 'articles'), { recursive: true });
  const first = prepare().story;
  const recorded = first.events.map((e) => ({ id: e.id, keys: keys(e) }));

  it('writes every event id into the registry the first time', () => {
    expect(recorded.length).toBeGreaterThan(10);
    const registry = readRegistry(content);
    for (const { id } of recorded) expect(registry.ids[id]).toBeDefined();
  });

  it('keeps every URL when later articles add sources to existing events', () => {
    // Another outlet republishes each seed story; the dev set adds reports of its own.
    for (const name of fs.readdirSync(seedArticles)) {
      const text = fs.readFileSync(path.join(seedArticles, name), 'utf8');
      const copy = text.replace(/^outlet: .*$/m, 'outlet: "Republished Daily"');
      fs.writeFileSync(path.join(content, 'articles', `zz-republished-${name}`), copy);
    }
    if (fs.existsSync(devArticles)) {
      fs.cpSync(devArticles, path.join(content, 'articles'), { recursive: true });
    }
    const after = prepare().story;
    let grown = 0;
    for (const old of recorded) {
      const shown = follow(after, old.id);
      expect(shown, `/events/${old.id}`).not.toBeNull();
      // The page still shows the happening the link was shared for. (Re-grouping may move a
      // passage to a neighbouring event, so not necessarily every passage it had.)
      const now = keys(shown!);
      expect(
        [...old.keys].some((k) => now.has(k)),
        old.id,
      ).toBe(true);
      if (shown!.sources.length > old.keys.size) grown++;
    }
    expect(grown).toBeGreaterThan(0);
  });

  it('redirects an id merged away to the surviving event, and keeps it on later builds', () => {
    // Two events become one when a later extractor or article ties them together. Record the
    // current biggest event as two ids, as an earlier build would have, then rebuild.
    const registry = readRegistry(content);
    const story = prepare().story;
    const big = [...story.events].sort((a, b) => b.sources.length - a.sources.length)[0];
    const sources = registry.ids[big.id].sources;
    const split = sources.slice(Math.ceil(sources.length / 2));
    expect(split.length).toBeGreaterThan(0);
    registry.ids[big.id] = { ...registry.ids[big.id], sources: sources.slice(0, -split.length) };
    registry.ids['2000-01-01-visit-split-off'] = { sources: split };
    writeRegistry(content, registry);

    const merged = prepare();
    expect(merged.newlyRetired).toEqual(['2000-01-01-visit-split-off']);
    expect(follow(merged.story, '2000-01-01-visit-split-off')?.id).toBe(big.id);
    expect(pages(merged.story).moved.get('2000-01-01-visit-split-off')).toBe(big.id);
    const again = prepare();
    expect(again.registryChanged).toBe(false);
    expect(follow(again.story, '2000-01-01-visit-split-off')?.id).toBe(big.id);
    for (const old of recorded) expect(follow(again.story, old.id), old.id).not.toBeNull();
  });
});
