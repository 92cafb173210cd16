import fs from 'node:fs';
import path from 'node:path';
import { drawAuthor } from './cast';
import { composeBody, retell } from './compose';
import { createRng } from './prng';
import type { SourcePool } from './source-pool';
import { planStories, type Story } from './story-plan';

/** What to generate. */
export interface CorpusOptions {
  /** Number of articles. */
  articles: number;
  /** Same seed, same pool → byte-identical corpus. */
  seed: string | number;
}

/** One generated article file. */
export interface CorpusFile {
  /** File name inside `articles/`: `<date>-<outlet>-s<story>-<n>.md`. */
  name: string;
  /** The whole file: YAML frontmatter, then the body. */
  text: string;
  /** The story the article reports; articles of one story describe the same happening. */
  story: number;
}

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// JSON strings are valid YAML double-quoted scalars, so quotes and colons in titles are safe.
const yaml = (v: string) => JSON.stringify(v);

function renderArticle(story: Story, n: number, body: string, authors: string[]): CorpusFile {
  const outlet = story.outlets[n];
  const title = retell(story.source.title, story.source.date, story);
  const slug = `${story.date}-${slugify(outlet)}-s${String(story.id).padStart(5, '0')}-${n}`;
  const url = `https://${slugify(outlet)}.example/${story.date.replace(/-/g, '/')}/${slugify(title).slice(0, 60)}`;
  const front = [
    '---',
    `title: ${yaml(title)}`,
    `outlet: ${yaml(outlet)}`,
    `date: ${story.date}`,
    `url: ${yaml(url)}`,
    ...(authors.length > 0 ? [`authors: [${authors.map(yaml).join(', ')}]`] : []),
    '---',
  ];
  return { name: `${slug}.md`, text: `${front.join('\n')}\n${body}`, story: story.id };
}

/** Generates a synthetic corpus in memory: stories of 2–6 articles from different outlets. */
export function generateCorpus(pool: SourcePool, options: CorpusOptions): CorpusFile[] {
  const rng = createRng(options.seed);
  const files: CorpusFile[] = [];
  for (const story of planStories(options.articles, pool, rng)) {
    story.outlets.forEach((_, n) => {
      const authors = Array.from({ length: rng.int(0, 2) }, () => drawAuthor(rng));
      files.push(renderArticle(story, n, composeBody(story, pool, rng), authors));
    });
  }
  return files;
}

/** Writes the files to `dir/articles/`, creating it; returns the bytes written. */
export function writeCorpus(dir: string, files: CorpusFile[]): number {
  const articles = path.join(dir, 'articles');
  fs.mkdirSync(articles, { recursive: true });
  let total = 0;
  for (const file of files) {
    fs.writeFileSync(path.join(articles, file.name), file.text);
    total += Buffer.byteLength(file.text);
  }
  return total;
}
