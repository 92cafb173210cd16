import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { details, openTimeline, summaries } from './support';

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious violation on any page type (${scheme})`, async ({ page, request }) => {
    // Four full axe runs in one test: on 2 shared cores each can take several seconds.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const all = await details(request);
    const detail = Object.values(all)[0];
    await openTimeline(page, `/?event=${encodeURIComponent(detail.id)}`);
    await expect(page.getByTestId('event-panel')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    for (const url of [
      `/events/${encodeURIComponent(detail.id)}`,
      `/articles/${detail.passages[0].article}`,
      '/no-such-page',
    ]) {
      await page.goto(url);
      expect(await seriousViolations(page), url).toEqual([]);
    }
  });
}

test('a 375-px phone: no sideways scroll, timeline drawn, panel as a bottom sheet', async ({
  browser,
  request,
}) => {
  const events = await summaries(request);
  const context = await browser.newContext({
    viewport: { width: 375, height: 740 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await openTimeline(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.locator(`#event-list li[data-event-id="${events[0].id}"] a.ev-link`).tap();
  const panel = page.getByTestId('event-panel');
  await expect(panel).toBeVisible();
  const box = (await panel.boundingBox())!;
  expect(Math.round(box.y + box.height)).toBeGreaterThanOrEqual(739);
  expect(box.width).toBeGreaterThanOrEqual(370);
  await page.getByRole('button', { name: 'Close event details' }).tap();
  await expect(panel).toHaveCount(0);
  await context.close();
});

test('print shows the list, not the canvas', async ({ page }) => {
  await openTimeline(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('timeline')).toBeHidden();
  await expect(page.locator('#event-list')).toBeVisible();
});

test('screenshot of the home page', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openTimeline(page);
  // Also at a fixed path, test-results/home.png, for CI artifacts.
  const shot = await page.screenshot({ path: 'test-results/home.png' });
  await testInfo.attach('home', { body: shot, contentType: 'image/png' });
  expect(shot.byteLength).toBeGreaterThan(10_000);
});
