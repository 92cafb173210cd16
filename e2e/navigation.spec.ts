import { expect, test } from '@playwright/test';
import { details, openTimeline, summaries } from './support';

test('/events/<id> shows the event with its sources and links back to the timeline', async ({
  page,
  request,
}) => {
  const all = await details(request);
  const detail = Object.values(all).sort((a, b) => b.passages.length - a.passages.length)[0];
  await page.goto(`/events/${encodeURIComponent(detail.id)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(detail.summary);
  await expect(page.locator('figure.passage')).toHaveCount(detail.passages.length);
  await expect(page).toHaveTitle(new RegExp(detail.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  const canonical = page.locator('link[rel="canonical"]');
  await expect(canonical).toHaveAttribute(
    'href',
    new RegExp(`/events/${encodeURIComponent(detail.id)}$`),
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    detail.summary,
  );
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);

  await page.getByRole('link', { name: 'See on the timeline' }).click();
  await expect(page).toHaveURL(new RegExp(`/\\?event=${encodeURIComponent(detail.id)}$`));
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', detail.id);
});

test('/?event=<id> selects that event and centres it on the timeline', async ({
  page,
  request,
}) => {
  const events = await summaries(request);
  const target = events[events.length - 1];
  await openTimeline(page, `/?event=${encodeURIComponent(target.id)}`);
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', target.id);
  const item = page.locator(
    `[data-testid="timeline"] .vis-item.vis-selected[data-id="${target.id}"]`,
  );
  await expect(item).toHaveCount(1);
  const [centre, itemBox] = await Promise.all([
    page.locator('[data-testid="timeline"] .vis-center').boundingBox(),
    item.boundingBox(),
  ]);
  // Centred horizontally: the item overlaps the middle of the timeline's centre panel.
  const mid = centre!.x + centre!.width / 2;
  expect(itemBox!.x - 8).toBeLessThanOrEqual(mid);
  expect(itemBox!.x + itemBox!.width + 8).toBeGreaterThanOrEqual(mid);
  await expect(page.locator(`#event-list > li[data-event-id="${target.id}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('an unknown event id gives the not-found page with a way back', async ({ page }) => {
  const res = await page.goto('/events/there-is-no-such-event');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Back to the timeline' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('an unknown ?event= id is ignored, not fatal', async ({ page }) => {
  await openTimeline(page, '/?event=there-is-no-such-event');
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
  await expect(page.locator('#event-list > li').first()).toBeVisible();
});

test('keyboard only: reach the list, move with arrows, open with Enter, close with Escape', async ({
  page,
  request,
}) => {
  const events = await summaries(request);
  test.skip(events.length < 2, 'needs two events');
  await openTimeline(page);
  const firstLink = page.locator(`#event-list li[data-event-id="${events[0].id}"] a.ev-link`);
  for (
    let i = 0;
    i < 60 && !(await firstLink.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(firstLink).toBeFocused();
  const outline = await firstLink.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('ArrowDown');
  const second = page.locator(`#event-list li[data-event-id="${events[1].id}"] a.ev-link`);
  await expect(second).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('event-panel');
  await expect(panel).toHaveAttribute('data-event-id', events[1].id);
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(second).toBeFocused();
});

test('keyboard on the timeline: arrows step through events, +/- zoom', async ({
  page,
  request,
}) => {
  const events = await summaries(request);
  test.skip(events.length < 2, 'needs two events');
  await openTimeline(page);
  await page.getByTestId('timeline').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', events[0].id);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', events[1].id);
  await expect(page.getByTestId('timeline')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-panel').getByRole('heading', { level: 2 })).toBeFocused();
  await page.getByTestId('timeline').focus();
  const axis = () =>
    page.locator('[data-testid="timeline"] .vis-time-axis .vis-text').allTextContents();
  const before = await axis();
  await page.keyboard.press('+');
  await expect.poll(axis).not.toEqual(before);
});

test('"Copy link" copies the address that reopens the event', async ({ browser, request }) => {
  const events = await summaries(request);
  const target = events[0];
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await openTimeline(page, `/?event=${encodeURIComponent(target.id)}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe('/');
  expect(new URL(copied).searchParams.get('event')).toBe(target.id);
  await openTimeline(page, copied);
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', target.id);
  await context.close();
});
