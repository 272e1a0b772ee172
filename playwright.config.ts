import { existsSync, readFileSync, rmSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { ADMIN } from './e2e/support/accounts';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/chromium';
import { DASHBOARD_PORT, DASHBOARD_URL, EMULATOR_PORT, EMULATOR_URL } from './e2e/support/ports';
import { E2E_WEBHOOK_SECRET, UNCACHED } from './e2e/support/server-env';

// The suite drives the local emulator only: refuse to run if a real key would be picked up from .env.local.
if (existsSync('.env.local') && /^\s*WORKOS_API_KEY\s*=\s*\S+/m.test(readFileSync('.env.local', 'utf8'))) {
  throw new Error('.env.local sets WORKOS_API_KEY: the end-to-end tests run against the local emulator only. Move .env.local aside to run them.');
}

const executablePath = findChromium();

// Each run starts with an empty audit log of its own.
const AUDIT_LOG_PATH = '.e2e-data/audit.jsonl';
if (process.env.TEST_WORKER_INDEX === undefined) rmSync('.e2e-data', { recursive: true, force: true });

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: DASHBOARD_URL,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    // Sign in once per demo account; every other spec starts signed in as the admin unless it says otherwise.
    { name: 'setup', testMatch: /auth\.setup\.ts$/ },
    // Read-only specs run in parallel; the ones that change the emulator's data run after them, one at a time.
    { name: 'browse', testIgnore: /\.mutation\.spec\.ts$/, dependencies: ['setup'], use: { storageState: ADMIN.storageState } },
    {
      name: 'mutations',
      testMatch: /\.mutation\.spec\.ts$/,
      dependencies: ['browse'],
      fullyParallel: false,
      workers: 1,
      use: { storageState: ADMIN.storageState },
    },
  ],
  webServer: [
    {
      command: `tsx emulator/main.ts --port ${EMULATOR_PORT} --quiet`,
      url: `${EMULATOR_URL}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The production build (`npm run test:e2e` builds first), pointed at the emulator above.
      command: `next start --hostname 127.0.0.1 --port ${DASHBOARD_PORT}`,
      url: `${DASHBOARD_URL}/directories`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { WORKOS_API_HOSTNAME: '127.0.0.1', WORKOS_API_PORT: String(EMULATOR_PORT), WORKOS_API_HTTPS: 'false', NEXT_TELEMETRY_DISABLED: '1', AUDIT_LOG_PATH, WORKOS_WEBHOOK_SECRET: E2E_WEBHOOK_SECRET, ...UNCACHED },
    },
  ],
});
