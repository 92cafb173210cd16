/**
 * `npm run check`: validates everything under content/ without building, lists every problem,
 * and accounts for every article file. `--content DIR` checks another folder; `--export OUT`
 * (run after the build) also counts the events the export holds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatIssue, readContent } from '../lib/content/load';

function option(name: string): string | null {
  const at = process.argv.indexOf(name);
  return at === -1 ? null : (process.argv[at + 1] ?? null);
}

/** Events in an export's data/events.json, or null when it has none. */
function exportedEvents(out: string): number | null {
  const file = path.join(out, 'data', 'events.json');
  if (!fs.existsSync(file)) return null;
  const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (Array.isArray(data)) return data.length;
  const events = (data as { events?: unknown } | null)?.events;
  return Array.isArray(events) ? events.length : null;
}

// The build honours CONTENT_DIR (lib/story.ts), so the check before it must look at the same folder.
const dir = option('--content') ?? process.env.CONTENT_DIR ?? 'content';
const out = option('--export');
const { articles, issues, read } = readContent(dir);
const accounting = `${dir}: read ${read} article file(s), ${articles.length} used`;
if (issues.length > 0) {
  console.error(`${issues.length} problem(s) in ${dir}:`);
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`${accounting}, ${read - articles.length} not used (each named above).`);
  process.exit(1);
}
if (out) {
  const events = exportedEvents(out);
  console.log(`${accounting}, ${events ?? 'no'} event(s) produced into ${out}/.`);
} else {
  console.log(`${accounting}; all valid.`);
}
