import path from 'node:path';
import { readContent } from '../content/load';
import type { Article } from '../content/schema';
import { splitSentences } from '../extract/sentences';

/** One real sentence and the paragraph it stood in. */
export interface SourceSentence {
  text: string;
  paragraph: number;
}

/** A real article cut into sentences: the template a story's articles are written from. */
export interface SourceArticle {
  slug: string;
  title: string;
  date: string;
  sentences: SourceSentence[];
}

/** Everything the generator draws from: whole articles, and sentences safe to add anywhere. */
export interface SourcePool {
  articles: SourceArticle[];
  /** Sentences with no date-like or relative-time words, so they date nothing wherever they go. */
  fillers: string[];
}

// Any of these makes a sentence unsafe to move between articles of different dates.
const TIMELY = new RegExp(
  [
    '\\d',
    '\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b',
    '\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b',
    '\\b(?:today|tonight|yesterday|tomorrow|week|month|year|ago|next|last|earlier|later)\\b',
    '\\b(?:coming|recent|recently|soon|spring|summer|autumn|fall|winter)\\b',
  ].join('|'),
  'i',
);

/** The directories of the real sets: `../shared/seeds` and `../shared/dev` beside the repo. */
export function defaultSourceDirs(cwd = process.cwd()): string[] {
  const shared = path.resolve(cwd, '..', 'shared');
  return [path.join(shared, 'seeds'), path.join(shared, 'dev')];
}

/** Reads the real articles under each `dir/articles`; a set that fails to load is skipped. */
export function readSources(dirs: string[]): Article[] {
  return dirs.flatMap((dir) => readContent(dir).articles);
}

/** Cuts real articles into the pool; throws when there is nothing to build from. */
export function buildPool(articles: Article[]): SourcePool {
  const sources = articles
    .map((a) => ({
      slug: a.slug,
      title: a.title,
      date: a.date,
      sentences: splitSentences(a.body).map((s) => ({ text: s.text, paragraph: s.paragraph })),
    }))
    .filter((a) => a.sentences.length > 0)
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  if (sources.length === 0) throw new Error('no source articles to build a corpus from');
  const fillers = [
    ...new Set(
      sources.flatMap((a) =>
        a.sentences
          .slice(1)
          .flatMap((s) => (s.text.length >= 60 && !TIMELY.test(s.text) ? [s.text] : [])),
      ),
    ),
  ];
  return { articles: sources, fillers };
}
