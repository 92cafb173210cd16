import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { EventDetail, EventSummary } from '../lib/site/view';

/**
 * Expectations come from the data the build wrote (the same JSON the page loads), never from
 * hard-coded extractor output: the tests hold for any corpus with at least a few events.
 */
export async function summaries(request: APIRequestContext): Promise<EventSummary[]> {
  const res = await request.get('/data/events.json');
  expect(res.ok()).toBe(true);
  return (await res.json()) as EventSummary[];
}

export async function details(request: APIRequestContext): Promise<Record<string, EventDetail>> {
  const res = await request.get('/data/details.json');
  expect(res.ok()).toBe(true);
  return (await res.json()) as Record<string, EventDetail>;
}

/** Opens `url` and waits until the timeline has drawn and taken input. */
export async function openTimeline(page: Page, url = '/') {
  await page.goto(url);
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-ready', 'true');
}

/**
 * Ids of the event items drawn on the timeline now (vis-timeline draws only what is in view),
 * not counting the selected statement's target band.
 */
export function drawnIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="timeline"] .vis-item[data-id]:not(.target-band)')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? '').sort());
}

/** How many items the timeline holds (the component publishes its data view's size). */
export async function timelineCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('timeline').getAttribute('data-items'));
}

/** The timeline holds exactly `want`: the right count, and everything drawn is in it, once. */
export async function expectTimelineHolds(page: Page, want: string[]) {
  await expect.poll(() => timelineCount(page)).toBe(want.length);
  const drawn = await drawnIds(page);
  expect(new Set(drawn).size).toBe(drawn.length);
  expect(drawn.filter((id) => !want.includes(id))).toEqual([]);
  if (want.length > 0) expect(drawn.length).toBeGreaterThan(0);
}

/** Ids of the list items in the page now, in list order. */
export function listOrder(page: Page): Promise<string[]> {
  return page
    .locator('#event-list > li:not([hidden])')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));
}

/** Ids of the list items in the page now, sorted. */
export async function listIds(page: Page): Promise<string[]> {
  return sorted(await listOrder(page));
}

/** Clicks "Show later events" once, and waits until the list has taken it. */
async function showLater(page: Page) {
  const later = page.getByRole('button', { name: /^Show later events/ });
  const before = await later.textContent();
  await later.click();
  await expect
    .poll(async () => (await later.count()) === 0 || (await later.textContent()) !== before)
    .toBe(true);
}

/** The list link of event `id`, after showing later events until it is in the page. */
export async function listLink(page: Page, id: string) {
  const link = page.locator(`#event-list li[data-event-id="${id}"] a.ev-link`);
  for (let i = 0; (await link.count()) === 0; i++) {
    expect(i, `${id} is in the list`).toBeLessThan(1000);
    await showLater(page);
  }
  return link;
}

/**
 * Every id the list can show, as a reader gets them: the items in the page, then "Show later
 * events" until there are no more (the list keeps a window of pages in the document).
 */
export async function allListIds(page: Page): Promise<string[]> {
  const seen = new Set(await listOrder(page));
  const later = page.getByRole('button', { name: /^Show later events/ });
  for (let i = 0; (await later.count()) > 0; i++) {
    expect(i, 'the list ends').toBeLessThan(1000);
    await showLater(page);
    for (const id of await listOrder(page)) seen.add(id);
  }
  return sorted([...seen]);
}

export const sorted = (ids: string[]) => [...ids].sort();
