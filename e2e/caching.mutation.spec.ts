import { expect, test } from '@playwright/test';
import { countRequests, emulatorControl, emulatorStats, largestDirectory } from './support/emulator-api';
import { deletableDirectory } from './support/directories';
import { startExtraDashboard } from './support/extra-dashboard';
import { DASHBOARD_PORT, EMULATOR_PORT, EMULATOR_URL } from './support/ports';
import { E2E_WEBHOOK_SECRET } from './support/server-env';
import { SEED_IDS } from '../emulator/seed';

/**
 * Reads are cached (lib/read-cache.ts): a repeat view costs no API call, yet a change never hides
 * behind the cache once the dashboard knows of it (refresh control, delete). Runs on a dashboard of
 * its own with caching on; the suite's main dashboard reads uncached.
 */
test.describe.configure({ mode: 'serial' });

let dashboard: Awaited<ReturnType<typeof startExtraDashboard>>;

test.beforeAll(async () => {
  dashboard = await startExtraDashboard(DASHBOARD_PORT + 8, {
    WORKOS_API_KEY: '',
    WORKOS_API_PORT: String(EMULATOR_PORT),
    WORKOS_CACHE_TTL_SECONDS: '300',
    AUDIT_LOG_PATH: '.e2e-data/caching-audit.jsonl',
    WORKOS_WEBHOOK_SECRET: E2E_WEBHOOK_SECRET,
  });
});
test.afterAll(async () => {
  dashboard.stop();
  await emulatorControl('reset');
});
test.beforeEach(async () => {
  await emulatorControl('reset');
  await emulatorControl('stats/reset');
});

async function createUserInEmulator(directoryId: string, email: string) {
  const response = await fetch(new URL(`/_emulator/directories/${directoryId}/users`, EMULATOR_URL), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, first_name: 'Cache', last_name: 'Probe', emails: [{ primary: true, type: 'work', value: email }] }),
  });
  expect(response.status).toBe(201);
}

test('a repeat view costs no API call; the page says how fresh it is, and Refresh re-reads', async ({ page }) => {
  const large = await largestDirectory();
  const url = `${dashboard.url}/directories/${large.id}/users`;
  await page.goto(url);
  await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
  const afterFirst = countRequests(await emulatorStats(), 'GET', /^\/directories\/:id\/users$/);
  expect(afterFirst).toBeGreaterThanOrEqual(1);

  await page.reload();
  await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
  expect(countRequests(await emulatorStats(), 'GET', /^\/directories\/:id\/users$/)).toBe(afterFirst);
  await expect(page.getByText(/Data from WorkOS/)).toBeVisible();

  // A change WorkOS knows of but the dashboard was not told about stays cached until Refresh.
  const email = `cache.probe.${Date.now()}@globex.com`;
  await createUserInEmulator(large.id, email);
  await page.reload();
  await expect(page.getByRole('cell', { name: email })).toHaveCount(0);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('cell', { name: email }).first()).toBeVisible();
});

test('a dsync webhook refreshes exactly the directory it is about', async ({ page }) => {
  const large = await largestDirectory();
  const other = SEED_IDS.acmeDirectoryId;
  const largeUrl = `${dashboard.url}/directories/${large.id}/users`;
  const otherUrl = `${dashboard.url}/directories/${other}/users`;
  for (const url of [largeUrl, otherUrl]) {
    await page.goto(url);
    await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
  }
  const usersReads = async () => countRequests(await emulatorStats(), 'GET', /^\/directories\/:id\/users$/);
  const before = await usersReads();
  // Only now does this dashboard hear of changes (endpoints outlive emulator resets, so the earlier test ran without).
  await emulatorControl('webhook-endpoints', { url: `${dashboard.url}/api/webhooks/workos`, secret: E2E_WEBHOOK_SECRET });

  // An IdP-side change: the emulator records dsync.user.created and delivers it, signed, to the receiver.
  const email = `webhook.probe.${Date.now()}@globex.com`;
  await createUserInEmulator(large.id, email);
  await expect
    .poll(async () => {
      const deliveries = (await (await fetch(new URL('/_emulator/webhook-deliveries', EMULATOR_URL))).json()) as { url: string; status: number | null }[];
      return deliveries.filter((d) => d.url.startsWith(dashboard.url) && d.status === 200).length;
    })
    .toBeGreaterThan(0);

  // The changed directory is re-read and shows the new user, not a stale page…
  await page.goto(largeUrl);
  await expect(page.getByRole('cell', { name: email }).first()).toBeVisible();
  expect(await usersReads()).toBe(before + 1);
  // …while the other directory's cached view was left alone.
  await page.goto(otherUrl);
  await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
  expect(await usersReads()).toBe(before + 1);
});

test('a delete drops the directory from every cached view at once', async ({ page }) => {
  const target = await deletableDirectory();
  await emulatorControl('delete-delay', { ms: 5_000 }); // WorkOS keeps it "deleting" for a while
  await page.goto(`${dashboard.url}/directories?limit=100`);
  await expect(page.getByRole('link', { name: target.name, exact: true })).toBeVisible();
  await page.goto(`${dashboard.url}/directories/${target.id}/users`);

  await page.getByRole('button', { name: 'Delete directory' }).click();
  await page.getByRole('dialog').getByLabel(/to confirm/).fill(target.name);
  await page.getByRole('dialog').getByRole('button', { name: 'Delete directory' }).click();
  await expect(page).toHaveURL(/\/directories\?deleted=/);

  // Still "deleting" at WorkOS, but never shown again: not in the list, its pages are not found.
  await page.goto(`${dashboard.url}/directories?limit=100`);
  await expect(page.getByRole('table', { name: 'Directories' })).toBeVisible();
  await expect(page.getByRole('link', { name: target.name, exact: true })).toHaveCount(0);
  expect((await page.goto(`${dashboard.url}/directories/${target.id}/users`))?.status()).toBe(404);
});
