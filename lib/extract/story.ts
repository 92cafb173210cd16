import type { Article } from '../content/schema';
import type { Extraction, Mention } from '../types';
import { extractArticle } from './index';
import { mergeMentions } from './merge';

/** Extracts every article and merges the mentions into timeline events. */
export function extractStory(articles: Article[]): Extraction {
  const mentions: Mention[] = articles.flatMap((a) => extractArticle(a));
  return {
    articles: articles.map((a) => ({
      slug: a.slug,
      title: a.title,
      outlet: a.outlet,
      date: a.date,
      url: a.url ?? null,
      authors: a.authors,
    })),
    events: mergeMentions(mentions),
  };
}
