import path from 'node:path';
import { loadArticles } from '../content/load';
import { assignStableIds } from '../ids/registry';
import { readRegistry, writeRegistry } from '../ids/registry-file';
import type { Story } from '../story';
import { extractWithCache } from './extract-cache';
import { cacheRoot, readStoryCache, writeStoryCache } from './story-cache';

/** What one preparation did, for the build log and the benches. */
export interface Prepared {
  story: Story;
  /** Articles whose extraction came from the content-hash cache, and those extracted now. */
  hits: number;
  misses: number;
  /** Whether content/event-ids.json changed (only when writing). */
  registryChanged: boolean;
  /** Ids retired by this run (merged into another event). */
  newlyRetired: string[];
}

/**
 * Loads the content, extracts it (through the per-article cache), and gives events their
 * stable ids from the registry. With `write`, it also updates the registry, the extraction
 * cache and the story cache; without, it only reads (what `next dev` and build workers may do).
 */
export function prepareStory(
  contentDir: string,
  options: { write: boolean; root?: string },
): Prepared {
  // Nothing changed since the last preparation (same files, registry and extractor): done.
  const unchanged = readStoryCache(contentDir, options.root);
  if (unchanged) {
    const n = unchanged.articles.length;
    return { story: unchanged, hits: n, misses: 0, registryChanged: false, newlyRetired: [] };
  }
  const articles = loadArticles(contentDir);
  const cacheDir = path.join(cacheRoot(options.root), 'extract');
  const { extraction, hits, misses } = extractWithCache(articles, { ...options, cacheDir });
  const before = readRegistry(contentDir);
  const { events, registry } = assignStableIds(extraction.events, before);
  const story: Story = {
    articles: extraction.articles,
    events,
    retired: registry.retired,
    bodies: new Map(articles.map((a) => [a.slug, a])),
  };
  const newlyRetired = Object.keys(registry.retired).filter((id) => !(id in before.retired));
  let registryChanged = false;
  if (options.write) {
    registryChanged = writeRegistry(contentDir, registry);
    writeStoryCache(contentDir, story, options.root);
  }
  return { story, hits, misses, registryChanged, newlyRetired };
}
