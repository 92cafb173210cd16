import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import matter from 'gray-matter';
import { details, drawnIds, openTimeline, summaries } from '../support';

/**
 * Article text is never markup. The site under test is built from e2e/fixtures/hostile-content
 * (playwright.hostile.config.ts), whose hostile article carries script and HTML payloads in its
 * title, outlet, authors and in the body sentences that become events. Every page type must show
 * them as text: no element made from them, no dialog, no canary (`window.__xss`) set. The
 * config ignores the page's CSP, so markup that slipped through would run here, not be blocked.
 */
const SLUG = '2025-06-02-hostile-payloads';
const file = path.join(__dirname, '..', 'fixtures', 'hostile-content', 'articles', `${SLUG}.md`);
const article = matter(fs.readFileSync(file, 'utf8'));
const TITLE = String(article.data.title);
const OUTLET = String(article.data.outlet);
const AUTHORS = article.data.authors as string[];
const body = article.content;

// Payloads by where they sit; each must occur in the fixture as written (checked below).
const IN_TITLE = [
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1">',
  "{{constructor.constructor('alert(1)')()}}",
];
const IN_OUTLET = ['<img src=x onerror="window.__xss=1">', '${alert(1)}'];
const IN_AUTHORS = ['<b>Mallory</b> <script>alert(1)</script>', '"><svg onload=alert(1)>'];
/** The two sentences the extractor turns into events, and one it does not. */
const QUOTE_PESKOV =
  '"<img src=x onerror="window.__xss=1">" Kremlin spokesman <b>Dmitry</b> Peskov said on Monday that <script>window.__xss=1</script> Kim Jong Un will visit Moscow next month.';
const QUOTE_LAVROV =
  "\"><svg onload=alert(1)> Russian Foreign Minister Sergei Lavrov said on Tuesday that Kim Jong Un will travel to Vladivostok in August {{constructor.constructor('alert(1)')()}} ${alert(1)}.";
const PLAIN_JS =
  'Read the statement at javascript:alert(1) <a href="javascript:alert(1)">here</a>, a ministry official said.';

/** Every test's page fails it on any dialog, and on the canary being set, at the end. */
const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    await use(page);
    expect(dialogs, 'no dialog opens').toEqual([]);
    expect(await page.evaluate(() => '__xss' in window), 'no payload ran').toBe(false);
  },
});

/** No element, attribute or link on the page was made from a payload. */
async function expectNoInjectedMarkup(page: Page) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('svg[onload], [onload], [onerror]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.locator('b', { hasText: /^(Dmitry|Mallory)$/ })).toHaveCount(0);
  const scripts = await page
    .locator('script')
    .evaluateAll((els) => els.map((el) => (el.textContent ?? '').trim()));
  expect(scripts.filter((s) => s === 'window.__xss=1' || s === 'alert(1)')).toEqual([]);
}

/** `text` is in the page as text, shown. */
async function expectText(page: Page, text: string) {
  await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
}

/** The events the extractor made from the hostile article (at least one per hostile sentence). */
async function hostileEvents(request: Parameters<typeof summaries>[0]) {
  const all = await details(request);
  const ids = Object.values(all)
    .filter((d) => d.passages.some((p) => p.article === SLUG))
    .map((d) => d.id);
  const quotes = new Set(ids.flatMap((id) => all[id].passages.map((p) => p.quote)));
  expect(quotes).toContain(QUOTE_PESKOV);
  expect(quotes).toContain(QUOTE_LAVROV);
  return { ids, all };
}

test('the fixture carries every payload where the tests expect it', () => {
  for (const p of IN_TITLE) expect(TITLE).toContain(p);
  for (const p of IN_OUTLET) expect(OUTLET).toContain(p);
  expect(AUTHORS).toEqual(IN_AUTHORS);
  for (const s of [QUOTE_PESKOV, QUOTE_LAVROV, PLAIN_JS]) expect(body).toContain(s);
  expect(article.data.url).toMatch(/^https:\/\//);
});

// The plain test: this one sets the canary on purpose.
base(
  'the checks see markup that does get in (the canary runs: CSP is bypassed)',
  async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__xss=1">'),
    );
    await expect.poll(() => page.evaluate(() => '__xss' in window)).toBe(true);
    await expect(page.locator('img[src="x"]')).toHaveCount(1);
  },
);

test('home: list, filters and timeline show the payloads as text', async ({ page, request }) => {
  const { ids } = await hostileEvents(request);
  const events = await summaries(request);
  await openTimeline(page);
  await expectNoInjectedMarkup(page);
  // The list names the outlet of each hostile event.
  for (const id of ids)
    await expect(page.locator(`#event-list li[data-event-id="${id}"]`)).toContainText(OUTLET);
  // The outlet filter offers it as a label.
  await page.locator('details[data-facet="outlets"] > summary').click();
  await expect(page.locator('details[data-facet="outlets"]')).toContainText(OUTLET);
  await expectText(page, OUTLET);

  // Timeline items: one text node each, the event's summary, however it was drawn.
  const drawn = await drawnIds(page);
  const hostileDrawn = drawn.filter((id) => ids.includes(id));
  expect(hostileDrawn.length).toBeGreaterThan(0);
  for (const id of hostileDrawn) {
    const content = page.locator(`.vis-item[data-id="${id}"] .vis-item-content`);
    const summary = events.find((e) => e.id === id)!.summary;
    await expect(content).toHaveText(summary);
    // Only the text-only span of textNode(): no element inside it.
    expect(await content.locator('*').count()).toBe(1);
    expect(await content.locator('span *').count()).toBe(0);
  }
  await expectNoInjectedMarkup(page);
});

test('home: the timeline panel of a hostile event shows quote, title and outlet as text', async ({
  page,
  request,
}) => {
  const { ids, all } = await hostileEvents(request);
  for (const quote of [QUOTE_PESKOV, QUOTE_LAVROV]) {
    const id = ids.find((i) => all[i].passages.some((p) => p.quote === quote))!;
    await openTimeline(page, `/?event=${encodeURIComponent(id)}`);
    const panel = page.getByTestId('event-panel');
    await expect(panel).toHaveAttribute('data-event-id', id);
    await expect(panel).toContainText(quote);
    await expect(panel).toContainText(OUTLET);
    await expect(panel).toContainText(TITLE);
    await expect(panel).toContainText(all[id].summary);
    await expectText(page, quote);
    await expectNoInjectedMarkup(page);
  }
  // Selecting on the timeline itself opens the same panel.
  await openTimeline(page);
  const drawn = (await drawnIds(page)).filter((i) => ids.includes(i));
  await page.locator(`.vis-item[data-id="${drawn[0]}"]`).click();
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', drawn[0]);
  await expect(page.getByTestId('event-panel')).toContainText(OUTLET);
  await expectNoInjectedMarkup(page);
});

test('event pages of hostile events show the payloads as text', async ({ page, request }) => {
  const { ids, all } = await hostileEvents(request);
  for (const id of ids) {
    const res = await page.goto(`/events/${encodeURIComponent(id)}`);
    expect(res?.status()).toBe(200);
    const quote = all[id].passages.find((p) => p.article === SLUG)!.quote;
    await expectText(page, quote);
    await expectText(page, OUTLET);
    await expectText(page, TITLE);
    await expect(page.locator('main')).toContainText(all[id].summary);
    await expectNoInjectedMarkup(page);
  }
});

test('the hostile article page shows title, outlet, authors and sentences as text', async ({
  page,
}) => {
  const res = await page.goto(`/articles/${SLUG}`);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  expect(await page.title()).toContain(TITLE);
  await expectText(page, OUTLET);
  for (const a of AUTHORS) await expectText(page, a);
  for (const s of [QUOTE_PESKOV, QUOTE_LAVROV, PLAIN_JS]) await expectText(page, s);
  // The url field is the one link to the outlet, and it is the https one.
  await expect(page.locator(`a[href="${article.data.url}"]`)).toHaveCount(1);
  await expectNoInjectedMarkup(page);
});

test('a 404 and payloads in the URL are not echoed as markup', async ({ page }) => {
  const res = await page.goto(`/articles/${encodeURIComponent('<script>alert(1)</script>')}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expectNoInjectedMarkup(page);

  const q = new URLSearchParams({
    event: '<img src=x onerror="window.__xss=1">',
    outlet: '"><svg onload="window.__xss=1">',
    speaker: '<script>window.__xss=1</script>',
  });
  await openTimeline(page, `/?${q}`);
  await expectNoInjectedMarkup(page);
});
