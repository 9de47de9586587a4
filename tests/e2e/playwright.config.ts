import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser; flags keep it off the (closed) network.
const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// WZ_E2E_PORT lets two checkouts run their suites side by side.
const port = process.env.WZ_E2E_PORT ?? '8081';

export default defineConfig({
  testDir: '.',
  workers: 2,
  retries: 0,
  timeout: 30_000,
  // The list while it runs; the HTML report (tests/e2e/playwright-report/index.html) keeps
  // the screenshots the frame test attaches, to look at.
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  webServer: {
    command: `node static-server.mjs ../../dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
  },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 360, height: 740 },
    locale: 'nl-NL',
  },
  projects: [
    {
      name: 'chromium',
      use: { launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs } },
    },
  ],
});
