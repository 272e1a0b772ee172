import { expect, test } from '@playwright/test';
import { emulatorControl } from './support/emulator-api';
import { startExtraDashboard } from './support/extra-dashboard';
import { DASHBOARD_PORT, EMULATOR_PORT, EMULATOR_URL } from './support/ports';
import { UNCACHED } from './support/server-env';
import { startForwarder } from './support/tcp-forwarder';

/**
 * Every kind of API failure, injected through the emulator's fault hook: the page names the
 * problem specifically (never a stack trace or a blank screen), and the next normal request works.
 */
test.describe.configure({ mode: 'serial' });

async function clearFaults() {
  await fetch(new URL('/_emulator/faults', EMULATOR_URL), { method: 'DELETE' });
}

test.beforeEach(async () => {
  await emulatorControl('reset');
});
test.afterEach(clearFaults);

const faults = [
  { name: '401 bad key', fault: { status: 401, body: { message: 'Unauthorized' } }, heading: 'WorkOS rejected the API key', text: 'WORKOS_API_KEY' },
  { name: '403', fault: { status: 403, body: { message: 'Forbidden' } }, heading: 'This API key may not do that', text: 'Directory Sync access' },
  { name: '422', fault: { status: 422, body: { message: 'Organization not found' } }, heading: 'WorkOS refused the request', text: 'Organization not found' },
  { name: '429 beyond the wait budget', fault: { status: 429, retryAfter: 30, body: 'Ratelimited' }, heading: 'Rate limited by WorkOS', text: 'Try again in 30 s' },
  { name: '500', fault: { status: 500, body: { message: 'boom' } }, heading: 'WorkOS had a problem', text: 'HTTP 500' },
  { name: '503', fault: { status: 503, body: { message: 'maintenance' } }, heading: 'WorkOS had a problem', text: 'HTTP 503' },
  { name: 'timeout', fault: { mode: 'timeout' }, heading: 'WorkOS did not answer in time', text: 'timed out' },
  { name: 'connection dropped', fault: { mode: 'close' }, heading: 'Cannot reach the WorkOS API', text: 'WORKOS_API_HOSTNAME' },
] as const;

for (const { name, fault, heading, text } of faults) {
  test(`${name}: a specific message, then recovery`, async ({ page }) => {
    await emulatorControl('faults', { path: '^/directories', ...fault });
    const response = await page.goto('/directories');
    expect(response?.status()).toBeLessThan(500);
    const alert = page.locator('[data-failure-kind]');
    await expect(alert.getByRole('heading', { name: heading })).toBeVisible({ timeout: 15_000 });
    await expect(alert).toContainText(text);
    await expect(page.getByText(/at .*\.(js|ts):\d+/)).toHaveCount(0); // no stack trace

    await clearFaults();
    await alert.getByRole('link', { name: 'Try again' }).click();
    await expect(page.getByRole('table', { name: 'Directories' })).toBeVisible();
  });
}

test('404 from the API: the not-found page', async ({ page }) => {
  await emulatorControl('faults', { path: '^/directories/directory_', status: 404, body: { message: 'Not found', code: 'entity_not_found' } });
  const [listed] = await (await fetch(new URL('/directories?limit=1', EMULATOR_URL), { headers: { Authorization: 'Bearer sk_test_emulator' } })).json().then((body: { data: { id: string }[] }) => body.data);
  const response = await page.goto(`/directories/${listed!.id}/users`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await clearFaults();
  expect((await page.goto(`/directories/${listed!.id}/users`))?.status()).toBe(200);
});

test('a short rate limit is waited out within the budget', async ({ page }) => {
  await emulatorControl('faults', { path: '^/directories$', status: 429, retryAfter: 1, times: 1, body: 'Ratelimited' });
  await page.goto('/directories');
  await expect(page.getByRole('table', { name: 'Directories' })).toBeVisible();
});

test.describe('connection refused', () => {
  let dashboard: Awaited<ReturnType<typeof startExtraDashboard>>;
  let forwarder: Awaited<ReturnType<typeof startForwarder>>;

  test.beforeAll(async () => {
    // A dashboard that reaches the emulator through a relay the test can stop.
    forwarder = await startForwarder(EMULATOR_PORT);
    dashboard = await startExtraDashboard(DASHBOARD_PORT + 3, { WORKOS_API_KEY: '', WORKOS_API_PORT: String(forwarder.port), ...UNCACHED });
  });
  test.afterAll(async () => {
    dashboard?.stop();
    await forwarder?.stop();
  });

  test('the page says the API cannot be reached, fast', async ({ page }) => {
    await page.goto(`${dashboard.url}/directories`);
    await expect(page.getByRole('table', { name: 'Directories' })).toBeVisible();

    await forwarder.stop(); // now nothing listens on the API port
    const started = Date.now();
    await page.goto(`${dashboard.url}/directories`);
    await expect(page.locator('[data-failure-kind="unreachable"]').getByRole('heading', { name: 'Cannot reach the WorkOS API' })).toBeVisible();
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
