import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { emulatorClearFaults, emulatorControl } from './support/emulator-api';
import { checkRow } from './support/setup-checks';

/** The failure panel (components/api-failure.tsx); Next's route announcer is an empty role=alert too. */
const failurePanel = (page: Page) => page.locator('[role=alert][data-failure-kind]');

// Faults change what every page sees, so these run in the serial "mutations" project.
test.describe.configure({ mode: 'serial' });

test.afterEach(async () => {
  await emulatorClearFaults();
});

test('the page renders while the API is failing, naming the error class and request id', async ({ page }) => {
  await emulatorControl('faults', { path: '^/directories', status: 500 });
  await page.goto('/directories');
  await expect(failurePanel(page)).toHaveAttribute('data-failure-kind', 'server_error');

  const response = await page.goto('/settings/connection');
  expect(response?.status()).toBe(200);
  await expect(checkRow(page, 'api-host')).toHaveAttribute('data-status', 'fail');
  await expect(checkRow(page, 'api-host')).toContainText(/answered with a server error \(HTTP 500, GenericServerException, request id req_/);
  await expect(checkRow(page, 'authorization')).toHaveAttribute('data-status', 'warn');
  await expect(checkRow(page, 'api-key')).toHaveAttribute('data-status', 'warn');
  await expect(page.getByRole('status').filter({ hasText: 'failed' })).toHaveText(/^1 failed/);
});

test('a rejected key (401) links from the failure panel to the settings page, which pins it on authorization', async ({ page }) => {
  await emulatorControl('faults', { path: '^/directories', status: 401, body: { message: 'Unauthorized', code: 'unauthorized' } });
  await page.goto('/directories');
  const alert = failurePanel(page);
  await expect(alert).toHaveAttribute('data-failure-kind', 'unauthorized');
  await alert.getByRole('link', { name: 'Check your connection settings' }).click();

  await expect(page).toHaveURL(/\/settings\/connection$/);
  await expect(checkRow(page, 'api-host')).toHaveAttribute('data-status', 'pass');
  await expect(checkRow(page, 'authorization')).toHaveAttribute('data-status', 'fail');
  await expect(checkRow(page, 'authorization')).toContainText(/rejected the key \(HTTP 401, UnauthorizedException, request id req_/);
});

test('an unreachable API also links to the settings page', async ({ page }) => {
  await emulatorControl('faults', { path: '^/directories', mode: 'close' });
  await page.goto('/directories');
  const alert = failurePanel(page);
  await expect(alert).toHaveAttribute('data-failure-kind', 'unreachable');
  await alert.getByRole('link', { name: 'Check your connection settings' }).click();
  await expect(checkRow(page, 'api-host')).toContainText(/could not be reached/);
});

test('a server error does not point at the settings (it is not a setup problem)', async ({ page }) => {
  await emulatorControl('faults', { path: '^/directories', status: 503 });
  await page.goto('/directories');
  await expect(failurePanel(page)).toHaveAttribute('data-failure-kind', 'server_error');
  await expect(page.getByRole('link', { name: 'Check your connection settings' })).toHaveCount(0);
});
