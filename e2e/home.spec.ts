import { expect, test } from '@playwright/test';
import {
  allListIds,
  details,
  expectTimelineHolds,
  listLink,
  listOrder,
  openTimeline,
  sorted,
  summaries,
} from './support';

test('without JavaScript every event is readable, page by page, through plain links', async ({
  browser,
  request,
}) => {
  const events = await summaries(request);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const items = page.locator('#event-list > li');
  const first = events[0];
  await expect(items.first()).toContainText(first.summary);
  await expect(items.first()).toContainText(first.when);
  await expect(items.first().getByRole('link')).toHaveAttribute(
    'href',
    `/events/${encodeURIComponent(first.id)}`,
  );
  const onHome = await items.count();
  expect(onHome).toBeGreaterThan(0);
  const seen: string[] = [];
  const pager = page.getByRole('navigation', { name: 'Pages of the event list' });
  // Walk "Later events" from the home page to the end, as a reader or a crawler would.
  for (let n = 1; ; n++) {
    expect(n, 'the pages end').toBeLessThan(1000);
    for (const li of await items.all()) {
      const id = (await li.getAttribute('data-event-id'))!;
      await expect(li.getByRole('link')).toHaveAttribute(
        'href',
        `/events/${encodeURIComponent(id)}`,
      );
      seen.push(id);
    }
    const next = pager.getByRole('link', { name: 'Later events' });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Events, page ${n + 1}`);
  }
  expect(seen).toEqual(events.map((e) => e.id));
  if (onHome < events.length) {
    // The home page holds the first page only, and the last page links back.
    await expect(pager.getByRole('link', { name: 'Earlier events' })).toHaveCount(1);
  }
  await context.close();
});

test('the timeline shows one item per event', async ({ page, request }) => {
  const events = await summaries(request);
  expect(events.length).toBeGreaterThan(0);
  await openTimeline(page);
  await expectTimelineHolds(
    page,
    events.map((e) => e.id),
  );
  expect(await allListIds(page)).toEqual(sorted(events.map((e) => e.id)));
});

test('clicking an item opens its panel with every passage, and marks it in the list', async ({
  page,
  request,
}) => {
  const all = await details(request);
  await openTimeline(page);
  // Click the first item actually on screen inside the timeline's viewport.
  const id = await page.evaluate(() => {
    const box = document
      .querySelector('[data-testid="timeline"] .vis-center')!
      .getBoundingClientRect();
    for (const el of document.querySelectorAll<HTMLElement>(
      '[data-testid="timeline"] .vis-item[data-id]',
    )) {
      const r = el.getBoundingClientRect();
      if (r.top >= box.top && r.bottom <= box.bottom && r.left >= box.left && r.right <= box.right)
        return el.dataset.id!;
    }
    return null;
  });
  expect(id).not.toBeNull();
  await page
    .locator(`[data-testid="timeline"] .vis-item[data-id="${id}"] .vis-item-content`)
    .click();
  const panel = page.getByTestId('event-panel');
  await expect(panel).toHaveAttribute('data-event-id', id!);
  const detail = all[id!];
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(detail.summary);
  await expect(panel.locator('figure.passage')).toHaveCount(detail.passages.length);
  for (const p of detail.passages)
    await expect(panel.locator('mark', { hasText: p.quote })).not.toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`[?&]event=${encodeURIComponent(id!)}`));
  await expect(page.locator(`#event-list > li[data-event-id="${id}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('selecting in the list selects on the timeline; Escape closes', async ({ page, request }) => {
  const events = await summaries(request);
  // The last event: past the first page when the story has several.
  const target = events[events.length - 1];
  await openTimeline(page);
  await (await listLink(page, target.id)).click();
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', target.id);
  await expect(
    page.locator(`[data-testid="timeline"] .vis-item.vis-selected[data-id="${target.id}"]`),
  ).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
});

test('a passage link lands on its sentence, highlighted', async ({ page, request }) => {
  const all = await details(request);
  const detail = Object.values(all).find((d) => d.passages.some((p) => p.index >= 0))!;
  const passage = detail.passages.find((p) => p.index >= 0)!;
  await openTimeline(page, `/?event=${encodeURIComponent(detail.id)}`);
  const panel = page.getByTestId('event-panel');
  await panel.locator(`a[href="/articles/${passage.article}#s-${passage.index}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/${passage.article}#s-${passage.index}$`));
  const sentence = page.locator(`#s-${passage.index}`);
  await expect(sentence).toContainText(passage.quote);
  await expect(sentence).toBeInViewport();
  expect(await sentence.evaluate((el) => el.matches(':target'))).toBe(true);
  const bg = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
});

test('lanes switch from kind to country and actor, keeping every event', async ({
  page,
  request,
}) => {
  const events = await summaries(request);
  await openTimeline(page);
  const labels = () =>
    page.locator('[data-testid="timeline"] .vis-labelset .vis-label').allTextContents();
  for (const [lanes, key] of [
    ['country', 'country'],
    ['actor', 'actor'],
  ] as const) {
    await page.getByLabel('Lanes by').selectOption(lanes);
    await expect(page).toHaveURL(new RegExp(`lanes=${lanes}`));
    await expect(page.getByTestId('timeline')).toHaveAttribute('data-ready', 'true');
    const want = [...new Set(events.map((e) => e[key]))].sort();
    await expect.poll(async () => (await labels()).sort()).toEqual(want);
    await expectTimelineHolds(
      page,
      events.map((e) => e.id),
    );
  }
});

test('selecting a statement with a target date shows that date as a projected band in its lane', async ({
  page,
  request,
}) => {
  const events = await summaries(request);
  await openTimeline(page);
  const inList = new Set(await listOrder(page));
  const said = events.find((e) => e.target && inList.has(e.id));
  test.skip(!said, 'no event in the first page of this corpus gives a target date');
  const target = said!.target!;
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('hatched band');
  const band = page.locator(
    `[data-testid="timeline"] .vis-item.target-band[data-id="target|${said!.id}"]`,
  );
  await expect(band).toHaveCount(0);
  await page.locator(`#event-list li[data-event-id="${said!.id}"] a.ev-link`).click();
  await expect(page.getByTestId('event-panel')).toContainText(target.when);
  // Fit the whole story (the 0 key): the band is drawn, labelled in words, in the statement's lane.
  await page.getByTestId('timeline').focus();
  await page.keyboard.press('0');
  await expect(band).toBeVisible();
  await expect(band).toContainText(`Target: ${target.when} (projected)`);
  const sameLane = await band.evaluate((el, id) => {
    const item = document.querySelector(`[data-testid="timeline"] .vis-item[data-id="${id}"]`);
    return item !== null && item.closest('.vis-group') === el.closest('.vis-group');
  }, said!.id);
  expect(sameLane).toBe(true);
  // Hatched, not filled: it reads as not happened.
  const look = await band.evaluate((el) => getComputedStyle(el).backgroundImage);
  expect(look).toContain('repeating-linear-gradient');
  // Another event without a target: the band goes.
  const plain = events.find((e) => !e.target && inList.has(e.id))!;
  await page.locator(`#event-list li[data-event-id="${plain.id}"] a.ev-link`).click();
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', plain.id);
  await expect(band).toHaveCount(0);
});
