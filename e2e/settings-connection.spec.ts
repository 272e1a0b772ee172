import { expect, test } from '@playwright/test';
import { maskSecret } from '../lib/mask-secret';
import { EMULATOR_URL } from './support/ports';
import { E2E_WEBHOOK_SECRET } from './support/server-env';
import { checkRow } from './support/setup-checks';

test('Settings → Connection shows every check against the demo emulator', async ({ page }) => {
  await page.goto('/directories');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/settings\/connection$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Connection' })).toBeVisible();

  const table = page.getByRole('table', { name: 'Setup checks' });
  await expect(table.locator('tbody tr')).toHaveCount(6);
  await expect(page.getByText('Demo — local emulator', { exact: true })).toBeVisible();

  await expect(checkRow(page, 'api-key')).toHaveAttribute('data-status', 'warn');
  await expect(checkRow(page, 'api-key')).toContainText('No key set — demo mode on the local emulator');
  // Demo mode signs in against the emulator, with its client id as the default.
  await expect(checkRow(page, 'client-id')).toHaveAttribute('data-status', 'pass');
  await expect(checkRow(page, 'client-id')).toContainText('client_emulator');
  await expect(checkRow(page, 'api-host')).toHaveAttribute('data-status', 'pass');
  await expect(checkRow(page, 'api-host')).toContainText(new RegExp(`local emulator at ${EMULATOR_URL.replace(/\./g, '\\.')} answered in \\d+ ms`));
  await expect(checkRow(page, 'authorization')).toHaveAttribute('data-status', 'pass');
  await expect(checkRow(page, 'authorization')).toContainText(/sees \d+ directories of demo data/);
  await expect(checkRow(page, 'runtime')).toHaveAttribute('data-status', 'pass');
  await expect(checkRow(page, 'runtime')).toContainText(/@workos-inc\/node \d+\.\d+\.\d+ on Node \d+/);
  await expect(checkRow(page, 'webhook-secret')).toHaveAttribute('data-status', 'pass');
  await expect(page.getByRole('status').filter({ hasText: 'failed' })).toHaveText(/^0 failed, \d warnings?, \d passed\.$/);
});

test('no secret appears on the page beyond its masked form', async ({ page }) => {
  await page.goto('/settings/connection');
  await expect(checkRow(page, 'webhook-secret')).toContainText(`Configured (${maskSecret(E2E_WEBHOOK_SECRET)}).`);
  // The whole response, including the serialized React payload, not just the visible text.
  const html = await (await page.request.get('/settings/connection')).text();
  expect(html).toContain(maskSecret(E2E_WEBHOOK_SECRET));
  expect(html).not.toContain(E2E_WEBHOOK_SECRET);
  expect(html).not.toContain(E2E_WEBHOOK_SECRET.slice(0, -4));
});

test('/settings leads to the connection page', async ({ page }) => {
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/settings\/connection$/);
});
