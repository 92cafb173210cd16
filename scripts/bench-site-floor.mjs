// The framework's own share of first-load JavaScript: an App Router page that renders one
// paragraph, built with the project's installed Next.js and React and the same export settings.
// bench:site prints it beside the site's figure, so the part the site can still cut is visible.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const FILES = {
  'package.json': '{ "name": "framework-floor", "private": true }\n',
  'next.config.js': `module.exports = { output: 'export', turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`,
  'app/layout.js':
    'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  'app/page.js': 'export default function Page() {\n  return <p>Hello</p>;\n}\n',
};

/** Gzipped bytes of the module scripts an HTML file loads (noModule polyfills excluded). */
export function initialScriptBytes(dir, htmlFile = 'index.html') {
  const html = fs.readFileSync(path.join(dir, htmlFile), 'utf8');
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)];
  const srcs = [...new Set(tags.filter((m) => !/nomodule/i.test(m[0])).map((m) => m[1]))];
  return srcs.reduce((n, src) => {
    const file = path.join(dir, decodeURIComponent(new URL(src, 'http://x').pathname));
    return n + zlib.gzipSync(fs.readFileSync(file)).length;
  }, 0);
}

/** Builds the one-paragraph page under `cacheDir` (inside the project, so `next` resolves). */
export function frameworkFloor(cacheDir) {
  const dir = path.join(cacheDir, 'framework-floor');
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  console.error('building the framework floor…');
  execFileSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return initialScriptBytes(path.join(dir, 'out'));
}
