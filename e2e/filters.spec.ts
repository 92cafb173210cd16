import { expect, test, type Page } from '@playwright/test';
import {
  facetOptions,
  EMPTY_FILTERS,
  matches,
  type Facet,
  type Filters,
} from '../lib/site/filters';
import type { EventSummary } from '../lib/site/view';
import {
  allListIds,
  expectTimelineHolds,
  listOrder,
  openTimeline,
  sorted,
  summaries,
} from './support';

const PARAM: Record<Facet, string> = { speakers: 'speaker', outlets: 'outlet', kinds: 'kind' };

/** The option of a facet that narrows the most while still matching something. */
function narrowing(events: EventSummary[], facet: Facet): string | null {
  const options = facetOptions(events, EMPTY_FILTERS, facet).filter(
    (o) => o.count > 0 && o.count < events.length,
  );
  return options.at(-1)?.value ?? null;
}

/** List and timeline show exactly the matching events: the list from its first one on. */
async function expectShowing(page: Page, events: EventSummary[], f: Filters) {
  const want = events.filter((e) => matches(e, f)).map((e) => e.id);
  await expect
    .poll(async () => {
      const order = await listOrder(page);
      return (
        (order.length > 0 || want.length === 0) &&
        order.join() === want.slice(0, order.length).join()
      );
    })
    .toBe(true);
  expect(await allListIds(page)).toEqual(sorted(want));
  await expectTimelineHolds(page, want);
}

for (const facet of ['speakers', 'outlets', 'kinds'] as const) {
  test(`the ${PARAM[facet]} filter narrows timeline and list, and lives in the URL`, async ({
    page,
    request,
  }) => {
    const events = await summaries(request);
    const value = narrowing(events, facet);
    test.skip(value === null, `no ${facet} value narrows this corpus`);
    await openTimeline(page);
    await page.locator(`details[data-facet="${facet}"] > summary`).click();
    await page.locator(`details[data-facet="${facet}"] input[value="${value}"]`).check();
    const f = { ...EMPTY_FILTERS, [facet]: [value!] };
    await expectShowing(page, events, f);
    const url = new URL(page.url());
    expect(url.searchParams.getAll(PARAM[facet])).toEqual([value]);

    await page.reload();
    await expect(page.getByTestId('timeline')).toHaveAttribute('data-ready', 'true');
    await expectShowing(page, events, f);

    await page.goBack();
    await expectShowing(page, events, EMPTY_FILTERS);
    await page.goForward();
    await expectShowing(page, events, f);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expectShowing(page, events, EMPTY_FILTERS);
    expect(new URL(page.url()).searchParams.has(PARAM[facet])).toBe(false);
  });
}

test('the date range narrows by overlap and survives a reload', async ({ page, request }) => {
  const events = await summaries(request);
  const starts = sorted(events.map((e) => e.start));
  const from = starts[Math.floor(starts.length / 2)];
  await openTimeline(page);
  await page.getByLabel('From').fill(from);
  const f = { ...EMPTY_FILTERS, from };
  await expectShowing(page, events, f);
  expect(new URL(page.url()).searchParams.get('from')).toBe(from);
  await page.reload();
  await expectShowing(page, events, f);
});

test('a combination matching nothing says so; unknown URL values are ignored', async ({
  page,
  request,
}) => {
  const events = await summaries(request);
  await openTimeline(page, '/?speaker=Nobody+At+All&kind=not-a-kind&from=2024-02-31');
  await expectShowing(page, events, EMPTY_FILTERS);
  await expect(page.getByTestId('filter-status')).toContainText(
    `${events.length} of ${events.length}`,
  );

  const last = sorted(events.map((e) => e.end)).at(-1)!;
  const after = `${Number(last.slice(0, 4)) + 1}-01-01`;
  await openTimeline(page, `/?from=${after}`);
  await expect(page.getByTestId('filter-status')).toHaveText('No events match these filters.');
  await expect(page.locator('#event-list > li:not([hidden])')).toHaveCount(0);
});
