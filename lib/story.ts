import path from 'node:path';
import { loadArticles } from './content/load';
import type { Article } from './content/schema';
import { extractStory } from './extract/story';
import type { Extraction } from './types';

/** Everything the pages need, computed once per build process. */
export interface Story extends Extraction {
  bodies: Map<string, Article>;
}

let cached: Story | null = null;

/** Loads and extracts `content/` (or CONTENT_DIR) once; pages call this at build time. */
export function getStory(): Story {
  if (cached) return cached;
  const dir = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');
  const articles = loadArticles(dir);
  cached = { ...extractStory(articles), bodies: new Map(articles.map((a) => [a.slug, a])) };
  return cached;
}
