/** `npm run extract -- [--content DIR] [--out FILE]`: writes `{ articles, events }` as JSON. */
import fs from 'node:fs';
import { ContentError, formatIssue, loadArticles } from '../lib/content/load';
import { extractStory } from '../lib/extract/story';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = option('--content') ?? 'content';
const out = option('--out');

try {
  const result = extractStory(loadArticles(dir));
  const json = JSON.stringify(result, null, 2);
  if (out) {
    fs.writeFileSync(out, json + '\n');
    console.error(`${result.articles.length} articles, ${result.events.length} events -> ${out}`);
  } else process.stdout.write(json + '\n');
} catch (err) {
  if (err instanceof ContentError) {
    console.error(`${err.issues.length} problem(s) in ${dir}:`);
    err.issues.forEach((i) => console.error(formatIssue(i)));
    process.exit(1);
  }
  throw err;
}
