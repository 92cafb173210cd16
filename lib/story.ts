import path from 'node:path';
import { prepareStory } from './build/prepare';
import { readStoryCache } from './build/story-cache';
import type { Article } from './content/schema';
import type { Extraction } from './types';

/** Everything the pages need, computed once per build process. */
export interface Story extends Extraction {
  bodies: Map<string, Article>;
  /** Ids merged into another event, each to its survivor (content/event-ids.json); absent: none. */
  retired?: Record<string, string>;
}

let cached: Story | null = null;

/** The content folder: CONTENT_DIR, or `content/`. */
export const contentDir = () => process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');

/**
 * The story of `content/` (or CONTENT_DIR), once per process; pages call this at build time.
 * `npm run build` prepares it once (scripts/prepare-story.ts) and each build worker only reads
 * that cache; without a current cache (`next dev`) it is prepared here, read-only.
 */
export function getStory(): Story {
  if (cached) return cached;
  const dir = contentDir();
  cached = readStoryCache(dir) ?? prepareStory(dir, { write: false }).story;
  return cached;
}
