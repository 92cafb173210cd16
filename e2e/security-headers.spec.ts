import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';

/** Every CSP violation the page reports, recorded from before its first script runs. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

test('the home page is served with the security headers', async ({ request }) => {
  const res = await request.get('/');
  expect(res.status()).toBe(200);
  const headers = res.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  const csp = directives(headers['content-security-policy'] ?? '');
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);
  expect(csp.get('style-src')).toEqual(["'self'"]);
  // Scripts: files from the site, and this page's own inline scripts by hash, nothing else.
  const inline = [...(await res.text()).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes, body]) => !attributes.includes('src=') && body.length > 0)
    .map(([, , body]) => `'sha256-${crypto.createHash('sha256').update(body).digest('base64')}'`);
  expect(inline.length).toBeGreaterThan(0);
  expect(new Set(csp.get('script-src'))).toEqual(new Set(["'self'", ...inline]));
});

test('a 404 and a script file carry the headers too', async ({ request }) => {
  const missing = await request.get('/there-is-no-such-page');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const html = await (await request.get('/')).text();
  const chunk = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)![1];
  const script = await request.get(chunk);
  expect(script.headers()['x-content-type-options']).toBe('nosniff');
  expect(script.headers()['content-security-policy']).toBe(
    "default-src 'none'; frame-ancestors 'none'",
  );
});

test('the home page and its timeline load with no CSP violation', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/');
  await expect(page.locator('.vis-timeline .vis-item').first()).toBeVisible();
  expect(await violations()).toEqual([]);
  // The policy is enforced, so an empty list above means something: injected inline code is refused.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
  });
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
});

test('event and article pages load with no CSP violation', async ({ page, request }) => {
  const events = (await (await request.get('/data/events.json')).json()) as { id: string }[];
  const html = await (await request.get(`/events/${encodeURIComponent(events[0].id)}`)).text();
  const article = html.match(/href="(\/articles\/[^"#]+)/)![1];
  const violations = await recordViolations(page);
  for (const url of [`/events/${encodeURIComponent(events[0].id)}`, article]) {
    const res = await page.goto(url);
    expect(res?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(await violations(), url).toEqual([]);
  }
});
