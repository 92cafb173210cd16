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

/** Ids of the event items drawn on the timeline now (vis-timeline draws only what is in view). */
export function drawnIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="timeline"] .vis-item[data-id]')
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

/** Ids of the list items currently shown. */
export function listIds(page: Page): Promise<string[]> {
  return page
    .locator('#event-list > li:not([hidden])')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? '').sort());
}

export const sorted = (ids: string[]) => [...ids].sort();
