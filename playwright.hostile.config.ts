import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run test:hostile`: the site built from e2e/fixtures/hostile-content (articles full of
// script and HTML payloads) in a copy under .cache/hostile-site, served on its own port.
const port = Number(process.env.HOSTILE_PORT ?? 3200);

export default defineConfig({
  ...base,
  testDir: 'e2e/hostile',
  testIgnore: [],
  outputDir: 'test-results/hostile',
  use: {
    ...base.use,
    baseURL: `http://localhost:${port}`,
    // The served pages' CSP would stop an injected handler from running, and so hide the bug
    // these tests look for: ignore it here, so markup that slipped through would run and show.
    bypassCSP: true,
  },
  webServer: {
    command: 'node scripts/build-hostile.mjs',
    env: { PORT: String(port) },
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    // The build (about 40 s on this machine) runs before the server listens.
    timeout: 300_000,
  },
});
