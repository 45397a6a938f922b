import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

// `npm test` names the JSON report per time zone; alone, it goes to test-results/e2e.json.
const jsonReport = process.env.PLAYWRIGHT_JSON_OUTPUT_NAME
  ? resolve(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME)
  : '../test-results/e2e.json';

// Browser mode e2e: each test gets its own `serve.ts` and ledger folder (see bahi.fixture.ts).
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  globalSetup: './global-setup.ts',
  outputDir: '../test-results/e2e-artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: jsonReport }]],
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'en-IN',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
