import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, readContent } from '../content/load';
import type { Article } from '../content/schema';
import { BODY_BYTES } from './compose';
import { generateCorpus, writeCorpus } from './generate';
import { createRng } from './prng';
import { buildPool, defaultSourceDirs, readSources } from './source-pool';
import { planStories } from './story-plan';

const article = (slug: string, date: string, body: string): Article => ({
  slug,
  title: `Putin and Kim: ${slug}`,
  outlet: 'UPI',
  date,
  url: null,
  authors: [],
  body,
});

// Small and self-contained, so the test does not move when the real sets change.
const POOL = buildPool([
  article(
    'visit',
    '2015-03-19',
    'Kim Jong Un will visit Moscow in May, Kremlin spokesperson Dmitry Peskov said on Thursday.\n\n' +
      'MOSCOW, March 19 (UPI) -- Putin invited Kim to the parade on May 9.\n' +
      'The two leaders met in Vladivostok in 2019, Peskov added.',
  ),
  article(
    'talks',
    '2023-09-13',
    'Putin and Kim held talks at the Vostochny spaceport on Wednesday, September 13.\n' +
      'North Korea is seeking to deepen both diplomatic and economic ties with its neighbour.\n' +
      'Analysts said the relationship between the two countries has grown much warmer again.',
  ),
]);

const names = (files: { name: string }[]) => files.map((f) => f.name);

describe('generateCorpus', () => {
  it('is a pure function of the seed', () => {
    const a = generateCorpus(POOL, { articles: 40, seed: 'same' });
    const b = generateCorpus(POOL, { articles: 40, seed: 'same' });
    const c = generateCorpus(POOL, { articles: 40, seed: 'other' });
    expect(b).toEqual(a);
    expect(names(c)).not.toEqual(names(a));
  });

  it('writes N articles that all pass content validation', () => {
    const files = generateCorpus(POOL, { articles: 57, seed: 3 });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-test-'));
    try {
      writeCorpus(dir, files);
      const { articles, issues } = readContent(dir);
      expect(issues).toEqual([]);
      expect(articles).toHaveLength(57);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('groups articles into stories told by different outlets on one day', () => {
    const files = generateCorpus(POOL, { articles: 60, seed: 9 });
    const byStory = new Map<number, typeof files>();
    for (const f of files) byStory.set(f.story, [...(byStory.get(f.story) ?? []), f]);
    const shared = [...byStory.values()].filter((group) => group.length >= 2);
    expect(shared.length).toBeGreaterThanOrEqual(5);
    for (const group of byStory.values()) {
      const parsed = group.map((f) => parseArticle(f.name, f.text).article!);
      expect(new Set(parsed.map((a) => a.date)).size).toBe(1);
      expect(new Set(parsed.map((a) => a.outlet)).size).toBe(group.length);
    }
  });

  it('recasts the real people and keeps bodies near the real sizes', () => {
    for (const file of generateCorpus(POOL, { articles: 30, seed: 5 })) {
      const { article: a } = parseArticle(file.name, file.text);
      expect(a!.body).not.toMatch(/\b(?:Putin|Peskov|Kim|Vladivostok)\b/);
      const size = Buffer.byteLength(a!.body);
      expect(size).toBeLessThanOrEqual(BODY_BYTES.max);
    }
  });

  it('shifts stories by whole weeks, so weekday names stay true', () => {
    for (const story of planStories(200, POOL, createRng(1))) {
      expect(Math.abs(story.shift % 7)).toBe(0);
      expect(story.date >= '2000-01-01' && story.date <= '2025-12-31').toBe(true);
    }
  });

  const real = defaultSourceDirs();
  it.skipIf(!real.every((d) => fs.existsSync(d)))('builds from the real seed and dev sets', () => {
    const files = generateCorpus(buildPool(readSources(real)), { articles: 200, seed: 1 });
    expect(files).toHaveLength(200);
    for (const file of files) {
      const parsed = parseArticle(file.name, file.text);
      expect(parsed.issues).toEqual([]);
      const size = Buffer.byteLength(parsed.article!.body);
      expect(size).toBeGreaterThanOrEqual(BODY_BYTES.min);
      expect(size).toBeLessThanOrEqual(BODY_BYTES.max);
    }
  });
});
