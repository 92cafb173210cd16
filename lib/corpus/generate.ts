import fs from 'node:fs';
import path from 'node:path';
import { drawAuthor, recast } from './cast';
import { composeBody, retell } from './compose';
import { createRng, type Rng } from './prng';
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

// Quotes would be left open and conjunctions dangle when a sentence is lifted into a title.
const LEAD_IN = /^(?:["“'‘]|(?:But|And|However|Also|He|She|They|It)\b)/;

/** The source's headline, or for later outlets sometimes a short sentence of it, as papers do. */
function headline(story: Story, n: number, rng: Rng): string {
  // Only sentences naming someone read as headlines; "They declined to comment" does not.
  const short = story.source.sentences.filter(
    (s) =>
      s.text.length >= 40 &&
      s.text.length <= 110 &&
      !LEAD_IN.test(s.text) &&
      recast(s.text, story.cast) !== s.text,
  );
  const text =
    n > 0 && short.length > 0 && rng.chance(0.5)
      ? rng.pick(short).text.replace(/[.:]$/, '')
      : story.source.title;
  return retell(text, story.source.date, story);
}

function renderArticle(
  story: Story,
  n: number,
  title: string,
  body: string,
  authors: string[],
): CorpusFile {
  const outlet = story.outlets[n];
  const slug = `${story.date}-${slugify(outlet)}-s${String(story.id).padStart(5, '0')}-${n}`;
  const day = story.date.replace(/-/g, '/');
  const url = `https://${slugify(outlet)}.example/${day}/${slugify(title).slice(0, 60)}`;
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
      const title = headline(story, n, rng);
      files.push(renderArticle(story, n, title, composeBody(story, pool, rng), authors));
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
