// node scripts/build-hostile.mjs [--build-only]   (the webServer of playwright.hostile.config.ts)
// Builds the site from e2e/fixtures/hostile-content (articles whose title, outlet, authors and
// sentences carry script and HTML payloads) in a copy of the project under .cache/hostile-site,
// so the team's .next/, out/ and content/ stay untouched, then serves that export with
// scripts/serve.mjs (the `npm start` server, security headers included) on PORT (default 3200).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { copyProject } from './copy-project.mjs';

const root = process.cwd();
const site = path.join(root, '.cache', 'hostile-site');
const fixture = path.join(root, 'e2e', 'fixtures', 'hostile-content');
// The build writes the event-id record into its content folder: give it a copy, not the fixture.
const content = path.join(site, 'hostile-content');
const port = process.env.PORT ?? '3200';

copyProject(root, site);
fs.cpSync(fixture, content, { recursive: true });
fs.rmSync(path.join(content, 'event-ids.json'), { force: true });

const env = { ...process.env, CONTENT_DIR: content, NEXT_TELEMETRY_DISABLED: '1' };
// stdout to stderr: Playwright shows a webServer's stderr, and the build's log belongs there.
const stdio = ['ignore', process.stderr, 'inherit'];
execFileSync('npx', ['tsx', 'scripts/check.ts', '--content', content], { cwd: site, env, stdio });
execFileSync('npm', ['run', 'build'], { cwd: site, env, stdio });

if (!process.argv.includes('--build-only')) {
  const server = spawn('node', [path.join(site, 'scripts', 'serve.mjs')], {
    cwd: site,
    env: { ...env, PORT: port, OUT_DIR: path.join(site, 'out') },
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}
