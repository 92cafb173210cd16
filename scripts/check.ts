/** `npm run check`: validates everything under content/ without building. */
import { formatIssue, readContent } from '../lib/content/load';

const dir = process.argv.includes('--content')
  ? process.argv[process.argv.indexOf('--content') + 1]
  : 'content';
const { articles, issues } = readContent(dir);
if (issues.length > 0) {
  console.error(`${issues.length} problem(s) in ${dir}:`);
  for (const issue of issues) console.error(formatIssue(issue));
  process.exit(1);
}
console.log(`${dir}: ${articles.length} article(s), all valid.`);
