import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../content/schema';
import { extractArticle } from '../extract/index';
import { storyFromMentions } from '../extract/story';
import type { Extraction, Mention } from '../types';

/** How an extraction went: the result and how many articles came from the cache. */
export interface CachedExtraction {
  extraction: Extraction;
  hits: number;
  misses: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function sourcesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|json)$/.test(f) && !/\.test\.ts$/.test(f))
    .sort();
}

const versions = new Map<string, string>();

/**
 * The extractor's version: a hash of every lib/extract source file, read at run time, so any
 * change to the extractor invalidates every cached article without anyone bumping a number.
 */
export function extractorVersion(root = process.cwd()): string {
  const known = versions.get(root);
  if (known) return known;
  const dir = path.join(root, 'lib', 'extract');
  const hash = createHash('sha256');
  for (const f of sourcesUnder(dir))
    hash
      .update(f)
      .update('\0')
      .update(fs.readFileSync(path.join(dir, f)));
  const version = hash.digest('hex').slice(0, 16);
  versions.set(root, version);
  return version;
}

/**
 * The cache key of one article: its parsed form (frontmatter and normalised body — exactly what
 * the extractor reads, so a BOM or CRLF-only change is still a hit) plus the extractor version.
 */
export function articleKey(article: Article, version: string): string {
  return sha256(`${version}\0${JSON.stringify(article)}`);
}

function readMentions(file: string): Mention[] | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Mention[];
  } catch {
    return null;
  }
}

/** Writes through a temporary name, so a reader in another process never sees half a file. */
export function writeAtomic(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/**
 * `extractStory`, but each article's mentions come from `cacheDir/<key>.json` when present;
 * misses are extracted and, when `write` is set, stored. Merging always runs on the whole set.
 */
export function extractWithCache(
  articles: Article[],
  options: { cacheDir: string; write: boolean; root?: string },
): CachedExtraction {
  const version = extractorVersion(options.root);
  let hits = 0;
  const mentions = articles.flatMap((a) => {
    const file = path.join(options.cacheDir, `${articleKey(a, version)}.json`);
    const cached = readMentions(file);
    if (cached) {
      hits++;
      return cached;
    }
    const fresh = extractArticle(a);
    if (options.write) writeAtomic(file, JSON.stringify(fresh));
    return fresh;
  });
  const extraction = storyFromMentions(articles, mentions);
  return { extraction, hits, misses: articles.length - hits };
}
