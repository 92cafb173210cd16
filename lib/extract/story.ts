import type { Article } from '../content/schema';
import type { ArticleInfo, Extraction, Mention } from '../types';
import { extractArticle } from './index';
import { mergeMentions } from './merge';

/** An article's metadata as the pages and `npm run extract` publish it. */
export function articleInfo(a: Article): ArticleInfo {
  return {
    slug: a.slug,
    title: a.title,
    outlet: a.outlet,
    date: a.date,
    url: a.url ?? null,
    authors: a.authors,
  };
}

/** The story of a set of articles from their mentions: metadata plus merged events. */
export function storyFromMentions(articles: Article[], mentions: Mention[]): Extraction {
  return { articles: articles.map(articleInfo), events: mergeMentions(mentions) };
}

/** Extracts every article and merges the mentions into timeline events. */
export function extractStory(articles: Article[]): Extraction {
  return storyFromMentions(
    articles,
    articles.flatMap((a) => extractArticle(a)),
  );
}
