// Copies the project's sources (not its outputs) into `site` so a build there leaves the
// working tree's .next/ and out/ alone; node_modules is linked, not copied.
import fs from 'node:fs';
import path from 'node:path';

const OUTPUTS = [
  'node_modules',
  '.next',
  'out',
  '.cache',
  '.git',
  'test-results',
  'playwright-report',
];

/** Fresh copy of `root` in `site`, leaving out build outputs and any `extraSkips` entries. */
export function copyProject(root, site, extraSkips = []) {
  const skip = new Set([...OUTPUTS, ...extraSkips]);
  fs.rmSync(site, { recursive: true, force: true });
  fs.mkdirSync(site, { recursive: true });
  for (const entry of fs.readdirSync(root)) {
    if (skip.has(entry) || entry.endsWith('.tsbuildinfo')) continue;
    fs.cpSync(path.join(root, entry), path.join(site, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(site, 'node_modules'));
}
