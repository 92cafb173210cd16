import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../content/schema';
import { registryPath } from '../ids/registry-file';
import type { Story } from '../story';
import type { ArticleInfo, TimelineEvent } from '../types';
import { extractorVersion, writeAtomic } from './extract-cache';

/** `.cache/story-*.json`: the prepared story, valid while its key matches the content. */
interface StoryFile {
  key: string;
  articles: ArticleInfo[];
  events: TimelineEvent[];
  retired: Record<string, string>;
  bodies: Article[];
}

/** Where build caches live: `.cache/` of the project (gitignored), never in content/. */
export const cacheRoot = (root = process.cwd()) => path.join(root, '.cache');

/** One story file per content folder, so a bench corpus does not evict the site's story. */
function storyFile(contentDir: string, root?: string): string {
  const tag = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 8);
  return path.join(cacheRoot(root), `story-${tag}.json`);
}

/**
 * A hash of everything the story depends on: every article file's name and bytes, the id
 * registry and the extractor version. Reading raw bytes is cheap next to parsing, so each build
 * worker can afford to check it.
 */
export function contentKey(contentDir: string, root?: string): string {
  const hash = createHash('sha256').update(extractorVersion(root));
  const articles = path.join(contentDir, 'articles');
  const names = fs.existsSync(articles) ? fs.readdirSync(articles).sort() : [];
  for (const name of names) {
    const file = path.join(articles, name);
    if (!fs.statSync(file).isFile()) continue;
    hash.update(`\0${name}\0`).update(fs.readFileSync(file));
  }
  const registry = registryPath(contentDir);
  if (fs.existsSync(registry)) hash.update('\0registry\0').update(fs.readFileSync(registry));
  return hash.digest('hex');
}

/** The cached story for `contentDir`, or null when there is none or the content changed. */
export function readStoryCache(contentDir: string, root?: string): Story | null {
  const file = storyFile(contentDir, root);
  if (!fs.existsSync(file)) return null;
  let data: StoryFile;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8')) as StoryFile;
  } catch {
    return null;
  }
  if (data.key !== contentKey(contentDir, root)) return null;
  return {
    articles: data.articles,
    events: data.events,
    retired: data.retired,
    bodies: new Map(data.bodies.map((a) => [a.slug, a])),
  };
}

/** Stores the story under the current content key (call after the registry is written). */
export function writeStoryCache(contentDir: string, story: Story, root?: string): string {
  const file = storyFile(contentDir, root);
  const data: StoryFile = {
    key: contentKey(contentDir, root),
    articles: story.articles,
    events: story.events,
    retired: story.retired ?? {},
    bodies: [...story.bodies.values()],
  };
  writeAtomic(file, JSON.stringify(data));
  return file;
}
