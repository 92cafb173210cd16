import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { IdRegistry } from '../lib/ids/registry';
import { summaries } from './support';

// The registry the build just wrote (scripts/prepare-story.ts) next to the content it built.
const contentDir = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');
const registry = JSON.parse(
  fs.readFileSync(path.join(contentDir, 'event-ids.json'), 'utf8'),
) as IdRegistry;

test('every event of the build is recorded, under the id its page has', async ({ request }) => {
  const events = await summaries(request);
  expect(events.length).toBeGreaterThan(0);
  for (const e of events) expect(registry.ids[e.id], e.id).toBeDefined();
});

test('every recorded or retired id with an event behind it answers: a page or a redirect', async ({
  request,
}) => {
  const live = new Set((await summaries(request)).map((e) => e.id));
  const urls = [...Object.keys(registry.ids), ...Object.keys(registry.retired)];
  for (const id of urls) {
    const res = await request.get(`/events/${encodeURIComponent(id)}`);
    const target = live.has(id) ? id : registry.retired[id];
    // Ids whose articles were all removed are recorded but have no event: a clean 404.
    if (!live.has(target)) {
      expect(res.status(), id).toBe(404);
      continue;
    }
    expect(res.status(), id).toBe(200);
    if (!live.has(id)) {
      const html = await res.text();
      expect(html, id).toContain(`url=/events/${encodeURIComponent(target)}`);
    }
  }
});

test('a retired id redirects the browser to the surviving event, without script', async ({
  browser,
  request,
}) => {
  const live = new Set((await summaries(request)).map((e) => e.id));
  const moved = Object.entries(registry.retired).filter(([, to]) => live.has(to));
  test.skip(moved.length === 0, 'this content has no merged event ids');
  const [from, to] = moved[0];
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const res = await page.request.get(`/events/${encodeURIComponent(from)}`);
  const html = await res.text();
  expect(html).toMatch(new RegExp(`rel="canonical" href="[^"]*/events/${encodeURIComponent(to)}"`));
  await page.goto(`/events/${encodeURIComponent(from)}`);
  await expect(page).toHaveURL(new RegExp(`/events/${encodeURIComponent(to)}$`));
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('This event has moved');
  await context.close();
});
