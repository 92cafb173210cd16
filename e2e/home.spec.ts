import { expect, test } from '@playwright/test';

test('the home page lists every article in content/', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(
    page.getByText('Kim Jong Un visit to Moscow confirmed, says Russian official'),
  ).toBeVisible();
});
