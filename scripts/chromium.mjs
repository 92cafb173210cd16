// The one way this project launches a browser: the system Chromium (no browser download), with
// the flags DEVELOPERS.md asks for. Used by Playwright's config and by bench:site.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
